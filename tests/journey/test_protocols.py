"""Protocol templates (SPEC §2.3): the built-in MSC and HSCT layouts, laying them out from an
arrival date, and custom protocols saved from an edited timeline."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey.dto import CourseData, ProfileData
from journey.errors import InvalidInput, Problem
from journey.itinerary import ITEM_KINDS, RESPONSIBLE, Item, ItemDetails, item_problems
from journey.protocols import (
    BUILT_IN,
    ProtocolStep,
    ProtocolTemplate,
    TemplateError,
    builtin_template,
    lay_out,
    parse_template,
    template_to_data,
)
from journey.services import JournalServices

TIJUANA = "America/Tijuana"
MEXICO_CITY = "America/Mexico_City"
ARRIVAL = date(2027, 3, 1)


def step_end(step: ProtocolStep) -> tuple[int, time] | None:
    """The step's end as (day, time), from minutes or end_day + end_time."""
    if step.end_day is not None and step.end_time is not None:
        return step.end_day, step.end_time
    if step.minutes is not None:
        end = datetime.combine(date(2000, 1, 1), step.start_time) + timedelta(minutes=step.minutes)
        return step.day + (end.date() - date(2000, 1, 1)).days, end.time()
    return None


def onboard(
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    protocol: str,
    arrival: date = ARRIVAL,
    zone: str = TIJUANA,
) -> None:
    services.onboarding.complete(
        profile,
        dataclasses.replace(
            course,
            protocol=protocol,
            arrival_date=arrival,
            arrival_time=time(14, 0),
            destination_zone=zone,
            treatment_start=arrival + timedelta(days=3),
        ),
        None,
    )


def shape(items: list[Item], arrival: date) -> list[tuple[object, ...]]:
    """What a laid-out timeline looks like relative to its arrival: day offsets, local times,
    kinds, titles, ends, who is responsible."""
    rows = []
    for item in items:
        d = item.details
        end = None if d.end is None else ((d.end.date() - arrival).days, d.end.time())
        rows.append(
            ((d.start.date() - arrival).days, d.start.time(), d.kind, d.title, end, d.responsible)
        )
    return sorted(rows, key=repr)


# --- the built-in templates ----------------------------------------------------------------


@pytest.mark.parametrize("key", BUILT_IN)
def test_a_built_in_template_parses_and_cites_its_sources(key: str) -> None:
    template = builtin_template(key)
    assert template.key == key
    assert template.name.strip()
    assert template.sources, "every template cites at least one source"
    assert all(source.strip() for source in template.sources)
    assert template.steps


@pytest.mark.parametrize("key", BUILT_IN)
def test_a_built_in_template_uses_only_known_kinds_and_people(key: str) -> None:
    for step in builtin_template(key).steps:
        assert step.kind in ITEM_KINDS
        assert step.responsible in RESPONSIBLE
        assert step.title.strip()


@pytest.mark.parametrize("key", BUILT_IN)
def test_a_built_in_template_is_in_chronological_order(key: str) -> None:
    steps = builtin_template(key).steps
    starts = [(step.day, step.start_time) for step in steps]
    assert starts == sorted(starts)
    assert steps[0].day == 1, "the stay starts on the arrival day"
    for step in steps:
        end = step_end(step)
        assert end is not None, f"{step.title} has an end"
        assert end >= (step.day, step.start_time), step.title


@pytest.mark.parametrize("key", BUILT_IN)
def test_a_built_in_template_file_round_trips(key: str) -> None:
    template = builtin_template(key)
    assert parse_template(template_to_data(template)) == template
    assert parse_template(json.loads(json.dumps(template_to_data(template)))) == template


def test_the_hsct_template_has_exactly_one_reinfusion() -> None:
    steps = builtin_template("hsct").steps
    (reinfusion,) = [step for step in steps if step.kind == "reinfusion"]
    collections = [step for step in steps if step.kind == "stem_cell_collection"]
    conditioning = [step for step in steps if step.kind == "conditioning"]
    # Collection and conditioning come before day 0; isolation and discharge after.
    assert collections
    assert all(step.day < reinfusion.day for step in collections)
    assert conditioning
    assert all(step.day <= reinfusion.day for step in conditioning)
    discharge = next(step for step in steps if step.kind == "discharge")
    assert discharge.day > reinfusion.day
    # About a month (SPEC §2.3: one clinic states 28 days).
    assert max(step.day for step in steps) == 28


def test_the_msc_template_is_a_few_days_with_both_infusions() -> None:
    steps = builtin_template("msc").steps
    kinds = {step.kind for step in steps}
    assert {"iv_infusion", "intrathecal_injection", "tests"} <= kinds
    assert "reinfusion" not in kinds
    assert max(step.day for step in steps) <= 5


# --- laying out ------------------------------------------------------------------------------


