"""What several UI test modules share: the fixed clock, the main window, PDF text, names."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.ui.keys import show_active
from ui.shell.main_window import MainWindow
from ui.widgets.themes import Appearance

# Noon in Toronto on a fixed day, so every date on screen is predictable.
NOW = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
HOME_ZONE = "America/Toronto"


def open_main_window(qtbot: QtBot, services: JournalServices, appearance: Appearance) -> MainWindow:
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(services)
    return window


def pdf_text(path: Path) -> str:
    """The PDF's words, spaces normalised and the font's ligatures (ﬂ, ﬁ) spelled out."""
    reader = PdfReader(path)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return unicodedata.normalize("NFKC", text)


def unnamed_focusable(root: QWidget) -> list[str]:
    """Describe each visible, focusable widget under ``root`` that has no accessible name. A
    widget whose focus goes to another (its focus proxy: a spin box's own line edit) is heard
    as that one, so that one is checked."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        while widget.focusProxy() is not None:
            widget = widget.focusProxy()
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing
