"""A full disk or a read-only journal while saving: the quick log, and every dialog that saves
an entry, stays open with everything typed, says why in words, and saves once it can (issue 7)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from journey.services import JournalServices
from tests.ui.keys import on_next_dialog, press, show_active, type_text
from ui.shell.main_window import MainWindow
from ui.side_effects.quick_log import QuickLogDialog
from ui.widgets.themes import Appearance


def cap(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
    dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_keeps_the_entry_in_the_dialog(qtbot: QtBot, services: JournalServices) -> None:
    engine = services.session_factory.kw["bind"]
    dialog = QuickLogDialog(services)
    show_active(qtbot, dialog)
    type_text(qtbot, "Headache")
    dialog.severity.setText("6")
    notes = "Woke up with it; " + "still there. " * 1500  # needs new pages
    dialog.notes.setPlainText(notes)
    engine.dispose()
    event.listen(engine, "connect", cap)  # from now on the database may not grow

    dialog.severity.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.storage_note.isVisible()
    assert dialog.storage_note.text() == (
        "⚠ The disk is full, so nothing was saved. Free some space and save again. "
        "What you typed is kept here."
    )
    assert dialog.symptom.text() == "Headache"
    assert dialog.severity.text() == "6"
    assert dialog.notes.toPlainText() == notes
    assert services.side_effects.entries() == []

    event.remove(engine, "connect", cap)  # room again
    engine.dispose()
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QuickLogDialog.DialogCode.Accepted
    (entry,) = services.side_effects.entries()
    assert entry.details.notes == notes


# --- every dialog that saves an entry ---------------------------------------------------------

LONG = " ".join(["Written on the way back from the clinic, so it is long."] * 4)


def read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA query_only = ON")  # as if the folder became read-only


def _person(qtbot: QtBot, dialog: Any) -> None:
    qtbot.keyClicks(dialog.name, "Night nurse")
    dialog.notes.setPlainText(LONG)


def _cost(qtbot: QtBot, dialog: Any) -> None:
    dialog.description.setText(LONG)
    qtbot.keyClicks(dialog.expected, "120")


def _relapse(_qtbot: QtBot, dialog: Any) -> None:
    dialog.symptoms.setPlainText(LONG)


def _item(qtbot: QtBot, dialog: Any) -> None:
    qtbot.keyClicks(dialog.form.title, "Blood test")
    dialog.form.notes.setPlainText(LONG)


def _side_effect(_qtbot: QtBot, dialog: Any) -> None:
    dialog.notes.setPlainText(LONG)


def _stored_people(services: JournalServices) -> list[str]:
    return [c.details.notes for c in services.contacts.contacts()]


def _stored_costs(services: JournalServices) -> list[str]:
    return [e.details.description for e in services.expenses.expenses()]


def _stored_relapses(services: JournalServices) -> list[str]:
    return [r.details.symptoms for r in services.clinical.relapses.all()]


def _stored_items(services: JournalServices) -> list[str]:
    return [i.details.notes for i in services.itinerary.items()]


def _stored_side_effects(services: JournalServices) -> list[str]:
    return [e.details.notes for e in services.side_effects.entries()]


DIALOGS: dict[str, tuple[int, str, Callable[[QtBot, Any], None], Callable[..., list[str]]]] = {
    # name: (the page's row in the sidebar, its button, filling the dialog, what is stored)
    "add a person": (7, "add_button", _person, _stored_people),
    "add a cost": (9, "add_button", _cost, _stored_costs),
    "add a relapse": (5, "relapses.add_button", _relapse, _stored_relapses),
    "add an itinerary item": (2, "add_button", _item, _stored_items),
    "edit a side effect": (3, "edit_button", _side_effect, _stored_side_effects),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_a_refused_write_keeps_every_dialogs_entry_in_it_until_it_can_be_saved(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, name: str
) -> None:
    row, button_name, fill, stored = DIALOGS[name]
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(demo_services)
    window.sidebar.setCurrentRow(row)
    page = window.page(row)
    if name == "edit a side effect":
        page.table.selectRow(0)
    button = page
    for part in button_name.split("."):
        button = getattr(button, part)
    before = stored(demo_services)
    engine = demo_services.session_factory.kw["bind"]
    seen: list[str] = []

    def save_on_a_full_disk(dialog: Any) -> None:
        fill(qtbot, dialog)
        engine.dispose()
        event.listen(engine, "connect", read_only)
        try:
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            seen.append(dialog.storage_note.text())
            assert dialog.isVisible()
            assert dialog.storage_note.isVisible()
        finally:
            event.remove(engine, "connect", read_only)  # writable again
            engine.dispose()
        assert stored(demo_services) == before  # nothing stored, nothing half-stored
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    on_next_dialog(save_on_a_full_disk)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [
        "⚠ The journal's folder cannot be written to, so nothing was saved. "
        "What you typed is kept here."
    ]
    assert LONG in stored(demo_services)  # the same typing, saved once it could be
    assert len(stored(demo_services)) == len(before) + (name != "edit a side effect")
    window.close()


def test_a_refused_save_on_a_page_is_said_over_the_window_and_the_page_keeps_the_typing(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    """The profile edited on Today has no dialog of its own: the net (ui.shell.storage_net, put in
    by ui.shell.app around the event loop) says why instead of a traceback nobody sees."""
    from ui.shell import storage_net
    from ui.today.page import TodayPage

    page = TodayPage(demo_services)
    show_active(qtbot, page)
    before = demo_services.profile.get()
    page.open_profile_editor()
    assert page.profile_form is not None
    page.profile_form.name.setText("Elena Ramírez Soto")
    engine = demo_services.session_factory.kw["bind"]
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        press(qtbot, Qt.Key.Key_Return)

    remove_net = storage_net.install()
    engine.dispose()
    event.listen(engine, "connect", read_only)
    try:
        on_next_dialog(read)
        qtbot.mouseClick(page.save_profile, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(said))
    finally:
        remove_net()
        event.remove(engine, "connect", read_only)
        engine.dispose()
    assert said == ["⚠ The journal's folder cannot be written to, so nothing was saved."]
    assert page.profile_form.isVisible()
    assert page.profile_form.name.text() == "Elena Ramírez Soto"  # the typing, kept
    assert demo_services.profile.get() == before

    qtbot.mouseClick(page.save_profile, Qt.MouseButton.LeftButton)  # it can be written again
    saved = demo_services.profile.get()
    assert saved is not None
    assert saved.name == "Elena Ramírez Soto"
