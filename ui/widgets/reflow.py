"""Columns that reflow instead of cutting text (issue 19: at 200 % text the agenda, the
side-effect log and costs cut titles, hid columns off to the right and elided amounts).

A ``Reflow`` watches one table or tree and, whenever its width, its font or its rows change,
gives each column its width:

- every column as wide as its longest line when that fits;
- otherwise each column keeps room for its longest word (so text wraps between words, never
  inside one) and for its heading, ``whole`` columns (amounts, times) keep their longest line,
  and the rest of the room is shared in proportion to what each column lacks;
- when even that does not fit, the ``gives_way`` columns, in order, leave the table and their
  words join the ``into`` column as lines of their own ("Recorded by: Companion"). The model
  says how: it has ``set_folded(columns)``.

Rows then grow to their wrapped text. Widths are measured on the first rows only
(``SAMPLE``), so a journal of years refits as fast as a week's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QAbstractProxyModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

SAMPLE = 300  # rows (a tree's days and their items) measured for the columns' widths


class Folding(Protocol):
    def set_folded(self, columns: Sequence[int]) -> None: ...


def fold_lines(folded: Sequence[tuple[str, str]]) -> str:
    """The lines a folded column adds to its row: "Heading: words", one per column with
    words."""
    return "\n".join(f"{heading}: {words}" for heading, words in folded if words)


def shares(wanted: Sequence[int], least: Sequence[int], available: int) -> list[int]:
    """Widths that fit ``available``: all as wanted when they fit; else each at least its
    ``least``, and the room left over shared in proportion to what each still lacks."""
    if sum(wanted) <= available:
        return list(wanted)
    spare = available - sum(least)
    lacking = [w - m for w, m in zip(wanted, least, strict=True)]
    total = sum(lacking)
    if spare <= 0 or total <= 0:
        return list(least)
    return [m + spare * lack // total for m, lack in zip(least, lacking, strict=True)]


def spans(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether ``index``'s row is one cell across the whole view (a tree's heading row)."""
    return isinstance(view, QTreeView) and view.isFirstColumnSpanned(index.row(), index.parent())


