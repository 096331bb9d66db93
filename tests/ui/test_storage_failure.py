"""A full disk while saving: the quick log stays open with everything typed, says why in
words, and saves once there is room again (issue 7)."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from journey.services import JournalServices
from tests.ui.keys import press, show_active, type_text
from ui.quick_log import QuickLogDialog


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
