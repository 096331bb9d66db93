"""The quick log (SPEC §2.5): a symptom in a few keystrokes, from anywhere (Ctrl+L).

Shortcut, a few letters, Enter (takes the suggestion and moves on), the severity digit, Enter
(saves). Everything else is optional: a temperature in the user's unit, notes, who recorded
it (remembered) and the time, which defaults to now in the computer's zone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from journey.errors import Problem
from journey.services.side_effects import synonym_key
from journey.settings import RECORDED_BY, TEMPERATURE_ROUTE
from journey.side_effects import (
    SEVERITY_RANGE,
    temperature_problem,
    to_celsius,
)
from journey.timekeeping import shown_in
from ui.widgets.form_dialog import ScrollingFormDialog
from ui.widgets.forms import choice_box, line, parse_number, set_choice, widen_with_text
from ui.widgets.moment import MomentFields
from ui.words.data import (
    meant_symptom,
    stored_symptom,
    symptom_synonym_texts,
    symptom_text,
    symptom_texts,
)
from ui.words.severity import severity_band_text, severity_text
from ui.words.temperature import route_choices, route_text, temperature_text
from ui.words.time import clock_text

if TYPE_CHECKING:
    from datetime import datetime

    from journey.services import JournalServices
    from journey.services.side_effects import Entry


_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


DRAFT = "quick_log"  # its draft's name (ui.widgets.drafts)


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("quick_log", text)


_SEARCHED = Qt.ItemDataRole.UserRole + 1  # the words the typed letters are looked for in
_FILLED = Qt.ItemDataRole.UserRole + 2  # the symptom a suggestion puts in the field


class _SymptomCompleter(QCompleter):
    """Suggestions that may be found by a synonym but always fill in the symptom's name."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(_FILLED) or "")


def _suggestions(
    names: list[str], synonyms: list[tuple[str, str]], parent: QObject
) -> QStandardItemModel:
    """The names, then "Numbness or tingling (pins and needles)" for each synonym not already
    in its symptom's name: a few letters find a name before a synonym, so the red-flag
    wordings ("New numbness in the legs") come first, as they did before synonyms."""
    model = QStandardItemModel(parent)
    rows = [(name, name, name) for name in names]
    for word, name in synonyms:
        if synonym_key(word) not in synonym_key(name):
            shown = _tr("%1 (%2)").replace("%1", name).replace("%2", word)
            rows.append((shown, word, name))
    for shown, searched, filled in rows:
        item = QStandardItem(shown)
        item.setData(searched, _SEARCHED)
        item.setData(filled, _FILLED)
        item.setEditable(False)
        model.appendRow(item)
    return model


class SymptomEdit(QLineEdit):
    """A symptom typed with suggestions from any part of the name or of one of its synonyms,
    in any case. Enter takes the highlighted suggestion, else the name typed in full, else
    the symptom a synonym typed in full means, else the first suggestion, and moves on."""

    chosen = Signal()

    def __init__(self, names: list[str], synonyms: list[tuple[str, str]] | None = None) -> None:
        super().__init__()
        self.names = names
        completer = _SymptomCompleter(self)
        completer.setModel(_suggestions(names, synonyms or [], completer))
        completer.setCompletionRole(_SEARCHED)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.take_suggestion()
            event.accept()
            self.chosen.emit()
            return
        super().keyPressEvent(event)

    def take_suggestion(self) -> None:
        completer = self.completer()
        popup = completer.popup()
        assert popup is not None  # a completer always has its popup
        highlighted = popup.currentIndex() if popup.isVisible() else None
        popup.hide()
        typed = " ".join(self.text().split())
        if not typed:
            return
        if highlighted is not None and highlighted.isValid():
            self.setText(completer.pathFromIndex(highlighted))
            return
        exact = next((n for n in self.names if n.casefold() == typed.casefold()), None)
        if exact is not None:
            self.setText(exact)
            return
        meant = meant_symptom(typed)  # "pins and needles": the symptom it is another word for
        if meant is not None:
            self.setText(meant)
            return
        completer.setCompletionPrefix(typed)
        if completer.completionCount() > 0:
            completer.setCurrentRow(0)
            self.setText(completer.currentCompletion())


