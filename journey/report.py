"""What the doctor's report holds for a date range (SPEC §2.8), gathered from the services.

No Qt and no wording here: ``ui.report.document`` turns this into translated text, tables and
charts.
The range is inclusive and read in the computer's zone (``Clock.zone``): entries logged from
``first`` 00:00 to the end of ``last`` there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from journey.rating_trends import (
    PeriodChange,
    Point,
    Trend,
    baseline_band,
    change_from_baseline,
    rolling_average,
    trend,
)
from journey.timekeeping import EARLIEST_DATE, LATEST_DATE, shown_in

if TYPE_CHECKING:
    from journey.aftercare import (
        DischargeDetails,
        EdssDetails,
        MedicationDetails,
        MriDetails,
        RatingSet,
        RelapseDetails,
        Scale,
    )
    from journey.dto import CompanionData, CourseData, ProfileData
    from journey.itinerary import DayNumbering, Item
    from journey.medications import Adherence
    from journey.neda import Neda3
    from journey.services import JournalServices
    from journey.services.side_effects import Entry
    from journey.side_effects import RedFlag, Unchecked


@dataclass(frozen=True)
class MonthSummary:
    """The ratings of one calendar month on one scale."""

    month: date  # the first of the month
    count: int
    mean: float
    low: float
    high: float


@dataclass(frozen=True)
class ScaleReport:
    """One scale: its points in the range, the baseline (from all ratings, wherever they fall),
    the 4-week average, the trend, change from baseline and a month-by-month table."""

    scale: Scale
    points: list[Point]  # in the range, oldest first
    rolling: list[tuple[datetime, float]]
    band: tuple[float, float] | None
    trend: Trend
    changes: list[PeriodChange]
    months: list[MonthSummary]


@dataclass(frozen=True)
class ReportData:
    first: date
    last: date
    made: datetime  # aware
    zone: str  # the computer's zone, where the range is read
    temperature_unit: str
    profile: ProfileData | None
    course: CourseData | None
    companion: CompanionData | None
    numbering: DayNumbering | None
    items: list[Item]
    entries: list[Entry]  # oldest first
    red_flags: list[tuple[RedFlag, datetime | None]]  # with when it was acknowledged
    red_flags_unchecked: tuple[Unchecked, ...]  # rules that could not be checked: say so
    scales: list[ScaleReport]  # shown scales with ratings in the range
    ratings: list[RatingSet]  # in the range, oldest first
    relapses: list[RelapseDetails]
    mris: list[MriDetails]
    edss: list[EdssDetails]
    medications: list[MedicationDetails]
    neda: Neda3
    discharge: DischargeDetails
    # Doses per medication with a schedule: taken on time, late, skipped, missed (journey.
    # medications: nothing recorded an hour after it was due), up to when the report is made.
    adherence: list[Adherence] = field(default_factory=list)

    @property
    def treatment(self) -> date | None:
        return self.course.treatment_start if self.course else None


def default_range(services: JournalServices) -> tuple[date, date]:
    """The last year to today, or from 90 days before the treatment start if that is earlier."""
    today = services.clock.today()
    course = services.course.get()
    first = today - timedelta(days=365)
    if course is not None:
        first = min(course.treatment_start - timedelta(days=90), first)
    return first, today


def month_summaries(points: list[Point], zone: ZoneInfo) -> list[MonthSummary]:
    by_month: dict[date, list[float]] = {}
    for point in points:
        day = shown_in(point.at, zone).date()
        by_month.setdefault(day.replace(day=1), []).append(point.value)
    return [
        MonthSummary(month, len(values), sum(values) / len(values), min(values), max(values))
        for month, values in sorted(by_month.items())
    ]


def gather(services: JournalServices, first: date, last: date) -> ReportData:
    """Everything the report shows for ``first``–``last`` (inclusive)."""
    clock = services.clock
    zone = ZoneInfo(clock.zone)
    # The entries are read within 1900–2200 (SPEC §4) whatever range is asked for: a date
    # typed as the year 1 or 9999 cannot be converted to UTC to read them.
    since = datetime.combine(max(first, EARLIEST_DATE), time(), tzinfo=zone)
    end = min(last, LATEST_DATE) + timedelta(days=1)
    until = datetime.combine(max(end, EARLIEST_DATE), time(), tzinfo=zone)
    course = services.course.get()
    treatment = course.treatment_start if course else None

    ratings = services.ratings
    all_ratings = ratings.ratings()
    series = ratings.series(all_ratings)
    scales = []
    for scale in ratings.scales(include_hidden=False):
        points = sorted(series.get(scale.id, []), key=lambda p: p.at)
        shown = [p for p in points if since <= p.at < until]
        if not shown:
            continue
        # The baseline comes from every baseline rating, even those before the range.
        relevant = [p for p in points if p.baseline or since <= p.at < until]
        scales.append(
            ScaleReport(
                scale=scale,
                points=shown,
                rolling=rolling_average(shown),
                band=baseline_band(points),
                trend=trend(relevant, scale.details.higher_is_better),
                changes=change_from_baseline(relevant, treatment, zone) if treatment else [],
                months=month_summaries(shown, zone),
            )
        )

    clinical = services.clinical
    checked = services.red_flags.check_period(since, until)
    return ReportData(
        first=first,
        last=last,
        made=clock.now(),
        zone=clock.zone,
        temperature_unit=services.settings.preferences().temperature_unit,
        profile=services.profile.get(),
        course=course,
        companion=services.companion.get(),
        numbering=services.itinerary.numbering(),
        items=services.itinerary.items(first, last),
        entries=services.side_effects.entries(since=since, until=until)[::-1],
        red_flags=[(f, checked.acknowledged.get((f.rule_key, f.entry_id))) for f in checked.flags],
        red_flags_unchecked=checked.unchecked,
        scales=scales,
        ratings=[r for r in all_ratings if since <= r.details.at < until],
        relapses=[
            r.details
            for r in clinical.relapses.all()
            if r.details.started <= last and (r.details.ended or r.details.started) >= first
        ],
        mris=[r.details for r in clinical.mris.all() if first <= r.details.on <= last],
        edss=[r.details for r in clinical.edss.all() if first <= r.details.on <= last],
        medications=[
            r.details
            for r in clinical.medications.all()
            if r.details.started <= last and (r.details.stopped or last) >= first
        ],
        neda=clinical.neda3(first, last),
        discharge=clinical.discharge(),
        adherence=clinical.doses.adherence(max(first, EARLIEST_DATE), min(last, LATEST_DATE)),
    )
