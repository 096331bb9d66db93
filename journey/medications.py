"""Medication schedules (issue 18, part 6), pure: when each dose of a medicine is due, how the
recorded doses add up (taken on time, late, skipped, missed), and the prophylaxis a protocol's
cited source lists.

Journey records what the user's team prescribed and reminds of it; it never suggests a medicine
or a dose. A schedule is a set of clock times, every day, every N days (counted from the start
date) or on given weekdays; or "as needed", which has no due times. The times are wall-clock
times in the zone the patient is in now: a dose at 08:00 stays at 08:00 across a daylight-saving
change. A time that does not exist that day (inside the spring-forward gap) is due when the
clocks have jumped, as many minutes after the gap as it was into it (02:30 → 03:30); a time that
happens twice (the autumn fall-back hour) is due the first time it happens. A dose is matched to
its record by the medication and its wall time, so moving to another zone does not turn
yesterday's recorded doses into missed ones.

The numbers (a dose counts as missed an hour after it was due) and the prophylaxis list come
from resources/medications/medications.json, which names their sources.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib.resources import files
from typing import Any

from journey.errors import Problem
from journey.timekeeping import later_day, to_instant

ROUTES = ("mouth", "under_skin", "vein", "other")  # "" when the user did not say
SCHEDULE_KINDS = ("times_a_day", "every_n_days", "weekdays", "as_needed")
STOP_WHEN = ("date", "neutrophils", "team")
DOSE_STATUSES = ("taken", "late", "skipped")
RECORDED_BY = ("patient", "companion")
MAX_TIMES = 12  # doses a day: more is a typo
MAX_EVERY_DAYS = 366  # every N days: up to once a year
WEEKDAYS = (1, 2, 3, 4, 5, 6, 7)  # ISO: Monday is 1
_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?$")


@cache
def _data() -> dict[str, Any]:
    text = files("resources.medications").joinpath("medications.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def missed_after() -> timedelta:
    """How long after its time a dose with nothing recorded counts as missed
    (resources/medications/medications.json "doses", with its source)."""
    return timedelta(minutes=int(_data()["doses"]["missed_after_minutes"]))


def missed_rule_source() -> str:
    return str(_data()["doses"]["source"])


# --- the schedule ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DoseSchedule:
    """When doses are due. ``times``: the clock times of each dosing day (none for
    "as_needed"); ``every_days``: for "every_n_days", counted from the start date;
    ``weekdays``: ISO weekday numbers (Monday 1) for "weekdays"."""

    kind: str
    times: tuple[time, ...] = ()
    every_days: int | None = None
    weekdays: tuple[int, ...] = ()

    def doses_on(self, day: date, started: date) -> bool:
        """Whether ``day`` is a dosing day (the start date and the stop are not checked)."""
        if self.kind == "times_a_day":
            return True
        if self.kind == "every_n_days":
            return bool(self.every_days) and (day - started).days % (self.every_days or 1) == 0
        if self.kind == "weekdays":
            return day.isoweekday() in self.weekdays
        return False


def parse_times(field: str, text: str) -> tuple[tuple[time, ...], Problem | None]:
    """Clock times typed as "08:00 20:00", "8:00, 20:00" or "8 20" (a 24-hour clock), in the
    order of the day. Empty text gives no times (the schedule's check says if some are
    needed)."""
    found: list[time] = []
    for part in re.split(r"[\s,;]+", text.strip()):
        if not part:
            continue
        match = _TIME.match(part)
        hour = int(match.group(1)) if match else 99
        minute = int(match.group(2) or 0) if match else 99
        if hour > 23 or minute > 59:
            return (), Problem(field, "dose_times_format")
        found.append(time(hour, minute))
    return tuple(sorted(found)), None


def times_text(times: Iterable[time]) -> str:
    """ "08:00 20:00": how the times are stored and shown for editing."""
    return " ".join(t.strftime("%H:%M") for t in times)


def schedule_problems(schedule: DoseSchedule) -> list[Problem]:
    """Problems with a schedule, each naming its field: ``schedule_kind``, ``dose_times``,
    ``every_days`` or ``weekdays``."""
    if schedule.kind not in SCHEDULE_KINDS:
        return [Problem("schedule_kind", "unknown_choice")]
    problems: list[Problem] = []
    if schedule.kind != "as_needed":
        if not schedule.times:
            problems.append(Problem("dose_times", "dose_times_required"))
        elif len(schedule.times) > MAX_TIMES:
            problems.append(Problem("dose_times", "dose_times_too_many", {"max": MAX_TIMES}))
        elif len(set(schedule.times)) != len(schedule.times):
            repeated = next(t for t in schedule.times if schedule.times.count(t) > 1)
            problems.append(
                Problem("dose_times", "dose_times_repeat", {"time": repeated.strftime("%H:%M")})
            )
    if schedule.kind == "every_n_days" and not (
        schedule.every_days is not None and 1 <= schedule.every_days <= MAX_EVERY_DAYS
    ):
        problems.append(Problem("every_days", "every_days_range", {"max": MAX_EVERY_DAYS}))
    if schedule.kind == "weekdays" and (
        not schedule.weekdays or any(d not in WEEKDAYS for d in schedule.weekdays)
    ):
        problems.append(Problem("weekdays", "weekdays_required"))
    return problems


# --- as stored: one row's columns -------------------------------------------------------------


def schedule_columns(schedule: DoseSchedule | None) -> dict[str, Any]:
    """The medication row's columns for a schedule (None: no structured schedule)."""
    if schedule is None:
        return {"schedule_kind": "", "dose_times": "", "every_days": None, "weekdays": ""}
    return {
        "schedule_kind": schedule.kind,
        "dose_times": times_text(schedule.times),
        "every_days": schedule.every_days if schedule.kind == "every_n_days" else None,
        "weekdays": " ".join(str(d) for d in sorted(set(schedule.weekdays)))
        if schedule.kind == "weekdays"
        else "",
    }


