"""Use cases, one service per area. Each takes a session factory and runs one unit of work
per call; each returns frozen DTOs and raises ``InvalidInput`` with nothing stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import sessionmaker

from journey.services.calendar import CalendarService
from journey.services.costs import ExpenseService
from journey.services.documents import DocumentService, DueDiligenceService
from journey.services.itinerary import ItineraryService
from journey.services.people import ContactService
from journey.services.profile import (
    CompanionService,
    CourseService,
    OnboardingService,
    ProfileService,
)
from journey.services.settings import SettingsService
from journey.timekeeping import Clock


def journal_folder(session_factory: sessionmaker[Any]) -> Path:
    """The journal's folder: the one its database file is in (attachments go there too)."""
    database = session_factory.kw["bind"].url.database
    return Path(database).resolve().parent


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
    contacts: ContactService
    documents: DocumentService
    due_diligence: DueDiligenceService
    expenses: ExpenseService
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
            contacts=ContactService(session_factory),
            documents=DocumentService(session_factory, journal_folder(session_factory)),
            due_diligence=DueDiligenceService(session_factory, clock),
            expenses=ExpenseService(session_factory),
            clock=clock,
        )


__all__ = [
    "CalendarService",
    "CompanionService",
    "ContactService",
    "CourseService",
    "DocumentService",
    "DueDiligenceService",
    "ExpenseService",
    "ItineraryService",
    "JournalServices",
    "OnboardingService",
    "ProfileService",
    "SettingsService",
]
