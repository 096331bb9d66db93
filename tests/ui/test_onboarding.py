"""First-run onboarding, completed with the keyboard alone, and its refusals of bad input."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from journey.dto import CourseData, Settings
from journey.services import JournalServices
from tests.ui.keys import focused, press, replace_text, show_active, tab, type_text
from ui.shell.onboarding import OnboardingWizard
from ui.widgets.themes import Appearance

TODAY = date(2026, 11, 25)


@pytest.fixture
def wizard(qtbot: QtBot, services: JournalServices) -> OnboardingWizard:
    shown = OnboardingWizard(services)
    show_active(qtbot, shown)
    shown.profile_form.name.setFocus()
    return shown


def fill_about_you(qtbot: QtBot, *, name: str = "Ana López", edss: str = "3.5") -> None:
    type_text(qtbot, name)
    tab(qtbot)
    type_text(qtbot, "P")  # the combo jumps to "Primary progressive MS (PPMS)"
    tab(qtbot)
    type_text(qtbot, "2016")
    tab(qtbot)
    type_text(qtbot, edss)


def test_onboarding_by_keyboard_alone_stores_everything(
    qtbot: QtBot, wizard: OnboardingWizard, services: JournalServices
) -> None:
    assert focused() is wizard.profile_form.name
    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "Your treatment"

    assert focused() is wizard.course_form.protocol
    type_text(qtbot, "M")  # "Mesenchymal stem cells, MSC (a few days)"
    tab(qtbot)
    type_text(qtbot, "Clínica Prueba")
    tab(qtbot)
    type_text(qtbot, "Tijuana, Mexico")
    tab(qtbot)
    replace_text(qtbot, "America/Tijuana")
    tab(qtbot)  # arrival date: today, as offered
    tab(qtbot)  # arrival time: Tab selects the hours; typing fills hours, then minutes
    type_text(qtbot, "09:15")
    tab(qtbot)  # treatment start: one day later with the Up key on the day section
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "Your companion"

    assert focused() is wizard.companion_form.name
    type_text(qtbot, "Luis López")
    tab(qtbot)
    type_text(qtbot, "+1 619 555 0199")
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.result() == OnboardingWizard.DialogCode.Accepted
    assert services.onboarding.is_complete()
    profile = services.profile.get()
    assert profile is not None
    assert (profile.name, profile.ms_type, profile.diagnosis_year, profile.edss) == (
        "Ana López",
        "PPMS",
        2016,
        3.5,
    )
    course = services.course.get()
    assert course is not None
    assert course.protocol == "msc"
    assert course.clinic_name == "Clínica Prueba"
    assert course.destination_zone == "America/Tijuana"
    assert (course.arrival_date, course.arrival_time) == (TODAY, time(9, 15))
    assert course.treatment_start == date(2026, 11, 26)
    assert course.home_zone == "America/Toronto"
    companion = services.companion.get()
    assert companion is not None
    assert (companion.name, companion.phone) == ("Luis López", "+1 619 555 0199")


@pytest.mark.parametrize(
    ("edss", "message"),
    [("11", "from 0 to 10"), ("3.3", "steps of 0.5"), ("three", "Enter a number")],
)
def test_bad_edss_is_explained_beside_the_field_and_typing_kept(
    qtbot: QtBot, wizard: OnboardingWizard, services: JournalServices, edss: str, message: str
) -> None:
    fill_about_you(qtbot, edss=edss)
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentPage().title() == "About you"
    error = wizard.profile_form.errors["edss"]
    assert error.isVisible()
    assert message in error.text()
    assert wizard.profile_form.edss.text() == edss
    assert wizard.profile_form.name.text() == "Ana López"
    assert focused() is wizard.profile_form.edss
    assert not services.onboarding.is_complete()


def test_empty_name_is_refused(qtbot: QtBot, wizard: OnboardingWizard) -> None:
    fill_about_you(qtbot, name="   ")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "About you"
    assert "required" in wizard.profile_form.errors["name"].text()
    assert wizard.profile_form.edss.text() == "3.5"


def go_to_treatment_page(qtbot: QtBot, wizard: OnboardingWizard) -> None:
    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "Your treatment"
    wizard.course_form.clinic_name.setFocus()
    type_text(qtbot, "Clínica Prueba")


def test_a_time_inside_the_spring_forward_gap_is_refused(
    qtbot: QtBot, wizard: OnboardingWizard, services: JournalServices
) -> None:
    go_to_treatment_page(qtbot, wizard)
    form = wizard.course_form
    form.destination_zone.setFocus()
    replace_text(qtbot, "America/New_York")
    form.arrival_date.setDate(date(2027, 3, 14))  # clocks jump 02:00 → 03:00 that night
    form.treatment_start.setDate(date(2027, 3, 15))
    form.arrival_date.setFocus()
    tab(qtbot)
    assert focused() is form.arrival_time
    type_text(qtbot, "02:30")
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentPage().title() == "Your treatment"
    assert "does not exist" in form.errors["arrival_time"].text()
    assert form.clinic_name.text() == "Clínica Prueba"
    assert not services.onboarding.is_complete()


def test_unknown_zone_and_arrival_after_treatment_are_both_shown(
    qtbot: QtBot, wizard: OnboardingWizard
) -> None:
    go_to_treatment_page(qtbot, wizard)
    form = wizard.course_form
    form.destination_zone.setFocus()
    replace_text(qtbot, "Mars/Olympus_Mons")
    form.arrival_date.setDate(date(2027, 1, 10))
    form.treatment_start.setDate(date(2027, 1, 9))
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentPage().title() == "Your treatment"
    assert "Mars/Olympus_Mons" in form.errors["destination_zone"].text()
    assert "cannot start before you arrive" in form.errors["treatment_start"].text()
    assert isinstance(form.destination_zone.lineEdit(), QLineEdit)
    assert form.destination_zone.zone() == "Mars/Olympus_Mons"


@pytest.mark.parametrize("discard", [True, False])
def test_escape_asks_before_discarding_and_cancelling_stores_nothing(
    qtbot: QtBot,
    wizard: OnboardingWizard,
    services: JournalServices,
    monkeypatch: pytest.MonkeyPatch,
    discard: bool,
) -> None:
    from ui.widgets.form_dialog import SavesInPlace

    asked: list[bool] = []

    def ask(cls: type, parent: object) -> bool:
        asked.append(True)
        return discard

    monkeypatch.setattr(SavesInPlace, "discard_typed", classmethod(ask))
    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == [True]
    assert wizard.isVisible() is not discard  # kept, with everything typed, unless discarded
    assert services.profile.get() is None
    if not discard:
        assert wizard.profile_form.name.text() != ""


def test_escape_with_nothing_typed_closes_at_once(
    qtbot: QtBot, wizard: OnboardingWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.widgets.form_dialog import SavesInPlace

    monkeypatch.setattr(SavesInPlace, "discard_typed", classmethod(lambda cls, parent: False))
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_an_unset_date_starts_from_today_with_the_arrow_key(
    qtbot: QtBot, wizard: OnboardingWizard
) -> None:
    from PySide6.QtCore import QDate

    box = wizard.profile_form.edss_date
    assert box.text() == "Not set"
    box.setFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert box.date() == QDate.currentDate()


def squeezed(root: QWidget) -> list[str]:
    """The visible fields and labels under ``root`` given less height than they need (a spin
    box's or combo box's own line edit is sized by its box, and is left out)."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r}: "
        f"{widget.height()} px of {widget.minimumSizeHint().height()}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QLabel))
        and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
        and widget.isVisible()
        and widget.height() < widget.minimumSizeHint().height()
    ]


