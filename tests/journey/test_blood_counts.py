"""Blood counts (issue 18): units and the values questioned rather than guessed, engraftment
from series with gaps and dips, the neutropenic period, and the strict HSCT fever rule driven
through RedFlagService.check() on a real journal. Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey.blood_counts import (
    Count,
    count_kinds,
    engraftment,
    engraftment_day,
    engraftment_definition,
    neutropenia_threshold,
    neutropenic_periods,
    to_stored,
    transfusion_title,
    value_problem,
)
from journey.changes import Change
from journey.dto import CourseData, ProfileData
from journey.errors import ENGLISH, InvalidInput
from journey.journal import Journal
from journey.services import JournalServices
from journey.services.blood_counts import PRODUCTS, CountDetails
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock

MEXICO_CITY = "America/Mexico_City"
MX = ZoneInfo(MEXICO_CITY)
TORONTO = "America/Toronto"
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
STRICT = "hsct_isolation_fever"

# --- units and questioned values ------------------------------------------------------------


def test_every_kind_has_units_a_range_and_its_reason() -> None:
    kinds = {k.key: k for k in count_kinds()}
    assert set(kinds) == {"neutrophils", "platelets", "haemoglobin", "white_cells", "lymphocytes"}
    assert kinds["lymphocytes"].optional
    for kind in kinds.values():
        assert kind.stored_unit in kind.units
        assert kind.reason.strip()
        assert kind.low <= kind.smallest_nonzero <= kind.high


@pytest.mark.parametrize(
    ("value", "unit", "stored"),
    [
        (1.5, "e9_per_l", 1.5),
        (1500, "per_ul", 1.5),
        (300, "per_ul", 0.3),
        (12.5, "g_per_dl", 125),
        (125, "g_per_l", 125),
    ],
)
def test_stored_in_one_unit(value: float, unit: str, stored: float) -> None:
    assert to_stored(value, unit) == pytest.approx(stored)


@pytest.mark.parametrize(
    ("kind", "value", "unit", "english"),
    [
        (
            "neutrophils",
            1500,
            "e9_per_l",
            "1500 ×10⁹/L is not a possible neutrophil count; did you mean 1500/µL (1.5 ×10⁹/L)?",
        ),
        (
            "neutrophils",
            0.3,
            "per_ul",
            "0.3/µL is not a possible neutrophil count; did you mean 0.3 ×10⁹/L (300/µL)?",
        ),
        (
            "platelets",
            150000,
            "e9_per_l",
            "150000 ×10⁹/L is not a possible platelet count; did you mean 150000/µL (150 ×10⁹/L)?",
        ),
        (
            "haemoglobin",
            12,
            "g_per_l",
            "12 g/L is not a possible haemoglobin; did you mean 12 g/dL (120 g/L)?",
        ),
        (
            "haemoglobin",
            130,
            "g_per_dl",
            "130 g/dL is not a possible haemoglobin; did you mean 130 g/L (13 g/dL)?",
        ),
    ],
)
def test_a_value_possible_only_in_the_other_unit_is_questioned(
    kind: str, value: float, unit: str, english: str
) -> None:
    problem = value_problem("value", kind, value, unit)
    assert problem is not None
    assert problem.code == f"count_other_unit_{kind}"
    assert problem.code in ENGLISH
    assert problem.english() == english


@pytest.mark.parametrize(
    ("kind", "value", "unit"),
    [
        ("neutrophils", 0, "e9_per_l"),  # aplasia: a count of 0 is possible
        ("neutrophils", 0.01, "e9_per_l"),
        ("neutrophils", 100, "e9_per_l"),
        ("neutrophils", 10, "per_ul"),
        ("platelets", 1, "e9_per_l"),
        ("platelets", 2000, "e9_per_l"),
        ("haemoglobin", 20, "g_per_l"),
        ("haemoglobin", 25, "g_per_dl"),
        ("white_cells", 200, "e9_per_l"),
        ("lymphocytes", 0.2, "e9_per_l"),
    ],
)
def test_plausible_values_at_the_bounds_are_accepted(kind: str, value: float, unit: str) -> None:
    assert value_problem("value", kind, value, unit) is None


@pytest.mark.parametrize(
    ("kind", "value", "unit", "code"),
    [
        ("neutrophils", -1, "e9_per_l", "count_negative"),
        ("platelets", 5_000_000, "e9_per_l", "count_range"),  # not possible in either unit
        ("neutrophils", 1.5, "g_per_l", "unknown_choice"),
        ("plasma", 1.5, "e9_per_l", "unknown_choice"),
    ],
)
def test_impossible_values_are_refused(kind: str, value: float, unit: str, code: str) -> None:
    problem = value_problem("value", kind, value, unit)
    assert problem is not None
    assert problem.code == code


# --- engraftment ----------------------------------------------------------------------------


def series(start: date, values: list[float | None], zone: str = MEXICO_CITY) -> list[Count]:
    """One count a day at 08:00 where the patient is, from ``start``; None: no count."""
    return [
        Count(datetime.combine(start + DAY * i, time(8), ZoneInfo(zone)), zone, value)
        for i, value in enumerate(values)
        if value is not None
    ]


D0 = date(2027, 3, 1)


@pytest.mark.parametrize(
    ("values", "day"),
    [
        ([0.1, 0.6, 0.7, 0.9], 1),  # three days after the nadir
        ([0.1, 0.5, 0.5, 0.5], 1),  # 0.5 counts (at least)
        ([0.1, 0.49, 0.6, 0.7, 0.9], 2),
        ([0.1, 0.6, 0.7, 0.3, 0.6, 0.7, 0.8], 4),  # a dip breaks the run
        ([0.1, 0.6, None, 0.7, 0.8, 0.9], 3),  # a day without a count breaks it too
        ([0.1, 0.6, 0.7], None),  # two days are not three
        ([0.6, 0.7, 0.8, 0.9], None),  # never below 0.5: no nadir, nothing to recover from
        ([2.1, 1.0, 0.2, 0.6, 0.7, 0.8], 3),  # the counts before the fall do not count
        ([], None),
    ],
)
def test_neutrophil_engraftment_day(values: list[float | None], day: int | None) -> None:
    expected = None if day is None else D0 + DAY * day
    assert engraftment_day(series(D0, values), "neutrophils") == expected


def test_the_lowest_value_of_a_day_counts() -> None:
    counts = [*series(D0, [0.1, 0.6, 0.7, 0.8])]
    evening_dip = Count(datetime.combine(D0 + DAY * 2, time(20), MX), MEXICO_CITY, 0.4)
    assert engraftment_day(counts, "neutrophils") == D0 + DAY
    assert engraftment_day([*counts, evening_dip], "neutrophils") is None


def test_days_are_where_the_count_was_taken() -> None:
    # 23:30 in Mexico City is the next day in UTC; the run is by the patient's calendar.
    late = [
        Count(datetime.combine(D0 + DAY * i, time(23, 30), MX), MEXICO_CITY, v)
        for i, v in enumerate([0.1, 0.6, 0.7, 0.8])
    ]
    assert engraftment_day(late, "neutrophils") == D0 + DAY


def test_engraftment_is_met_at_the_first_count_of_the_third_day() -> None:
    counts = series(D0, [0.1, 0.6, 0.7, 0.8])
    found = engraftment(counts, engraftment_definition("neutrophils"))
    assert found is not None
    assert found.met_at == datetime.combine(D0 + DAY * 3, time(8), MX)


@pytest.mark.parametrize(
    ("values", "transfused", "day"),
    [
        ([10, 25, 30, 40], [], 1),
        ([10, 25, 19, 30, 40, 45], [], 3),
        ([10, 25, 30, 40, 50, 60, 70, 80, 90, 95, 99], [0], 8),  # 7 days free from day 1
        ([10, 25, 30, 40, 50, 60, 70, 80], [2], None),  # transfused during the run
    ],
)
def test_platelet_engraftment_needs_seven_days_without_a_transfusion(
    values: list[float], transfused: list[int], day: int | None
) -> None:
    definition = engraftment_definition("platelets")
    assert (definition.at_least, definition.days, definition.transfusion_free_days) == (20, 3, 7)
    transfusions = [datetime.combine(D0 + DAY * d, time(12), MX) for d in transfused]
    found = engraftment(
        series(D0, values), definition, transfusions=transfusions, transfusion_zone=MEXICO_CITY
    )
    assert (None if found is None else found.day) == (None if day is None else D0 + DAY * day)


def test_every_definition_names_its_source() -> None:
    neutrophils = engraftment_definition("neutrophils")
    platelets = engraftment_definition("platelets")
    assert (neutrophils.at_least, neutrophils.days) == (0.5, 3)
    for definition in (neutrophils, platelets):
        assert "CIBMTR" in definition.source
        assert "EBMT Handbook" in definition.source
    assert neutropenia_threshold() == 0.5


@settings(max_examples=200, deadline=None)
@given(
    before=st.lists(st.floats(0.0, 3.0), max_size=6),
    run=st.lists(st.floats(0.5, 5.0), min_size=3, max_size=8),
    where=st.integers(0, 7),
    dip=st.floats(0.0, 0.49),
    hour=st.integers(0, 23),
)
def test_a_low_count_inside_the_run_moves_engraftment_later_never_earlier(
    before: list[float], run: list[float], where: int, dip: float, hour: int
) -> None:
    counts = series(D0, [0.1, *before, *run])
    found = engraftment_day(counts, "neutrophils")
    assert found is not None
    inside = found + DAY * (where % 3)  # one of the three days that made the engraftment
    low = Count(datetime.combine(inside, time(hour), MX), MEXICO_CITY, dip)
    moved = engraftment_day([*counts, low], "neutrophils")
    assert moved is None or moved > found


# --- the neutropenic period (pure) ----------------------------------------------------------


def at(day: int, hour: int = 8) -> datetime:
    return datetime.combine(D0 + DAY * day, time(hour), MX)


def anc(day: int, value: float, hour: int = 8) -> Count:
    return Count(at(day, hour), MEXICO_CITY, value)


def test_a_period_opens_at_conditioning_and_stays_open_without_counts() -> None:
    assert neutropenic_periods(starts=[at(0, 14), at(1, 9)], neutrophils=[]) == ((at(0, 14), None),)


def test_an_earlier_low_count_opens_it_first() -> None:
    periods = neutropenic_periods(starts=[at(5)], neutrophils=[anc(3, 0.4)])
    assert periods == ((at(3), None),)


def test_it_ends_at_the_first_count_of_the_third_day_of_engraftment() -> None:
    counts = [anc(d, v) for d, v in [(8, 0.1), (12, 0.6), (13, 0.7), (14, 0.9)]]
    assert neutropenic_periods(starts=[at(0)], neutrophils=counts) == ((at(0), at(14)),)


def test_counts_above_the_threshold_before_the_fall_do_not_end_it() -> None:
    counts = [anc(d, v) for d, v in [(1, 2.0), (2, 1.5), (3, 0.9), (4, 0.3)]]
    assert neutropenic_periods(starts=[at(0)], neutrophils=counts) == ((at(0), None),)


def test_team_says_recovered_ends_it() -> None:
    periods = neutropenic_periods(starts=[at(0)], neutrophils=[], recovered=[at(20, 17)])
    assert periods == ((at(0), at(20, 17)),)


def test_a_recovery_recorded_before_any_period_ends_nothing() -> None:
    periods = neutropenic_periods(starts=[at(5)], neutrophils=[], recovered=[at(1)])
    assert periods == ((at(5), None),)


def test_a_new_low_count_after_the_end_opens_a_new_period() -> None:
    counts = [anc(d, v) for d, v in [(8, 0.1), (10, 0.6), (11, 0.7), (12, 0.9), (30, 0.4)]]
    periods = neutropenic_periods(starts=[at(0)], neutrophils=counts)
    assert periods == ((at(0), at(12)), (at(30), None))


# --- the service ----------------------------------------------------------------------------

# The HSCT course of tests/journey/test_red_flags.py: arriving 24 Apr 2026 in Mexico City, the
# template lays out conditioning on days −2 (6 May, 14:00) and −1 (7 May, 09:00), day 0 on
# 8 May 2026 (reinfusion at 10:00) and the isolation from 12:00 that day to 12:00 on day +8.
ARRIVAL = date(2026, 4, 24)
DAY_ZERO = date(2026, 5, 8)


def mx(day: int, hour: int, minute: int = 0) -> datetime:
    """Protocol day ``day`` at ``hour`` in Mexico City, as an instant in UTC."""
    return datetime.combine(DAY_ZERO + DAY * day, time(hour, minute), MX).astimezone(UTC)


def at_time(journal: Journal, now: datetime) -> JournalServices:
    return JournalServices.build(journal.session_factory, Clock(TORONTO, fixed_now=now))


@pytest.fixture
def hsct(journal: Journal, profile: ProfileData, course: CourseData) -> JournalServices:
    services = at_time(journal, mx(-20, 12))
    services.onboarding.complete(
        profile,
        dataclasses.replace(
            course,
            arrival_date=ARRIVAL,
            arrival_time=time(14, 0),
            treatment_start=ARRIVAL + timedelta(days=3),
            destination_zone=MEXICO_CITY,
        ),
        None,
    )
    return services


def count(
    journal: Journal,
    value: float,
    when: datetime,
    kind: str = "neutrophils",
    unit: str = "e9_per_l",
) -> None:
    at_time(journal, when).blood_counts.add(
        CountDetails(kind, value, unit, when, MEXICO_CITY, source="clinic lab")
    )


def strict_at(journal: Journal, when: datetime, celsius: float = 38.0) -> set[str]:
    """The rules a reading at ``when`` raises, checked a minute later; the reading is deleted
    again, so that probes do not pair up into the two-readings rule."""
    services = at_time(journal, when + timedelta(minutes=1))
    entry = services.side_effects.log(EntryDetails("Fever", 3, when, MEXICO_CITY, celsius=celsius))
    checked = services.red_flags.check()
    services.side_effects.delete(entry.id)
    # The strict rule itself was evaluated (other rules are not these tests' business).
    assert not {STRICT, ""} & {u.rule_key for u in checked.unchecked}
    return {f.rule_key for f in checked.flags if f.entry_id == entry.id}


def test_the_template_lays_out_what_these_tests_assume(hsct: JournalServices) -> None:
    items = hsct.itinerary.items()
    assert hsct.itinerary.numbering() is not None
    kinds = {(i.details.kind, i.details.start.date(), i.details.start.hour) for i in items}
    assert ("conditioning", DAY_ZERO - 2 * DAY, 14) in kinds
    assert ("conditioning", DAY_ZERO - DAY, 14) in kinds
    assert ("isolation", DAY_ZERO, 12) in kinds


def test_before_conditioning_the_strict_rule_is_off(
    hsct: JournalServices, journal: Journal
) -> None:
    assert strict_at(journal, mx(-2, 13, 59)) == set()


def test_conditioning_day_minus_1_raises_the_strict_rule(
    hsct: JournalServices, journal: Journal
) -> None:
    assert strict_at(journal, mx(-1, 15)) == {STRICT}


def test_day_0_before_the_isolation_item_starts_raises_it(
    hsct: JournalServices, journal: Journal
) -> None:
    assert strict_at(journal, mx(0, 11)) == {STRICT}


def test_day_8_afternoon_with_anc_0_3_raises_it(hsct: JournalServices, journal: Journal) -> None:
    count(journal, 0.3, mx(8, 7))
    assert strict_at(journal, mx(8, 15)) == {STRICT}


def test_day_8_afternoon_without_any_count_still_raises_it(
    hsct: JournalServices, journal: Journal
) -> None:
    assert strict_at(journal, mx(8, 15)) == {STRICT}  # after the isolation item's end


def test_after_recorded_engraftment_38_raises_the_strict_rule_no_more(
    hsct: JournalServices, journal: Journal
) -> None:
    for day, value in [(3, 0.1), (6, 0.6), (7, 0.8), (8, 1.1)]:
        count(journal, value, mx(day, 7))
    assert strict_at(journal, mx(8, 6, 59)) == {STRICT}  # before the third day's count
    assert strict_at(journal, mx(8, 15)) == set()
    assert strict_at(journal, mx(8, 16), celsius=38.3) == {"fever_single"}  # others still on
    state = at_time(journal, mx(9, 0)).blood_counts.engraftment("neutrophils")
    assert state.found is not None
    assert state.found.day == DAY_ZERO + 6 * DAY


def test_an_isolation_item_without_an_end_does_not_end_it_and_counts_do(
    hsct: JournalServices, journal: Journal
) -> None:
    (isolation,) = [i for i in hsct.itinerary.items() if i.details.kind == "isolation"]
    hsct.itinerary.update(isolation.id, dataclasses.replace(isolation.details, end=None))
    assert strict_at(journal, mx(12, 10)) == {STRICT}
    for day, value in [(12, 0.2), (13, 0.5), (14, 0.7), (15, 0.9)]:
        count(journal, value, mx(day, 7))
    assert strict_at(journal, mx(15, 10)) == set()


def test_team_says_recovered_ends_the_period(hsct: JournalServices, journal: Journal) -> None:
    services = at_time(journal, mx(10, 9))
    told: list[Change] = []
    services.changes.subscribe(told.append)
    record = services.blood_counts.record_recovered(mx(10, 8), MEXICO_CITY, "companion", "Dr R.")
    assert told == [Change.BLOOD_COUNTS]
    assert (record.at, record.recorded_by, record.note) == (mx(10, 8), "companion", "Dr R.")
    assert strict_at(journal, mx(10, 7, 59)) == {STRICT}
    assert strict_at(journal, mx(10, 12)) == set()
    state = at_time(journal, mx(10, 13)).blood_counts.neutropenia()
    assert state.ended_by == "recovered"
    assert not state.open_now
    assert state.periods == ((mx(-2, 14), mx(10, 8)),)


def test_a_new_low_count_after_recovery_opens_a_new_period(
    hsct: JournalServices, journal: Journal
) -> None:
    at_time(journal, mx(10, 9)).blood_counts.record_recovered(mx(10, 8), MEXICO_CITY)
    count(journal, 0.4, mx(14, 8))
    assert strict_at(journal, mx(13, 12)) == set()
    assert strict_at(journal, mx(14, 12)) == {STRICT}


def test_cancelled_conditioning_and_isolation_start_nothing(
    hsct: JournalServices, journal: Journal
) -> None:
    for item in hsct.itinerary.items():
        if item.details.kind in ("conditioning", "isolation"):
            hsct.itinerary.update(item.id, dataclasses.replace(item.details, status="cancelled"))
    assert strict_at(journal, mx(2, 12)) == set()
    count(journal, 0.2, mx(3, 8))
    assert strict_at(journal, mx(3, 12)) == {STRICT}


# --- the service: storing and refusing ------------------------------------------------------


def details(**changes: object) -> CountDetails:
    base = CountDetails("neutrophils", 1500, "per_ul", mx(1, 8), MEXICO_CITY, "clinic lab")
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_count_is_stored_in_one_unit_and_told(journal: Journal) -> None:
    services = at_time(journal, mx(2, 0))
    told: list[Change] = []
    services.changes.subscribe(told.append)
    entry = services.blood_counts.add(details())
    assert (entry.kind, entry.value, entry.source) == ("neutrophils", 1.5, "clinic lab")
    hb = services.blood_counts.add(details(kind="haemoglobin", value=9.8, unit="g_per_dl"))
    assert hb.value == pytest.approx(98)
    assert told == [Change.BLOOD_COUNTS, Change.BLOOD_COUNTS]
    assert services.blood_counts.latest() == {"neutrophils": entry, "haemoglobin": hb}
    assert Change.BLOOD_COUNTS in Change.EVERYTHING


def test_update_delete_and_restore(journal: Journal) -> None:
    services = at_time(journal, mx(2, 0)).blood_counts
    entry = services.add(details())
    changed = services.update(entry.id, details(value=0.4, unit="e9_per_l"))
    assert changed.value == 0.4
    gone = services.delete(entry.id)
    assert services.counts() == []
    assert services.restore(gone) == changed
    assert services.counts() == [changed]


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"value": 1500, "unit": "e9_per_l"}, "value", "count_other_unit_neutrophils"),
        ({"kind": "plasma"}, "kind", "unknown_choice"),
        ({"at": mx(3, 8)}, "at", "time_in_future"),
        ({"at": datetime(1899, 12, 31, 12, tzinfo=UTC)}, "at", "date_out_of_range"),
        ({"zone": "Mars/Olympus"}, "zone", "unknown_zone"),
        ({"source": "x" * 201}, "source", "text_too_long"),
        ({"recorded_by": "nurse"}, "recorded_by", "unknown_choice"),
    ],
)
def test_refused_with_the_field_named(
    journal: Journal, changes: dict[str, object], field: str, code: str
) -> None:
    services = at_time(journal, mx(2, 0))
    with pytest.raises(InvalidInput) as refused:
        services.blood_counts.add(details(**changes))
    assert [(p.field, p.code) for p in refused.value.problems] == [(field, code)]
    assert services.blood_counts.counts() == []


def test_a_recovery_in_the_future_is_refused(journal: Journal) -> None:
    services = at_time(journal, mx(2, 0))
    with pytest.raises(InvalidInput) as refused:
        services.blood_counts.record_recovered(mx(2, 1), MEXICO_CITY)
    assert refused.value.for_field("at") is not None
    assert services.blood_counts.recovered_records() == []


def test_a_platelet_transfusion_delays_platelet_engraftment(journal: Journal) -> None:
    services = at_time(journal, mx(20, 0)).blood_counts
    for day, value in [(4, 8), (9, 25), (10, 30), (11, 35), (12, 40)]:
        services.add(details(kind="platelets", value=value, unit="e9_per_l", at=mx(day, 8)))
    assert services.engraftment("platelets").found is not None
    services.add_transfusion("platelets", mx(8, 12), MEXICO_CITY)
    assert services.engraftment("platelets").found is None
    (transfusion,) = services.transfusions()
    services.delete_transfusion(transfusion.id)
    found = services.engraftment("platelets").found
    assert found is not None
    assert found.day == DAY_ZERO + 9 * DAY


def test_a_transfusion_changed_or_brought_back_moves_platelet_engraftment(
    journal: Journal,
) -> None:
    services = at_time(journal, mx(20, 0)).blood_counts
    for day, value in [(4, 8), (9, 25), (10, 30), (11, 35), (12, 40)]:
        services.add(details(kind="platelets", value=value, unit="e9_per_l", at=mx(day, 8)))
    wrong = services.add_transfusion("platelets", mx(8, 12), MEXICO_CITY, "companion", "1 unit")
    assert services.engraftment("platelets").found is None
    red_cells = services.update_transfusion(dataclasses.replace(wrong, product="red_cells"))
    assert services.transfusions() == [red_cells]
    assert (red_cells.id, red_cells.product, red_cells.notes) == (wrong.id, "red_cells", "1 unit")
    assert services.engraftment("platelets").found is not None  # red cells do not count

    services.delete_transfusion(wrong.id)
    assert services.restore_transfusion(red_cells) == red_cells  # undo: the same id
    assert services.transfusions() == [red_cells]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"product": "plasma"}, "product"),
        ({"at": mx(21, 0)}, "at"),  # after "now"
        ({"recorded_by": "nurse"}, "recorded_by"),
        ({"notes": "x" * 20_001}, "notes"),
    ],
)
def test_a_transfusion_change_refused_keeps_the_stored_one(
    journal: Journal, changes: dict[str, object], field: str
) -> None:
    services = at_time(journal, mx(20, 0)).blood_counts
    stored = services.add_transfusion("platelets", mx(8, 12), MEXICO_CITY)
    with pytest.raises(InvalidInput) as refused:
        services.update_transfusion(dataclasses.replace(stored, **changes))
    assert [p.field for p in refused.value.problems] == [field]
    assert services.transfusions() == [stored]


def test_every_kind_of_transfusion_has_its_words() -> None:
    assert {product: transfusion_title(product) for product in PRODUCTS} == {
        "platelets": "Platelet transfusion",
        "red_cells": "Red-cell transfusion",
    }
