"""Side effects: every logged entry, newest first, filtered by dates, symptom, watch window
and who recorded it; edit (F2 or Enter) and delete (Delete) with Undo (Ctrl+Z).

Choosing a watch window also shows its temperatures: a chart beside a table of the same
readings and one sentence in words. The log is fetched a page at a time, so a journal of
years opens as fast as a week's; matplotlib loads only when a chart is first shown.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QWidget,
)

from journey.changes import Change
from journey.services.side_effects import Entry
from journey.side_effects import red_flag_rules
from journey.timekeeping import to_instant
from ui.side_effects.entry_dialog import EntryDialog
from ui.side_effects.table import SideEffectModel
from ui.side_effects.watch_window_panel import WatchWindowPanel
from ui.widgets.charts import temperature_thresholds
from ui.widgets.forms import FieldLabel, date_box, name_for_screen_readers, read_date
from ui.widgets.page import Page
from ui.widgets.reflow import Reflow
from ui.widgets.tables import UndoBar, big_button, edit_and_delete_keys
from ui.words.data import symptom_text
from ui.words.itinerary import when_text
from ui.words.time import date_text

if TYPE_CHECKING:
    from journey.services import JournalServices


class SideEffectsPage(Page):
    shows = (
        Change.SIDE_EFFECTS
        | Change.WATCH_WINDOWS
        | Change.RED_FLAGS
        | Change.SETTINGS
        | Change.ITINERARY
    )

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_heading(self.tr("Side effects"))
        self.services = services
        self._zone = services.clock.zone
        self._filters: dict[str, Any] = {}
        layout = self.layout_
        layout.setSpacing(8)

        filters = QGridLayout()
        self.from_date = date_box(optional=True)
        self.to_date = date_box(optional=True)
        self.symptom = QComboBox()
        self.window_filter = QComboBox()
        self.recorded_by = QComboBox()
        for value, text in (
            (None, self.tr("All")),
            ("patient", self.tr("Patient")),
            ("companion", self.tr("Companion")),
        ):
            self.recorded_by.addItem(text, value)
        fields = (
            (self.tr("&From"), self.tr("Show entries from"), self.from_date),
            (self.tr("&To"), self.tr("Show entries until"), self.to_date),
            (self.tr("S&ymptom"), self.tr("Symptom"), self.symptom),
            (self.tr("&Watch window"), self.tr("Watch window"), self.window_filter),
            (self.tr("Recorded &by"), self.tr("Recorded by"), self.recorded_by),
        )
        for n, (text, name, field) in enumerate(fields):
            caption = FieldLabel(text)
            caption.setBuddy(field)
            name_for_screen_readers(field, name)
            # Each caption above its field: a long caption ("Ventana de vigilancia") widens
            # one column, not the whole row.
            row, column = 2 * (n // 3), n % 3
            filters.addWidget(caption, row, column)
            filters.addWidget(field, row + 1, column)
            if isinstance(field, QComboBox):  # long symptom names do not widen the page
                field.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                field.setMinimumContentsLength(10)
        # Three columns of fields, in the order Tab visits them: fits 1280 px at 200 % text.
        for column in range(3):
            filters.setColumnStretch(column, 1)
        layout.addLayout(filters)
        self.count_line = QLabel()
        self.count_line.setWordWrap(True)
        layout.addWidget(self.count_line)

        buttons = QHBoxLayout()
        self.edit_button = big_button(self.tr("&Edit…"))
        self.delete_button = big_button(self.tr("&Delete"))
        self.edit_button.setToolTip("F2")
        self.delete_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Delete).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        # Blood counts (issue 18): the neutrophils the strict fever rule follows.
        self.blood_counts_button = big_button(self.tr("Blood &counts…"))
        self.blood_counts_button.clicked.connect(self.open_blood_counts)
        buttons.addWidget(self.blood_counts_button)
        layout.addLayout(buttons)

        self.model = SideEffectModel(self._zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Side-effect log, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Rows wrap to their words; when the table is too narrow for every column, who
        # recorded it, the watch window, the notes and the temperature join the symptom's
        # cell as lines of their own, in that order.
        m = SideEffectModel
        self.reflow = Reflow(
            self.table,
            gives_way=(m.RECORDED_BY, m.WINDOW, m.NOTES, m.TEMPERATURE),
            into=m.SYMPTOM,
        )
        self.table.activated.connect(lambda _index: self.edit_entry())

        # In the page itself, no scroll pane of its own (issue 19: a chart in a small pane that
        # scrolled inside the page); short enough for 200 % text, its table scrolling its rows.
        self.panel = WatchWindowPanel(self._zone)
        self.panel.setAccessibleName(self.tr("Watch window"))
        self.panel.hide()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        layout.addWidget(self.splitter, 1)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        edit_and_delete_keys(self, self.table, self.edit_entry, self.delete_entry)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.from_date.dateChanged.connect(lambda _d: self.reload())
        self.to_date.dateChanged.connect(lambda _d: self.reload())
        for box in (self.symptom, self.window_filter, self.recorded_by):
            box.currentIndexChanged.connect(lambda _i: self.reload())

        self.refresh()

    def open_blood_counts(self) -> None:
        """The blood counts, their table and chart, engraftment and the neutropenic period."""
        from ui.side_effects.blood_counts import BloodCountsWindow

        window = BloodCountsWindow(self.services, self)
        try:
            window.exec()
        finally:
            window.deleteLater()

    # --- reading ------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        """Read the choices and the log again (after a quick log elsewhere, for one)."""
        self._fill_choices()
        self.reload(keep)

    def _fill_choices(self) -> None:
        self._windows = {w.id: w for w in self.services.watch_windows.windows()}
        for box, choices in (
            (self.symptom, [(n, symptom_text(n)) for n in self.services.side_effects.symptoms()]),
            (
                self.window_filter,
                [
                    (w.id, f"{w.title} ({date_text(w.opened_at.date())})")
                    for w in self._windows.values()
                ],
            ),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), None)
            for value, text in choices:
                box.addItem(text, value)
            index = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(index, 0))
            box.blockSignals(False)

    def filters(self) -> dict[str, Any]:
        start, end = read_date(self.from_date), read_date(self.to_date)
        return {
            "since": self._start_of(start) if start else None,
            "until": self._start_of(end + timedelta(days=1)) if end else None,
            "symptom": self.symptom.currentData(),
            "window_id": self.window_filter.currentData(),
            "recorded_by": self.recorded_by.currentData(),
        }

    def _start_of(self, day: date) -> datetime:
        return to_instant(datetime.combine(day, time(0)), self._zone)

    def reload(self, keep: int | None = None) -> None:
        current = self.current_entry()
        keep = keep if keep is not None else (current.id if current else None)
        filters = self.filters()
        self._filters = filters
        unit = self.services.settings.preferences().temperature_unit
        entries = self.services.side_effects.entries

        def fetch(offset: int, limit: int) -> list[Entry]:
            return entries(**filters, offset=offset, limit=limit)

        self.model.load(
            fetch,
            unit=unit,
            windows={wid: w.title for wid, w in self._windows.items()},
            flagged=self.services.red_flags.flagged_entries(),
        )
        count = self.services.side_effects.count(**filters)
        self.count_line.setText(
            self.tr("%1 entries.").replace("%1", QLocale().toString(count))
            if count != 1
            else self.tr("1 entry.")
        )
        if keep is not None:
            row = self.model.row_of(keep)
            if row is not None:
                self.table.selectRow(row)
        self._selection_changed()
        self._show_window(unit)

    def _show_window(self, unit: str) -> None:
        window = self._windows.get(self.window_filter.currentData())
        if window is None:
            self.panel.hide()
            return
        thresholds = temperature_thresholds(
            red_flag_rules(), self.services.red_flags.thresholds(), unit
        )
        self.panel.show_window(
            window, self.services.side_effects.entries(window_id=window.id), thresholds, unit
        )
        # The chart's sentence, said when the table of the same readings takes the keyboard.
        self.panel.readings.setAccessibleDescription(self.panel.summary.text())
        self.panel.show()

    def current_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        selected = self.current_entry() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # --- writing ------------------------------------------------------------------------

    def edit_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        unit = self.services.settings.preferences().temperature_unit
        saved = EntryDialog.ask(
            self.services.side_effects.check,
            lambda details: self.services.side_effects.update(entry.id, details),
            entry.details,
            unit,
            self,
        )
        if saved is None:
            return
        self.refresh(saved.id)
        self.status.emit(self.tr("Saved %1.").replace("%1", symptom_text(saved.details.symptom)))

    def delete_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        row = self.table.currentIndex().row()
        deleted = self.services.side_effects.delete(entry.id)
        self.reload()
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        message = (
            self.tr("Deleted %1 (%2).")
            .replace("%1", symptom_text(deleted.details.symptom))
            .replace("%2", when_text(deleted.details.at, deleted.details.zone, self._zone))
        )
        self.undo_bar.push(message, lambda: self._restore(deleted))
        self.status.emit(message + " " + self.tr("Press Undo or Ctrl+Z to bring it back."))

    def _restore(self, deleted: Entry) -> None:
        restored = self.services.side_effects.restore(deleted)
        self.refresh(restored.id)
        self.table.setFocus()
        self.status.emit(
            self.tr("Brought back %1.").replace("%1", symptom_text(restored.details.symptom))
        )
