"""The quick log: Ctrl+L, a few letters, Enter, the digit, Enter — from anywhere."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.settings import RECORDED_BY
from journey.timekeeping import Clock
from tests.ui.helpers import HOME_ZONE, NOW, unnamed_focusable
from tests.ui.keys import back_to, focused, on_next_dialog, press, show_active, type_text
from ui.shell.main_window import MainWindow
from ui.side_effects.page import SideEffectsPage
from ui.side_effects.quick_log import QuickLogDialog, logged_message
from ui.side_effects.table import SideEffectModel
from ui.today.page import TodayPage
from ui.widgets.forms import set_choice
from ui.widgets.themes import Appearance


def open_window(qtbot: QtBot, services: JournalServices, appearance: Appearance) -> MainWindow:
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(services)
    return window


def test_ctrl_l_head_enter_5_enter_stores_and_shows_on_today(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    window = open_window(qtbot, services, appearance)
    assert window.log_button.height() >= 36
    window.sidebar.setCurrentRow(3)  # the Side-effects page is open while logging
    table = window.page(3)
    assert isinstance(table, SideEffectsPage)
    assert table.model.rowCount() == 0

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, QuickLogDialog)
        assert focused() is dialog.symptom
        type_text(qtbot, "head")
        press(qtbot, Qt.Key.Key_Return)  # takes the suggestion and moves on
        assert dialog.symptom.text() == "Headache"
        assert focused() is dialog.severity
        type_text(qtbot, "5")
        assert dialog.severity_word.text() == "moderate"
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(log)
    with qtbot.waitSignal(window.statusBar().messageChanged) as said:
        press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+L opened no dialog"
    back_to(qtbot, window)

    (entry,) = services.side_effects.entries()
    assert entry.details.symptom == "Headache"
    assert entry.details.severity == 5
    assert entry.details.at == NOW
    assert entry.details.zone == HOME_ZONE
    assert entry.details.recorded_by == "patient"
    assert said.args[0] == "Logged Headache, severity 5 (moderate), at 12:00."
    today = window.page(0)
    assert isinstance(today, TodayPage)
    assert "12:00 · Headache · 5 (moderate)" in today.entries.lines.text()
    assert table.model.rowCount() == 1
    assert table.model.index(0, 1).data() == "Headache"


def test_the_log_button_opens_it_and_cancel_stores_nothing(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    window = open_window(qtbot, services, appearance)
    seen = on_next_dialog(lambda dialog: press(qtbot, Qt.Key.Key_Escape))
    qtbot.mouseClick(window.log_button, Qt.MouseButton.LeftButton)
    assert seen
    back_to(qtbot, window)
    assert services.side_effects.entries() == []


def show_dialog(qtbot: QtBot, services: JournalServices) -> QuickLogDialog:
    dialog = QuickLogDialog(services)
    show_active(qtbot, dialog)
    return dialog


def test_temperature_in_fahrenheit_and_who_recorded_it_once(
    qtbot: QtBot, services: JournalServices
) -> None:
    services.settings.save_preferences(
        replace(services.settings.preferences(), temperature_unit="F")
    )
    dialog = show_dialog(qtbot, services)
    assert dialog.recorded_by.currentData() == "patient"
    dialog.symptom.setText("fever")
    dialog.severity.setText("3")
    dialog.temperature.setText("101.3")
    dialog.notes.setPlainText("line one\nline two")
    dialog.recorded_by.setCurrentIndex(dialog.recorded_by.findData("companion"))
    dialog.save()
    (entry,) = services.side_effects.entries()
    assert entry.details.symptom == "Fever"
    assert entry.details.celsius == pytest.approx(38.5)
    assert entry.details.notes == "line one\nline two"
    assert entry.details.recorded_by == "companion"
    # The next entry starts again as this computer's person (issue 19: the patient's own
    # rating had defaulted to "The companion", who logged last).
    assert services.settings.get(RECORDED_BY) == "patient"
    again = show_dialog(qtbot, services)
    assert again.recorded_by.currentData() == "patient"


def test_the_users_own_symptom_joins_the_suggestions(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = show_dialog(qtbot, services)
    type_text(qtbot, "ringing in the ears")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    # Kept exactly as typed, small letters and all.
    assert services.side_effects.entries()[0].details.symptom == "ringing in the ears"
    assert not dialog.isVisible()
    again = show_dialog(qtbot, services)
    type_text(qtbot, "RINGI")
    press(qtbot, Qt.Key.Key_Return)
    assert again.symptom.text() == "ringing in the ears"


@pytest.mark.parametrize(
    ("unit", "field", "typed", "words"),
    [
        ("C", "temperature", "25", "between 30.0 and 45.0 °C"),
        ("C", "temperature", "50", "between 30.0 and 45.0 °C"),
        ("F", "temperature", "200", "between 86.0 and 113.0 °F"),
        ("C", "temperature", "abc", "Enter a number"),
        ("C", "severity", "11", "from 0 (none) to 10"),
        ("C", "severity", "-1", "from 0 (none) to 10"),
        ("C", "severity", "", "required"),
        ("C", "symptom", "", "required"),
    ],
)
def test_bad_input_is_explained_beside_the_field_and_nothing_is_stored(
    qtbot: QtBot, services: JournalServices, unit: str, field: str, typed: str, words: str
) -> None:
    services.settings.save_preferences(
        replace(services.settings.preferences(), temperature_unit=unit)
    )
    dialog = show_dialog(qtbot, services)
    dialog.symptom.setText("Headache")
    dialog.severity.setText("4")
    dialog.temperature.setText("37.5" if unit == "C" else "99.5")
    editor = {"temperature": dialog.temperature, "severity": dialog.severity}.get(
        field, dialog.symptom
    )
    editor.setText(typed)
    press(qtbot, Qt.Key.Key_Return) if focused() is not dialog.symptom else dialog.save()
    error = dialog.form.errors[field]
    assert error.isVisible()
    assert error.text().startswith("⚠ ")
    assert words in error.text()
    assert services.side_effects.entries() == []
    assert dialog.isVisible()
    assert editor.text() == typed  # the dialog keeps what was typed
    assert focused() is editor


def test_a_time_in_the_future_is_refused(qtbot: QtBot, services: JournalServices) -> None:
    dialog = show_dialog(qtbot, services)
    dialog.symptom.setText("Headache")
    dialog.severity.setText("4")
    dialog.at.setTime(dialog.at.time().addSecs(5 * 60))
    dialog.save()
    assert "in the future" in dialog.form.errors["at"].text()
    assert services.side_effects.entries() == []
    dialog.at.setTime(dialog.at.time().addSecs(-10 * 60))  # earlier is fine
    dialog.save()
    assert services.side_effects.entries()[0].details.at == NOW - timedelta(minutes=5)


def test_a_time_in_the_spring_forward_gap_is_refused(
    qtbot: QtBot, journal: object, appearance: Appearance
) -> None:
    from journey.journal import Journal

    assert isinstance(journal, Journal)
    later = JournalServices.build(
        journal.session_factory,
        Clock(HOME_ZONE, fixed_now=datetime(2027, 3, 14, 12, 0, tzinfo=UTC)),
    )
    dialog = show_dialog(qtbot, later)
    dialog.symptom.setText("Headache")
    dialog.severity.setText("4")
    dialog.day.setDate(QDate(2027, 3, 14))
    dialog.at.setTime(QTime(2, 30))
    dialog.save()
    assert "does not exist" in dialog.form.errors["at"].text()
    assert later.side_effects.entries() == []


def test_a_typed_time_in_the_hour_that_happens_twice_is_refused_not_guessed(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = show_dialog(qtbot, services)
    dialog.symptom.setText("Headache")
    dialog.severity.setText("4")
    dialog.day.setDate(QDate(2026, 11, 1))  # Toronto's clocks go back from 02:00 to 01:00
    dialog.at.setTime(QTime(1, 30))
    dialog.save()
    assert "happens twice" in dialog.form.errors["at"].text()
    assert services.side_effects.entries() == []


def test_now_as_offered_is_exact_even_in_the_hour_that_happens_twice(
    qtbot: QtBot, journal: object
) -> None:
    from journey.journal import Journal

    assert isinstance(journal, Journal)
    second_pass = datetime(2026, 11, 1, 6, 30, tzinfo=UTC)  # 01:30 EST, the second 01:30
    night = JournalServices.build(journal.session_factory, Clock(HOME_ZONE, fixed_now=second_pass))
    dialog = show_dialog(qtbot, night)
    assert dialog.at.time() == QTime(1, 30)
    dialog.symptom.setText("Headache")
    dialog.severity.setText("4")
    dialog.save()
    (entry,) = night.side_effects.entries()
    assert entry.details.at == second_pass  # not 05:30 UTC, the first 01:30


def test_the_dialog_is_named_for_screen_readers(qtbot: QtBot, services: JournalServices) -> None:
    dialog = show_dialog(qtbot, services)
    assert unnamed_focusable(dialog) == []
    dialog.save()  # shows the problems too
    assert unnamed_focusable(dialog) == []
    assert QApplication.focusWidget() is dialog.symptom


def test_arrowing_through_the_suggestions_picks_the_highlighted_one(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = show_dialog(qtbot, services)
    type_text(qtbot, "pain")  # Back pain, Puncture-site pain
    popup = dialog.symptom.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(popup, key)  # the suggestions have the keyboard while they show
    assert dialog.symptom.text() == "Puncture-site pain"
    assert focused() is dialog.severity


def test_where_the_temperature_was_taken_is_stored_shown_and_offered_again(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = show_dialog(qtbot, services)
    assert dialog.route.currentText() == "Not said"
    assert dialog.form.fields["route"].toolTip() == (
        "The red-flag temperatures are for readings taken in the mouth."
    )
    dialog.symptom.setText("fever")
    dialog.severity.setText("3")
    dialog.temperature.setText("37.6")
    dialog.route.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Not said → in the mouth
    press(qtbot, Qt.Key.Key_Down)  # → in the ear
    assert dialog.route.currentText() == "In the ear"
    press(qtbot, Qt.Key.Key_Return)

    (entry,) = services.side_effects.entries()
    assert entry.details.route == "ear"
    assert logged_message(entry, "C").endswith("Temperature 37.6 °C in the ear.")
    assert show_dialog(qtbot, services).route.currentText() == "In the ear"
    page = SideEffectsPage(services)
    page.refresh()
    temperature = page.table.model().index(0, SideEffectModel.TEMPERATURE).data()
    assert temperature == "37.6 °C (in the ear)"


def test_a_route_without_a_temperature_is_not_stored(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = show_dialog(qtbot, services)
    dialog.symptom.setText("nausea")
    dialog.severity.setText("2")
    set_choice(dialog.route, "armpit")
    dialog.save()
    (entry,) = services.side_effects.entries()
    assert entry.details.route is None
