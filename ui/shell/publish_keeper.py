"""The itinerary kept live on the user's calendar server (issue 17, part 6), once turned on.

After a change to the plan (the itinerary, the course, the people), and a few seconds of quiet
so that a Shift or an import goes as one publish, the changes are sent off the GUI thread with
the password kept in the system's keyring. Nothing happens while publishing is off, without a
kept password (Settings → Calendar asks for it), or while a publish is already running (the
next one follows it). A refusal is said once in the status bar; the next change tries again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from journey.changes import Change
from journey.settings import PUBLISH_ENABLED
from ui.widgets.operations import Operation, run_in_background

if TYPE_CHECKING:
    from journey.services import JournalServices
    from journey.services.publish import PublishResult

# What the published calendar is made of: items, the clinic's place, the follow-up plan.
PUBLISHED = Change.ITINERARY | Change.PROFILE | Change.CONTACTS | Change.CLINICAL
QUIET_MS = 4000  # after the last change, before publishing


class PublishKeeper(QObject):
    said = Signal(str)  # what the status bar shows after a publish

    def __init__(self, services: JournalServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The publishing service (and icalendar under it) is built on the first publish, not
        # with the window: most journals never publish.
        self.services = services
        self.read_only = services.journal.read_only
        self.operation: Operation | None = None
        self.again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(QUIET_MS)
        self.timer.timeout.connect(self.publish)

    def changed(self, change: Change) -> None:
        if (
            change & PUBLISHED
            and not self.read_only
            and self.services.settings.get(PUBLISH_ENABLED)
        ):
            self.timer.start()

    def publish(self) -> None:
        if self.operation is not None:
            self.again = True
            return
        publishing = self.services.publishing
        account = publishing.account()
        if not (account.enabled and account.url and account.user):
            return

        def work() -> PublishResult | None:
            from journey.services.publish import saved_password

            password = saved_password(account.url, account.user)
            return None if password is None else publishing.publish(password)

        self.operation = run_in_background(self, work, self._done, self._failed)

    def _finished(self) -> None:
        self.operation = None
        if self.again:
            self.again = False
            self.timer.start()

    def _done(self, result: PublishResult | None) -> None:
        self._finished()
        if result is not None and (result.added or result.changed or result.removed):
            from ui.settings.calendar_panel import result_text

            self.said.emit(
                QCoreApplication.translate("PublishKeeper", "Calendar updated: %1").replace(
                    "%1", result_text(result)
                )
            )

    def _failed(self, error: Exception) -> None:
        self._finished()
        from ui.settings.calendar_panel import failure_text

        self.said.emit(
            QCoreApplication.translate("PublishKeeper", "Calendar not updated: %1").replace(
                "%1", failure_text(error)
            )
        )