class QuickLogDialog(ScrollingFormDialog):
    def __init__(
        self,
        services: JournalServices,
        parent: QWidget | None = None,
        *,
        symptom: str = "",
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.entry: Entry | None = None
        self.unit = services.settings.preferences().temperature_unit
        self.zone = services.clock.zone
        self.setWindowTitle(title or self.tr("Log a symptom"))
        self.setAccessibleName(self.windowTitle())

        self.symptom = SymptomEdit(
            symptom_texts(services.side_effects.symptoms()), symptom_synonym_texts()
        )
        self.symptom.setPlaceholderText(self.tr("Type a few letters, for example head"))
        self.symptom.setText(symptom)
        self.form.add("symptom", self.tr("&Symptom"), self.symptom)
        self.symptom.setAccessibleDescription(
            self.tr("Type a few letters; Enter takes the first suggestion and moves on.")
        )

        self.severity = line(placeholder=self.tr("0 to 10"))
        self.severity.setMaxLength(3)
        self.severity_word = QLabel()
        self.severity_word.setMinimumWidth(self.fontMetrics().horizontalAdvance("moderate") + 16)
        severity_row = QWidget()
        row = QHBoxLayout(severity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.severity, 1)
        row.addWidget(self.severity_word, 1)
        self.form.add(
            "severity",
            self.tr("S&everity, 0 (none) to 10 (worst)"),
            severity_row,
        )
        self.form.fields["severity"] = self.severity  # problems focus the line edit itself
        self.severity.setAccessibleName(self.tr("Severity, 0 (none) to 10 (worst)"))
        self.severity.setAccessibleDescription(self.tr("A number from 0 to 10; Enter saves."))
        self.severity.textChanged.connect(self._show_word)

        self.temperature = line(placeholder=self.tr("optional"))
        unit_label = QLabel(f"°{self.unit}")
        temperature_row = QWidget()
        row = QHBoxLayout(temperature_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.temperature, 1)
        row.addWidget(unit_label, 1)
        temperature_name = self.tr("&Temperature in °%1 (optional)").replace("%1", self.unit)
        self.form.add("temperature", temperature_name, temperature_row)
        self.form.fields["temperature"] = self.temperature
        self.temperature.setAccessibleName(temperature_name.replace("&", ""))
        self.route = choice_box(route_choices())
        set_choice(self.route, services.settings.get(TEMPERATURE_ROUTE))
        self.form.add(
            "route",
            self.tr("Where the temperature was ta&ken"),
            self.route,
            self.tr("The red-flag temperatures are for readings taken in the mouth."),
        )

        self.notes = self.add_notes()

        self.recorded_by = choice_box(
            [("patient", self.tr("The patient")), ("companion", self.tr("The companion"))]
        )
        set_choice(self.recorded_by, services.settings.get(RECORDED_BY))
        self.form.add("recorded_by", self.tr("&Recorded by"), self.recorded_by)

        self.moment = MomentFields(services.clock.now(), self.zone)
        self.moment.add_to(self.form)
        self.day, self.at = self.moment.day, self.moment.at

        self.symptom.chosen.connect(self._symptom_chosen)
        self._show_word()
        # Room for the messages at 200 % text: wrapped words beside a field, not clipped.
        widen_with_text(self, 420, 60)
        self.keep_draft(services.drafts, DRAFT, self.moment)
        self.symptom.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- reading --------------------------------------------------------------------------

    def _symptom_chosen(self) -> None:
        self.severity.setFocus(Qt.FocusReason.TabFocusReason)
        self.severity.selectAll()

    def _show_word(self) -> None:
        text = self.severity.text().strip()
        if text.lstrip("-").isdigit() and SEVERITY_RANGE[0] <= int(text) <= SEVERITY_RANGE[1]:
            self.severity_word.setText(severity_band_text(int(text)))
        else:
            self.severity_word.setText("")

    def read(self) -> tuple[dict[str, object], list[Problem]]:
        """The typed values, and the problems found while reading them."""
        problems: list[Problem] = []
        severity = -1
        text = self.severity.text().strip().replace("−", "-")
        if not text:
            problems.append(Problem("severity", "required"))
        elif not text.lstrip("-").isdigit():
            problems.append(Problem("severity", "severity_range"))
        else:
            severity = int(text)
            if not SEVERITY_RANGE[0] <= severity <= SEVERITY_RANGE[1]:
                problems.append(Problem("severity", "severity_range"))
        celsius = None
        value, problem = parse_number("temperature", self.temperature.text())
        if problem is not None:
            problems.append(problem)
        elif value is not None:
            problem = temperature_problem("temperature", value, self.unit)
            if problem is not None:
                problems.append(problem)
            else:
                celsius = to_celsius(value, self.unit)
        at, moment_problems = self.moment.read()
        problems += moment_problems
        values: dict[str, object] = {
            "symptom": stored_symptom(self.symptom.text()),
            "severity": severity,
            "celsius": celsius,
            "route": self.route.currentData() or None,
            "notes": self.notes.toPlainText(),
            "recorded_by": self.recorded_by.currentData(),
            "at": at,
        }
        return values, problems

    def save(self) -> None:
        from journey.services.side_effects import EntryDetails

        values, problems = self.read()
        details = EntryDetails(
            symptom=str(values["symptom"]),
            severity=max(0, int(cast(int, values["severity"]))),
            at=cast("datetime", values["at"]),
            zone=self.zone,
            recorded_by=str(values["recorded_by"]),
            celsius=cast(float | None, values["celsius"]),
            notes=str(values["notes"]),
            route=cast(str | None, values["route"]),
        )
        seen = {p.field for p in problems}
        problems += [p for p in self.services.side_effects.check(details) if p.field not in seen]
        if self.show_in_order(problems):
            return
        self.entry = self.stored_or_kept(lambda: self.services.side_effects.log(details))
        if self.entry is None:
            return
        # "Recorded by" starts as this computer's person each time (issue 19), never as whoever
        # logged last: a patient's own entry was stored as the companion's.
        if details.celsius is not None:
            self.services.settings.set(TEMPERATURE_ROUTE, details.route or "")
        self.accept()

    @classmethod
    def ask(
        cls,
        services: JournalServices,
        parent: QWidget | None = None,
        *,
        symptom: str = "",
        title: str = "",
    ) -> Entry | None:
        """Show the dialog; the stored entry, or None if the user cancelled."""
        dialog = cls(services, parent, symptom=symptom, title=title)
        try:
            return dialog.entry if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def logged_message(entry: Entry, unit: str) -> str:
    """What the status bar and a screen reader say after a save."""
    details = entry.details
    when = clock_text(shown_in(details.at, details.zone).time())
    text = (
        _tr("Logged %1, severity %2, at %3.")
        .replace("%1", symptom_text(details.symptom))
        .replace("%2", severity_text(details.severity))
        .replace("%3", when)
    )
    if details.celsius is not None:
        reading = temperature_text(details.celsius, unit)
        if details.route:
            reading += " " + route_text(details.route)
        text += " " + _tr("Temperature %1.").replace("%1", reading)
    return text


def log_symptom(
    services: JournalServices, parent: QWidget | None = None, *, title: str = ""
) -> str | None:
    """Open the quick log; the message to announce if something was stored."""
    entry = QuickLogDialog.ask(services, parent, title=title)
    if entry is None:
        return None
    return logged_message(entry, services.settings.preferences().temperature_unit)