def text_fits(box: QComboBox) -> bool:
    """The chosen text is shown whole in the closed box (not cut short)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    return box.fontMetrics().horizontalAdvance(box.currentText()) <= field.width()


def test_at_200_percent_in_spanish_each_page_fits_a_1280_by_800_screen(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    """Long Spanish captions and the longest protocol name, at the largest text: the wizard
    stays on the screen with Next in view, and its fields scroll instead of being squeezed."""
    from ui import i18n

    appearance.apply(Settings(theme="high_contrast", text_size=200))
    i18n.install(QApplication.instance(), "es")  # type: ignore[arg-type]
    try:
        wizard = OnboardingWizard(services)
        show_active(qtbot, wizard)
        wizard.profile_form.name.setFocus()
        fill_about_you(qtbot)
        titles: list[str] = []
        for _page in range(3):
            QApplication.processEvents()
            titles.append(wizard.currentPage().title())
            assert wizard.width() <= 1280, titles[-1]
            assert wizard.height() <= 800, titles[-1]
            assert squeezed(wizard) == [], titles[-1]
            assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
            if wizard.currentPage().title() == "Su tratamiento":
                type_text(qtbot, "T")  # the HSCT protocol: its name is the longest
                assert "TACMH" in wizard.course_form.protocol.currentText()
                assert text_fits(wizard.course_form.protocol)
                tab(qtbot)
                type_text(qtbot, "Clínica Prueba")
                tab(qtbot)
                type_text(qtbot, "Tijuana")
                tab(qtbot)
                replace_text(qtbot, "America/Tijuana")
                tab(qtbot)  # the arrival date, further down: scrolled into view
                field = focused()
                assert field is wizard.course_form.arrival_date
                viewport = field.parentWidget().parentWidget()
                top = field.mapTo(viewport, QPoint(0, 0)).y()
                assert 0 <= top <= viewport.height() - field.height()
            press(qtbot, Qt.Key.Key_Return)
        assert titles == ["Sobre usted", "Su tratamiento", "Su acompañante"]
        assert services.onboarding.is_complete()
    finally:
        i18n.install(QApplication.instance(), "en")  # type: ignore[arg-type]
        QLocale.setDefault(QLocale.c())


def test_a_companion_setting_up_is_spoken_to_as_the_companion(
    qtbot: QtBot, wizard: OnboardingWizard, services: JournalServices
) -> None:
    """Issue 17: the companion often sets Journey up on the patient's behalf; the pages say
    "the patient" then, each says which step it is, and "Recorded by" starts as the
    companion."""
    from journey.settings import RECORDED_BY

    page = wizard.currentPage()
    assert (page.title(), page.subTitle()) == ("About you", "Step 1 of 3")
    wizard.who.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # "I am the companion, setting up for the patient"
    assert (page.title(), page.subTitle()) == ("About the patient", "Step 1 of 3")
    name_label = wizard.profile_form.layout_.labelForField(wizard.profile_form.name)
    assert isinstance(name_label, QLabel)
    assert name_label.text() == "The patient's &name"
    titles = [wizard.page(i).title() for i in wizard.pageIds()]
    assert titles == ["About the patient", "The treatment", "You, the companion"]
    assert [wizard.page(i).subTitle() for i in wizard.pageIds()][2] == "Step 3 of 3"
    wizard.profile_form.name.setFocus()
    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "The treatment"
    tab(qtbot)
    type_text(qtbot, "Clínica Prueba")
    tab(qtbot)
    type_text(qtbot, "Tijuana")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "You, the companion"
    type_text(qtbot, "Luis López")
    press(qtbot, Qt.Key.Key_Return)  # Start my journal
    assert services.onboarding.is_complete()
    course = services.course.get()
    assert course is not None
    assert course.destination_zone == "America/Tijuana"  # from the city
    assert services.settings.get(RECORDED_BY) == "companion"


def test_the_zone_follows_the_city_typed_until_one_is_picked(
    qtbot: QtBot, wizard: OnboardingWizard
) -> None:
    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Return)  # to "Your treatment"
    form = wizard.course_form
    assert form.destination_zone.zone() == "America/Mexico_City"
    form.clinic_city.setFocus()
    type_text(qtbot, "Tijuana")
    assert form.destination_zone.zone() == "America/Tijuana"
    replace_text(qtbot, "cancun, mexico")  # without accents, as typed on the road
    assert form.destination_zone.zone() == "America/Cancun"
    form.destination_zone.setFocus()
    replace_text(qtbot, "America/Merida")  # picked by hand
    form.clinic_city.setFocus()
    replace_text(qtbot, "Tijuana")
    assert form.destination_zone.zone() == "America/Merida"


def test_the_treatment_start_moves_with_the_arrival(qtbot: QtBot, wizard: OnboardingWizard) -> None:
    from datetime import timedelta

    form = wizard.course_form
    form.treatment_start.setDate(TODAY + timedelta(days=3))
    form.arrival_date.setDate(TODAY + timedelta(days=10))
    assert form.treatment_start.date().toPython() == TODAY + timedelta(days=13)
    form.arrival_date.setDate(TODAY + timedelta(days=8))
    assert form.treatment_start.date().toPython() == TODAY + timedelta(days=11)


def fill_treatment(qtbot: QtBot, *, address: str, number: str) -> None:
    """The treatment page by keys: protocol, clinic, city (its zone follows), the dates as
    offered, then the clinic's address and its 24-hour number (either may stay empty)."""
    type_text(qtbot, "M")  # Mesenchymal stem cells
    tab(qtbot)
    type_text(qtbot, "Clínica Prueba")
    tab(qtbot)
    type_text(qtbot, "Tijuana, Mexico")
    tab(qtbot, 5)  # the zone, the arrival date and time, the treatment start: as offered
    type_text(qtbot, address)
    tab(qtbot)
    type_text(qtbot, number)


