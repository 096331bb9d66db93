"""Calendar files as people really get them (issue 17, part 4): a repeating series with an
exception and a moved occurrence, all-day events, a Google Calendar export (X-WR-TIMEZONE), an
airline's file in UTC. Each is imported, exported, read again: the same instants, in the zones
where things happen. Re-importing changes nothing; an import is undone in one step."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from journey.calendar import export_ics, parse_ics
from journey.errors import CalendarFileError
from journey.itinerary import Item, ItemDetails
from journey.services import JournalServices

FILES = Path(__file__).parent / "data" / "calendars"
NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
TORONTO, LOS_ANGELES, TIJUANA = "America/Toronto", "America/Los_Angeles", "America/Tijuana"
GCSF = "5F1C2B9E-8A4D-4C61-9F3B-GCSF@icloud.example"


def at(year: int, month: int, day: int, hour: int, minute: int, zone: str) -> datetime:
    """An instant, as a person says it: a wall time where it happens."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def copy_of(name: str, folder: Path) -> Path:
    target = folder / name
    shutil.copyfile(FILES / name, target)
    return target


def snapshot(services: JournalServices) -> list[tuple[int, str, int, ItemDetails]]:
    return [(i.id, i.uid, i.sequence, i.details) for i in services.itinerary.items()]


def by_title(services: JournalServices) -> dict[str, list[Item]]:
    found: dict[str, list[Item]] = {}
    for item in services.itinerary.items():
        found.setdefault(item.details.title, []).append(item)
    return found


def exported_then_read(services: JournalServices, folder: Path) -> list[ItemDetails]:
    """The itinerary exported to a file and that file read back, as a phone would get it."""
    target = folder / "exported.ics"
    services.calendar.export(target)
    return [event.details for event in parse_ics(target.read_bytes()) if not event.deleted]


# --- a repeating series ---------------------------------------------------------------------


def test_a_daily_series_with_an_exception_and_a_moved_day_becomes_one_item_a_day(
    services: JournalServices, tmp_path: Path
) -> None:
    path = copy_of("gcsf_series.ics", tmp_path)

    result = services.calendar.import_(path)

    assert (result.added, result.updated, result.unchanged) == (6, 0, 0)
    injections = sorted(
        (item for item in services.itinerary.items() if item.details.title.startswith("G-CSF")),
        key=lambda item: item.details.start_instant(),
    )
    # Six days from 9 March, the 12th taken out (EXDATE), the 13th moved to 11:30 (its own
    # RECURRENCE-ID event), the 14th after the clocks went forward: still 09:00 in Tijuana.
    assert [(i.details.start_instant(), i.details.zone) for i in injections] == [
        (at(2027, 3, 9, 9, 0, TIJUANA), TIJUANA),
        (at(2027, 3, 10, 9, 0, TIJUANA), TIJUANA),
        (at(2027, 3, 11, 9, 0, TIJUANA), TIJUANA),
        (at(2027, 3, 13, 11, 30, TIJUANA), TIJUANA),
        (at(2027, 3, 14, 9, 0, TIJUANA), TIJUANA),
    ]
    assert [i.details.start.time().isoformat("minutes") for i in injections] == [
        "09:00",
        "09:00",
        "09:00",
        "11:30",
        "09:00",
    ]
    assert injections[3].details.title == "G-CSF injection (nurse late)"
    assert all(i.details.end is not None for i in injections)
    assert injections[0].details.notes == "Filgrastim, in the fridge. Nurse comes at 9."
    # Each occurrence has its own stable UID: the event's and its original start in UTC.
    assert [i.uid for i in injections] == [
        f"{GCSF}/20270309T170000Z",
        f"{GCSF}/20270310T170000Z",
        f"{GCSF}/20270311T170000Z",
        f"{GCSF}/20270313T170000Z",  # the moved one keeps its original day's UID
        f"{GCSF}/20270314T160000Z",
    ]

    # Exported and read back (as a phone would): the same instants, in Tijuana.
    back = [d for d in exported_then_read(services, tmp_path) if d.title.startswith("G-CSF")]
    assert sorted((d.start_instant(), d.zone) for d in back) == [
        (i.details.start_instant(), i.details.zone) for i in injections
    ]


