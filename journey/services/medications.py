"""Doses (issue 18, part 6): when each medicine's doses are due, recording each as taken,
taken late or skipped (by whom, when), the doses falling due for the reminders, adherence
over a period, and adding the prophylaxis a protocol's source lists once the user has
confirmed each with their team's dose. journey.medications has the rules.

Due times are in the zone the computer is in now (the clock's zone): a medicine taken at 08:00
is taken at 08:00 wherever the patient is. "Until neutrophils recover" ends where the blood-count
service says the neutropenic period ended (journey.services.blood_counts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from journey.aftercare import (
    MedicationDetails,
    confirmed_medication_problems,
    medication_from_columns,
)
from journey.aftercare_models import Medication, MedicationDose
from journey.changes import Change, Service, writes
from journey.errors import InvalidInput, Problem
from journey.medications import (
    Adherence,
    DoseRecord,
    DueTime,
    ProphylaxisOffer,
    adherence,
    due_times,
    missed_after,
    neutrophil_stop,
    prophylaxis_offer,
    record_problems,
)
from journey.models import TreatmentCourse
from journey.services.blood_counts import periods_in
from journey.timekeeping import Clock, shown_in


@dataclass(frozen=True)
class Medicine:
    """A medication with what the dose rules need: its id, details, and where it ends
    (``ends_at``: the end of the neutropenic period for "until neutrophils recover", when
    recorded)."""

    id: int
    details: MedicationDetails
    ends_at: datetime | None


@dataclass(frozen=True)
class DueDose:
    """One dose that is due (or, as needed, was taken): the medicine, its time and what was
    recorded for it, if anything."""

    medication_id: int
    name: str
    dose: str
    route: str
    due: DueTime
    record: DoseRecord | None

    def missed(self, now: datetime) -> bool:
        return self.record is None and now >= self.due.at + missed_after()


def dose_record(row: MedicationDose) -> DoseRecord:
    return DoseRecord(
        row.id,
        row.medication_id,
        row.due_local,
        row.due_zone,
        row.status,
        row.recorded_at,
        row.recorded_by,
    )


class DoseService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    # --- reading ------------------------------------------------------------------------------

    def _medicines(self, session: Session, medication_id: int | None = None) -> list[Medicine]:
        query = select(Medication).order_by(Medication.started, Medication.id)
        if medication_id is not None:
            query = query.where(Medication.id == medication_id)
        rows = [(row.id, medication_from_columns(row)) for row in session.scalars(query)]
        periods = None
        found = []
        for row_id, details in rows:
            ends_at = None
            if details.stop_when == "neutrophils":
                periods = periods_in(session) if periods is None else periods
                _, ends_at = neutrophil_stop(periods, details.started, self._clock.zone)
            found.append(Medicine(row_id, details, ends_at))
        return found

    def medicines(self) -> list[Medicine]:
        with self._sessions() as session:
            return self._medicines(session)

    def _records(self, session: Session, medication_id: int | None = None) -> list[DoseRecord]:
        query = select(MedicationDose).order_by(MedicationDose.due_local, MedicationDose.id)
        if medication_id is not None:
            query = query.where(MedicationDose.medication_id == medication_id)
        return [dose_record(row) for row in session.scalars(query)]

    def records(self, medication_id: int | None = None) -> list[DoseRecord]:
        """The recorded doses in time order; of one medication if given."""
        with self._sessions() as session:
            return self._records(session, medication_id)

    def _due(self, medicine: Medicine, first: date, last: date) -> list[DueTime]:
        d = medicine.details
        return due_times(
            d.dose_schedule,
            started=d.started,
            stopped=d.stopped,
            ends_at=medicine.ends_at,
            zone=self._clock.zone,
            first=first,
            last=last,
        )

    def doses(self, first: date, last: date) -> list[DueDose]:
        """Every dose due between the local dates ``first`` and ``last`` (inclusive), with
        what was recorded for each, in time order."""
        with self._sessions() as session:
            medicines = self._medicines(session)
            records = self._records(session)
        recorded = {(r.medication_id, r.due_local): r for r in records}
        found = [
            DueDose(
                m.id,
                m.details.name,
                m.details.dose,
                m.details.route,
                due,
                recorded.get((m.id, due.local)),
            )
            for m in medicines
            for due in self._due(m, first, last)
        ]
        return sorted(found, key=lambda d: (d.due.at, d.name, d.medication_id))

    def today(self) -> list[DueDose]:
        """The doses due today, where the computer is."""
        today = self._clock.today()
        return self.doses(today, today)

    def as_needed(self, day: date) -> list[Medicine]:
        """The as-needed medicines that run on ``day`` (for a "took a dose" button)."""
        return [
            m
            for m in self.medicines()
            if m.details.dose_schedule is not None
            and m.details.dose_schedule.kind == "as_needed"
            and m.details.started <= day
            and (m.details.stopped is None or day < m.details.stopped)
            and (m.ends_at is None or shown_in(m.ends_at, self._clock.zone).date() >= day)
        ]

    def falling_due(self, since: datetime, until: datetime) -> list[DueDose]:
        """The doses due after ``since`` and at or before ``until`` with nothing recorded:
        what a reminder tells of."""
        first = shown_in(since, self._clock.zone).date()
        last = shown_in(until, self._clock.zone).date()
        return [
            d for d in self.doses(first, last) if since < d.due.at <= until and d.record is None
        ]

    def adherence(self, first: date, last: date) -> list[Adherence]:
        """Per medication with a structured schedule, over the local dates ``first`` to
        ``last``: taken on time, late, skipped, missed (nothing recorded an hour after it was
        due) and pending, counted up to now. Medications with no dose in the period are left
        out."""
        now = self._clock.now()
        with self._sessions() as session:
            medicines = self._medicines(session)
            records = self._records(session)
        found = []
        for m in medicines:
            if m.details.dose_schedule is None:
                continue
            counted = adherence(
                m.id,
                m.details.name,
                m.details.dose,
                self._due(m, first, last),
                [r for r in records if r.medication_id == m.id],
                now,
                first,
                last,
            )
            if counted.due:
                found.append(counted)
        return found

    # --- recording a dose -----------------------------------------------------------------------

    def _check_due(
        self, session: Session, medication_id: int, due_local: datetime
    ) -> tuple[Medicine, list[Problem]]:
        medicines = self._medicines(session, medication_id)
        if not medicines:
            raise InvalidInput([Problem("medication", "not_found")])
        medicine = medicines[0]
        schedule = medicine.details.dose_schedule
        if schedule is None:
            return medicine, [Problem("due_local", "not_found")]
        if schedule.kind == "as_needed":
            taken = due_local.replace(tzinfo=None)
            now = shown_in(self._clock.now(), self._clock.zone).replace(tzinfo=None)
            late = now + timedelta(minutes=1)
            return medicine, [] if taken <= late else [Problem("due_local", "time_in_future")]
        day = due_local.date()
        due = {d.local for d in self._due(medicine, day, day)}
        return medicine, [] if due_local in due else [Problem("due_local", "not_found")]

    @writes(Change.CLINICAL)
    def record(
        self,
        medication_id: int,
        due_local: datetime,
        status: str,
        recorded_by: str = "patient",
        recorded_at: datetime | None = None,
    ) -> DoseRecord:
        """Record the dose of ``medication_id`` due at the wall time ``due_local`` (for an
        as-needed medicine: when it was taken) as taken, late or skipped, by ``recorded_by``,
        at ``recorded_at`` (now if not given; not in the future). Recording a dose again
        replaces what was recorded for it."""
        now = self._clock.now()
        recorded_at = now if recorded_at is None else recorded_at
        if recorded_at.tzinfo is None:
            raise ValueError("recorded_at must be an aware instant")
        problems = record_problems(status, recorded_by)
        if recorded_at > now + timedelta(minutes=1):
            problems.append(Problem("recorded_at", "time_in_future"))
        with self._sessions.begin() as session:
            _, more = self._check_due(session, medication_id, due_local)
            if problems or more:
                raise InvalidInput(problems + more)
            row = session.scalars(
                select(MedicationDose).where(
                    MedicationDose.medication_id == medication_id,
                    MedicationDose.due_local == due_local,
                )
            ).first() or MedicationDose(medication_id=medication_id, due_local=due_local)
            row.due_zone = self._clock.zone
            row.status = status
            row.recorded_at = recorded_at
            row.recorded_by = recorded_by
            session.add(row)
            session.flush()
            return dose_record(row)

    @writes(Change.CLINICAL)
    def clear(self, record_id: int) -> DoseRecord:
        """Remove what was recorded for a dose (an undo); returns it."""
        with self._sessions.begin() as session:
            row = session.get(MedicationDose, record_id)
            if row is None:
                raise InvalidInput([Problem("record", "not_found")])
            gone = dose_record(row)
            session.delete(row)
            return gone

    # --- the prophylaxis a protocol's source lists ----------------------------------------------

    def offer(self) -> ProphylaxisOffer | None:
        """What the journal's protocol's cited source lists (None for a protocol with none)."""
        with self._sessions() as session:
            protocol = session.scalars(select(TreatmentCourse.protocol)).first()
        return prophylaxis_offer(protocol)

    @staticmethod
    def check_confirmed(details: MedicationDetails) -> list[Problem]:
        return confirmed_medication_problems(details)

    @staticmethod
    def check_all_confirmed(confirmed: list[MedicationDetails]) -> list[Problem]:
        """The problems of each confirmed medicine, named ``<index>:<field>``."""
        return [
            Problem(f"{index}:{p.field}", p.code, p.params)
            for index, details in enumerate(confirmed)
            for p in confirmed_medication_problems(details)
        ]

    @writes(Change.CLINICAL)
    def add_confirmed(self, confirmed: list[MedicationDetails]) -> list[int]:
        """Add the medicines the user confirmed from the offer, each with the dose their team
        gave (required: the source's doses are never filled in). All or none: a problem with
        one refuses every one, its field named ``<index>:<field>``."""
        problems = self.check_all_confirmed(confirmed)
        if not confirmed:
            problems.append(Problem("medications", "required"))
        if problems:
            raise InvalidInput(problems)
        from journey.aftercare import medication_columns

        with self._sessions.begin() as session:
            rows = [Medication(**medication_columns(d)) for d in confirmed]
            session.add_all(rows)
            session.flush()
            return [row.id for row in rows]
