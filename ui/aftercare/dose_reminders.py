"""Dose reminders while Journey runs (issue 18, part 6): once a minute, each dose that has
fallen due since the last look, with nothing recorded for it, is told once — never in a modal
window. A desktop notification (QSystemTrayIcon.showMessage) where the desktop has a tray;
otherwise the main window's status bar, announced to screen readers (ui.widgets.announce).
The main window creates it in ``attach``.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from ui.words.medications import reminder_text

if TYPE_CHECKING:
    from journey.services import JournalServices

CHECK_MS = 60 * 1000  # once a minute: a reminder comes within a minute of its time
FIRST_CHECK_MS = 5 * 1000  # after start-up has settled


class DoseReminders(QObject):
    """Tells each dose as it falls due. ``check`` is the timer's work (tests call it)."""

    def __init__(self, services: JournalServices, window: QMainWindow) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._since: datetime | None = None
        self._told: set[tuple[int, datetime]] = set()
        self.tray: QSystemTrayIcon | None = None
        self.shown: list[str] = []  # what was told, newest last (the Help page and tests)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self) -> list[str]:
        """Tell the doses due since the last look (the first look: those due within the hour
        that counts them as missed, journey.medications.missed_after) that nothing was
        recorded for. Returns what was told."""
        from journey.medications import missed_after

        doses = self.services.clinical.doses
        now = self.services.clock.now()
        since = self._since if self._since is not None else now - missed_after()
        self._since = now
        told = []
        for dose in doses.falling_due(since, now):
            key = (dose.medication_id, dose.due.local)
            if key in self._told:
                continue
            self._told.add(key)
            told.append(reminder_text(dose.name, dose.dose, dose.due.local))
        for message in told:
            self.notify(message)
        return told

    def notify(self, message: str) -> None:
        """A desktop notification if there is a tray; the status bar (and a screen reader)
        always, so the words stay in the window too."""
        self.shown.append(message)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self.tray.setToolTip(self.tr("Journey"))
                self.tray.show()
            self.tray.showMessage(self.tr("Journey: a dose is due"), message)
        from ui.widgets.announce import announce

        announce(self.window, message)
