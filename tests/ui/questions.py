"""Answering a question box (a QMessageBox opened with ``exec``) the way a person does: with a
key, once it is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.keys import press

DISCARD = Qt.Key.Key_D  # "&Discard" in "Discard what you typed?"
KEEP = Qt.Key.Key_Return  # the default answer: keep the form


def answer_next_question(qtbot: QtBot, key: Qt.Key, *, within_ms: int = 5000) -> list[str]:
    """Press ``key`` in the next question box as soon as it is shown (its ``exec`` blocks
    the test meanwhile). Returns the questions asked: empty if none came within
    ``within_ms``."""
    asked: list[str] = []
    left = [within_ms // 10]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or not box.isActiveWindow():
            if isinstance(box, QMessageBox) and box.isVisible():
                box.activateWindow()  # a window manager activates a new dialog
            left[0] -= 1
            if left[0] > 0:
                QTimer.singleShot(10, poll)
            return
        asked.append(box.text())
        press(qtbot, key)

    QTimer.singleShot(0, poll)
    return asked
