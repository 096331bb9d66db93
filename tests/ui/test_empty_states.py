"""Empty pages say what they are for and how to begin (issue 19, part 6): a bare table told a
patient nothing. The words are drawn in the table and are its description for screen readers;
they go once there is a row."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.services.people import ContactDetails
from tests.ui.keys import show_active
from ui.trip.costs import CostsPage
from ui.trip.people import PeoplePage


def test_an_empty_people_page_says_whom_to_add_until_someone_is_there(
    qtbot: QtBot, services: JournalServices
) -> None:
    page = PeoplePage(services.contacts)
    show_active(qtbot, page)
    assert page.table.showing_empty_text()
    assert page.table.accessibleDescription().startswith(
        "No one here yet. Add the clinic's patient coordinator and its 24-hour line"
    )
    services.contacts.add(ContactDetails(name="Dra. Ruiz", role="coordinator"))
    page.refresh()
    assert not page.table.showing_empty_text()
    assert page.table.accessibleDescription() == ""


def test_an_empty_costs_page_says_what_to_add(qtbot: QtBot, services: JournalServices) -> None:
    page = CostsPage(services.expenses)
    show_active(qtbot, page)
    assert page.table.showing_empty_text()
    assert page.table.accessibleDescription().startswith("No costs yet.")
