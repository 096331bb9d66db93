"""What the doctor's report holds for a date range (SPEC §2.8), gathered from the services.

No Qt and no wording here: ``ui.report.document`` turns this into translated text, tables and
charts.
The range is inclusive and read in the computer's zone (``Clock.zone``): entries logged from
``first`` 00:00 to the end of ``last`` there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from journey.itinerary import FOLLOW_UP_KINDS
from journey.rating_trends import (
    PeriodChange,
    Point,
    Trend,
    baseline_band,
    change_from_baseline,
    rolling_average,
    trend,
)
from journey.side_effects import Reading, fever_grade, hours_above_40_at
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
    from journey.itinerary import DayNumbering, Item, ItemDetails
    from journey.medications import Adherence
    from journey.neda import Neda3
    from journey.services import JournalServices
    from journey.services.side_effects import Entry, Window
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
class LogDay:
    """One day of a long side-effect log, for the report's summary of it."""

    day: date
    entries: int
    symptoms: tuple[tuple[str, int], ...]  # the most logged (as shown) with their counts
    severity: int  # the highest
    celsius: float | None  # the highest temperature, if any was taken
    flagged: int  # entries that raised a red flag


def entry_reading(entry: Entry) -> Reading:
    details = entry.details
    return Reading(
        entry.id,
        details.at,
        entry.symptom_key,
        details.severity,
        details.celsius,
        details.zone,
        entry.watch_window_id,
    )


@dataclass(frozen=True)
class WindowFever:
    """The highest fever grade (CTCAE v5.0, journey.side_effects.fever_grade) of the readings
    logged in one watch window in the period; ``grade`` None: no reading reached grade 1."""

    title: str  # as stored when the window opened
    item: ItemDetails | None  # the item that opened it, whose title follows the language
    kind: str
    opened_at: datetime  # aware
    zone: str
    readings: int  # temperatures logged in the window in the period
    celsius: float | None  # the highest of them
    grade: int | None


@dataclass(frozen=True)
class Summary:
    """What page 1 of the report adds to the rest of ``ReportData``: figures derived from it
    (no new clinical rule: the grades are CTCAE's, the trends journey.rating_trends')."""

    red_flags_acknowledged: int
    fevers: list[WindowFever]  # one per watch window with a temperature, oldest first
    current_medications: list[MedicationDetails]  # still taken at the end of the period
    follow_ups: list[Item]  # planned follow-ups from the day the report is made, soonest first


FOLLOW_UPS_SHOWN = 3  # the next few; the timeline lists every item of the period
# A long side-effect log is summarised (issue 20): up to LOG_ROWS entries are listed one a
# row (some seven pages of the report's small print); a longer log is shown a day a row, and
# the CSV export (side_effects.csv) has every entry. Page limits, not clinical numbers.
LOG_ROWS = 300
LOG_DAYS = 366  # days of that summary shown, the latest; the earlier ones are in the CSV
RED_FLAG_ROWS = 50  # red flags listed, the latest; the CSV's red_flags column has them all
SYMPTOMS_A_DAY = 2  # the most logged symptoms a day's row names


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
    entries: list[Entry]  # oldest first; none when there are more than LOG_ROWS…
    entry_count: int  # …in the period: then the log is shown a day a row
    log_days: list[LogDay]  # oldest first, every day with an entry (none: entry by entry)
    red_flags: list[tuple[RedFlag, datetime | None]]  # with when it was acknowledged
    red_flags_unchecked: tuple[Unchecked, ...]  # rules that could not be checked: say so
    scales: list[ScaleReport]  # shown scales with ratings in the range
    ratings: list[RatingSet]  # in the range, oldest first
    relapses: list[RelapseDetails]
    mris: list[MriDetails]
    edss: list[EdssDetails]
    medications: list[MedicationDetails]
    # When a medicine taken until the neutrophils' recovery (stop_when) ended, by its name and
    # start: the report says so rather than "ongoing".
    medications_ended: dict[tuple[str, date], datetime]
    neda: Neda3
    discharge: DischargeDetails
    # Doses per medication with a schedule: taken on time, late, skipped, missed (journey.
    # medications: nothing recorded an hour after it was due), up to when the report is made.
    adherence: list[Adherence] = field(default_factory=list)
    summary: Summary = field(default_factory=lambda: Summary(0, [], [], []))

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


