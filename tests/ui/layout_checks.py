"""What a person would see cut off: labels, buttons, cells and column headings whose text
does not fit the room they were given, and pages that need a sideways scroll.

Shared by the 200 % check in test_themes.py and the reflow walk in test_reflow.py.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ui.shell.main_window import MainWindow

ROOM = 4  # px: what an icon or a tick box keeps clear beside it


def each_page(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Show each page in turn: its name in the sidebar, the page."""
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda: window.pages.currentIndex() == row)  # noqa: B023
        QApplication.processEvents()
        yield window.sidebar.item(row).text(), window.page(row)


def clipped(root: QWidget) -> list[str]:
    """Describe each visible label, button, check box, radio button and group box under
    ``root`` whose text does not fit in the room it was given."""
    found = []
    kinds = (QLabel, QPushButton, QCheckBox, QRadioButton, QGroupBox)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            if not widget.text() or (widget.pixmap() is not None and not widget.pixmap().isNull()):
                continue
            if widget.wordWrap():
                need_width = widget.minimumSizeHint().width()
                need_height = widget.heightForWidth(widget.width())
                if need_height < 0:
                    need_height = widget.sizeHint().height()
            else:
                need_width = widget.sizeHint().width()
                need_height = widget.sizeHint().height()
            text = widget.text()
        else:
            hint = widget.minimumSizeHint()
            need_width, need_height = hint.width(), hint.height()
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        if need_width > widget.width() or need_height > widget.height():
            found.append(
                f"{type(widget).__name__} {text[:40]!r}: needs {need_width}×{need_height}, "
                f"has {widget.width()}×{widget.height()}"
            )
    return found


def sideways(root: QWidget) -> list[str]:
    """Scrolling pages and lists that would need a sideways scroll to be read."""
    return [
        f"{type(area).__name__} {area.accessibleName()!r}"
        for area in [root, *root.findChildren(QScrollArea), *root.findChildren(QAbstractItemView)]
        if isinstance(area, QScrollArea | QAbstractItemView)
        and area.isVisible()
        and area.horizontalScrollBar().maximum() > 0
    ]


def _font(index: QModelIndex, view: QAbstractItemView) -> QFont:
    font = index.data(Qt.ItemDataRole.FontRole)
    return font if isinstance(font, QFont) else view.font()


def _is_row_hidden(view: QAbstractItemView, row: int, parent: QModelIndex) -> bool:
    hidden = getattr(view, "isRowHidden", None)
    if hidden is None:
        return False
    try:
        return bool(hidden(row, parent))
    except TypeError:  # QTableView.isRowHidden(row)
        return bool(hidden(row))


def cut_cells(root: QWidget) -> list[str]:
    """Describe each visible cell and column heading under ``root`` whose text is elided or
    cut: wider than its column (a word longer than the line, or a one-line cell), or taller
    than its row."""
    found: list[str] = []
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisible() or view.model() is None or _inside(view, QComboBox):
            continue
        if _inside(view, QCalendarWidget) or view.property("draws_own_text"):
            continue  # its own test checks what its delegate draws (the month's grid)
        port = view.viewport().rect()
        wrap = bool(getattr(view, "wordWrap", lambda: False)())
        name = view.accessibleName() or type(view).__name__
        shown = 0
        for index in _iter_visible(view):
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            rect = view.visualRect(index)
            if not text or not rect.intersects(port):
                continue
            shown += 1
            room = rect.width() - 2 * _text_margin(view) - _decoration(view, index)
            flags = int(Qt.AlignmentFlag.AlignLeft)
            if wrap:
                flags |= int(Qt.TextFlag.TextWordWrap)
            need = QFontMetrics(_font(index, view)).boundingRect(
                QRect(0, 0, max(room, 1), 100_000), flags, text
            )
            if need.width() > room or need.height() > rect.height():
                found.append(
                    f"{name}: {text[:40]!r} needs {need.width()}×{need.height()}, "
                    f"has {room}×{rect.height()}"
                )
        for header in (getattr(view, "horizontalHeader", None), getattr(view, "header", None)):
            if header is not None:
                found.extend(_cut_headings(header(), name))
    return found


def _iter_visible(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    port = view.viewport().rect()
    parents = [QModelIndex()]
    expanded = getattr(view, "isExpanded", None)
    while parents:
        parent = parents.pop()
        for row in range(min(model.rowCount(parent), 2000)):
            if _is_row_hidden(view, row, parent):
                continue
            first = model.index(row, 0, parent)
            if expanded is not None and expanded(first) and model.rowCount(first) > 0:
                parents.append(first)
            if not view.visualRect(first).intersects(port):
                continue
            for column in range(_columns(model, parent)):
                hidden = getattr(view, "isColumnHidden", None)
                if hidden is None or not hidden(column):
                    yield model.index(row, column, parent)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private in PySide
        return 1


def _text_margin(view: QAbstractItemView) -> int:
    """What Qt's item delegate keeps clear each side of a cell's text."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def _decoration(view: QAbstractItemView, index: QModelIndex) -> int:
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        return view.iconSize().width() + ROOM
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        return view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + ROOM
    return 0


def _cut_headings(header: QHeaderView, name: str) -> list[str]:
    if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
        return []
    model = header.model()
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        flags = int(header.defaultAlignment())
        room = QRect(0, 0, max(header.sectionSize(section) - 2 * margin, 1), 100_000)
        wrapped = metrics.boundingRect(room, flags, text)
        need = wrapped.width() + 2 * margin
        need_height = wrapped.height()
        if need > header.sectionSize(section) or need_height > header.height():
            found.append(
                f"{name} heading {text[:30]!r}: needs {need}×{need_height}, "
                f"has {header.sectionSize(section)}×{header.height()}"
            )
    return found


def _inside(widget: QWidget, kind: type) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parentWidget()
    return False
