"""The People page: add and edit in a dialog, delete with Undo, copy a number in one click."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from journey.journal import Journal
from journey.services.people import ContactDetails, ContactEntry, ContactService
from tests.ui.helpers import unnamed_focusable
from tests.ui.keys import focused, on_next_dialog, press, put_away, show_active, tab, type_text
from ui.trip.people import ContactDialog, PeoplePage

LUPITA = ContactDetails("Lupita", "coordinator", "+52 664 555 0101", "", "WhatsApp")
NIGHT = ContactDetails("Night line", "clinic_24h", "+52 664 555 0199")
DOCTOR = ContactDetails("Dr. Ruiz", "lead_doctor", "", "ruiz@example.com")


@pytest.fixture
def contacts(journal: Journal) -> ContactService:
    return ContactService(journal.session_factory)


def show_people(qtbot: QtBot, contacts: ContactService) -> PeoplePage:
    page = PeoplePage(contacts)
    page.resize(900, 600)
    show_active(qtbot, page)
    return page


def shown_names(page: PeoplePage) -> list[str]:
    model = page.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_add_a_person_with_the_keyboard(qtbot: QtBot, contacts: ContactService) -> None:
    page = show_people(qtbot, contacts)

    def fill(dialog: ContactDialog) -> None:
        assert focused() is dialog.name
        type_text(qtbot, "Lupita Hernández")
        tab(qtbot)
        press(qtbot, Qt.Key.Key_Down)  # Patient coordinator → Clinic 24-hour line
        tab(qtbot)
        type_text(qtbot, "+52 664 555 0101")
        press(qtbot, Qt.Key.Key_Return)  # Save

    on_next_dialog(fill)
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    stored = contacts.contacts()
    assert [c.details for c in stored] == [
        ContactDetails("Lupita Hernández", "clinic_24h", "+52 664 555 0101")
    ]
    assert shown_names(page) == ["Lupita Hernández"]
    assert page.table.model().index(0, 1).data() == "Clinic 24-hour line"
    assert page.table.current() == stored[0]
    assert said.args == ["Added Lupita Hernández."]


def test_an_empty_name_is_refused_beside_the_field_and_nothing_is_stored(
    qtbot: QtBot, contacts: ContactService
) -> None:
    page = show_people(qtbot, contacts)
    seen: dict[str, object] = {}

    def fill(dialog: ContactDialog) -> None:
        tab(qtbot, 2)
        type_text(qtbot, "+52 664 555 0101")
        tab(qtbot)
        type_text(qtbot, "not-an-address")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        seen["open"] = dialog.isVisible()
        seen["name"] = dialog.form.errors["name"].text()
        seen["email"] = dialog.form.errors["email"].text()
        seen["phone"] = dialog.phone.text()
        seen["focus"] = focused() is dialog.name
        seen["unnamed"] = unnamed_focusable(dialog)

    on_next_dialog(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert seen == {
        "open": True,
        "name": "⚠ This is required.",
        "email": "⚠ This does not look like an e-mail address.",
        "phone": "+52 664 555 0101",  # what was typed stays
        "focus": True,
        "unnamed": [],
    }
    assert contacts.contacts() == []
    assert shown_names(page) == []


def test_a_phone_number_with_letters_is_refused(qtbot: QtBot, contacts: ContactService) -> None:
    dialog = ContactDialog(contacts)
    show_active(qtbot, dialog)
    type_text(qtbot, "Driver Juan")
    dialog.phone.setFocus()
    type_text(qtbot, "call the hotel")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.details is None
    assert "only digits, spaces and + - ( )" in dialog.form.errors["phone"].text()
    assert dialog.form.errors["name"].isHidden()
    put_away(dialog)


def test_enter_on_a_row_edits_it(
    qtbot: QtBot, contacts: ContactService, monkeypatch: pytest.MonkeyPatch
) -> None:
    lupita = contacts.add(LUPITA)
    contacts.add(NIGHT)
    page = show_people(qtbot, contacts)
    asked: list[ContactDetails | None] = []

    def ask(  # the dialog's Save with the details changed
        service: ContactService,
        save: Callable[[ContactDetails], ContactEntry],
        initial: ContactDetails | None = None,
        parent: object = None,
    ) -> ContactEntry:
        asked.append(initial)
        return save(ContactDetails("Lupita H.", "translator", "+52 664 555 0102"))

    monkeypatch.setattr(ContactDialog, "ask", ask)
    page.table.setFocus()
    page.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)

    assert asked == [LUPITA]
    assert contacts.get(lupita.id).details == ContactDetails(
        "Lupita H.", "translator", "+52 664 555 0102"
    )
    # Listed by role: the clinic line now comes before the translator.
    assert shown_names(page) == ["Night line", "Lupita H."]
    assert page.table.current().id == lupita.id


def test_delete_with_the_key_and_undo_with_ctrl_z(qtbot: QtBot, contacts: ContactService) -> None:
    lupita = contacts.add(LUPITA)
    contacts.add(NIGHT)
    page = show_people(qtbot, contacts)
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.status) as said:
        press(qtbot, Qt.Key.Key_Delete)

    assert shown_names(page) == ["Night line"]
    assert [c.details for c in contacts.contacts()] == [NIGHT]
    assert page.undo_bar.isVisible()
    assert page.undo_bar.message.text() == "Deleted Lupita."
    assert said.args == ["Deleted Lupita. Press Undo or Ctrl+Z to bring it back."]

    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contacts.contacts()[0] == lupita  # the same id and details
    assert shown_names(page) == ["Lupita", "Night line"]
    assert not page.undo_bar.isVisible()


def test_deletions_stack_and_undo_button_brings_each_back(
    qtbot: QtBot, contacts: ContactService
) -> None:
    for details in (LUPITA, NIGHT, DOCTOR):
        contacts.add(details)
    page = show_people(qtbot, contacts)
    for _ in range(2):
        page.table.selectRow(0)
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert shown_names(page) == ["Dr. Ruiz"]
    assert page.undo_bar.message.text() == "Deleted Night line."
    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert page.undo_bar.message.text() == "Deleted Lupita."
    qtbot.mouseClick(page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert shown_names(page) == ["Lupita", "Night line", "Dr. Ruiz"]
    assert not page.undo_bar.isVisible()


def test_copy_number_puts_the_selected_phone_on_the_clipboard(
    qtbot: QtBot, contacts: ContactService
) -> None:
    contacts.add(NIGHT)
    contacts.add(DOCTOR)
    page = show_people(qtbot, contacts)
    assert not page.copy_button.isEnabled()  # nothing selected yet
    page.table.selectRow(0)
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+52 664 555 0199"
    assert said.args == ["Copied +52 664 555 0199 (Night line)."]
    page.table.selectRow(1)  # the doctor has no phone number
    assert not page.copy_button.isEnabled()


def test_the_table_model_keeps_qts_contract(
    qtbot: QtBot, qtmodeltester: object, contacts: ContactService
) -> None:
    for details in (LUPITA, NIGHT, DOCTOR):
        contacts.add(details)
    page = show_people(qtbot, contacts)
    qtmodeltester.check(page.table.rows_model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.table.proxy)  # type: ignore[attr-defined]
    page.refresh()  # a reset while the tester watches


def test_sorting_by_role_uses_the_role_order_not_the_words(
    qtbot: QtBot, contacts: ContactService
) -> None:
    for details in (DOCTOR, NIGHT, LUPITA):
        contacts.add(details)
    page = show_people(qtbot, contacts)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown_names(page) == ["Dr. Ruiz", "Night line", "Lupita"]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown_names(page) == ["Dr. Ruiz", "Lupita", "Night line"]
    entry = page.table.model().index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert isinstance(entry, ContactEntry)
    assert entry.details == DOCTOR


def test_every_control_is_named(qtbot: QtBot, contacts: ContactService) -> None:
    contacts.add(LUPITA)
    page = show_people(qtbot, contacts)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.undo_bar.isVisible()
    assert unnamed_focusable(page) == []
    assert all(b.height() >= 36 for b in page.findChildren(QPushButton) if b.isVisible())
    dialog = ContactDialog(contacts, LUPITA)
    show_active(qtbot, dialog)
    assert unnamed_focusable(dialog) == []
    put_away(dialog)
