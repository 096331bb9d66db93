"""The course at a glance for the Today page: countdown before arrival, day of the stay after."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journey.dto import CourseData
from journey.timekeeping import Clock, shown_in, to_instant


@dataclass(frozen=True)
class CourseGlance:
    """Where the user is in the course today, in the computer's current zone."""

    days_until_arrival: int  # > 0 before arrival; 0 on arrival day; < 0 after
    day_of_stay: int | None  # 1 on arrival day; None before arrival
    days_until_treatment: int  # > 0 before, 0 on the day, < 0 after
    arrival_at_destination: datetime  # aware, in the destination's zone
    arrival_here: datetime  # the same instant in the computer's zone
    zone_differs: bool  # the destination's zone is not the computer's

    @property
    def arrived(self) -> bool:
        return self.day_of_stay is not None


def course_glance(course: CourseData, clock: Clock) -> CourseGlance:
    today = clock.today()
    wall = datetime.combine(course.arrival_date, course.arrival_time)
    instant = to_instant(wall, course.destination_zone)
    until_arrival = (course.arrival_date - today).days
    return CourseGlance(
        days_until_arrival=until_arrival,
        day_of_stay=None if until_arrival > 0 else 1 - until_arrival,
        days_until_treatment=(course.treatment_start - today).days,
        arrival_at_destination=shown_in(instant, course.destination_zone),
        arrival_here=shown_in(instant, clock.zone),
        zone_differs=course.destination_zone != clock.zone,
    )
