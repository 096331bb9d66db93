"""Edit a logged side effect: how bad it was, the temperature and the notes. (What and when
stay as logged; a wrong entry is deleted and logged again.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QSpinBox, QWidget

from journey.errors import Problem
from journey.services.side_effects import Entry, EntryDetails
from journey.side_effects import shown_temperature, temperature_problem, to_celsius
from ui.widgets.form_dialog import FormDialog
from ui.widgets.forms import line, notes_box, parse_number
from ui.words.data import symptom_text

Check = Callable[[EntryDetails], list[Problem]]


class EntryDialog(FormDialog):
    def __init__(
        self,
        check: Check,
        initial: EntryDetails,
        unit: str,
        parent: QWidget | None = None,
        save: Callable[[EntryDetails], Entry] | None = None,
    ) -> None:
        title = self.tr("Edit %1").replace("%1", symptom_text(initial.symptom))
        super().__init__(title, parent, save)
        self.check = check
        self.initial = initial
        self.unit = unit
        self.details: EntryDetails | None = None
        add = self.form.add
        severity = QSpinBox()
        severity.setRange(0, 10)
        severity.setValue(initial.severity)
        self.severity = add(
            "severity",
            self.tr("&Severity (0–10)"),
            severity,
            self.tr("0 none, 1–3 mild, 4–6 moderate, 7–10 severe"),
        )
        symbol = "°F" if unit == "F" else "°C"
        shown = (
            ""
            if initial.celsius is None
            else QLocale().toString(shown_temperature(initial.celsius, unit), "f", 1)
        )
        self._shown_temperature = shown
        self.temperature = add(
            "temperature",
            self.tr("&Temperature (%1)").replace("%1", symbol),
            line(shown, self.tr("empty if not taken")),
        )
        self.notes = add("notes", self.tr("N&otes"), notes_box())
        self.notes.setPlainText(initial.notes)
        self.severity.setFocus()

    def read(self) -> tuple[EntryDetails, list[Problem]]:
        value, problem = parse_number("temperature", self.temperature.text())
        problems = [problem] if problem else []
        if value is not None and not problems:
            out_of_range = temperature_problem("temperature", value, self.unit)
            if out_of_range:
                problems.append(out_of_range)
        celsius = None if value is None or problems else to_celsius(value, self.unit)
        if self.temperature.text().strip() == self._shown_temperature:
            celsius = self.initial.celsius  # unchanged: keep the stored value exactly
        details = replace(
            self.initial,
            severity=self.severity.value(),
            celsius=celsius,
            notes=self.notes.toPlainText(),
        )
        return details, problems

    def accept(self) -> None:
        details, problems = self.read()
        if self.show_problems(problems or self.check(details)):
            return
        self.finish(details)

    @classmethod
    def ask(
        cls,
        check: Check,
        save: Callable[[EntryDetails], Entry],
        initial: EntryDetails,
        unit: str,
        parent: QWidget | None = None,
    ) -> Entry | None:
        """The entry as stored by ``save``, or None if the user cancelled."""
        return cls(check, initial, unit, parent, save).run()