def test_reimporting_the_same_repeating_file_changes_nothing(
    services: JournalServices, tmp_path: Path
) -> None:
    path = copy_of("gcsf_series.ics", tmp_path)
    services.calendar.import_(path)
    before = snapshot(services)

    again = services.calendar.import_(path)

    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    assert again.undo is None  # nothing to undo
    assert snapshot(services) == before


def test_a_series_can_be_one_item_from_the_first_day_to_the_last(
    services: JournalServices, tmp_path: Path
) -> None:
    services.calendar.import_(copy_of("gcsf_series.ics", tmp_path), repeats="span")

    [series] = by_title(services)["G-CSF injection"]
    assert series.uid == GCSF
    assert (series.details.start, series.details.zone) == (datetime(2027, 3, 9, 9, 0), TIJUANA)
    assert series.details.end == datetime(2027, 3, 14, 9, 15)  # the last occurrence's end
    assert len(services.itinerary.items()) == 2  # the series and the hotel check-in


def test_asked_about_repeats_nothing_is_stored_and_the_series_are_listed(
    services: JournalServices, tmp_path: Path
) -> None:
    result = services.calendar.import_(copy_of("gcsf_series.ics", tmp_path), repeats="ask")

    assert not result.written
    assert [(r.title, r.occurrences, r.start, r.zone) for r in result.repeating] == [
        ("G-CSF injection", 5, datetime(2027, 3, 9, 9, 0), TIJUANA)
    ]
    assert services.itinerary.items() == []

    # A file without repeating events is imported at once, even when asked.
    plain = services.calendar.import_(copy_of("all_day.ics", tmp_path), repeats="ask")
    assert plain.written
    assert plain.added == 2


def series_file(count: int, *more: str) -> bytes:
    body = (
        "BEGIN:VEVENT\r\nUID:daily@test\r\nSUMMARY:Daily walk\r\n"
        f"DTSTART;TZID={TIJUANA}:20270301T080000\r\nRRULE:FREQ=DAILY;COUNT={count}\r\n"
        "END:VEVENT\r\n"
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        + body
        + "".join(more)
        + "END:VCALENDAR\r\n"
    ).encode()


def test_past_500_occurrences_the_file_is_refused_in_words_naming_the_event(
    services: JournalServices, tmp_path: Path
) -> None:
    path = tmp_path / "many.ics"
    path.write_bytes(series_file(501))

    with pytest.raises(CalendarFileError) as refused:
        services.calendar.import_(path)

    assert refused.value.code == "ics_too_many_occurrences"
    assert str(refused.value) == (
        f"{path}, event 1 (UID daily@test, “Daily walk”): it repeats more than 500 times "
        "(RRULE); Journey imports up to 500 occurrences of repeating events from one file. "
        "Shorten the series in your calendar app, or export only the weeks of the trip."
    )
    assert services.itinerary.items() == []

    # 500 are imported; two series that together pass 500 are refused at the second.
    path.write_bytes(series_file(500))
    assert services.calendar.import_(path, repeats="span").added == 1
    second = (
        "BEGIN:VEVENT\r\nUID:pills@test\r\nSUMMARY:Antivirals\r\n"
        "DTSTART:20270301T150000Z\r\nRRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\n"
    )
    path.write_bytes(series_file(499, second))
    with pytest.raises(CalendarFileError) as refused:
        services.calendar.import_(path)
    assert refused.value.code == "ics_too_many_occurrences_in_file"
    assert "“Antivirals”" in str(refused.value)
    assert "more than 500 occurrences of repeating events (499 before this event)" in str(
        refused.value
    )