def test_the_clinics_address_and_24_hour_number_are_stored_with_the_rest(
    qtbot: QtBot, wizard: OnboardingWizard, services: JournalServices
) -> None:
    """Issue 17: the treatment page asks where the clinic is and its number for day and
    night; the number becomes a contact, "Clinic 24-hour line", under the clinic's name."""
    from journey.services.people import ContactDetails

    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is wizard.course_form.protocol
    fill_treatment(qtbot, address="Av. Revolución 1234, Zona Centro", number="+52 664 555 0100")
    assert focused() is wizard.course_form.clinic_phone
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "Your companion"
    press(qtbot, Qt.Key.Key_Return)  # travelling alone

    assert services.onboarding.is_complete()
    course = services.course.get()
    assert course is not None
    assert course.clinic_address == "Av. Revolución 1234, Zona Centro"
    assert course.destination_zone == "America/Tijuana"
    assert [entry.details for entry in services.contacts.contacts()] == [
        ContactDetails("Clínica Prueba", "clinic_24h", "+52 664 555 0100")
    ]


def test_the_number_may_wait_and_nothing_is_stored_for_it(
    qtbot: QtBot, wizard: OnboardingWizard, services: JournalServices
) -> None:
    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    fill_treatment(qtbot, address="", number="")
    hint = "Leave it empty if you do not have it yet"
    assert hint in wizard.course_form.clinic_phone.accessibleDescription()
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert services.onboarding.is_complete()
    course = services.course.get()
    assert course is not None
    assert course.clinic_address == ""
    assert services.contacts.contacts() == []


