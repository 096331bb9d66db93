"""Tables of DTOs (contacts, documents, expenses…) and the undo bar beside them.

``RowsModel`` is a QAbstractTableModel over a list of frozen DTOs: ``SORT_ROLE`` gives raw
comparable values for a QSortFilterProxyModel and ``DTO_ROLE`` gives the row's DTO. A column
may be a tick box; ticking it calls back into the page, which saves through its service and
returns the stored DTO (or None to leave the row as it was).

A tick box is drawn as text, "☑ Done" or "☐ To do", not as Qt's checkbox: text grows with the
text size and takes the text's colour in every theme, where Fusion's checkbox stays 13 px at
200 % and its outline all but vanishes on the dark theme. (The fixes inside Qt, a proxy style
or a delegate's initStyleOption written in Python, corrupt None's reference count under
PySide6 on Python 3.11 and crash the app at exit.) Space, or a click on the cell, ticks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ui.widgets.reflow import Reflow, fold_lines

TICKED, UNTICKED = "\u2611", "\u2610"  # ☑ ☐
DTO_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
BUTTON_HEIGHT = 36  # large targets (SPEC §1)

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], object] | None = None  # raw value; the text, case-folded, if None
    checked: Callable[[Any], bool] | None = None  # a tick box in this column
    numeric: bool = False  # right-aligned, as figures are, and never wrapped or narrowed
    secondary: bool = False  # gives way first when the table is narrow: joins the first column


class RowsModel(QAbstractTableModel):
    """Rows of DTOs in columns. ``key`` names a row across reloads (its id)."""

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], object],
        on_check: Callable[[Any, bool], Any | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._on_check = on_check
        self._rows: list[Any] = []
        self._folded: tuple[int, ...] = ()  # columns shown as lines of the first (reflow)

    def set_folded(self, columns: Sequence[int]) -> None:
        """Show ``columns`` as lines under the first column's words: the table is narrow."""
        self._folded = tuple(columns)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def into(self) -> int:
        """The column that takes folded columns' words: the first of plain words."""
        plain = (n for n, c in enumerate(self._columns) if not c.numeric and c.checked is None)
        return next(plain, 0)

    def secondary(self) -> list[int]:
        """The columns that give way, the rightmost first."""
        return [n for n, c in reversed(list(enumerate(self._columns))) if c.secondary]

    def numeric(self) -> list[int]:
        return [n for n, c in enumerate(self._columns) if c.numeric]

    # --- the rows -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, key: object) -> int | None:
        return next((n for n, dto in enumerate(self._rows) if self._key(dto) == key), None)

    def replace(self, dto: Any) -> None:
        """Show the stored version of a row (after a save)."""
        row = self.row_of(self._key(dto))
        if row is None:
            return
        self._rows[row] = dto
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    # --- Qt's model contract --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        dto = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self._folded and index.column() == self.into():
                extra = fold_lines(
                    [(self._columns[n].header, self._columns[n].text(dto)) for n in self._folded]
                )
                return f"{column.text(dto)}\n{extra}" if extra else column.text(dto)
            if column.checked is not None:
                return f"{TICKED if column.checked(dto) else UNTICKED} {column.text(dto)}"
            return column.text(dto)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(dto)  # the words alone: a screen reader need not say "ballot box"
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(dto)
            if column.checked is not None:
                return int(column.checked(dto))
            return column.text(dto).casefold()
        if role == DTO_ROLE:
            return dto
        return None

    def check_column(self) -> int | None:
        """The tick-box column, if there is one and ticking it saves."""
        if self._on_check is None:
            return None
        return next((n for n, c in enumerate(self._columns) if c.checked is not None), None)

    def toggle(self, row: int) -> bool:
        """Tick or untick ``row`` through the page's callback; False if nothing changed."""
        column = self.check_column()
        if column is None or self._on_check is None or not 0 <= row < len(self._rows):
            return False
        dto = self._rows[row]
        checked = self._columns[column].checked
        assert checked is not None
        stored = self._on_check(dto, not checked(dto))
        if stored is None:
            return False
        self.replace(stored)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None


