"""A month at a glance (issue 19): a calendar of the month, each day its highest severity, its
fevers, a rating made and its items; the chosen day's entries listed beside it, with times.

Days are counted where the user is (the journal's clock). The page only reads: it refreshes when
entries, ratings, the itinerary or the settings (the temperature unit, where the user is) change.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journey.changes import Change
from journey.month import Month
from journey.services import JournalServices
from journey.services.month import MonthService
from journey.timekeeping import EARLIEST_DATE, LATEST_DATE
from ui.month.grid import MonthGrid, bar_colour
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page import Page
from ui.widgets.tables import big_button
from ui.words.month import entry_lines, fever_threshold_text, long_day_name, month_title
from ui.words.severity import severity_band_text


def same_day_in(day: date, months: int) -> date:
    """``day``'s number ``months`` later (or earlier), the month's last day if it has fewer."""
    import calendar

    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


class EntryList(QListWidget):
    """The chosen day's entries; Escape goes back to the grid."""

    def __init__(self, back: QWidget) -> None:
        super().__init__()
        self._back = back

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._back.setFocus(Qt.FocusReason.ShortcutFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)


class Swatch(QWidget):
    """The severity bar's colour for one band, drawn from the palette (it follows the theme)."""

    def __init__(self, severity: int) -> None:
        super().__init__()
        self.severity = severity

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 3 // 2, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar_colour(self.severity, self.palette()))
        bar = self.rect().adjusted(0, self.height() // 3, 0, -self.height() // 3)
        painter.drawRoundedRect(bar, 2, 2)
        painter.end()


class MonthPage(Page):
    # Entries, ratings and items; the unit and where the user is (the plan, or "I'm in…").
    shows = (
        Change.SIDE_EFFECTS | Change.RATINGS | Change.ITINERARY | Change.SETTINGS | Change.PROFILE
    )

    def __init__(self, services: JournalServices) -> None:
        # The page scrolls when the weeks, whole, do not fit (large text): never the grid alone,
        # which would leave a week half under the weekdays' header.
        super().__init__(scrolls=True)
        self.services = services
        self.reader = MonthService(services.session_factory, services.clock)
        self.month: Month | None = None
        self.set_heading(self.tr("Month at a glance"))

        bar = QHBoxLayout()
        self.previous_button = big_button(self.tr("&Previous month"), self.tr("Previous month"))
        self.previous_button.clicked.connect(lambda: self.change_month(-1))
        self.month_label = QLabel()
        self.month_label.setProperty("role", "headline")
        self.next_button = big_button(self.tr("&Next month"), self.tr("Next month"))
        self.next_button.clicked.connect(lambda: self.change_month(1))
        self.today_button = big_button(self.tr("&Today"), self.tr("Go to today"))
        self.today_button.clicked.connect(self.go_to_today)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.month_label, 1, Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        self.layout_.addLayout(bar)

        # The day's entries beside the days, or below them when the text is too large for both
        # side by side (_arrange).
        self.across = across = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left = QVBoxLayout()
        self.grid = MonthGrid()
        self.grid.asked_day.connect(self.go_to)
        self.grid.asked_month.connect(self.change_month)
        self.grid.asked_today.connect(self.go_to_today)
        self.grid.opened.connect(self.open_day)
        self.grid.setAccessibleDescription(
            self.tr(
                "Arrow keys move between days, Page Up and Page Down change the month, Home "
                "goes to today, Enter lists the day's entries."
            )
        )
        left.addWidget(self.grid, 1)
        self.legend = self._legend()
        left.addWidget(self.legend)
        across.addLayout(left, 3)

        right = QVBoxLayout()
        self.day_label = QLabel()
        self.day_label.setWordWrap(True)
        self.day_label.setStyleSheet("font-weight: bold;")  # follows the text size
        self.entries = EntryList(self.grid)
        self.entries.setWordWrap(True)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.entries.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entries.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.entries.setMinimumHeight(self.entries.fontMetrics().lineSpacing() * 6)
        self.day_label.setBuddy(self.entries)
        right.addWidget(self.day_label)
        right.addWidget(self.entries, 1)
        across.addLayout(right, 2)
        self.layout_.addLayout(across, 1)
        self.setTabOrder(self.grid, self.entries)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self.show_entries())
        self.grid.selectionModel().currentChanged.connect(lambda *_: self.show_chosen_week())
        self.go_to(self.reader.today())
        self._explain()

    def _explain(self) -> None:
        """What a day shows, the fever threshold in the user's unit with its source."""
        self.set_heading(
            self.tr("Month at a glance"),
            self.tr(
                "Each day: its highest severity (number, word and bar), its highest "
                "temperature of %1 or more (fever grade 1, CTCAE v5.0), “Rated” for a "
                "quality-of-life rating, and its itinerary items. Arrow keys: a day; Page Up "
                "and Page Down: a month; Home: today; Enter: the day's entries."
            ).replace("%1", self.fever_words()),
        )

    def _legend(self) -> QWidget:
        """The bar's colours with their words: mild 1–3, moderate 4–6, severe 7–10."""
        legend = QWidget()
        row = FlowLayout(legend)  # wraps at large text sizes, each colour beside its words
        row.addWidget(QLabel(self.tr("Highest severity of the day:")))
        for first, span in ((1, "1–3"), (4, "4–6"), (7, "7–10")):
            pair = QWidget()
            together = QHBoxLayout(pair)
            together.setContentsMargins(0, 0, 0, 0)
            together.addWidget(Swatch(first))
            together.addWidget(QLabel(f"{severity_band_text(first)} {span}"))
            row.addWidget(pair)
        return legend

    # --- moving -----------------------------------------------------------------------------

    def go_to(self, day: date) -> None:
        """Show ``day``'s month with ``day`` chosen (kept within 1900–2200)."""
        day = min(max(day, EARLIEST_DATE), LATEST_DATE)
        month = self.month
        if month is None or (month.year, month.month) != (day.year, day.month):
            self.month = self.reader.month(day.year, day.month)
            title = month_title(day.year, day.month)
            self.month_label.setText(title)
            self.grid.setAccessibleName(self.tr("Days of %1").replace("%1", title))
            self.grid.show_month(self.month, self.reader.today(), day)
            self._arrange()
        else:
            self.grid.setCurrentIndex(self.grid.month_model.index_of(day))
        self.show_entries()

    def change_month(self, months: int) -> None:
        current = self.grid.current_day() or self.reader.today()
        self.go_to(same_day_in(current, months))
        self.status.emit(month_title(*self._shown()))

    def go_to_today(self) -> None:
        self.go_to(self.reader.today())
        self.grid.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _shown(self) -> tuple[int, int]:
        assert self.month is not None
        return self.month.year, self.month.month

    def open_day(self) -> None:
        """Enter or a click: the day's entries, read from the first."""
        self.show_entries()
        if self.entries.count():
            self.entries.setCurrentRow(0)
        self.entries.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the chosen day ---------------------------------------------------------------------

    def show_entries(self) -> None:
        day = self.grid.current_day()
        month = self.month
        self.entries.clear()
        if day is None or month is None:
            self.day_label.clear()
            return
        from ui.words.aftercare import scale_name

        heading = long_day_name(day)
        self.day_label.setText(heading)
        found = month.on(day)
        names = {}
        if found.ratings:
            names = {scale.id: scale_name(scale) for scale in self.services.ratings.scales()}
        lines = entry_lines(found, month, names)
        for line in lines:
            self.entries.addItem(QListWidgetItem(line))
        if not lines:
            empty = QListWidgetItem(self.tr("Nothing was recorded on this day."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.entries.addItem(empty)
        self.entries.setAccessibleName(self.tr("Entries on %1").replace("%1", heading))

    def fever_words(self) -> str:
        return fever_threshold_text(self.month) if self.month else ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        QTimer.singleShot(0, self, self.show_chosen_week)  # once the layout has settled

    def show_chosen_week(self) -> None:
        """The chosen day's week in view, whole, when the page scrolls (large text)."""
        area = self.scroll_area
        index = self.grid.currentIndex()
        content = area.widget() if area is not None else None
        if area is None or content is None or not index.isValid():
            return
        cell = self.grid.visualRect(index)
        if not cell.isValid():
            return
        centre = self.grid.viewport().mapTo(content, cell.center())
        area.ensureVisible(centre.x(), centre.y(), cell.width() // 2, cell.height() // 2 + 8)

    def _arrange(self) -> None:
        """Side by side while the days keep their width and the list some 24 characters;
        else the list goes below the days."""
        days = self.grid.horizontalHeader().minimumSectionSize() * 7 + 24
        entries = self.fontMetrics().averageCharWidth() * 24
        wide = self.width() >= days + entries + 40
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.across.direction() != direction:
            self.across.setDirection(direction)

    def showEvent(self, event: QShowEvent) -> None:
        """A page left open overnight: today (and its ring) moves on when it is shown again."""
        super().showEvent(event)
        if self.grid.month_model.today != self.reader.today():
            self.refresh()

    def refresh(self) -> None:
        """Read the month again (an entry, a rating, an item or a setting changed)."""
        current = self.grid.current_day() or self.reader.today()
        self.month = None
        self.go_to(current)
        self._explain()
