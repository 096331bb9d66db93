"""Timeline: the trip day by day (agenda) and week by week, edited like a calendar.

Add (Ctrl+N), edit (Enter or F2), duplicate (Ctrl+D), delete (Delete) with undo (Ctrl+Z, which
also takes back a calendar import in one step), shift an item and everything after it, lay out
a protocol or save the timeline as one.
The page reads and writes through ItineraryService only, and reloads what a change touches.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from journey.changes import Change
from journey.errors import InvalidInput, Problem
from journey.itinerary import (
    Item,
    ItemDetails,
    PlannedMove,
    opening_monday,
    shift_plan,
    trip_monday,
)
from ui.trip.item_dialog import ItemDialog, ProtocolDialog
from ui.trip.itinerary_models import STATUS, WHAT, WHERE, WHO, AgendaModel, WeekModel, week_start
from ui.trip.shift_dialog import ShiftDialog
from ui.trip.trip_files import TripFiles
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page import Page
from ui.widgets.reflow import Reflow
from ui.words.data import protocol_template
from ui.words.itinerary import day_heading, item_title
from ui.words.messages import problem_text

if TYPE_CHECKING:
    from journey.services import JournalServices


class TimelinePage(Page):
    shows = Change.ITINERARY | Change.PROFILE | Change.CLINICAL

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_heading(self.tr("Timeline"))
        self.services = services
        self._zone = services.clock.zone
        self._undo: list[tuple[str, Callable[[], object]]] = []
        layout = self.layout_
        self.day_zero_line = self.intro  # the protocol's day 0, set in reload
        self.intro.setVisible(True)

        self.add_button = self._button(self.tr("&Add item"), "Ctrl+N", self.add_item)
        self.edit_button = self._button(self.tr("&Edit"), "F2", self.edit_item)
        self.duplicate_button = self._button(self.tr("D&uplicate"), "Ctrl+D", self.duplicate_item)
        self.delete_button = self._button(self.tr("&Delete"), "Delete", self.delete_item)
        self.undo_button = self._button(self.tr("U&ndo"), "Ctrl+Z", self.undo)
        self.shift_button = self._button(self.tr("S&hift…"), "Ctrl+Shift+H", self.shift_items)
        self.more_button = QPushButton(self.tr("&More"))
        self.more_button.setMinimumHeight(36)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.addAction(self.tr("Lay out a &protocol…"), self.lay_out_protocol)
        self.more_menu.addAction(self.tr("&Save the timeline as a protocol…"), self.save_protocol)
        self.more_menu.addSeparator()
        self.files = TripFiles(self, self)
        self.more_menu.addAction(self.tr("&Export to calendar (.ics)…"), self.files.export_calendar)
        self.more_menu.addAction(
            self.tr("&Import a calendar file (.ics)…"), self.files.import_calendar
        )
        self.more_menu.addAction(
            self.tr("Save the itinerary as P&DF…"), self.files.save_itinerary_pdf
        )
        self.more_menu.addAction(
            self.tr("Save the &wallet card as PDF…"), self.files.save_wallet_card_pdf
        )
        self.more_button.setMenu(self.more_menu)
        rows = (
            (self.add_button, self.edit_button, self.duplicate_button, self.delete_button),
            (self.undo_button, self.shift_button, self.more_button),
        )
        for buttons in rows:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

        self.agenda_model = AgendaModel(self._zone, self)
        self.agenda = QTreeView()
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Agenda, day by day"))
        # Rows differ in height: an item's flight, booking and first note line sit under its
        # title. Widths are measured on the first rows (reflow.SAMPLE): years open fast.
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setAlternatingRowColors(True)
        # Columns share the width and rows wrap; short of room, Who, Status and Where join
        # What as lines of their own.
        self.agenda_reflow = Reflow(self.agenda, gives_way=(WHO, STATUS, WHERE), into=WHAT)
        self.agenda.activated.connect(lambda _index: self.edit_item())

        self.week_model = WeekModel(self._zone, self)
        self.week = QTableView()
        self.week.setModel(self.week_model)
        self.week.setAccessibleName(self.tr("Week"))
        self.week.setWordWrap(True)
        self.week.setTabKeyNavigation(False)  # Tab leaves the week; the arrows move inside it
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Rows are only places for a day's items: their numbers say nothing to a patient.
        self.week.verticalHeader().hide()
        # Each day's heading is two lines ("Mon 11 Jan", "Day −15"), shown whole.
        lines = self.week.horizontalHeader().fontMetrics().lineSpacing()
        self.week.horizontalHeader().setMinimumHeight(lines * 2 + lines)
        self.week.activated.connect(lambda _index: self.edit_item())
        week_page = QWidget()
        week_layout = QVBoxLayout(week_page)
        nav = FlowLayout()  # wraps: the four do not fit one line in Spanish at 200 % text
        self.previous_week = QPushButton(self.tr("← &Previous week"))
        self.this_week = QPushButton(self.tr("&This week"))
        self.next_week = QPushButton(self.tr("Ne&xt week →"))
        self.trip_week = QPushButton(self.tr("T&rip week"))
        self.trip_week.setToolTip(self.tr("The week of the arrival, or this week during the trip"))
        self.week_title = QLabel()
        self.week_title.setWordWrap(True)  # at 200 % text the week's dates take two lines
        for button, step in ((self.previous_week, -7), (self.this_week, 0), (self.next_week, 7)):
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, s=step: self.move_week(s))
            nav.addWidget(button)
        self.trip_week.setMinimumHeight(36)
        self.trip_week.clicked.connect(self.go_to_trip_week)
        nav.addWidget(self.trip_week)
        week_layout.addLayout(nav)
        week_layout.addWidget(self.week_title)
        week_layout.addWidget(self._build_empty_week())
        week_layout.addWidget(self.week)

        self.views = QTabWidget()
        self.views.addTab(self.agenda, self.tr("Agenda"))
        self.views.addTab(week_page, self.tr("Week"))
        self.views.setAccessibleName(self.tr("Timeline views"))
        layout.addWidget(self.views, 1)

        # The week opens on the trip's while it is near or under way (on the first reload).
        self._monday = week_start(services.clock.today())
        self._week_opened = False
        self.reload()
        today = self.agenda_model.day_index(services.clock.today())
        if today.isValid():
            self.agenda.setCurrentIndex(self.agenda_model.index(0, 0, today))
            self.agenda.scrollTo(today, QAbstractItemView.ScrollHint.PositionAtTop)

    def _build_empty_week(self) -> QWidget:
        """What an empty week is for, and how to begin (issue 19: a bare grid said nothing)."""
        self.week_empty = QWidget()
        row = QHBoxLayout(self.week_empty)
        row.setContentsMargins(0, 0, 0, 0)
        self.week_empty_text = QLabel(
            self.tr(
                "Nothing planned this week. The week shows flights, appointments, treatment "
                "and rest days side by side, seven days at a glance."
            )
        )
        self.week_empty_text.setWordWrap(True)
        self.week_empty_add = QPushButton(self.tr("Add an item… (Ctrl+N)"))
        self.week_empty_add.setMinimumHeight(36)
        self.week_empty_add.clicked.connect(self.add_item)
        row.addWidget(self.week_empty_text, 1)
        row.addWidget(self.week_empty_add)
        self.week_empty.hide()
        return self.week_empty

    def _button(self, text: str, shortcut: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(36)
        button.clicked.connect(slot)
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        button.setToolTip(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))
        return button

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def reload(self, select: int | None = None) -> None:
        keep = select if select is not None else self._current_id()
        items = self.services.itinerary.items()
        numbering = self.services.itinerary.numbering()
        arrival = self._arrival()
        if not self._week_opened:
            self._week_opened = True
            self._monday = opening_monday(items, arrival, self.services.clock.today())
        self.trip_week.setVisible(arrival is not None)
        self.agenda_model.set_items(items, numbering)
        self.agenda.expandAll()
        for row in range(self.agenda_model.rowCount()):  # a day's heading spans the agenda
            self.agenda.setFirstColumnSpanned(row, QModelIndex(), True)
        self.week_model.set_week(self._monday, items, numbering)
        self.week.resizeRowsToContents()
        empty = all(self.week_model.item_at(self.week_model.index(0, d)) is None for d in range(7))
        self.week_empty.setVisible(empty)
        self.week.setAccessibleDescription(self.week_empty_text.text() if empty else "")
        last = self._monday + timedelta(days=6)
        self.week_title.setText(
            self.tr("%1 to %2")
            .replace("%1", day_heading(self._monday, None))
            .replace("%2", day_heading(last, None))
        )
        zero = numbering.day_zero if numbering else None
        if numbering is not None and numbering.protocol == "hsct":
            self.day_zero_line.setText(
                self.tr("Day 0 (reinfusion): %1").replace("%1", day_heading(zero, None))
                if zero
                else self.tr("Day numbers appear once a reinfusion (day 0) is in the timeline.")
            )
        else:
            self.day_zero_line.setText(self.tr("Days count from arrival (day 1)."))
        self.undo_button.setEnabled(bool(self._undo))
        if keep is not None:
            self._select(keep)

    def _select(self, item_id: int) -> None:
        index = self.agenda_model.index_of(item_id)
        if index.isValid():
            self.agenda.setCurrentIndex(index)
        week_index = self.week_model.index_of(item_id)
        if week_index.isValid():
            self.week.setCurrentIndex(week_index)

    def _current_id(self) -> int | None:
        item = self.current_item()
        return item.id if item else None

    def current_item(self) -> Item | None:
        if self.views.currentIndex() == 1:
            return self.week_model.item_at(self.week.currentIndex())
        return self.agenda_model.item_at(self.agenda.currentIndex())

    def move_week(self, days: int) -> None:
        today = week_start(self.services.clock.today())
        self._monday = today if days == 0 else self._monday + timedelta(days=days)
        self.reload()

    def _arrival(self) -> date | None:
        course = self.services.course.get()
        return course.arrival_date if course else None

    def go_to_trip_week(self) -> None:
        """The trip's week: this week while the trip is under way, the arrival's otherwise."""
        arrival = self._arrival()
        if arrival is None:
            return
        items = self.services.itinerary.items()
        self._monday = trip_monday(items, arrival, self.services.clock.today())
        self.reload()

    # --- writing ------------------------------------------------------------------------

    def _done(
        self, message: str, undo: tuple[str, Callable[[], object]] | None, select: int | None
    ) -> None:
        if undo is not None:
            self._undo.append(undo)
        self.reload(select)
        self.status.emit(message)

    def _fail(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        QMessageBox.warning(
            self, self.tr("Not changed"), "\n".join(problem_text(p) for p in problems)
        )

    def _ask_item(
        self, save: Callable[[ItemDetails], Item], initial: ItemDetails | None
    ) -> Item | None:
        course = self.services.course.get()
        zone = course.destination_zone if course else self._zone
        day = self.services.clock.today()
        current = self.current_item()
        if initial is None and current is not None:
            zone, day = current.details.zone, current.day
        return ItemDialog.ask(
            self.services.itinerary.check,
            save,
            zone,
            day,
            initial,
            self,
            standard_reminders=self.services.calendar.alarms(),
        )

    def add_item(self) -> None:
        item = self._ask_item(self.services.itinerary.add, None)
        if item is None:
            return
        title = item_title(item.details)
        self._done(
            self.tr("Added “%1”.").replace("%1", title),
            (title, lambda: self.services.itinerary.delete(item.id)),
            item.id,
        )

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None:
            return

        def save(details: ItemDetails) -> Item:  # unchanged: nothing to store or undo
            return (
                item
                if details == item.details
                else self.services.itinerary.update(item.id, details)
            )

        updated = self._ask_item(save, item.details)
        if updated is None or updated is item:
            return
        title = item_title(updated.details)
        self._done(
            self.tr("Saved “%1”.").replace("%1", title),
            (title, lambda: self.services.itinerary.update(item.id, item.details)),
            updated.id,
        )

    def duplicate_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        copy = self.services.itinerary.duplicate(item.id)
        self._done(
            self.tr("Duplicated “%1”.").replace("%1", item_title(item.details)),
            (item_title(item.details), lambda: self.services.itinerary.delete(copy.id)),
            copy.id,
        )

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        removed = self.services.itinerary.delete(item.id)
        self._done(
            self.tr("Deleted “%1”. Undo with Ctrl+Z.").replace("%1", item_title(item.details)),
            (item_title(item.details), lambda: self.services.itinerary.restore(removed)),
            None,
        )

    def push_undo(self, title: str, revert: Callable[[], object]) -> None:
        """Let Undo (Ctrl+Z) take back, in one step, a change made for the page elsewhere:
        a calendar import (TripFiles)."""
        self._undo.append((title, revert))
        self.undo_button.setEnabled(True)

    def undo(self) -> None:
        if not self._undo:
            return
        title, revert = self._undo.pop()
        try:
            revert()
        except InvalidInput as exc:
            self._fail(exc.problems)
        self.reload()
        self.status.emit(self.tr("Undone: “%1”.").replace("%1", title))

    def shift_items(self) -> None:
        """Shift the current item and what comes after it: the dialog lists what would move,
        a booked item unticked, and moves only the ticked ones (undone in one step)."""
        current = self.current_item()
        if current is None:
            return
        items = self.services.itinerary.items()
        first = next((item for item in items if item.id == current.id), None)
        if first is None:
            return
        itinerary = self.services.itinerary  # the closures hold no reference to the page
        moved: list[tuple[timedelta, list[int]]] = []

        def plan(delta: timedelta) -> list[PlannedMove]:
            return shift_plan(items, first, delta)

        def apply(delta: timedelta, ids: list[int]) -> list[Problem]:
            try:
                itinerary.shift_items(ids, delta)
            except InvalidInput as exc:
                return list(exc.problems)
            moved.append((delta, ids))
            return []

        title = item_title(first.details)
        if not ShiftDialog.ask(title, plan, apply, self._zone, self) or not moved:
            return
        delta, ids = moved[0]
        if len(ids) == len(plan(delta)):
            message = self.tr("Moved “%1” and everything after it.").replace("%1", title)
        elif len(ids) == 1:
            (only,) = [item_title(item.details) for item in items if item.id == ids[0]]
            message = self.tr("Moved “%1”.").replace("%1", only)
        else:
            message = self.tr("Moved %1 ticked items; the others stayed where they were.").replace(
                "%1", str(len(ids))
            )
        self._done(
            message,
            (title, lambda: itinerary.shift_items(ids, -delta)),
            first.id if first.id in ids else ids[0],
        )

    def lay_out_protocol(self) -> None:
        course = self.services.course.get()
        arrival = course.arrival_date if course else self.services.clock.today()
        zone = course.destination_zone if course else self._zone
        protocols = [protocol_template(p) for p in self.services.itinerary.protocols()]
        chosen = ProtocolDialog.ask(protocols, arrival, zone, self)
        if chosen is None:
            return
        try:
            added = self.services.itinerary.lay_out_protocol(*chosen)
        except InvalidInput as exc:
            self._fail(exc.problems)
            return

        def remove_all() -> None:
            for item in added:
                self.services.itinerary.delete(item.id)

        self._done(
            self.tr("Added %1 items from “%2”.")
            .replace("%1", str(len(added)))
            .replace("%2", chosen[0].name),
            (chosen[0].name, remove_all),
            added[0].id if added else None,
        )

    def save_protocol(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save as a protocol"), self.tr("Name of the protocol:")
        )
        if not ok:
            return
        try:
            self.services.itinerary.save_as_protocol(name)
        except InvalidInput as exc:
            self._fail(exc.problems)
            return
        self.status.emit(self.tr("Saved the timeline as “%1”.").replace("%1", name.strip()))

    def select_item(self, item_id: int) -> QModelIndex:
        """Select an item in the agenda (for the Today page's links and for tests)."""
        self.views.setCurrentIndex(0)
        self._select(item_id)
        return self.agenda.currentIndex()
