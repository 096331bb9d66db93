"""Locking an encrypted journal after a while without use (journey.cipher; issue: encryption
at rest). Any key press, click or scroll anywhere in the app starts the count again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

_USE = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleLock(QObject):
    """Calls ``lock`` once ``minutes`` pass with no key press, click, scroll or touch."""

    def __init__(self, parent: QObject, lock: Callable[[], None]) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Minutes without use before locking (0: never; journey.settings.LOCK_AFTER_MINUTES)."""
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60 * 1000)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _USE and self.timer.interval() > 0 and self.timer.isActive():
            self.timer.start()  # from the beginning again
        return False
