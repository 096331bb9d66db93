"""The patient, the treatment course and the companion: set up by onboarding, edited later."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from journey.changes import Change, Service, writes
from journey.dto import CompanionData, CourseData, ProfileData
from journey.errors import InvalidInput, Problem
from journey.models import Companion, ItineraryItem, Profile, TreatmentCourse
from journey.protocols import BUILT_IN, ProtocolTemplate, builtin_template, lay_out
from journey.services.itinerary import add_items, protocol_problems
from journey.services.people import phone_problem
from journey.timekeeping import Clock
from journey.trip_models import Contact
from journey.validation import companion_problems, course_problems, profile_problems


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise InvalidInput(problems)


def _profile_dto(row: Profile) -> ProfileData:
    return ProfileData(
        name=row.name,
        ms_type=row.ms_type,
        diagnosis_year=row.diagnosis_year,
        edss=row.edss,
        edss_date=row.edss_date,
        dmt_history=row.dmt_history,
        last_mri_date=row.last_mri_date,
        last_mri_findings=row.last_mri_findings,
        allergies=row.allergies,
        blood_type=row.blood_type,
    )


def course_dto(row: TreatmentCourse) -> CourseData:
    return CourseData(
        protocol=row.protocol,
        clinic_name=row.clinic_name,
        clinic_city=row.clinic_city,
        arrival_date=row.arrival_local.date(),
        arrival_time=row.arrival_local.time(),
        destination_zone=row.destination_zone,
        treatment_start=row.treatment_start,
        home_zone=row.home_zone,
        clinic_address=row.clinic_address,
    )


def _companion_dto(row: Companion) -> CompanionData:
    return CompanionData(name=row.name, phone=row.phone, email=row.email)


def _store_profile(session: Session, data: ProfileData, clock: Clock) -> None:
    row = session.scalars(select(Profile)).first() or Profile()
    row.name = data.name.strip()
    row.ms_type = data.ms_type
    row.diagnosis_year = data.diagnosis_year
    row.edss = data.edss
    row.edss_date = data.edss_date
    row.dmt_history = data.dmt_history
    row.last_mri_date = data.last_mri_date
    row.last_mri_findings = data.last_mri_findings
    row.allergies = data.allergies.strip()
    row.blood_type = data.blood_type
    row.updated_at = clock.now()
    row.updated_zone = clock.zone
    session.add(row)


def _store_course(session: Session, data: CourseData, clock: Clock) -> None:
    row = session.scalars(select(TreatmentCourse)).first() or TreatmentCourse()
    row.protocol = data.protocol
    row.clinic_name = data.clinic_name.strip()
    row.clinic_city = data.clinic_city.strip()
    row.arrival_local = datetime.combine(data.arrival_date, data.arrival_time)
    row.destination_zone = data.destination_zone
    row.treatment_start = data.treatment_start
    row.home_zone = data.home_zone
    row.clinic_address = data.clinic_address.strip()
    row.updated_at = clock.now()
    row.updated_zone = clock.zone
    session.add(row)


def _store_companion(session: Session, data: CompanionData | None) -> None:
    row = session.scalars(select(Companion)).first()
    if data is None:
        if row is not None:
            session.delete(row)
        return
    row = row or Companion()
    row.name = data.name.strip()
    row.phone = data.phone.strip()
    row.email = data.email.strip()
    session.add(row)


def _store_companion_contact(session: Session, data: CompanionData | None) -> None:
    """The companion named in the wizard, on People too (role companion), where the others
    look for a number (issue 19); not a second time if they are already there."""
    if data is None or not data.name.strip():
        return
    name = data.name.strip()
    companions = session.scalars(select(Contact).where(Contact.role == "companion")).all()
    if any(row.name.strip().casefold() == name.casefold() for row in companions):
        return
    session.add(
        Contact(
            name=name,
            role="companion",
            phone=data.phone.strip(),
            email=data.email.strip(),
            notes="",
        )
    )


def _store_clinic_line(session: Session, clinic: str, phone: str) -> None:
    """The clinic's 24-hour number as a contact (role clinic_24h, the clinic's name), unless
    none was given or the same number is already there."""
    phone = phone.strip()
    if not phone:
        return
    lines = session.scalars(select(Contact).where(Contact.role == "clinic_24h")).all()
    if any(row.phone.strip() == phone for row in lines):
        return
    session.add(Contact(name=clinic.strip(), role="clinic_24h", phone=phone, email="", notes=""))


class ProfileService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def check(self, data: ProfileData) -> list[Problem]:
        return profile_problems(data, self._clock.today())

    def get(self) -> ProfileData | None:
        with self._sessions() as session:
            row = session.scalars(select(Profile)).first()
            return None if row is None else _profile_dto(row)

    @writes(Change.PROFILE)
    def save(self, data: ProfileData) -> ProfileData:
        _raise_if(self.check(data))
        with self._sessions.begin() as session:
            _store_profile(session, data, self._clock)
        return data


class CourseService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def check(self, data: CourseData) -> list[Problem]:
        return course_problems(data)

    def get(self) -> CourseData | None:
        with self._sessions() as session:
            row = session.scalars(select(TreatmentCourse)).first()
            return None if row is None else course_dto(row)

    @writes(Change.PROFILE | Change.ITINERARY)
    def save(self, data: CourseData) -> CourseData:
        _raise_if(self.check(data))
        with self._sessions.begin() as session:
            _store_course(session, data, self._clock)
        return data


class CompanionService(Service):
    def __init__(self, session_factory: sessionmaker[Any]) -> None:
        self._sessions = session_factory

    def check(self, data: CompanionData) -> list[Problem]:
        return companion_problems(data)

    def get(self) -> CompanionData | None:
        with self._sessions() as session:
            row = session.scalars(select(Companion)).first()
            return None if row is None else _companion_dto(row)

    @writes(Change.PROFILE | Change.CONTACTS)
    def save(self, data: CompanionData | None) -> CompanionData | None:
        """Store the companion, or remove them with ``None`` (travelling alone)."""
        if data is not None:
            _raise_if(self.check(data))
        with self._sessions.begin() as session:
            _store_companion(session, data)
        return data


class OnboardingService(Service):
    """The first-run wizard's result, stored all together or not at all."""

    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def is_complete(self) -> bool:
        with self._sessions() as session:
            both = select(
                select(Profile.id).exists().label("profile"),
                select(TreatmentCourse.id).exists().label("course"),
            )
            profile, course = session.execute(both).one()
            return bool(profile and course)

    @writes(Change.EVERYTHING)
    def complete(
        self,
        profile: ProfileData,
        course: CourseData,
        companion: CompanionData | None,
        words: Callable[[ProtocolTemplate], ProtocolTemplate] = lambda template: template,
        clinic_phone: str = "",
    ) -> None:
        """Store the wizard's answers and, for a built-in protocol, lay out its timeline from
        the arrival date (everything stays editable). ``words`` gives the protocol's steps in
        the user's language (the UI translates; the data file is English). ``clinic_phone``,
        the clinic's 24-hour number when the person has it, becomes a contact with the role
        clinic_24h named after the clinic, stored with the rest or not at all."""
        problems = profile_problems(profile, self._clock.today()) + course_problems(course)
        if companion is not None:
            problems += companion_problems(companion)
        number = phone_problem("clinic_phone", clinic_phone)
        problems += [number] if number is not None else []
        _raise_if(problems)
        drafts = []
        if course.protocol in BUILT_IN:
            template = words(builtin_template(course.protocol))
            arrived = datetime.combine(course.arrival_date, course.arrival_time)
            drafts = lay_out(template, course.arrival_date, course.destination_zone, arrived)
            _raise_if(protocol_problems(drafts))
        with self._sessions.begin() as session:
            _store_profile(session, profile, self._clock)
            _store_course(session, course, self._clock)
            _store_companion(session, companion)
            _store_companion_contact(session, companion)
            _store_clinic_line(session, course.clinic_name, clinic_phone)
            if session.scalars(select(ItineraryItem.id)).first() is None:
                add_items(session, drafts, self._clock)  # never a second copy of the plan
