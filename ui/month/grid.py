"""The month's grid: a week a row, a day a cell, each cell its highest severity as a number and
a word beside a bar whose colour and length grow with it (never colour alone), its fevers, a
rating made and its items. Cells grow with the text size; a line too long for its cell takes a
shorter form or wraps its words under its number, never showing a number without its word or
unit; every cell is a sentence for screen readers (ui.words.month)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from journey.month import Month, MonthDay
from journey.side_effects import severity_word
from ui.words.month import cell_lines, day_summary

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
WEEK = 7
PADDING = 4  # px left of a cell's text
RIGHT = 3  # px right of it: Spanish's longest word fits seven columns at 200 % in 1366 px
TOP = 6  # px above and below it
BAR_HEIGHT = 5  # px: the severity bar under its number
AnyIndex = QModelIndex | QPersistentModelIndex

# The severity bar's colours, one hue a band (severity.json's bands), each at least 3:1 against
# the cell's background (WCAG 2.1 1.4.11); the number and its word are always written beside it.
BAR_COLOURS = {
    "light": {"none": "#767676", "mild": "#2f6db3", "moderate": "#a35a00", "severe": "#a3213d"},
    "dark": {"none": "#9a9a9a", "mild": "#7fb0ea", "moderate": "#f0a640", "severe": "#ff8da0"},
}


def bar_colour(severity: int, palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(BAR_COLOURS["dark" if dark else "light"][severity_word(severity)])


def week_start() -> int:
    """The locale's first day of the week, as Python counts (Monday 0)."""
    from PySide6.QtCore import QLocale

    return QLocale().firstDayOfWeek().value - 1


class MonthModel(QAbstractTableModel):
    """The weeks of one month; a cell outside the month is blank and cannot be chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month: Month | None = None
        self.today = date.min
        self._first = date.min  # the day in the first cell

    def set_month(self, month: Month, today: date) -> None:
        self.beginResetModel()
        self.month = month
        self.today = today
        first = month.days[0].day
        self._first = first - timedelta(days=(first.weekday() - week_start()) % WEEK)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.month is None:
            return 0
        last = self.month.days[-1].day
        return (last - self._first).days // WEEK + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEK

    def day_at(self, index: AnyIndex) -> MonthDay | None:
        if self.month is None or not index.isValid():
            return None
        day = self._first + timedelta(days=index.row() * WEEK + index.column())
        if (day.year, day.month) != (self.month.year, self.month.month):
            return None
        return self.month.on(day)

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first).days
        if self.month is None or (day.year, day.month) != (self.month.year, self.month.month):
            return QModelIndex()
        return self.index(offset // WEEK, offset % WEEK)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day_at(index)
        if day is None or self.month is None:
            return None
        if role == DAY_ROLE:
            return day
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day.day), *(forms[0] for forms in cell_lines(day, self.month))]
            return "\n".join(lines)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return day_summary(day, self.month, self.today)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if self.day_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section < 0 or section >= WEEK:
            return None
        from PySide6.QtCore import QLocale

        weekday = (week_start() + section) % WEEK + 1  # Qt counts Monday 1
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
        return None


WORD_ROOM = 8  # characters: a longer word may be hyphenated; a number and its unit never are


def _hyphenated(word: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A word wider than ``width`` in pieces that fit, each but the last ending in "-"; a
    word with a digit (a number with its unit) stays whole (the column is as wide)."""
    if metrics.horizontalAdvance(word) <= width or any(c.isdigit() for c in word):
        return [word]
    pieces: list[str] = []
    rest = word
    while metrics.horizontalAdvance(rest) > width and len(rest) > 2:
        cut = len(rest) - 1
        while cut > 2 and metrics.horizontalAdvance(rest[:cut] + "-") > width:
            cut -= 1
        pieces.append(rest[:cut] + "-")
        rest = rest[cut:]
    return [*pieces, rest]


