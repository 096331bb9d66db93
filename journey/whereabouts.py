"""Where the user is: the one zone "today" is counted in (issue 17, one time rule).

Today's date, the day of the stay, the protocol day, the quick log's time, watch windows and
"today's entries" all follow it, whatever zone the laptop keeps. It comes from the plan: home
before the arrival, the destination from the arrival until the return flight lands, home
after. The user can say "I'm in …" instead, for as long as they choose.

The plan changes zone when a flight lands, not when it leaves: on board, the day is still the
one of the place left behind. Without a return flight the stay ends with the last day of the
plan at the destination (discharge, most often); the follow-ups at home do not count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from journey.dto import CourseData
from journey.itinerary import FOLLOW_UP_KINDS, ItemDetails
from journey.timekeeping import later_day, to_instant

HOME = "home"  # before the arrival, or after the stay
STAY = "stay"  # at the destination, by the plan
SAID = "said"  # where the user said they are
COMPUTER = "computer"  # no plan yet: the computer's zone


@dataclass(frozen=True)
class Trip:
    """The stay at the destination as instants (UTC)."""

    home_zone: str
    destination_zone: str
    arrives: datetime
    leaves: datetime | None  # None: the plan does not say when the stay ends


@dataclass(frozen=True)
class Here:
    """Where the user is at one instant, and why Journey thinks so."""

    zone: str
    why: str  # HOME, STAY, SAID or COMPUTER


def trip_of(course: CourseData, items: Iterable[ItemDetails]) -> Trip:
    """The stay as the course and the itinerary give it."""
    arrives = to_instant(
        datetime.combine(course.arrival_date, course.arrival_time), course.destination_zone
    )
    planned = [item for item in items if item.status != "cancelled"]
    flights_back = [
        item for item in planned if item.kind == "flight" and item.start_instant() >= arrives
    ]
    if flights_back:
        last = max(flights_back, key=ItemDetails.start_instant)
        leaves: datetime | None = last.end_instant() or last.start_instant()
    else:
        there = [
            _day_after(item)
            for item in planned
            if item.kind not in FOLLOW_UP_KINDS and _day_after(item) > arrives
        ]
        leaves = max(there, default=None)
    return Trip(course.home_zone, course.destination_zone, arrives, leaves)


def _day_after(item: ItemDetails) -> datetime:
    """The midnight after the last day ``item`` takes, where it ends."""
    end = item.end if item.end is not None else item.start
    last_day = end.date() if item.end is None or not item.all_day else end.date() - _DAY
    after = later_day(last_day, _DAY)  # a stored date at the end of Python's: that day
    return to_instant(datetime.combine(after, datetime.min.time()), item.finish_zone)


_DAY = timedelta(days=1)


def here_at(instant: datetime, trip: Trip | None, said: str, computer_zone: str) -> Here:
    """Where the user is at ``instant``: where they said, else where the plan puts them, else
    (no plan yet) the computer's zone."""
    if said:
        return Here(said, SAID)
    if trip is None:
        return Here(computer_zone, COMPUTER)
    if instant < trip.arrives or (trip.leaves is not None and instant >= trip.leaves):
        return Here(trip.home_zone, HOME)
    return Here(trip.destination_zone, STAY)
