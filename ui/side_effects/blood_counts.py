"""Blood counts (issue 18), reached from the Side effects page: the counts as a table with
their protocol day beside a chart of the neutrophils by protocol day (the 0.5 line drawn and
named, one sentence in words for screen readers), the engraftment and neutropenia state in
words, an entry dialog (kind, value, unit, date and time, source, notes) and "My team says my
counts have recovered…", which ends the neutropenic period the strict fever rule follows.

A value possible only in the other unit is questioned beside the field, never converted
(journey.blood_counts.value_problem)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journey.blood_counts import KINDS, count_kind, neutropenia_threshold, unit_symbol
from journey.errors import Problem
from journey.itinerary import DayNumbering
from journey.services.blood_counts import (
    BloodCountEntry,
    CountDetails,
    RecoveredRecord,
    day_of,
)
from ui.widgets.charts import ChartWidget
from ui.widgets.form_dialog import FormDialog
from ui.widgets.forms import choice_box, line, notes_box, parse_number
from ui.widgets.moment import MomentFields
from ui.widgets.tables import big_button
from ui.words.blood_counts import (
    engraftment_text,
    kind_text,
    neutropenia_text,
    number_text,
    protocol_day_text,
    value_text,
)
from ui.words.itinerary import when_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from journey.services import JournalServices

Series = tuple[list[tuple[float, float]], str]  # (protocol day or days since first, ANC), axis


def _tr(text: str) -> str:
    return QCoreApplication.translate("blood_counts", text)


def _recorders() -> list[tuple[str, str]]:
    return [("patient", _tr("Patient")), ("companion", _tr("Companion"))]


class CountDialog(FormDialog):
    """Enter one count: kind, value and unit, when (now by default), source and notes."""

    def __init__(
        self,
        services: JournalServices,
        parent: QWidget | None = None,
        save: Callable[[CountDetails], BloodCountEntry] | None = None,
    ) -> None:
        super().__init__(self.tr("Add a blood count"), parent, save)
        self.services = services
        add = self.form.add
        self.kind = add("kind", self.tr("&Count"), choice_box([(k, kind_text(k)) for k in KINDS]))
        self.value = add(
            "value",
            self.tr("&Value"),
            line("", self.tr("as on the lab report, for example 0.3 or 300")),
        )
        self.unit = add("unit", self.tr("&Unit"), QComboBox())
        self.moment = MomentFields(services.clock.now(), services.clock.zone)
        self.moment.add_to(self.form)
        self.source = add("source", self.tr("&Source"), line("", self.tr("for example clinic lab")))
        self.recorded_by = add("recorded_by", self.tr("Recorded &by"), choice_box(_recorders()))
        self.notes = add("notes", self.tr("N&otes"), notes_box())
        self.kind.currentIndexChanged.connect(self._units)
        self._units()
        self.kind.setFocus()

    def _units(self) -> None:
        kind = count_kind(str(self.kind.currentData()))
        self.unit.clear()
        for unit in kind.units:
            self.unit.addItem(unit_symbol(unit), unit)

    def read(self) -> tuple[CountDetails, list[Problem]]:
        value, problem = parse_number("value", self.value.text())
        problems = [problem] if problem else []
        if value is None and not problems:
            problems.append(Problem("value", "required"))
        at, moment_problems = self.moment.read()
        details = CountDetails(
            kind=str(self.kind.currentData()),
            value=0.0 if value is None else value,
            unit=str(self.unit.currentData()),
            at=at,
            zone=self.moment.zone,
            source=self.source.text(),
            recorded_by=str(self.recorded_by.currentData()),
            notes=self.notes.toPlainText(),
        )
        return details, problems + moment_problems

    def accept(self) -> None:
        details, problems = self.read()
        if self.show_problems(problems or self.services.blood_counts.check(details)):
            return
        self.finish(details)

    @classmethod
    def ask(cls, services: JournalServices, parent: QWidget | None = None) -> Any:
        """The count as stored, or None if the user cancelled."""
        return cls(services, parent, services.blood_counts.add).run()


class RecoveredDialog(FormDialog):
    """ "My team says my counts have recovered": when the team said so, who records it."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My team says my counts have recovered"), parent, self._store)
        self.services = services
        intro = QLabel(
            self.tr(
                "This ends the neutropenic period: after this time, a temperature of 38.0 °C "
                "raises no red flag of its own (the other fever rules still apply)."
            )
        )
        intro.setWordWrap(True)
        self.form.layout_.insertRow(0, intro)
        self.moment = MomentFields(services.clock.now(), services.clock.zone)
        self.moment.add_to(self.form)
        self.recorded_by = self.form.add(
            "recorded_by", self.tr("Recorded &by"), choice_box(_recorders())
        )
        self.note = self.form.add("note", self.tr("&Who said so (optional)"), line())
        self.moment.day.setFocus()

    def _store(self, details: tuple[datetime, str, str]) -> RecoveredRecord:
        at, recorded_by, note = details
        return self.services.blood_counts.record_recovered(at, self.moment.zone, recorded_by, note)

    def accept(self) -> None:
        at, problems = self.moment.read()
        if self.show_problems(problems):
            return
        self.finish((at, str(self.recorded_by.currentData()), self.note.text()))

    @classmethod
    def ask(cls, services: JournalServices, parent: QWidget | None = None) -> Any:
        return cls(services, parent).run()