class RowsTable(QTableView):
    """A sortable, keyboard-friendly table over a RowsModel: one row selected at a time,
    Tab leaves the table (arrows move inside it), rows grow with the text size."""

    def __init__(
        self,
        model: RowsModel,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.visible_rows = 6  # the least the table shows, at any text size
        self.empty_text = ""  # said while there are no rows (set_empty_text)
        self.rows_model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setModel(self.proxy)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until clicked
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.clicked.connect(self._clicked)
        # Columns share the width, text wraps between words, figures stay whole, secondary
        # columns give way; measured on the first rows, so years of rows refit at once.
        self.reflow = Reflow(
            self, whole=model.numeric(), gives_way=model.secondary(), into=model.into()
        )

    # --- sizes that follow the text size --------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        rows = self.fontMetrics().lineSpacing() * (self.visible_rows + 1) * 1.4
        return QSize(hint.width(), max(hint.height(), int(rows)))

    def fit_columns(self) -> None:
        """Fit the columns to the table's width now (see ui/widgets/reflow.py)."""
        self.reflow.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space ticks or unticks the current row, whichever of its cells has the focus."""
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.rows_model.check_column() is not None
            and index.isValid()
        ):
            self.rows_model.toggle(self.proxy.mapToSource(index).row())
            return
        super().keyPressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        """A click on the tick-box cell ticks it (the whole cell: a large target)."""
        column = self.rows_model.check_column()
        if column is not None and self.proxy.mapToSource(index).column() == column:
            self.rows_model.toggle(self.proxy.mapToSource(index).row())

    def current(self) -> Any | None:
        """The selected row's DTO, or None."""
        rows = self.selectionModel().selectedRows()
        return rows[0].data(DTO_ROLE) if rows else None

    def select_key(self, key: object) -> bool:
        row = self.rows_model.row_of(key)
        if row is None:
            return False
        self.selectRow(self.proxy.mapFromSource(self.rows_model.index(row, 0)).row())
        return True

    def reload(self, rows: Sequence[Any], keep: object = None) -> None:
        """Show ``rows``, keeping the selection on ``keep`` (a key) if it is still there."""
        self.rows_model.set_rows(rows)
        self.fit_columns()  # now, not after the next paint: the selection below scrolls to it
        if keep is not None:
            self.select_key(keep)
        self._say_if_empty()

    def set_empty_text(self, text: str) -> None:
        """What the table says while it has no rows: what the page is for and how to begin
        (issue 19: a bare table told a patient nothing). Drawn in the table, and given to
        screen readers as its description."""
        self.empty_text = text
        self._say_if_empty()

    def showing_empty_text(self) -> bool:
        return bool(self.empty_text) and self.proxy.rowCount() == 0

    def _say_if_empty(self) -> None:
        empty = self.showing_empty_text()
        self.setAccessibleDescription(self.empty_text if empty else "")
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.showing_empty_text():
            return
        painter = QPainter(self.viewport())
        painter.setPen(
            self.palette().color(QPalette.ColorRole.Text)
        )  # full contrast: read, not hinted
        margin = self.fontMetrics().averageCharWidth() * 2
        area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(area, int(flags) | int(Qt.TextFlag.TextWordWrap), self.empty_text)
        painter.end()


def big_button(text: str, name: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setMinimumHeight(BUTTON_HEIGHT)
    if name:
        button.setAccessibleName(name)
    return button


def edit_and_delete_keys(
    page: QWidget, table: QAbstractItemView, edit: Callable[[], None], delete: Callable[[], None]
) -> None:
    """F2 anywhere on the page edits the current row; Delete in the table deletes it."""
    delete_key = QShortcut(QKeySequence.StandardKey.Delete, table)
    delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
    delete_key.activated.connect(delete)
    edit_key = QShortcut(QKeySequence("F2"), page)
    edit_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    edit_key.activated.connect(edit)


class UndoBar(QWidget):
    """ "Deleted Lupita. [Undo]": shown after a deletion, with Ctrl+Z on the page.

    Deletions stack: each Undo brings back the latest one still deleted.
    """

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.button = big_button(self.tr("&Undo"))
        self.button.clicked.connect(self.undo)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        self._undo: list[tuple[str, Callable[[], None]]] = []
        shortcut = QShortcut(QKeySequence.StandardKey.Undo, page)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.undo)
        self.hide()

    def push(self, message: str, restore: Callable[[], None]) -> None:
        self._undo.append((message, restore))
        self._show_latest()

    def undo(self) -> None:
        if not self._undo:
            return
        _, restore = self._undo.pop()
        restore()
        self._show_latest()

    def pending(self) -> int:
        return len(self._undo)

    def _show_latest(self) -> None:
        if not self._undo:
            self.hide()
            return
        message = self._undo[-1][0]
        self.message.setText(message)
        self.button.setAccessibleName(self.tr("Undo: %1").replace("%1", message))
        self.show()
