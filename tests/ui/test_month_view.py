"""A month at a glance (issue 19, part 7), driven by keyboard on the demo journal.

The demo's clock is 25 November 2026, 09:00 in Tijuana (day +10 of the stay). On Monday 16
November the companion logged chills with 38.1 °C at 01:00; the weekly ratings were made at
04:00 UTC, which is the evening before in Tijuana (Wednesday 18 November, 20:00).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from tests.ui.helpers import DEMO_ZONE, open_main_window, unnamed_focusable
from tests.ui.keys import CTRL, focused, press, show_active, tab_to
from ui.month.grid import DAY_ROLE, MonthModel, cell_height
from ui.month.page import MonthPage
from ui.shell.main_window import MainWindow
from ui.widgets.themes import Appearance


@pytest.fixture
def window(qtbot: QtBot, demo_services: JournalServices, appearance: Appearance) -> MainWindow:
    return open_main_window(qtbot, demo_services, appearance)


def open_month(qtbot: QtBot, window: MainWindow) -> MonthPage:
    """Ctrl+2, then Tab into the days, as a person would."""
    press(qtbot, Qt.Key.Key_2, CTRL)
    page = window.pages.currentWidget()
    assert isinstance(page, MonthPage)
    tab_to(qtbot, "Days of November 2026")
    return page


def chosen(page: MonthPage) -> date | None:
    return page.grid.current_day()


def spoken(page: MonthPage) -> str:
    """What a screen reader says for the day that has the keyboard."""
    grid = page.grid
    cell = grid.model().index(grid.currentIndex().row(), grid.currentIndex().column())
    return str(cell.data(Qt.ItemDataRole.AccessibleTextRole))


def entries(page: MonthPage) -> list[str]:
    return [page.entries.item(row).text() for row in range(page.entries.count())]


def test_ctrl_2_opens_the_month_on_today(qtbot: QtBot, window: MainWindow) -> None:
    page = open_month(qtbot, window)

    assert window.sidebar.currentItem().text() == "Month"
    assert page.month_label.text() == "November 2026"
    assert chosen(page) == date(2026, 11, 25)
    assert spoken(page).startswith("Today, Wednesday 25 November: ")
    assert unnamed_focusable(page) == []


def test_arrows_move_the_day_and_each_day_says_what_it_holds(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_month(qtbot, window)

    press(qtbot, Qt.Key.Key_Up)  # a week back
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    assert chosen(page) == date(2026, 11, 16)
    assert spoken(page) == (
        "Monday 16 November: highest severity 6 moderate, "
        "1 temperature of 38.0 °C or more (38.1 °C)"
    )
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert spoken(page) == (
        "Wednesday 18 November: highest severity 5 moderate, quality-of-life rating made"
    )
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Left)
    assert chosen(page) == date(2026, 11, 2)
    assert spoken(page) == "Monday 2 November: 2 itinerary items"
    press(qtbot, Qt.Key.Key_Left)
    assert spoken(page) == "Sunday 1 November: 4 itinerary items"
    press(qtbot, Qt.Key.Key_Left)  # past the 1st: the month before
    assert chosen(page) == date(2026, 10, 31)
    assert page.month_label.text() == "October 2026"


def test_enter_lists_the_days_entries_with_their_times(qtbot: QtBot, window: MainWindow) -> None:
    page = open_month(qtbot, window)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Left):
        press(qtbot, key)
    assert chosen(page) == date(2026, 11, 16)

    press(qtbot, Qt.Key.Key_Return)

    assert page.day_label.text() == "Monday 16 November 2026"
    assert entries(page) == [
        "01:00 — Chills, severity 4 (moderate), 38.1 °C · grade 1, logged by the companion",
        "02:00 — Chills, severity 3 (mild), 37.9 °C, logged by the companion",
        "07:00 — Fatigue, severity 6 (moderate), 37.6 °C",
        "13:00 — Mouth sores, severity 2 (mild), 37.3 °C",
        "19:00 — Nausea, severity 2 (mild), 37.1 °C",
    ]
    assert focused() is page.entries  # read from the first entry on
    assert page.entries.currentRow() == 0
    interface = QAccessible.queryAccessibleInterface(page.entries)
    assert interface.text(QAccessible.Text.Name) == "Entries on Monday 16 November 2026"
    press(qtbot, Qt.Key.Key_Escape)  # back to the days
    assert focused() is page.grid
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Enter)
    assert entries(page)[0].startswith("19:00 — Mouth sores, severity 5 (moderate)")
    assert entries(page)[1].startswith("20:00 — Quality-of-life rating: ")


def test_page_down_and_up_change_the_month_and_home_comes_back_to_today(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = open_month(qtbot, window)

    press(qtbot, Qt.Key.Key_PageDown)
    assert page.month_label.text() == "December 2026"
    assert chosen(page) == date(2026, 12, 25)
    assert spoken(page) == "Friday 25 December: nothing recorded"
    press(qtbot, Qt.Key.Key_Return)
    assert entries(page) == ["Nothing was recorded on this day."]
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_PageUp)
    press(qtbot, Qt.Key.Key_PageUp)
    assert page.month_label.text() == "October 2026"
    assert chosen(page) == date(2026, 10, 25)
    press(qtbot, Qt.Key.Key_Home)
    assert page.month_label.text() == "November 2026"
    assert chosen(page) == date(2026, 11, 25)


def test_a_new_entry_shows_on_its_day_at_once(
    qtbot: QtBot, window: MainWindow, demo_services: JournalServices
) -> None:
    page = open_month(qtbot, window)
    assert spoken(page).startswith("Today, Wednesday 25 November: nothing recorded")

    demo_services.side_effects.log(
        EntryDetails(
            symptom="Headache",
            severity=8,
            at=datetime(2026, 11, 25, 16, 30, tzinfo=UTC),  # 08:30 in Tijuana
            zone=DEMO_ZONE,
            celsius=38.4,
        )
    )
    qtbot.waitUntil(lambda: "severity 8" in spoken(page))

    assert spoken(page) == (
        "Today, Wednesday 25 November: highest severity 8 severe, "
        "1 temperature of 38.0 °C or more (38.4 °C)"
    )
    assert entries(page) == ["08:30 — Headache, severity 8 (severe), 38.4 °C · grade 1"]


def test_the_month_model_keeps_qts_contract(qtmodeltester, demo_services: JournalServices) -> None:  # type: ignore[no-untyped-def]
    from journey.services.month import MonthService

    model = MonthModel()
    reader = MonthService(demo_services.session_factory, demo_services.clock)
    model.set_month(reader.month(2026, 11), date(2026, 11, 25))
    qtmodeltester.check(model)
    # Monday first in the C locale: 1 November 2026, a Sunday, is the first row's last cell.
    assert model.index(0, 6).data(DAY_ROLE).day == date(2026, 11, 1)
    assert model.index(0, 5).data(DAY_ROLE) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_numbers_are_never_cut_at_200_percent_text(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    from journey.dto import Settings

    appearance.apply(Settings(text_size=200))
    page = MonthPage(demo_services)
    page.resize(700, 600)
    show_active(qtbot, page)
    grid = page.grid
    metrics = grid.fontMetrics()
    assert page.month is not None
    for row in range(grid.model().rowCount()):
        for column in range(7):
            day = grid.model().index(row, column).data(DAY_ROLE)
            if day is None:
                continue
            drawn = [line for group in grid.painted_text(day.day) for line in group]
            room = grid.columnWidth(column) - 7  # the cell's padding
            assert all(metrics.horizontalAdvance(text) <= room for text in drawn), drawn
            needed = cell_height(day, page.month, metrics, grid.columnWidth(column))
            assert grid.rowHeight(row) >= needed


def month_at(
    qtbot: QtBot, services: JournalServices, appearance: Appearance, theme: str, size: int
) -> MonthPage:
    """The Month page in a 1366 × 768 window, as the reviewer saw it."""
    from journey.dto import Settings

    appearance.apply(Settings(theme=theme, text_size=size))
    window = open_main_window(qtbot, services, appearance)
    window.resize(1366, 768)
    press(qtbot, Qt.Key.Key_2, CTRL)
    page = window.pages.currentWidget()
    assert isinstance(page, MonthPage)
    qtbot.wait(10)  # the layout settles, the page shows the chosen week
    return page


@pytest.mark.parametrize("size", [100, 200])
def test_every_number_in_a_cell_says_what_it_is(
    qtbot: QtBot,
    language: str,
    demo_services: JournalServices,
    appearance: Appearance,
    size: int,
) -> None:
    """No bare "2" for two items or "38.1°" for a fever: a narrow cell wraps the words."""
    page = month_at(qtbot, demo_services, appearance, "dark", size)
    words = {
        "en": ("items", "item", "moderate", "Rated"),
        "es": ("actividades", "actividad", "moderada", "Calificado"),
    }[language]

    drawn = {day.day: page.grid.painted_text(day.day) for day in page.month.days}  # type: ignore[union-attr]

    for day, groups in drawn.items():
        for group in groups:
            text = " ".join(group)
            assert re.search(r"[^\W\d_]|°", text), f"{day}: {group}"  # a word or a unit
            assert "✓" not in text

    def said(day: date, line: int) -> list[str]:  # a hyphenated word read whole
        return " ".join(drawn[day][line]).replace("- ", "").split()

    assert said(date(2026, 11, 1), 0) == ["4", words[0]]
    assert said(date(2026, 11, 3), 0) == ["1", words[1]]
    assert said(date(2026, 11, 16), 0) == ["6", words[2]]
    assert drawn[date(2026, 11, 16)][1] == ["38.1\u00a0°C"]
    assert drawn[date(2026, 11, 4)][0] == [words[3]]


def test_at_200_percent_the_weeks_are_whole_and_todays_is_in_view(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    page = month_at(qtbot, demo_services, appearance, "light", 200)
    grid = page.grid

    assert grid.verticalScrollBar().maximum() == 0  # no week slides under the weekdays
    assert grid.horizontalScrollBar().maximum() == 0
    assert grid.viewport().height() >= sum(
        grid.rowHeight(r) for r in range(grid.model().rowCount())
    )
    area = page.scroll_area
    assert area is not None
    today = grid.visualRect(grid.month_model.index_of(date(2026, 11, 25)))
    top_left = grid.viewport().mapTo(area.viewport(), today.topLeft())
    bottom_right = grid.viewport().mapTo(area.viewport(), today.bottomRight())
    assert area.viewport().rect().contains(top_left)
    assert area.viewport().rect().contains(bottom_right)


@pytest.mark.parametrize("theme", ["dark", "high_contrast"])
def test_the_grid_lines_are_in_the_themes_border_colour(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, theme: str
) -> None:
    from ui.widgets.themes import THEMES

    page = month_at(qtbot, demo_services, appearance, theme, 100)
    grid = page.grid
    cell = grid.visualRect(grid.month_model.index_of(date(2026, 11, 17)))

    image = grid.viewport().grab().toImage()

    border = THEMES[theme]["border"]
    assert image.pixelColor(cell.right(), cell.center().y()).name() == border
    assert image.pixelColor(cell.center().x(), cell.bottom()).name() == border


def test_a_click_on_a_day_lists_its_entries(qtbot: QtBot, window: MainWindow) -> None:
    page = open_month(qtbot, window)
    grid = page.grid
    fifteenth = grid.month_model.index_of(date(2026, 11, 15))

    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(fifteenth).center()
    )

    assert chosen(page) == date(2026, 11, 15)
    assert page.day_label.text() == "Sunday 15 November 2026"
    assert entries(page)[:2] == [
        "10:00 — Reinfusion of your stem cells · Reinfusion (day 0) · ✓ Done",
        "12:00 — Neutropenia: protective isolation until your counts recover · Isolation · ✓ Done",
    ]
    assert len(entries(page)) == 5  # and the three side effects logged that afternoon
