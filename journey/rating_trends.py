"""Arithmetic over one self-rating scale (SPEC §2.7): a rolling average, the baseline range,
the change from baseline in the months after treatment, and a recent trend in words.

These numbers describe the user's own ratings and nothing more: they are not a diagnosis or a
clinical measure, and "better" or "worse" only says which way the user's own numbers moved on
a scale where the user said which end is better. Pure standard-library Python. Means are not
rounded here (the UI formats them); a trend's change is the difference of the two means as
they are shown, to one decimal, so the sentence's numbers add up and its direction is judged
on what the user reads.

A trend needs at least ``MIN_RATINGS`` ratings in each window it compares: one rating is a
single day, not a trend, and two cannot show whether either was unusual. Three is Journey's
own floor (issue 18), not a clinical rule; below it the words say how many there are.

The 4-week average never mixes the baseline with later ratings: each rating is averaged with
the ratings of its own kind (baseline with baseline, later with later), so the newest row of
the table and the trend's "last 4 weeks" are the same number.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from journey.timekeeping import shown_in

ROLLING_DAYS = 28
RECENT_DAYS = 28
MIN_RATINGS = 3  # in each window a trend compares; see the module's docstring
SHOWN = Decimal("0.1")  # the precision means are shown at (ui.words.aftercare.one_decimal)
DAYS_PER_MONTH = 30.4375  # 365.25 / 12
# Months after treatment, as [start, end) bands; None = open-ended.
MONTH_BANDS: tuple[tuple[int, int | None], ...] = ((0, 3), (3, 6), (6, 12), (12, 24), (24, None))
Direction = Literal["better", "worse", "same", "unknown"]


@dataclass(frozen=True)
class Point:
    """One rating the user gave on one scale: when (an aware instant), the value, and whether
    it counts toward the user's baseline (their usual before treatment)."""

    at: datetime
    value: float
    baseline: bool


@dataclass(frozen=True)
class PeriodChange:
    """The user's ratings in one band of months after treatment: ``label_months`` (0, 3) is
    months 0–3, (24, None) is 24 onwards; ``change`` is their mean minus the baseline mean
    (None when there is no baseline)."""

    label_months: tuple[int, int | None]
    count: int
    mean: float
    change: float | None


@dataclass(frozen=True)
class Trend:
    """How the user's recent ratings compare with their own baseline. ``direction`` is
    "better", "worse", "same" (within the dead band) or "unknown" (no baseline, no recent
    ratings after it, or fewer than ``MIN_RATINGS`` in either: then ``change`` is None too).
    ``baseline_count`` and ``recent_count`` are how many ratings each mean is of."""

    baseline: float | None
    recent: float | None
    change: float | None
    direction: Direction
    baseline_count: int = 0
    recent_count: int = 0

    @property
    def enough(self) -> bool:
        """At least ``MIN_RATINGS`` ratings in the baseline and in the recent window."""
        return min(self.baseline_count, self.recent_count) >= MIN_RATINGS


def shown(value: float) -> Decimal:
    """``value`` as shown: to one decimal, halves away from zero (as Qt's QLocale formats
    the exact value of a float)."""
    return Decimal(value).quantize(SHOWN, rounding=ROUND_HALF_UP)


def _mean(values: Iterable[float]) -> float:
    # statistics.mean is exact (fractions), so a mean never leaves [min, max] by rounding.
    return float(statistics.mean(values))


def _before(at: datetime, span: timedelta) -> datetime | None:
    """``at − span``, or None when that is before the first date there is (a rating stored
    at the year 1): then nothing is earlier."""
    try:
        return at - span
    except OverflowError:
        return None


def _ordered(points: Iterable[Point]) -> list[Point]:
    return sorted(points, key=lambda p: p.at)


