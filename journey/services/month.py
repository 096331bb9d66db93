"""A month at a glance, read from the journal: three queries a month (side effects, ratings,
itinerary items), however many days or entries it holds. Reads only; journey.month sorts the
entries onto their days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from journey import aftercare_models as m
from journey.changes import Service
from journey.models import ItineraryItem
from journey.month import (
    ItemNote,
    Month,
    RatingNote,
    SymptomNote,
    gather,
    instant_bounds,
    month_days,
)
from journey.services.settings import stored_value
from journey.settings import TEMPERATURE_UNIT
from journey.side_effect_models import SideEffectEntry, Symptom
from journey.timekeeping import Clock


class MonthService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def today(self) -> date:
        """Today where the user is (the clock's zone)."""
        return self._clock.today()

    def month(self, year: int, month: int, zone: str | None = None) -> Month:
        """Every day of ``month``, in ``zone`` (by default where the user is now)."""
        zone = zone or self._clock.zone
        since, until = instant_bounds(year, month, zone)
        first, last = month_days(year, month)
        with self._sessions() as session:
            unit = stored_value(session, TEMPERATURE_UNIT)
            # Columns, not ORM objects: a month of a busy journal is thousands of rows.
            entry = SideEffectEntry
            symptoms = [
                SymptomNote(*row)
                for row in session.execute(
                    select(
                        entry.id,
                        entry.at,
                        entry.zone,
                        Symptom.name,
                        entry.severity,
                        entry.temperature_c,
                        entry.temperature_route,
                        entry.recorded_by,
                    )
                    .join(Symptom)
                    .where(entry.at >= since, entry.at < until)
                )
            ]
            ratings: dict[int, RatingNote] = {}
            for set_id, at, where, recorded_by, scale_id, value in session.execute(
                select(
                    m.RatingSet.id,
                    m.RatingSet.at,
                    m.RatingSet.zone,
                    m.RatingSet.recorded_by,
                    m.Rating.scale_id,
                    m.Rating.value,
                )
                .outerjoin(m.Rating, m.Rating.set_id == m.RatingSet.id)
                .where(m.RatingSet.at >= since, m.RatingSet.at < until)
                .order_by(m.RatingSet.id, m.Rating.scale_id)
            ):
                rating = ratings.setdefault(set_id, RatingNote(set_id, at, where, (), recorded_by))
                if scale_id is not None:
                    ratings[set_id] = replace(rating, values=(*rating.values, (scale_id, value)))
            item = ItineraryItem
            items = [
                ItemNote(*row)
                for row in session.execute(
                    select(
                        item.id,
                        item.kind,
                        item.title,
                        item.start_local,
                        item.start_zone,
                        item.status,
                        item.text_key,
                    ).where(
                        item.start_local >= datetime.combine(first, datetime.min.time()),
                        item.start_local
                        < datetime.combine(last + timedelta(days=1), datetime.min.time()),
                    )
                )
            ]
        return gather(year, month, zone, symptoms, ratings.values(), items, unit=unit)