@pytest.mark.parametrize("key", BUILT_IN)
def test_lay_out_dates_steps_from_the_arrival_in_the_given_zone(key: str) -> None:
    template = builtin_template(key)
    items = lay_out(template, ARRIVAL, TIJUANA)
    assert len(items) == len(template.steps)
    assert items[0].start.date() == ARRIVAL
    for step, item in zip(template.steps, items, strict=True):
        assert item.zone == TIJUANA
        assert item.end_zone is None
        assert item.start == datetime.combine(
            ARRIVAL + timedelta(days=step.day - 1), step.start_time
        )
        assert (item.kind, item.title, item.responsible) == (
            step.kind,
            step.title,
            step.responsible,
        )
        assert item.status == "planned"
        assert item.notes == step.notes
        end = step_end(step)
        assert end is not None
        assert item.end is not None
        assert item.end == datetime.combine(ARRIVAL + timedelta(days=end[0] - 1), end[1])
        assert item_problems(item) == []


@settings(max_examples=150)
@given(
    key=st.sampled_from(BUILT_IN),
    arrival=st.dates(min_value=date(2000, 1, 1), max_value=date(2080, 12, 31)),
    zone=st.sampled_from([TIJUANA, MEXICO_CITY, "America/Cancun", "Europe/Moscow", "UTC"]),
)
def test_lay_out_from_any_arrival_keeps_the_steps_days_and_times(
    key: str, arrival: date, zone: str
) -> None:
    template = builtin_template(key)
    items = lay_out(template, arrival, zone)
    for step, item in zip(template.steps, items, strict=True):
        assert item.zone == zone
        assert (item.start.date() - arrival).days + 1 == step.day
        assert item.start.time() == step.start_time


def test_a_layout_hitting_a_daylight_saving_gap_is_refused_and_nothing_stored(
    services: JournalServices,
) -> None:
    template = ProtocolTemplate(
        key="custom",
        name="Night dose",
        steps=(
            ProtocolStep(day=1, start_time=time(9, 0), kind="tests", title="Blood tests"),
            ProtocolStep(day=2, start_time=time(2, 30), kind="other", title="Night dose"),
        ),
    )
    # Day 2 from 13 March 2027 is 14 March, when 02:30 does not exist in Tijuana.
    with pytest.raises(InvalidInput) as refused:
        services.itinerary.lay_out_protocol(template, date(2027, 3, 13), TIJUANA)
    assert [problem.params["title"] for problem in refused.value.problems] == ["Night dose"]
    assert services.itinerary.items() == []
    # A day later it is fine.
    laid = services.itinerary.lay_out_protocol(template, date(2027, 3, 14), TIJUANA)
    assert [item.details.start for item in laid] == [
        datetime(2027, 3, 14, 9, 0),
        datetime(2027, 3, 15, 2, 30),
    ]


# --- parsing ---------------------------------------------------------------------------------


def raw_template(**step_three: Any) -> dict[str, Any]:
    ok = {"day": 1, "time": "09:00", "kind": "tests", "title": "Blood tests"}
    return {
        "key": "custom",
        "name": "Mine",
        "steps": [ok, {**ok, "day": 2}, {**ok, "day": 3, **step_three}],
    }


@pytest.mark.parametrize(
    ("step_three", "mentions"),
    [
        ({"kind": "massage"}, "massage"),
        ({"time": "25:00"}, ""),
        ({"time": None}, ""),
        ({"day": "third"}, ""),
        ({"day": 4000}, "out of range"),
        ({"day": -4000}, "out of range"),
        ({"responsible": "the hotel"}, "the hotel"),
        ({"end_day": 4}, "end_day and end_time"),
        ({"end_time": "10:00"}, "end_day and end_time"),
        ({"minutes": "half an hour"}, ""),
    ],
)
def test_a_bad_step_is_named_in_the_error(step_three: dict[str, Any], mentions: str) -> None:
    with pytest.raises(TemplateError) as refused:
        parse_template(raw_template(**step_three))
    assert str(refused.value).startswith("step 3: ")
    assert mentions in str(refused.value)


def test_a_step_without_a_title_is_named() -> None:
    data = raw_template()
    del data["steps"][1]["title"]
    with pytest.raises(TemplateError, match=r"^step 2: "):
        parse_template(data)


def test_a_template_without_steps_is_refused() -> None:
    with pytest.raises(TemplateError, match=r"^template: "):
        parse_template({"key": "custom", "name": "Mine"})


def test_a_good_template_parses_with_defaults() -> None:
    template = parse_template(raw_template())
    assert template.name == "Mine"
    assert template.sources == ()
    assert [step.day for step in template.steps] == [1, 2, 3]
    assert all(step.responsible == "clinic" for step in template.steps)
    assert all(step.minutes is None and step.end_day is None for step in template.steps)


