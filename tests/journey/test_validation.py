"""The rules a value must keep before it is stored (SPEC §4): each refusal names its field."""

from __future__ import annotations

import dataclasses
from dataclasses import asdict
from datetime import date, time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey.dto import CompanionData, CourseData, ProfileData, Settings
from journey.errors import Problem
from journey.settings import preference_problems, preferences_from
from journey.validation import (
    companion_problems,
    course_problems,
    edss_problem,
    profile_problems,
)

TODAY = date(2026, 5, 10)


def codes(problems: list[Problem]) -> dict[str, str]:
    return {problem.field: problem.code for problem in problems}


# --- EDSS (Kurtzke: 0–10 in steps of 0.5) ------------------------------------------------------


@pytest.mark.parametrize(
    ("edss", "code"),
    [
        (11, "edss_range"),
        (10.5, "edss_range"),
        (-0.5, "edss_range"),
        (3.3, "edss_step"),
        (0.25, "edss_step"),
        (9.99, "edss_step"),
        (float("nan"), "edss_range"),
        (float("inf"), "edss_range"),
    ],
)
def test_an_edss_off_the_scale_is_refused(profile: ProfileData, edss: float, code: str) -> None:
    problems = profile_problems(dataclasses.replace(profile, edss=edss), TODAY)
    assert codes(problems) == {"edss": code}


@given(halves=st.integers(min_value=0, max_value=20))
def test_every_half_step_from_0_to_10_is_accepted(halves: int) -> None:
    assert edss_problem("edss", halves * 0.5) is None
    assert edss_problem("edss", halves // 2) is None  # whole numbers as ints too


@given(value=st.floats(allow_nan=False, allow_infinity=False, min_value=-50, max_value=50))
def test_an_edss_is_accepted_exactly_when_it_is_a_half_step_in_range(value: float) -> None:
    on_scale = 0 <= value <= 10 and (value * 2).is_integer()
    assert (edss_problem("edss", value) is None) == on_scale


def test_no_edss_is_fine(profile: ProfileData) -> None:
    assert profile_problems(dataclasses.replace(profile, edss=None), TODAY) == []


# --- the profile -----------------------------------------------------------------------------


def test_a_valid_profile_has_no_problems(profile: ProfileData) -> None:
    assert profile_problems(profile, TODAY) == []


@pytest.mark.parametrize("name", ["", " ", "  \t\n "])
def test_an_empty_name_is_refused(profile: ProfileData, name: str) -> None:
    assert codes(profile_problems(dataclasses.replace(profile, name=name), TODAY)) == {
        "name": "required"
    }


def test_a_name_too_long_is_refused(profile: ProfileData) -> None:
    problems = profile_problems(dataclasses.replace(profile, name="A" * 201), TODAY)
    assert problems == [Problem("name", "text_too_long", {"max": 200})]
    assert profile_problems(dataclasses.replace(profile, name="A" * 200), TODAY) == []


def test_an_unknown_ms_type_is_refused(profile: ProfileData) -> None:
    problems = profile_problems(dataclasses.replace(profile, ms_type="MS"), TODAY)
    assert codes(problems) == {"ms_type": "unknown_choice"}


@pytest.mark.parametrize("year", [1949, 2027, 20])
def test_a_diagnosis_year_out_of_range_is_refused(profile: ProfileData, year: int) -> None:
    problems = profile_problems(dataclasses.replace(profile, diagnosis_year=year), TODAY)
    assert problems == [Problem("diagnosis_year", "year_range", {"min": 1950, "max": 2026})]


@pytest.mark.parametrize("year", [1950, 2026, None])
def test_a_diagnosis_year_in_range_is_accepted(profile: ProfileData, year: int | None) -> None:
    assert profile_problems(dataclasses.replace(profile, diagnosis_year=year), TODAY) == []


@pytest.mark.parametrize("field", ["edss_date", "last_mri_date"])
def test_a_date_in_the_future_is_refused(profile: ProfileData, field: str) -> None:
    tomorrow = date(2026, 5, 11)
    problems = profile_problems(dataclasses.replace(profile, **{field: tomorrow}), TODAY)
    assert codes(problems) == {field: "date_in_future"}
    assert profile_problems(dataclasses.replace(profile, **{field: TODAY}), TODAY) == []


def test_every_bad_field_is_reported_at_once(profile: ProfileData) -> None:
    bad = dataclasses.replace(profile, name="", ms_type="?", edss=12, diagnosis_year=1800)
    assert set(codes(profile_problems(bad, TODAY))) == {"name", "ms_type", "edss", "diagnosis_year"}


# --- the course --------------------------------------------------------------------------------


def test_a_valid_course_has_no_problems(course: CourseData) -> None:
    assert course_problems(course) == []


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "america/mexico_city", "GMT+5", "../UTC"])
def test_an_unknown_zone_is_refused(course: CourseData, zone: str) -> None:
    problems = course_problems(dataclasses.replace(course, destination_zone=zone))
    assert problems == [Problem("destination_zone", "unknown_zone", {"zone": zone})]
    problems = course_problems(dataclasses.replace(course, home_zone=zone))
    assert problems == [Problem("home_zone", "unknown_zone", {"zone": zone})]


