"""Use cases, one service per area. Each takes a session factory and runs one unit of work
per call; each returns frozen DTOs and raises ``InvalidInput`` with nothing stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import sessionmaker

from journey.services.calendar import CalendarService
from journey.services.itinerary import ItineraryService
from journey.services.profile import (
    CompanionService,
    CourseService,
    OnboardingService,
    ProfileService,
)
from journey.services.settings import SettingsService
from journey.timekeeping import Clock


@dataclass(frozen=True)
class JournalServices:
    """Every service for one open journal, built once by the composition root."""

    profile: ProfileService
    course: CourseService
    companion: CompanionService
    onboarding: OnboardingService
    settings: SettingsService
    itinerary: ItineraryService
    calendar: CalendarService
    clock: Clock

    @classmethod
    def build(cls, session_factory: sessionmaker[Any], clock: Clock) -> JournalServices:
        return cls(
            profile=ProfileService(session_factory, clock),
            course=CourseService(session_factory, clock),
            companion=CompanionService(session_factory),
            onboarding=OnboardingService(session_factory, clock),
            settings=SettingsService(session_factory),
            itinerary=ItineraryService(session_factory, clock),
            calendar=CalendarService(session_factory, clock),
            clock=clock,
        )


__all__ = [
    "CalendarService",
    "CompanionService",
    "CourseService",
    "ItineraryService",
    "JournalServices",
    "OnboardingService",
    "ProfileService",
    "SettingsService",
]
