"""Side effects (SPEC §2.4–2.5, §4): units, fever grades, the quick log and watch windows.

The clock is fixed at 10 May 2026, 14:00 UTC (10:00 in Toronto). Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey.errors import InvalidInput, Problem
from journey.itinerary import Item, ItemDetails
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails, Window, catalogue
from journey.side_effects import (
    c_to_f,
    f_to_c,
    fever_grade,
    hours_above_40_at,
    severity_word,
    shown_temperature,
    temperature_problem,
    to_celsius,
)

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
TORONTO = "America/Toronto"
TIJUANA = "America/Tijuana"
HOUR = timedelta(hours=1)
# An infusion yesterday in Toronto, 09:00–11:00 EDT: it ended at 15:00 UTC on 9 May.
INFUSION_START = datetime(2026, 5, 9, 9, 0)
INFUSION_END = datetime(2026, 5, 9, 11, 0)
INFUSION_ENDED = datetime(2026, 5, 9, 15, 0, tzinfo=UTC)


def entry(
    symptom: str = "Headache",
    severity: int = 3,
    at: datetime = NOW,
    **changes: Any,
) -> EntryDetails:
    return dataclasses.replace(
        EntryDetails(symptom=symptom, severity=severity, at=at, zone=TORONTO), **changes
    )


def refused(action: object, *args: object) -> list[Problem]:
    assert callable(action)
    with pytest.raises(InvalidInput) as caught:
        action(*args)
    return list(caught.value.problems)


def plan(
    services: JournalServices,
    kind: str = "iv_infusion",
    start: datetime = INFUSION_START,
    end: datetime | None = INFUSION_END,
) -> Item:
    return services.itinerary.add(
        ItemDetails(kind=kind, title=f"The {kind}", start=start, zone=TORONTO, end=end)
    )


def mark_done(services: JournalServices, item: Item) -> Item:
    return services.itinerary.update(item.id, dataclasses.replace(item.details, status="done"))


def infusion_done(services: JournalServices, kind: str = "iv_infusion") -> Window:
    mark_done(services, plan(services, kind))
    (window,) = services.watch_windows.windows()
    return window


# --- units ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fahrenheit", "celsius"),
    [(100.4, 38.0), (102.2, 39.0), (104.0, 40.0), (98.6, 37.0), (86.0, 30.0), (113.0, 45.0)],
)
def test_fahrenheit_converts_to_celsius(fahrenheit: float, celsius: float) -> None:
    assert f_to_c(fahrenheit) == celsius
    assert to_celsius(fahrenheit, "F") == celsius
    assert c_to_f(celsius) == fahrenheit
    assert shown_temperature(celsius, "F") == fahrenheit


def test_100_3_fahrenheit_is_below_grade_1() -> None:
    assert f_to_c(100.3) < 38.0
    assert fever_grade(to_celsius(100.3, "F")) is None


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=860, max_value=1130))
def test_fahrenheit_round_trip(tenths: int) -> None:
    fahrenheit = tenths / 10
    assert c_to_f(f_to_c(fahrenheit)) == fahrenheit
    assert shown_temperature(to_celsius(fahrenheit, "F"), "F") == fahrenheit


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=300, max_value=450))
def test_celsius_shown_as_typed(tenths: int) -> None:
    celsius = tenths / 10
    assert shown_temperature(celsius, "C") == celsius
    assert shown_temperature(to_celsius(celsius, "C"), "C") == celsius


@pytest.mark.parametrize(
    ("value", "unit", "bad"),
    [
        (29.9, "C", True),
        (30.0, "C", False),
        (45.0, "C", False),
        (45.1, "C", True),
        (85.9, "F", True),
        (86.0, "F", False),
        (113.0, "F", False),
        (113.1, "F", True),
    ],
)
def test_temperature_range(value: float, unit: str, bad: bool) -> None:
    problem = temperature_problem("temperature", value, unit)
    assert (problem is not None) == bad
    if problem is not None:
        assert (problem.field, problem.code) == ("temperature", "temperature_range")
        assert problem.params["unit"] == unit


@pytest.mark.parametrize(
    ("severity", "word"),
    [(0, "none"), (1, "mild"), (3, "mild"), (4, "moderate"), (6, "moderate"), (7, "severe")],
)
def test_severity_words(severity: int, word: str) -> None:
    assert severity_word(severity) == word
    assert severity_word(10) == "severe"


@pytest.mark.parametrize("severity", [-1, 11])
def test_severity_word_outside_range(severity: int) -> None:
    with pytest.raises(ValueError, match="outside"):
        severity_word(severity)


# --- fever grades (CTCAE v5) ----------------------------------------------------------------

GRADE_TABLE = [
    # °C, hours above 40, grade
    (37.9, 0, None),
    (38.0, 0, 1),
    (38.29, 0, 1),
    (38.3, 0, 1),
    (39.0, 0, 1),
    (39.01, 0, 2),
    (40.0, 0, 2),
    (40.0, 30, 2),  # 40.0 is not above 40.0, however long
    (40.01, 0, 3),
    (40.01, 24, 3),
    (40.01, 24.01, 4),
    (41.5, 48, 4),
]


@pytest.mark.parametrize(("celsius", "hours", "grade"), GRADE_TABLE)
def test_fever_grade_celsius(celsius: float, hours: float, grade: int | None) -> None:
    assert fever_grade(celsius, hours) == grade


@pytest.mark.parametrize(
    ("fahrenheit", "hours", "grade"),
    [
        (100.3, 0, None),
        (100.4, 0, 1),
        (102.2, 0, 1),
        (102.3, 0, 2),
        (104.0, 0, 2),
        (104.1, 0, 3),
        (104.1, 24, 3),
        (104.1, 25, 4),
    ],
)
def test_fever_grade_fahrenheit(fahrenheit: float, hours: float, grade: int | None) -> None:
    assert fever_grade(to_celsius(fahrenheit, "F"), hours) == grade


def run(*points: tuple[float, float]) -> list[tuple[datetime, float]]:
    """Readings as (hours after NOW, °C)."""
    return [(NOW + timedelta(hours=h), c) for h, c in points]


@pytest.mark.parametrize(
    ("readings", "at_hours", "hours", "grade"),
    [
        # one reading above 40: the run has just started
        (run((0, 40.5)), 0, 0.0, 3),
        # above 40 for exactly 24 h: still grade 3
        (run((0, 40.5), (12, 40.2), (24, 40.1)), 24, 24.0, 3),
        # above 40 for 24 h and a minute: grade 4
        (run((0, 40.5), (12, 40.2), (24 + 1 / 60, 40.1)), 24 + 1 / 60, 24 + 1 / 60, 4),
        (run((0, 40.5), (30, 40.4)), 30, 30.0, 4),
        # a reading at 40.0 (not above) breaks the run; the new run starts after it
        (run((0, 40.5), (10, 40.0), (12, 40.3), (30, 40.3)), 30, 18.0, 3),
        (run((0, 40.5), (10, 39.2), (11, 40.3), (36, 40.3)), 36, 25.0, 4),
        # the latest reading is not above 40: no run
        (run((0, 40.5), (30, 39.5)), 30, 0.0, 2),
        # readings after ``at`` do not count, nor their order in the list
        (run((30, 40.9), (12, 40.2), (0, 40.5)), 12, 12.0, 3),
    ],
)
def test_fever_grade_from_readings(
    readings: list[tuple[datetime, float]], at_hours: float, hours: float, grade: int
) -> None:
    at = NOW + timedelta(hours=at_hours)
    above = hours_above_40_at(readings)[at]
    assert above == pytest.approx(hours)
    latest = max((r for r in readings if r[0] <= at), key=lambda r: r[0])
    assert fever_grade(latest[1], above) == grade


def test_hours_above_40_without_readings() -> None:
    assert hours_above_40_at([]) == {}


# --- the quick log: what is refused ---------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"symptom": ""}, "symptom", "required"),
        ({"symptom": "   "}, "symptom", "required"),
        ({"symptom": "x" * 101}, "symptom", "text_too_long"),
        ({"severity": 11}, "severity", "severity_range"),
        ({"severity": -1}, "severity", "severity_range"),
        ({"celsius": 25.0}, "temperature", "temperature_range"),
        ({"celsius": 50.0}, "temperature", "temperature_range"),
        ({"celsius": 29.99}, "temperature", "temperature_range"),
        ({"celsius": 45.01}, "temperature", "temperature_range"),
        ({"at": NOW + timedelta(minutes=1, seconds=1)}, "at", "time_in_future"),
        ({"at": NOW + timedelta(days=1)}, "at", "time_in_future"),
        ({"zone": "Mars/Olympus_Mons"}, "zone", "unknown_zone"),
        ({"zone": ""}, "zone", "required"),
        ({"recorded_by": "nurse"}, "recorded_by", "unknown_choice"),
    ],
)
def test_bad_entry_refused_and_nothing_stored(
    services: JournalServices, changes: dict[str, Any], field: str, code: str
) -> None:
    details = dataclasses.replace(entry(), **changes)
    problems = refused(services.side_effects.log, details)
    assert [(p.field, p.code) for p in problems] == [(field, code)]
    assert services.side_effects.check(details) == problems
    assert services.side_effects.count() == 0
    assert services.side_effects.entries() == []


def test_bad_entry_names_every_field(services: JournalServices) -> None:
    details = entry(symptom="", severity=12, celsius=20.0, zone="Nowhere/At_All")
    fields = {p.field for p in refused(services.side_effects.log, details)}
    assert fields == {"symptom", "severity", "temperature", "zone"}
    assert services.side_effects.count() == 0


def test_bad_update_keeps_the_entry(services: JournalServices) -> None:
    logged = services.side_effects.log(entry(severity=4))
    problems = refused(services.side_effects.update, logged.id, entry(severity=11))
    assert [(p.field, p.code) for p in problems] == [("severity", "severity_range")]
    (kept,) = services.side_effects.entries()
    assert kept.details.severity == 4


@pytest.mark.parametrize(
    "at",
    [NOW + timedelta(seconds=30), NOW + timedelta(minutes=1), NOW, NOW - timedelta(days=400)],
)
def test_a_clock_a_little_ahead_is_accepted(services: JournalServices, at: datetime) -> None:
    logged = services.side_effects.log(entry(at=at))
    (stored,) = services.side_effects.entries()
    assert stored.id == logged.id
    assert stored.details.at == at


@pytest.mark.parametrize(("severity", "celsius"), [(0, 30.0), (10, 45.0), (5, None)])
def test_boundary_values_accepted(
    services: JournalServices, severity: int, celsius: float | None
) -> None:
    services.side_effects.log(entry(severity=severity, celsius=celsius))
    (stored,) = services.side_effects.entries()
    assert (stored.details.severity, stored.details.celsius) == (severity, celsius)


def test_a_naive_time_is_a_programming_error(services: JournalServices) -> None:
    with pytest.raises(ValueError, match="aware"):
        services.side_effects.log(entry(at=datetime(2026, 5, 10, 9, 0)))


# --- the quick log: symptoms ----------------------------------------------------------------


@pytest.mark.parametrize("typed", ["headache", "HEADACHE  ", "  Headache", "hEaDaChE"])
def test_catalogue_symptom_matched_case_insensitively(
    services: JournalServices, typed: str
) -> None:
    logged = services.side_effects.log(entry(symptom=typed))
    assert logged.details.symptom == "Headache"
    assert logged.symptom_key == "headache"
    assert services.side_effects.symptoms() == [name for _, name in catalogue()]
    assert services.side_effects.count(symptom="HEADACHE") == 1


def test_catalogue_ships_the_spec_symptoms(services: JournalServices) -> None:
    names = services.side_effects.symptoms()
    # SPEC §2.5's 19, the red flags' wordings, and 12 MS symptoms in plain words (issue 19)
    assert len(names) == len(set(names)) == 42
    for wanted in ("Fever", "Headache", "Shortness of breath", "Other"):
        assert wanted in names
    for wanted in ("Numbness or tingling", "Brain fog", "Balance problems", "Low mood"):
        assert wanted in names
    for wanted in ("Shaking chills (rigors)", "Headache that is worse when upright", "Nosebleed"):
        assert wanted in names


def test_own_symptom_joins_once(services: JournalServices) -> None:
    first = services.side_effects.log(entry(symptom="Ringing ears"))
    second = services.side_effects.log(entry(symptom="ringing EARS"))
    third = services.side_effects.log(entry(symptom="  Ringing   ears "))
    assert first.symptom_key == second.symptom_key == third.symptom_key
    assert {e.details.symptom for e in (first, second, third)} == {"Ringing ears"}
    assert services.side_effects.symptoms() == [name for _, name in catalogue()] + ["Ringing ears"]
    assert services.side_effects.count(symptom="RINGING ears") == 3


def test_own_symptoms_follow_the_catalogue_alphabetically(services: JournalServices) -> None:
    for name in ("Tingling hands", "Blurred left eye", "ringing ears"):
        services.side_effects.log(entry(symptom=name))
    own = services.side_effects.symptoms()[len(catalogue()) :]
    assert own == ["Blurred left eye", "ringing ears", "Tingling hands"]


# --- the quick log: entries -----------------------------------------------------------------


def test_many_entries_in_the_same_minute_stay_distinct(services: JournalServices) -> None:
    logged = [
        services.side_effects.log(entry(symptom=s, severity=n, at=NOW - timedelta(seconds=n)))
        for n, s in enumerate(["Headache", "Headache", "Nausea", "Fatigue", "Headache"])
    ]
    assert len({e.id for e in logged}) == 5
    assert services.side_effects.count() == 5
    assert services.side_effects.count(symptom="headache") == 3
    assert sorted(e.id for e in services.side_effects.entries()) == sorted(e.id for e in logged)


def test_identical_entries_are_kept_apart(services: JournalServices) -> None:
    first = services.side_effects.log(entry())
    second = services.side_effects.log(entry())
    assert first.id != second.id
    assert services.side_effects.count() == 2


def test_delete_and_restore(services: JournalServices) -> None:
    keep = services.side_effects.log(entry(symptom="Nausea", at=NOW - HOUR))
    logged = services.side_effects.log(entry(celsius=38.4, notes="woke up with it" * 200))
    deleted = services.side_effects.delete(logged.id)
    assert deleted.id == logged.id
    assert deleted.details == logged.details
    assert [e.id for e in services.side_effects.entries()] == [keep.id]
    restored = services.side_effects.restore(deleted)
    assert restored.id == logged.id
    assert restored.details == logged.details
    assert [e.id for e in services.side_effects.entries()] == [logged.id, keep.id]


def test_restore_when_the_id_is_taken(services: JournalServices) -> None:
    logged = services.side_effects.log(entry(symptom="Fatigue"))
    deleted = services.side_effects.delete(logged.id)
    newer = services.side_effects.log(entry(symptom="Rash"))
    restored = services.side_effects.restore(deleted)
    assert restored.id != newer.id
    assert restored.details == logged.details
    assert services.side_effects.count() == 2


def test_delete_unknown_entry(services: JournalServices) -> None:
    problems = refused(services.side_effects.delete, 999)
    assert [(p.field, p.code) for p in problems] == [("entry", "not_found")]


def test_update_changes_symptom_and_keeps_id(services: JournalServices) -> None:
    logged = services.side_effects.log(entry(symptom="Headache"))
    updated = services.side_effects.update(logged.id, entry(symptom="back PAIN", severity=6))
    assert updated.id == logged.id
    assert (updated.details.symptom, updated.symptom_key) == ("Back pain", "back_pain")
    (stored,) = services.side_effects.entries()
    assert stored.details.severity == 6


def test_instant_in_utc_and_zone_kept(services: JournalServices) -> None:
    local = datetime(2026, 5, 9, 22, 30, tzinfo=ZoneInfo(TIJUANA))  # 05:30 UTC on 10 May
    services.side_effects.log(entry(at=local, zone=TIJUANA, celsius=37.8))
    (stored,) = services.side_effects.entries()
    assert stored.details.zone == TIJUANA
    assert stored.details.at == local
    assert stored.details.at.utcoffset() == timedelta(0)
    assert stored.details.at == datetime(2026, 5, 10, 5, 30, tzinfo=UTC)
    assert stored.details.at.astimezone(ZoneInfo(TIJUANA)).hour == 22


def seed_for_filters(services: JournalServices) -> list[int]:
    """Ten entries an hour apart, newest first in the returned ids."""
    ids = []
    for n in range(10):
        ids.append(
            services.side_effects.log(
                entry(
                    symptom=["Headache", "Nausea"][n % 2],
                    severity=n,
                    at=NOW - timedelta(hours=10 - n),
                    recorded_by=["patient", "companion"][n % 3 == 0],
                )
            ).id
        )
    return ids[::-1]


def test_entries_newest_first_and_paged(services: JournalServices) -> None:
    newest_first = seed_for_filters(services)
    assert [e.id for e in services.side_effects.entries()] == newest_first
    pages = [
        [e.id for e in services.side_effects.entries(offset=offset, limit=3)]
        for offset in range(0, 12, 3)
    ]
    assert pages == [newest_first[0:3], newest_first[3:6], newest_first[6:9], newest_first[9:]]
    assert services.side_effects.entries(offset=10, limit=3) == []
    assert services.side_effects.count() == 10


def test_entries_filtered(services: JournalServices) -> None:
    seed_for_filters(services)
    se = services.side_effects

    def check(expected: int, **filters: object) -> list[EntryDetails]:
        found = se.entries(**filters)  # type: ignore[arg-type]
        assert len(found) == se.count(**filters) == expected  # type: ignore[arg-type]
        return [e.details for e in found]

    # since is inclusive, until exclusive
    since = NOW - timedelta(hours=3)
    assert all(d.at >= since for d in check(3, since=since))
    until = NOW - timedelta(hours=8)
    assert all(d.at < until for d in check(2, until=until))
    check(1, since=since, until=NOW - timedelta(hours=2))
    assert {d.symptom for d in check(5, symptom="nausea")} == {"Nausea"}
    check(0, symptom="Rash")
    check(0, symptom="Never logged")
    companion = check(4, recorded_by="companion")  # n = 0, 3, 6, 9
    assert {d.severity for d in companion} == {0, 3, 6, 9}
    check(6, recorded_by="patient")
    check(2, symptom="headache", recorded_by="companion")  # n = 0, 6
    check(0, window_id=1)


def test_entries_filtered_by_window(services: JournalServices) -> None:
    outside = services.side_effects.log(entry(at=INFUSION_ENDED - HOUR))
    window = infusion_done(services)
    inside = services.side_effects.log(entry(at=INFUSION_ENDED + HOUR))
    assert [e.id for e in services.side_effects.entries(window_id=window.id)] == [inside.id]
    assert services.side_effects.count(window_id=window.id) == 1
    assert services.side_effects.count() == 2
    assert outside.watch_window_id is None


# --- watch windows --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["iv_infusion", "intrathecal_injection", "reinfusion"])
def test_infusion_marked_done_opens_one_window(services: JournalServices, kind: str) -> None:
    item = plan(services, kind)
    assert services.watch_windows.windows() == []
    done = mark_done(services, item)
    (window,) = services.watch_windows.windows()
    assert (window.item_id, window.kind, window.title) == (item.id, kind, item.details.title)
    assert window.hours == 48
    assert window.opened_at == INFUSION_ENDED
    assert window.closes_at == INFUSION_ENDED + 48 * HOUR
    # marking it done again, or editing it while done, opens no second window
    mark_done(services, done)
    edited = services.itinerary.update(
        item.id, dataclasses.replace(done.details, notes="Went well.")
    )
    services.itinerary.update(item.id, dataclasses.replace(edited.details, status="planned"))
    mark_done(services, services.itinerary.get(item.id))
    assert services.watch_windows.windows() == [window]


@pytest.mark.parametrize("kind", ["iv_infusion", "reinfusion"])
def test_infusion_added_as_done_opens_a_window(services: JournalServices, kind: str) -> None:
    item = services.itinerary.add(
        ItemDetails(
            kind=kind,
            title="Done already",
            start=INFUSION_START,
            zone=TORONTO,
            end=INFUSION_END,
            status="done",
        )
    )
    (window,) = services.watch_windows.windows()
    assert window.item_id == item.id
    assert window.opened_at == INFUSION_ENDED


@pytest.mark.parametrize("kind", ["tests", "clinic_appointment", "isolation", "conditioning"])
def test_other_kinds_open_no_window(services: JournalServices, kind: str) -> None:
    mark_done(services, plan(services, kind))
    assert services.watch_windows.windows() == []


def test_infusion_planned_or_cancelled_opens_no_window(services: JournalServices) -> None:
    item = plan(services)
    services.itinerary.update(item.id, dataclasses.replace(item.details, notes="Moved?"))
    services.itinerary.update(item.id, dataclasses.replace(item.details, status="cancelled"))
    assert services.watch_windows.windows() == []


def test_window_starts_at_the_start_without_an_end(services: JournalServices) -> None:
    mark_done(services, plan(services, end=None))
    (window,) = services.watch_windows.windows()
    assert window.opened_at == datetime(2026, 5, 9, 13, 0, tzinfo=UTC)


def test_window_starts_now_when_the_infusion_is_later(services: JournalServices) -> None:
    # Planned for 11:00–13:00 Toronto today (15:00–17:00 UTC), marked done at 14:00 UTC.
    item = plan(services, start=datetime(2026, 5, 10, 11, 0), end=datetime(2026, 5, 10, 13, 0))
    mark_done(services, item)
    (window,) = services.watch_windows.windows()
    assert window.opened_at == NOW
    assert window.zone == TORONTO


def test_window_in_the_zone_where_the_infusion_ended(services: JournalServices) -> None:
    # 09:00–11:00 in Tijuana (PDT, UTC−7) ends at 18:00 UTC on 9 May.
    item = services.itinerary.add(
        ItemDetails(
            kind="iv_infusion",
            title="IV",
            start=INFUSION_START,
            zone=TIJUANA,
            end=INFUSION_END,
        )
    )
    mark_done(services, item)
    (window,) = services.watch_windows.windows()
    assert window.opened_at == datetime(2026, 5, 9, 18, 0, tzinfo=UTC)


def test_window_closes_after_its_length() -> None:
    window = Window(1, None, "manual", "IV", NOW, TORONTO, 48)
    assert not window.is_open(NOW - timedelta(seconds=1))
    assert window.is_open(NOW)
    assert window.is_open(NOW + timedelta(hours=47, minutes=59))
    assert not window.is_open(NOW + 48 * HOUR)
    assert window.elapsed_hours(NOW + 12 * HOUR) == 12
    assert window.remaining_hours(NOW + 12 * HOUR) == 36
    assert window.elapsed_hours(NOW - HOUR) == 0
    assert window.remaining_hours(NOW + 50 * HOUR) == 0


def test_open_now(services: JournalServices) -> None:
    window = infusion_done(services)  # opened 23 h ago
    assert services.watch_windows.open_now() == [window]
    old = services.watch_windows.start("Earlier IV", NOW - 49 * HOUR)
    assert old not in services.watch_windows.open_now()
    assert services.watch_windows.windows() == [window, old]


def test_set_hours_changes_the_window_and_relinks(services: JournalServices) -> None:
    window = infusion_done(services)
    early = services.side_effects.log(entry(at=INFUSION_ENDED + 10 * HOUR))
    late = services.side_effects.log(entry(at=INFUSION_ENDED + 20 * HOUR))
    assert early.watch_window_id == late.watch_window_id == window.id

    shorter = services.watch_windows.set_hours(window.id, 12)
    assert shorter.hours == 12
    assert shorter.closes_at == INFUSION_ENDED + 12 * HOUR
    assert not shorter.is_open(NOW)
    assert services.watch_windows.open_now() == []
    linked = {e.id: e.watch_window_id for e in services.side_effects.entries()}
    assert linked == {early.id: window.id, late.id: None}

    longer = services.watch_windows.set_hours(window.id, 48)
    assert longer.is_open(NOW)
    assert services.side_effects.count(window_id=window.id) == 2


@pytest.mark.parametrize("hours", [0, 169, -5])
def test_set_hours_refused_outside_1_to_168(services: JournalServices, hours: int) -> None:
    window = infusion_done(services)
    problems = refused(services.watch_windows.set_hours, window.id, hours)
    assert [(p.field, p.code) for p in problems] == [("hours", "window_hours_range")]
    assert services.watch_windows.windows() == [window]


def test_set_hours_of_unknown_window(services: JournalServices) -> None:
    problems = refused(services.watch_windows.set_hours, 42, 24)
    assert [(p.field, p.code) for p in problems] == [("window", "not_found")]


def test_entries_inside_are_linked_and_outside_not(services: JournalServices) -> None:
    window = infusion_done(services)
    se = services.side_effects
    inside = [
        se.log(entry(at=INFUSION_ENDED)),
        se.log(entry(at=INFUSION_ENDED + 20 * HOUR)),
        se.log(entry(at=NOW)),
    ]
    before = se.log(entry(at=INFUSION_ENDED - timedelta(seconds=1)))
    assert {e.watch_window_id for e in inside} == {window.id}
    assert before.watch_window_id is None
    stored = {e.id: e.watch_window_id for e in se.entries()}
    assert stored == {**{e.id: window.id for e in inside}, before.id: None}


def test_entry_after_the_window_closes_is_not_linked(services: JournalServices) -> None:
    window = services.watch_windows.start("IV at home", NOW - 10 * HOUR, hours=8)
    at_close = services.side_effects.log(entry(at=window.closes_at))
    just_before = services.side_effects.log(entry(at=window.closes_at - timedelta(minutes=1)))
    assert at_close.watch_window_id is None
    assert just_before.watch_window_id == window.id


def test_entries_logged_before_marking_done_get_linked(services: JournalServices) -> None:
    se = services.side_effects
    before_infusion = se.log(entry(at=INFUSION_ENDED - HOUR))
    after_infusion = se.log(entry(at=INFUSION_ENDED + 2 * HOUR, symptom="Nausea"))
    assert after_infusion.watch_window_id is None
    window = infusion_done(services)
    linked = {e.id: e.watch_window_id for e in se.entries()}
    assert linked == {before_infusion.id: None, after_infusion.id: window.id}


def test_update_moves_an_entry_in_and_out_of_a_window(services: JournalServices) -> None:
    window = infusion_done(services)
    logged = services.side_effects.log(entry(at=INFUSION_ENDED - HOUR))
    assert logged.watch_window_id is None
    moved_in = services.side_effects.update(logged.id, entry(at=INFUSION_ENDED + HOUR))
    assert moved_in.watch_window_id == window.id
    moved_out = services.side_effects.update(logged.id, entry(at=INFUSION_ENDED - 2 * HOUR))
    assert moved_out.watch_window_id is None


def test_restored_entry_is_linked_again(services: JournalServices) -> None:
    window = infusion_done(services)
    logged = services.side_effects.log(entry(at=NOW - HOUR))
    restored = services.side_effects.restore(services.side_effects.delete(logged.id))
    assert restored.watch_window_id == window.id


def test_start_by_hand(services: JournalServices) -> None:
    logged = services.side_effects.log(entry(at=NOW - 2 * HOUR))
    window = services.watch_windows.start("  IV at the local hospital ", NOW - 3 * HOUR)
    assert (window.kind, window.item_id, window.title) == (
        "manual",
        None,
        "IV at the local hospital",
    )
    assert (window.hours, window.opened_at, window.zone) == (48, NOW - 3 * HOUR, TORONTO)
    assert services.side_effects.count(window_id=window.id) == 1
    assert services.side_effects.entries(window_id=window.id)[0].id == logged.id


@pytest.mark.parametrize("hours", [1, 24, 168])
def test_start_by_hand_hours_accepted(services: JournalServices, hours: int) -> None:
    window = services.watch_windows.start("IV", NOW - HOUR, hours=hours)
    assert window.hours == hours


@pytest.mark.parametrize(
    ("title", "opened_at", "hours", "field", "code"),
    [
        ("", NOW, 48, "title", "required"),
        ("   ", NOW, 48, "title", "required"),
        ("IV", NOW, 0, "hours", "window_hours_range"),
        ("IV", NOW, 169, "hours", "window_hours_range"),
        ("IV", NOW + timedelta(minutes=2), 48, "opened_at", "time_in_future"),
        ("IV", NOW + timedelta(days=1), 48, "opened_at", "time_in_future"),
    ],
)
def test_start_by_hand_refused(
    services: JournalServices,
    title: str,
    opened_at: datetime,
    hours: int,
    field: str,
    code: str,
) -> None:
    problems = refused(services.watch_windows.start, title, opened_at, hours)
    assert [(p.field, p.code) for p in problems] == [(field, code)]
    assert services.watch_windows.windows() == []


def test_start_by_hand_30_seconds_ahead_accepted(services: JournalServices) -> None:
    window = services.watch_windows.start("IV", NOW + timedelta(seconds=30))
    assert window.opened_at == NOW + timedelta(seconds=30)


def test_check_in_due_after_6_hours_without_an_entry(services: JournalServices) -> None:
    window = services.watch_windows.start("IV", NOW - 7 * HOUR)
    assert services.watch_windows.check_in_due(window)
    services.side_effects.log(entry(at=NOW - HOUR))
    assert not services.watch_windows.check_in_due(window)


@pytest.mark.parametrize(
    ("opened_ago", "entry_ago", "due"),
    [
        (timedelta(hours=5, minutes=59), None, False),
        (6 * HOUR, None, True),
        (30 * HOUR, 6 * HOUR, True),
        (30 * HOUR, timedelta(hours=5, minutes=59), False),
        (30 * HOUR, timedelta(0), False),
    ],
)
def test_check_in_interval(
    services: JournalServices,
    opened_ago: timedelta,
    entry_ago: timedelta | None,
    due: bool,
) -> None:
    window = services.watch_windows.start("IV", NOW - opened_ago)
    if entry_ago is not None:
        services.side_effects.log(entry(at=NOW - entry_ago))
    assert services.watch_windows.check_in_due(window) is due


def test_no_check_in_when_closed(services: JournalServices) -> None:
    closed = services.watch_windows.start("IV", NOW - 50 * HOUR)
    assert not closed.is_open(NOW)
    assert not services.watch_windows.check_in_due(closed)
    short = services.watch_windows.start("Short", NOW - 7 * HOUR, hours=6)
    assert not services.watch_windows.check_in_due(short)


def test_entry_outside_the_window_does_not_count_as_check_in(services: JournalServices) -> None:
    window = services.watch_windows.start("IV", NOW - 7 * HOUR)
    services.side_effects.log(entry(at=NOW - 8 * HOUR))  # before the window
    assert services.watch_windows.check_in_due(window)


def test_expected_effects_listed_per_kind() -> None:
    from journey.services.side_effects import expected_effects

    assert "Headache" in expected_effects("iv_infusion")
    assert "Neck pain" in expected_effects("intrathecal_injection")
    assert expected_effects("reinfusion")
    assert expected_effects("manual") == ()


# --- overlapping windows (MSC: IV infusion on day 2, lumbar puncture on day 3) --------------

IV_ENDED = datetime(2026, 5, 8, 15, 0, tzinfo=UTC)  # window to 10 May 15:00 UTC
LP_ENDED = datetime(2026, 5, 9, 15, 0, tzinfo=UTC)  # window to 11 May 15:00 UTC


def msc_windows(services: JournalServices, lp_first: bool) -> tuple[Window, Window]:
    iv = plan(services, "iv_infusion", datetime(2026, 5, 8, 9, 0), datetime(2026, 5, 8, 11, 0))
    lp = plan(services, "intrathecal_injection")
    for item in (lp, iv) if lp_first else (iv, lp):
        mark_done(services, item)
    windows = {w.kind: w for w in services.watch_windows.windows()}
    return windows["iv_infusion"], windows["intrathecal_injection"]


@pytest.mark.parametrize("lp_first", [False, True])
@pytest.mark.parametrize("log_first", [False, True])
def test_overlapping_windows_link_to_the_latest_opened(
    services: JournalServices, lp_first: bool, log_first: bool
) -> None:
    """Whichever order the infusions are marked done and the entries logged in, an entry
    inside both windows belongs to the one opened last, as a new entry would."""
    times = {"iv only": IV_ENDED + 2 * HOUR, "both": LP_ENDED + 5 * HOUR, "lp only": NOW}

    def log_all() -> dict[str, int]:
        return {k: services.side_effects.log(entry(at=at)).id for k, at in times.items()}

    ids = log_all() if log_first else {}
    iv, lp = msc_windows(services, lp_first)
    ids = ids or log_all()
    linked = {e.id: e.watch_window_id for e in services.side_effects.entries()}
    assert {k: linked[i] for k, i in ids.items()} == {
        "iv only": iv.id,
        "both": lp.id,
        "lp only": lp.id,
    }


def test_set_hours_with_overlapping_windows(services: JournalServices) -> None:
    iv, lp = msc_windows(services, lp_first=False)
    in_both = services.side_effects.log(entry(at=LP_ENDED + 5 * HOUR))
    iv_only = services.side_effects.log(entry(at=IV_ENDED + 2 * HOUR))
    # lengthening the older window does not take the entry from the newer one
    services.watch_windows.set_hours(iv.id, 72)
    linked = {e.id: e.watch_window_id for e in services.side_effects.entries()}
    assert linked == {in_both.id: lp.id, iv_only.id: iv.id}
    services.watch_windows.set_hours(iv.id, 48)
    # shortening the newer window hands the entry it no longer covers to the older one
    services.watch_windows.set_hours(lp.id, 2)
    linked = {e.id: e.watch_window_id for e in services.side_effects.entries()}
    assert linked == {in_both.id: iv.id, iv_only.id: iv.id}
    services.watch_windows.set_hours(lp.id, 48)
    linked = {e.id: e.watch_window_id for e in services.side_effects.entries()}
    assert linked == {in_both.id: lp.id, iv_only.id: iv.id}


def test_a_window_keeps_the_zone_where_the_infusion_happened(
    services: JournalServices,
) -> None:
    from journey.itinerary import ItemDetails

    item = services.itinerary.add(
        ItemDetails("iv_infusion", "IV", datetime(2026, 5, 9, 9, 0), "America/Tijuana")
    )
    services.itinerary.update(item.id, dataclasses.replace(item.details, status="done"))
    (window,) = services.watch_windows.windows()
    assert window.zone == "America/Tijuana"  # not the computer's (America/Toronto)
