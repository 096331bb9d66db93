"""The quick log finds an MS symptom by the words people use for it (issue 19): "pins and
needles" or "hormigueo", Enter, and the catalogue's "Numbness or tingling" is filled in,
stored and counted with it, in English and in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.services.side_effects import catalogue, synonym_key
from tests.ui.keys import focused, press, show_active, type_text
from ui.side_effects.page import SideEffectsPage
from ui.side_effects.quick_log import QuickLogDialog, logged_message
from ui.side_effects.table import SideEffectModel
from ui.words.data import symptom_synonym_texts, symptom_text

NUMBNESS = "Numbness or tingling"


def show_dialog(qtbot: QtBot, services: JournalServices) -> QuickLogDialog:
    dialog = QuickLogDialog(services)
    show_active(qtbot, dialog)
    return dialog


def suggestions_popup(dialog: QuickLogDialog) -> QAbstractItemView:
    popup = dialog.symptom.completer().popup()
    assert popup is not None
    return popup


def suggestions(dialog: QuickLogDialog) -> list[str]:
    model = suggestions_popup(dialog).model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.mark.parametrize("typed", ["pins and needles", "hormigueo", "pérdida de sensibilidad"])
def test_a_synonym_and_enter_store_the_catalogues_symptom_in_either_language(
    qtbot: QtBot, services: JournalServices, language: str, typed: str
) -> None:
    dialog = show_dialog(qtbot, services)
    assert focused() is dialog.symptom
    type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_Return)  # takes the symptom the words mean, and moves on
    assert dialog.symptom.text() == symptom_text(NUMBNESS)
    assert focused() is dialog.severity
    type_text(qtbot, "4")
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    (entry,) = services.side_effects.entries()
    assert (entry.details.symptom, entry.symptom_key) == (NUMBNESS, "numbness_tingling")
    assert services.side_effects.count(symptom=NUMBNESS) == 1
    assert typed not in services.side_effects.symptoms()  # no symptom of the user's own
    assert symptom_text(NUMBNESS) in logged_message(entry, "C")
    page = SideEffectsPage(services)
    show_active(qtbot, page)
    # The symptom's line (who recorded it may join it as a line of its own: reflow).
    shown = page.model.index(0, SideEffectModel.SYMPTOM).data().splitlines()[0]
    assert shown == symptom_text(NUMBNESS)
    if language == "en":
        assert shown == NUMBNESS
    page.close()


def test_the_suggestions_show_the_synonym_and_fill_in_the_symptom(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = show_dialog(qtbot, services)
    type_text(qtbot, "pins")
    popup = suggestions_popup(dialog)
    qtbot.waitUntil(popup.isVisible)
    assert suggestions(dialog) == ["Numbness or tingling (pins and needles)"]
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Return):
        qtbot.keyClick(popup, key)  # the suggestions have the keyboard while they show
    assert dialog.symptom.text() == NUMBNESS
    assert focused() is dialog.severity


def test_a_few_letters_still_find_the_red_flag_wording_first(
    qtbot: QtBot, services: JournalServices
) -> None:
    """ "numb" is in "New numbness in the legs", a red flag after a lumbar puncture, which
    comes first as it did before; "Numbness or tingling" is offered after it."""
    dialog = show_dialog(qtbot, services)
    type_text(qtbot, "numb")
    popup = suggestions_popup(dialog)
    qtbot.waitUntil(popup.isVisible)
    offered = suggestions(dialog)
    assert offered[:2] == ["New numbness in the legs", NUMBNESS]
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.symptom.text() == "New numbness in the legs"


def test_a_new_name_is_kept_as_typed_and_found_again_in_any_case(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = show_dialog(qtbot, services)
    type_text(qtbot, "tingling")  # a synonym now, not a name of the user's own
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.symptom.text() == NUMBNESS
    dialog.symptom.setFocus()
    dialog.symptom.selectAll()
    type_text(qtbot, "hot flushes at night")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert services.side_effects.entries()[0].details.symptom == "hot flushes at night"
    again = show_dialog(qtbot, services)
    type_text(qtbot, "HOT FLUSHES AT NIGHT")
    press(qtbot, Qt.Key.Key_Return)
    assert again.symptom.text() == "hot flushes at night"


def test_no_synonym_is_inside_another_symptoms_name_in_the_interfaces_language(
    language: str,
) -> None:
    """As tests/journey/test_symptom_synonyms.py checks for the English names: a few letters
    find a name before a synonym, so a synonym inside another symptom's (translated) name
    would lead to two symptoms."""
    names = [symptom_text(name) for _, name in catalogue()]
    synonyms = symptom_synonym_texts()
    assert ("hormigueo", symptom_text(NUMBNESS)) in synonyms
    for word, name in synonyms:
        for other in names:
            if other != name:
                assert synonym_key(word) not in synonym_key(other), (language, word, other)
