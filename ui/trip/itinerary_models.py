"""Qt item models over the itinerary: a day-grouped agenda (a tree) and a week grid.

Both hold plain DTOs (journey.itinerary.Item) given by the page; neither touches the database.
``ITEM_ROLE`` returns the Item of a row, ``SORT_ROLE`` a raw comparable value.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from journey.itinerary import MIDNIGHT, DayNumbering, Item
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.reflow import fold_lines
from ui.words.itinerary import (
    day_heading,
    item_line,
    item_notes,
    item_time,
    item_title,
    kind_text,
    responsible_text,
    status_text,
)
from ui.words.time import clock_text, date_text

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
WHEN, WHAT, WHERE, WHO, STATUS = range(5)  # the agenda's columns
DAY = 0  # the internal id of a day row; an item row's id is its day's row + 1
NOTE_LINE_MAX = 80  # letters of the notes' first line shown under an item's title


def last_day(item: Item) -> date:
    """The last day an item covers where it happens: its end's date, the day before when it
    ends at midnight (a hotel stay to 00:00, an all-day item); its start's without an end."""
    details = item.details
    if details.end is None or details.end.date() <= details.start.date():
        return details.start.date()
    if details.end.time() == MIDNIGHT:
        return details.end.date() - timedelta(days=1)
    return details.end.date()


def details_line(item: Item) -> str:
    """What a companion looks for without opening the item, under its title: booked or not
    (Shift leaves it), the flight ("AC 1856, YYZ → TIJ"), the booking reference, the first
    line of the notes."""
    details = item.details
    parts = [_tr("Booked")] if details.pinned else []
    route = " → ".join(code for code in (details.from_airport, details.to_airport) if code)
    flight = ", ".join(part for part in (details.flight_number, route) if part)
    if flight:
        parts.append(flight)
    if details.booking_ref:
        parts.append(_tr("Booking: %1").replace("%1", details.booking_ref))
    notes = item_notes(details)
    note = next((line.strip() for line in notes.splitlines() if line.strip()), "")
    if note:
        if len(note) > NOTE_LINE_MAX:  # the rest in the item's notes: cut between words
            note = note[: NOTE_LINE_MAX - 1].rsplit(" ", 1)[0].rstrip(",;:—– ") + "…"
        parts.append(note)
    return " · ".join(parts)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaModel", text)


def group_by_day(items: list[Item]) -> list[tuple[date, list[Item]]]:
    days: dict[date, list[Item]] = defaultdict(list)
    for item in items:
        days[item.day].append(item)
    return sorted(days.items())


