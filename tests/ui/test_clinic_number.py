"""The clinic's 24-hour number (issue 17): the wizard lets it wait, and Today asks for it in
one calm line until a clinic 24-hour line with a number is in Journey."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.dto import CourseData, ProfileData
from journey.services import JournalServices
from journey.services.people import ContactDetails
from tests.ui.keys import focused, on_next_dialog, press, show_active, tab, type_text
from ui.shell.onboarding import OnboardingWizard
from ui.today.page import TodayPage
from ui.trip.people import ContactDialog

ASKS = "The clinic's 24-hour number is not in Journey yet."


def onboard(services: JournalServices, clinic_phone: str = "") -> None:
    services.onboarding.complete(
        ProfileData(name="Ana", ms_type="RRMS"),
        CourseData(
            "msc",
            "Clínica Prueba",
            "Tijuana",
            date(2026, 12, 7),
            time(10, 0),
            "America/Tijuana",
            date(2026, 12, 8),
            "America/Toronto",
        ),
        None,
        clinic_phone=clinic_phone,
    )


def show_today(qtbot: QtBot, services: JournalServices) -> TodayPage:
    page = TodayPage(services)
    page.resize(900, 700)
    show_active(qtbot, page)
    return page


def test_not_yet_in_the_wizard_then_today_asks_until_it_is_added(
    qtbot: QtBot, services: JournalServices
) -> None:
    wizard = OnboardingWizard(services)
    show_active(qtbot, wizard)
    wizard.profile_form.name.setFocus()
    type_text(qtbot, "Ana López")
    press(qtbot, Qt.Key.Key_Return)
    tab(qtbot)
    type_text(qtbot, "Clínica Prueba")
    tab(qtbot)
    type_text(qtbot, "Tijuana")
    press(qtbot, Qt.Key.Key_Return)  # the number left empty: not yet
    press(qtbot, Qt.Key.Key_Return)  # no companion
    assert services.onboarding.is_complete()
    assert services.contacts.contacts() == []

    page = show_today(qtbot, services)
    panel = page.clinic_number
    assert panel.isVisible()
    assert panel.message.text() == ASKS

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.name.text() == "Clínica Prueba"
        assert dialog.role.currentText() == "Clinic 24-hour line"
        assert focused() is dialog.phone
        type_text(qtbot, "+52 664 555 0100")
        press(qtbot, Qt.Key.Key_Return)  # Save

    seen = on_next_dialog(add)
    with qtbot.waitSignal(panel.status) as said:
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert [entry.details for entry in services.contacts.contacts()] == [
        ContactDetails("Clínica Prueba", "clinic_24h", "+52 664 555 0100")
    ]
    assert not panel.isVisible()
    assert said.args == ["Added the clinic's 24-hour number (+52 664 555 0100)."]


def test_given_in_the_wizard_today_does_not_ask(qtbot: QtBot, services: JournalServices) -> None:
    onboard(services, clinic_phone="+52 664 555 0100")
    page = show_today(qtbot, services)
    assert not page.clinic_number.isVisible()
    assert page.where_line.isVisible()


def test_cancelled_it_still_asks(qtbot: QtBot, services: JournalServices) -> None:
    onboard(services)
    page = show_today(qtbot, services)
    on_next_dialog(lambda dialog: press(qtbot, Qt.Key.Key_Escape))
    qtbot.mouseClick(page.clinic_number.add_button, Qt.MouseButton.LeftButton)
    assert services.contacts.contacts() == []
    assert page.clinic_number.isVisible()


def test_a_clinic_line_without_a_number_gets_one_not_a_second_line(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services)
    services.contacts.add(ContactDetails("Night desk", "clinic_24h", "", "night@example.com"))
    page = show_today(qtbot, services)
    assert page.clinic_number.isVisible()

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.name.text() == "Night desk"
        assert focused() is dialog.phone
        type_text(qtbot, "+52 664 555 0199")
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(add)
    qtbot.mouseClick(page.clinic_number.add_button, Qt.MouseButton.LeftButton)
    assert [entry.details for entry in services.contacts.contacts()] == [
        ContactDetails("Night desk", "clinic_24h", "+52 664 555 0199", "night@example.com")
    ]
    assert not page.clinic_number.isVisible()


def test_a_number_added_on_the_people_page_hides_the_line_when_today_refreshes(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services)
    page = show_today(qtbot, services)
    assert page.clinic_number.isVisible()
    services.contacts.add(ContactDetails("Clínica Prueba", "clinic_24h", "+52 664 555 0100"))
    page.refresh()  # as the window does for a change to the contacts
    assert not page.clinic_number.isVisible()


def test_the_demo_journey_has_its_number(qtbot: QtBot, demo_services: JournalServices) -> None:
    page = show_today(qtbot, demo_services)
    assert not page.clinic_number.isVisible()