steps_strategy = st.builds(
    ProtocolStep,
    day=st.integers(min_value=-364, max_value=365),
    start_time=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    kind=st.sampled_from(ITEM_KINDS),
    title=st.text(min_size=1, max_size=40),
    minutes=st.none() | st.integers(min_value=0, max_value=24 * 60),
    responsible=st.sampled_from(RESPONSIBLE),
    notes=st.text(max_size=40),
    place=st.text(max_size=40),
)


@st.composite
def templates(draw: st.DrawFn) -> ProtocolTemplate:
    steps = []
    for step in draw(st.lists(steps_strategy, max_size=8)):
        if step.minutes is None and draw(st.booleans()):
            end_day = draw(st.integers(min_value=step.day, max_value=365))
            end_time = draw(st.times()).replace(second=0, microsecond=0)
            step = dataclasses.replace(step, end_day=end_day, end_time=end_time)
        steps.append(step)
    return ProtocolTemplate(
        key="custom",
        name=draw(st.text(min_size=1, max_size=40)),
        steps=tuple(steps),
        note=draw(st.text(max_size=40)),
        sources=tuple(draw(st.lists(st.text(max_size=40), max_size=3))),
    )


@settings(max_examples=150)
@given(template=templates())
def test_any_template_round_trips_through_its_data(template: ProtocolTemplate) -> None:
    data = json.loads(json.dumps(template_to_data(template)))
    assert parse_template(data) == template


# --- onboarding ------------------------------------------------------------------------------


def test_onboarding_with_a_custom_protocol_lays_out_nothing(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, "custom")
    assert services.itinerary.items() == []


def test_onboarding_with_msc_lays_out_the_msc_template(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, "msc", arrival=date(2027, 6, 7), zone=MEXICO_CITY)
    items = services.itinerary.items()
    assert [item.details for item in items] == lay_out(
        builtin_template("msc"), date(2027, 6, 7), MEXICO_CITY
    )
    assert items[0].day == date(2027, 6, 7)
    assert {item.details.zone for item in items} == {MEXICO_CITY}
    assert {item.details.kind for item in items} >= {"iv_infusion", "intrathecal_injection"}


def test_onboarding_with_hsct_lays_out_the_hsct_template(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, "hsct")
    items = services.itinerary.items()
    assert [item.details for item in items] == lay_out(builtin_template("hsct"), ARRIVAL, TIJUANA)
    assert items[-1].day == ARRIVAL + timedelta(days=27)


# --- saving a timeline as a protocol ---------------------------------------------------------


def by_title(items: list[Item], title: str) -> Item:
    (found,) = [item for item in items if item.details.title == title]
    return found


def edit_the_hsct_timeline(services: JournalServices) -> None:
    """What a user does to the laid-out timeline before saving it as their clinic's."""
    items = services.itinerary.items()
    consultation = by_title(items, "First consultation and evaluation")
    services.itinerary.update(
        consultation.id,
        dataclasses.replace(
            consultation.details,
            start=datetime(2027, 3, 2, 9, 15),
            end=datetime(2027, 3, 2, 10, 45),
            place="Clinic, 2nd floor",
        ),
    )
    session_2 = by_title(items, "Apheresis session 2, if needed")
    services.itinerary.update(
        session_2.id, dataclasses.replace(session_2.details, status="cancelled")
    )
    collection = by_title(items, "Stem-cell collection (apheresis), session 1")
    services.itinerary.shift(collection.id, timedelta(days=1))
    services.itinerary.add(
        ItemDetails(
            kind="tests",
            title="Dental check",
            start=datetime(2027, 3, 3, 15, 0),
            zone=TIJUANA,
            end=datetime(2027, 3, 3, 15, 45),
            responsible="patient",
        )
    )


def test_a_saved_timeline_lays_out_the_same_from_another_arrival(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, "hsct")
    edit_the_hsct_timeline(services)
    timeline = services.itinerary.items()
    kept = [item for item in timeline if item.details.status != "cancelled"]
    assert len(kept) == len(timeline) - 1

    saved = services.itinerary.save_as_protocol("  My clinic  ")
    assert saved.name == "My clinic"
    assert len(saved.steps) == len(kept)
    assert "Apheresis session 2, if needed" not in {step.title for step in saved.steps}
    listed = services.itinerary.protocols()
    assert [p.key for p in listed[: len(BUILT_IN)]] == list(BUILT_IN)
    assert [p.name for p in listed[len(BUILT_IN) :]] == ["My clinic"]
    assert listed[-1] == saved

    new_arrival = date(2027, 6, 7)
    laid = services.itinerary.lay_out_protocol(listed[-1], new_arrival, MEXICO_CITY)
    assert len(laid) == len(kept)
    assert {item.details.zone for item in laid} == {MEXICO_CITY}
    assert shape(laid, new_arrival) == shape(kept, ARRIVAL)
    dental = by_title(laid, "Dental check")
    assert dental.details.start == datetime(2027, 6, 9, 15, 0)
    assert dental.details.responsible == "patient"
    consultation = by_title(laid, "First consultation and evaluation")
    assert consultation.details.place == "Clinic, 2nd floor"
    # Everything laid out before is still there, untouched.
    assert [item for item in services.itinerary.items() if item.id in {i.id for i in timeline}] == (
        timeline
    )