def _wrapped(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` broken at its spaces into lines of ``width``; a word too long for the line is
    hyphenated (_hyphenated), a number is never parted from its unit."""
    lines: list[str] = []
    for word in text.split(" "):
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.extend(_hyphenated(word, metrics, width))
    return lines


def painted_lines(
    day: MonthDay, month: Month, metrics: QFontMetrics, width: int
) -> list[list[str]]:
    """What a cell ``width`` wide draws under the day's number: for each of its lines (a
    severity, a fever, a rating, items) the longest form that fits on one line, else the
    shortest wrapped at its spaces ("2 items" over two lines, never "2" alone)."""
    painted = []
    for forms in cell_lines(day, month):
        fits = next((form for form in forms if metrics.horizontalAdvance(form) <= width), None)
        painted.append([fits] if fits is not None else _wrapped(forms[-1], metrics, width))
    return painted


def widest_word(day: MonthDay, month: Month, metrics: QFontMetrics) -> int:
    """The least room a cell's text needs: its widest number with its unit, and its widest
    word up to WORD_ROOM characters (a longer one is hyphenated)."""
    words = [word for forms in cell_lines(day, month) for word in forms[-1].split(" ")]
    short = metrics.averageCharWidth() * WORD_ROOM
    return max(
        (
            metrics.horizontalAdvance(word)
            if any(c.isdigit() for c in word)
            else min(short, metrics.horizontalAdvance(word))
            for word in words
        ),
        default=0,
    )


def cell_height(
    day: MonthDay | None, month: Month | None, metrics: QFontMetrics, width: int
) -> int:
    """The height a cell ``width`` wide needs for the day's number and its painted lines."""
    lines = painted_lines(day, month, metrics, width - (PADDING + RIGHT)) if day and month else []
    count = max(3, 1 + sum(len(group) for group in lines))  # an empty week still a calendar's
    return 2 * TOP + count * metrics.lineSpacing() + BAR_HEIGHT + 2


class DayDelegate(QStyledItemDelegate):
    """Draws a day: its number, then each line in the longest form that fits."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        day = index.data(DAY_ROLE)
        self._grid_lines(painter, option)
        if not isinstance(day, MonthDay) or not isinstance(model, MonthModel):
            return
        month = model.month
        assert month is not None
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_role = QPalette.ColorRole.Text
        if selected:
            painter.fillRect(
                rect.adjusted(1, 1, -1, -1), palette.color(QPalette.ColorRole.Highlight)
            )
            text_role = QPalette.ColorRole.HighlightedText
        if day.day == model.today:  # today: a quiet ring, and its number in bold
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRoundedRect(rect.adjusted(3, 3, -3, -3), 4, 4)
        if state & QStyle.StateFlag.State_HasFocus:
            from ui.widgets.themes import FOCUS_WIDTH, theme_colours

            focus = QColor(theme_colours(palette)["focus"])
            if selected:
                focus = palette.color(QPalette.ColorRole.HighlightedText)
            painter.setPen(QPen(focus, FOCUS_WIDTH))
            inset = FOCUS_WIDTH // 2 + 1
            painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
        font = QFont(option.font)  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        width = rect.width() - PADDING - RIGHT
        x = rect.left() + PADDING
        y = rect.top() + TOP
        number = QFont(font)
        number.setBold(True)
        painter.setFont(number)
        painter.setPen(palette.color(text_role))
        line = metrics.lineSpacing()
        painter.drawText(QRect(x, y, width, line), Qt.AlignmentFlag.AlignLeft, str(day.day.day))
        y += line
        painter.setFont(font)
        for number_of_line, group in enumerate(painted_lines(day, month, metrics, width)):
            painter.setPen(palette.color(text_role))
            for shown in group:
                painter.drawText(
                    QRect(x, y, max(width, metrics.horizontalAdvance(shown)), line), 0, shown
                )
                y += line
            if number_of_line == 0 and day.highest_severity is not None:
                y = self._bar(painter, day.highest_severity, x, y, width, palette, selected)
        painter.restore()

    @staticmethod
    def _grid_lines(painter: QPainter, option: QStyleOptionViewItem) -> None:
        """The cell's right and bottom edges in the theme's border colour (3:1, WCAG 1.4.11),
        where Qt's own grid would draw them too faint on the dark themes."""
        from ui.widgets.themes import theme_colours

        widget = option.widget  # type: ignore[attr-defined]
        # The grid's own palette: a blank cell's option has the disabled one.
        palette = widget.palette() if widget is not None else option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.setPen(QPen(QColor(theme_colours(palette)["border"]), 1))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    @staticmethod
    def _bar(
        painter: QPainter, severity: int, x: int, y: int, width: int, palette: QPalette, on: bool
    ) -> int:
        """The severity bar: its length is the severity out of 10, its colour the band's."""
        colour = palette.color(QPalette.ColorRole.HighlightedText) if on else None
        colour = colour or bar_colour(severity, palette)
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(QRect(x, y, width, 1 + BAR_HEIGHT // 3), 1, 1)
        length = max(BAR_HEIGHT, round(width * severity / 10)) if severity else 0
        if length:
            painter.setBrush(colour)
            painter.drawRoundedRect(QRect(x, y - BAR_HEIGHT // 3, length, BAR_HEIGHT), 2, 2)
        return y + BAR_HEIGHT + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """At least its widest word wide, and as high as its lines wrapped to that width (or
        to the cell's own width, when the option has one)."""
        metrics = QFontMetrics(option.font)  # type: ignore[attr-defined]
        model = index.model()
        found = index.data(DAY_ROLE)
        month = model.month if isinstance(model, MonthModel) else None
        day = found if isinstance(found, MonthDay) and month is not None else None
        widest = metrics.horizontalAdvance("00")
        if day is not None and month is not None:
            widest = max(widest, widest_word(day, month, metrics))
        width = max(widest + (PADDING + RIGHT), option.rect.width())  # type: ignore[attr-defined]
        return QSize(widest + (PADDING + RIGHT), cell_height(day, month, metrics, width))


def _share(header: QHeaderView, count: int, size: int) -> None:
    """Every section of ``header`` ``size`` long."""
    header.setDefaultSectionSize(size)
    for section in range(count):
        if header.sectionSize(section) != size:
            header.resizeSection(section, size)


class MonthGrid(QTableView):
    """The grid, moved through by keys: arrows a day or a week (into the next month too),
    Page Up and Page Down a month, Home today; Enter opens the day's entries."""

    asked_day = Signal(object)  # the date the person moved to
    asked_month = Signal(int)  # a month back (-1) or on (+1)
    asked_today = Signal()
    opened = Signal()  # Enter on the current day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_model = MonthModel(self)
        self.setModel(self.month_model)
        self.setItemDelegate(DayDelegate(self))
        # The delegate draws each day's words fitted to its cell (painted_lines):
        # tests/ui/test_month_view.py checks what it draws, the reflow walk cannot.
        self.setProperty("draws_own_text", True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the grid
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setShowGrid(False)  # the delegate draws it in the theme's border colour
        self.setWordWrap(True)
        self.verticalHeader().hide()
        # Rows and columns share the room, none smaller than its content (_fit_rows).
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        # A whole week a step: no row is ever left half under the weekdays' header.
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def current_day(self) -> date | None:
        day = self.month_model.day_at(self.currentIndex())
        return day.day if day is not None else None

    def show_month(self, month: Month, today: date, current: date) -> None:
        self.month_model.set_month(month, today)
        self._fit_columns()
        self.setCurrentIndex(self.month_model.index_of(current))
        self.show_current_week()

    def show_current_week(self) -> None:
        """When the weeks do not all fit: the chosen day's week in view, whole."""
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)

    def painted_text(self, day: date) -> list[list[str]]:
        """The lines the delegate draws under ``day``'s number in its cell, as it is now."""
        index = self.month_model.index_of(day)
        found = self.month_model.day_at(index)
        month = self.month_model.month
        if found is None or month is None:
            return []
        width = self.columnWidth(index.column()) - (PADDING + RIGHT)
        return painted_lines(found, month, QFontMetrics(self.font()), width)

    def _fit_rows(self) -> None:
        """No row lower than its fullest day with its lines wrapped to the columns' width."""
        month = self.month_model.month
        if month is None:
            return
        metrics = QFontMetrics(self.font())
        # The columns share the width, none narrower than its widest word (_fit_columns);
        # narrower columns wrap more words, and the rows grow to them.
        least = self.horizontalHeader().minimumSectionSize()
        width = max(least, self.viewport().width() // WEEK)
        _share(self.horizontalHeader(), WEEK, width)
        model = self.month_model
        tallest = max(
            (
                cell_height(model.day_at(model.index(row, column)), month, metrics, width)
                for row in range(model.rowCount())
                for column in range(WEEK)
            ),
            default=0,
        )
        rows = model.rowCount()
        if self.verticalHeader().minimumSectionSize() != tallest:
            self.verticalHeader().setMinimumSectionSize(tallest)
        # The rows share the height (never less than the fullest day's), all of them in view.
        shared = max(tallest, self.viewport().height() // max(rows, 1))
        _share(self.verticalHeader(), rows, shared)
        # Every week whole: the grid is as high as its weeks, the page scrolls when they do not
        # fit (MonthPage), and as wide as its narrowest columns.
        header = self.horizontalHeader().sizeHint().height()
        self.setMinimumHeight(header + rows * tallest + 2 * self.frameWidth())
        columns = self.horizontalHeader().minimumSectionSize() * WEEK
        self.setMinimumWidth(columns + 2 * self.frameWidth())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_rows()
        self.show_current_week()

    def _fit_columns(self) -> None:
        """No column narrower than its widest word, no row lower than its fullest day:
        words and numbers are never cut; the grid scrolls instead."""
        option = QStyleOptionViewItem()
        option.initFrom(self)  # type: ignore[attr-defined]
        option.font = self.font()  # type: ignore[attr-defined]
        delegate = self.itemDelegate()
        model = self.month_model
        widest = max(
            (
                delegate.sizeHint(option, model.index(row, column)).width()
                for row in range(model.rowCount())
                for column in range(WEEK)
            ),
            default=0,
        )
        self.horizontalHeader().setMinimumSectionSize(widest)
        self._fit_rows()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FontChange and self.month_model.month is not None:
            self._fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.current_day()
        chorded = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
            | Qt.KeyboardModifier.ShiftModifier
        )
        if current is None or chorded:
            super().keyPressEvent(event)  # Ctrl+digits and the window's keys stay theirs
            return
        key = event.key()
        forward = 1 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else -1
        steps = {
            Qt.Key.Key_Left: -forward,
            Qt.Key.Key_Right: forward,
            Qt.Key.Key_Up: -WEEK,
            Qt.Key.Key_Down: WEEK,
        }
        if key in steps:
            self.asked_day.emit(current + timedelta(days=steps[Qt.Key(key)]))
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.asked_month.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_Home:
            self.asked_today.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.opened.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
