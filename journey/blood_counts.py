"""Blood counts (issue 18), pure: kinds and units, the values that are questioned rather than
guessed, engraftment, and the neutropenic period that the strict HSCT fever rule follows.

Every number comes from resources/blood_counts/counts.json, which names its source. Journey
records and reminds; it never diagnoses: engraftment here is what the cited definitions say of
the counts entered, and the user's record "my team says my counts have recovered" overrides it.

Consecutive days (engraftment): a day is the calendar day where a count was taken, in the zone
recorded with it. The lowest value of a day counts, so a day with any value below the threshold
breaks a run. A day with no value also breaks it: Journey cannot know what the count was that
day, so it does not assume it stayed up (CIBMTR accepts values drawn on non-consecutive days
when daily counts cannot be had; asking for consecutive days can only move engraftment later,
which keeps the strict fever rule on longer, never shorter). Counting starts after the nadir:
only days after the first value below the threshold count (CIBMTR), so the normal counts taken
before conditioning never read as engraftment.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib.resources import files
from typing import Any

from journey.errors import Problem
from journey.timekeeping import LAST_INSTANT, shown_in

RECORDED_BY = ("patient", "companion")
SOURCE_MAX = 200  # the width of blood_count.source
KIND_MAX = 32


@cache
def _data() -> dict[str, Any]:
    text = files("resources.blood_counts").joinpath("counts.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@dataclass(frozen=True)
class CountKind:
    """One kind of count: its key, short name (ANC…), the unit it is stored in, the units it
    can be entered in, and the plausible range in the stored unit (with its reason)."""

    key: str
    short: str
    stored_unit: str
    units: tuple[str, ...]
    optional: bool
    low: float
    high: float
    smallest_nonzero: float
    reason: str


@cache
def count_kinds() -> tuple[CountKind, ...]:
    return tuple(
        CountKind(
            key=k["key"],
            short=k["short"],
            stored_unit=k["stored_unit"],
            units=tuple(k["units"]),
            optional=bool(k["optional"]),
            low=float(k["plausible"]["min"]),
            high=float(k["plausible"]["max"]),
            smallest_nonzero=float(k["plausible"]["smallest_nonzero"]),
            reason=k["plausible"]["reason"],
        )
        for k in _data()["kinds"]
    )


def count_kind(key: str) -> CountKind:
    found = next((k for k in count_kinds() if k.key == key), None)
    if found is None:
        raise ValueError(f"unknown blood count kind {key!r}")
    return found


KINDS = tuple(k.key for k in count_kinds())


def unit_symbol(unit: str) -> str:
    """ "×10⁹/L", "/µL", "g/L" or "g/dL"."""
    return str(_data()["units"][unit]["symbol"])


def with_unit(value: float, unit: str) -> str:
    """ "1.5 ×10⁹/L", "1500/µL", "12 g/dL": the same in every language."""
    symbol = unit_symbol(unit)
    return f"{_number(value)}{'' if symbol.startswith('/') else ' '}{symbol}"


def to_stored(value: float, unit: str) -> float:
    """``value`` in ``unit`` as stored (×10⁹/L for cells, g/L for haemoglobin)."""
    return round(value * float(_data()["units"][unit]["to_stored"]), 6)


def from_stored(value: float, unit: str) -> float:
    return round(value / float(_data()["units"][unit]["to_stored"]), 6)


def plausible(kind: CountKind, stored: float) -> bool:
    """True if ``stored`` (in the kind's stored unit) is a count a laboratory could report."""
    if stored == 0:
        return kind.low == 0
    return kind.low <= stored <= kind.high and stored >= kind.smallest_nonzero


def _number(value: float) -> str:
    """A value as the user would type it back: no trailing zeros, no exponent."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def value_problem(field: str, kind_key: str, value: float, unit: str) -> Problem | None:
    """A problem with ``value`` entered in ``unit`` for a count of ``kind_key``, or None.

    A value that is not possible in the unit chosen but is in the kind's other unit is
    questioned, never converted: "1500 ×10⁹/L is not a possible neutrophil count; did you
    mean 1500/µL (1.5 ×10⁹/L)?" (code ``count_other_unit_<kind>``). Otherwise a value outside
    the plausible range is refused with the range (``count_range``)."""
    kind = next((k for k in count_kinds() if k.key == kind_key), None)
    if kind is None:
        return Problem("kind", "unknown_choice")
    if unit not in kind.units:
        return Problem("unit", "unknown_choice")
    if value != value or value < 0:  # NaN or negative
        return Problem(field, "count_negative")
    stored = to_stored(value, unit)
    if plausible(kind, stored):
        return None
    for other in kind.units:
        if other != unit and plausible(kind, to_stored(value, other)):
            return Problem(
                field,
                f"count_other_unit_{kind.key}",
                {
                    "entered": with_unit(value, unit),
                    "other": with_unit(value, other),
                    # the same amount in the unit the user chose
                    "converted": with_unit(from_stored(to_stored(value, other), unit), unit),
                },
            )
    return Problem(
        field,
        "count_range",
        {
            "min": with_unit(from_stored(kind.low, unit), unit),
            "max": with_unit(from_stored(kind.high, unit), unit),
        },
    )


# --- engraftment --------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """One recorded value: when (aware instant), in which zone the patient was, the value in
    the stored unit."""

    at: datetime
    zone: str
    value: float

    @property
    def day(self) -> date:
        return shown_in(self.at, self.zone).date()


@dataclass(frozen=True)
class Definition:
    kind: str
    at_least: float
    days: int
    transfusion_free_days: int
    definition: str
    source: str


@cache
def engraftment_definition(kind: str) -> Definition:
    """The cited definition for "neutrophils" or "platelets" (resources/blood_counts)."""
    d = _data()["engraftment"][kind]
    return Definition(
        kind=d["kind"],
        at_least=float(d["at_least"]),
        days=int(d["days"]),
        transfusion_free_days=int(d["transfusion_free_days"]),
        definition=d["definition"],
        source=d["source"],
    )


def transfusion_title(product: str) -> str:
    """ "Platelet transfusion": a kind of transfusion in English (resources/blood_counts)."""
    return str(_data()["transfusions"][product])


@cache
def neutropenia_threshold() -> float:
    """ANC below this (×10⁹/L) is neutropenia (IDSA, resources/blood_counts/counts.json)."""
    return float(_data()["neutropenia"]["below"])


def neutropenia_source() -> str:
    return str(_data()["neutropenia"]["source"])


def _lowest_per_day(counts: Iterable[Count]) -> dict[date, float]:
    lowest: dict[date, float] = {}
    for count in counts:
        day = count.day
        lowest[day] = min(lowest.get(day, count.value), count.value)
    return lowest


@dataclass(frozen=True)
class Engraftment:
    """Where a run of qualifying days reached the definition: the first day of the run, and
    the first count of its last day (the moment the definition was met)."""

    day: date
    met_at: datetime


def engraftment(
    counts: Sequence[Count],
    definition: Definition,
    *,
    since: datetime | None = None,
    transfusions: Sequence[datetime] = (),
    transfusion_zone: str = "UTC",
) -> Engraftment | None:
    """The first engraftment in ``counts`` after ``since`` by ``definition``, or None.

    Counting starts on the day after the first value below the threshold at or after
    ``since`` (the nadir); from there, the first run of ``definition.days`` consecutive
    calendar days, each with its lowest value at or above the threshold, gives the day.
    Platelets also need no transfusion from ``transfusion_free_days`` before the run's first
    day to its end (transfusion days in ``transfusion_zone``)."""
    considered = sorted((c for c in counts if since is None or c.at >= since), key=lambda c: c.at)
    nadir = next((c for c in considered if c.value < definition.at_least), None)
    if nadir is None:
        return None
    after = [c for c in considered if c.day > nadir.day]
    lowest = _lowest_per_day(after)
    transfused = {shown_in(t, transfusion_zone).date() for t in transfusions}
    one = timedelta(days=1)
    for first in sorted(lowest):
        run = [first + one * i for i in range(definition.days)]
        if not all(day in lowest and lowest[day] >= definition.at_least for day in run):
            continue
        free_from = first - one * definition.transfusion_free_days
        if definition.transfusion_free_days and any(
            free_from <= day <= run[-1] for day in transfused
        ):
            continue
        met_at = min(c.at for c in after if c.day == run[-1])
        return Engraftment(first, met_at)
    return None


def engraftment_day(
    counts: Sequence[Count], kind: str, *, since: datetime | None = None
) -> date | None:
    """The engraftment day of ``kind`` ("neutrophils" or "platelets"), local where the count
    was taken, or None: see ``engraftment``."""
    found = engraftment(counts, engraftment_definition(kind), since=since)
    return None if found is None else found.day


# --- the neutropenic period ------------------------------------------------------------------

Span = tuple[datetime, datetime | None]


def neutropenic_periods(
    *,
    starts: Iterable[datetime],
    neutrophils: Sequence[Count],
    recovered: Iterable[datetime] = (),
) -> tuple[Span, ...]:
    """The HSCT neutropenic periods, oldest first, as (start, end) aware instants; an end of
    None means still open.

    A period starts at the earliest of ``starts`` (the start of each conditioning item, and of
    each protective-isolation item, that is not cancelled: IDSA counts a patient whose
    neutrophils are expected to fall below 0.5 ×10⁹/L within 48 hours as neutropenic) and of the
    recorded ANC values below 0.5. It ends only at recorded neutrophil engraftment (the first
    count of the third qualifying day: ``engraftment``, counted from the period's nadir) or at
    the user's record that their team says the counts have recovered — never at a calendar
    item's end. After it ends, the next start or ANC below 0.5 opens a new period.
    """
    definition = engraftment_definition("neutrophils")
    below = neutropenia_threshold()
    openers = sorted(
        {*starts, *(c.at for c in neutrophils if c.value < below)},
    )
    said = sorted(recovered)
    periods: list[Span] = []
    cursor: datetime | None = None  # the end of the last period
    for opener in openers:
        if cursor is not None and opener <= cursor:
            continue
        if periods and periods[-1][1] is None:
            break
        ends: list[datetime] = []
        grafted = engraftment(neutrophils, definition, since=opener)
        if grafted is not None:
            ends.append(max(grafted.met_at, opener))
        ends.extend(t for t in said if t >= opener)
        end = min(ends) if ends else None
        periods.append((opener, end))
        if end is None:
            break
        cursor = end
    return tuple(periods)


def covering(periods: Sequence[Span]) -> tuple[tuple[datetime, datetime], ...]:
    """The periods as closed spans for the red-flag rules: an open period runs to the last
    instant there is, so the strict rule covers every reading after its start."""
    return tuple((start, LAST_INSTANT if end is None else end) for start, end in periods)


def in_period(at: datetime, periods: Sequence[Span]) -> bool:
    return any(start <= at and (end is None or at <= end) for start, end in periods)