def test_a_saved_timeline_keeps_steps_spanning_several_days(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, "hsct")
    saved = services.itinerary.save_as_protocol("Copy")
    isolation = next(step for step in saved.steps if step.kind == "isolation")
    assert (isolation.day, isolation.end_day, isolation.end_time) == (15, 23, time(12, 0))
    assert [
        (s.day, s.start_time, s.kind, s.title, step_end(s), s.responsible) for s in saved.steps
    ] == [
        (s.day, s.start_time, s.kind, s.title, step_end(s), s.responsible)
        for s in builtin_template("hsct").steps
    ]


def test_a_protocol_needs_a_name(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, "hsct")
    before = services.itinerary.protocols()
    for name in ("", "   "):
        with pytest.raises(InvalidInput) as refused:
            services.itinerary.save_as_protocol(name)
        assert refused.value.problems == (Problem("name", "required"),)
    assert services.itinerary.protocols() == before


def test_an_empty_journal_has_nothing_to_save(services: JournalServices) -> None:
    with pytest.raises(InvalidInput) as refused:
        services.itinerary.save_as_protocol("Nothing")
    assert refused.value.problems == (Problem("name", "nothing_to_save"),)
    assert [p.key for p in services.itinerary.protocols()] == list(BUILT_IN)


def test_saving_under_an_existing_name_replaces_it(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, "msc")
    services.itinerary.save_as_protocol("Mine")
    services.itinerary.save_as_protocol("Another")
    items = services.itinerary.items()
    services.itinerary.delete(by_title(items, "Flight home").id)
    services.itinerary.save_as_protocol("Mine")
    custom = services.itinerary.protocols()[len(BUILT_IN) :]
    assert [p.name for p in custom] == ["Another", "Mine"]
    mine = custom[1]
    assert len(mine.steps) == len(items) - 1
    assert "Flight home" not in {step.title for step in mine.steps}
    assert len(custom[0].steps) == len(items)


def test_a_saved_timeline_with_a_flight_across_zones_can_be_laid_out_again(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, "custom")
    # A ten-hour flight that lands "before" it leaves on the wall clocks, then the clinic.
    services.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight Tokyo → Los Angeles",
            start=datetime(2027, 3, 1, 17, 0),
            zone="Asia/Tokyo",
            end=datetime(2027, 3, 1, 10, 0),
            end_zone="America/Los_Angeles",
        )
    )
    services.itinerary.add(
        ItemDetails(
            kind="clinic_appointment",
            title="Evaluation",
            start=datetime(2027, 3, 2, 9, 0),
            zone=TIJUANA,
            end=datetime(2027, 3, 2, 11, 0),
        )
    )
    saved = services.itinerary.save_as_protocol("From Tokyo")
    laid = services.itinerary.lay_out_protocol(saved, date(2027, 6, 7), MEXICO_CITY)
    flight = by_title(laid, "Flight Tokyo → Los Angeles")
    assert flight.details.start == datetime(2027, 6, 7, 17, 0)
    end = flight.details.end_instant()
    assert end is not None
    assert end - flight.details.start_instant() == timedelta(hours=10)
    evaluation = by_title(laid, "Evaluation")
    assert evaluation.details.start == datetime(2027, 6, 8, 9, 0)
    assert evaluation.details.end == datetime(2027, 6, 8, 11, 0)


def test_a_saved_timeline_with_a_follow_up_years_later_stays_usable(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    # SPEC §2.6: live vaccines not before 24 months; a follow-up two years after arrival.
    onboard(services, profile, course, "msc")
    services.itinerary.add(
        ItemDetails(
            kind="follow_up",
            title="Revaccination: talk to the team about live vaccines",
            start=datetime(2029, 3, 5, 10, 0),
            zone="America/Toronto",
        )
    )
    saved = services.itinerary.save_as_protocol("With follow-up")
    listed = services.itinerary.protocols()
    assert listed[-1] == saved
    laid = services.itinerary.lay_out_protocol(saved, date(2028, 1, 10), MEXICO_CITY)
    follow_up = by_title(laid, "Revaccination: talk to the team about live vaccines")
    assert follow_up.details.start == datetime(2030, 1, 14, 10, 0)