def schedule_from_columns(row: Mapping[str, Any]) -> DoseSchedule | None:
    """The schedule a stored row holds (None for a medication with only the free text). A
    time or weekday that cannot be read (written past the checks) is left out."""
    kind = row.get("schedule_kind") or ""
    if not kind:
        return None
    times, _ = parse_times("dose_times", row.get("dose_times") or "")
    weekdays = tuple(int(d) for d in (row.get("weekdays") or "").split() if d.isdigit())
    return DoseSchedule(kind, times, row.get("every_days"), weekdays)


# --- due times ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueTime:
    """One dose's time: the wall time in ``zone`` (what the record is matched by) and the
    instant it is due."""

    local: datetime
    zone: str
    at: datetime


def due_instant(local: datetime, zone: str) -> datetime:
    """The instant a dose at wall time ``local`` in ``zone`` is due. Inside a spring-forward
    gap: as far after the gap as it was into it (02:30 → 03:30); in the repeated autumn hour:
    the first time (both: Python's fold=0, as journey.timekeeping.to_instant converts)."""
    return to_instant(local.replace(tzinfo=None, fold=0), zone)


def due_times(
    schedule: DoseSchedule | None,
    *,
    started: date,
    stopped: date | None,
    ends_at: datetime | None,
    zone: str,
    first: date,
    last: date,
) -> list[DueTime]:
    """The doses due between the local dates ``first`` and ``last`` (inclusive), in time
    order. ``stopped`` is the first day without the medicine; ``ends_at`` an instant from
    which no dose is due (the end of the neutropenic period for "until neutrophils
    recover"). None for a schedule, or "as needed": no due times."""
    if schedule is None or schedule.kind == "as_needed" or not schedule.times:
        return []
    day = max(first, started)
    end = last if stopped is None else min(last, later_day(stopped, timedelta(days=-1)))
    found: list[DueTime] = []
    one = timedelta(days=1)
    while day <= end:
        if schedule.doses_on(day, started):
            for clock in schedule.times:
                local = datetime.combine(day, clock)
                at = due_instant(local, zone)
                if ends_at is not None and at >= ends_at:
                    return found
                found.append(DueTime(local, zone, at))
        if day == date.max:
            break
        day += one
    return found


