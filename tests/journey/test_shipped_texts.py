"""Items laid out from a shipped text (a protocol's step, the follow-up plan) keep its key, so
the window can show them in the interface's language (issue 19, part 9): stored, dropped the
moment the user changes the title or notes, recognised in journals from before, carried by
sharing, the JSON document and a calendar's round trip. Nothing here imports Qt."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree

from icalendar import Calendar

from journey.calendar import CalendarWording
from journey.dto import CourseData, ProfileData
from journey.exchange.json_document import export_document, import_document
from journey.itinerary import Item, ItemDetails
from journey.journal import JOURNAL_FILE, Journal, open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.journey.helpers import NOW
from tests.journey.test_migrations import build_at
from tests.journey.test_sync_apply import Replica, sync

REINFUSION = "Reinfusion of your stem cells"
ISOLATION = "Neutropenia: protective isolation until your counts recover"
EDSS = "EDSS review with your neurologist"
EDSS_ES = "Revisión de la EDSS con su neurólogo"


def onboarded(services: JournalServices, profile: ProfileData, course: CourseData) -> list[Item]:
    services.onboarding.complete(profile, course, None)
    return services.itinerary.items()


def one(items: list[Item], title: str) -> Item:
    (found,) = [item for item in items if item.details.title == title]
    return found


def test_a_laid_out_protocol_keeps_each_step_s_english_words_as_its_key(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    items = onboarded(services, profile, course)
    assert items
    assert all(item.details.text_key == item.details.title for item in items)
    assert one(items, REINFUSION).details.text_key == REINFUSION


def test_a_protocol_laid_out_in_another_language_keeps_the_english_key(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    def in_spanish(template):  # type: ignore[no-untyped-def]
        steps = tuple(replace(s, title=f"ES {s.title}") for s in template.steps)
        return replace(template, steps=steps)

    services.onboarding.complete(profile, course, None, in_spanish)
    item = one(services.itinerary.items(), f"ES {REINFUSION}")
    assert item.details.text_key == REINFUSION


def test_the_user_s_own_item_has_no_key(services: JournalServices) -> None:
    item = services.itinerary.add(
        ItemDetails(kind="other", title=REINFUSION, start=datetime(2026, 6, 1, 9), zone="UTC")
    )
    assert item.details.text_key is None


def test_marking_done_or_moving_keeps_the_key_but_editing_the_title_drops_it(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    item = one(onboarded(services, profile, course), REINFUSION)
    done = services.itinerary.update(item.id, replace(item.details, status="done"))
    assert done.details.text_key == REINFUSION
    (moved,) = services.itinerary.shift_items([item.id], NOW - NOW.replace(hour=NOW.hour - 1))
    assert moved.details.text_key == REINFUSION

    edited = services.itinerary.update(item.id, replace(moved.details, title="Day 0 with Dr R."))
    assert (edited.details.title, edited.details.text_key) == ("Day 0 with Dr R.", None)
    assert services.itinerary.get(item.id).details.text_key is None


def test_editing_the_notes_drops_the_key_and_keeps_the_notes_as_typed(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    item = one(onboarded(services, profile, course), ISOLATION)
    assert item.details.notes  # the step's own notes
    edited = services.itinerary.update(item.id, replace(item.details, notes="Room 12, masks"))
    assert (edited.details.notes, edited.details.text_key) == ("Room 12, masks", None)


def test_the_follow_up_plan_s_steps_carry_their_key(services: JournalServices) -> None:
    drafts = services.clinical.follow_up_drafts("msc", date(2026, 6, 3), "America/Toronto")
    assert drafts
    assert all(d.text_key == d.title for d in drafts)
    assert EDSS in {d.text_key for d in drafts}


def test_a_timeline_saved_as_a_protocol_lays_out_keyed_steps_again(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboarded(services, profile, course)
    template = services.itinerary.save_as_protocol("Mine")
    saved = next(p for p in services.itinerary.protocols() if p.name == "Mine")
    assert saved == template
    assert REINFUSION in {step.text_key for step in saved.steps}


# --- journals from before -------------------------------------------------------------------

ITEM_SQL = (
    "INSERT INTO itinerary_item (id, uid, sequence, kind, title, start_local, start_zone,"
    " place, notes, responsible, status, updated_at, updated_zone) VALUES"
    " ({id}, 'k{id}@journey.invalid', 0, '{kind}', '{title}', '2026-06-{day:02} 09:00:00.000000',"
    " 'America/Tijuana', '', '{notes}', 'clinic', 'planned', '2026-03-01 17:30:00.000000',"
    " 'America/Tijuana')"
)


def _spanish(english: str) -> str:
    """The shipped Spanish of a data text (resources/i18n/journey_data_es.ts)."""
    tree = ElementTree.parse(Path(__file__).parents[2] / "resources/i18n/journey_data_es.ts")
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == english:
            return message.findtext("translation") or ""
    raise LookupError(english)


# As a journal at 0010 holds them: laid out before the notes lost their "SPEC §2.6:".
EDSS_NOTES_ES = (
    "SPEC §2.6: el calendario de la clínica, por lo común la EDSS cada 3 meses; "
    "seguimiento después del TACMH para la esclerosis múltiple según las guías de la "
    "EBMT (Sharrack B, et al. Bone Marrow Transplant. 2020;55:283–306)."
)


def test_a_journal_from_before_recognises_shipped_titles_in_english_or_spanish(
    tmp_path: Path, clock: Clock
) -> None:
    rows = [
        (2, "reinfusion", REINFUSION, ""),  # laid out in English
        (3, "follow_up", EDSS_ES, EDSS_NOTES_ES),  # laid out in Spanish
        (4, "follow_up", EDSS_ES, "Dr Lima, bring the walking test"),  # notes changed
        (5, "other", "Reinfusión de sus células madre", ""),  # another kind: the user's
        (6, "reinfusion", "Day 0!", ""),  # the user's own words
    ]
    folder = tmp_path / "journal"
    folder.mkdir()
    build_at(
        folder / JOURNAL_FILE,
        "0010_trip_details",
        tuple(
            ITEM_SQL.format(id=i, kind=kind, title=title, notes=notes, day=i)
            for i, kind, title, notes in rows
        ),
    )
    journal = open_journal(folder, now=clock.now())
    try:
        items = JournalServices.build(journal.session_factory, clock).itinerary.items()
    finally:
        journal.close()
    found = {
        item.id: (item.details.title, item.details.notes, item.details.text_key) for item in items
    }
    assert found[1][2] is None  # the seeded flight
    assert found[2] == (REINFUSION, "", REINFUSION)
    assert found[3] == (EDSS_ES, EDSS_NOTES_ES, EDSS)  # stored words as they were
    assert found[4][2] is None
    assert found[5][2] is None
    assert found[6][2] is None


# --- sharing and the JSON document ----------------------------------------------------------


def test_the_key_travels_to_the_other_computer_and_its_dropping_too(
    template_folder: Path, tmp_path: Path, profile: ProfileData, course: CourseData
) -> None:
    patient = Replica(template_folder, tmp_path / "patient")
    companion = Replica(template_folder, tmp_path / "companion")
    try:
        patient.services.onboarding.complete(profile, course, None)
        sync(patient, companion)
        theirs = one(companion.services.itinerary.items(), REINFUSION)
        assert theirs.details.text_key == REINFUSION

        companion.services.itinerary.update(theirs.id, replace(theirs.details, title="Día 0"))
        sync(patient, companion)
        mine = patient.services.itinerary.get(one(patient.services.itinerary.items(), "Día 0").id)
        assert mine.details.text_key is None
        assert patient.contents() == companion.contents()
    finally:
        patient.close()
        companion.close()


def test_the_json_document_restores_the_keys(
    journal: Journal,
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    template_folder: Path,
    tmp_path: Path,
) -> None:
    onboarded(services, profile, course)
    services.itinerary.update(
        (item := one(services.itinerary.items(), ISOLATION)).id,
        replace(item.details, notes="Room 12"),
    )
    document = export_document(journal.session_factory, now=NOW)
    records = {r["title"]: r["text_key"] for r in document["journal"]["itinerary_item"]}
    assert records[REINFUSION] == REINFUSION
    assert records[ISOLATION] is None

    folder = tmp_path / "restored"
    shutil.copytree(template_folder, folder)
    restored = open_journal(folder, now=NOW)
    try:
        import_document(restored.session_factory, document)
        again = export_document(restored.session_factory, now=NOW)
    finally:
        restored.close()
    assert again["journal"]["itinerary_item"] == document["journal"]["itinerary_item"]


# --- a calendar file ------------------------------------------------------------------------


def _upper(details: ItemDetails) -> str:  # a stand-in for the window's translation
    return details.text_key.upper() if details.text_key else details.title


WORDS = CalendarWording(title=_upper)


def test_a_calendar_shows_the_window_s_words_and_its_round_trip_changes_nothing(
    services: JournalServices, profile: ProfileData, course: CourseData, tmp_path: Path
) -> None:
    onboarded(services, profile, course)
    before = services.itinerary.items()
    path = tmp_path / "trip.ics"
    services.calendar.export(path, wording=WORDS)
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert REINFUSION.upper() in summaries
    assert REINFUSION not in summaries

    result = services.calendar.import_(path, wording=WORDS)
    assert (result.added, result.updated) == (0, 0)
    assert services.itinerary.items() == before


def test_a_calendar_file_brings_the_key_back_unless_the_title_was_changed_there(
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    template_folder: Path,
    tmp_path: Path,
) -> None:
    onboarded(services, profile, course)
    path = tmp_path / "trip.ics"
    services.calendar.export(path, wording=WORDS)
    text = path.read_bytes().replace(
        b"SUMMARY:FIT-TO-FLY CHECK", b"SUMMARY:Fit to fly, Dr R. at 10"
    )
    assert b"Dr R." in text
    path.write_bytes(text)

    folder = tmp_path / "other"
    shutil.copytree(template_folder, folder)
    other = open_journal(folder, now=NOW)
    try:
        theirs = JournalServices.build(other.session_factory, Clock("UTC", fixed_now=NOW))
        theirs.calendar.import_(path, wording=WORDS)
        keys = {i.details.title: i.details.text_key for i in theirs.itinerary.items()}
    finally:
        other.close()
    assert keys[REINFUSION.upper()] == REINFUSION  # as written: shown by its key again
    assert keys["Fit to fly, Dr R. at 10"] is None  # changed in the calendar app: as typed
