"""Blood counts (issue 18), reached from the Side effects page: the counts as a table with
their protocol day beside a chart of the neutrophils by protocol day (the 0.5 line drawn and
named, one sentence in words for screen readers), the engraftment and neutropenia state in
words, an entry dialog (kind, value, unit, date and time, source, notes), transfusions in the
same table (platelet engraftment counts only days without one), edit (Enter or F2) and delete
(Delete) with Undo (Ctrl+Z), and "My team says my counts have recovered…", which ends the
neutropenic period the strict fever rule follows.

A value possible only in the other unit is questioned beside the field, never converted
(journey.blood_counts.value_problem)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journey.blood_counts import KINDS, count_kind, neutropenia_threshold, unit_symbol
from journey.errors import Problem
from journey.itinerary import DayNumbering
from journey.services.blood_counts import (
    PRODUCTS,
    BloodCountEntry,
    CountDetails,
    RecoveredRecord,
    TransfusionRecord,
    day_of,
)
from journey.timekeeping import shown_in
from ui.widgets.charts import ChartWidget
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.form_dialog import FormDialog
from ui.widgets.forms import choice_box, line, notes_box, parse_number
from ui.widgets.moment import MomentFields
from ui.widgets.tables import UndoBar, big_button, edit_and_delete_keys
from ui.words.blood_counts import (
    engraftment_text,
    kind_text,
    neutropenia_text,
    number_text,
    product_text,
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
    """Enter one count: kind, value and unit, when (now by default), source and notes; or
    change a stored one (``entry``), shown in its stored unit."""

    def __init__(
        self,
        services: JournalServices,
        parent: QWidget | None = None,
        save: Callable[[CountDetails], BloodCountEntry] | None = None,
        entry: BloodCountEntry | None = None,
    ) -> None:
        title = self.tr("Add a blood count") if entry is None else self.tr("Change a blood count")
        super().__init__(title, parent, save)
        self.services = services
        add = self.form.add
        self.kind = add("kind", self.tr("&Count"), choice_box([(k, kind_text(k)) for k in KINDS]))
        self.value = add(
            "value",
            self.tr("&Value"),
            line("", self.tr("as on the lab report, for example 0.3 or 300")),
        )
        self.unit = add("unit", self.tr("&Unit"), QComboBox())
        self.moment = (
            MomentFields(services.clock.now(), services.clock.zone)
            if entry is None
            else MomentFields(entry.at, entry.zone)
        )
        self.moment.add_to(self.form)
        self.source = add("source", self.tr("&Source"), line("", self.tr("for example clinic lab")))
        self.recorded_by = add("recorded_by", self.tr("Recorded &by"), choice_box(_recorders()))
        self.notes = add("notes", self.tr("N&otes"), notes_box())
        self.kind.currentIndexChanged.connect(self._units)
        self._units()
        if entry is not None:
            self._show(entry)
        self.kind.setFocus()

    def _show(self, entry: BloodCountEntry) -> None:
        self.kind.setCurrentIndex(self.kind.findData(entry.kind))
        self.value.setText(number_text(entry.value))
        self.unit.setCurrentIndex(self.unit.findData(count_kind(entry.kind).stored_unit))
        self.source.setText(entry.source)
        self.recorded_by.setCurrentIndex(self.recorded_by.findData(entry.recorded_by))
        self.notes.setPlainText(entry.notes)

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

    @classmethod
    def change(cls, services: JournalServices, entry: BloodCountEntry, parent: QWidget) -> Any:
        """The count as changed and stored, or None if the user cancelled."""

        def update(details: CountDetails) -> BloodCountEntry:
            return services.blood_counts.update(entry.id, details)

        return cls(services, parent, update, entry).run()


class TransfusionDialog(FormDialog):
    """Record a transfusion (platelets or red cells): when, who records it, notes. Platelet
    engraftment counts only days without a platelet transfusion in the seven before."""

    def __init__(
        self,
        services: JournalServices,
        parent: QWidget | None = None,
        record: TransfusionRecord | None = None,
    ) -> None:
        title = (
            self.tr("Record a transfusion") if record is None else self.tr("Change a transfusion")
        )
        super().__init__(title, parent, self._store)
        self.services = services
        self.record = record
        add = self.form.add
        self.product = add(
            "product",
            self.tr("&Transfusion of"),
            choice_box([(p, product_text(p)) for p in PRODUCTS]),
        )
        self.moment = (
            MomentFields(services.clock.now(), services.clock.zone)
            if record is None
            else MomentFields(record.at, record.zone)
        )
        self.moment.add_to(self.form)
        self.recorded_by = add("recorded_by", self.tr("Recorded &by"), choice_box(_recorders()))
        self.notes = add("notes", self.tr("N&otes"), notes_box())
        if record is not None:
            self.product.setCurrentIndex(self.product.findData(record.product))
            self.recorded_by.setCurrentIndex(self.recorded_by.findData(record.recorded_by))
            self.notes.setPlainText(record.notes)
        self.product.setFocus()

    def _store(self, record: TransfusionRecord) -> TransfusionRecord:
        blood_counts = self.services.blood_counts
        if self.record is not None:
            return blood_counts.update_transfusion(record)
        return blood_counts.add_transfusion(
            record.product, record.at, record.zone, record.recorded_by, record.notes
        )

    def accept(self) -> None:
        at, problems = self.moment.read()
        if self.show_problems(problems):
            return
        self.finish(
            TransfusionRecord(
                self.record.id if self.record is not None else 0,
                str(self.product.currentData()),
                at,
                self.moment.zone,
                str(self.recorded_by.currentData()),
                self.notes.toPlainText(),
            )
        )

    @classmethod
    def ask(
        cls,
        services: JournalServices,
        parent: QWidget | None = None,
        record: TransfusionRecord | None = None,
    ) -> Any:
        """The transfusion as stored, or None if the user cancelled."""
        return cls(services, parent, record).run()


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


# The neutrophil axis is logarithmic, as in published recovery curves: the G-CSF peak of
# mobilisation (30 ×10⁹/L and more) and the days near 0.1 both stay readable around the 0.5
# line. A count of 0 is drawn on the axis's floor; the table and the sentence give it exactly.
LOG_FLOOR = 0.01
LOG_TICKS = (0.01, 0.1, 0.5, 1.0, 5.0, 10.0, 50.0, 100.0)


def plot_neutrophils(ax: Axes, series: Series) -> None:
    """Neutrophils by protocol day (a solid line with round markers) and the neutropenia
    threshold as a dashed line named in the legend: reads in black and white."""
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

    points, axis = series
    threshold = neutropenia_threshold()
    values = [value for _, value in points]
    ax.set_yscale("log")
    ax.plot(
        [day for day, _ in points],
        [max(value, LOG_FLOOR) for value in values],
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
    top = max([*values, threshold * 2]) * 1.5
    ax.set_ylim(LOG_FLOOR * 0.8, top)
    ax.yaxis.set_major_locator(FixedLocator([t for t in LOG_TICKS if t <= top]))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: number_text(value)))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.set_xlabel(axis)
    ax.set_ylabel(_tr("×10⁹/L (log scale)"))
    ax.grid(True, linestyle=":", linewidth=0.6)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=1, frameon=False)


class NeutrophilChart(ChartWidget[Series]):
    height_lines = 12  # beside or below the table, in a window that scrolls at 200 % text

    def canvas_name(self, data: Series) -> str:
        return _tr("Neutrophil chart")

    def plot(self, ax: Axes, data: Series) -> None:
        plot_neutrophils(ax, data)


Row = BloodCountEntry | TransfusionRecord


class BloodCountsPanel(QWidget):
    """The counts, their state in words, the table (counts and transfusions, newest first)
    beside the chart, and the actions: add, record a transfusion, the team's word, edit and
    delete with Undo."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.state)
        buttons = FlowLayout()  # wraps: the three do not fit one line at 200 % text
        self.add_button = big_button(self.tr("&Add a count…"))
        self.transfusion_button = big_button(self.tr("Record a &transfusion…"))
        self.recovered_button = big_button(self.tr("My team says my counts have &recovered…"))
        for button in (self.add_button, self.transfusion_button, self.recovered_button):
            buttons.addWidget(button)
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
        self.table.setAccessibleName(self.tr("Blood counts and transfusions, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()  # row numbers say nothing here
        lines = self.fontMetrics().lineSpacing()
        self.table.setMinimumHeight(int(lines * 1.8 * 7))  # the header and six rows, at any size
        self.chart = NeutrophilChart()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setChildrenCollapsible(False)
        self._laid_out = False
        layout.addWidget(self.splitter, 1)
        row_buttons = QHBoxLayout()
        self.edit_button = big_button(self.tr("&Change…"))
        self.delete_button = big_button(self.tr("&Delete"))
        row_buttons.addWidget(self.edit_button)
        row_buttons.addWidget(self.delete_button)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)
        self.add_button.clicked.connect(self.add_count)
        self.transfusion_button.clicked.connect(self.add_transfusion)
        self.recovered_button.clicked.connect(self.record_recovered)
        self.edit_button.clicked.connect(self.edit_row)
        self.delete_button.clicked.connect(self.delete_row)
        self.table.activated.connect(lambda _index: self.edit_row())
        edit_and_delete_keys(self, self.table, self.edit_row, self.delete_row)
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
        rows: list[Row] = [*entries, *counts.transfusions()]
        rows.sort(key=lambda row: row.at, reverse=True)
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            if isinstance(row, BloodCountEntry):
                what, value, source = kind_text(row.kind), value_text(row), row.source
            else:
                what, value, source = product_text(row.product), "", row.notes
            day = shown_in(row.at, row.zone).date()
            cells = [
                protocol_day_text(day, numbering),
                when_text(row.at, row.zone, zone),
                what,
                value,
                source,
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(row, Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
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

    def add_transfusion(self) -> None:
        if TransfusionDialog.ask(self.services, self) is not None:
            self.refresh()

    def current(self) -> Row | None:
        """The current row's count or transfusion, or None."""
        index = self.table.currentIndex()  # where the keyboard is, selected or not
        if not index.isValid():
            return None
        return self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)

    def select(self, row: Row) -> None:
        for number in range(self.model.rowCount()):
            shown = self.model.item(number, 0).data(Qt.ItemDataRole.UserRole)
            if type(shown) is type(row) and shown.id == row.id:
                self.table.selectRow(number)
                return

    def edit_row(self) -> None:
        row = self.current()
        if row is None:
            return
        if isinstance(row, BloodCountEntry):
            saved = CountDialog.change(self.services, row, self)
        else:
            saved = TransfusionDialog.ask(self.services, self, row)
        if saved is not None:
            self.refresh()
            self.select(saved)

    def delete_row(self) -> None:
        row = self.current()
        if row is None:
            return
        counts = self.services.blood_counts
        place = self.table.currentIndex().row()
        deleted: Row
        if isinstance(row, BloodCountEntry):
            deleted = counts.delete(row.id)
            what = f"{kind_text(deleted.kind)} {value_text(deleted)}"
        else:
            deleted = counts.delete_transfusion(row.id)
            what = product_text(deleted.product)
        self.refresh()
        if self.model.rowCount():
            self.table.selectRow(min(place, self.model.rowCount() - 1))
        message = (
            self.tr("Deleted %1 (%2).")
            .replace("%1", what)
            .replace("%2", when_text(deleted.at, deleted.zone, self.services.clock.zone))
        )
        self.undo_bar.push(message, lambda: self._restore(deleted))

    def _restore(self, deleted: Row) -> None:
        counts = self.services.blood_counts
        restored: Row = (
            counts.restore(deleted)
            if isinstance(deleted, BloodCountEntry)
            else counts.restore_transfusion(deleted)
        )
        self.refresh()
        self.select(restored)
        self.table.setFocus()

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
        scroll = QScrollArea()  # at 200 % text the table and the chart scroll, never squeeze
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("Blood counts"))
        scroll.setWidget(self.panel)
        layout.addWidget(scroll)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        size = QSize(
            self.fontMetrics().averageCharWidth() * 170, self.fontMetrics().lineSpacing() * 44
        )
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.95)
        self.resize(size)
