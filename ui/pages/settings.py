"""Settings: temperature unit, theme and text size, applied as soon as they change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from journey.dto import Settings
from journey.services import JournalServices
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

        self._show(services.settings.get())
        self.unit.currentIndexChanged.connect(self._changed)
        self.theme.currentIndexChanged.connect(self._changed)
        # Only whole values in range are emitted: typing "150" emits once, for 150.
        self.text_size.valueChanged.connect(self._changed)

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
