"""The Today page: where the journey stands, the companion's number, the editable profile."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from journey.dto import CourseData, ProfileData
from journey.services import JournalServices
from tests.ui.keys import focused, press, replace_text, show_active, tab
from ui.today.page import TodayPage
from ui.widgets.forms import ProfileForm


def show_today(qtbot: QtBot, services: JournalServices) -> TodayPage:
    page = TodayPage(services)
    show_active(qtbot, page)
    return page


def test_demo_shows_the_day_of_the_stay_and_the_companion(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    page = show_today(qtbot, demo_services)
    assert page.date_line.text() == "Today is Wednesday, 25 November 2026"
    assert page.where_line.text() == "Day 25 of your stay — Tijuana, Mexico"
    assert page.treatment_line.text() == "Treatment started 21 days ago."
    assert "Autologous HSCT" in page.protocol_line.text()
    # The patient is in Tijuana by the plan: Today counts there, though the computer keeps
    # Toronto's time, and names no zone.
    assert page.arrival_line.text() == "Arrival: Sunday, 1 November 2026, 14:30"
    assert page.protocol_day_line.text() == "Protocol day +10"
    # The protective isolation ended on day +8; the discharge is tomorrow. The hotel stay,
    # from the arrival to day 28, covers today.
    assert page.today_heading.text() == "Today: Wed 25 Nov 2026 · Day +10"
    assert page.today_items.text() == "16:00–28 Nov 11:00 Hotel Ejemplo Tijuana (Hotel stay)"
    assert page.tomorrow_heading.text() == "Tomorrow: Thu 26 Nov 2026 · Day +11"
    assert page.tomorrow_items.text() == (
        "16:00–28 Nov 11:00 Hotel Ejemplo Tijuana (Hotel stay)\n"
        "10:00–12:00 Discharge: instructions and medications (Discharge)"
    )
    assert "Tomás Ramírez" in page.companion_line.text()
    summary = page.profile_summary.text()
    assert "Elena Ramírez" in summary
    assert "Relapsing-remitting MS (RRMS)" in summary
    assert "EDSS 4.0, as reported by a clinician (1 Sep 2026)" in summary
    assert "Last MRI 11 Aug 2026: Two new T2 lesions" in summary


def test_copy_number_puts_the_companions_phone_on_the_clipboard(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    page = show_today(qtbot, demo_services)
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(page.copy_phone, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+1 416 555 0142"
    assert said.args == ["Copied +1 416 555 0142"]


def test_countdown_before_arrival(qtbot: QtBot, services: JournalServices) -> None:
    services.onboarding.complete(
        ProfileData(name="Ana", ms_type="RRMS"),
        CourseData(
            protocol="msc",
            clinic_name="Clínica Prueba",
            clinic_city="",
            arrival_date=date(2026, 12, 7),
            arrival_time=time(10, 0),
            destination_zone="America/Toronto",
            treatment_start=date(2026, 12, 8),
            home_zone="America/Toronto",
        ),
        None,
    )
    page = show_today(qtbot, services)
    assert page.where_line.text() == "You arrive in 12 days — Clínica Prueba"
    assert page.treatment_line.text() == "Treatment starts in 13 days."
    assert "here" not in page.arrival_line.text()  # same zone as the computer: not repeated
    assert page.companion_line.text() == "You travel alone."
    assert not page.copy_phone.isVisible()


def open_editor_by_keyboard(qtbot: QtBot, page: TodayPage) -> ProfileForm:
    page.edit_profile.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert page.profile_form is not None
    assert focused() is page.profile_form.name
    assert page.profile_form.name.text() == "Elena Ramírez"
    return page.profile_form


def test_profile_edit_is_saved(qtbot: QtBot, demo_services: JournalServices) -> None:
    page = show_today(qtbot, demo_services)
    form = open_editor_by_keyboard(qtbot, page)
    tab(qtbot, 3)
    assert focused() is form.edss
    replace_text(qtbot, "4.5")
    qtbot.mouseClick(page.save_profile, Qt.MouseButton.LeftButton)

    profile = demo_services.profile.get()
    assert profile is not None
    assert profile.edss == 4.5
    assert page.saved_note.text() == "Profile saved."
    assert not form.isVisible()
    assert "EDSS 4.5" in page.profile_summary.text()


def test_cancel_keeps_the_stored_profile(qtbot: QtBot, demo_services: JournalServices) -> None:
    before = demo_services.profile.get()
    page = show_today(qtbot, demo_services)
    form = open_editor_by_keyboard(qtbot, page)
    replace_text(qtbot, "Someone Else")
    qtbot.mouseClick(page.cancel_profile, Qt.MouseButton.LeftButton)
    assert demo_services.profile.get() == before
    assert "Elena Ramírez" in page.profile_summary.text()
    page.open_profile_editor()
    assert form.name.text() == "Elena Ramírez"  # reopened on what is stored


def test_bad_profile_edit_keeps_typing_and_stores_nothing(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    before = demo_services.profile.get()
    page = show_today(qtbot, demo_services)
    form = open_editor_by_keyboard(qtbot, page)
    form.edss.setFocus()
    replace_text(qtbot, "3.3")
    form.diagnosis_year.setFocus()
    replace_text(qtbot, "1066")
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(page.save_profile, Qt.MouseButton.LeftButton)

    assert demo_services.profile.get() == before
    assert "steps of 0.5" in form.errors["edss"].text()
    assert "between 1950 and 2026" in form.errors["diagnosis_year"].text()
    assert form.edss.text() == "3.3"
    assert form.isVisible()
    assert said.args == ["Profile not saved: see the marked fields."]