@pytest.mark.parametrize(
    ("line", "prop", "words"),
    [
        ("RRULE:FREQ=SOMETIMES", "RRULE", "expected a rule like FREQ=DAILY;COUNT=5"),
        ("EXDATE:yesterday", "EXDATE", "expected dates like 20270301"),
    ],
)
def test_a_broken_repeat_is_refused_naming_the_property_in_our_words(
    services: JournalServices, tmp_path: Path, line: str, prop: str, words: str
) -> None:
    path = tmp_path / "broken.ics"
    path.write_bytes(
        (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
            "UID:b@test\r\nSUMMARY:Walk\r\nDTSTART:20270301T150000Z\r\n"
            f"{line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        ).encode()
    )
    with pytest.raises(CalendarFileError) as refused:
        services.calendar.import_(path)
    assert (refused.value.code, refused.value.prop) == ("ics_bad_value", prop)
    assert "event 1 (UID b@test, “Walk”)" in str(refused.value)
    assert words in str(refused.value)
    assert services.itinerary.items() == []


# --- all-day events --------------------------------------------------------------------------


def test_all_day_events_stay_all_day_through_import_and_export(
    services: JournalServices, tmp_path: Path
) -> None:
    services.calendar.import_(copy_of("all_day.ics", tmp_path))

    titles = by_title(services)
    [rest] = titles["Rest days before mobilisation"]
    [visa] = titles["Visa office"]
    assert rest.details.all_day
    assert visa.details.all_day
    # Whole days where the computer is (the file says no zone): 5 and 6 March, then 2 March.
    assert (rest.details.start, rest.details.end, rest.details.zone) == (
        datetime(2027, 3, 5),
        datetime(2027, 3, 7),
        TORONTO,
    )
    assert (visa.details.start, visa.details.end) == (datetime(2027, 3, 2), datetime(2027, 3, 3))

    target = tmp_path / "exported.ics"
    services.calendar.export(target)
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(target.read_bytes()).events}
    # Written as dates, so a phone shows them as all-day, not 00:00 to 00:00.
    assert events["Rest days before mobilisation"]["DTSTART"].to_ical() == b"20270305"
    assert events["Rest days before mobilisation"]["DTEND"].to_ical() == b"20270307"
    assert events["Rest days before mobilisation"]["DTSTART"].params["VALUE"] == "DATE"
    # …and read back into another zone's computer, they keep their own days and zone.
    back = {e.details.title: e.details for e in parse_ics(target.read_bytes(), local_zone=TIJUANA)}
    assert back["Rest days before mobilisation"] == rest.details
    assert back["Visa office"] == visa.details


def test_an_item_from_midnight_to_midnight_is_all_day_and_a_timed_one_is_not() -> None:
    day = ItemDetails("other", "Rest", datetime(2027, 3, 5), TIJUANA, datetime(2027, 3, 6))
    assert day.all_day
    assert not dataclasses.replace(day, end=datetime(2027, 3, 5, 23, 0)).all_day
    assert not dataclasses.replace(day, end=None).all_day
    assert not dataclasses.replace(day, end_zone=TORONTO).all_day
    assert not dataclasses.replace(day, end=datetime(2027, 3, 5)).all_day  # no length


# --- Google Calendar (X-WR-TIMEZONE) --------------------------------------------------------


def test_a_google_calendar_export_is_read_in_its_calendars_zone(
    services: JournalServices, tmp_path: Path
) -> None:
    result = services.calendar.import_(copy_of("google.ics", tmp_path))

    assert result.added == 6
    titles = by_title(services)
    [consultation] = titles["Consultation with Dr. Ruiz"]
    # 17:00 UTC is 09:00 in Tijuana, the calendar's zone.
    assert (consultation.details.start, consultation.details.zone) == (
        datetime(2027, 3, 2, 9, 0),
        TIJUANA,
    )
    assert consultation.details.start_instant() == datetime(2027, 3, 2, 17, 0, tzinfo=UTC)
    tests = titles["Blood tests"]
    assert [(t.details.start, t.details.zone) for t in tests] == [
        (datetime(2027, 3, day, 7, 0), TIJUANA)
        for day in (3, 4, 6, 7)  # the 5th excluded
    ]
    [day_off] = titles["Day off"]
    assert day_off.details.all_day
    assert day_off.details.zone == TIJUANA

    back = exported_then_read(services, tmp_path)
    assert sorted((d.start_instant(), d.zone, d.all_day) for d in back) == sorted(
        (i.details.start_instant(), i.details.zone, i.details.all_day)
        for i in services.itinerary.items()
    )


