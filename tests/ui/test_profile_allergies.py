"""Allergies and blood type in the profile editor on Today (issue 20, part 5): typed and
picked with the keyboard, stored, shown again when the editor is reopened."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.ui.keys import focused, press, tab, tab_to, type_text
from tests.ui.test_today import open_editor_by_keyboard, show_today


def test_a_person_enters_allergies_and_blood_type_and_finds_them_again(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    profile = demo_services.profile.get()
    assert profile is not None
    demo_services.profile.save(replace(profile, allergies="", blood_type=""))
    page = show_today(qtbot, demo_services)
    form = open_editor_by_keyboard(qtbot, page)

    allergies = tab_to(qtbot, "Allergies")
    assert isinstance(allergies, QPlainTextEdit)
    assert allergies.toPlainText() == ""
    assert "for the wallet card" in allergies.accessibleDescription()
    type_text(qtbot, "Penicillin (rash)")
    press(qtbot, Qt.Key.Key_Return)  # a second line, not a save
    type_text(qtbot, "Latex (hives)")
    tab(qtbot)
    blood_type = focused()
    assert blood_type is form.blood_type
    assert isinstance(blood_type, QComboBox)
    assert blood_type.currentText() == "Not entered"
    type_text(qtbot, "O")  # the first type starting with O…
    assert blood_type.currentText() == "O+"
    press(qtbot, Qt.Key.Key_Down)  # …and the next one
    assert blood_type.currentText() == "O\u2212"  # a true minus sign, easy to read
    qtbot.mouseClick(page.save_profile, Qt.MouseButton.LeftButton)

    stored = demo_services.profile.get()
    assert stored is not None
    assert stored.allergies == "Penicillin (rash)\nLatex (hives)"
    assert stored.blood_type == "O-"  # ASCII in the journal
    assert page.saved_note.text() == "Profile saved."

    page.edit_profile.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert form.allergies.toPlainText() == "Penicillin (rash)\nLatex (hives)"
    assert form.blood_type.currentText() == "O\u2212"


def test_a_blood_type_can_be_set_back_to_not_entered(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    page = show_today(qtbot, demo_services)
    form = open_editor_by_keyboard(qtbot, page)
    assert form.allergies.toPlainText() == "Penicillin (rash)"  # the demo's
    assert form.blood_type.currentText() == "O+"
    tab_to(qtbot, "Allergies")
    tab(qtbot)
    assert focused() is form.blood_type
    press(qtbot, Qt.Key.Key_Home)
    assert form.blood_type.currentText() == "Not entered"
    qtbot.mouseClick(page.save_profile, Qt.MouseButton.LeftButton)

    stored = demo_services.profile.get()
    assert stored is not None
    assert (stored.allergies, stored.blood_type) == ("Penicillin (rash)", "")
