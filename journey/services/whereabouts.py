"""Where the user is, read from the journal (journey.whereabouts gives the rule).

The services' clock asks this for its zone on every "what day is it", so the plan is read when
the services are built and again after each write that changes the course, the itinerary or
the settings (the change feed says so, for this computer's writes and another computer's).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from journey.changes import Change, Service, writes
from journey.itinerary import FOLLOW_UP_KINDS, ItemDetails
from journey.models import ItineraryItem, TreatmentCourse
from journey.services.profile import course_dto
from journey.services.settings import store_value, stored_value
from journey.settings import HERE_ZONE
from journey.whereabouts import Here, Trip, here_at, trip_of

# What moves the plan or what the user said: the kept answer is read again after these.
_MOVES_IT = Change.PROFILE | Change.ITINERARY | Change.SETTINGS


class WhereaboutsService(Service):
    def __init__(self, session_factory: sessionmaker[Any], computer_zone: str) -> None:
        self._sessions = session_factory
        self._computer_zone = computer_zone
        self._kept: tuple[Trip | None, str] | None = None

    def forget(self, change: Change) -> None:
        """Read the plan again, now, if ``change`` may have moved it: the feed tells after the
        write committed, while no transaction of this thread is open. Read later, inside a
        write that stamps its zone, it would wait for that very write."""
        if change & _MOVES_IT:
            self._read()

    def _read(self) -> tuple[Trip | None, str]:
        with self._sessions() as session:
            course = session.scalars(select(TreatmentCourse)).first()
            trip = None
            if course is not None:
                # Only what the rule reads, as plain rows: a long itinerary costs little.
                rows = session.execute(
                    select(
                        ItineraryItem.kind,
                        ItineraryItem.start_local,
                        ItineraryItem.start_zone,
                        ItineraryItem.end_local,
                        ItineraryItem.end_zone,
                    ).where(
                        ItineraryItem.status != "cancelled",
                        ItineraryItem.kind.not_in(FOLLOW_UP_KINDS),
                    )
                )
                items = [
                    ItemDetails(kind, "", start, zone, end, end_zone)
                    for kind, start, zone, end, end_zone in rows
                ]
                trip = trip_of(course_dto(course), items)
            kept = (trip, stored_value(session, HERE_ZONE))
        self._kept = kept
        return kept

    def _plan(self) -> tuple[Trip | None, str]:
        return self._kept or self._read()

    def here(self, instant: datetime) -> Here:
        """Where the user is at ``instant``, and why."""
        trip, said = self._plan()
        return here_at(instant, trip, said, self._computer_zone)

    def zone_at(self, instant: datetime) -> str:
        return self.here(instant).zone

    def trip(self) -> Trip | None:
        return self._plan()[0]

    @writes(Change.SETTINGS)
    def say(self, zone: str) -> None:
        """The user is in ``zone`` (an IANA name) until they say otherwise; "" follows the
        plan again."""
        with self._sessions.begin() as session:
            store_value(session, HERE_ZONE, zone)