@pytest.mark.parametrize("zone", ["", "   "])
def test_an_empty_zone_is_required(course: CourseData, zone: str) -> None:
    assert codes(course_problems(dataclasses.replace(course, home_zone=zone))) == {
        "home_zone": "required"
    }


def test_an_arrival_inside_the_spring_forward_gap_is_refused(course: CourseData) -> None:
    in_the_gap = dataclasses.replace(
        course,
        arrival_date=date(2026, 3, 8),
        arrival_time=time(2, 30),
        destination_zone="America/New_York",
        treatment_start=date(2026, 3, 9),
    )
    assert course_problems(in_the_gap) == [
        Problem(
            "arrival_time",
            "nonexistent_time",
            {"time": "02:30", "date": "2026-03-08", "zone": "America/New_York"},
        )
    ]


def test_an_arrival_in_the_repeated_hour_is_refused(course: CourseData) -> None:
    repeated = dataclasses.replace(
        course,
        arrival_date=date(2026, 11, 1),
        arrival_time=time(1, 30),
        destination_zone="America/New_York",
        treatment_start=date(2026, 11, 2),
    )
    assert codes(course_problems(repeated)) == {"arrival_time": "ambiguous_time"}


@pytest.mark.parametrize(
    ("day", "at"), [(date(2026, 4, 5), time(2, 30)), (date(2026, 10, 25), time(1, 30))]
)
def test_mexico_city_has_no_daylight_saving_since_2022(
    course: CourseData, day: date, at: time
) -> None:
    # Before 2022 these were the gap and the repeated hour in Mexico City.
    arrival = dataclasses.replace(course, arrival_date=day, arrival_time=at, treatment_start=day)
    assert course_problems(arrival) == []


def test_an_unknown_destination_zone_is_not_also_checked_for_gaps(course: CourseData) -> None:
    problems = course_problems(dataclasses.replace(course, destination_zone="Nowhere/Land"))
    assert [p.field for p in problems] == ["destination_zone"]


def test_arriving_after_the_treatment_starts_is_refused(course: CourseData) -> None:
    late = dataclasses.replace(course, arrival_date=date(2026, 5, 22))
    assert course_problems(late) == [Problem("treatment_start", "arrival_after_treatment")]


def test_arriving_on_the_day_treatment_starts_is_accepted(course: CourseData) -> None:
    assert course_problems(dataclasses.replace(course, treatment_start=course.arrival_date)) == []


@pytest.mark.parametrize("clinic_name", ["", "   "])
def test_the_clinic_name_is_required(course: CourseData, clinic_name: str) -> None:
    problems = course_problems(dataclasses.replace(course, clinic_name=clinic_name))
    assert codes(problems) == {"clinic_name": "required"}


def test_an_unknown_protocol_is_refused(course: CourseData) -> None:
    problems = course_problems(dataclasses.replace(course, protocol="stem cells"))
    assert codes(problems) == {"protocol": "unknown_choice"}


