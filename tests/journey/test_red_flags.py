"""Red flags (SPEC §2.5, issue 18): every rule at its boundaries in °C and °F, the clinic's
own thresholds, acknowledgement, and the demo journal. Journey never diagnoses; a flag shows a
number to call. Temperatures are compared as shown: in the user's unit, to 0.1 degree.

The clock is fixed at 10 May 2026, 14:00 UTC (10:00 in Toronto). Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from journey.demo import seed_demo
from journey.dto import CourseData, ProfileData
from journey.errors import InvalidInput
from journey.itinerary import Item, ItemDetails
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails, RedFlagService, catalogue, symptom_key
from journey.side_effects import (
    Reading,
    RedFlag,
    RedFlagContext,
    default_threshold,
    emergency_number,
    f_to_c,
    red_flag_rules,
    red_flags,
    severity_word,
)
from journey.timekeeping import Clock

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
TORONTO = "America/Toronto"
MEXICO_CITY = "America/Mexico_City"
HSCT_ARRIVAL = date(2026, 4, 24)  # 16 days before NOW
HOUR = timedelta(hours=1)
MINUTE = timedelta(minutes=1)
# Neutropenia in the pure tests: 8 May 18:00 UTC to 16 May 18:00 UTC.
NEUTROPENIA = (datetime(2026, 5, 8, 18, 0, tzinfo=UTC), datetime(2026, 5, 16, 18, 0, tzinfo=UTC))
INSIDE = RedFlagContext(neutropenia=(NEUTROPENIA,))
IN_F = RedFlagContext(unit="F")
INSIDE_IN_F = RedFlagContext(neutropenia=(NEUTROPENIA,), unit="F")


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


def rules_of(readings: list[Reading], context: RedFlagContext | None = None) -> set[str]:
    return {key for key, _ in raised(readings, context)}


# --- the rules as data ----------------------------------------------------------------------


def test_every_rule_has_a_source_and_a_message() -> None:
    rules = red_flag_rules()
    keys = [rule["key"] for rule in rules]
    assert len(keys) == len(set(keys))
    assert set(keys) == {
        "hsct_isolation_fever",
        "neutropenic_low_temperature",
        "fever_single",
        "fever_repeated",
        "rigors",
        "bleeding",
        "catheter_site",
        "headache_after_lumbar_puncture",
        "neurological_after_lumbar_puncture",
        "stiff_neck_fever_after_lumbar_puncture",
        "shortness_of_breath",
        "severe_symptom",
    }
    for rule in rules:
        assert rule["source"].strip(), rule["key"]
        assert rule["message"].strip(), rule["key"]
        assert rule.get("during") in (None, "neutropenia"), rule["key"]


def test_every_symptom_a_rule_names_is_one_the_quick_log_offers() -> None:
    offered = {key for key, _ in catalogue()}
    for rule in red_flag_rules():
        for name in rule.get("symptoms", ()):
            # a catalogue key, or the case-folded name an older journal stored it under
            assert name in offered or name == symptom_key(name), (rule["key"], name)
    assert "upright_headache" in offered  # the expected effect after a lumbar puncture


def test_the_severity_words_and_the_any_symptom_flag_agree() -> None:
    (rule,) = [r for r in red_flag_rules() if r["key"] == "severe_symptom"]
    boundary = rule["severity_at_least"]
    assert severity_word(boundary) == "severe"
    assert severity_word(boundary - 1) != "severe"
    assert rules_of([reading(symptom="fatigue", severity=boundary)]) == {"severe_symptom"}
    assert rules_of([reading(symptom="fatigue", severity=boundary - 1)]) == set()


@pytest.mark.parametrize(
    ("key", "celsius"),
    [
        ("hsct_isolation_fever", 38.0),
        ("neutropenic_low_temperature", 36.0),
        ("fever_single", 38.3),
        ("fever_repeated", 38.0),
        ("stiff_neck_fever_after_lumbar_puncture", 38.0),
        ("severe_symptom", None),
        ("no_such_rule", None),
    ],
)
def test_default_thresholds(key: str, celsius: float | None) -> None:
    assert default_threshold(key) == celsius


def test_nothing_raised_without_readings() -> None:
    assert red_flags([], INSIDE) == []


# --- one reading's temperature, compared as shown ------------------------------------------

F = f_to_c  # a reading typed in °F, stored as journey stores it (°C to 0.01)
OUT = RedFlagContext()
TEMPERATURE_CASES = [
    # (reading °C, context, rules) — °C users
    (37.0, OUT, set()),
    (38.0, OUT, set()),
    (38.24, OUT, set()),  # shown 38.2 °C
    (38.26, OUT, {"fever_single"}),  # shown 38.3 °C
    (38.3, OUT, {"fever_single"}),
    (39.5, OUT, {"fever_single"}),
    (38.0, INSIDE, {"hsct_isolation_fever"}),
    (37.99, INSIDE, {"hsct_isolation_fever"}),  # shown 38.0 °C: what is shown is compared
    (37.94, INSIDE, set()),  # shown 37.9 °C
    (38.3, INSIDE, {"hsct_isolation_fever", "fever_single"}),
    (36.0, INSIDE, set()),
    (35.96, INSIDE, set()),  # shown 36.0 °C: not below 36.0
    (35.94, INSIDE, {"neutropenic_low_temperature"}),
    (35.0, INSIDE, {"neutropenic_low_temperature"}),
    (35.0, OUT, set()),  # only during neutropenia
    (None, INSIDE, set()),
    # °F users: typed in °F, stored in °C, compared in °F
    (F(100.9), IN_F, {"fever_single"}),  # 38.28 °C, shown 100.9 °F = the 38.3 °C threshold
    (F(100.8), IN_F, set()),
    (F(100.4), INSIDE_IN_F, {"hsct_isolation_fever"}),  # 38.0 °C exactly
    (F(100.3), INSIDE_IN_F, set()),
    (F(96.8), INSIDE_IN_F, set()),  # 36.0 °C exactly: not below
    (F(96.7), INSIDE_IN_F, {"neutropenic_low_temperature"}),
    (F(101.0), INSIDE_IN_F, {"hsct_isolation_fever", "fever_single"}),
]


@pytest.mark.parametrize(("celsius", "context", "rules"), TEMPERATURE_CASES)
def test_one_reading_s_temperature(
    celsius: float | None, context: RedFlagContext, rules: set[str]
) -> None:
    assert rules_of([reading(celsius)], context) == rules


@pytest.mark.parametrize(
    ("context", "words"),
    [(OUT, "38.3 °C"), (IN_F, "100.9 °F")],
)
def test_the_message_shows_the_threshold_in_the_user_s_unit(
    context: RedFlagContext, words: str
) -> None:
    (flag,) = red_flags([reading(38.4)], context)
    assert flag.rule_key == "fever_single"
    assert f"A temperature of {words} or more" in flag.message
    assert flag.params == {"threshold": 38.3, "celsius": 38.4}
    assert "IDSA" in flag.source
    assert flag.at == NOW


def test_neutropenia_edges_and_several_periods() -> None:
    start, end = NEUTROPENIA
    second = reading(38.0, at=start, entry_id=2)
    assert raised([reading(38.0, at=start - timedelta(seconds=1)), second], INSIDE) == {
        ("hsct_isolation_fever", 2)
    }
    assert raised([reading(38.0, at=end)], INSIDE) == {("hsct_isolation_fever", 1)}
    assert raised([reading(38.0, at=end + timedelta(seconds=1))], INSIDE) == set()
    earlier = (NOW - 10 * 24 * HOUR, NOW - 9 * 24 * HOUR)
    context = RedFlagContext(neutropenia=(earlier, NEUTROPENIA))
    assert raised([reading(38.0)], context) == {("hsct_isolation_fever", 1)}


# --- fever, two readings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "apart", "context", "flags"),
    [
        (38.0, 38.0, 60 * MINUTE, OUT, {("fever_repeated", 2)}),
        (38.0, 38.0, 59 * MINUTE, OUT, set()),
        (38.0, 38.0, 24 * HOUR, OUT, {("fever_repeated", 2)}),
        (38.0, 38.0, 24 * HOUR + MINUTE, OUT, set()),
        (37.94, 38.0, 60 * MINUTE, OUT, set()),
        (38.0, 37.94, 60 * MINUTE, OUT, set()),
        (37.99, 38.0, 60 * MINUTE, OUT, {("fever_repeated", 2)}),  # shown 38.0 °C
        (38.2, 38.1, 3 * HOUR, OUT, {("fever_repeated", 2)}),
        (F(100.4), F(100.5), 2 * HOUR, IN_F, {("fever_repeated", 2)}),
        (F(100.3), F(100.5), 2 * HOUR, IN_F, set()),
    ],
)
def test_fever_repeated(
    first: float,
    second: float,
    apart: timedelta,
    context: RedFlagContext,
    flags: set[tuple[str, int]],
) -> None:
    earlier = reading(first, at=NOW - apart, entry_id=1)
    later = reading(second, at=NOW, entry_id=2)
    assert raised([earlier, later], context) == flags
    assert raised([later, earlier], context) == flags  # the order they come in does not matter


def test_fever_repeated_needs_a_temperature_on_both() -> None:
    without = reading(None, at=NOW - 2 * HOUR, symptom="chills", entry_id=1)
    assert raised([without, reading(38.1, entry_id=2)]) == set()


# --- after a lumbar puncture: counted from its start, ticked done or not -------------------

PUNCTURE = NOW - 100 * HOUR  # the procedure's start
AFTER_PUNCTURE = RedFlagContext(procedures=(("intrathecal_injection", PUNCTURE),))
LP = "headache_after_lumbar_puncture"
NEURO = "neurological_after_lumbar_puncture"


@pytest.mark.parametrize(
    ("symptom", "severity", "at", "rules"),
    [
        ("headache", 7, PUNCTURE + 30 * MINUTE, {LP, "severe_symptom"}),  # inside the slot
        ("headache", 7, PUNCTURE, {LP, "severe_symptom"}),
        ("headache", 7, PUNCTURE + 168 * HOUR, {LP, "severe_symptom"}),
        ("headache", 7, PUNCTURE + 168 * HOUR + MINUTE, {"severe_symptom"}),
        ("headache", 7, PUNCTURE - MINUTE, {"severe_symptom"}),
        ("headache", 6, PUNCTURE + HOUR, set()),
        ("upright_headache", 7, PUNCTURE + HOUR, {LP, "severe_symptom"}),
        ("headache that is worse when upright", 8, PUNCTURE + HOUR, {LP, "severe_symptom"}),
        ("back_pain", 7, PUNCTURE + HOUR, {"severe_symptom"}),
        ("leg_weakness", 1, PUNCTURE + HOUR, {NEURO}),
        ("leg_numbness", 2, PUNCTURE + 168 * HOUR, {NEURO}),
        ("trouble_passing_urine", 3, PUNCTURE + 2 * HOUR, {NEURO}),
        ("trouble_passing_urine", 3, PUNCTURE - HOUR, set()),
        ("leg_weakness", 0, PUNCTURE + HOUR, set()),
    ],
)
def test_after_a_lumbar_puncture(
    symptom: str, severity: int, at: datetime, rules: set[str]
) -> None:
    assert rules_of([reading(at=at, symptom=symptom, severity=severity)], AFTER_PUNCTURE) == rules


@pytest.mark.parametrize("kind", ["iv_infusion", "reinfusion", "tests"])
def test_headache_after_other_items(kind: str) -> None:
    context = RedFlagContext(procedures=((kind, PUNCTURE),))
    assert rules_of([reading(at=PUNCTURE + HOUR, symptom="headache", severity=7)], context) == {
        "severe_symptom"
    }


STIFF = "stiff_neck_fever_after_lumbar_puncture"


@pytest.mark.parametrize(
    ("neck_at", "fever_at", "celsius", "context", "flags"),
    [
        (PUNCTURE + 5 * HOUR, PUNCTURE + 8 * HOUR, 38.0, AFTER_PUNCTURE, {(STIFF, 2)}),
        (PUNCTURE + 8 * HOUR, PUNCTURE + 5 * HOUR, 38.0, AFTER_PUNCTURE, {(STIFF, 1)}),
        (PUNCTURE + 5 * HOUR, PUNCTURE + 29 * HOUR, 38.0, AFTER_PUNCTURE, {(STIFF, 2)}),
        (PUNCTURE + 5 * HOUR, PUNCTURE + 29 * HOUR + MINUTE, 38.0, AFTER_PUNCTURE, set()),
        (PUNCTURE + 5 * HOUR, PUNCTURE + 8 * HOUR, 37.9, AFTER_PUNCTURE, set()),
        (PUNCTURE - HOUR, PUNCTURE + 2 * HOUR, 38.0, AFTER_PUNCTURE, set()),  # neck before it
        (PUNCTURE + 5 * HOUR, PUNCTURE + 8 * HOUR, 38.0, OUT, set()),  # no puncture
        (
            PUNCTURE + 5 * HOUR,
            PUNCTURE + 8 * HOUR,
            F(100.4),
            dataclasses.replace(AFTER_PUNCTURE, unit="F"),
            {(STIFF, 2)},
        ),
    ],
)
def test_a_stiff_neck_with_fever_after_a_lumbar_puncture(
    neck_at: datetime,
    fever_at: datetime,
    celsius: float,
    context: RedFlagContext,
    flags: set[tuple[str, int]],
) -> None:
    neck = reading(at=neck_at, symptom="stiff_neck", severity=4, entry_id=1)
    fever = reading(celsius, at=fever_at, entry_id=2)
    assert {f for f in raised([neck, fever], context) if f[0] == STIFF} == flags


def test_a_stiff_neck_logged_with_its_temperature_raises_it_once() -> None:
    both = reading(38.1, at=PUNCTURE + HOUR, symptom="stiff_neck", severity=3)
    assert rules_of([both], AFTER_PUNCTURE) == {STIFF}


# --- symptoms at any time -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symptom", "severity", "rules"),
    [
        ("shortness_of_breath", 0, set()),
        ("shortness_of_breath", 1, {"shortness_of_breath"}),
        ("shortness_of_breath", 7, {"shortness_of_breath", "severe_symptom"}),
        ("rigors", 1, {"rigors"}),
        ("chills", 5, set()),
        ("nosebleed", 1, {"bleeding"}),
        ("blood_in_urine", 2, {"bleeding"}),
        ("petechiae", 1, {"bleeding"}),
        ("bleeding_gums", 1, {"bleeding"}),
        ("catheter_site", 1, {"catheter_site"}),
        ("catheter_site", 0, set()),
        ("cough", 5, set()),
        ("fatigue", 6, set()),
        ("fatigue", 7, {"severe_symptom"}),
        ("ringing ears", 10, {"severe_symptom"}),
    ],
)
def test_symptom_rules(symptom: str, severity: int, rules: set[str]) -> None:
    assert rules_of([reading(symptom=symptom, severity=severity)]) == rules


def test_severe_symptom_message() -> None:
    (flag,) = red_flags([reading(symptom="nausea", severity=9)], RedFlagContext())
    assert flag.params == {"severity": 9}
    assert "9 out of 10" in flag.message


# --- the clinic's own thresholds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("thresholds", "readings", "context", "flags"),
    [
        ({"fever_single": 38.0}, [reading(38.0)], OUT, {("fever_single", 1)}),
        ({"fever_single": 38.0}, [reading(37.94)], OUT, set()),
        ({"fever_single": 38.6}, [reading(38.5)], OUT, set()),
        ({"hsct_isolation_fever": 38.5}, [reading(38.2)], INSIDE, set()),
        ({"hsct_isolation_fever": 37.8}, [reading(37.8)], INSIDE, {("hsct_isolation_fever", 1)}),
        (
            {"neutropenic_low_temperature": 36.5},
            [reading(36.4)],
            INSIDE,
            {("neutropenic_low_temperature", 1)},
        ),
        # a °F user's own threshold, saved from 100.6 °F, met by 100.6 °F and not by 100.5 °F
        ({"fever_single": F(100.6)}, [reading(F(100.6))], IN_F, {("fever_single", 1)}),
        ({"fever_single": F(100.6)}, [reading(F(100.5))], IN_F, set()),
        (
            {"fever_repeated": 37.5},
            [reading(37.5, at=NOW - HOUR), reading(37.6, entry_id=2)],
            OUT,
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
def hsct(services: JournalServices, profile: ProfileData, course: CourseData) -> list[Item]:
    """Onboard an HSCT course in Mexico City arriving 16 days ago; its conditioning items."""
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
    items = services.itinerary.items()
    conditioning = [i for i in items if i.details.kind == "conditioning"]
    assert conditioning
    return sorted(conditioning, key=lambda i: i.details.start_instant())


def test_service_neutropenia_starts_with_the_first_conditioning_day(
    services: JournalServices, hsct: list[Item]
) -> None:
    start = hsct[0].details.start_instant()
    log(services, 38.0, at=start - MINUTE)
    inside = log(services, 38.0, at=start + 10 * MINUTE)  # too soon after for fever_repeated
    assert keys(services.red_flags.raised()) == {("hsct_isolation_fever", inside)}


def test_service_neutropenia_outlasts_the_isolation_item(
    services: JournalServices, hsct: list[Item]
) -> None:
    (isolation,) = [i for i in services.itinerary.items() if i.details.kind == "isolation"]
    end = isolation.details.end_instant()
    assert end is not None
    later = JournalServices.build(
        services.session_factory, Clock(TORONTO, fixed_now=end + 2 * HOUR)
    )
    entry = later.side_effects.log(EntryDetails("Fever", 3, end + HOUR, TORONTO, celsius=38.0))
    assert keys(later.red_flags.raised()) == {("hsct_isolation_fever", entry.id)}


def test_service_cancelled_conditioning_starts_nothing(
    services: JournalServices, hsct: list[Item]
) -> None:
    for item in services.itinerary.items():
        if item.details.kind in ("conditioning", "isolation"):
            services.itinerary.update(
                item.id, dataclasses.replace(item.details, status="cancelled")
            )
    log(services, 38.0)
    assert services.red_flags.raised() == []


def test_service_fever_rules(services: JournalServices) -> None:
    low = log(services, 38.24, at=NOW - 5 * HOUR)  # shown 38.2 °C
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


def lumbar_puncture(services: JournalServices, start: datetime, done: bool = True) -> Item:
    item = services.itinerary.add(
        ItemDetails(
            kind="intrathecal_injection",
            title="Intrathecal injection (lumbar puncture)",
            start=start,
            zone=TORONTO,
            end=start + 2 * HOUR,
        )
    )
    if done:
        item = services.itinerary.update(item.id, dataclasses.replace(item.details, status="done"))
    return item


@pytest.mark.parametrize(
    ("started", "severity", "at", "flag"),
    [
        (datetime(2026, 5, 3, 10, 0), 7, NOW, True),  # started exactly 168 h before, Toronto
        (datetime(2026, 5, 3, 10, 0), 6, NOW, False),
        (datetime(2026, 5, 3, 9, 0), 7, NOW, False),  # 169 h before
        (datetime(2026, 5, 9, 10, 0), 8, NOW, True),
        (datetime(2026, 5, 9, 10, 0), 7, NOW - 25 * HOUR, False),  # the headache came first
    ],
)
def test_service_headache_after_lumbar_puncture(
    services: JournalServices, started: datetime, severity: int, at: datetime, flag: bool
) -> None:
    lumbar_puncture(services, started)
    entry_id = log(services, symptom="HEADACHE", severity=severity, at=at)
    found = {f.rule_key for f in services.red_flags.raised() if f.entry_id == entry_id}
    assert ("headache_after_lumbar_puncture" in found) is flag


def test_service_a_puncture_not_ticked_done_counts_from_its_start(
    services: JournalServices,
) -> None:
    item = lumbar_puncture(services, datetime(2026, 5, 10, 9, 30), done=False)  # 09:30–11:30
    inside = log(services, symptom="Headache that is worse when upright", severity=7)  # 10:00
    assert {f.rule_key for f in services.red_flags.raised() if f.entry_id == inside} == {
        "headache_after_lumbar_puncture",
        "severe_symptom",
    }
    services.itinerary.update(item.id, dataclasses.replace(item.details, status="cancelled"))
    assert {f.rule_key for f in services.red_flags.raised()} == {"severe_symptom"}


@pytest.mark.parametrize(
    ("symptom", "severity", "rules"),
    [
        ("Shortness of breath", 1, {"shortness_of_breath"}),
        ("shortness OF breath", 0, set()),
        ("Fatigue", 8, {"severe_symptom"}),
        ("Fatigue", 6, set()),
        ("Fatigue", 7, {"severe_symptom"}),
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
    """At the demo's now (day +10): the reinfusion's window (day 0 to +2) closed with its 8
    check-ins, an evening check-in on 6 days of isolation outside any window, and the window
    opened by hand at 15:00 on day +9 after the platelet transfusion, still open with 2."""
    seed_demo(services)
    numbering = services.itinerary.numbering()
    assert numbering is not None
    assert numbering.day_zero == NOW.date() - timedelta(days=10)
    tijuana = ZoneInfo("America/Tijuana")
    transfusion, reinfusion = services.watch_windows.windows()  # the newest first
    assert reinfusion.kind == "reinfusion"
    assert not reinfusion.is_open(NOW)
    assert (transfusion.kind, transfusion.title) == ("manual", "Platelet transfusion")
    assert transfusion.opened_at == datetime.combine(
        numbering.day_zero + timedelta(days=9), time(15, 0), tijuana
    )
    assert services.watch_windows.open_now() == [transfusion]
    entries = services.side_effects.entries()
    by_window = {
        window: [e for e in entries if e.watch_window_id == window]
        for window in (reinfusion.id, None, transfusion.id)
    }
    assert [len(e) for e in by_window.values()] == [8, 6, 2]
    assert len(entries) == 16
    for window in (reinfusion, transfusion):
        assert all(
            window.opened_at <= e.details.at < window.closes_at for e in by_window[window.id]
        )
    # The evenings of isolation: 19:00 on days +3 to +8.
    assert sorted(e.details.at.astimezone(tijuana) for e in by_window[None]) == [
        datetime.combine(numbering.day_zero + timedelta(days=day), time(19, 0), tijuana)
        for day in range(3, 9)
    ]
    assert {e.details.recorded_by for e in entries} == {"patient", "companion"}

    # The 38.1 °C of day +1 during isolation: more than a week ago, so no banner now; it was
    # acknowledged when the demo was made.
    (fever,) = [e for e in entries if e.details.celsius is not None and e.details.celsius >= 38]
    assert fever.watch_window_id == reinfusion.id
    assert services.red_flags.raised() == []
    since = datetime.combine(numbering.arrival, time(0, 0), tijuana)
    flags = services.red_flags.in_period(since, NOW)
    assert [(f.rule_key, f.entry_id, when) for f, when in flags] == [
        ("hsct_isolation_fever", fever.id, NOW)
    ]
    acknowledged = services.red_flags.acknowledgements()
    assert acknowledged == [("hsct_isolation_fever", fever.id, NOW)]


# --- a number to call when the journal has none --------------------------------------------


@pytest.mark.parametrize(
    ("zone", "country", "number"),
    [
        ("America/Tijuana", "MX", "911"),
        ("America/Mexico_City", "MX", "911"),
        ("America/Toronto", "CA", "911"),
        ("America/Los_Angeles", "US", "911"),
        ("Europe/London", "GB", "999"),
        ("Europe/Madrid", "ES", "112"),  # not listed: 112, which every mobile phone connects
        ("UTC", None, "112"),
    ],
)
def test_the_emergency_number_of_the_country_an_entry_was_logged_in(
    zone: str, country: str | None, number: str
) -> None:
    assert emergency_number(zone) == (country, number)