# --- an airline's file, in UTC ---------------------------------------------------------------


def test_a_utc_flight_is_placed_in_its_airports_zones(
    services: JournalServices, other_services: JournalServices, tmp_path: Path
) -> None:
    services.calendar.import_(copy_of("airline.ics", tmp_path))

    titles = by_title(services)
    [out] = titles["AC 792 YYZ-SAN"]
    # Leaves Toronto at 08:15, lands in San Diego at 10:40, each in its own zone.
    assert (out.details.kind, out.details.start, out.details.zone) == (
        "flight",
        datetime(2027, 2, 28, 8, 15),
        TORONTO,
    )
    assert (out.details.end, out.details.finish_zone) == (
        datetime(2027, 2, 28, 10, 40),
        LOS_ANGELES,
    )
    assert out.details.start_instant() == datetime(2027, 2, 28, 13, 15, tzinfo=UTC)
    # The departure airport in the LOCATION, the arrival in the SUMMARY.
    [back_home] = titles["Flight AC 793 to Toronto (YYZ)"]
    assert (back_home.details.start, back_home.details.zone) == (
        datetime(2027, 4, 2, 12, 0),
        LOS_ANGELES,
    )
    assert (back_home.details.end, back_home.details.finish_zone) == (
        datetime(2027, 4, 2, 23, 5),
        TORONTO,
    )
    # Codes that are no airport: the times stay in UTC, exact, no zone guessed.
    [unknown] = titles["XX 1 QQQ-ZZZ"]
    assert (unknown.details.start, unknown.details.zone) == (datetime(2027, 4, 5, 12, 0), "UTC")

    # Exported, then imported into another journal: the same flights, the same zones.
    target = tmp_path / "exported.ics"
    services.calendar.export(target)
    other_services.calendar.import_(target)
    assert [i.details for i in other_services.itinerary.items()] == [
        i.details for i in services.itinerary.items()
    ]


# --- possible duplicates ----------------------------------------------------------------------

BOOKED_BY_HAND = ItemDetails(
    kind="flight",
    title="AC792 to San Diego",
    start=datetime(2027, 2, 28, 8, 0),
    zone=TORONTO,
    end=datetime(2027, 2, 28, 10, 30),
    end_zone=LOS_ANGELES,
    notes="Typed in from the e-mail.",
)


def test_the_same_flight_already_in_the_plan_is_asked_about_and_nothing_is_stored(
    services: JournalServices, tmp_path: Path
) -> None:
    mine = services.itinerary.add(BOOKED_BY_HAND)
    before = snapshot(services)
    path = copy_of("airline.ics", tmp_path)

    asked = services.calendar.import_(path, duplicates="ask")

    assert not asked.written
    [duplicate] = asked.duplicates
    assert duplicate.existing.id == mine.id
    assert duplicate.flight == "AC 792"
    assert duplicate.event.details.title == "AC 792 YYZ-SAN"
    assert snapshot(services) == before


def test_update_it_puts_the_files_times_on_the_item_already_there(
    services: JournalServices, tmp_path: Path
) -> None:
    mine = services.itinerary.add(BOOKED_BY_HAND)
    path = copy_of("airline.ics", tmp_path)

    result = services.calendar.import_(path, duplicates="update")

    assert (result.added, result.updated) == (2, 1)
    flights = [i for i in services.itinerary.items() if "792" in i.details.title]
    [updated] = flights  # not doubled
    assert (updated.id, updated.uid) == (mine.id, mine.uid)  # a phone keeps its event
    assert updated.sequence == mine.sequence + 1
    assert updated.details.start == datetime(2027, 2, 28, 8, 15)
    # Imported again, the event matches the item exactly: nothing to ask, nothing changes.
    again = services.calendar.import_(path, duplicates="ask")
    assert again.written
    assert again.duplicates == ()
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_add_anyway_keeps_both(services: JournalServices, tmp_path: Path) -> None:
    services.itinerary.add(BOOKED_BY_HAND)

    result = services.calendar.import_(copy_of("airline.ics", tmp_path), duplicates="add")

    assert (result.added, result.updated) == (3, 0)
    assert len([i for i in services.itinerary.items() if "792" in i.details.title]) == 2