class WrappingDelegate(QStyledItemDelegate):
    """Rows of a tree as tall as their text wrapped to its column (Qt measures a tree's rows
    as one line: it gives the delegate no width)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(view, QTreeView) or not text:
            return hint
        if spans(view, index):
            width = view.viewport().width()
        else:
            width = view.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= view.indentation() * depth
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        room = QRect(0, 0, max(width - 2 * margin, 1), 1_000_000)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(room, flags, str(text)).height() + 2 * margin
        return QSize(hint.width(), max(hint.height(), height))


class Reflow(QObject):
    """Keeps ``view``'s columns fitted to its width (see the module's docstring)."""

    def __init__(
        self,
        view: QTableView | QTreeView,
        *,
        whole: Sequence[int] = (),
        gives_way: Sequence[int] = (),
        into: int = 0,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.whole = frozenset(whole)
        self.gives_way = tuple(gives_way)
        self.into = into
        self.folded: tuple[int, ...] = ()
        self._fitting = False
        self._fitted_width = -1
        self._generation = 0  # counts the model's changes: a fit with nothing new is skipped
        self._fitted: tuple[object, ...] = ()
        self._rows_sized = False  # rows measured one by one since the model was reset
        self._measures: dict[tuple[object, ...], tuple[int, int, int, bool]] = {}
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        wrapped = Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))
        header.setDefaultAlignment(header.defaultAlignment() | wrapped)
        if isinstance(view, QTreeView):
            view.setUniformRowHeights(False)
            view.setItemDelegate(WrappingDelegate(view))
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.fit)
        view.installEventFilter(self)  # its font
        view.viewport().installEventFilter(self)  # its width, less a scroll bar come or gone
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
            model.dataChanged,
        ):
            signal.connect(self.fit_soon)
        model.modelReset.connect(self._reset)
        if isinstance(view, QTreeView):
            view.expanded.connect(self.fit_soon)
        self.fit()

    def header(self) -> QHeaderView:
        view = self.view
        return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            # Also while fitting: taller rows can bring a scroll bar that narrows the view.
            if self.view.viewport().width() != self._fitted_width or not self._fitting:
                self._later.start(0)
        return False

    def fit_soon(self, *_args: object) -> None:
        if not self._fitting:  # not the model's own news of a fold
            self._generation += 1
            self._later.start(0)

    def _reset(self) -> None:
        self._rows_sized = False  # Qt gave every row the default height again

    # --- measuring ------------------------------------------------------------------------

    def _indexes(self, column: int) -> Iterator[tuple[QModelIndex, int]]:
        """The sampled indexes of ``column`` with their depth in a tree."""
        model = self.view.model()
        seen = 0
        parents = [(QModelIndex(), 0)]
        while parents and seen < SAMPLE:
            parent, depth = parents.pop(0)
            for row in range(model.rowCount(parent)):
                if seen >= SAMPLE:
                    return
                seen += 1
                first = model.index(row, 0, parent)
                if not spans(self.view, first):  # a heading across the row: any width
                    yield model.index(row, column, parent), depth
                if isinstance(self.view, QTreeView) and model.rowCount(first) > 0:
                    parents.append((first, depth + 1))

    def _widths(self, column: int) -> tuple[int, int, int, bool]:
        """The column's longest line, the least it may have if it wraps, the least if it
        must not (a figure): of its sampled cells, and of its heading, which may wrap; and
        whether a sampled cell has more than one line."""
        view = self.view
        fonts: dict[str, QFontMetrics] = {}
        plain = view.fontMetrics()
        line = word = 0
        several = False
        indent = view.indentation() if isinstance(view, QTreeView) else 0
        for index, depth in self._indexes(column):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = plain
            if isinstance(font, QFont):
                metrics = fonts.setdefault(font.key(), QFontMetrics(font))
            inset = indent * (depth + 1) if column == 0 and indent else 0
            several = several or "\n" in str(text)
            for part in str(text).splitlines():
                line = max(line, metrics.horizontalAdvance(part) + inset)
                for piece in part.split():
                    word = max(word, metrics.horizontalAdvance(piece) + inset)
        heading = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        header = self.header()
        margin = 4 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        metrics = header.fontMetrics()
        heading_line = metrics.horizontalAdvance(heading) + margin
        heading_word = max((metrics.horizontalAdvance(w) for w in heading.split()), default=0)
        heading_word += margin
        return max(line, heading_line), max(word, heading_word), max(line, heading_word), several

    # --- fitting --------------------------------------------------------------------------

    def fit(self) -> None:
        view = self.view
        model = view.model()
        count = model.columnCount()
        if count == 0 or self._fitting:
            return
        available = view.viewport().width()
        fitted = (available, view.font().key(), self._generation, model.rowCount())
        if fitted == self._fitted:
            return  # nothing new since the last fit: a resize of the same width, a show
        self._fitting = True
        try:
            self._fitted, self._fitted_width = fitted, available
            pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 4)
            pad += view.fontMetrics().averageCharWidth()
            folded: list[int] = []
            measured: dict[int, tuple[int, int, int, bool]] = {}
            while True:
                self._fold(folded)
                shown = [c for c in range(count) if c not in folded]
                for c in shown:  # the others' words do not change with a fold
                    if c not in measured or c == self.into:
                        measured[c] = self._measured(c)
                wanted = [measured[c][0] + pad for c in shown]
                least = [measured[c][2 if c in self.whole else 1] + pad for c in shown]
                spare = [c for c in self.gives_way if c not in folded and c != self.into]
                if sum(least) <= available or not spare:
                    break
                folded.append(spare[0])
            if sum(least) > available:  # still too narrow: figures too wrap between words
                least = [measured[c][1] + pad for c in shown]
            header = self.header()
            for column in range(count):
                header.setSectionHidden(column, column in folded)
            widths = shares(wanted, least, available)
            for column, width in zip(shown, widths, strict=True):
                header.resizeSection(column, width)
            self._fit_headings(shown)
            wraps = any(w < want for w, want in zip(widths, wanted, strict=True))
            one_line = not wraps and not any(measured[c][3] for c in shown)
            self._fit_rows(one_line)
        finally:
            self._fitting = False

    def _measured(self, column: int) -> tuple[int, int, int, bool]:
        """``_widths``, kept until the rows, the font or the folds change: while the window
        is laid out, the same rows are fitted to several widths."""
        key = (column, self._generation, self.view.font().key(), self.folded)
        known = self._measures.get(key)
        if known is None:
            if len(self._measures) > 64:
                self._measures.clear()
            known = self._measures[key] = self._widths(column)
        return known

    def _fit_rows(self, one_line: bool) -> None:
        """Rows as tall as their wrapped text; when no cell wraps or has two lines, every
        row one line, without measuring each (years of ratings refit in milliseconds)."""
        view = self.view
        if isinstance(view, QTreeView):
            view.doItemsLayout()
            return
        rows = view.verticalHeader()
        if not one_line or view.model().rowCount() == 0:
            view.resizeRowsToContents()
            self._rows_sized = True
            return
        height = view.sizeHintForRow(0)
        rows.setDefaultSectionSize(height)
        if self._rows_sized:  # rows measured one by one before: each back to one line
            for row in range(view.model().rowCount()):
                rows.resizeSection(row, height)
            self._rows_sized = False

    def _fit_headings(self, shown: list[int]) -> None:
        """Headings wrap between words, and the header grows to the tallest."""
        header = self.header()
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        tallest = metrics.height()
        for column in shown:
            heading = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
            room = QRect(0, 0, max(header.sectionSize(column) - 2 * margin, 1), 1_000_000)
            tallest = max(tallest, metrics.boundingRect(room, flags, heading).height())
        header.setMinimumHeight(tallest + 4 * margin)

    def _fold(self, folded: list[int]) -> None:
        if tuple(folded) == self.folded:
            return
        self.folded = tuple(folded)
        model = self.view.model()
        while isinstance(model, QAbstractProxyModel):
            model = model.sourceModel()
        if hasattr(model, "set_folded"):
            model.set_folded(self.folded)
