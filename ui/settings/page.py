"""Settings: temperature unit, theme, text size and language, applied as soon as they change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from journey.dto import Settings
from journey.itinerary import CLINIC_KINDS
from journey.services import JournalServices
from journey.services.calendar import ALARM_MAX_MINUTES
from journey.settings import THRESHOLD_RANGE_C
from journey.side_effects import red_flag_rules, shown_temperature, to_celsius
from ui import i18n
from ui.widgets.forms import FieldLabel, choice_box, name_for_screen_readers, set_choice
from ui.widgets.page import Page
from ui.widgets.themes import Appearance


class SettingsPage(Page):
    """The settings; the page scrolls rather than squeezes at large text sizes."""

    def __init__(
        self, services: JournalServices, appearance: Appearance, parent: QWidget | None = None
    ) -> None:
        super().__init__(scrolls=True, parent=parent)
        self.set_heading(self.tr("Settings"))
        self.services = services
        self.appearance = appearance
        layout = self.layout_
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
                ("high_contrast", self.tr("High contrast")),
            ]
        )
        self.text_size = QSpinBox()
        self.text_size.setRange(100, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        # Each language in its own words (ui.i18n), so that anyone can find theirs.
        self.language: QComboBox = choice_box(
            [("system", self.tr("Follow the system")), *i18n.OWN_NAMES.items()]
        )
        for label, widget in (
            (self.tr("&Temperatures in"), self.unit),
            (self.tr("T&heme"), self.theme),
            (self.tr("Te&xt size"), self.text_size),
            (self.tr("&Language"), self.language),
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
        from ui.settings.notifications_panel import NotificationsPanel

        self.notifications = NotificationsPanel(services)
        self.notifications.status.connect(self.status)
        layout.insertWidget(layout.count() - 1, self.notifications)

        layout.insertWidget(layout.count() - 1, self._thresholds_group())
        from ui.settings.sharing_panel import SharingPanel

        self.sharing = SharingPanel(services)
        self.sharing.status.connect(self.status)
        layout.insertWidget(layout.count() - 1, self.sharing)
        from ui.settings.calendar_panel import CalendarPanel

        self.calendar = CalendarPanel(services)
        self.calendar.status.connect(self.status)
        layout.insertWidget(layout.count() - 1, self.calendar)
        from ui.settings.backups_panel import BackupsPanel

        self.backups = BackupsPanel(services)
        self.backups.status.connect(self.status)
        layout.insertWidget(layout.count() - 1, self.backups)
        from ui.settings.encryption_panel import EncryptionPanel

        self.encryption = EncryptionPanel(services)
        self.encryption.status.connect(self.status)
        layout.insertWidget(layout.count() - 1, self.encryption)

        self._show(services.settings.preferences())
        alarms = services.calendar.alarms()
        self.flight_reminder.setValue(alarms.get("flight", 0) // 60)
        self.clinic_reminder.setValue(alarms.get("clinic_appointment", 0) // 60)
        self.flight_reminder.valueChanged.connect(self._reminders_changed)
        self.clinic_reminder.valueChanged.connect(self._reminders_changed)
        self.unit.currentIndexChanged.connect(self._changed)
        self.theme.currentIndexChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        # Only whole values in range are emitted: typing "150" emits once, for 150.
        self.text_size.valueChanged.connect(self._changed)

    # --- the clinic's own red-flag temperatures ------------------------------------------

    def _thresholds_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Red-flag temperatures your clinic gave you"))
        form = QFormLayout(group)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        note = QLabel(
            self.tr(
                "Journey shows a red-flag banner with the clinic's 24-hour number at these "
                "temperatures, for readings taken in the mouth. If your clinic gave you other "
                "numbers, enter theirs."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        names = {
            "hsct_isolation_fever": self.tr("Any reading during neutropenia"),
            "neutropenic_low_temperature": self.tr("Below this during neutropenia"),
            "stiff_neck_fever_after_lumbar_puncture": self.tr(
                "With a stiff neck after a lumbar puncture"
            ),
            "fever_single": self.tr("One reading at any time"),
            "fever_repeated": self.tr("Two readings an hour or more apart"),
        }
        self.thresholds: dict[str, QDoubleSpinBox] = {}
        self.threshold_defaults: dict[str, QLabel] = {}
        for rule in red_flag_rules():
            if "celsius" not in rule:
                continue
            box = QDoubleSpinBox()
            box.setDecimals(1)
            box.setSingleStep(0.1)
            box.setMinimumHeight(32)
            label = names.get(rule["key"], rule["key"])
            caption = FieldLabel(label)
            caption.setBuddy(box)
            name_for_screen_readers(box, label)
            default = QLabel()
            default.setEnabled(False)  # the quieter text colour, still readable
            form.addRow(caption, box)
            form.addRow(default)
            self.thresholds[rule["key"]] = box
            self.threshold_defaults[rule["key"]] = default
        self._show_thresholds()
        return group

    def _show_thresholds(self) -> None:
        unit = self.services.settings.preferences().temperature_unit
        saved = self.services.red_flags.thresholds()
        for rule in red_flag_rules():
            box = self.thresholds.get(rule["key"])
            if box is None:
                continue
            box.blockSignals(True)
            low, high = THRESHOLD_RANGE_C
            box.setRange(shown_temperature(low, unit), shown_temperature(high, unit))
            box.setSuffix(f" °{unit}")
            box.setValue(shown_temperature(saved.get(rule["key"], rule["celsius"]), unit))
            box.blockSignals(False)
            box.valueChanged.connect(self._thresholds_changed, Qt.ConnectionType.UniqueConnection)
            default = shown_temperature(rule["celsius"], unit)
            self.threshold_defaults[rule["key"]].setText(
                self.tr("Journey's default: %1 °%2")
                .replace("%1", QLocale().toString(default, "f", 1))
                .replace("%2", unit)
            )
            box.setAccessibleDescription(self.threshold_defaults[rule["key"]].text())

    def _thresholds_changed(self) -> None:
        unit = self.services.settings.preferences().temperature_unit
        own = {}
        for rule in red_flag_rules():
            box = self.thresholds.get(rule["key"])
            if box is None:
                continue
            if round(box.value(), 1) != shown_temperature(rule["celsius"], unit):
                own[rule["key"]] = to_celsius(box.value(), unit)
        self.services.red_flags.save_thresholds(own)
        self.status.emit(self.tr("Red-flag temperatures saved."))

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
        set_choice(self.language, settings.language)
        self.text_size.setValue(settings.text_size)

    def _changed(self) -> None:
        current = self.services.settings.preferences()
        wanted = replace(
            current,
            temperature_unit=self.unit.currentData(),
            theme=self.theme.currentData(),
            text_size=self.text_size.value(),
            language=self.language.currentData(),
        )
        if wanted == current:
            return
        saved = self.services.settings.save_preferences(wanted)
        self.appearance.apply(saved)
        self._show_thresholds()  # in the new unit
        if saved.language != current.language:
            # Qt cannot translate widgets already built: ui.shell.app builds the window again, in
            # the new language, and says so there.
            app = QCoreApplication.instance()
            if app is not None and i18n.switch(app, saved.language):
                return
            self.status.emit(self.tr("Language saved. It applies when Journey next opens."))
            return
        self.status.emit(self.tr("Settings saved."))
