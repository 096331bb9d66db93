"""Red flags (SPEC §2.5): every rule at its boundaries, the clinic's own thresholds,
acknowledgement, and the demo journal. Journey never diagnoses; a flag shows a number to call.

The clock is fixed at 10 May 2026, 14:00 UTC (10:00 in Toronto). Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import pytest

from journey.demo import seed_demo
from journey.dto import CourseData, ProfileData
from journey.errors import InvalidInput
from journey.itinerary import Item, ItemDetails
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails, RedFlagService
from journey.side_effects import (
    Reading,
    RedFlag,
    RedFlagContext,
    default_threshold,
    red_flag_rules,
    red_flags,
)
from journey.timekeeping import Clock

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
TORONTO = "America/Toronto"
MEXICO_CITY = "America/Mexico_City"
HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)
# Isolation in the pure tests: 8 May 18:00 UTC to 16 May 18:00 UTC.
ISOLATION = (datetime(2026, 5, 8, 18, 0, tzinfo=UTC), datetime(2026, 5, 16, 18, 0, tzinfo=UTC))
# An HSCT course arriving 16 days ago: the template's isolation runs from day 15 12:00 to
# day 23 12:00 in Mexico City (UTC−6), i.e. the ISOLATION span above.
HSCT_ARRIVAL = date(2026, 4, 24)


def reading(
    celsius: float | None = None,
    at: datetime = NOW,
    symptom: str = "fever",
    severity: int = 3,
    entry_id: int = 1,
) -> Reading:
    return Reading(entry_id, at, symptom, severity, celsius)


def raised(readings: list[Reading], context: RedFlagContext | None = None) -> set[tuple[str, int]]:
    return {(f.rule_key, f.entry_id) for f in red_flags(readings, context or RedFlagContext())}


# --- the rules as data ----------------------------------------------------------------------


def test_every_rule_has_a_source_and_a_message() -> None:
    rules = red_flag_rules()
    keys = [rule["key"] for rule in rules]
    assert len(keys) == len(set(keys))
    assert set(keys) == {
        "hsct_isolation_fever",
        "fever_single",
        "fever_repeated",
        "headache_after_lumbar_puncture",
        "shortness_of_breath",
        "severe_symptom",
    }
    for rule in rules:
        assert rule["source"].strip(), rule["key"]
        assert rule["message"].strip(), rule["key"]


@pytest.mark.parametrize(
    ("key", "celsius"),
    [
        ("hsct_isolation_fever", 38.0),
        ("fever_single", 38.3),
        ("fever_repeated", 38.0),
        ("severe_symptom", None),
        ("no_such_rule", None),
    ],
)
def test_default_thresholds(key: str, celsius: float | None) -> None:
    assert default_threshold(key) == celsius


def test_nothing_raised_without_readings() -> None:
    assert red_flags([], RedFlagContext(isolation=(ISOLATION,))) == []


# --- fever, single reading ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("celsius", "flags"),
    [
        (None, set()),
        (37.0, set()),
        (38.0, set()),
        (38.29, set()),
        (38.3, {("fever_single", 1)}),
        (39.5, {("fever_single", 1)}),
    ],
)
def test_fever_single(celsius: float | None, flags: set[tuple[str, int]]) -> None:
    assert raised([reading(celsius)]) == flags


def test_fever_single_message_and_source() -> None:
    (flag,) = red_flags([reading(38.3)], RedFlagContext())
    assert flag.rule_key == "fever_single"
    assert "38.3 °C" in flag.message
    assert flag.params == {"threshold": 38.3, "celsius": 38.3}
    assert "IDSA" in flag.source
    assert flag.at == NOW


# --- fever, two readings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "apart", "flags"),
    [
        (38.0, 38.0, 60 * MINUTE, {("fever_repeated", 2)}),
        (38.0, 38.0, 59 * MINUTE, set()),
        (38.0, 38.0, 24 * HOUR, {("fever_repeated", 2)}),
        (38.0, 38.0, 24 * HOUR + MINUTE, set()),
        (38.0, 38.0, 25 * HOUR, set()),
        (37.99, 38.0, 60 * MINUTE, set()),
        (38.0, 37.99, 60 * MINUTE, set()),
        (38.2, 38.1, 3 * HOUR, {("fever_repeated", 2)}),
    ],
)
def test_fever_repeated(
    first: float, second: float, apart: timedelta, flags: set[tuple[str, int]]
) -> None:
    earlier = reading(first, at=NOW - apart, entry_id=1)
    later = reading(second, at=NOW, entry_id=2)
    assert raised([earlier, later]) == flags
    assert raised([later, earlier]) == flags  # the order they come in does not matter


def test_fever_repeated_needs_a_temperature_on_both() -> None:
    without = reading(None, at=NOW - 2 * HOUR, symptom="chills", entry_id=1)
    assert raised([without, reading(38.1, entry_id=2)]) == set()


def test_one_reading_at_38_raises_nothing_outside_isolation() -> None:
    assert raised([reading(38.0)]) == set()


# --- HSCT isolation -------------------------------------------------------------------------

INSIDE = RedFlagContext(isolation=(ISOLATION,))


@pytest.mark.parametrize(
    ("celsius", "at", "flags"),
    [
        (38.0, NOW, {("hsct_isolation_fever", 1)}),
        (37.99, NOW, set()),
        (38.0, ISOLATION[0], {("hsct_isolation_fever", 1)}),
        (38.0, ISOLATION[1], {("hsct_isolation_fever", 1)}),
        (38.0, ISOLATION[0] - timedelta(seconds=1), set()),
        (38.0, ISOLATION[1] + timedelta(seconds=1), set()),
        (38.3, NOW, {("hsct_isolation_fever", 1), ("fever_single", 1)}),
        (38.3, ISOLATION[0] - HOUR, {("fever_single", 1)}),
    ],
)
def test_hsct_isolation_fever(celsius: float, at: datetime, flags: set[tuple[str, int]]) -> None:
    assert raised([reading(celsius, at=at)], INSIDE) == flags


def test_hsct_isolation_fever_without_isolation() -> None:
    assert raised([reading(38.0)], RedFlagContext()) == set()


def test_hsct_isolation_fever_in_any_of_several_spans() -> None:
    earlier = (NOW - 10 * 24 * HOUR, NOW - 9 * 24 * HOUR)
    context = RedFlagContext(isolation=(earlier, ISOLATION))
    assert raised([reading(38.0)], context) == {("hsct_isolation_fever", 1)}


def test_hsct_isolation_fever_message() -> None:
    (flag,) = red_flags([reading(38.1)], INSIDE)
    assert "38.0 °C" in flag.message
    assert "Freifeld" in flag.source


# --- headache after a lumbar puncture -------------------------------------------------------

PUNCTURE = NOW - 100 * HOUR
AFTER_PUNCTURE = RedFlagContext(done_items=(("intrathecal_injection", PUNCTURE),))


@pytest.mark.parametrize(
    ("symptom", "severity", "at", "flags"),
    [
        ("headache", 7, PUNCTURE + HOUR, {("headache_after_lumbar_puncture", 1)}),
        ("headache", 7, PUNCTURE, {("headache_after_lumbar_puncture", 1)}),
        ("headache", 7, PUNCTURE + 168 * HOUR, {("headache_after_lumbar_puncture", 1)}),
        ("headache", 6, PUNCTURE + HOUR, set()),
        ("headache", 7, PUNCTURE + 169 * HOUR, set()),
        ("headache", 7, PUNCTURE + 168 * HOUR + MINUTE, set()),
        ("headache", 7, PUNCTURE - MINUTE, set()),
        ("back_pain", 7, PUNCTURE + HOUR, set()),
    ],
)
def test_headache_after_lumbar_puncture(
    symptom: str, severity: int, at: datetime, flags: set[tuple[str, int]]
) -> None:
    assert raised([reading(at=at, symptom=symptom, severity=severity)], AFTER_PUNCTURE) == flags


@pytest.mark.parametrize("kind", ["iv_infusion", "reinfusion", "tests"])
def test_headache_after_other_items(kind: str) -> None:
    context = RedFlagContext(done_items=((kind, PUNCTURE),))
    assert raised([reading(at=PUNCTURE + HOUR, symptom="headache", severity=7)], context) == set()


def test_headache_without_any_puncture() -> None:
    assert raised([reading(symptom="headache", severity=7)]) == set()


# --- shortness of breath and severe symptoms ------------------------------------------------


@pytest.mark.parametrize(
    ("symptom", "severity", "flags"),
    [
        ("shortness_of_breath", 0, set()),
        ("shortness_of_breath", 1, {"shortness_of_breath"}),
        ("shortness_of_breath", 5, {"shortness_of_breath"}),
        ("shortness_of_breath", 8, {"shortness_of_breath", "severe_symptom"}),
        ("cough", 5, set()),
        ("fatigue", 7, set()),
        ("fatigue", 8, {"severe_symptom"}),
        ("ringing ears", 10, {"severe_symptom"}),
        ("headache", 9, {"severe_symptom"}),
    ],
)
def test_symptom_rules(symptom: str, severity: int, flags: set[str]) -> None:
    found = red_flags([reading(symptom=symptom, severity=severity)], RedFlagContext())
    assert {f.rule_key for f in found} == flags


def test_severe_symptom_message() -> None:
    (flag,) = red_flags([reading(symptom="nausea", severity=9)], RedFlagContext())
    assert flag.params == {"severity": 9}
    assert "9 out of 10" in flag.message


# --- the clinic's own thresholds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("thresholds", "readings", "context", "flags"),
    [
        ({"fever_single": 38.0}, [reading(38.0)], RedFlagContext(), {("fever_single", 1)}),
        ({"fever_single": 38.0}, [reading(37.99)], RedFlagContext(), set()),
        ({"fever_single": 38.6}, [reading(38.5)], RedFlagContext(), set()),
        ({"hsct_isolation_fever": 38.5}, [reading(38.2)], INSIDE, set()),
        ({"hsct_isolation_fever": 37.8}, [reading(37.8)], INSIDE, {("hsct_isolation_fever", 1)}),
        (
            {"fever_repeated": 37.5},
            [reading(37.5, at=NOW - HOUR), reading(37.6, entry_id=2)],
            RedFlagContext(),
            {("fever_repeated", 2)},
        ),
    ],
)
def test_clinic_thresholds_replace_defaults(
    thresholds: dict[str, float],
    readings: list[Reading],
    context: RedFlagContext,
    flags: set[tuple[str, int]],
) -> None:
    assert raised(readings, dataclasses.replace(context, thresholds=thresholds)) == flags


def test_clinic_threshold_in_the_message() -> None:
    (flag,) = red_flags([reading(38.0)], RedFlagContext(thresholds={"fever_single": 38.0}))
    assert "38.0 °C" in flag.message
    assert flag.params["threshold"] == 38.0


# --- through the services -------------------------------------------------------------------


def log(
    services: JournalServices,
    celsius: float | None = None,
    at: datetime = NOW,
    symptom: str = "Fever",
    severity: int = 3,
) -> int:
    details = EntryDetails(symptom=symptom, severity=severity, at=at, zone=TORONTO, celsius=celsius)
    return services.side_effects.log(details).id


def keys(flags: list[RedFlag]) -> set[tuple[str, int]]:
    return {(f.rule_key, f.entry_id) for f in flags}


@pytest.fixture
def hsct(services: JournalServices, profile: ProfileData, course: CourseData) -> Item:
    """Onboard an HSCT course in Mexico City arriving 16 days ago; returns its isolation."""
    services.onboarding.complete(
        profile,
        dataclasses.replace(
            course,
            arrival_date=HSCT_ARRIVAL,
            arrival_time=time(14, 0),
            treatment_start=HSCT_ARRIVAL + timedelta(days=3),
            destination_zone=MEXICO_CITY,
        ),
        None,
    )
    (isolation,) = [i for i in services.itinerary.items() if i.details.kind == "isolation"]
    assert isolation.details.start_instant() == ISOLATION[0]
    assert isolation.details.end_instant() == ISOLATION[1]
    return isolation


def test_service_hsct_isolation_fever_inside(services: JournalServices, hsct: Item) -> None:
    entry_id = log(services, 38.0)
    assert keys(services.red_flags.raised()) == {("hsct_isolation_fever", entry_id)}


@pytest.mark.parametrize("at", [ISOLATION[0], ISOLATION[0] + HOUR, NOW - timedelta(seconds=1), NOW])
def test_service_hsct_isolation_fever_edges(
    services: JournalServices, hsct: Item, at: datetime
) -> None:
    entry_id = log(services, 38.0, at=at)
    assert keys(services.red_flags.raised()) == {("hsct_isolation_fever", entry_id)}


def test_service_hsct_isolation_fever_outside(services: JournalServices, hsct: Item) -> None:
    log(services, 38.0, at=ISOLATION[0] - MINUTE)
    log(services, 38.0, at=ISOLATION[0] - 3 * 24 * HOUR)
    assert services.red_flags.raised() == []


def test_service_hsct_isolation_cancelled(services: JournalServices, hsct: Item) -> None:
    services.itinerary.update(hsct.id, dataclasses.replace(hsct.details, status="cancelled"))
    log(services, 38.0)
    assert services.red_flags.raised() == []


def test_service_hsct_isolation_done_still_counts(services: JournalServices, hsct: Item) -> None:
    services.itinerary.update(hsct.id, dataclasses.replace(hsct.details, status="done"))
    entry_id = log(services, 38.0)
    assert keys(services.red_flags.raised()) == {("hsct_isolation_fever", entry_id)}


def test_service_isolation_item_added_by_hand(services: JournalServices) -> None:
    services.itinerary.add(
        ItemDetails(
            kind="isolation",
            title="Protective isolation",
            start=datetime(2026, 5, 9, 8, 0),
            zone=TORONTO,
            end=datetime(2026, 5, 12, 8, 0),
        )
    )
    inside = log(services, 38.0)
    log(services, 38.0, at=datetime(2026, 5, 9, 11, 0, tzinfo=UTC))  # 07:00 in Toronto
    assert keys(services.red_flags.raised()) == {("hsct_isolation_fever", inside)}


def test_service_fever_rules(services: JournalServices) -> None:
    low = log(services, 38.29, at=NOW - 5 * HOUR)
    single = log(services, 38.3, at=NOW - 3 * HOUR)
    repeated = log(services, 38.0, at=NOW - 2 * HOUR)
    too_soon = log(services, 38.0, at=NOW - 61 * MINUTE)
    assert keys(services.red_flags.raised()) == {
        ("fever_single", single),
        ("fever_repeated", single),
        ("fever_repeated", repeated),
        ("fever_repeated", too_soon),
    }
    assert low not in {f.entry_id for f in services.red_flags.raised()}


def test_service_fever_repeated_59_minutes(services: JournalServices) -> None:
    log(services, 38.0, at=NOW - 59 * MINUTE)
    log(services, 38.0)
    assert services.red_flags.raised() == []


def test_service_fever_repeated_60_minutes(services: JournalServices) -> None:
    log(services, 38.0, at=NOW - 60 * MINUTE)
    later = log(services, 38.0)
    assert keys(services.red_flags.raised()) == {("fever_repeated", later)}


def lumbar_puncture(services: JournalServices, end: datetime, done: bool = True) -> Item:
    item = services.itinerary.add(
        ItemDetails(
            kind="intrathecal_injection",
            title="Intrathecal injection (lumbar puncture)",
            start=end - HOUR,
            zone=TORONTO,
            end=end,
        )
    )
    if done:
        item = services.itinerary.update(item.id, dataclasses.replace(item.details, status="done"))
    return item


@pytest.mark.parametrize(
    ("ended", "severity", "at", "flag"),
    [
        (datetime(2026, 5, 3, 10, 0), 7, NOW, True),  # exactly 168 h before, Toronto time
        (datetime(2026, 5, 3, 10, 0), 6, NOW, False),
        (datetime(2026, 5, 3, 9, 0), 7, NOW, False),  # 169 h before
        (datetime(2026, 5, 9, 10, 0), 8, NOW, True),
        (datetime(2026, 5, 9, 10, 0), 7, NOW - 25 * HOUR, False),  # the headache came first
    ],
)
def test_service_headache_after_lumbar_puncture(
    services: JournalServices, ended: datetime, severity: int, at: datetime, flag: bool
) -> None:
    lumbar_puncture(services, ended)
    entry_id = log(services, symptom="HEADACHE", severity=severity, at=at)
    found = {f.rule_key for f in services.red_flags.raised() if f.entry_id == entry_id}
    assert ("headache_after_lumbar_puncture" in found) is flag


def test_service_headache_after_puncture_not_yet_done(services: JournalServices) -> None:
    lumbar_puncture(services, datetime(2026, 5, 9, 10, 0), done=False)
    log(services, symptom="Headache", severity=7)
    assert services.red_flags.raised() == []


@pytest.mark.parametrize(
    ("symptom", "severity", "rules"),
    [
        ("Shortness of breath", 1, {"shortness_of_breath"}),
        ("shortness OF breath", 0, set()),
        ("Fatigue", 8, {"severe_symptom"}),
        ("Fatigue", 7, set()),
        ("My own symptom", 10, {"severe_symptom"}),
    ],
)
def test_service_symptom_rules(
    services: JournalServices, symptom: str, severity: int, rules: set[str]
) -> None:
    log(services, symptom=symptom, severity=severity)
    assert {f.rule_key for f in services.red_flags.raised()} == rules


def test_service_raised_newest_first(services: JournalServices) -> None:
    older = log(services, 39.0, at=NOW - 5 * 24 * HOUR)
    newer = log(services, symptom="Nausea", severity=9, at=NOW - HOUR)
    assert [f.entry_id for f in services.red_flags.raised()] == [newer, older]


def test_entries_older_than_a_week_raise_nothing(services: JournalServices) -> None:
    log(services, 39.5, at=NOW - 7 * 24 * HOUR - MINUTE)
    log(services, symptom="Shortness of breath", severity=9, at=NOW - 30 * 24 * HOUR)
    assert services.red_flags.raised() == []
    assert services.red_flags.raised(include_acknowledged=True) == []
    recent = log(services, 39.5, at=NOW - 7 * 24 * HOUR + MINUTE)
    assert keys(services.red_flags.raised()) == {("fever_single", recent)}


def test_save_thresholds_replaces_defaults(services: JournalServices) -> None:
    log(services, 38.0, at=NOW - 3 * HOUR)
    assert services.red_flags.raised() == []
    saved = services.red_flags.save_thresholds({"fever_single": 38.0})
    assert saved == services.red_flags.thresholds() == {"fever_single": 38.0}
    (flag,) = services.red_flags.raised()
    assert flag.rule_key == "fever_single"
    assert flag.params["threshold"] == 38.0
    services.red_flags.save_thresholds({"fever_single": 38.5})
    assert services.red_flags.thresholds() == {"fever_single": 38.5}
    log(services, 38.4, at=NOW - 2 * HOUR - MINUTE)  # too soon for fever_repeated
    assert services.red_flags.raised() == []


def test_thresholds_default_to_none(services: JournalServices) -> None:
    assert services.red_flags.thresholds() == {}


@pytest.mark.parametrize("bad", [34.9, 42.1, 20.0, 100.4])
def test_thresholds_outside_35_to_42_refused(services: JournalServices, bad: float) -> None:
    services.red_flags.save_thresholds({"fever_single": 38.0})
    with pytest.raises(InvalidInput) as caught:
        services.red_flags.save_thresholds({"fever_single": 38.5, "hsct_isolation_fever": bad})
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("hsct_isolation_fever", "temperature_range")
    ]
    assert services.red_flags.thresholds() == {"fever_single": 38.0}


@pytest.mark.parametrize("edge", [35.0, 42.0])
def test_thresholds_at_35_and_42_accepted(services: JournalServices, edge: float) -> None:
    services.red_flags.save_thresholds({"hsct_isolation_fever": edge})
    assert services.red_flags.thresholds() == {"hsct_isolation_fever": edge}


def test_acknowledged_flag_not_raised_again(services: JournalServices) -> None:
    entry_id = log(services, 38.5, at=NOW - HOUR)
    (flag,) = services.red_flags.raised()
    assert services.red_flags.acknowledge(flag) == NOW
    assert services.red_flags.raised() == []
    assert services.red_flags.raised(include_acknowledged=True) == [flag]
    assert services.red_flags.acknowledgements() == [("fever_single", entry_id, NOW)]
    # acknowledging again changes nothing
    later = RedFlagService(services.session_factory, Clock(TORONTO, fixed_now=NOW + HOUR))
    later.acknowledge(flag)
    assert services.red_flags.acknowledgements() == [("fever_single", entry_id, NOW)]
    # a new reading raises a new flag
    newer = log(services, 38.6)
    assert keys(services.red_flags.raised()) == {
        ("fever_single", newer),
        ("fever_repeated", newer),  # an hour after the first
    }


def test_acknowledgement_records_the_clocks_time(services: JournalServices) -> None:
    entry_id = log(services, symptom="Shortness of breath", severity=2)
    when = NOW + timedelta(minutes=7, seconds=30)
    other = RedFlagService(services.session_factory, Clock(TORONTO, fixed_now=when))
    (flag,) = other.raised()
    assert other.acknowledge(flag) == when
    assert services.red_flags.acknowledgements() == [("shortness_of_breath", entry_id, when)]


def test_acknowledging_one_rule_leaves_the_others(services: JournalServices) -> None:
    entry_id = log(services, symptom="Shortness of breath", severity=9)
    flags = services.red_flags.raised()
    assert keys(flags) == {("shortness_of_breath", entry_id), ("severe_symptom", entry_id)}
    (breath,) = [f for f in flags if f.rule_key == "shortness_of_breath"]
    services.red_flags.acknowledge(breath)
    assert keys(services.red_flags.raised()) == {("severe_symptom", entry_id)}


def test_deleted_entry_takes_its_acknowledgement_along(services: JournalServices) -> None:
    """SQLite hands a deleted highest id to the next entry: a new fever must not inherit the
    old entry's acknowledgement."""
    first = log(services, 39.0, at=NOW - HOUR)
    (flag,) = services.red_flags.raised()
    services.red_flags.acknowledge(flag)
    services.side_effects.delete(first)
    assert services.red_flags.acknowledgements() == []
    second = log(services, 39.2)
    assert keys(services.red_flags.raised()) == {("fever_single", second)}


# --- the demo -------------------------------------------------------------------------------


def test_demo_side_effects(services: JournalServices) -> None:
    seed_demo(services)
    (window,) = services.watch_windows.windows()
    assert window.kind == "reinfusion"
    assert window.is_open(NOW)
    entries = services.side_effects.entries()
    assert len(entries) >= 5
    assert {e.watch_window_id for e in entries} == {window.id}
    assert all(window.opened_at <= e.details.at < window.closes_at for e in entries)
    assert {e.details.recorded_by for e in entries} == {"patient", "companion"}

    assert services.red_flags.raised() == []
    flags = services.red_flags.raised(include_acknowledged=True)
    assert flags
    assert {f.rule_key for f in flags} == {"hsct_isolation_fever"}
    acknowledged = services.red_flags.acknowledgements()
    assert {(key, entry_id) for key, entry_id, _ in acknowledged} == keys(flags)
    assert all(when == NOW for _, _, when in acknowledged)
