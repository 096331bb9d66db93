"""What several UI test modules share: the fixed clock, the main window, PDF text, names, and
the situations the demo (journey.demo: day +10, the neutrophils engrafted on day +8) no longer
shows by itself: neutropenia now, a reinfusion's watch window open now."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.blood_counts import count_kind
from journey.itinerary import ItemDetails
from journey.services import JournalServices
from journey.services.blood_counts import CountDetails
from journey.services.side_effects import Window
from tests.ui.keys import show_active
from ui.shell.main_window import MainWindow
from ui.widgets.themes import Appearance

# Noon in Toronto on a fixed day, so every date on screen is predictable.
NOW = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
HOME_ZONE = "America/Toronto"
DEMO_ZONE = "America/Tijuana"  # where the demo's clinic is: NOW is 09:00 there, day +10


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


def neutropenic_now(services: JournalServices) -> None:
    """Make the demo neutropenic now, as the strict HSCT fever rule needs: a repeat count this
    morning (08:00 in Tijuana, after the demo's 06:30 count) with an ANC of 0.4 breaks the
    demo's three days at or above 0.5 from day +8, so the neutrophils have not engrafted and
    the neutropenic period that opened at conditioning is still open."""
    services.blood_counts.add(
        CountDetails(
            "neutrophils",
            0.4,
            count_kind("neutrophils").stored_unit,
            NOW - timedelta(hours=1),
            DEMO_ZONE,
            source="Clinic lab (test)",
        )
    )
    assert services.blood_counts.engraftment("neutrophils").found is None
    assert services.blood_counts.neutropenia().open_now


def reinfusion_done(services: JournalServices, hours_ago: int) -> Window:
    """A reinfusion in the home zone, marked done, that ended ``hours_ago`` hours before NOW:
    its 48-hour watch window, with the reinfusion's expected effects, is open (the demo's
    closed on day +2). For a journal without another open window."""
    ended = NOW.astimezone(ZoneInfo(HOME_ZONE)).replace(tzinfo=None) - timedelta(hours=hours_ago)
    services.itinerary.add(
        ItemDetails(
            kind="reinfusion",
            title="Reinfusion of your stem cells",
            start=ended - timedelta(hours=2),
            zone=HOME_ZONE,
            end=ended,
            status="done",
        )
    )
    (window,) = services.watch_windows.open_now()
    assert (window.kind, window.opened_at) == ("reinfusion", NOW - timedelta(hours=hours_ago))
    return window