def neutrophil_stop(
    periods: Iterable[tuple[datetime, datetime | None]], started: date, zone: str
) -> tuple[bool, datetime | None]:
    """For "until neutrophils recover": (known, end). The medicine follows the first
    neutropenic period that is still open at the start date's beginning, or opens after it;
    it ends where that period ended (neutrophil engraftment or the team's "counts have
    recovered", journey.blood_counts). (False, None) while no such period is recorded or it is
    still open: nothing stops the doses yet."""
    start = due_instant(datetime.combine(started, time()), zone)
    for _, end in sorted(periods, key=lambda p: p[0]):
        if end is None:
            return False, None
        if end > start:
            return True, end
    return False, None


# --- adherence ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DoseRecord:
    """What the user recorded for one dose: ``due_local`` its wall time (for "as needed",
    when it was taken), ``status`` taken, late or skipped, who recorded it and when."""

    id: int
    medication_id: int
    due_local: datetime
    due_zone: str
    status: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class Adherence:
    """One medication's doses over a period. ``missed``: due more than ``missed_after()``
    before now with nothing recorded; ``pending``: due less than that ago, not recorded yet."""

    medication_id: int
    name: str
    dose: str
    taken: int = 0
    late: int = 0
    skipped: int = 0
    missed: int = 0
    pending: int = 0

    @property
    def due(self) -> int:
        """Every dose counted: the due ones and any recorded beyond them (as needed)."""
        return self.taken + self.late + self.skipped + self.missed + self.pending


def adherence(
    medication_id: int,
    name: str,
    dose: str,
    due: Iterable[DueTime],
    records: Iterable[DoseRecord],
    now: datetime,
    first: date,
    last: date,
) -> Adherence:
    """Count ``due`` (up to ``now``) against ``records`` between the local dates ``first``
    and ``last``. A record whose time is not among the due times (an as-needed dose, or a
    schedule changed since) counts by its status."""
    counts = {"taken": 0, "late": 0, "skipped": 0, "missed": 0, "pending": 0}
    by_time = {r.due_local: r for r in records if first <= r.due_local.date() <= last}
    window = missed_after()
    for one in due:
        if one.at > now or not first <= one.local.date() <= last:
            continue
        record = by_time.pop(one.local, None)
        if record is not None:
            counts[record.status] += 1
        else:
            counts["missed" if now >= one.at + window else "pending"] += 1
    for record in by_time.values():
        counts[record.status] += 1
    return Adherence(medication_id, name, dose, **counts)


def record_problems(status: str, recorded_by: str) -> list[Problem]:
    problems = []
    if status not in DOSE_STATUSES:
        problems.append(Problem("status", "unknown_choice"))
    if recorded_by not in RECORDED_BY:
        problems.append(Problem("recorded_by", "unknown_choice"))
    return problems


# --- the prophylaxis a protocol's source lists -----------------------------------------------


@dataclass(frozen=True)
class OfferedDrug:
    name: str
    route: str
    use: str  # a few words on what it is for, as the source's context says


@dataclass(frozen=True)
class ProphylaxisOffer:
    """The medicines a protocol's cited source lists, to confirm one by one with the team's
    dose (never a dose: the source's are not advice), and how they stop."""

    protocol: str
    drugs: tuple[OfferedDrug, ...]
    stop_when: str
    source: str
    note: str


def prophylaxis_offer(protocol: str | None) -> ProphylaxisOffer | None:
    """The offer for ``protocol`` (resources/medications/medications.json), or None."""
    offer = _data()["prophylaxis"].get(protocol or "")
    if offer is None:
        return None
    return ProphylaxisOffer(
        protocol=str(protocol),
        drugs=tuple(OfferedDrug(d["name"], d["route"], d["use"]) for d in offer["drugs"]),
        stop_when=offer["stop_when"],
        source=offer["source"],
        note=offer["note"],
    )
