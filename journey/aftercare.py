"""Aftercare's rules (SPEC §2.6–2.7): the self-rating scales, what a rating and a clinical
event may hold, when a rating is due, and which ratings are the baseline.

Pure functions over frozen values; journey.services.aftercare stores them. Journey records
what the patient rates and what clinicians reported; it never diagnoses or recommends.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from journey.errors import Problem
from journey.itinerary import Item, day_zero
from journey.medications import (
    ROUTES,
    STOP_WHEN,
    DoseSchedule,
    schedule_columns,
    schedule_from_columns,
    schedule_problems,
)
from journey.settings import CADENCES  # noqa: F401  # named here too, as before
from journey.timekeeping import date_problem, later_day, shown_in, zone_problem
from journey.validation import edss_problem, notes_problem, optional_text, required_text

SCALE_NAME_MAX = 100
TEXT_MAX = 200
# A custom scale records a score from elsewhere (an SDMT of 0–110, an EQ-5D index from −0.59
# to 1…); past a million it is a typo.
SCALE_LIMIT = 1_000_000
FUTURE_SLACK = timedelta(minutes=1)  # a clock a little ahead is not an error
RECORDED_BY = ("patient", "companion")


@cache
def _resource(name: str) -> Any:
    return json.loads(files("resources.aftercare").joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class BuiltInScale:
    key: str
    name: str  # English; the UI shows its translation
    higher_is_better: bool
    low_words: str  # what 0 means
    high_words: str  # what 10 means


@cache
def built_in_scales() -> dict[str, BuiltInScale]:
    """The shipped scales by key, in the form's order (resources/aftercare/scales.json)."""
    return {
        s["key"]: BuiltInScale(s["key"], s["name"], s["higher_is_better"], s["low"], s["high"])
        for s in _resource("scales.json")["scales"]
    }


def follow_up_plan(protocol: str) -> list[dict[str, Any]]:
    """The starting follow-up steps for a protocol, each with its source's words."""
    data = _resource("follow_up.json")
    steps = data["steps"].get(protocol, data["steps"]["msc"])
    return [{**step, "source": data["sources"][step["source"]]} for step in steps]


CountedFrom = Literal["day_zero", "last_infusion", "treatment_start"]
# What a protocol's infusions are, for "the last infusion" (MSC: the stem cells go in by vein
# or by lumbar puncture; a custom protocol may have any kind).
LAST_INFUSION_KINDS = {
    "msc": frozenset({"iv_infusion", "intrathecal_injection"}),
    "custom": frozenset({"iv_infusion", "intrathecal_injection", "reinfusion"}),
}


@dataclass(frozen=True)
class FollowUpStart:
    """The day the follow-up plan is counted from, and what that day is: HSCT's day 0 (the
    reinfusion), the last infusion (MSC), or the treatment start when the timeline has
    neither (``fallback``: the words say so)."""

    day: date
    counted_from: CountedFrom

    @property
    def fallback(self) -> bool:
        return self.counted_from == "treatment_start"


def follow_up_start(protocol: str, treatment_start: date, items: Iterable[Item]) -> FollowUpStart:
    """Where the months of the follow-up plan (resources/aftercare/follow_up.json's
    "counted_from") start. Cancelled items do not count."""
    items = list(items)
    wanted = _resource("follow_up.json")["counted_from"].get(protocol, "last_infusion")
    if wanted == "day_zero":
        zero = day_zero(items)
        if zero is not None:
            return FollowUpStart(zero, "day_zero")
    else:
        kinds = LAST_INFUSION_KINDS.get(protocol, LAST_INFUSION_KINDS["custom"])
        infusions = [
            i.details.start.date()
            for i in items
            if i.details.kind in kinds and i.details.status != "cancelled"
        ]
        if infusions:
            return FollowUpStart(max(infusions), "last_infusion")
    return FollowUpStart(treatment_start, "treatment_start")


# --- scales ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScaleDetails:
    """A custom scale as the user defines it."""

    name: str
    low: float = 0
    high: float = 10
    higher_is_better: bool = True
    note: str = ""


@dataclass(frozen=True)
class Scale:
    id: int
    key: str
    details: ScaleDetails
    built_in: bool
    hidden: bool
    position: int
    low_words: str = ""
    high_words: str = ""

    @property
    def name(self) -> str:
        return self.details.name

    def holds(self, value: float) -> bool:
        return self.details.low <= value <= self.details.high


def scale_key(name: str) -> str:
    """The name as matched: case-folded, inner spaces collapsed."""
    return " ".join(name.split()).casefold()


def _finite(field: str, value: float) -> Problem | None:
    if not math.isfinite(value) or abs(value) > SCALE_LIMIT:
        return Problem(field, "number_too_large", {"max": SCALE_LIMIT})
    return None


