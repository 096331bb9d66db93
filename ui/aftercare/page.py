"""Aftercare: how each scale has moved since the baseline (SPEC §2.7) — a chart beside a table
of the same numbers and one sentence in words — the change from baseline by months after
treatment, and NEDA-3 over a chosen period.

The page shows at once, its table and sentences filled; the chart follows just after the first
paint (matplotlib, most of a second to import, loads then: issue 19, part 12).
Ratings are edited from the table (Enter or F2) and deleted with Delete, with Undo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journey.aftercare import CADENCES, RatingSet, Scale, local_date
from journey.changes import Change
from journey.itinerary import ItemDetails
from journey.rating_trends import (
    PeriodChange,
    baseline_band,
    change_from_baseline,
    rolling_average,
    trend,
)
from ui.aftercare.rating_chart import ScaleChart
from ui.aftercare.rating_dialog import RatingDialog, rated_message
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.forms import FieldLabel, date_box, name_for_screen_readers, read_date
from ui.widgets.page import Page
from ui.widgets.tables import Column, RowsModel, RowsTable, UndoBar, big_button
from ui.words.aftercare import (
    due_text,
    follow_up_start_text,
    months_text,
    neda_lines,
    neda_period_text,
    neda_rule_text,
    number_text,
    one_decimal,
    scale_name,
    signed,
    trend_text,
)
from ui.words.data import follow_up_drafts
from ui.words.itinerary import when_text
from ui.words.time import weekday_date_text

if TYPE_CHECKING:
    from journey.services import JournalServices


TABLE_CHARS = 78  # the ratings table's width for every column to read in full
CHART_CHARS = 80  # the least width the chart keeps beside it


@dataclass(frozen=True)
class RatingRow:
    """One rating of the chosen scale, for the table beside the chart."""

    rating: RatingSet
    value: float
    average: float


class AftercarePage(Page):
    shows = Change.RATINGS | Change.CLINICAL | Change.PROFILE | Change.ITINERARY | Change.SETTINGS

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(scrolls=True, parent=parent)
        self.set_heading(self.tr("How you are doing"))
        self.setAccessibleName(self.tr("Aftercare"))
        self.services = services
        layout = self.layout_
        self.due_line = _wrapped()
        layout.addWidget(self.due_line)

        actions = FlowLayout()  # wraps: the three do not fit one line at 200 % text
        self.rate_button = big_button(self.tr("&Rate now…"))
        self.rate_button.setToolTip("Ctrl+R")
        self.rate_button.clicked.connect(self.rate)
        self.scales_button = big_button(self.tr("Your &scales…"))
        self.scales_button.clicked.connect(self.edit_scales)
        self.cadence = QComboBox()
        for value, text in zip(
            CADENCES, (self.tr("Every week"), self.tr("Every month")), strict=True
        ):
            self.cadence.addItem(text, value)
        cadence_label = FieldLabel(self.tr("Rate e&very"))
        cadence_label.setBuddy(self.cadence)
        name_for_screen_readers(self.cadence, self.tr("How often to rate"))
        self.cadence.activated.connect(self._cadence_chosen)
        self.plan_button = big_button(self.tr("Add &follow-up reminders…"))
        self.plan_button.clicked.connect(self.add_follow_up_plan)
        for widget in (self.rate_button, self.scales_button, self.plan_button):
            actions.addWidget(widget)
        layout.addLayout(actions)
        cadence_row = QHBoxLayout()  # its own line: one line is too narrow at 200 % text
        cadence_row.addWidget(cadence_label)
        cadence_row.addWidget(self.cadence)
        cadence_row.addStretch(1)
        layout.addLayout(cadence_row)

        chooser = QHBoxLayout()
        self.scale_box = QComboBox()
        scale_label = FieldLabel(self.tr("Sc&ale"))
        scale_label.setBuddy(self.scale_box)
        name_for_screen_readers(self.scale_box, self.tr("Scale shown in the chart and tables"))
        self.scale_box.currentIndexChanged.connect(lambda _: self._show_scale())
        chooser.addWidget(scale_label)
        chooser.addWidget(self.scale_box, 1)
        layout.addLayout(chooser)
        self.summary = _wrapped()
        self.summary.setStyleSheet("font-weight: bold")
        layout.addWidget(self.summary)

        self.chart = ScaleChart(after_first_paint=True)
        self.rows = RowsModel(
            [
                Column(
                    self.tr("Date"),
                    lambda r: weekday_date_text(
                        local_date(r.rating.details.at, r.rating.details.zone)
                    ),
                    sort=lambda r: r.rating.details.at,
                ),
                Column(
                    self.tr("Rating"),
                    lambda r: number_text(r.value),
                    lambda r: r.value,
                    numeric=True,
                ),
                Column(
                    self.tr("4-week average"),
                    lambda r: one_decimal(r.average),
                    lambda r: r.average,
                    numeric=True,
                ),
                Column(
                    self.tr("Baseline"),
                    lambda r: self.tr("✓ yes") if r.rating.is_baseline else "",
                ),
            ],
            key=lambda r: r.rating.id,
            parent=self,
        )
        self.table = RowsTable(self.rows, self.tr("Ratings on this scale, newest first"))
        self.table.doubleClicked.connect(lambda _: self.edit_rating())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter)
        buttons = QHBoxLayout()
        self.edit_button = big_button(self.tr("&Edit rating…"))
        self.edit_button.setToolTip("F2")
        self.edit_button.clicked.connect(self.edit_rating)
        self.delete_button = big_button(self.tr("&Delete rating"))
        self.delete_button.clicked.connect(self.delete_rating)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        changes_box = QGroupBox(self.tr("Change from baseline, by months after treatment"))
        changes_layout = QVBoxLayout(changes_box)
        self.changes = RowsModel(
            [
                Column(self.tr("Period"), months_text, lambda c: c.label_months[0]),
                Column(self.tr("Ratings"), lambda c: str(c.count), lambda c: c.count, numeric=True),
                Column(
                    self.tr("Average"),
                    lambda c: one_decimal(c.mean),
                    lambda c: c.mean,
                    numeric=True,
                ),
                Column(
                    self.tr("Change from baseline"),
                    lambda c: "—" if c.change is None else signed(c.change),
                    lambda c: c.change or 0.0,
                    numeric=True,
                ),
            ],
            key=lambda c: c.label_months,
            parent=self,
        )
        self.changes_table = RowsTable(self.changes, self.tr("Change from baseline"))
        self.changes_table.visible_rows = 3
        self.changes_table.setSizeAdjustPolicy(RowsTable.SizeAdjustPolicy.AdjustToContents)
        self.changes_note = _wrapped()
        changes_layout.addWidget(self.changes_table)
        changes_layout.addWidget(self.changes_note)
        layout.addWidget(changes_box)

        neda_box = QGroupBox(self.tr("NEDA-3: no evidence of disease activity"))
        neda_layout = QVBoxLayout(neda_box)
        period = QHBoxLayout()
        self.neda_from = date_box()
        self.neda_to = date_box()
        for text, name, box in (
            (self.tr("Fro&m"), self.tr("NEDA-3 period from"), self.neda_from),
            (self.tr("&To"), self.tr("NEDA-3 period to"), self.neda_to),
        ):
            caption = FieldLabel(text)
            caption.setBuddy(box)
            name_for_screen_readers(box, name)
            box.dateChanged.connect(lambda _: self._show_neda())
            period.addWidget(caption)
            period.addWidget(box, 1)
        neda_layout.addLayout(period)
        self.neda_period_note = _wrapped()
        neda_layout.addWidget(self.neda_period_note)
        self.neda_result = _wrapped()
        neda_layout.addWidget(self.neda_result)
        self.neda_rule = _wrapped()
        self.neda_rule.setEnabled(False)  # quieter text, still readable
        neda_layout.addWidget(self.neda_rule)
        layout.addWidget(neda_box)
        layout.addStretch(1)

        for keys, action in (
            (QKeySequence(Qt.Key.Key_F2), self.edit_rating),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_rating),
        ):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        self._scales: list[Scale] = []
        self._ratings: list[RatingSet] = []
        self._set_neda_period()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def _arrange(self) -> None:
        """The table beside the chart when both fit with every column readable; below it
        when the window is narrow or the text large (nothing squeezed or clipped)."""
        char = self.fontMetrics().averageCharWidth()
        table = char * TABLE_CHARS
        area = self.scroll_area
        width = area.viewport().width() if area is not None else self.width()
        beside = width >= table + char * CHART_CHARS
        self.table.setMinimumWidth(table if beside else 0)
        self.splitter.setOrientation(
            Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        )

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        ratings = self.services.ratings
        self.due_line.setText(due_text(ratings.status(), self.services.clock.today()))
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(ratings.cadence())))
        chosen = self.scale_box.currentData()
        self._scales = [s for s in ratings.scales() if not s.hidden]
        self._ratings = ratings.ratings()
        self._series = ratings.series(self._ratings)
        clinical = self.services.clinical
        self._relapses = [r.details.started for r in clinical.relapses.all()]
        self._mris = [r.details.on for r in clinical.mris.all()]
        course = self.services.course.get()
        self._treatment = course.treatment_start if course else None
        self.scale_box.blockSignals(True)
        self.scale_box.clear()
        for scale in self._scales:
            self.scale_box.addItem(scale_name(scale), scale.id)
        index = self.scale_box.findData(chosen)
        self.scale_box.setCurrentIndex(max(0, index))
        self.scale_box.blockSignals(False)
        self._show_scale()
        self._show_neda()

    def current_scale(self) -> Scale | None:
        scale_id = self.scale_box.currentData()
        return next((s for s in self._scales if s.id == scale_id), None)

    def _show_scale(self) -> None:
        scale = self.current_scale()
        if scale is None:
            self.summary.setText(self.tr("Every scale is hidden. Show one under Your scales."))
            self.rows.set_rows([])
            self.changes.set_rows([])
            return
        points = sorted(self._series.get(scale.id, []), key=lambda p: p.at)
        name = scale_name(scale)
        self.summary.setText(
            trend_text(name, trend(points, scale.details.higher_is_better), len(points))
        )
        rolling = rolling_average(points)
        rated = [r for r in self._ratings if r.value(scale.id) is not None]  # in time order
        rows = [
            RatingRow(rating, point.value, average)
            for rating, point, (_, average) in zip(rated, points, rolling, strict=True)
        ]
        selected = self.table.current()
        self.table.reload(rows[::-1], keep=selected.rating.id if selected else None)
        zone = ZoneInfo(self.services.clock.zone)
        changes: list[PeriodChange] = (
            change_from_baseline(points, self._treatment, zone) if self._treatment else []
        )
        self.changes.set_rows(changes)
        self.changes_table.fit_columns()
        self.changes_note.setText(
            self.tr("No ratings since the treatment started yet.") if not changes else ""
        )
        self.changes_note.setVisible(not changes)
        self.chart.show_scale(
            points=points,
            rolling=rolling,
            band=baseline_band(points),
            treatment=self._treatment,
            relapses=self._relapses,
            mris=self._mris,
            low=scale.details.low,
            high=scale.details.high,
            zone=zone,
            name=name,
            higher_is_better=scale.details.higher_is_better,
        )
        # A chart is an image to a screen reader: the sentence above says what it shows, and
        # the table beside it, which takes the keyboard, says it too.
        self.chart.setAccessibleName(self.tr("Chart of %1").replace("%1", name))
        self.chart.setAccessibleDescription(self.summary.text())
        self.table.setAccessibleDescription(self.summary.text())

    # --- NEDA-3 ---------------------------------------------------------------------------

    def _set_neda_period(self) -> None:
        """The default period: for HSCT from the re-baseline MRI about 6 months after day 0,
        otherwise from the treatment start (or the last year), to today; the note says why."""
        period = self.services.clinical.neda_period()
        for box, day in ((self.neda_from, period.start), (self.neda_to, period.end)):
            box.blockSignals(True)
            box.setDate(QDate(day.year, day.month, day.day))
            box.blockSignals(False)
        note = neda_period_text(period)
        self.neda_period_note.setText(note)
        self.neda_period_note.setVisible(bool(note))

    def neda_period(self) -> tuple[date, date]:
        start = read_date(self.neda_from) or self.services.clock.today()
        end = read_date(self.neda_to) or self.services.clock.today()
        return start, end

    def _show_neda(self) -> None:
        start, end = self.neda_period()
        if end < start:
            self.neda_result.setText(self.tr("⚠ The period ends before it starts."))
            return
        self.neda_result.setText("\n".join(neda_lines(self.services.clinical.neda3(start, end))))
        self.neda_rule.setText(neda_rule_text())

    # --- actions --------------------------------------------------------------------------

    def rate(self) -> None:
        stored = RatingDialog.ask(self.services, self)
        if stored is not None:
            self._stored(stored)

    def edit_rating(self) -> None:
        row = self.table.current()
        if row is None:
            self.status.emit(self.tr("Choose a rating in the table first."))
            return
        stored = RatingDialog.ask(self.services, self, row.rating)
        if stored is not None:
            self._stored(stored)

    def _stored(self, rating: RatingSet) -> None:
        self.refresh()
        self.table.select_key(rating.id)
        self.status.emit(rated_message(rating))

    def delete_rating(self) -> None:
        row = self.table.current()
        if row is None:
            self.status.emit(self.tr("Choose a rating in the table first."))
            return
        gone = self.services.ratings.delete(row.rating.id)
        message = self.tr("Deleted the rating of %1.").replace(
            "%1", when_text(gone.details.at, gone.details.zone, self.services.clock.zone)
        )

        def restore() -> None:
            self.services.ratings.restore(gone)
            self.refresh()

        self.undo_bar.push(message, restore)
        self.refresh()
        self.status.emit(message)

    def edit_scales(self) -> None:
        from ui.aftercare.scales_dialog import ScalesDialog

        dialog = ScalesDialog(self.services, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.refresh()

    def add_follow_up_plan(self) -> None:
        """Lay out the usual follow-up plan from the treatment start, after showing every
        step with its source; steps already in the timeline are not added twice."""
        from PySide6.QtWidgets import QMessageBox

        course = self.services.course.get()
        if course is None:
            self.status.emit(self.tr("Enter your treatment first (its start dates the plan)."))
            return
        clinical = self.services.clinical
        counted_from = clinical.follow_up_start(course.protocol, course.treatment_start)
        drafts = clinical.follow_up_drafts(
            course.protocol, course.treatment_start, course.home_zone
        )
        have = [i.details for i in self.services.itinerary.items()]
        new = [d for d in drafts if not _already_there(d, have)]
        # In the user's language; a step already added in another language is not added again.
        new = [d for d in follow_up_drafts(new) if not _already_there(d, have)]
        if not new:
            self.status.emit(self.tr("The follow-up reminders are already in your timeline."))
            return
        steps = "\n".join(f"• {weekday_date_text(d.start.date())} — {d.title}" for d in new)
        sources = sorted({d.notes for d in new})
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Add follow-up reminders"))
        box.setText(
            self.tr(
                "These reminders will be added to your timeline and to Today when each is "
                "due. Change or delete any of them to match what your team decided."
            )
            + " "
            + follow_up_start_text(counted_from, course.protocol)
        )
        box.setInformativeText(steps)
        box.setDetailedText("\n\n".join(sources))
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        add = box.button(QMessageBox.StandardButton.Ok)
        add.setText(self.tr("Add reminders"))
        box.setDefaultButton(QMessageBox.StandardButton.Ok)  # that is ``add``, relabelled
        try:
            box.exec()
            if box.clickedButton() is not add:
                return
        finally:
            box.deleteLater()
        for draft in new:
            self.services.itinerary.add(draft)
        self.status.emit(self.tr("Added %1 follow-up reminders.").replace("%1", str(len(new))))

    def _cadence_chosen(self) -> None:
        self.services.ratings.set_cadence(str(self.cadence.currentData()))
        self.refresh()
        self.status.emit(self.tr("Reminders: %1.").replace("%1", self.cadence.currentText()))


NEAR_DAYS = 45  # less than half the 3 months between two steps of the same title


def _already_there(draft: ItemDetails, items: list[ItemDetails]) -> bool:
    """A step already in the timeline: the same kind and title within ``NEAR_DAYS`` — so a
    plan added when it was counted from the treatment start is not added again, days later,
    now that it counts from day 0 (the user's items are kept as they are)."""
    return any(
        i.kind == draft.kind
        and i.title == draft.title
        and abs((i.start.date() - draft.start.date()).days) <= NEAR_DAYS
        for i in items
    )


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
