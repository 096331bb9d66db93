"""Importing real calendar files on the Timeline: the page asks how to take repeating events
and what to do with what is already in the plan, and Ctrl+Z takes the whole import back."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey.itinerary import ItemDetails
from journey.services import JournalServices
from tests.ui.keys import press, show_active
from tests.ui.questions import answer_next_question
from ui.trip.timeline import TimelinePage
from ui.trip.trip_files import calendar_wording

FILES = Path(__file__).parent.parent / "journey" / "data" / "calendars"
TORONTO, LOS_ANGELES = "America/Toronto", "America/Los_Angeles"


def open_timeline(qtbot: QtBot, services: JournalServices) -> TimelinePage:
    page = TimelinePage(services)
    show_active(qtbot, page)
    return page


def snapshot(services: JournalServices) -> list[tuple[int, str, int, ItemDetails]]:
    return [(i.id, i.uid, i.sequence, i.details) for i in services.itinerary.items()]


def import_file(
    qtbot: QtBot, page: TimelinePage, path: Path, monkeypatch: pytest.MonkeyPatch, done: str
) -> str:
    monkeypatch.setattr("ui.trip.trip_files.choose_ics_file", lambda _parent: path)
    with qtbot.waitSignal(
        page.status, timeout=10000, check_params_cb=lambda text: text.startswith(done)
    ) as said:
        page.files.import_calendar()
    return str(said.args[0])


def test_a_repeating_series_is_asked_about_then_undone_in_one_step(
    qtbot: QtBot, services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "gcsf_series.ics"
    shutil.copyfile(FILES / "gcsf_series.ics", path)
    asked: list[tuple[str, int]] = []

    def one_item_each_time(_parent: object, repeating: tuple) -> str:
        asked.extend((event.title, event.occurrences) for event in repeating)
        return "each"

    monkeypatch.setattr("ui.trip.trip_files.ask_repeats", one_item_each_time)
    page = open_timeline(qtbot, services)
    before = snapshot(services)

    said = import_file(qtbot, page, path, monkeypatch, "Imported")

    assert asked == [("G-CSF injection", 5)]
    assert said == "Imported gcsf_series.ics: 6 added, 0 updated."
    assert len(services.itinerary.items()) == 6
    assert page.undo_button.isEnabled()

    page.agenda.setFocus()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert snapshot(services) == before
    assert page.agenda_model.rowCount() == 0


def test_cancelling_the_repeats_question_imports_nothing(
    qtbot: QtBot, services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.trip.trip_files.ask_repeats", lambda _parent, _repeating: None)
    page = open_timeline(qtbot, services)
    said = import_file(qtbot, page, FILES / "gcsf_series.ics", monkeypatch, "Nothing")
    assert said == "Nothing was imported"
    assert services.itinerary.items() == []
    assert not page.undo_button.isEnabled()


def test_a_flight_already_in_the_plan_is_asked_about_by_its_number(
    qtbot: QtBot, services: JournalServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = services.itinerary.add(
        ItemDetails(
            "flight",
            "AC792 to San Diego",
            datetime(2027, 2, 28, 8, 0),
            TORONTO,
            datetime(2027, 2, 28, 10, 30),
            LOS_ANGELES,
        )
    )
    page = open_timeline(qtbot, services)
    monkeypatch.setattr("ui.trip.trip_files.choose_ics_file", lambda _parent: FILES / "airline.ics")

    with qtbot.waitSignal(
        page.status, timeout=10000, check_params_cb=lambda text: text.startswith("Imported")
    ) as said:
        questions = answer_next_question(qtbot, Qt.Key.Key_U)  # "&Update it"
        page.files.import_calendar()

    assert len(questions) == 1
    assert questions[0].startswith("This looks like AC 792 (Sun 28 Feb 2027 08:00) already in")
    assert said.args == ["Imported airline.ics: 2 added, 1 updated."]
    flight = services.itinerary.get(mine.id)
    assert flight.details.start == datetime(2027, 2, 28, 8, 15)  # the airline's time
    assert len([i for i in services.itinerary.items() if "792" in i.details.title]) == 1


def test_all_day_items_read_all_day(
    qtbot: QtBot, services: JournalServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_timeline(qtbot, services)
    import_file(qtbot, page, FILES / "all_day.ics", monkeypatch, "Imported")
    model = page.agenda_model
    times = [
        model.index(row, 0, model.index(day, 0)).data()
        for day in range(model.rowCount())
        for row in range(model.rowCount(model.index(day, 0)))
    ]
    assert times == ["All day", "All day, to 6 Mar"]


def test_the_export_is_in_the_interfaces_words(qtbot: QtBot) -> None:
    words = calendar_wording()
    assert words.kind("ground_transfer") == "Ground transfer / pickup"
    assert words.footer("companion", "+3") == "Protocol day +3\nResponsible: Companion"


def test_an_export_after_a_deletion_says_the_phone_will_remove_it(
    qtbot: QtBot, services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = ItemDetails("other", "Call the coordinator", datetime(2027, 3, 1, 9), TORONTO)
    services.itinerary.add(kept)
    gone = services.itinerary.add(
        ItemDetails("other", "Old pickup", datetime(2027, 3, 2, 9), TORONTO)
    )
    services.itinerary.delete(gone.id)
    target = tmp_path / "trip.ics"
    monkeypatch.setattr("ui.trip.trip_files.choose_ics_path", lambda _parent, _name: target)
    page = open_timeline(qtbot, services)
    with qtbot.waitSignal(
        page.status, timeout=10000, check_params_cb=lambda text: text.startswith("Exported")
    ) as said:
        page.files.export_calendar()
    assert said.args[0].startswith(f"Exported 1 events to {target}.")
    assert said.args[0].endswith(
        "Deleted items written as cancelled events, so that your phone's calendar removes them: 1."
    )
    assert b"STATUS:CANCELLED" in target.read_bytes()
