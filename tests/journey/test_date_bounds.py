"""Dates outside 1900–2200 (SPEC §4, issue 21): refused at every entrance (the services, a
JSON journal, a calendar file) with the place named and nothing changed; and a journal that
holds such dates anyway (written past the checks) still reads, exports and checks red flags."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

import journey.services.side_effects
import journey.side_effects
from journey.aftercare import (
    EdssDetails,
    MedicationDetails,
    MriDetails,
    RatingDetails,
    RelapseDetails,
)
from journey.dto import CourseData, ProfileData
from journey.errors import CalendarFileError, InvalidInput
from journey.exchange.json_document import ImportRefused, export_document, import_json
from journey.exchange.json_tables import sections
from journey.itinerary import ItemDetails
from journey.protocols import builtin_template
from journey.report import default_range, gather
from journey.services import JournalServices
from journey.services.documents import DueDiligenceAnswer, due_diligence_questions
from journey.services.side_effects import EntryDetails
from journey.side_effects import red_flag_rules
from journey.timekeeping import Clock, shown_in, to_instant
from tests.journey.helpers import HOME_ZONE, NOW
from tests.stored_dates import FEVER_C, store_out_of_range

TIJUANA, TOKYO = "America/Tijuana", "Asia/Tokyo"
WORDS = "between the years 1900 and 2200"


def journal_state(services: JournalServices) -> dict[str, Any]:
    return export_document(services.session_factory, now=NOW)


# --- the bounds themselves ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "inside"),
    [
        (date(1900, 1, 1), True),
        (date(2200, 12, 31), True),
        (date(1899, 12, 31), False),
        (date(2201, 1, 1), False),
        (datetime(1900, 1, 1, 0, 0), True),
        (datetime(2200, 12, 31, 23, 59), True),
        (datetime(9999, 12, 31, 23, 0), False),
        (datetime(1, 1, 1), False),
        (datetime(1900, 1, 1, tzinfo=UTC), True),
        (datetime(1899, 12, 31, 23, 59, tzinfo=UTC), False),
        (datetime(2201, 1, 1, tzinfo=UTC), False),
    ],
)
def test_the_bounds_are_1900_to_2200_inclusive(value: date | datetime, inside: bool) -> None:
    from journey.timekeeping import date_problem, in_range

    assert in_range(value) is inside
    problem = date_problem("when", value)
    assert (problem is None) is inside
    if problem is not None:
        assert (problem.field, problem.code) == ("when", "date_out_of_range")
        assert WORDS in problem.english()


def test_conversions_stop_at_the_ends_of_python_s_dates_instead_of_overflowing() -> None:
    from journey.timekeeping import later

    assert to_instant(datetime(9999, 12, 31, 23, 0), TIJUANA) == datetime.max.replace(tzinfo=UTC)
    assert to_instant(datetime(1, 1, 1), TOKYO) == datetime.min.replace(tzinfo=UTC)
    early = datetime(1, 1, 1, tzinfo=UTC)
    assert shown_in(early, TIJUANA) == early
    assert later(datetime(9999, 12, 31, 23, tzinfo=UTC), timedelta(hours=48)).year == 9999
    assert later(early, -timedelta(days=1)) == early.replace(hour=0)


# --- the services refuse them ---------------------------------------------------------------

LATE = datetime(9999, 12, 31, 23, 0)
EARLY = datetime(1, 1, 1, 0, 0)
Call = Callable[[JournalServices], Any]


def _entry(at: datetime) -> Call:
    return lambda s: s.side_effects.log(EntryDetails("Fever", 5, at, HOME_ZONE, celsius=38.0))


def _item(start: datetime, end: datetime | None = None, zone: str = TIJUANA) -> Call:
    details = ItemDetails("clinic_appointment", "Visit", start, zone, end=end)
    return lambda s: s.itinerary.add(details)


def _rating(at: datetime) -> Call:
    def call(s: JournalServices) -> Any:
        scale = s.ratings.scales()[0]
        return s.ratings.record(RatingDetails(at, HOME_ZONE, ((scale.id, 5.0),)))

    return call


def _course(arrival: date, start: date) -> CourseData:
    return CourseData("hsct", "Clínica", "Puebla", arrival, time(15, 40), TIJUANA, start, HOME_ZONE)


def _profile(**dates: date) -> ProfileData:
    return ProfileData(name="Ana Souza", ms_type="RRMS", **dates)  # type: ignore[arg-type]


def _shift(delta: timedelta) -> Call:
    def call(s: JournalServices) -> Any:
        first = s.itinerary.items()[0]
        return s.itinerary.shift(first.id, delta)

    return call


def _update_entry(at: datetime) -> Call:
    def call(s: JournalServices) -> Any:
        entry = s.side_effects.entries()[0]
        return s.side_effects.update(entry.id, EntryDetails("Fever", 5, at, HOME_ZONE))

    return call


SERVICE_CASES: dict[str, tuple[Call, str]] = {
    "side effect at the year 1": (_entry(EARLY.replace(tzinfo=UTC)), "at"),
    "side effect in 1899": (_entry(datetime(1899, 12, 31, 23, 59, tzinfo=UTC)), "at"),
    "side effect edited to the year 1": (_update_entry(EARLY.replace(tzinfo=UTC)), "at"),
    "rating at the year 1": (_rating(EARLY.replace(tzinfo=UTC)), "at"),
    "item starting in 9999": (_item(LATE), "start"),
    "item starting at the year 1 in Tokyo": (_item(EARLY, zone=TOKYO), "start"),
    "item ending in 9999": (_item(datetime(2027, 3, 1, 9), LATE), "end"),
    "item ending in 2201": (_item(datetime(2027, 3, 1, 9), datetime(2201, 1, 1)), "end"),
    "items shifted past 2200": (_shift(timedelta(days=200 * 366)), "shift"),
    "items shifted past the year 9999": (_shift(timedelta(days=3_000_000)), "shift"),
    "protocol laid out in 9999": (
        lambda s: s.itinerary.lay_out_protocol(builtin_template("hsct"), LATE.date(), TIJUANA),
        "arrival",
    ),
    "protocol laid out in 1899": (
        lambda s: s.itinerary.lay_out_protocol(builtin_template("msc"), date(1899, 12, 1), TIJUANA),
        "arrival",
    ),
    "protocol laid out in 2200 reaching 2201": (
        lambda s: s.itinerary.lay_out_protocol(
            builtin_template("hsct"), date(2200, 12, 20), TIJUANA
        ),
        "protocol",
    ),
    "watch window opened at the year 1": (
        lambda s: s.watch_windows.start("Infusion", EARLY.replace(tzinfo=UTC)),
        "opened_at",
    ),
    "relapse started at the year 1": (
        lambda s: s.clinical.relapses.add(RelapseDetails(EARLY.date())),
        "started",
    ),
    "relapse ended in 9999": (
        lambda s: s.clinical.relapses.add(RelapseDetails(date(2026, 1, 1), LATE.date())),
        "ended",
    ),
    "mri in 1899": (lambda s: s.clinical.mris.add(MriDetails(date(1899, 12, 31))), "on"),
    "edss report at the year 1": (
        lambda s: s.clinical.edss.add(EdssDetails(EARLY.date(), 3.0)),
        "on",
    ),
    "medication started at the year 1": (
        lambda s: s.clinical.medications.add(MedicationDetails("Baclofen", EARLY.date())),
        "started",
    ),
    "medication stopped in 9999": (
        lambda s: s.clinical.medications.add(
            MedicationDetails("Baclofen", date(2026, 1, 1), LATE.date())
        ),
        "stopped",
    ),
    "course arriving in 9999": (
        lambda s: s.course.save(_course(LATE.date(), LATE.date())),
        "arrival_date",
    ),
    "course treated in 2201": (
        lambda s: s.course.save(_course(date(2027, 3, 1), date(2201, 1, 1))),
        "treatment_start",
    ),
    "profile's EDSS dated at the year 1": (
        lambda s: s.profile.save(_profile(edss_date=EARLY.date())),
        "edss_date",
    ),
    "profile's MRI dated in 1899": (
        lambda s: s.profile.save(_profile(last_mri_date=date(1899, 1, 1))),
        "last_mri_date",
    ),
    "onboarding arriving in 9999": (
        lambda s: s.onboarding.complete(_profile(), _course(LATE.date(), LATE.date()), None),
        "arrival_date",
    ),
    "clinic check dated at the year 1": (
        lambda s: s.due_diligence.save(
            due_diligence_questions()[0].key, DueDiligenceAnswer(True, checked_on=EARLY.date())
        ),
        "checked_on",
    ),
}


@pytest.fixture
def some_journal(services: JournalServices) -> JournalServices:
    """A journal with an item and an entry of its own, so edits and shifts have a target."""
    services.itinerary.add(
        ItemDetails("clinic_appointment", "Visit", datetime(2026, 6, 1, 9), TIJUANA)
    )
    services.side_effects.log(EntryDetails("Headache", 3, NOW - timedelta(hours=2), HOME_ZONE))
    return services


@pytest.mark.parametrize("case", list(SERVICE_CASES))
def test_a_service_refuses_a_date_outside_1900_to_2200_naming_the_field(
    case: str, some_journal: JournalServices
) -> None:
    call, field = SERVICE_CASES[case]
    before = journal_state(some_journal)

    with pytest.raises(InvalidInput) as refused:
        call(some_journal)

    problem = refused.value.for_field(field)
    assert problem is not None, refused.value.problems
    assert WORDS in problem.english()
    assert journal_state(some_journal) == before


def test_the_edges_themselves_are_accepted(services: JournalServices) -> None:
    services.side_effects.log(EntryDetails("Fatigue", 2, datetime(1900, 1, 1, tzinfo=UTC), "UTC"))
    services.itinerary.add(
        ItemDetails("follow_up", "Far check", datetime(2200, 12, 31, 23, 0), TIJUANA)
    )
    services.clinical.relapses.add(RelapseDetails(date(1900, 1, 1), date(2200, 12, 31)))
    assert len(services.itinerary.items()) == 1


# --- a JSON journal refuses them, naming the JSON path --------------------------------------

OUT_OF_RANGE = {
    "instant": ("9999-12-31T23:00:00Z", "0001-01-01T00:00:00Z", "1899-12-31T23:59:59Z"),
    "wall_time": ("9999-12-31T23:00:00", "0001-01-01T00:00:00", "2201-01-01T00:00:00"),
    "date": ("9999-12-31", "0001-01-01", "1899-12-31"),
}
JSON_CASES = [
    (section.name, column.name, value)
    for section in sections()
    for column in section.columns
    if column.kind in OUT_OF_RANGE
    for value in OUT_OF_RANGE[column.kind]
]


@pytest.fixture
def own(services: JournalServices) -> JournalServices:
    """A journal with an entry of its own: a JSON document is merged into it."""
    services.side_effects.log(
        EntryDetails("Fever", 9, NOW - timedelta(hours=1), HOME_ZONE, celsius=FEVER_C)
    )
    return services


def test_the_json_table_covers_every_dated_column_of_the_journal() -> None:
    dated = {(s, c) for s, c, _ in JSON_CASES}
    assert ("itinerary_item", "start_local") in dated
    assert ("side_effect_entry", "at") in dated
    assert len(dated) >= 20
    assert len(JSON_CASES) == 3 * len(dated)


@pytest.mark.parametrize(("section", "column", "value"), JSON_CASES)
def test_a_json_journal_with_a_date_outside_1900_to_2200_is_refused_by_its_path(
    section: str,
    column: str,
    value: str,
    demo_document: dict[str, Any],
    own: JournalServices,
    tmp_path: Path,
) -> None:
    document = copy.deepcopy(demo_document)
    records = document["journal"][section]
    assert records, f"the demo has no {section} to change"
    records[0][column] = value
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = journal_state(own)

    with pytest.raises(ImportRefused) as refused:
        import_json(own.session_factory, path, merge=True)

    where = f"$.journal.{section}[0].{column}"
    assert refused.value.path == where
    assert str(refused.value).startswith(f"{where}: ")
    assert WORDS in str(refused.value)
    assert journal_state(own) == before


# --- a calendar file refuses them, naming the event and the property -----------------------


def _calendar(event: str, header: str = "") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n"
        f"{header}BEGIN:VEVENT\r\nUID:far-1@example.com\r\nSUMMARY:Far away\r\n"
        f"{event}END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


ICS_CASES = {
    "UTC in 9999": (_calendar("DTSTART:99991231T230000Z\r\n"), "DTSTART"),
    "Tijuana in 9999": (_calendar("DTSTART;TZID=America/Tijuana:99991231T230000\r\n"), "DTSTART"),
    "UTC at the year 1 read in Toronto": (
        _calendar("DTSTART:00010101T000000Z\r\n", "X-WR-TIMEZONE:America/Toronto\r\n"),
        "DTSTART",
    ),
    "all-day in 1899": (_calendar("DTSTART;VALUE=DATE:18991231\r\n"), "DTSTART"),
    "ending in 2201": (
        _calendar("DTSTART:20270301T100000Z\r\nDTEND:22010101T000000Z\r\n"),
        "DTEND",
    ),
    "lasting past the year 9999": (
        _calendar("DTSTART:20270301T100000Z\r\nDURATION:P9999999D\r\n"),
        "DURATION",
    ),
    "lasting past 2200": (
        _calendar("DTSTART:20270301T100000Z\r\nDURATION:P100000D\r\n"),
        "DURATION",
    ),
}


@pytest.mark.parametrize("case", list(ICS_CASES))
def test_a_calendar_file_with_a_date_outside_1900_to_2200_is_refused_naming_the_event(
    case: str, own: JournalServices, tmp_path: Path
) -> None:
    data, prop = ICS_CASES[case]
    path = tmp_path / "far.ics"
    path.write_bytes(data)
    before = journal_state(own)

    with pytest.raises(CalendarFileError) as refused:
        own.calendar.import_(path)

    assert refused.value.prop == prop
    message = str(refused.value)
    assert message.startswith(f"{path}, event 1 (UID far-1@example.com, “Far away”): {prop}")
    assert WORDS in message
    assert journal_state(own) == before


# --- stored anyway: everything still reads --------------------------------------------------


@pytest.fixture
def stored(services: JournalServices) -> tuple[JournalServices, int]:
    """A journal holding dates at both ends of Python's range, and one real fever."""
    return services, store_out_of_range(services.session_factory, NOW, HOME_ZONE)


