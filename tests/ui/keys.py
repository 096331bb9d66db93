"""Driving widgets the way a person does: keys go to whatever has the focus."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Type ``text``; letters QTest cannot map (á, ó, ñ…) arrive as key events with that text,
    as they do from a Spanish keyboard layout."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(focused(), event)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def replace_text(qtbot: QtBot, text: str) -> None:
    """Select everything in the focused field and type over it."""
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show ``widget`` as the active window, so that it takes keyboard focus."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def on_next_dialog(act: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``act`` on the next modal dialog as soon as it is shown (its ``exec`` blocks the
    test). The dialog is closed afterwards if ``act`` left it open, so a failing check
    cannot leave the test waiting on it."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        if not dialog.isActiveWindow():  # a window manager activates a new dialog
            dialog.activateWindow()
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        try:
            act(dialog)
        finally:
            if dialog.isVisible():
                dialog.close()

    QTimer.singleShot(0, poll)
    return seen


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """After a dialog closes a window manager activates the window below; offscreen Qt
    does not, so the test does."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if QApplication.focusWidget() is None:
        window.setFocus()


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface else ""


def tab_to(qtbot: QtBot, name: str) -> QWidget:
    """Press Tab until the control called ``name`` has the focus."""
    for _ in range(100):
        if name_of(focused()) == name:
            return focused()
        tab(qtbot)
    pytest.fail(f"Tab never reaches “{name}”")


def put_away(dialog: QDialog) -> None:
    """Close a form the test is done with, typed into or not, without the "Discard what you
    typed?" question (which tests/ui/test_enter_after_tab.py and test_discard_typed.py ask)."""
    dialog.done(QDialog.DialogCode.Rejected)