def window_fevers(
    rows: Sequence[Reading], windows: list[Window], items: dict[int, ItemDetails] | None = None
) -> list[WindowFever]:
    """The highest fever grade in each watch window, from ``rows`` (oldest first): a
    reading's grade as the CSV export gives it (how long it stayed above 40.0 °C tells grade 3
    from 4)."""
    above_40 = hours_above_40_at((r.at, r.celsius) for r in rows if r.celsius is not None)
    by_window: dict[int, list[tuple[float, int | None]]] = {}
    for row in rows:
        if row.celsius is None or row.watch_window_id is None:
            continue
        above = above_40[row.at] if row.celsius > 40.0 else 0.0
        by_window.setdefault(row.watch_window_id, []).append(
            (row.celsius, fever_grade(row.celsius, above))
        )
    fevers = []
    for window in sorted(windows, key=lambda w: w.opened_at):
        graded = by_window.get(window.id)
        if not graded:
            continue
        grades = [g for _, g in graded if g is not None]
        fevers.append(
            WindowFever(
                title=window.title,
                item=(items or {}).get(window.item_id) if window.item_id is not None else None,
                kind=window.kind,
                opened_at=window.opened_at,
                zone=window.zone,
                readings=len(graded),
                celsius=max(c for c, _ in graded),
                grade=max(grades) if grades else None,
            )
        )
    return fevers


def log_days(
    rows: Sequence[Reading], names: dict[str, str], zone: ZoneInfo, flagged: set[int]
) -> list[LogDay]:
    """``rows`` (oldest first) a day a row, in ``zone``: how many entries, the most logged
    symptoms, the highest severity and temperature, and how many raised a red flag."""
    days: list[LogDay] = []
    group: list[Reading] = []
    day: date | None = None
    ends = datetime.min.replace(tzinfo=UTC)  # the end of ``day``: one date per day, not row

    def close() -> None:
        if day is None or not group:
            return
        counts = Counter(row.symptom_key for row in group).most_common(SYMPTOMS_A_DAY)
        temperatures = [row.celsius for row in group if row.celsius is not None]
        days.append(
            LogDay(
                day=day,
                entries=len(group),
                symptoms=tuple((names.get(key, key), n) for key, n in counts),
                severity=max(row.severity for row in group),
                celsius=max(temperatures) if temperatures else None,
                flagged=sum(1 for row in group if row.entry_id in flagged),
            )
        )

    for row in rows:
        if row.at >= ends:
            close()
            group = []
            day = shown_in(row.at, zone).date()
            ends = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
        group.append(row)
    close()
    return days


def summarise(
    services: JournalServices,
    rows: Sequence[Reading],
    red_flags: list[tuple[RedFlag, datetime | None]],
    last: date,
    until: datetime,
) -> Summary:
    today = services.clock.today()
    # Taken at the end of the period (or now, if sooner), as the wallet card counts them:
    # started, not stopped, and not ended by the neutrophils' recovery (stop_when).
    end = min(services.clock.now(), until)
    current = [
        m.details
        for m in services.clinical.doses.medicines()
        if m.details.started <= last
        and (m.details.stopped is None or m.details.stopped > last)
        and (m.ends_at is None or m.ends_at > end)
    ]
    follow_ups = [
        item
        for item in services.itinerary.items(first=today)
        if item.details.kind in FOLLOW_UP_KINDS and item.details.status not in ("cancelled", "done")
    ]
    return Summary(
        red_flags_acknowledged=sum(1 for _, at in red_flags if at is not None),
        fevers=window_fevers(
            rows,
            services.watch_windows.windows(),
            {item.id: item.details for item in services.itinerary.items()},
        ),
        current_medications=current,
        follow_ups=follow_ups[:FOLLOW_UPS_SHOWN],
    )


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
    # The log entry by entry, or, when longer than LOG_ROWS, a day a row (issue 20); the
    # entries of a long one are read once, for the red flags too.
    side_effects = services.side_effects
    entries = side_effects.entries(since=since, until=until, limit=LOG_ROWS + 1)[::-1]
    if len(entries) <= LOG_ROWS:
        rows = [entry_reading(entry) for entry in entries]
        checked = services.red_flags.check_period(since, until)
    else:
        entries = []
        rows = side_effects.readings(since=since, until=until)
        checked = services.red_flags.check_period(since, until, rows)
    red_flags = [(f, checked.acknowledged.get((f.rule_key, f.entry_id))) for f in checked.flags]
    flagged = {f.entry_id for f in checked.flags}
    days = [] if entries else log_days(rows, side_effects.symptom_names(), zone, flagged)
    medications = [
        r.details
        for r in clinical.medications.all()
        if r.details.started <= last and (r.details.stopped or last) >= first
    ]
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
        entries=entries,
        entry_count=len(rows),
        log_days=days,
        red_flags=red_flags,
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
        medications=medications,
        medications_ended={
            (m.details.name, m.details.started): m.ends_at
            for m in clinical.doses.medicines()
            if m.ends_at is not None and m.details.stopped is None and m.ends_at <= clock.now()
        },
        neda=clinical.neda3(first, last),
        discharge=clinical.discharge(),
        adherence=clinical.doses.adherence(max(first, EARLIEST_DATE), min(last, LATEST_DATE)),
        summary=summarise(services, rows, red_flags, last, until),
    )
