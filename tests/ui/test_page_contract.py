"""The one page contract: each page says what it shows, and a write refreshes only the built
pages that show it (journey.changes, ui.widgets.page), whichever page or thread made it."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.services.costs import ExpenseDetails
from journey.services.side_effects import EntryDetails
from tests.ui.helpers import HOME_ZONE, NOW, open_main_window
from ui.shell.main_window import MainWindow
from ui.trip.costs import CostsPage
from ui.widgets.page import Page
from ui.widgets.themes import Appearance


def counting_refreshes(page: Page) -> list[str]:
    """Record each refresh of ``page`` (the real refresh still runs)."""
    refreshed: list[str] = []
    real = page.refresh

    def refresh() -> None:
        refreshed.append(type(page).__name__)
        real()

    page.refresh = refresh  # type: ignore[method-assign]  # a spy on this one instance
    return refreshed


def test_a_write_refreshes_only_the_pages_that_show_it(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    window: MainWindow = open_main_window(qtbot, demo_services, appearance)
    today = window.page(0)
    costs_row = next(
        row for row in range(window.sidebar.count()) if window.sidebar.item(row).text() == "Costs"
    )
    window.sidebar.setCurrentRow(costs_row)
    costs = window.page(costs_row)
    assert isinstance(costs, CostsPage)
    today_refreshes, costs_refreshes = counting_refreshes(today), counting_refreshes(costs)

    demo_services.expenses.add(ExpenseDetails("other", "USD", expected_minor=1_000))
    qtbot.waitUntil(lambda: costs_refreshes == ["CostsPage"])
    assert today_refreshes == []

    entry = EntryDetails("Headache", 3, NOW - timedelta(minutes=5), HOME_ZONE)
    demo_services.side_effects.log(entry)
    demo_services.side_effects.log(entry)  # two writes before the loop turns: one refresh
    qtbot.waitUntil(lambda: today_refreshes == ["TodayPage"])
    assert costs_refreshes == ["CostsPage"]


def test_every_page_names_what_it_shows_and_has_a_heading(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    window = open_main_window(qtbot, demo_services, appearance)
    for row in range(window.sidebar.count()):
        page = window.page(row)
        assert isinstance(page, Page)
        assert page.title.text(), type(page).__name__
        assert page.accessibleName(), type(page).__name__
