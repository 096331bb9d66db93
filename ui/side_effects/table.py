"""The side-effect log as a table: a QAbstractTableModel that fetches entries a page at a time.

A journal of years holds tens of thousands of entries; the page shows the newest page and
Qt asks for the next one (``canFetchMore``/``fetchMore``) as the user scrolls to the bottom.
Times read in the zone where the entry was made, with that zone named when it is not the
computer's; temperatures in the user's unit with the CTCAE fever grade for reference.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from journey.services.side_effects import Entry
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.reflow import fold_lines
from ui.widgets.tables import DTO_ROLE, SORT_ROLE, AnyIndex
from ui.words.data import symptom_text
from ui.words.itinerary import when_text
from ui.words.severity import severity_text
from ui.words.temperature import route_text, temperature_with_grade
from ui.words.vocabulary import recorded_by_text

PAGE_SIZE = 200

# (offset, limit) → the entries of that page, newest first, with the page's filters applied.
Fetch = Callable[[int, int], list[Entry]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("side_effects", text)


class SideEffectModel(QAbstractTableModel):
    """Entries in columns, fetched lazily a page at a time.

    ``SORT_ROLE`` gives raw comparable values, ``DTO_ROLE`` (also ``ENTRY_ROLE``) the Entry.
    """

    COLUMNS = (
        QT_TRANSLATE_NOOP("side_effects", "When"),
        QT_TRANSLATE_NOOP("side_effects", "Symptom"),
        QT_TRANSLATE_NOOP("side_effects", "Severity"),
        QT_TRANSLATE_NOOP("side_effects", "Temperature"),
        QT_TRANSLATE_NOOP("side_effects", "Watch window"),
        QT_TRANSLATE_NOOP("side_effects", "Recorded by"),
        QT_TRANSLATE_NOOP("side_effects", "Notes"),
    )
    WHEN, SYMPTOM, SEVERITY, TEMPERATURE, WINDOW, RECORDED_BY, NOTES = range(7)

    def __init__(
        self,
        computer_zone: str,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self.computer_zone = computer_zone
        self.page_size = page_size
        self.unit = "C"
        self._fetch: Fetch = lambda _offset, _limit: []
        self._windows: dict[int, str] = {}
        self._rows: list[Entry] = []
        self._flagged: set[int] = set()
        self._more = False
        self._folded: tuple[int, ...] = ()  # columns whose words join the symptom's (reflow)

    def set_folded(self, columns: Sequence[int]) -> None:
        """Show ``columns`` as lines under the symptom: the table is too narrow for them."""
        self._folded = tuple(columns)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.SYMPTOM), self.index(len(self._rows) - 1, self.SYMPTOM)
            )

    # --- loading ----------------------------------------------------------------------------

    def load(
        self,
        fetch: Fetch,
        *,
        unit: str = "C",
        windows: dict[int, str] | None = None,
        flagged: set[int] | None = None,
    ) -> None:
        """Start over with ``fetch`` (the page's filters) and load its first page now, so
        the newest entries show at once. ``flagged``: the entries whose red flag was seen,
        each marked ⚑."""
        self.beginResetModel()
        self._fetch = fetch
        self.unit = unit
        self._flagged = set(flagged or ())
        self._windows = dict(windows or {})
        self._rows = fetch(0, self.page_size)
        self._more = len(self._rows) == self.page_size
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._fetch(len(self._rows), self.page_size)
        self._more = len(page) == self.page_size
        # An entry logged or deleted since the first page shifts the offsets: skip repeats.
        known = {entry.id for entry in self._rows}
        page = [entry for entry in page if entry.id not in known]
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def entries(self) -> list[Entry]:
        return list(self._rows)

    def entry_at(self, row: int) -> Entry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: int) -> int | None:
        return next((n for n, e in enumerate(self._rows) if e.id == entry_id), None)

    # --- Qt's model contract ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return _tr(self.COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == self.SYMPTOM and self._folded:
            extra = fold_lines([(_tr(self.COLUMNS[c]), self._text(entry, c)) for c in self._folded])
            return f"{self._text(entry, column)}\n{extra}" if extra else self._text(entry, column)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._text(entry, column)
        if role == SORT_ROLE:
            return self._raw(entry, column)
        if role == DTO_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.SEVERITY,
            self.TEMPERATURE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: Entry, column: int) -> str:
        details = entry.details
        if column == self.WHEN:
            return when_text(details.at, details.zone, self.computer_zone)
        if column == self.SYMPTOM:
            if entry.id in self._flagged:
                return _tr("⚑ %1 (red flag seen)").replace("%1", symptom_text(details.symptom))
            return symptom_text(details.symptom)
        if column == self.SEVERITY:
            return severity_text(details.severity)
        if column == self.TEMPERATURE:
            reading = temperature_with_grade(details.celsius, self.unit)
            where = route_text(details.route)
            return f"{reading} ({where})" if reading and where else reading
        if column == self.WINDOW:
            return self._windows.get(entry.watch_window_id or 0, "")
        if column == self.RECORDED_BY:
            return recorded_by_text(details.recorded_by)
        return " ".join(details.notes.split())  # one line: the whole note is in Edit

    def _raw(self, entry: Entry, column: int) -> object:
        details = entry.details
        if column == self.WHEN:
            return details.at.timestamp()
        if column == self.SEVERITY:
            return details.severity
        if column == self.TEMPERATURE:
            return -1.0 if details.celsius is None else details.celsius
        return self._text(entry, column).casefold()


ENTRY_ROLE = DTO_ROLE
__all__ = ["ENTRY_ROLE", "PAGE_SIZE", "SORT_ROLE", "SideEffectModel"]
