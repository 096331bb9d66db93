"""A month at a glance (issue 19): what each day of a calendar month holds, pure.

Each day says its highest symptom severity, its temperatures at or above the fever threshold,
whether a quality-of-life rating was made, and its itinerary items, with the entries themselves
for the day's list. Logged moments (entries, ratings) are UTC instants: they fall on the day
where the user is (the journal's clock's zone, journey.whereabouts' one time rule). Itinerary
items are planned wall times and fall on the day they start where they happen (``Item.day``),
as the timeline shows them.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from journey.side_effects import _grades, shown_temperature
from journey.timekeeping import shown_in, to_instant


def fever_from_c() -> float:
    """Where fever starts: 38.0 °C, the lower bound of fever grade 1 (CTCAE v5.0, National
    Cancer Institute 2017; resources/side_effects/fever_grades.json)."""
    return float(min(grade["from_c"] for grade in _grades()))


@dataclass(frozen=True)
class SymptomNote:
    """One logged side effect on the day: ``at`` an aware instant."""

    id: int
    at: datetime
    zone: str
    symptom: str
    severity: int
    celsius: float | None
    route: str | None
    recorded_by: str


@dataclass(frozen=True)
class RatingNote:
    """One quality-of-life rating made on the day: (scale id, value) pairs as entered."""

    id: int
    at: datetime
    zone: str
    values: tuple[tuple[int, float], ...]
    recorded_by: str


@dataclass(frozen=True)
class ItemNote:
    """One itinerary item starting on the day, at its wall time where it happens."""

    id: int
    kind: str
    title: str
    start: datetime  # naive wall time in ``zone``
    zone: str
    status: str
    text_key: str | None = None  # laid out from a shipped text: shown in the user's language

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


@dataclass(frozen=True)
class MonthDay:
    """One day of the month and what it holds, each list in time order."""

    day: date
    symptoms: tuple[SymptomNote, ...] = ()
    ratings: tuple[RatingNote, ...] = ()
    items: tuple[ItemNote, ...] = ()
    fevers: tuple[SymptomNote, ...] = ()  # readings at or above the month's fever threshold

    @property
    def highest_severity(self) -> int | None:
        return max((s.severity for s in self.symptoms), default=None)

    @property
    def highest_celsius(self) -> float | None:
        """The highest temperature at or above the fever threshold (None: no fever)."""
        return max((s.celsius for s in self.fevers if s.celsius is not None), default=None)

    @property
    def rated(self) -> bool:
        return bool(self.ratings)

    @property
    def planned(self) -> tuple[ItemNote, ...]:
        """The items that still stand (not cancelled)."""
        return tuple(item for item in self.items if not item.cancelled)

    @property
    def empty(self) -> bool:
        return not (self.symptoms or self.ratings or self.items)


@dataclass(frozen=True)
class Month:
    """A calendar month seen from ``zone``: every day of it, the 1st first."""

    year: int
    month: int
    zone: str
    unit: str  # the unit temperatures are shown, and so compared, in ("C" or "F")
    fever_from_c: float
    days: tuple[MonthDay, ...]

    def on(self, day: date) -> MonthDay:
        return self.days[day.day - 1]


def month_days(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def instant_bounds(year: int, month: int, zone: str) -> tuple[datetime, datetime]:
    """UTC instants surely covering the month in ``zone``: a day more on each side, so that a
    midnight inside a daylight-saving change cannot leave a moment out. The days are sorted
    by their date in the zone afterwards (``gather``)."""
    first, last = month_days(year, month)
    since = to_instant(datetime.combine(first - timedelta(days=1), datetime.min.time()), zone)
    until = to_instant(datetime.combine(last + timedelta(days=2), datetime.min.time()), zone)
    return since, until


def is_fever(celsius: float | None, unit: str, threshold_c: float) -> bool:
    """At or above ``threshold_c`` as shown in the user's unit (37.99 °C reads 38.0 °C and
    counts), as the red-flag rules compare."""
    if celsius is None:
        return False
    return shown_temperature(celsius, unit) >= shown_temperature(threshold_c, unit)


def gather(
    year: int,
    month: int,
    zone: str,
    symptoms: Iterable[SymptomNote],
    ratings: Iterable[RatingNote],
    items: Iterable[ItemNote],
    *,
    unit: str = "C",
    threshold_c: float | None = None,
) -> Month:
    """Put each entry on its day of the month in ``zone`` (items on their own day, where they
    happen); entries on other days are left out."""
    threshold = fever_from_c() if threshold_c is None else threshold_c
    first, last = month_days(year, month)
    by_day: dict[date, tuple[list[SymptomNote], list[RatingNote], list[ItemNote]]] = {
        first + timedelta(days=n): ([], [], []) for n in range((last - first).days + 1)
    }
    for note in symptoms:
        found = by_day.get(shown_in(note.at, zone).date())
        if found is not None:
            found[0].append(note)
    for rating in ratings:
        found = by_day.get(shown_in(rating.at, zone).date())
        if found is not None:
            found[1].append(rating)
    for item in items:
        found = by_day.get(item.start.date())
        if found is not None:
            found[2].append(item)
    days = []
    for day, (day_symptoms, day_ratings, day_items) in by_day.items():
        day_symptoms.sort(key=lambda s: (s.at, s.id))
        day_ratings.sort(key=lambda r: (r.at, r.id))
        day_items.sort(key=lambda i: (to_instant(i.start, i.zone), i.id))
        fevers = tuple(s for s in day_symptoms if is_fever(s.celsius, unit, threshold))
        days.append(
            MonthDay(day, tuple(day_symptoms), tuple(day_ratings), tuple(day_items), fevers)
        )
    return Month(year, month, zone, unit, threshold, tuple(days))