def rolling_average(
    points: Sequence[Point], days: int = ROLLING_DAYS
) -> list[tuple[datetime, float]]:
    """For each rating in time order, the mean of the user's ratings of the same kind
    (baseline or not) in the trailing window (at − ``days``, at]. Ratings at the same instant
    all count toward each other."""
    ordered = _ordered(points)
    span = timedelta(days=days)
    result: list[tuple[datetime, float]] = []
    start = 0
    for point in ordered:
        floor = _before(point.at, span)
        while floor is not None and ordered[start].at <= floor:
            start += 1
        window = [
            p.value for p in ordered[start:] if p.at <= point.at and p.baseline == point.baseline
        ]
        result.append((point.at, _mean(window)))
    return result


def baseline_values(points: Iterable[Point]) -> list[float]:
    """The values of the ratings that count toward the baseline, in time order."""
    return [p.value for p in _ordered(points) if p.baseline]


def baseline_band(points: Iterable[Point]) -> tuple[float, float] | None:
    """The lowest and highest baseline rating, or None without a baseline."""
    values = baseline_values(points)
    return (min(values), max(values)) if values else None


def baseline_mean(points: Iterable[Point]) -> float | None:
    """The mean of the baseline ratings, or None without a baseline."""
    values = baseline_values(points)
    return _mean(values) if values else None


def months_after(day: date, treatment: date) -> float:
    """Months (of 30.4375 days) from the treatment date to ``day``."""
    return (day - treatment).days / DAYS_PER_MONTH


def change_from_baseline(
    points: Sequence[Point], treatment: date, zone: ZoneInfo
) -> list[PeriodChange]:
    """The ratings dated (in ``zone``) on or after the treatment date, grouped into bands of
    months after treatment (0–3, 3–6, 6–12, 12–24, 24 onwards), each with its mean and that
    mean minus the baseline mean. Only bands holding ratings are returned, earliest first."""
    reference = baseline_mean(points)
    grouped: dict[tuple[int, int | None], list[float]] = {band: [] for band in MONTH_BANDS}
    for point in points:
        day = shown_in(point.at, zone).date()
        if day < treatment:
            continue
        months = months_after(day, treatment)
        for band in MONTH_BANDS:
            start, end = band
            if months >= start and (end is None or months < end):
                grouped[band].append(point.value)
                break
    changes = []
    for band, values in grouped.items():
        if not values:
            continue
        mean = _mean(values)
        changes.append(
            PeriodChange(
                label_months=band,
                count=len(values),
                mean=mean,
                change=None if reference is None else mean - reference,
            )
        )
    return changes


def trend(
    points: Sequence[Point],
    higher_is_better: bool,
    dead_band: float = 0.5,
    days: int = RECENT_DAYS,
) -> Trend:
    """The recent ratings against the baseline. ``recent`` is the mean of the ratings that do
    not count toward the baseline within the ``days`` up to the latest rating, inclusive
    (latest − days, latest] — the 4-week average of the newest rating when it is not a baseline
    one. With at least ``MIN_RATINGS`` ratings in each, ``change`` is the shown recent mean
    minus the shown baseline mean; a change smaller than ``dead_band`` either way is "same",
    otherwise "better" or "worse" as ``higher_is_better`` says for this scale."""
    own = baseline_values(points)
    reference = _mean(own) if own else None
    recent: float | None = None
    values: list[float] = []
    if points:
        latest = max(p.at for p in points)
        since = _before(latest, timedelta(days=days))
        values = [
            p.value
            for p in points
            if not p.baseline and (since is None or since < p.at) and p.at <= latest
        ]
        recent = _mean(values) if values else None
    counts = {"baseline_count": len(own), "recent_count": len(values)}
    if reference is None or recent is None or min(len(own), len(values)) < MIN_RATINGS:
        return Trend(reference, recent, None, "unknown", **counts)
    difference = shown(recent) - shown(reference)
    direction: Direction
    if abs(difference) < Decimal(str(dead_band)):
        direction = "same"
    elif (difference > 0) == higher_is_better:
        direction = "better"
    else:
        direction = "worse"
    return Trend(reference, recent, float(difference), direction, **counts)
