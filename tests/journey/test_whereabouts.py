"""Where the user is (issue 17): home until the arrival, the destination until the flight home
lands, home after; what the user said wins; the answer follows every change of the plan."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from journey.dto import CourseData
from journey.itinerary import ItemDetails
from journey.journal import Journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from journey.whereabouts import COMPUTER, HOME, SAID, STAY, here_at, trip_of

TIJUANA, TORONTO = "America/Tijuana", "America/Toronto"
COURSE = CourseData(
    protocol="hsct",
    clinic_name="Clínica Renacer",
    clinic_city="Tijuana",
    arrival_date=date(2027, 1, 16),
    arrival_time=time(23, 30),  # 07:30 UTC on the 17th
    destination_zone=TIJUANA,
    treatment_start=date(2027, 1, 18),
    home_zone=TORONTO,
)
FLIGHT_OUT = ItemDetails(
    "flight", "AC 1856", datetime(2027, 1, 16, 18, 0), TORONTO, datetime(2027, 1, 16, 23, 30),
    TIJUANA,
)  # fmt: skip
FLIGHT_HOME = ItemDetails(
    "flight", "AC 1857", datetime(2027, 2, 14, 9, 0), TIJUANA, datetime(2027, 2, 14, 17, 0),
    TORONTO,
)  # fmt: skip
DISCHARGE = ItemDetails("discharge", "Discharge", datetime(2027, 2, 12, 10, 0), TIJUANA)
FOLLOW_UP = ItemDetails("follow_up", "Neurologist", datetime(2027, 5, 3, 9, 0), TORONTO)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("instant", "zone", "why"),
    [
        (utc(2027, 1, 16, 23, 0), TORONTO, HOME),  # on board the flight out: still home's day
        (utc(2027, 1, 17, 7, 29), TORONTO, HOME),
        (utc(2027, 1, 17, 7, 30), TIJUANA, STAY),  # landed
        (utc(2027, 2, 14, 17, 0), TIJUANA, STAY),  # on board the flight home
        (utc(2027, 2, 14, 22, 0), TORONTO, HOME),  # 17:00 in Toronto: landed at home
        (utc(2027, 6, 1, 12, 0), TORONTO, HOME),
    ],
)
def test_the_plan_puts_the_user_home_then_there_then_home(
    instant: datetime, zone: str, why: str
) -> None:
    trip = trip_of(COURSE, [FLIGHT_OUT, DISCHARGE, FLIGHT_HOME, FOLLOW_UP])
    here = here_at(instant, trip, "", "UTC")
    assert (here.zone, here.why) == (zone, why)


def test_without_a_flight_home_the_stay_ends_after_the_last_day_there() -> None:
    trip = trip_of(COURSE, [FLIGHT_OUT, DISCHARGE, FOLLOW_UP])
    # Discharge on 12 February in Tijuana: the stay lasts to that day's end there (08:00 UTC).
    assert here_at(utc(2027, 2, 13, 7, 59), trip, "", "UTC").zone == TIJUANA
    assert here_at(utc(2027, 2, 13, 8, 0), trip, "", "UTC").zone == TORONTO


def test_a_cancelled_flight_home_is_not_the_way_home() -> None:
    cancelled = ItemDetails(**{**FLIGHT_HOME.__dict__, "status": "cancelled"})
    trip = trip_of(COURSE, [FLIGHT_OUT, DISCHARGE, cancelled])
    assert trip.leaves == utc(2027, 2, 13, 8, 0)


def test_what_the_user_says_wins_and_with_no_plan_the_computer_decides() -> None:
    trip = trip_of(COURSE, [])
    assert here_at(utc(2027, 1, 20), trip, "America/Merida", "UTC").why == SAID
    assert here_at(utc(2027, 1, 20), trip, "America/Merida", "UTC").zone == "America/Merida"
    assert here_at(utc(2027, 1, 20), None, "", "Europe/Madrid").zone == "Europe/Madrid"
    assert here_at(utc(2027, 1, 20), None, "", "Europe/Madrid").why == COMPUTER


def test_the_clock_follows_each_change_of_the_plan(journal: Journal) -> None:
    # Laptop on UTC; 02:00 UTC on 14 February is 18:00 on the 13th in Tijuana, 21:00 in Toronto.
    services = JournalServices.build(journal.session_factory, Clock("UTC", utc(2027, 2, 14, 2)))
    assert services.clock.zone == "UTC"  # no plan yet
    services.course.save(COURSE)
    assert services.clock.zone == TIJUANA
    assert services.clock.today() == date(2027, 2, 13)
    flight = services.itinerary.add(
        ItemDetails("flight", "Early home", datetime(2027, 2, 13, 9), TIJUANA,
                    datetime(2027, 2, 13, 17), TORONTO)
    )  # fmt: skip
    assert services.clock.zone == TORONTO
    services.itinerary.delete(flight.id)
    assert services.clock.zone == TIJUANA
    services.whereabouts.say("Europe/Madrid")
    assert services.clock.zone == "Europe/Madrid"
    assert services.clock.today() == date(2027, 2, 14)
    services.whereabouts.say("")
    assert services.clock.zone == TIJUANA


def test_a_place_that_is_not_a_zone_is_refused_and_nothing_changes(journal: Journal) -> None:
    from journey.errors import InvalidInput

    services = JournalServices.build(journal.session_factory, Clock("UTC", utc(2027, 2, 1)))
    services.course.save(COURSE)
    with pytest.raises(InvalidInput):
        services.whereabouts.say("Atlantis/Capital")
    assert services.clock.zone == TIJUANA