def test_the_same_title_a_few_hours_apart_is_a_possible_duplicate(
    services: JournalServices, tmp_path: Path
) -> None:
    mine = services.itinerary.add(
        ItemDetails(
            "clinic_appointment", "consultation with  Dr. Ruiz", datetime(2027, 3, 2, 11), TIJUANA
        )
    )
    services.itinerary.add(  # the same title a week later is another visit
        ItemDetails(
            "clinic_appointment", "Consultation with Dr. Ruiz", datetime(2027, 3, 9, 9), TIJUANA
        )
    )
    asked = services.calendar.import_(copy_of("google.ics", tmp_path), duplicates="ask")
    assert [(d.existing.id, d.event.details.title, d.flight) for d in asked.duplicates] == [
        (mine.id, "Consultation with Dr. Ruiz", None)
    ]


# --- undo -----------------------------------------------------------------------------------


def test_undo_puts_the_itinerary_back_exactly_as_before_the_import(
    services: JournalServices, tmp_path: Path
) -> None:
    services.itinerary.add(BOOKED_BY_HAND)
    services.calendar.import_(copy_of("gcsf_series.ics", tmp_path))
    # The file changes in the calendar app: one day's time, and a new event.
    edited = (
        (FILES / "gcsf_series.ics")
        .read_text()
        .replace(
            "DTSTART;TZID=America/Tijuana:20270301T160000",
            "DTSTART;TZID=America/Tijuana:20270301T170000",
        )
    )
    path = tmp_path / "gcsf_series.ics"
    path.write_text(edited, newline="")
    before = snapshot(services)
    airline = copy_of("airline.ics", tmp_path)

    changed = services.calendar.import_(path)
    flights = services.calendar.import_(airline, duplicates="update")
    assert changed.updated == 1
    assert (flights.added, flights.updated) == (2, 1)

    services.calendar.undo_import(flights)
    services.calendar.undo_import(changed.undo)

    assert snapshot(services) == before


def test_undo_brings_back_an_updated_item_deleted_since(
    services: JournalServices, tmp_path: Path
) -> None:
    mine = services.itinerary.add(BOOKED_BY_HAND)
    result = services.calendar.import_(copy_of("airline.ics", tmp_path), duplicates="update")
    services.itinerary.delete(mine.id)

    services.calendar.undo_import(result)

    assert snapshot(services) == [(mine.id, mine.uid, mine.sequence, mine.details)]


def test_a_file_with_only_known_events_gives_nothing_to_undo(
    services: JournalServices, trip_file: Path
) -> None:
    services.calendar.import_(trip_file)
    assert services.calendar.import_(trip_file).undo is None
    services.calendar.undo_import(None)  # harmless


@pytest.fixture
def trip_file(tmp_path: Path) -> Path:
    item = Item(1, "one@test", 0, dataclasses.replace(BOOKED_BY_HAND, title="Pickup"))
    path = tmp_path / "one.ics"
    path.write_bytes(export_ics([item], now=NOW))
    return path


def test_each_occurrence_of_a_floating_or_all_day_series_has_its_own_uid() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:f@test\r\nSUMMARY:Stretch\r\nDTSTART:20270301T070000\r\n"
        b"RRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:d@test\r\nSUMMARY:Isolation\r\nDTSTART;VALUE=DATE:20270301\r\n"
        b"RRULE:FREQ=DAILY;COUNT=2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    events = parse_ics(data, local_zone=TIJUANA)
    assert [e.uid for e in events] == [
        "f@test/20270301T070000",
        "f@test/20270302T070000",
        "d@test/20270301",
        "d@test/20270302",
    ]
    assert [e.details.end for e in events[:2]] == [None, None]  # no end in the file, none here
    assert all(e.details.all_day for e in events[2:])
    assert events[2].details.end == datetime.combine(date(2027, 3, 2), datetime.min.time())
