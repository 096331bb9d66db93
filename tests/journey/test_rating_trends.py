"""Rating trends: rolling average, baseline range, change from baseline, recent trend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey.rating_trends import (
    MIN_RATINGS,
    PeriodChange,
    Point,
    Trend,
    baseline_band,
    baseline_mean,
    baseline_values,
    change_from_baseline,
    rolling_average,
    shown,
    trend,
)

TORONTO = ZoneInfo("America/Toronto")
START = datetime(2026, 1, 5, 15, 0, tzinfo=UTC)
TREATMENT = date(2026, 3, 1)


def at_day(days: float) -> datetime:
    return START + timedelta(days=days)


def after_treatment(days: int, value: float) -> Point:
    """A rating at 12:00 Toronto time, ``days`` after the treatment date."""
    local = datetime(2026, 3, 1, 12, 0, tzinfo=TORONTO) + timedelta(days=days)
    return Point(local.astimezone(UTC), value, baseline=False)


BASELINE = [Point(at_day(0), 4.0, True), Point(at_day(7), 6.0, True)]  # mean 5, range 4–6


def test_rolling_average_over_the_trailing_four_weeks() -> None:
    points = [
        Point(at_day(14), 6.0, False),  # given out of order: sorted by time
        Point(at_day(0), 2.0, False),
        Point(at_day(7), 4.0, False),
        Point(at_day(35), 8.0, False),  # day 7 is exactly 28 days before: outside
    ]
    assert rolling_average(points) == [
        (at_day(0), 2.0),
        (at_day(7), 3.0),
        (at_day(14), 4.0),
        (at_day(35), 7.0),
    ]
    assert rolling_average(points, days=7) == [
        (at_day(0), 2.0),
        (at_day(7), 4.0),
        (at_day(14), 6.0),
        (at_day(35), 8.0),
    ]
    assert rolling_average([]) == []


def test_the_average_never_mixes_the_baseline_with_later_ratings() -> None:
    # The case: a baseline of 4s days before the treatment, then one rating of 1.
    points = [
        Point(at_day(0), 4.0, True),
        Point(at_day(3), 4.0, True),
        Point(at_day(6), 4.0, True),
        Point(at_day(11), 1.0, False),
        Point(at_day(12), 5.0, True),  # a baseline rating marked later still averages alone
    ]
    assert rolling_average(points) == [
        (at_day(0), 4.0),
        (at_day(3), 4.0),
        (at_day(6), 4.0),
        (at_day(11), 1.0),
        (at_day(12), 4.25),
    ]


def test_ratings_at_the_same_instant_count_together() -> None:
    points = [Point(at_day(0), 2.0, False), Point(at_day(0), 4.0, False)]
    assert rolling_average(points) == [(at_day(0), 3.0), (at_day(0), 3.0)]


def test_baseline_range_and_mean() -> None:
    points = [
        Point(at_day(14), 5.0, True),
        *BASELINE,
        Point(at_day(60), 9.0, False),
        Point(at_day(61), 1.0, False),
    ]
    assert baseline_values(points) == [4.0, 6.0, 5.0]
    assert baseline_band(points) == (4.0, 6.0)
    assert baseline_mean(points) == 5.0


def test_no_baseline() -> None:
    points = [Point(at_day(1), 3.0, False)]
    assert baseline_values(points) == []
    assert baseline_band(points) is None
    assert baseline_mean(points) is None
    assert baseline_band([Point(at_day(1), 3.0, True)]) == (3.0, 3.0)


def test_change_from_baseline_by_months_after_treatment() -> None:
    points = [
        *BASELINE,
        after_treatment(0, 7.0),
        after_treatment(91, 8.0),  # 2.99 months
        after_treatment(92, 3.0),  # 3.02 months
        after_treatment(366, 6.0),  # 12.02 months; nothing in months 6–12
        after_treatment(731, 5.5),  # 24.02 months
    ]
    assert change_from_baseline(points, TREATMENT, TORONTO) == [
        PeriodChange((0, 3), count=2, mean=7.5, change=2.5),
        PeriodChange((3, 6), count=1, mean=3.0, change=-2.0),
        PeriodChange((12, 24), count=1, mean=6.0, change=1.0),
        PeriodChange((24, None), count=1, mean=5.5, change=0.5),
    ]


def test_the_treatment_day_is_judged_in_the_users_zone() -> None:
    # 03:30 UTC on 1 March is still 28 February in Toronto; 05:30 UTC is 1 March there.
    before = Point(datetime(2026, 3, 1, 3, 30, tzinfo=UTC), 1.0, False)
    on_the_day = Point(datetime(2026, 3, 1, 5, 30, tzinfo=UTC), 9.0, False)
    changes = change_from_baseline([*BASELINE, before, on_the_day], TREATMENT, TORONTO)
    assert changes == [PeriodChange((0, 3), count=1, mean=9.0, change=4.0)]
    in_utc = change_from_baseline([*BASELINE, before, on_the_day], TREATMENT, ZoneInfo("UTC"))
    assert in_utc[0].count == 2


def test_change_without_a_baseline_is_none() -> None:
    changes = change_from_baseline([after_treatment(10, 6.0)], TREATMENT, TORONTO)
    assert changes == [PeriodChange((0, 3), count=1, mean=6.0, change=None)]
    assert change_from_baseline(BASELINE, TREATMENT, TORONTO) == []


TREND_BASELINE = [*BASELINE, Point(at_day(3), 5.0, True)]  # three ratings, mean 5


def recent_ratings(*values: float) -> list[Point]:
    """Three baseline ratings (mean 5), then ratings on days 100, 101, …; plus an old one
    (day 60, value 0) that lies more than four weeks before the latest and must not count."""
    old = Point(at_day(60), 0.0, False)
    return [*TREND_BASELINE, old, *(Point(at_day(100 + n), v, False) for n, v in enumerate(values))]


@pytest.mark.parametrize(
    ("values", "higher_is_better", "direction", "change"),
    [
        ((7.0, 8.0, 7.5), True, "better", 2.5),
        ((7.0, 8.0, 7.5), False, "worse", 2.5),
        ((3.0, 2.0, 2.5), True, "worse", -2.5),
        ((3.0, 2.0, 2.5), False, "better", -2.5),
        ((5.4, 5.4, 5.4), True, "same", 0.4),  # inside the dead band
        ((4.6, 4.6, 4.6), False, "same", -0.4),
        ((5.5, 5.5, 5.5), True, "better", 0.5),  # on its edge: counts as a change
        ((4.5, 4.5, 4.5), True, "worse", -0.5),
    ],
)
def test_trend_direction(
    values: tuple[float, ...], higher_is_better: bool, direction: str, change: float
) -> None:
    result = trend(recent_ratings(*values), higher_is_better)
    assert result.baseline == 5.0
    assert result.recent == pytest.approx(5.0 + change)
    assert result.change == pytest.approx(change)
    assert result.direction == direction
    assert (result.baseline_count, result.recent_count) == (3, 3)


def test_the_dead_band_can_be_widened() -> None:
    assert trend(recent_ratings(6.0, 6.0, 6.0), True).direction == "better"
    assert trend(recent_ratings(6.0, 6.0, 6.0), True, dead_band=1.5).direction == "same"


def test_trend_unknown() -> None:
    assert trend([], True) == Trend(None, None, None, "unknown")
    only_baseline = trend(TREND_BASELINE, True)
    assert only_baseline == Trend(5.0, None, None, "unknown", 3, 0)
    no_baseline = trend([Point(at_day(1), 7.0, False)], True)
    assert no_baseline == Trend(None, 7.0, None, "unknown", 0, 1)


@pytest.mark.parametrize(
    ("baseline", "recent", "compared"),
    [
        # (ratings in the baseline, in the last 4 weeks, whether a trend is said)
        (3, 1, False),
        (3, 2, False),
        (3, 3, True),
        (1, 3, False),
        (2, 3, False),
        (2, 2, False),
        (5, 4, True),
    ],
)
def test_a_trend_needs_three_ratings_in_each_window(
    baseline: int, recent: int, compared: bool
) -> None:
    points = [Point(at_day(n), 4.0, True) for n in range(baseline)]
    points += [Point(at_day(50 + n), 1.0, False) for n in range(recent)]
    result = trend(points, higher_is_better=True)
    assert (result.baseline_count, result.recent_count) == (baseline, recent)
    assert result.enough is compared
    assert result.baseline == 4.0
    assert result.recent == 1.0  # the means are there for the table; no comparison below 3
    if compared:
        assert (result.change, result.direction) == (-3.0, "worse")
    else:
        assert (result.change, result.direction) == (None, "unknown")
    assert MIN_RATINGS == 3


@pytest.mark.parametrize(
    ("baseline_values", "recent_values", "change", "direction"),
    [
        # The change is the difference of the means as shown (one decimal, halves up), so
        # "2.3, +0.5 against 1.8" adds up and is judged as it reads.
        ((1.8, 1.8, 1.8), (2.25, 2.25, 2.25), 0.5, "better"),  # 2.3 − 1.8, not 0.45
        ((2.0, 2.0, 2.0), (2.44, 2.44, 2.45), 0.4, "same"),  # 2.4433… shows 2.4
        ((1.0, 2.0, 2.0), (2.0, 2.0, 2.0), 0.3, "same"),  # 1.666… shows 1.7
    ],
)
def test_the_change_is_the_difference_of_the_shown_means(
    baseline_values: tuple[float, ...],
    recent_values: tuple[float, ...],
    change: float,
    direction: str,
) -> None:
    points = [Point(at_day(n), v, True) for n, v in enumerate(baseline_values)]
    points += [Point(at_day(50 + n), v, False) for n, v in enumerate(recent_values)]
    result = trend(points, higher_is_better=True)
    assert result.change == pytest.approx(change)
    assert result.direction == direction
    assert result.recent is not None
    assert result.baseline is not None
    assert shown(result.recent) - shown(result.baseline) == Decimal(str(change))


@given(
    st.lists(
        st.builds(
            Point, st.integers(0, 60).map(at_day), st.integers(0, 10).map(float), st.booleans()
        ),
        max_size=30,
    )
)
def test_the_recent_mean_is_the_newest_rows_four_week_average(points: list[Point]) -> None:
    """The headline's "last 4 weeks average" and the table's newest row are one number."""
    result = trend(points, higher_is_better=True)
    rolling = rolling_average(points)
    latest = max((p.at for p in points), default=None)
    if latest is not None and not any(p.baseline for p in points if p.at == latest):
        # Several ratings at the newest instant: each row shows the same average.
        assert result.recent == rolling[-1][1]


moments = st.integers(min_value=0, max_value=400 * 24 * 60).map(
    lambda minutes: START + timedelta(minutes=minutes)
)
values = st.floats(min_value=0, max_value=10, allow_nan=False)
point_lists = st.lists(st.builds(Point, moments, values, st.booleans()), max_size=60)


@given(point_lists, st.integers(min_value=1, max_value=120))
def test_rolling_average_stays_within_the_ratings(points: list[Point], days: int) -> None:
    averages = rolling_average(points, days)
    assert [when for when, _ in averages] == sorted(p.at for p in points)
    if points:
        low = min(p.value for p in points)
        high = max(p.value for p in points)
        assert all(low <= mean <= high for _, mean in averages)


@given(point_lists)
def test_the_baseline_band_holds_every_baseline_rating(points: list[Point]) -> None:
    band = baseline_band(points)
    own = [p.value for p in points if p.baseline]
    if not own:
        assert band is None
        return
    assert band is not None
    assert all(band[0] <= v <= band[1] for v in own)
    mean = baseline_mean(points)
    assert mean is not None
    assert band[0] <= mean <= band[1]