# --- the companion -----------------------------------------------------------------------------


def test_a_companion_needs_a_name(companion: CompanionData) -> None:
    problems = companion_problems(dataclasses.replace(companion, name=" "))
    assert codes(problems) == {"companion_name": "required"}


@pytest.mark.parametrize("email", ["rui", "rui@", "rui@example", "rui @example.com", "@x.io"])
def test_a_malformed_email_is_refused(companion: CompanionData, email: str) -> None:
    problems = companion_problems(dataclasses.replace(companion, email=email))
    assert codes(problems) == {"companion_email": "invalid_email"}


@pytest.mark.parametrize("email", ["", "   ", "rui@example.com", " rui.souza+mx@correo.com.mx "])
def test_no_email_or_a_plausible_one_is_accepted(companion: CompanionData, email: str) -> None:
    assert companion_problems(dataclasses.replace(companion, email=email)) == []


# --- settings ----------------------------------------------------------------------------------


def test_the_default_settings_are_valid() -> None:
    assert preference_problems(Settings()) == []


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        (Settings(temperature_unit="K"), "temperature_unit"),
        (Settings(theme="neon"), "theme"),
        (Settings(text_size=99), "text_size"),
        (Settings(text_size=201), "text_size"),
        (Settings(text_size=150.5), "text_size"),  # type: ignore[arg-type]
        (Settings(text_size="150"), "text_size"),  # type: ignore[arg-type]
        (Settings(text_size=True), "text_size"),
    ],
)
def test_invalid_settings_are_refused(settings: Settings, field: str) -> None:
    assert [p.field for p in preference_problems(settings)] == [field]


def test_stored_settings_are_used_when_valid() -> None:
    stored = {"temperature_unit": "F", "theme": "dark", "text_size": 200}
    assert preferences_from(stored) == Settings("F", "dark", 200)


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ({"temperature_unit": "K", "theme": "dark"}, Settings(theme="dark")),
        ({"theme": "neon", "text_size": 150}, Settings(text_size=150)),
        ({"text_size": 500, "temperature_unit": "F"}, Settings(temperature_unit="F")),
        ({"text_size": "big", "theme": "light"}, Settings(theme="light")),
        ({"text_size": 150.5}, Settings()),
        ({"text_size": None}, Settings()),
        ({"theme": ["dark"]}, Settings()),
        ({"temperature_unit": {"unit": "F"}}, Settings()),
        ({"journal.is_demo": True, "from_a_newer_version": 1}, Settings()),
        ({}, Settings()),
    ],
)
def test_a_bad_stored_setting_falls_back_alone(stored: dict[str, Any], expected: Settings) -> None:
    assert preferences_from(stored) == expected


SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text("CFadlkr ", max_size=8)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text("ab", max_size=2), inner),
    max_leaves=5,
)
SETTING_KEYS = st.sampled_from([*asdict(Settings()), "other"])
GOOD_VALUES = {
    "temperature_unit": st.sampled_from(["C", "F"]),
    "theme": st.sampled_from(["system", "light", "dark"]),
    "text_size": st.integers(min_value=100, max_value=200),
}


@given(stored=st.dictionaries(SETTING_KEYS, JSON_VALUES | st.sampled_from(["F", "dark", 150])))
def test_whatever_is_stored_the_settings_are_valid_and_well_typed(stored: dict[str, Any]) -> None:
    settings = preferences_from(stored)
    assert preference_problems(settings) == []
    for key, default in asdict(Settings()).items():
        value = getattr(settings, key)
        assert type(value) is type(default)
        assert value in (default, stored.get(key))


@given(
    good=st.fixed_dictionaries({}, optional=GOOD_VALUES),
    bad=st.dictionaries(st.sampled_from(list(GOOD_VALUES)), JSON_VALUES),
)
def test_a_good_stored_setting_survives_bad_neighbours(
    good: dict[str, Any], bad: dict[str, Any]
) -> None:
    stored = {**{k: v for k, v in bad.items() if k not in good}, **good}
    settings = preferences_from(stored)
    for key, value in good.items():
        assert getattr(settings, key) == value