def scale_problems(details: ScaleDetails, taken: Iterable[str]) -> list[Problem]:
    """``taken``: the keys and shown names of the other scales (a name must be new)."""
    problems = [
        required_text("name", details.name, SCALE_NAME_MAX),
        notes_problem("note", details.note),
        _finite("low", details.low),
        _finite("high", details.high),
    ]
    if details.name.strip() and scale_key(details.name) in {scale_key(t) for t in taken}:
        problems.append(Problem("name", "duplicate_name"))
    if not problems[2] and not problems[3] and details.low >= details.high:
        problems.append(Problem("high", "range_order"))
    return [p for p in problems if p is not None]


# --- ratings --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingDetails:
    """One filled-in form: ``values`` are (scale id, value) pairs; ``at`` an aware instant."""

    at: datetime
    zone: str
    values: tuple[tuple[int, float], ...]
    recorded_by: str = "patient"
    notes: str = ""
    baseline: bool | None = None  # None: by date (before the treatment start)


@dataclass(frozen=True)
class RatingSet:
    id: int
    details: RatingDetails
    is_baseline: bool  # as the rule decided (see ``baseline_ids``)

    def value(self, scale_id: int) -> float | None:
        return dict(self.details.values).get(scale_id)


def rating_field(scale_id: int) -> str:
    """The field a problem with one scale's value names."""
    return f"scale:{scale_id}"


def rating_problems(
    details: RatingDetails, scales: dict[int, Scale], now: datetime
) -> list[Problem]:
    if details.at.tzinfo is None:
        raise ValueError("RatingDetails.at must be an aware instant")
    problems: list[Problem | None] = [zone_problem("zone", details.zone)]
    if not details.values:
        problems.append(Problem("values", "rating_required"))
    seen: set[int] = set()
    for scale_id, value in details.values:
        scale = scales.get(scale_id)
        field = rating_field(scale_id)
        if scale is None or scale_id in seen:
            problems.append(Problem(field, "not_found"))
        elif not math.isfinite(value) or not scale.holds(value):
            low, high = scale.details.low, scale.details.high
            problems.append(Problem(field, "rating_range", {"min": _num(low), "max": _num(high)}))
        seen.add(scale_id)
    if details.recorded_by not in RECORDED_BY:
        problems.append(Problem("recorded_by", "unknown_choice"))
    problems.append(notes_problem("notes", details.notes))
    out_of_range = date_problem("at", details.at)
    if out_of_range is not None:
        problems.append(out_of_range)
    elif details.at > now + FUTURE_SLACK:
        problems.append(Problem("at", "time_in_future"))
    return [p for p in problems if p is not None]


def _num(value: float) -> str:
    return f"{value:g}"


def local_date(at: datetime, zone: str) -> date:
    return shown_in(at, zone).date()


def baseline_ids(
    sets: Iterable[tuple[int, datetime, str, bool | None]], treatment_start: date | None
) -> set[int]:
    """Which rating sets are the baseline: those the user marked, when any is marked;
    otherwise every set made before the treatment start (on the local date where it was made),
    except those the user marked as not baseline. ``sets``: (id, at, zone, explicit mark)."""
    sets = list(sets)
    marked = {set_id for set_id, _, _, mark in sets if mark is True}
    if marked:
        return marked
    if treatment_start is None:
        return set()
    return {
        set_id
        for set_id, at, zone, mark in sets
        if mark is None and local_date(at, zone) < treatment_start
    }


# --- when a rating is due -------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day (31 Jan + 1 month = 28/29 Feb);
    past the ends of Python's dates (a stored date in 9999), the end."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if not date.min.year <= year <= date.max.year:
        return date.max if year > date.max.year else date.min
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def next_due(last: date, cadence: str) -> date:
    return add_months(last, 1) if cadence == "monthly" else later_day(last, timedelta(days=7))


@dataclass(frozen=True)
class RatingStatus:
    """What Today says about ratings."""

    cadence: str
    last: date | None  # the local date of the newest rating
    due_on: date | None  # None: the newest rating is in the future of the schedule
    due: bool  # a rating is due today or overdue
    baseline_needed: bool  # before the treatment start, and no baseline rating yet
    treatment_start: date | None


def rating_status(
    today: date,
    cadence: str,
    last: date | None,
    has_baseline: bool,
    treatment_start: date | None,
) -> RatingStatus:
    before_treatment = treatment_start is not None and today < treatment_start
    baseline_needed = before_treatment and not has_baseline
    due_on = today if last is None else next_due(last, cadence)
    return RatingStatus(
        cadence=cadence,
        last=last,
        due_on=due_on,
        due=due_on <= today,
        baseline_needed=baseline_needed,
        treatment_start=treatment_start,
    )


# --- clinical events ------------------------------------------------------------------------


@dataclass(frozen=True)
class RelapseDetails:
    started: date
    ended: date | None = None
    symptoms: str = ""
    steroids: str = ""  # steroid treatment, if any


@dataclass(frozen=True)
class MriDetails:
    on: date
    new_t2: int | None = None  # new or enlarging T2 lesions; None: not reported
    enhancing: int | None = None  # gadolinium-enhancing lesions
    report: str = ""


@dataclass(frozen=True)
class EdssDetails:
    on: date
    score: float
    reported_by: str = ""


