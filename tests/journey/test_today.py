"""The course at a glance on the Today page: countdown, day of the stay, the two zones."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey.dto import CourseData
from journey.timekeeping import Clock, wall_time_problem
from journey.today import course_glance

# The course fixture arrives in Mexico City on 20 May 2026 at 15:40; treatment starts on the 21st.


def clock_on(day: date, zone: str = "America/Toronto", at: time = time(12, 0)) -> Clock:
    local = datetime.combine(day, at, tzinfo=ZoneInfo(zone))
    return Clock(zone, fixed_now=local.astimezone(UTC))


def test_before_arrival_the_days_count_down(course: CourseData) -> None:
    glance = course_glance(course, clock_on(date(2026, 5, 10)))
    assert glance.days_until_arrival == 10
    assert glance.day_of_stay is None
    assert not glance.arrived
    assert glance.days_until_treatment == 11


def test_the_day_before_arrival(course: CourseData) -> None:
    glance = course_glance(course, clock_on(date(2026, 5, 19), at=time(23, 59)))
    assert glance.days_until_arrival == 1
    assert glance.day_of_stay is None


def test_arrival_day_is_day_one_of_the_stay(course: CourseData) -> None:
    # Even in the morning, before the plane lands.
    glance = course_glance(course, clock_on(date(2026, 5, 20), at=time(0, 1)))
    assert glance.days_until_arrival == 0
    assert glance.day_of_stay == 1
    assert glance.arrived
    assert glance.days_until_treatment == 1


@pytest.mark.parametrize(
    ("today", "until_treatment", "day_of_stay"),
    [
        (date(2026, 5, 20), 1, 1),
        (date(2026, 5, 21), 0, 2),
        (date(2026, 5, 22), -1, 3),
        (date(2026, 6, 20), -30, 32),
    ],
)
def test_days_until_treatment_are_positive_before_zero_on_the_day_negative_after(
    course: CourseData, today: date, until_treatment: int, day_of_stay: int
) -> None:
    glance = course_glance(course, clock_on(today))
    assert glance.days_until_treatment == until_treatment
    assert glance.day_of_stay == day_of_stay


def test_today_is_the_day_in_the_computers_zone(course: CourseData) -> None:
    # 03:00 UTC on 20 May: still the evening of the 19th in Toronto, already the 20th in Madrid.
    instant = datetime(2026, 5, 20, 3, 0, tzinfo=UTC)
    assert course_glance(course, Clock("America/Toronto", fixed_now=instant)).day_of_stay is None
    assert course_glance(course, Clock("Europe/Madrid", fixed_now=instant)).day_of_stay == 1


def test_the_arrival_is_shown_in_both_zones_as_the_same_instant(course: CourseData) -> None:
    glance = course_glance(course, clock_on(date(2026, 5, 10)))
    assert glance.zone_differs
    assert glance.arrival_at_destination == glance.arrival_here
    assert glance.arrival_at_destination.tzinfo == ZoneInfo("America/Mexico_City")
    assert glance.arrival_here.tzinfo == ZoneInfo("America/Toronto")
    # 15:40 in Mexico City (UTC−6, no daylight saving) is 17:40 in Toronto (UTC−4 in May).
    assert glance.arrival_at_destination.replace(tzinfo=None) == datetime(2026, 5, 20, 15, 40)
    assert glance.arrival_here.replace(tzinfo=None) == datetime(2026, 5, 20, 17, 40)


def test_no_zone_difference_when_the_computer_is_at_the_destination(course: CourseData) -> None:
    glance = course_glance(course, clock_on(date(2026, 5, 21), zone="America/Mexico_City"))
    assert not glance.zone_differs
    assert glance.arrival_here.replace(tzinfo=None) == datetime(2026, 5, 20, 15, 40)


def test_an_arrival_across_the_date_line_keeps_its_local_date(course: CourseData) -> None:
    # Landing in Auckland at 06:30 on 21 May is still the 20th in Toronto.
    to_auckland = dataclasses.replace(
        course,
        arrival_date=date(2026, 5, 21),
        arrival_time=time(6, 30),
        destination_zone="Pacific/Auckland",
        treatment_start=date(2026, 5, 22),
    )
    glance = course_glance(to_auckland, clock_on(date(2026, 5, 10)))
    assert glance.arrival_at_destination.date() == date(2026, 5, 21)
    assert glance.arrival_here.date() == date(2026, 5, 20)
    assert glance.arrival_here == glance.arrival_at_destination


ZONES = st.sampled_from(
    ["America/Toronto", "America/Mexico_City", "Europe/Madrid", "Asia/Kolkata", "Pacific/Auckland"]
)


@given(
    arrival=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    at=st.times(),
    wait=st.integers(min_value=0, max_value=90),
    offset=st.integers(min_value=-400, max_value=400),
    destination=ZONES,
    here=ZONES,
)
def test_day_numbering_is_consistent(
    arrival: date,
    at: time,
    wait: int,
    offset: int,
    destination: str,
    here: str,
) -> None:
    if wall_time_problem("arrival_time", arrival, at, destination) is not None:
        at = time(12, 0)  # a validated course never holds a gap or a repeated hour
    planned = CourseData(
        protocol="msc",
        clinic_name="Clínica",
        clinic_city="",
        arrival_date=arrival,
        arrival_time=at,
        destination_zone=destination,
        treatment_start=arrival + timedelta(days=wait),
        home_zone="America/Toronto",
    )
    today = arrival + timedelta(days=offset)
    glance = course_glance(planned, clock_on(today, zone=here))
    assert glance.days_until_arrival == -offset
    assert glance.days_until_treatment - glance.days_until_arrival == wait
    if glance.days_until_arrival > 0:
        assert glance.day_of_stay is None
    else:
        assert glance.day_of_stay == 1 - glance.days_until_arrival
        assert glance.day_of_stay >= 1
    assert glance.arrival_here == glance.arrival_at_destination
    assert glance.zone_differs == (destination != here)
