"""Settings: temperature unit, theme and text size, applied as soon as they change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey.dto import Settings
from journey.itinerary import CLINIC_KINDS
from journey.services import JournalServices
from journey.services.calendar import ALARM_MAX_MINUTES
from ui.forms import FieldLabel, choice_box, name_for_screen_readers, set_choice
from ui.themes import Appearance


class SettingsPage(QWidget):
    status = Signal(str)

    def __init__(
        self, services: JournalServices, appearance: Appearance, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.appearance = appearance
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"))
        title.setProperty("role", "headline")
        layout.addWidget(title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.addLayout(form)
        layout.addStretch(1)

        self.unit: QComboBox = choice_box(
            [("C", self.tr("Celsius (°C)")), ("F", self.tr("Fahrenheit (°F)"))]
        )
        self.theme: QComboBox = choice_box(
            [
                ("system", self.tr("Follow the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ]
        )
        self.text_size = QSpinBox()
        self.text_size.setRange(100, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        for label, widget in (
            (self.tr("&Temperatures in"), self.unit),
            (self.tr("T&heme"), self.theme),
            (self.tr("Te&xt size"), self.text_size),
        ):
            caption = FieldLabel(label)
            caption.setBuddy(widget)
            name_for_screen_readers(widget, label.replace("&", ""))
            widget.setMinimumHeight(32)
            form.addRow(caption, widget)

        reminders = QGroupBox(self.tr("Reminders in calendars you export"))
        reminders_form = QFormLayout(reminders)
        reminders_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        note = QLabel(
            self.tr(
                "How long before each item your phone's calendar reminds you, once you export "
                "the timeline to it. 0 means no reminder."
            )
        )
        note.setWordWrap(True)
        reminders_form.addRow(note)
        self.flight_reminder = self._hours_box()
        self.clinic_reminder = self._hours_box()
        for label, widget in (
            (self.tr("Before a &flight (hours)"), self.flight_reminder),
            (self.tr("Before clinic and &treatment items (hours)"), self.clinic_reminder),
        ):
            caption = FieldLabel(label)
            caption.setBuddy(widget)
            name_for_screen_readers(widget, label.replace("&", ""))
            reminders_form.addRow(caption, widget)
        layout.insertWidget(layout.count() - 1, reminders)

        self._show(services.settings.get())
        alarms = services.calendar.alarms()
        self.flight_reminder.setValue(alarms.get("flight", 0) // 60)
        self.clinic_reminder.setValue(alarms.get("clinic_appointment", 0) // 60)
        self.flight_reminder.valueChanged.connect(self._reminders_changed)
        self.clinic_reminder.valueChanged.connect(self._reminders_changed)
        self.unit.currentIndexChanged.connect(self._changed)
        self.theme.currentIndexChanged.connect(self._changed)
        # Only whole values in range are emitted: typing "150" emits once, for 150.
        self.text_size.valueChanged.connect(self._changed)

    def _hours_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, ALARM_MAX_MINUTES // 60)
        box.setMinimumHeight(32)
        return box

    def _reminders_changed(self) -> None:
        alarms = {}
        if self.flight_reminder.value():
            alarms["flight"] = self.flight_reminder.value() * 60
        if self.clinic_reminder.value():
            alarms.update(dict.fromkeys(CLINIC_KINDS, self.clinic_reminder.value() * 60))
        self.services.calendar.save_alarms(alarms)
        self.status.emit(self.tr("Reminders saved; they go into your next calendar export."))

    def _show(self, settings: Settings) -> None:
        set_choice(self.unit, settings.temperature_unit)
        set_choice(self.theme, settings.theme)
        self.text_size.setValue(settings.text_size)

    def _changed(self) -> None:
        current = self.services.settings.get()
        wanted = replace(
            current,
            temperature_unit=self.unit.currentData(),
            theme=self.theme.currentData(),
            text_size=self.text_size.value(),
        )
        if wanted == current:
            return
        saved = self.services.settings.save(wanted)
        self.appearance.apply(saved)
        self.status.emit(self.tr("Settings saved."))