def test_red_flags_are_still_raised_by_a_real_fever_beside_stored_bad_dates(
    stored: tuple[JournalServices, int],
) -> None:
    services, fever = stored
    checked = services.red_flags.check()
    assert checked.unchecked == ()
    raised = {(flag.rule_key, flag.entry_id) for flag in checked.flags}
    assert {("fever_single", fever), ("severe_symptom", fever)} <= raised
    assert ("fever_single", fever) in {
        (f.rule_key, f.entry_id) for f in services.red_flags.raised()
    }
    period = services.red_flags.in_period(NOW - timedelta(days=30), NOW)
    assert ("fever_single", fever) in {(f.rule_key, f.entry_id) for f, _ in period}


def test_exports_and_readers_work_beside_stored_bad_dates(
    stored: tuple[JournalServices, int], tmp_path: Path
) -> None:
    services, _ = stored
    services.exchange.export_json(tmp_path / "journal.json", now=NOW)
    services.exchange.export_csv(tmp_path / "csv")
    services.calendar.export(tmp_path / "itinerary.ics")
    assert b"Isolation forever" in (tmp_path / "itinerary.ics").read_bytes()
    assert len(services.itinerary.items()) == 6
    services.itinerary.numbering()
    services.itinerary.on_days(NOW.date(), NOW.date())
    services.ratings.ratings()
    services.ratings.ratings(NOW.date() - timedelta(days=30), NOW.date())
    services.ratings.series()
    services.ratings.status()
    services.clinical.reminders(services.itinerary.items())
    services.clinical.neda3(NOW.date() - timedelta(days=800), NOW.date())
    services.clinical.edss_facts()
    services.clinical.follow_up_drafts("hsct", date(9999, 12, 31), TIJUANA)
    for window in services.watch_windows.windows():
        assert window.closes_at >= window.opened_at
        services.watch_windows.check_in_due(window)
    services.watch_windows.open_now()
    gather(services, *default_range(services))
    gather(services, NOW.date() - timedelta(days=30), NOW.date())
    in_tokyo = JournalServices.build(services.session_factory, Clock(TOKYO, fixed_now=NOW))
    everything = gather(in_tokyo, date.min, date.max)  # a range typed at the ends of dates
    assert any(entry.details.celsius == FEVER_C for entry in everything.entries)


