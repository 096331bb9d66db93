"""Time rules (SPEC §4): a wall time in a daylight-saving gap or a repeated hour is refused,
never guessed; every other wall time maps to exactly one instant and back."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey.errors import Problem
from journey.timekeeping import (
    Clock,
    known_zones,
    shown_in,
    to_instant,
    wall_time_problem,
    zone_problem,
)

ZONES = st.sampled_from(sorted(known_zones()))
WALL_TIMES = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 12, 30))


def round_trips(wall: datetime, zone: str) -> bool:
    return shown_in(to_instant(wall, zone), zone).replace(tzinfo=None) == wall


def folds_agree(wall: datetime, zone: str) -> bool:
    return to_instant(wall.replace(fold=0), zone) == to_instant(wall.replace(fold=1), zone)


@settings(max_examples=300)
@given(zone=ZONES, wall=WALL_TIMES)
def test_a_wall_time_is_refused_exactly_when_it_is_not_one_instant(
    zone: str, wall: datetime
) -> None:
    wall = wall.replace(fold=0)
    problem = wall_time_problem("arrival_time", wall.date(), wall.time(), zone)
    if not round_trips(wall, zone):
        assert problem is not None
        assert problem.code == "nonexistent_time"
    elif not folds_agree(wall, zone):
        assert problem is not None
        assert problem.code == "ambiguous_time"
    else:
        assert problem is None


@given(
    zone=ZONES,
    instant=st.datetimes(
        min_value=datetime(1970, 1, 2), max_value=datetime(2100, 12, 30), timezones=st.just(UTC)
    ),
)
def test_the_wall_time_of_any_instant_exists(zone: str, instant: datetime) -> None:
    wall = shown_in(instant, zone).replace(tzinfo=None)
    problem = wall_time_problem("at", wall.date(), wall.time(), zone)
    assert problem is None or problem.code == "ambiguous_time"
    if problem is None:
        assert to_instant(wall, zone) == instant


@given(wall=st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2030, 12, 31)))
def test_every_wall_time_in_mexico_city_after_2022_is_fine(wall: datetime) -> None:
    assert wall_time_problem("at", wall.date(), wall.time(), "America/Mexico_City") is None


@pytest.mark.parametrize(
    ("zone", "day", "at", "code"),
    [
        ("America/New_York", date(2026, 3, 8), time(2, 30), "nonexistent_time"),
        ("America/New_York", date(2026, 3, 8), time(2, 0), "nonexistent_time"),
        ("America/New_York", date(2026, 11, 1), time(1, 30), "ambiguous_time"),
        ("Europe/Madrid", date(2026, 3, 29), time(2, 15), "nonexistent_time"),
        ("Europe/Madrid", date(2026, 10, 25), time(2, 15), "ambiguous_time"),
        ("America/Mexico_City", date(2022, 4, 3), time(2, 30), "nonexistent_time"),
        ("America/Mexico_City", date(2022, 10, 30), time(1, 30), "ambiguous_time"),
        # Samoa skipped 30 December 2011 entirely.
        ("Pacific/Apia", date(2011, 12, 30), time(12, 0), "nonexistent_time"),
    ],
)
def test_known_gaps_and_repeated_hours(zone: str, day: date, at: time, code: str) -> None:
    problem = wall_time_problem("arrival_time", day, at, zone)
    assert problem == Problem(
        "arrival_time", code, {"time": at.strftime("%H:%M"), "date": day.isoformat(), "zone": zone}
    )


@pytest.mark.parametrize(
    ("zone", "day", "at"),
    [
        ("America/New_York", date(2026, 3, 8), time(1, 59)),
        ("America/New_York", date(2026, 3, 8), time(3, 0)),
        ("America/New_York", date(2026, 11, 1), time(0, 59)),
        ("America/New_York", date(2026, 11, 1), time(2, 0)),
        ("America/Mexico_City", date(2026, 4, 5), time(2, 30)),
        ("UTC", date(2026, 3, 29), time(2, 30)),
    ],
)
def test_times_beside_the_transitions_are_fine(zone: str, day: date, at: time) -> None:
    assert wall_time_problem("arrival_time", day, at, zone) is None


def test_the_problem_message_names_time_date_and_zone() -> None:
    problem = wall_time_problem("arrival_time", date(2026, 3, 8), time(2, 30), "America/New_York")
    assert problem is not None
    assert problem.english() == (
        "02:30 does not exist on 2026-03-08 in America/New_York: the clocks jump forward "
        "that night. Choose another time."
    )


@pytest.mark.parametrize("zone", ["America/Mexico_City", "UTC", "Asia/Kolkata", "Europe/Madrid"])
def test_known_zones_are_accepted(zone: str) -> None:
    assert zone_problem("zone", zone) is None


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "EST5EDT ", "Mexico City", "/etc/passwd"])
def test_unknown_zones_are_refused(zone: str) -> None:
    assert zone_problem("zone", zone) == Problem("zone", "unknown_zone", {"zone": zone})


def test_to_instant_and_shown_in_keep_the_zone() -> None:
    instant = to_instant(datetime(2026, 5, 20, 15, 40), "America/Mexico_City")
    assert instant == datetime(2026, 5, 20, 21, 40, tzinfo=UTC)
    assert instant.utcoffset() == timedelta(0)
    shown = shown_in(instant, "America/Toronto")
    assert shown.replace(tzinfo=None) == datetime(2026, 5, 20, 17, 40)
    assert shown.tzinfo == ZoneInfo("America/Toronto")


def test_the_clock_says_today_in_its_zone() -> None:
    # 03:30 UTC on 10 May is still the evening of 9 May in Toronto.
    clock = Clock("America/Toronto", fixed_now=datetime(2026, 5, 10, 3, 30, tzinfo=UTC))
    assert clock.today() == date(2026, 5, 9)
    assert clock.today("Europe/Madrid") == date(2026, 5, 10)
    assert clock.now() == datetime(2026, 5, 10, 3, 30, tzinfo=UTC)


def test_a_real_clock_is_aware() -> None:
    now = Clock().now()
    assert now.tzinfo is not None
    assert abs(now - datetime.now(UTC)) < timedelta(minutes=1)
