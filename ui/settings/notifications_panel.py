"""Settings → Reminders on this computer (issue 19, part 10): whether Journey tells what is
due on the desktop (ui.shell.notifications), its quiet hours, and whether it starts minimised
when the person logs in (ui.settings.autostart). Each computer keeps its own (per_device).
Saved as soon as a box is ticked, or a time is left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSystemTrayIcon, QWidget

from journey.settings import NOTIFICATIONS_ON, QUIET_FROM, QUIET_UNTIL
from ui.settings import autostart
from ui.widgets.forms import FieldLabel, name_for_screen_readers, time_box

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTimeEdit

    from journey.services import JournalServices
    from journey.settings import Option


class NotificationsPanel(QGroupBox):
    status = Signal(str)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders on this computer"), parent)
        self.services = services
        settings = services.settings
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

        self.notify = QCheckBox(self.tr("Show &reminders on the desktop while Journey runs"))
        self.notify.setToolTip(
            self.tr("Check-ins, ratings, follow-ups and doses, each once, when they are due.")
        )
        self.notify.setMinimumHeight(32)
        self.notify.setChecked(settings.get(NOTIFICATIONS_ON))
        form.addRow(self.notify)
        if QSystemTrayIcon.isSystemTrayAvailable():
            where = self.tr("They appear as desktop notifications, and in Journey's status bar.")
        else:
            where = self.tr(
                "This desktop has no notification area, so reminders appear only in Journey's "
                "status bar, at the bottom of its window."
            )
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        form.addRow(self.where)

        self.quiet_from = self._time_row(form, self.tr("&Quiet from"), QUIET_FROM)
        self.quiet_until = self._time_row(form, self.tr("Quiet &until"), QUIET_UNTIL)
        quiet_note = QLabel(
            self.tr(
                "In quiet hours reminders wait, and come when they end; none is lost. The same "
                "two times: no quiet hours."
            )
        )
        quiet_note.setWordWrap(True)
        form.addRow(quiet_note)

        self.autostart = QCheckBox(self.tr("&Start Journey minimised when I log in"))
        self.autostart.setMinimumHeight(32)
        form.addRow(self.autostart)
        self.autostart_note = QLabel()
        self.autostart_note.setWordWrap(True)
        form.addRow(self.autostart_note)
        if autostart.supported():
            self.autostart.setChecked(autostart.is_on())
            self.autostart_note.setText(
                self.tr("Journey then waits in the notification area, ready to remind you.")
            )
        else:
            self.autostart.setEnabled(False)
            self.autostart_note.setText(
                self.tr("Not yet on this system: for now, start Journey yourself.")
            )
        self.autostart_note.setVisible(bool(self.autostart_note.text()))

        self.notify.toggled.connect(self._notify_changed)
        self.autostart.toggled.connect(self._autostart_changed)

    def _time_row(self, form: QFormLayout, label: str, option: Option[str]) -> QTimeEdit:
        box = time_box()
        box.setMinimumHeight(32)
        box.setTime(QTime.fromString(self.services.settings.get(option), "HH:mm"))
        caption = FieldLabel(label)
        caption.setBuddy(box)
        name_for_screen_readers(box, label.replace("&", ""))
        form.addRow(caption, box)
        box.editingFinished.connect(lambda: self._time_changed(box, option))
        return box

    def _notify_changed(self, on: bool) -> None:
        self.services.settings.set(NOTIFICATIONS_ON, on)
        self.status.emit(
            self.tr("Reminders will show on the desktop.")
            if on
            else self.tr("Reminders will not show on the desktop; Today still lists them.")
        )

    def _time_changed(self, box: QTimeEdit, option: Option[str]) -> None:
        value = box.time().toString("HH:mm")
        if value == self.services.settings.get(option):
            return
        self.services.settings.set(option, value)
        self.status.emit(
            self.tr("Quiet hours saved: %1 to %2.")
            .replace("%1", self.quiet_from.time().toString("HH:mm"))
            .replace("%2", self.quiet_until.time().toString("HH:mm"))
        )

    def _autostart_changed(self, on: bool) -> None:
        try:
            if on:
                services = self.services
                words = autostart.command(services.journal.folder, demo=services.settings.is_demo())
                autostart.turn_on(words)
            else:
                autostart.turn_off()
        except OSError as error:
            self.autostart.blockSignals(True)
            self.autostart.setChecked(not on)
            self.autostart.blockSignals(False)
            self.status.emit(
                self.tr("That could not be changed: %1").replace("%1", error.strerror or str(error))
            )
            return
        self.status.emit(
            self.tr("Journey will start minimised when you log in.")
            if on
            else self.tr("Journey will no longer start when you log in.")
        )
