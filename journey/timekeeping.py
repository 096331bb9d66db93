"""Time rules (SPEC §4): instants in UTC plus the IANA zone, planned times as wall time + zone.

A wall time that does not exist (inside a daylight-saving gap) or happens twice is refused,
never guessed. A date outside 1900–2200 is refused at every entrance (``date_problem``), and
the conversions below never fail on one already stored: they stop at the ends of Python's dates
instead of overflowing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from journey.errors import Problem

# SPEC §4: dates outside 1900–2200 are refused at every entrance. Nothing a person with MS notes
# on a journey to treatment is from before 1900 (a diagnosis is from 1950 on, the earliest year
# a profile takes) or after 2200, so such a date is a typo ("0026", "20266") or a broken file.
# Python's dates end at the years 1 and 9999, where converting to another zone or adding a watch
# window's hours overflows; these bounds keep every stored date centuries away from both ends.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)
DATE_OUT_OF_RANGE = "date_out_of_range"
_EARLIEST_INSTANT = datetime.combine(EARLIEST_DATE, time(), tzinfo=UTC)
_AFTER_LATEST_INSTANT = datetime.combine(LATEST_DATE + timedelta(days=1), time(), tzinfo=UTC)
# Where a conversion of a stored date past the ends of Python's range stops.
FIRST_INSTANT = datetime.min.replace(tzinfo=UTC)
LAST_INSTANT = datetime.max.replace(tzinfo=UTC)
_DAY = timedelta(days=1)


def in_range(value: date | datetime) -> bool:
    """True if ``value`` is within 1900-01-01 and 2200-12-31: a date, a wall time (its date
    where it happens) or an aware instant (in UTC)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return _EARLIEST_INSTANT <= value < _AFTER_LATEST_INSTANT
    day = value.date() if isinstance(value, datetime) else value
    return EARLIEST_DATE <= day <= LATEST_DATE


def date_problem(field: str, value: date | datetime | None) -> Problem | None:
    """A problem if ``value`` is outside 1900–2200 (SPEC §4); None for no value."""
    if value is None or in_range(value):
        return None
    return Problem(field, DATE_OUT_OF_RANGE, {"min": EARLIEST_DATE.year, "max": LATEST_DATE.year})


def showable(instant: datetime) -> datetime:
    """``instant``, or a day inside the ends of Python's dates if it is nearer to them: shown in
    any zone (every offset is under a day) without overflowing. For a value stored outside
    1900–2200 anyway, where a chart needs an instant it can convert."""
    return min(max(instant, FIRST_INSTANT + _DAY), LAST_INSTANT - _DAY)


def later(moment: datetime, delta: timedelta) -> datetime:
    """``moment + delta``, stopping at the ends of Python's dates instead of overflowing (a
    stored date near the year 9999 plus a watch window's hours)."""
    try:
        return moment + delta
    except OverflowError:
        end = datetime.max if delta > timedelta(0) else datetime.min
        return end.replace(tzinfo=moment.tzinfo)


def later_day(day: date, delta: timedelta) -> date:
    """``day + delta`` for dates, stopping at the ends like ``later``."""
    try:
        return day + delta
    except OverflowError:
        return date.max if delta > timedelta(0) else date.min


@dataclass(frozen=True)
class Clock:
    """What time it is and where the user is; injected so tests can set both.

    ``zone`` is where the user is now: the journal's answer (``here``, journey.whereabouts:
    the plan, or where they said) once the services of a journal have one, else the
    computer's zone. Today's date, the day of the stay and the quick log's time follow it.
    """

    computer_zone: str = "UTC"
    fixed_now: datetime | None = None
    here: Callable[[datetime], str] | None = field(default=None, compare=False, repr=False)

    @property
    def zone(self) -> str:
        return self.computer_zone if self.here is None else self.here(self.now())

    def now(self) -> datetime:
        return self.fixed_now if self.fixed_now is not None else datetime.now(UTC)

    def today(self, zone: str | None = None) -> date:
        return self.now().astimezone(ZoneInfo(zone or self.zone)).date()


@cache
def known_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def zone_problem(field: str, zone: str) -> Problem | None:
    """A problem if ``zone`` is not an IANA zone name this computer knows (tzdata)."""
    if not zone.strip():
        return Problem(field, "required")
    if zone not in known_zones():
        return Problem(field, "unknown_zone", {"zone": zone})
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return Problem(field, "unknown_zone", {"zone": zone})
    return None


def wall_time_problem(field: str, day: date, at: time, zone: str) -> Problem | None:
    """A problem if ``day at`` in ``zone`` falls in a DST gap or a repeated hour.

    The round trip wall → UTC → wall changes a time in a gap; the two folds give different
    offsets for a time that happens twice.
    """
    tz = ZoneInfo(zone)
    naive = datetime.combine(day, at)
    params = {"time": at.strftime("%H:%M"), "date": day.isoformat(), "zone": zone}
    early = naive.replace(tzinfo=tz, fold=0)
    late = naive.replace(tzinfo=tz, fold=1)
    if early.utcoffset() != late.utcoffset():
        back = early.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
        if back != naive:
            return Problem(field, "nonexistent_time", params)
        return Problem(field, "ambiguous_time", params)
    return None


def to_instant(wall: datetime, zone: str) -> datetime:
    """The UTC instant of a validated wall time in ``zone``. A stored wall time so near the end
    of Python's dates that its instant is past it gives the first or last instant there is."""
    try:
        return wall.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    except OverflowError:
        return FIRST_INSTANT if wall.year == datetime.min.year else LAST_INSTANT


def shown_in(instant: datetime, zone: str | ZoneInfo) -> datetime:
    """``instant`` in ``zone``; in UTC if its wall time there would be past the ends of Python's
    dates (a stored instant on 1 January of the year 1, shown west of Greenwich)."""
    for where in (zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone), UTC):
        try:
            return instant.astimezone(where)
        except OverflowError:
            continue
    return instant
