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
from datetime import date, datetime, timedelta

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
        # The last day taken in each zone, then that day's end: one conversion per zone, not
        # per item (a long itinerary is read again after every change to it).
        last_days: dict[str, date] = {}
        for item in planned:
            if item.kind in FOLLOW_UP_KINDS:
                continue
            day, zone = _last_day(item), item.finish_zone
            if day > last_days.get(zone, date.min):
                last_days[zone] = day
        ends = (_midnight_after(day, zone) for zone, day in last_days.items())
        leaves = max((end for end in ends if end > arrives), default=None)
    return Trip(course.home_zone, course.destination_zone, arrives, leaves)


def _last_day(item: ItemDetails) -> date:
    """The last day ``item`` takes, where it ends (an all-day item ends at the next midnight)."""
    if item.end is None:
        return item.start.date()
    return item.end.date() - _DAY if item.all_day else item.end.date()


def _midnight_after(day: date, zone: str) -> datetime:
    after = later_day(day, _DAY)  # a stored date at the end of Python's: that day
    return to_instant(datetime.combine(after, datetime.min.time()), zone)


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