@dataclass(frozen=True)
class MedicationDetails:
    """A medicine as the team prescribed it. ``dose`` and ``schedule`` are the user's own
    words (kept for every medication, as before); ``dose_schedule`` is the optional structured
    schedule the reminders follow (journey.medications). ``stopped`` is the first day without
    it; ``stop_when`` says what ends it: that date ("date", or none yet), "neutrophils" (the
    end of the neutropenic period) or "team" (a stop the user records when the team says)."""

    name: str
    started: date
    stopped: date | None = None
    dose: str = ""
    schedule: str = ""
    notes: str = ""
    route: str = ""  # journey.medications.ROUTES, or "" when not said
    dose_schedule: DoseSchedule | None = None
    stop_when: str = "date"


@dataclass(frozen=True)
class DischargeDetails:
    instructions: str = ""
    restrictions: str = ""
    who_to_call: str = ""


def _not_future(field: str, day: date | None, today: date) -> Problem | None:
    """Outside 1900–2200 (SPEC §4), or after ``today``."""
    out_of_range = date_problem(field, day)
    if out_of_range is not None:
        return out_of_range
    return Problem(field, "date_in_future") if day is not None and day > today else None


def _order(field: str, start: date, end: date | None) -> Problem | None:
    """``end`` outside 1900–2200, or before ``start``."""
    out_of_range = date_problem(field, end)
    if out_of_range is not None:
        return out_of_range
    return Problem(field, "end_before_start") if end is not None and end < start else None


def _count(field: str, value: int | None) -> Problem | None:
    if value is None:
        return None
    if value < 0:
        return Problem(field, "count_negative")
    return Problem(field, "number_too_large", {"max": 10_000}) if value > 10_000 else None


def relapse_problems(details: RelapseDetails, today: date) -> list[Problem]:
    problems = [
        _not_future("started", details.started, today),
        _order("ended", details.started, details.ended),
        notes_problem("symptoms", details.symptoms),
        notes_problem("steroids", details.steroids),
    ]
    return [p for p in problems if p is not None]


def mri_problems(details: MriDetails, today: date) -> list[Problem]:
    problems = [
        _not_future("on", details.on, today),
        _count("new_t2", details.new_t2),
        _count("enhancing", details.enhancing),
        notes_problem("report", details.report),
    ]
    return [p for p in problems if p is not None]


def edss_report_problems(details: EdssDetails, today: date) -> list[Problem]:
    problems = [
        _not_future("on", details.on, today),
        edss_problem("score", details.score),
        optional_text("reported_by", details.reported_by, TEXT_MAX),
    ]
    return [p for p in problems if p is not None]


def medication_problems(details: MedicationDetails) -> list[Problem]:
    problems = [
        required_text("name", details.name, TEXT_MAX),
        optional_text("dose", details.dose, TEXT_MAX),
        optional_text("schedule", details.schedule, TEXT_MAX),
        date_problem("started", details.started),
        _order("stopped", details.started, details.stopped),
        notes_problem("notes", details.notes),
        None if details.route in ("", *ROUTES) else Problem("route", "unknown_choice"),
        None if details.stop_when in STOP_WHEN else Problem("stop_when", "unknown_choice"),
    ]
    found = [p for p in problems if p is not None]
    if details.dose_schedule is not None:
        found += schedule_problems(details.dose_schedule)
    return found


def confirmed_medication_problems(details: MedicationDetails) -> list[Problem]:
    """A medication offered from a protocol's source (journey.medications.prophylaxis_offer)
    is added only with the dose the user's team gave: the source's doses are not advice."""
    problems = medication_problems(details)
    if not details.dose.strip() and not any(p.field == "dose" for p in problems):
        problems.insert(0, Problem("dose", "dose_from_team"))
    return problems


_MEDICATION_TEXT = ("name", "dose", "schedule", "notes", "route", "stop_when")


def medication_columns(details: MedicationDetails) -> dict[str, Any]:
    """The medication row's columns for ``details``."""
    return {
        **{name: getattr(details, name) for name in _MEDICATION_TEXT},
        "started": details.started,
        "stopped": details.stopped,
        **schedule_columns(details.dose_schedule),
    }


def medication_from_columns(row: Any) -> MedicationDetails:
    """The details a stored row (an object with the columns as attributes, or a mapping)
    holds."""
    values = row if isinstance(row, dict) else {c: getattr(row, c) for c in _MEDICATION_COLUMNS}
    return MedicationDetails(
        **{name: values[name] for name in _MEDICATION_TEXT},
        started=values["started"],
        stopped=values["stopped"],
        dose_schedule=schedule_from_columns(values),
    )


_MEDICATION_COLUMNS = (
    *_MEDICATION_TEXT,
    "started",
    "stopped",
    "schedule_kind",
    "dose_times",
    "every_days",
    "weekdays",
)


def discharge_problems(details: DischargeDetails) -> list[Problem]:
    problems = [
        notes_problem(name, getattr(details, name))
        for name in ("instructions", "restrictions", "who_to_call")
    ]
    return [p for p in problems if p is not None]
