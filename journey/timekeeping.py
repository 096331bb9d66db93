"""Time rules (SPEC §4): instants in UTC plus the IANA zone, planned times as wall time + zone.

A wall time that does not exist (inside a daylight-saving gap) or happens twice is refused,
never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from journey.errors import Problem


@dataclass(frozen=True)
class Clock:
    """What time it is and which zone the computer is in; injected so tests can set both."""

    zone: str = "UTC"
    fixed_now: datetime | None = None

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
    """The UTC instant of a validated wall time in ``zone``."""
    return wall.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def shown_in(instant: datetime, zone: str) -> datetime:
    return instant.astimezone(ZoneInfo(zone))
