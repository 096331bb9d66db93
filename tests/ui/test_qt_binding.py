"""The Qt binding Journey runs on holds up over a long session.

PySide6 6.12.0 drops a reference to None on each call that returns nothing (setText,
setVisible…). On Python 3.11, where None is not immortal, a window open for an afternoon then
aborts ("Fatal Python error: none_dealloc"), losing what was typed. pyproject.toml keeps that
release out; this fails if a binding with the same fault comes in again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_leave_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Logged Headache, severity 5 (moderate), at 09:00.")
        label.setVisible(False)
    assert sys.getrefcount(None) >= before