class AgendaModel(QAbstractItemModel):
    """Days (top level) holding their items (children), in time order."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AgendaModel", "When"),
        QT_TRANSLATE_NOOP("AgendaModel", "What"),
        QT_TRANSLATE_NOOP("AgendaModel", "Where"),
        QT_TRANSLATE_NOOP("AgendaModel", "Who"),
        QT_TRANSLATE_NOOP("AgendaModel", "Status"),
    )

    def __init__(self, computer_zone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = computer_zone
        self._days: list[tuple[date, list[Item]]] = []
        self._numbering: DayNumbering | None = None
        # Each item's shown texts, made when first painted: years of items stay fast.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._folded: tuple[int, ...] = ()  # columns whose words join What's (reflow)

    def set_folded(self, columns: Sequence[int]) -> None:
        """Show ``columns`` as lines under What: the agenda is too narrow for them."""
        self.layoutAboutToBeChanged.emit()
        self._folded = tuple(columns)
        self.layoutChanged.emit()

    def set_items(self, items: list[Item], numbering: DayNumbering | None) -> None:
        self.beginResetModel()
        self._days = group_by_day(items)
        self._numbering = numbering
        self._texts = {}
        self.endResetModel()

    def _texts_of(self, item: Item) -> tuple[str, ...]:
        texts = self._texts.get(item.id)
        if texts is None:
            details = item.details
            what = f"{item_title(details)} ({kind_text(details.kind)})"
            more = details_line(item)
            texts = self._texts[item.id] = (
                item_time(item, self._zone),
                f"{what}\n{more}" if more else what,
                details.place,
                responsible_text(details.responsible),
                status_text(details.status),
            )
        return texts

    # --- structure ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, DAY)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # Qt's stub overloads it with QObject.parent()  # noqa: B008
        if not index.isValid() or index.internalId() == DAY:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, DAY)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == DAY and parent.column() == 0:
            return len(self._days[parent.row()][1])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    # --- content ------------------------------------------------------------------------

    def item_at(self, index: AnyIndex) -> Item | None:
        if not index.isValid() or index.internalId() == DAY:
            return None
        return self._days[index.internalId() - 1][1][index.row()]

    def index_of(self, item_id: int) -> QModelIndex:
        for day_row, (_, items) in enumerate(self._days):
            for row, item in enumerate(items):
                if item.id == item_id:
                    return self.index(row, 0, self.index(day_row, 0))
        return QModelIndex()

    def day_index(self, day: date) -> QModelIndex:
        rows = [row for row, (d, _) in enumerate(self._days) if d >= day]
        return self.index(rows[0], 0) if rows else QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == DAY:
            day, _ = self._days[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return day_heading(day, self._numbering) if index.column() == 0 else None
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                font = QFont()
                font.setBold(True)
                return font
            if role == SORT_ROLE:
                return day.toordinal()
            return None
        item = self.item_at(index)
        assert item is not None
        details = item.details
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:
            return (details.start_instant().timestamp(), item.id)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            more = details_line(item)
            return f"{item_line(item, self._zone)}. {more}" if more else item_line(item, self._zone)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item_notes(details) or None
        if role == Qt.ItemDataRole.FontRole and details.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)  # and the word "Cancelled" in the Status column
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        texts = self._texts_of(item)
        if index.column() == WHAT and self._folded:
            extra = fold_lines([(self.tr(self.COLUMNS[c]), texts[c]) for c in self._folded])
            return f"{texts[WHAT]}\n{extra}" if extra else texts[WHAT]
        return texts[index.column()]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


STARTS, CONTINUES, ENDS = "starts", "continues", "ends"  # an item's part of one day


class WeekModel(QAbstractTableModel):
    """Seven columns (Monday to Sunday), each listing that day's items from the top. An item
    over several days (a hotel stay, days of mobilisation, isolation) is on each of them:
    "Continues" on the days after its first, "Until 11:00" on its last."""

    def __init__(self, computer_zone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone = computer_zone
        self.monday = date.today()
        self._columns: list[list[tuple[Item, str]]] = [[] for _ in range(7)]
        self._numbering: DayNumbering | None = None

    def set_week(self, monday: date, items: list[Item], numbering: DayNumbering | None) -> None:
        self.beginResetModel()
        self.monday = monday
        self._numbering = numbering
        self._columns = [[] for _ in range(7)]
        sunday = monday + timedelta(days=6)
        # In time order, so the items continuing from before a day come first in its column.
        for item in items:
            first, last = item.day, last_day(item)
            if last < monday or first > sunday:
                continue
            day = max(first, monday)
            while day <= min(last, sunday):
                part = STARTS if day == first else ENDS if day == last else CONTINUES
                self._columns[(day - monday).days].append((item, part))
                day += timedelta(days=1)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max(1, max(len(c) for c in self._columns))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        day = self.monday + timedelta(days=section)
        text = date_text(day, "ddd d MMM")
        label = self._numbering.label(day) if self._numbering else None
        return f"{text}\n{self.tr('Day %1').replace('%1', label)}" if label else text

    def _entry(self, index: AnyIndex) -> tuple[Item, str] | None:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        return column[index.row()] if index.row() < len(column) else None

    def item_at(self, index: AnyIndex) -> Item | None:
        entry = self._entry(index)
        return None if entry is None else entry[0]

    def index_of(self, item_id: int) -> QModelIndex:
        """Where the item is this week: its first day here."""
        for column, entries in enumerate(self._columns):
            for row, (item, _) in enumerate(entries):
                if item.id == item_id:
                    return self.index(row, column)
        return QModelIndex()

    def _when(self, item: Item, part: str) -> str:
        """ "08:15–10:40" on its first day; "Continues", or "Until 11:00" on its last."""
        if part == STARTS:
            return item_time(item, self._zone)
        end = item.details.end
        if part == ENDS and end is not None and end.time() != MIDNIGHT:
            return self.tr("Until %1").replace("%1", clock_text(end.time()))
        return self.tr("Continues")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self._entry(index)
        if entry is None:
            return None
        item, part = entry
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:
            return item.details.start_instant().timestamp()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            line = item_line(item, self._zone)
            return line if part == STARTS else f"{self._when(item, part)}: {line}"
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{self._when(item, part)}\n{item_title(item.details)}"
            if item.details.status != "planned":
                text += f"\n{status_text(item.details.status)}"
            return text
        if role == Qt.ItemDataRole.FontRole and item.details.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.item_at(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