def test_a_number_that_is_no_number_is_refused_beside_it_and_nothing_is_stored(
    qtbot: QtBot, wizard: OnboardingWizard, services: JournalServices
) -> None:
    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    fill_treatment(qtbot, address="Av. Revolución 1234", number="call the front desk")
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.currentPage().title() == "Your treatment"
    error = wizard.course_form.errors["clinic_phone"]
    assert error.isVisible()
    assert focused() is wizard.course_form.clinic_phone
    assert wizard.course_form.clinic_phone.text() == "call the front desk"
    assert wizard.course_form.clinic_address.text() == "Av. Revolución 1234"
    assert not services.onboarding.is_complete()
    assert services.contacts.contacts() == []


def test_the_course_form_shows_the_stored_address(qtbot: QtBot) -> None:
    from ui.widgets.forms import CourseForm

    form = CourseForm("America/Toronto", TODAY)
    qtbot.addWidget(form)
    assert form.clinic_phone is None  # the number is a contact: asked by onboarding only
    stored = CourseData(
        "msc",
        "Clínica Prueba",
        "Tijuana",
        TODAY,
        time(9, 0),
        "America/Tijuana",
        TODAY,
        "America/Toronto",
        clinic_address="Av. Revolución 1234",
    )
    form.write(stored)
    assert form.clinic_address.text() == "Av. Revolución 1234"
    assert form.destination_zone.currentText() == "Tijuana (Mexico)"
    assert form.read() == (stored, [])


def test_the_companion_named_in_the_wizard_is_on_people_with_their_number(
    qtbot: QtBot, wizard: OnboardingWizard, services: JournalServices
) -> None:
    """Issue 19: the companion typed in the wizard was missing from People, where the others
    look for a number."""
    from ui.trip.people import PeoplePage

    fill_about_you(qtbot)
    press(qtbot, Qt.Key.Key_Return)
    fill_treatment(qtbot, address="", number="")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "Your companion"
    type_text(qtbot, "Luis López")
    tab(qtbot)
    type_text(qtbot, "+1 619 555 0199")
    press(qtbot, Qt.Key.Key_Return)
    assert services.onboarding.is_complete()

    page = PeoplePage(services.contacts)
    show_active(qtbot, page)
    model = page.table.model()
    rows = [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert len(rows) == 1
    assert "Luis López" in rows[0]
    assert "Companion" in rows[0]
    assert "+1 619 555 0199" in rows[0]
    assert not page.table.showing_empty_text()
