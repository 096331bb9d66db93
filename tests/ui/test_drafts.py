"""Drafts: what is typed in the quick log or the rating form outlives a crash or a closed
window and is brought back; Save and Cancel clear it (issue 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.ui.helpers import NOW
from tests.ui.keys import press, show_active, type_text
from tests.ui.questions import DISCARD, answer_next_question
from ui.aftercare.rating_dialog import RatingDialog
from ui.side_effects.quick_log import QuickLogDialog


def open_log(qtbot: QtBot, services: JournalServices) -> QuickLogDialog:
    dialog = QuickLogDialog(services)
    show_active(qtbot, dialog)
    return dialog


def type_an_entry(qtbot: QtBot, dialog: QuickLogDialog) -> None:
    type_text(qtbot, "Náusea fuerte")
    dialog.severity.setFocus()
    type_text(qtbot, "7")
    dialog.notes.setFocus()
    type_text(qtbot, "After lunch")


def test_a_crash_while_typing_loses_nothing(qtbot: QtBot, services: JournalServices) -> None:
    first = open_log(qtbot, services)
    type_an_entry(qtbot, first)
    # A pause in typing writes the draft; then the app dies without closing anything.
    qtbot.waitUntil(lambda: services.drafts.get("quick_log") is not None, timeout=5000)

    again = open_log(qtbot, services)
    assert again.symptom.text() == "Náusea fuerte"
    assert again.severity.text() == "7"
    assert again.notes.toPlainText() == "After lunch"
    assert again.moment.read() == (NOW, [])  # the entry keeps its own moment
    assert again.draft_note.text() == (
        "Brought back what you typed for 25 Nov, 12:00 and did not save."
    )
    again.severity.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    (entry,) = services.side_effects.entries()
    assert entry.details.symptom == "Náusea fuerte"
    assert services.drafts.get("quick_log") is None  # saved: nothing to bring back
    assert not hasattr(open_log(qtbot, services), "draft_note")


def test_closing_the_window_keeps_the_draft_and_cancel_clears_it(
    qtbot: QtBot, services: JournalServices
) -> None:
    first = open_log(qtbot, services)
    type_an_entry(qtbot, first)
    first.close()  # the window's close button, or the app quitting
    kept = open_log(qtbot, services)
    assert kept.symptom.text() == "Náusea fuerte"
    asked = answer_next_question(qtbot, DISCARD)  # "Discard what you typed?"
    qtbot.mouseClick(kept.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == ["Discard what you typed?"]
    assert services.drafts.get("quick_log") is None
    fresh = open_log(qtbot, services)
    assert fresh.symptom.text() == ""
    assert services.side_effects.entries() == []


def test_discard_empties_what_was_brought_back(qtbot: QtBot, services: JournalServices) -> None:
    first = open_log(qtbot, services)
    type_an_entry(qtbot, first)
    first.close()
    brought = open_log(qtbot, services)
    discard = [b for b in brought.findChildren(type(brought.save_button)) if "Discard" in b.text()]
    qtbot.mouseClick(discard[0], Qt.MouseButton.LeftButton)
    assert brought.symptom.text() == ""
    assert brought.notes.toPlainText() == ""
    assert brought.draft_note.text() == "Discarded."
    assert services.drafts.get("quick_log") is None


def test_the_rating_form_keeps_its_draft_too(qtbot: QtBot, services: JournalServices) -> None:
    first = RatingDialog(services)
    show_active(qtbot, first)
    type_text(qtbot, "6")
    first.close()
    assert services.drafts.get("rating") is not None
    again = RatingDialog(services)
    show_active(qtbot, again)
    assert next(iter(again.values.values())).text() == "6"
    assert "did not save" in again.draft_note.text()