def plot_neutrophils(ax: Axes, series: Series) -> None:
    """Neutrophils by protocol day (a solid line with round markers) and the neutropenia
    threshold as a dashed line named in the legend: reads in black and white."""
    points, axis = series
    threshold = neutropenia_threshold()
    ax.plot(
        [day for day, _ in points],
        [value for _, value in points],
        linestyle="-",
        marker="o",
        label=_tr("Neutrophils (ANC), ×10⁹/L"),
    )
    ax.axhline(
        threshold,
        linestyle="--",
        linewidth=1.6,
        label=_tr("%1 ×10⁹/L: below is neutropenia (IDSA)").replace("%1", number_text(threshold)),
    )
    ax.set_xlabel(axis)
    ax.set_ylabel("×10⁹/L")
    ax.grid(True, linestyle=":", linewidth=0.6)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=1, frameon=False)


class NeutrophilChart(ChartWidget[Series]):
    def canvas_name(self, data: Series) -> str:
        return _tr("Neutrophil chart")

    def plot(self, ax: Axes, data: Series) -> None:
        plot_neutrophils(ax, data)


class BloodCountsPanel(QWidget):
    """The counts, their state in words, the table beside the chart, and the two actions."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        self.add_button = big_button(self.tr("&Add a count…"))
        self.recovered_button = big_button(self.tr("My team says my counts have &recovered…"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.recovered_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.summary = QLabel()  # the chart in one sentence, for everyone (screen readers too)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Protocol day"),
                self.tr("When"),
                self.tr("Count"),
                self.tr("Value"),
                self.tr("Source"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Blood counts, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()  # row numbers say nothing here
        self.chart = NeutrophilChart()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setChildrenCollapsible(False)
        self._laid_out = False
        layout.addWidget(self.splitter, 1)
        self.add_button.clicked.connect(self.add_count)
        self.recovered_button.clicked.connect(self.record_recovered)
        self.refresh()

    def numbering(self) -> DayNumbering | None:
        return self.services.itinerary.numbering()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The chart beside the table where both fit with their words whole (about 160
        characters), else below it: at 200 % text nothing is squeezed or cut."""
        super().resizeEvent(event)
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * 160
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted or not self._laid_out:
            self.splitter.setOrientation(wanted)
            room = self.splitter.width() if wide else self.splitter.height()
            share = 0.55 if wide else 0.45  # the table's share: its words whole
            self.splitter.setSizes([int(room * share), room - int(room * share)])
            self._laid_out = True

    def refresh(self) -> None:
        counts = self.services.blood_counts
        numbering = self.numbering()
        zone = self.services.clock.zone
        self.state.setText(
            "\n".join(
                (
                    engraftment_text(counts.engraftment("neutrophils"), numbering),
                    engraftment_text(counts.engraftment("platelets"), numbering),
                    neutropenia_text(counts.neutropenia(), zone),
                )
            )
        )
        entries = counts.counts()
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            cells = [
                protocol_day_text(day_of(entry), numbering),
                when_text(entry.at, entry.zone, zone),
                kind_text(entry.kind),
                value_text(entry),
                entry.source,
            ]
            row = [QStandardItem(text) for text in cells]
            row[0].setData(entry, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self._chart([e for e in entries if e.kind == "neutrophils"], numbering)

    def _chart(self, entries: list[BloodCountEntry], numbering: DayNumbering | None) -> None:
        if not entries:
            self.summary.setText(self.tr("No neutrophil count to chart yet."))
            self.chart.setVisible(False)
            return
        ordered = sorted(entries, key=lambda e: e.at)
        first = day_of(ordered[0])
        points = []
        for entry in ordered:
            number = None if numbering is None else numbering.number(day_of(entry))
            points.append(
                (float(number if number is not None else (day_of(entry) - first).days), entry.value)
            )
        axis = (
            self.tr("Protocol day")
            if numbering is not None and numbering.number(first) is not None
            else self.tr("Days since the first count")
        )
        low = min(ordered, key=lambda e: e.value)
        latest = ordered[-1]
        self.summary.setText(
            self.tr("Neutrophils: %1 counts; lowest %2 on %3; latest %4 on %5.")
            .replace("%1", str(len(ordered)))
            .replace("%2", number_text(low.value))
            .replace("%3", protocol_day_text(day_of(low), numbering))
            .replace("%4", number_text(latest.value))
            .replace("%5", protocol_day_text(day_of(latest), numbering))
        )
        self.chart.setVisible(True)
        self.chart.show_data((points, axis))

    def add_count(self) -> None:
        if CountDialog.ask(self.services, self) is not None:
            self.refresh()

    def record_recovered(self) -> None:
        if RecoveredDialog.ask(self.services, self) is not None:
            self.refresh()


class BloodCountsWindow(QDialog):
    """The blood counts in a window of their own, opened from the Side effects page."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Blood counts"))
        layout = QVBoxLayout(self)
        self.panel = BloodCountsPanel(services, self)
        layout.addWidget(self.panel)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(
            self.fontMetrics().averageCharWidth() * 140, self.fontMetrics().lineSpacing() * 36
        )
