"""Reminders that reach the person while Journey runs, its window open, minimised or hidden
(issue 19, part 10): an icon in the desktop's tray with a short menu, and once a minute a look
at what is due (journey.reminders: check-ins, ratings, follow-ups, doses), each told once as a
desktop notification — never a modal window, never taking the focus.

Where the desktop has no tray (QSystemTrayIcon.isSystemTrayAvailable() false) the words go to
the main window's status bar only, announced to screen readers; Settings says so. The words
always go to the status bar too, so they are still there when the person comes back.

Quiet hours (journey.settings QUIET_FROM, QUIET_UNTIL, each computer's own) hold reminders
until they end; none is dropped. The main window makes the notifier in ``attach``.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from journey.reminders import QuietHours, Reminder, ReminderBook, clock_time, due_reminders
from journey.settings import NOTIFICATIONS_ON, QUIET_FROM, QUIET_UNTIL

if TYPE_CHECKING:
    from journey.services import JournalServices

# Once a minute: a reminder comes within a minute of its time. The first look is a minute
# after start-up too, when the person has the window (or the login) in hand.
CHECK_MS = 60 * 1000


def app_icon() -> QIcon:
    """Journey's own icon (resources/icons/journey.svg): the tray's and the windows'."""
    return QIcon(str(files("resources.icons") / "journey.svg"))


def tray_available() -> bool:
    """Whether this desktop shows tray icons and their notifications."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Notifier(QObject):
    """The tray icon and the minute's look at what is due. ``check`` is the timer's work
    (tests call it); ``shown`` keeps what was told, newest last."""

    def __init__(
        self,
        services: JournalServices,
        window: QMainWindow,
        *,
        log: Callable[[], None],
        rate: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self._log, self._rate = log, rate
        self.book = ReminderBook()
        self.shown: list[tuple[str, str]] = []  # (title, words)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.menu = QMenu()  # a tray's menu has no parent widget; it goes with the notifier
        self.destroyed.connect(self.menu.deleteLater)
        self.log_action = self._action(self.tr("Log a symptom…"), self.log_symptom)
        self.rate_action = self._action(self.tr("Rate now…"), self.rate_now)
        self.open_action = self._action(self.tr("Open Journey"), self.open_window)
        self.menu.addSeparator()
        self.quit_action = self._action(self.tr("Quit Journey"), self.quit)
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(self.tr("Journey"))
            self.tray.setContextMenu(self.menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self.open_window)

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def start(self) -> None:
        if self.window.windowIcon().isNull():  # the taskbar's and the tray's are the same
            self.window.setWindowIcon(app_icon())
        if self.tray is not None:
            self.tray.show()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    # --- what is due ------------------------------------------------------------------------

    def check(self) -> list[Reminder]:
        """Tell what fell due since the last look, once each; in quiet hours, nothing yet."""
        from journey.medications import missed_after

        settings = self.services.settings
        if not settings.get(NOTIFICATIONS_ON):
            self.book.pause()
            return []
        clock = self.services.clock
        now = clock.now()
        quiet = QuietHours(
            clock_time(settings.get(QUIET_FROM)), clock_time(settings.get(QUIET_UNTIL))
        )
        # The first look tells doses due within the hour that counts them missed, as Today does.
        due = due_reminders(self.services, self.book.doses_since(now, missed_after()))
        told = self.book.take(due, now, quiet=quiet.covers(now, clock.zone))
        for reminder in told:
            self.tell(reminder)
        return told

    def tell(self, reminder: Reminder) -> None:
        """A desktop notification where there is a tray; the status bar (and a screen reader)
        always."""
        from ui.widgets.announce import announce
        from ui.words.reminders import reminder_title, reminder_words

        title = reminder_title(reminder)
        words = reminder_words(reminder, self.services.clock.today())
        self.shown.append((title, words))
        if self.tray is not None:
            self.tray.showMessage(title, words, app_icon())
        announce(self.window, words)

    # --- the tray's menu --------------------------------------------------------------------

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_window()

    def open_window(self) -> None:
        """Bring the window back, as it was before it was minimised or hidden."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def log_symptom(self) -> None:
        """The quick log (Ctrl+L's), over the window; after the menu has closed."""
        self.open_window()
        QTimer.singleShot(0, self, self._log)

    def rate_now(self) -> None:
        self.open_window()
        QTimer.singleShot(0, self, self._rate)

    def quit(self) -> None:
        """As the window's Quit: the closing backup is taken, drafts are kept. A hidden
        window's closing ends no event loop by itself, so Journey is asked to quit too."""
        from PySide6.QtCore import QCoreApplication

        hidden = not self.window.isVisible()
        if self.window.close() and hidden:
            QCoreApplication.quit()