def test_a_course_stored_in_9999_gives_a_glance(stored: tuple[JournalServices, int]) -> None:
    from journey.today import course_glance

    services, _ = stored
    course = services.course.get()
    assert course is not None
    glance = course_glance(course, services.clock)
    assert glance.days_until_arrival > 0


# --- a rule that cannot be evaluated is never silent ----------------------------------------


@pytest.fixture
def broken_rule(monkeypatch: pytest.MonkeyPatch) -> str:
    """The shipped rules plus one that raises whenever it is evaluated."""
    rules = (
        *red_flag_rules(),
        {"key": "broken", "kind": "no_such_kind", "message": "", "source": ""},
    )
    monkeypatch.setattr(journey.side_effects, "red_flag_rules", lambda: rules)
    return "broken"


def test_a_rule_that_raises_gives_could_not_check_and_the_other_rules_still_flag(
    stored: tuple[JournalServices, int], broken_rule: str
) -> None:
    services, fever = stored
    checked = services.red_flags.check()
    assert [u.rule_key for u in checked.unchecked] == [broken_rule]
    assert "no_such_kind" in checked.unchecked[0].reason
    assert ("fever_single", fever) in {(f.rule_key, f.entry_id) for f in checked.flags}


def test_an_evaluation_that_cannot_read_the_journal_says_could_not_check(
    services: JournalServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> datetime:
        raise RuntimeError("the itinerary cannot be read")

    monkeypatch.setattr(journey.services.side_effects, "to_instant", broken)
    services.itinerary.add(
        ItemDetails(
            "isolation", "Isolation", datetime(2026, 5, 1), TIJUANA, end=datetime(2026, 6, 1)
        )
    )
    checked = services.red_flags.check()
    assert checked.flags == ()
    assert [u.rule_key for u in checked.unchecked] == [""]
    assert "the itinerary cannot be read" in checked.unchecked[0].reason


def test_red_flags_the_plain_function_refuses_to_drop_a_rule_silently(broken_rule: str) -> None:
    from journey.side_effects import (
        Reading,
        RedFlagContext,
        RedFlagsUnchecked,
        check_red_flags,
        red_flags,
    )

    reading = Reading(1, NOW, "fever", 5, 39.6)
    result = check_red_flags([reading], RedFlagContext())
    assert [u.rule_key for u in result.unchecked] == [broken_rule]
    with pytest.raises(RedFlagsUnchecked):
        red_flags([reading], RedFlagContext())


def test_stored_bad_dates_do_not_change_what_the_journal_holds(
    stored: tuple[JournalServices, int],
) -> None:
    """Reading is not repairing: the export still carries the stored dates as they are."""
    services, _ = stored
    document = journal_state(services)
    starts = {item["start_local"] for item in document["journal"]["itinerary_item"]}
    assert {"9999-12-31T23:00:00", "0001-01-01T00:00:00"} <= starts
