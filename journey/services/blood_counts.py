"""Blood counts (issue 18): recording counts and transfusions, engraftment, and the neutropenic
period the strict HSCT fever rule follows (journey.blood_counts has the rules).

Values are entered in either unit of their kind and stored in one (×10⁹/L, g/L); a value that
is possible only in the other unit is refused with a question, never converted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from journey.blood_count_models import BloodCount, CountsRecovered, Transfusion
from journey.blood_counts import (
    KINDS,
    RECORDED_BY,
    SOURCE_MAX,
    Count,
    Definition,
    Engraftment,
    Span,
    count_kind,
    engraftment,
    engraftment_definition,
    neutropenic_periods,
    to_stored,
    value_problem,
)
from journey.changes import Change, Service, writes
from journey.errors import InvalidInput, Problem
from journey.models import ItineraryItem
from journey.timekeeping import Clock, date_problem, to_instant, zone_problem
from journey.validation import notes_problem, optional_text

# The itinerary items whose start opens a neutropenic period (resources/blood_counts).
NEUTROPENIA_START_KINDS = ("conditioning", "isolation")
PRODUCTS = ("platelets", "red_cells")
FUTURE_SLACK = timedelta(minutes=1)  # as for side-effect entries: a clock a little ahead


@dataclass(frozen=True)
class CountDetails:
    """A count as entered: ``value`` in ``unit`` (one of the kind's units), ``at`` an aware
    instant, ``zone`` where the patient was."""

    kind: str
    value: float
    unit: str
    at: datetime
    zone: str
    source: str = ""
    recorded_by: str = "patient"
    notes: str = ""


@dataclass(frozen=True)
class BloodCountEntry:
    """A stored count; ``value`` is in the kind's stored unit (×10⁹/L or g/L)."""

    id: int
    kind: str
    value: float
    at: datetime
    zone: str
    source: str
    recorded_by: str
    notes: str

    @property
    def details(self) -> CountDetails:
        """The entry as details in the stored unit (to edit it, or to restore it)."""
        return CountDetails(
            self.kind,
            self.value,
            count_kind(self.kind).stored_unit,
            self.at,
            self.zone,
            self.source,
            self.recorded_by,
            self.notes,
        )

    def as_count(self) -> Count:
        return Count(self.at, self.zone, self.value)


@dataclass(frozen=True)
class RecoveredRecord:
    """ "My team says my counts have recovered", recorded at ``at`` by ``recorded_by``."""

    id: int
    at: datetime
    zone: str
    recorded_by: str
    note: str


@dataclass(frozen=True)
class TransfusionRecord:
    id: int
    product: str
    at: datetime
    zone: str
    recorded_by: str
    notes: str


@dataclass(frozen=True)
class EngraftmentState:
    """Engraftment of one kind ("neutrophils" or "platelets") by its cited definition, counted
    from the start of the latest neutropenic period: ``found`` is None while not engrafted;
    ``latest`` is the newest count of that kind, if any."""

    kind: str
    found: Engraftment | None
    latest: BloodCountEntry | None
    definition: Definition


@dataclass(frozen=True)
class NeutropeniaState:
    """The neutropenic periods (oldest first; an end of None: still open), whether one is
    open now, and how the last one ended ("engraftment", "recovered" or None)."""

    periods: tuple[Span, ...]
    open_now: bool
    ended_by: str | None
    recovered: RecoveredRecord | None  # the record that ended the last period, if one did


def count_problems(details: CountDetails, now: datetime) -> list[Problem]:
    """Problems with a count as entered, each naming its field; ``now`` for "in the future"."""
    problems: list[Problem | None] = []
    if details.kind not in KINDS:
        problems.append(Problem("kind", "unknown_choice"))
    else:
        problems.append(value_problem("value", details.kind, details.value, details.unit))
    problems.append(optional_text("source", details.source, SOURCE_MAX))
    problems.append(notes_problem("notes", details.notes))
    if details.recorded_by not in RECORDED_BY:
        problems.append(Problem("recorded_by", "unknown_choice"))
    problems.append(_moment_problem("at", details.at, details.zone, now + FUTURE_SLACK))
    return [p for p in problems if p is not None]


def _moment_problem(field: str, at: datetime, zone: str, latest: datetime) -> Problem | None:
    if at.tzinfo is None:
        raise ValueError(f"{field} must be an aware instant")
    return (
        zone_problem("zone", zone)
        or date_problem(field, at)
        or (Problem(field, "time_in_future") if at > latest else None)
    )


def record_problems(
    at: datetime, zone: str, recorded_by: str, note: str, now: datetime
) -> list[Problem]:
    """Problems with a "counts have recovered" record or a transfusion."""
    problems: list[Problem | None] = [
        _moment_problem("at", at, zone, now + FUTURE_SLACK),
        notes_problem("note", note),
        None if recorded_by in RECORDED_BY else Problem("recorded_by", "unknown_choice"),
    ]
    return [p for p in problems if p is not None]


def _entry(row: BloodCount) -> BloodCountEntry:
    return BloodCountEntry(
        row.id, row.kind, row.value, row.at, row.zone, row.source, row.recorded_by, row.notes
    )


def _recovered(row: CountsRecovered) -> RecoveredRecord:
    return RecoveredRecord(row.id, row.at, row.zone, row.recorded_by, row.note)


def _transfusion(row: Transfusion) -> TransfusionRecord:
    return TransfusionRecord(row.id, row.product, row.at, row.zone, row.recorded_by, row.notes)


# --- what the neutropenic period is computed from (shared with the red-flag check) ----------


def neutrophil_counts(session: Session) -> list[Count]:
    rows = session.scalars(select(BloodCount).where(BloodCount.kind == "neutrophils"))
    return [Count(row.at, row.zone, row.value) for row in rows]


def recovered_instants(session: Session) -> list[datetime]:
    return list(session.scalars(select(CountsRecovered.at)))


def period_starts(
    items: Iterable[ItineraryItem], instant: Callable[[datetime, str], datetime] = to_instant
) -> list[datetime]:
    """The starts of the conditioning and protective-isolation items that are not cancelled.
    ``instant`` converts a wall time (the red-flag check passes its own)."""
    return [
        instant(item.start_local, item.start_zone)
        for item in items
        if item.kind in NEUTROPENIA_START_KINDS and item.status != "cancelled"
    ]


def periods_in(session: Session) -> tuple[Span, ...]:
    items = session.scalars(
        select(ItineraryItem).where(ItineraryItem.kind.in_(NEUTROPENIA_START_KINDS))
    ).all()
    return neutropenic_periods(
        starts=period_starts(items),
        neutrophils=neutrophil_counts(session),
        recovered=recovered_instants(session),
    )


class BloodCountService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    # --- counts -----------------------------------------------------------------------------

    def check(self, details: CountDetails) -> list[Problem]:
        return count_problems(details, self._clock.now())

    @writes(Change.BLOOD_COUNTS)
    def add(self, details: CountDetails) -> BloodCountEntry:
        self._refuse(self.check(details))
        with self._sessions.begin() as session:
            row = BloodCount()
            self._write(row, details)
            session.add(row)
            session.flush()
            return _entry(row)

    @writes(Change.BLOOD_COUNTS)
    def update(self, count_id: int, details: CountDetails) -> BloodCountEntry:
        self._refuse(self.check(details))
        with self._sessions.begin() as session:
            row = self._row(session, BloodCount, count_id)
            self._write(row, details)
            session.flush()
            return _entry(row)

    @writes(Change.BLOOD_COUNTS)
    def delete(self, count_id: int) -> BloodCountEntry:
        """Remove a count; returns it whole so ``restore`` can bring it back (undo)."""
        with self._sessions.begin() as session:
            row = self._row(session, BloodCount, count_id)
            entry = _entry(row)
            session.delete(row)
            return entry

    @writes(Change.BLOOD_COUNTS)
    def restore(self, entry: BloodCountEntry) -> BloodCountEntry:
        with self._sessions.begin() as session:
            free = session.get(BloodCount, entry.id) is None
            row = BloodCount(id=entry.id if free else None)
            self._write(row, entry.details)
            session.add(row)
            session.flush()
            return _entry(row)

    def counts(self, kind: str | None = None) -> list[BloodCountEntry]:
        """Counts, newest first; of one kind if given."""
        query = select(BloodCount).order_by(BloodCount.at.desc(), BloodCount.id.desc())
        if kind is not None:
            query = query.where(BloodCount.kind == kind)
        with self._sessions() as session:
            return [_entry(row) for row in session.scalars(query)]

    def latest(self) -> dict[str, BloodCountEntry]:
        """The newest count of each kind that has one, in the kinds' order."""
        newest: dict[str, BloodCountEntry] = {}
        for entry in self.counts():
            newest.setdefault(entry.kind, entry)
        return {kind: newest[kind] for kind in KINDS if kind in newest}

    @staticmethod
    def _write(row: BloodCount, details: CountDetails) -> None:
        row.kind = details.kind
        row.value = to_stored(details.value, details.unit)
        row.at = details.at
        row.zone = details.zone
        row.source = details.source.strip()
        row.recorded_by = details.recorded_by
        row.notes = details.notes

    # --- engraftment and the neutropenic period ---------------------------------------------

    def neutropenia(self) -> NeutropeniaState:
        with self._sessions() as session:
            periods = periods_in(session)
            recovered = [_recovered(r) for r in session.scalars(select(CountsRecovered))]
        now = self._clock.now()
        last = periods[-1] if periods else None
        open_now = any(start <= now and (end is None or now < end) for start, end in periods)
        ended = None if last is None or last[1] is None else last[1]
        by_record = next((r for r in recovered if ended is not None and r.at == ended), None)
        ended_by = None if ended is None else ("recovered" if by_record else "engraftment")
        return NeutropeniaState(periods, open_now, ended_by, by_record)

    def engraftment(self, kind: str) -> EngraftmentState:
        """Engraftment of "neutrophils" or "platelets", counted from the start of the latest
        neutropenic period (from the first count if there is none)."""
        definition = engraftment_definition(kind)
        counts = self.counts(kind)
        with self._sessions() as session:
            periods = periods_in(session)
        since = periods[-1][0] if periods else None
        transfusions = [t.at for t in self.transfusions() if t.product == kind]
        found = engraftment(
            [c.as_count() for c in counts],
            definition,
            since=since,
            transfusions=transfusions,
            transfusion_zone=self._clock.zone,
        )
        return EngraftmentState(kind, found, counts[0] if counts else None, definition)

    @writes(Change.BLOOD_COUNTS)
    def record_recovered(
        self, at: datetime, zone: str, recorded_by: str = "patient", note: str = ""
    ) -> RecoveredRecord:
        """Record "my team says my counts have recovered" at ``at``: it ends the neutropenic
        period open then."""
        self._refuse(record_problems(at, zone, recorded_by, note, self._clock.now()))
        with self._sessions.begin() as session:
            row = CountsRecovered(at=at, zone=zone, recorded_by=recorded_by, note=note)
            session.add(row)
            session.flush()
            return _recovered(row)

    @writes(Change.BLOOD_COUNTS)
    def delete_recovered(self, record_id: int) -> RecoveredRecord:
        with self._sessions.begin() as session:
            row = self._row(session, CountsRecovered, record_id)
            record = _recovered(row)
            session.delete(row)
            return record

    def recovered_records(self) -> list[RecoveredRecord]:
        with self._sessions() as session:
            rows = session.scalars(select(CountsRecovered).order_by(CountsRecovered.at))
            return [_recovered(row) for row in rows]

    # --- transfusions -----------------------------------------------------------------------

    @writes(Change.BLOOD_COUNTS)
    def add_transfusion(
        self,
        product: str,
        at: datetime,
        zone: str,
        recorded_by: str = "patient",
        notes: str = "",
    ) -> TransfusionRecord:
        self._refuse(self._transfusion_problems(product, at, zone, recorded_by, notes))
        with self._sessions.begin() as session:
            row = Transfusion(
                product=product, at=at, zone=zone, recorded_by=recorded_by, notes=notes
            )
            session.add(row)
            session.flush()
            return _transfusion(row)

    @writes(Change.BLOOD_COUNTS)
    def update_transfusion(self, record: TransfusionRecord) -> TransfusionRecord:
        """Store ``record``'s fields on the transfusion with its id (an edit)."""
        self._refuse(
            self._transfusion_problems(
                record.product, record.at, record.zone, record.recorded_by, record.notes
            )
        )
        with self._sessions.begin() as session:
            row = self._row(session, Transfusion, record.id)
            row.product, row.at, row.zone = record.product, record.at, record.zone
            row.recorded_by, row.notes = record.recorded_by, record.notes
            session.flush()
            return _transfusion(row)

    @writes(Change.BLOOD_COUNTS)
    def restore_transfusion(self, record: TransfusionRecord) -> TransfusionRecord:
        """Bring back a deleted transfusion (undo), under its old id when that is free."""
        with self._sessions.begin() as session:
            free = session.get(Transfusion, record.id) is None
            row = Transfusion(
                id=record.id if free else None,
                product=record.product,
                at=record.at,
                zone=record.zone,
                recorded_by=record.recorded_by,
                notes=record.notes,
            )
            session.add(row)
            session.flush()
            return _transfusion(row)

    @writes(Change.BLOOD_COUNTS)
    def delete_transfusion(self, transfusion_id: int) -> TransfusionRecord:
        with self._sessions.begin() as session:
            row = self._row(session, Transfusion, transfusion_id)
            record = _transfusion(row)
            session.delete(row)
            return record

    def transfusions(self) -> list[TransfusionRecord]:
        with self._sessions() as session:
            rows = session.scalars(select(Transfusion).order_by(Transfusion.at))
            return [_transfusion(row) for row in rows]

    # --- helpers ----------------------------------------------------------------------------

    def _transfusion_problems(
        self, product: str, at: datetime, zone: str, recorded_by: str, notes: str
    ) -> list[Problem]:
        problems = record_problems(at, zone, recorded_by, notes, self._clock.now())
        if product not in PRODUCTS:
            problems.insert(0, Problem("product", "unknown_choice"))
        return [replace(p, field="notes") if p.field == "note" else p for p in problems]

    @staticmethod
    def _refuse(problems: list[Problem]) -> None:
        if problems:
            raise InvalidInput(problems)

    @staticmethod
    def _row(session: Session, model: Any, row_id: int) -> Any:
        row = session.get(model, row_id)
        if row is None:
            raise InvalidInput([Problem("entry", "not_found")])
        return row


def day_of(entry: BloodCountEntry) -> date:
    """The calendar day a count was taken, where it was taken."""
    return entry.as_count().day
