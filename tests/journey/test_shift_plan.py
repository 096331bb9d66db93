"""Shift with booked items (issue 17): what Shift offers to move, ticked or not, before it
moves anything; moving exactly the chosen items, all or none; a protocol's hotel check-in never
before the arrival; and which week the Timeline opens on. Nothing here imports Qt."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest

from journey.dto import CourseData, ProfileData
from journey.errors import InvalidInput, Problem
from journey.itinerary import (
    Item,
    ItemDetails,
    opening_monday,
    shift_plan,
    trip_last_day,
    trip_monday,
)
from journey.protocols import ProtocolStep, ProtocolTemplate, builtin_template, lay_out
from journey.services import JournalServices

TIJUANA = "America/Tijuana"
LOS_ANGELES = "America/Los_Angeles"
TORONTO = "America/Toronto"
ARRIVAL = date(2027, 6, 7)  # a Monday
ARRIVAL_TIME = time(14, 0)


def item(item_id: int, title: str, start: datetime, *, zone: str = TIJUANA, **changes: Any) -> Item:
    details = ItemDetails(kind="other", title=title, start=start, zone=zone)
    return Item(item_id, f"{item_id}@test", 0, dataclasses.replace(details, **changes))


def onboard(
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    protocol: str = "msc",
    arrival_time: time = ARRIVAL_TIME,
) -> None:
    services.onboarding.complete(
        profile,
        dataclasses.replace(
            course,
            protocol=protocol,
            arrival_date=ARRIVAL,
            arrival_time=arrival_time,
            destination_zone=TIJUANA,
            treatment_start=ARRIVAL + timedelta(days=1),
        ),
        None,
    )


def by_title(services: JournalServices, title: str) -> Item:
    (found,) = [i for i in services.itinerary.items() if i.details.title == title]
    return found


def flight_home(services: JournalServices, pinned: bool = True) -> Item:
    """The booked flight home from San Diego on day 4 of the MSC course, after the check-out."""
    return services.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight San Diego → Toronto",
            start=datetime(2027, 6, 10, 16, 30),
            zone=LOS_ANGELES,
            end=datetime(2027, 6, 11, 0, 35),
            end_zone=TORONTO,
            flight_number="AC 792",
            pinned=pinned,
        )
    )


# --- what Shift offers ------------------------------------------------------------------------


def test_the_plan_lists_the_item_and_everything_after_it_with_their_new_times() -> None:
    before = item(1, "Breakfast", datetime(2027, 6, 8, 8, 0))
    first = item(2, "Infusion", datetime(2027, 6, 8, 9, 0), end=datetime(2027, 6, 8, 12, 0))
    after = item(3, "Check-out", datetime(2027, 6, 10, 10, 0))
    plan = shift_plan([after, before, first], first, timedelta(days=1))
    assert [move.item for move in plan] == [first, after]
    assert [move.ticked for move in plan] == [True, True]
    assert plan[0].moved.start == datetime(2027, 6, 9, 9, 0)
    assert plan[0].moved.end == datetime(2027, 6, 9, 12, 0)
    assert plan[1].moved.start == datetime(2027, 6, 11, 10, 0)


def test_a_booked_item_is_offered_unticked_and_the_chosen_one_ticked_even_if_booked() -> None:
    first = item(1, "Hotel stay", datetime(2027, 6, 7, 15, 0), pinned=True)
    clinic = item(2, "Infusion", datetime(2027, 6, 8, 9, 0))
    flight = item(3, "Flight home", datetime(2027, 6, 10, 16, 30), pinned=True)
    plan = shift_plan([first, clinic, flight], first, timedelta(hours=2))
    assert [(move.item.id, move.ticked) for move in plan] == [(1, True), (2, True), (3, False)]
    # Its new time is shown all the same, should the user tick it.
    assert plan[2].moved.start == datetime(2027, 6, 10, 18, 30)


def test_done_items_are_not_offered_and_cancelled_ones_move_with_the_plan() -> None:
    first = item(1, "Infusion", datetime(2027, 6, 8, 9, 0))
    done = item(2, "Blood tests", datetime(2027, 6, 8, 10, 0), status="done")
    cancelled = item(3, "Second session", datetime(2027, 6, 9, 9, 0), status="cancelled")
    plan = shift_plan([first, done, cancelled], first, timedelta(days=1))
    assert [(move.item.id, move.ticked) for move in plan] == [(1, True), (3, True)]


def test_the_service_offers_the_plan_with_the_booked_flight_unticked(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course)
    flight = flight_home(services)
    discharge = by_title(services, "Discharge and aftercare papers")
    plan = services.itinerary.shift_plan(discharge.id, timedelta(days=1))
    ticks = {move.item.details.title: move.ticked for move in plan}
    assert ticks == {
        "Discharge and aftercare papers": True,
        "Hotel check-out": True,
        "Flight home": True,  # the template's, not booked
        flight.details.title: False,
    }
    with pytest.raises(InvalidInput) as refused:
        services.itinerary.shift_plan(999, timedelta(days=1))
    assert refused.value.problems == (Problem("item", "not_found"),)


# --- moving -----------------------------------------------------------------------------------


def test_a_booked_flight_stays_where_it_is_when_shift_moves_what_comes_after(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course)
    flight = flight_home(services)
    discharge = by_title(services, "Discharge and aftercare papers")
    moved = services.itinerary.shift(discharge.id, timedelta(days=1))
    assert flight.id not in {i.id for i in moved}
    assert services.itinerary.get(flight.id) == flight
    assert services.itinerary.get(discharge.id).details.start == datetime(2027, 6, 10, 14, 0)


def test_ticking_the_booked_flight_moves_it_with_the_others(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course)
    flight = flight_home(services)
    discharge = by_title(services, "Discharge and aftercare papers")
    plan = services.itinerary.shift_plan(discharge.id, timedelta(days=1))
    chosen = [move.item.id for move in plan]  # every one, the flight ticked too
    moved = services.itinerary.shift_items(chosen, timedelta(days=1))
    assert sorted(i.id for i in moved) == sorted(chosen)
    stored = services.itinerary.get(flight.id)
    assert stored.details.start == datetime(2027, 6, 11, 16, 30)
    assert stored.details.end == datetime(2027, 6, 12, 0, 35)
    assert stored.details.end_zone == TORONTO
    assert stored.details.pinned  # still booked
    assert stored.sequence == flight.sequence + 1


def test_shifting_chosen_items_moves_exactly_those(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course)
    before = services.itinerary.items()
    infusion = by_title(services, "IV infusion of stem cells")
    check_out = by_title(services, "Hotel check-out")
    moved = services.itinerary.shift_items([check_out.id, infusion.id], timedelta(hours=2))
    assert [i.id for i in moved] == [infusion.id, check_out.id]  # in time order
    for old in before:
        new = services.itinerary.get(old.id)
        if old.id in (infusion.id, check_out.id):
            assert new.details.start == old.details.start + timedelta(hours=2)
        else:
            assert new == old


def test_a_chosen_set_is_moved_all_or_none(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course)
    before = services.itinerary.items()
    check_in = by_title(services, "Hotel check-in")  # 15:00 on the arrival day, arrival 14:00
    infusion = by_title(services, "IV infusion of stem cells")
    with pytest.raises(InvalidInput) as refused:
        services.itinerary.shift_items([infusion.id, check_in.id], timedelta(hours=-2))
    assert refused.value.problems == (
        Problem("shift", "shift_before_arrival", {"title": "Hotel check-in"}),
    )
    assert services.itinerary.items() == before
    with pytest.raises(InvalidInput) as unknown:
        services.itinerary.shift_items([infusion.id, 999], timedelta(hours=1))
    assert unknown.value.problems == (Problem("item", "not_found"),)
    assert services.itinerary.items() == before


def test_shift_items_refuses_a_time_that_does_not_exist(services: JournalServices) -> None:
    # 01:30 on 13 March 2027 plus a day is 01:30 on the 14th; plus 25 hours, 02:30: gone.
    night = services.itinerary.add(
        ItemDetails(
            kind="other", title="Night dose", start=datetime(2027, 3, 13, 1, 30), zone=TIJUANA
        )
    )
    with pytest.raises(InvalidInput) as refused:
        services.itinerary.shift_items([night.id], timedelta(hours=25))
    assert [p.code for p in refused.value.problems] == ["shift_breaks_item"]
    assert services.itinerary.get(night.id) == night


# --- a protocol's hotel check-in and the arrival --------------------------------------------------


def test_a_late_arrival_moves_the_msc_check_in_to_the_arrival(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    # Arriving at 23:45; the MSC template checks in at 15:00 on day 1.
    onboard(services, profile, course, arrival_time=time(23, 45))
    check_in = by_title(services, "Hotel check-in")
    assert check_in.details.start == datetime(2027, 6, 7, 23, 45)
    assert check_in.details.end == datetime(2027, 6, 8, 0, 15)  # its 30 minutes kept
    # The other steps keep the template's days and times.
    template = builtin_template("msc")
    others = [d for d in lay_out(template, ARRIVAL, TIJUANA) if d.kind != "hotel_check_in"]
    assert [i.details for i in services.itinerary.items() if i.id != check_in.id] == others


def test_an_early_arrival_leaves_the_check_in_where_the_template_puts_it(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course)  # arriving at 14:00
    assert by_title(services, "Hotel check-in").details.start == datetime(2027, 6, 7, 15, 0)


def test_laying_out_a_protocol_puts_no_check_in_before_the_courses_arrival(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, protocol="custom", arrival_time=time(23, 45))
    laid = services.itinerary.lay_out_protocol(builtin_template("msc"), ARRIVAL, TIJUANA)
    (check_in,) = [i for i in laid if i.details.kind == "hotel_check_in"]
    assert check_in.details.start == datetime(2027, 6, 7, 23, 45)
    # A layout from another day is its own arrival: the template's times stand.
    later = services.itinerary.lay_out_protocol(
        builtin_template("msc"), ARRIVAL + timedelta(days=7), TIJUANA
    )
    (kept,) = [i for i in later if i.details.kind == "hotel_check_in"]
    assert kept.details.start == datetime(2027, 6, 14, 15, 0)


def test_the_arrival_is_read_on_the_clock_of_the_zone_laid_out_in(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    # 23:45 in Tijuana (summer time) is 00:45 the next day in Mexico City: laid out there from
    # the 7th, the 15:00 check-in would come before the arrival, so it waits for 00:45 on the
    # 8th; laid out from the 8th, its 15:00 is after the arrival and stands.
    onboard(services, profile, course, protocol="custom", arrival_time=time(23, 45))
    mexico_city = "America/Mexico_City"
    first = services.itinerary.lay_out_protocol(builtin_template("msc"), ARRIVAL, mexico_city)
    assert [i.details.start for i in first if i.details.kind == "hotel_check_in"] == [
        datetime(2027, 6, 8, 0, 45)
    ]
    second = services.itinerary.lay_out_protocol(
        builtin_template("msc"), ARRIVAL + timedelta(days=1), mexico_city
    )
    assert [i.details.start for i in second if i.details.kind == "hotel_check_in"] == [
        datetime(2027, 6, 8, 15, 0)
    ]


def test_a_hotel_stay_starts_at_the_arrival_and_keeps_its_check_out() -> None:
    template = ProtocolTemplate(
        key="custom",
        name="Stay",
        steps=(
            ProtocolStep(
                day=1,
                start_time=time(15, 0),
                kind="hotel_stay",
                title="Hotel",
                end_day=4,
                end_time=time(11, 0),
            ),
            ProtocolStep(day=1, start_time=time(9, 0), kind="tests", title="Early tests"),
        ),
    )
    stay, tests = lay_out(template, ARRIVAL, TIJUANA, datetime(2027, 6, 7, 23, 45))
    assert (stay.start, stay.end) == (datetime(2027, 6, 7, 23, 45), datetime(2027, 6, 10, 11, 0))
    assert tests.start == datetime(2027, 6, 7, 9, 0)  # only the hotel waits for the arrival
    unmoved, _ = lay_out(template, ARRIVAL, TIJUANA)
    assert unmoved.start == datetime(2027, 6, 7, 15, 0)


# --- the week the Timeline opens on -------------------------------------------------------------


def trip() -> list[Item]:
    return [
        item(1, "Hotel", datetime(2027, 6, 7, 15, 0), end=datetime(2027, 6, 10, 11, 0)),
        item(2, "Discharge", datetime(2027, 6, 16, 14, 0)),
        item(3, "Cancelled tour", datetime(2027, 6, 30, 9, 0), status="cancelled"),
        item(4, "Follow-up visit", datetime(2027, 9, 1, 9, 0), kind="follow_up"),
    ]


def test_the_trip_ends_on_its_last_item_follow_ups_and_cancelled_ones_aside() -> None:
    assert trip_last_day(trip(), ARRIVAL) == date(2027, 6, 16)
    assert trip_last_day([], ARRIVAL) == ARRIVAL
    all_day = item(5, "Rest", datetime(2027, 6, 20), end=datetime(2027, 6, 21))
    assert trip_last_day([all_day], ARRIVAL) == date(2027, 6, 20)


@pytest.mark.parametrize(
    ("today", "monday"),
    [
        (date(2027, 6, 2), date(2027, 6, 7)),  # 5 days before arrival: the arrival's week
        (date(2027, 5, 24), date(2027, 6, 7)),  # 14 days before: near
        (date(2027, 5, 23), date(2027, 5, 17)),  # 15 days before: this week
        (date(2027, 6, 12), date(2027, 6, 7)),  # under way: this week, the trip's
        (date(2027, 6, 16), date(2027, 6, 14)),  # the discharge day
        (date(2027, 6, 17), date(2027, 6, 14)),  # after the trip: this week
        (date(2027, 9, 1), date(2027, 8, 30)),  # a follow-up at home: this week
    ],
)
def test_the_week_opens_on_the_trip_while_it_is_near_or_under_way(
    today: date, monday: date
) -> None:
    assert opening_monday(trip(), ARRIVAL, today) == monday


def test_with_no_arrival_the_week_is_this_week() -> None:
    assert opening_monday(trip(), None, date(2027, 6, 2)) == date(2027, 5, 31)


def test_the_trip_week_is_the_arrival_week_outside_the_trip_and_this_week_in_it() -> None:
    assert trip_monday(trip(), ARRIVAL, date(2027, 1, 5)) == date(2027, 6, 7)
    assert trip_monday(trip(), ARRIVAL, date(2027, 6, 15)) == date(2027, 6, 14)
    assert trip_monday(trip(), ARRIVAL, date(2028, 1, 5)) == date(2027, 6, 7)
