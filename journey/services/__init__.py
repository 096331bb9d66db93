"""Use cases, one service per area. Each takes a session factory and runs one unit of work
per call; each returns frozen DTOs and raises ``InvalidInput`` with nothing stored."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import sessionmaker

from journey.changes import Change, ChangeFeed, Service
from journey.services.folder import BackupService, EncryptionService, JournalInfo
from journey.services.itinerary import ItineraryService
from journey.services.profile import (
    CompanionService,
    CourseService,
    OnboardingService,
    ProfileService,
)
from journey.services.settings import DraftService, SettingsService
from journey.services.side_effects import RedFlagService, SideEffectService, WatchWindowService
from journey.services.whereabouts import WhereaboutsService
from journey.timekeeping import Clock

if TYPE_CHECKING:
    from journey.journal import Journal
    from journey.services.aftercare import ClinicalService, RatingService
    from journey.services.blood_counts import BloodCountService
    from journey.services.calendar import CalendarService
    from journey.services.costs import ExpenseService
    from journey.services.documents import DocumentService, DueDiligenceService
    from journey.services.exchange import ExchangeService
    from journey.services.people import ContactService
    from journey.services.publish import PublishingService
    from journey.sync.history import HistoryService
    from journey.sync.service import SharingService


def journal_info(session_factory: sessionmaker[Any]) -> JournalInfo:
    """Where a journal opened without the composition root lives (tests, benchmarks): read
    from its engine's URL. The app passes the JournalInfo it opened instead."""
    url = session_factory.kw["bind"].url
    password = url.password
    key = bytes.fromhex(password.removeprefix("x'").removesuffix("'")) if password else None
    database = str(url.database)
    read_only = url.query.get("mode") == "ro"
    if url.query.get("uri"):  # a read-only journal's file: URI (journey.db.make_engine)
        from urllib.parse import unquote, urlparse

        database = unquote(urlparse(database).path)
    return JournalInfo(Path(database).resolve().parent, key, read_only)


S = TypeVar("S", bound=Service)


@dataclass(frozen=True)
class JournalServices:
    """Every service for one open journal, built once by the composition root."""

    profile: ProfileService
    course: CourseService
    companion: CompanionService
    onboarding: OnboardingService
    settings: SettingsService
    itinerary: ItineraryService
    side_effects: SideEffectService
    watch_windows: WatchWindowService
    red_flags: RedFlagService
    whereabouts: WhereaboutsService  # where the user is: the zone of the clock below
    clock: Clock
    session_factory: sessionmaker[Any]
    journal: JournalInfo  # the folder (attachments, backups) and whether it is encrypted
    # Every write through these services is told here (journey.changes): the window listens.
    changes: ChangeFeed = field(default_factory=ChangeFeed)

    def __post_init__(self) -> None:
        for service in (
            self.profile,
            self.course,
            self.companion,
            self.onboarding,
            self.settings,
            self.itinerary,
            self.side_effects,
            self.watch_windows,
            self.red_flags,
            self.whereabouts,
        ):
            self._told(service)
        self.changes.subscribe(self.whereabouts.forget)
        self.whereabouts.forget(Change.EVERYTHING)

    def _told(self, service: S) -> S:
        service.feed = self.changes
        return service

    # Built on first use: the Today page, all that start-up shows, needs none of these, and
    # their modules (icalendar above all) would cost start-up time.

    @cached_property
    def ratings(self) -> RatingService:
        from journey.services.aftercare import RatingService

        return self._told(RatingService(self.session_factory, self.clock))

    @cached_property
    def clinical(self) -> ClinicalService:
        from journey.services.aftercare import ClinicalService

        return self._told(ClinicalService(self.session_factory, self.clock))

    @cached_property
    def blood_counts(self) -> BloodCountService:
        from journey.services.blood_counts import BloodCountService

        return self._told(BloodCountService(self.session_factory, self.clock))

    @cached_property
    def calendar(self) -> CalendarService:
        from journey.services.calendar import CalendarService

        return self._told(CalendarService(self.session_factory, self.clock))

    @cached_property
    def contacts(self) -> ContactService:
        from journey.services.people import ContactService

        return self._told(ContactService(self.session_factory))

    @cached_property
    def documents(self) -> DocumentService:
        from journey.services.documents import DocumentService

        return self._told(DocumentService(self.session_factory, self.journal.folder))

    @cached_property
    def due_diligence(self) -> DueDiligenceService:
        from journey.services.documents import DueDiligenceService

        return self._told(DueDiligenceService(self.session_factory, self.clock))

    @cached_property
    def drafts(self) -> DraftService:
        return DraftService(self.session_factory)

    @cached_property
    def backups(self) -> BackupService:
        return BackupService(self.journal)

    @cached_property
    def encryption(self) -> EncryptionService:
        return EncryptionService(self.journal)

    @cached_property
    def exchange(self) -> ExchangeService:
        from journey.services.exchange import ExchangeService

        return self._told(ExchangeService(self.session_factory, self))

    @cached_property
    def sharing(self) -> SharingService:
        """Sharing this journey with another computer through a synced folder (issue 16)."""
        from journey.sync.service import SharingService

        return self._told(SharingService(self.session_factory, journal_folder=self.journal.folder))

    @cached_property
    def history(self) -> HistoryService:
        """Changed on both computers — choose; recently deleted (journey.sync.history)."""
        from journey.sync.history import HistoryService

        return self._told(HistoryService(self.session_factory))

    @cached_property
    def publishing(self) -> PublishingService:
        """The itinerary on the user's own calendar server (issue 17), opt-in."""
        from journey.services.publish import PublishingService

        return self._told(PublishingService(self.session_factory, self.clock))

    @cached_property
    def expenses(self) -> ExpenseService:
        from journey.services.costs import ExpenseService

        return self._told(ExpenseService(self.session_factory))

    @classmethod
    def of(cls, journal: Journal, clock: Clock) -> JournalServices:
        """The services of a journal the composition root has opened."""
        info = JournalInfo(journal.folder, journal.key, journal.read_only)
        return cls.build(journal.session_factory, clock, info)

    @classmethod
    def build(
        cls,
        session_factory: sessionmaker[Any],
        clock: Clock,
        journal: JournalInfo | None = None,
    ) -> JournalServices:
        # One time rule (journey.whereabouts): every service counts days where the user is.
        whereabouts = WhereaboutsService(session_factory, clock.computer_zone)
        clock = replace(clock, here=whereabouts.zone_at)
        return cls(
            profile=ProfileService(session_factory, clock),
            course=CourseService(session_factory, clock),
            companion=CompanionService(session_factory),
            onboarding=OnboardingService(session_factory, clock),
            settings=SettingsService(session_factory),
            itinerary=ItineraryService(session_factory, clock),
            side_effects=SideEffectService(session_factory, clock),
            watch_windows=WatchWindowService(session_factory, clock),
            red_flags=RedFlagService(session_factory, clock),
            whereabouts=whereabouts,
            clock=clock,
            session_factory=session_factory,
            journal=journal or journal_info(session_factory),
        )


__all__ = [
    "CompanionService",
    "CourseService",
    "ItineraryService",
    "JournalInfo",
    "JournalServices",
    "OnboardingService",
    "ProfileService",
    "RedFlagService",
    "SettingsService",
    "SideEffectService",
    "WatchWindowService",
]
