"""Escape alone discards, and only after asking when something was typed (issue 21, part 12):
in the quick log and the rating form, Escape or Cancel with something typed asks "Discard what
you typed?" (No is the default: Enter keeps the form); with nothing typed the form closes at
once."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.ui.keys import focused, press, show_active, type_text
from tests.ui.questions import DISCARD, KEEP, answer_next_question
from ui.aftercare.rating_dialog import RatingDialog
from ui.side_effects.quick_log import QuickLogDialog
from ui.widgets.form_dialog import ScrollingFormDialog


def open_log(qtbot: QtBot, services: JournalServices) -> ScrollingFormDialog:
    dialog = QuickLogDialog(services)
    show_active(qtbot, dialog)
    dialog.symptom.setFocus()
    return dialog


def open_rating(qtbot: QtBot, services: JournalServices) -> ScrollingFormDialog:
    dialog = RatingDialog(services)
    show_active(qtbot, dialog)
    next(iter(dialog.values.values())).setFocus()
    return dialog


FORMS: dict[str, tuple[Callable[[QtBot, JournalServices], ScrollingFormDialog], str, str]] = {
    "quick log": (open_log, "Headache", "quick_log"),
    "rating": (open_rating, "6", "rating"),
}


def escape(qtbot: QtBot, dialog: QWidget) -> None:
    press(qtbot, Qt.Key.Key_Escape)


def cancel(qtbot: QtBot, dialog: QWidget) -> None:
    assert isinstance(dialog, ScrollingFormDialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


WAYS = {"Escape": escape, "Cancel": cancel}


@pytest.fixture
def never_asked(monkeypatch: pytest.MonkeyPatch) -> list[QWidget]:
    asked: list[QWidget] = []

    def ask(cls: type, parent: QWidget) -> bool:
        asked.append(parent)
        return True

    monkeypatch.setattr(ScrollingFormDialog, "discard_typed", classmethod(ask))
    return asked


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("form", FORMS)
def test_with_nothing_typed_the_form_closes_at_once(
    qtbot: QtBot, services: JournalServices, never_asked: list[QWidget], form: str, way: str
) -> None:
    dialog = FORMS[form][0](qtbot, services)
    WAYS[way](qtbot, dialog)
    assert not dialog.isVisible()
    assert never_asked == []


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("form", FORMS)
def test_with_something_typed_it_asks_and_no_keeps_everything(
    qtbot: QtBot,
    services: JournalServices,
    monkeypatch: pytest.MonkeyPatch,
    form: str,
    way: str,
) -> None:
    opener, typed, draft = FORMS[form]
    dialog = opener(qtbot, services)
    field = focused()
    type_text(qtbot, typed)
    answers = [False, True]  # No, then Discard
    asked: list[QWidget] = []

    def ask(cls: type, parent: QWidget) -> bool:
        asked.append(parent)
        return answers.pop(0)

    monkeypatch.setattr(ScrollingFormDialog, "discard_typed", classmethod(ask))
    WAYS[way](qtbot, dialog)
    assert asked == [dialog]
    assert dialog.isVisible()  # kept, with what was typed
    assert field.text() == typed  # type: ignore[attr-defined]
    WAYS[way](qtbot, dialog)
    assert asked == [dialog, dialog]
    assert not dialog.isVisible()
    assert services.drafts.get(draft) is None  # a deliberate no: nothing to bring back
    assert services.side_effects.entries() == []
    assert services.ratings.ratings() == []


def test_the_question_defaults_to_no_so_enter_keeps_the_form(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = open_log(qtbot, services)
    type_text(qtbot, "Headache")
    asked = answer_next_question(qtbot, KEEP)
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == ["Discard what you typed?"]
    assert dialog.isVisible()
    assert dialog.symptom.text() == "Headache"  # type: ignore[attr-defined]

    asked = answer_next_question(qtbot, Qt.Key.Key_Escape)  # Escape again, in the question
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == ["Discard what you typed?"]
    assert dialog.isVisible()

    asked = answer_next_question(qtbot, DISCARD)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == ["Discard what you typed?"]
    assert services.side_effects.entries() == []


def test_closing_the_window_does_not_ask_and_keeps_the_draft(
    qtbot: QtBot, services: JournalServices, never_asked: list[QWidget]
) -> None:
    dialog = open_log(qtbot, services)
    type_text(qtbot, "Headache")
    dialog.close()
    assert never_asked == []
    assert services.drafts.get("quick_log") is not None
