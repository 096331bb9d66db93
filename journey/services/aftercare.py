"""Aftercare: self-ratings against the baseline, clinical events, medications, the discharge
packet, NEDA-3 and the follow-up plan (SPEC §2.6–2.7)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from journey import aftercare_models as m
from journey.aftercare import (
    CADENCES,
    DischargeDetails,
    EdssDetails,
    FollowUpStart,
    MedicationDetails,
    MriDetails,
    RatingDetails,
    RatingSet,
    RatingStatus,
    RelapseDetails,
    Scale,
    ScaleDetails,
    add_months,
    baseline_ids,
    built_in_scales,
    discharge_problems,
    edss_report_problems,
    follow_up_plan,
    follow_up_start,
    local_date,
    medication_columns,
    medication_from_columns,
    medication_problems,
    mri_problems,
    rating_problems,
    rating_status,
    relapse_problems,
    scale_key,
    scale_problems,
)
from journey.changes import Change, ChangeFeed, Service, writes
from journey.errors import InvalidInput, Problem
from journey.itinerary import FOLLOW_UP_KINDS, INFUSION_KINDS, Item, ItemDetails
from journey.medications import DoseRecord
from journey.models import ItineraryItem, Profile, TreatmentCourse
from journey.services.medications import DoseService, dose_record
from journey.services.settings import store_value, stored_value
from journey.settings import RATING_CADENCE
from journey.timekeeping import Clock, later_day, showable

if TYPE_CHECKING:  # Today reads ratings and reminders; NEDA and trends load when first used
    from journey.neda import EdssFact, Neda3
    from journey.rating_trends import Point

FOLLOW_UP_HOUR = time(9, 0)  # a reminder's time of day: the morning


@dataclass(frozen=True)
class NedaPeriod:
    """The NEDA-3 period the Aftercare page starts with, and why it starts where it does.

    ``basis``: "rebaseline" (HSCT: from the re-baseline MRI, about 6 months after day 0),
    "before_rebaseline" (HSCT before that day: from day 0, or the treatment start),
    "treatment_start" (other protocols) or "last_year" (no treatment yet, or it is ahead).
    ``counted_from`` is where HSCT's months are counted from (day 0, or the treatment start
    when the timeline has no reinfusion); ``rebaseline_on`` the re-baseline MRI's date, or the
    day it is due when none is recorded (``rebaseline_recorded`` says which)."""

    start: date
    end: date
    basis: str
    counted_from: FollowUpStart | None = None
    rebaseline_on: date | None = None
    rebaseline_recorded: bool = False


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise InvalidInput(problems)


def _treatment_start(session: Session) -> date | None:
    return session.scalars(select(TreatmentCourse.treatment_start)).first()


def _scale(row: m.RatingScale) -> Scale:
    shipped = built_in_scales().get(row.key) if row.built_in else None
    return Scale(
        id=row.id,
        key=row.key,
        details=ScaleDetails(
            name=shipped.name if shipped else row.name,
            low=row.low,
            high=row.high,
            higher_is_better=row.higher_is_better,
            note=row.note,
        ),
        built_in=row.built_in,
        hidden=row.hidden,
        position=row.position,
        low_words=shipped.low_words if shipped else "",
        high_words=shipped.high_words if shipped else "",
    )


class RatingService(Service):
    """The scales, the ratings, the baseline and when the next rating is due."""

    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    # --- scales ---------------------------------------------------------------------------

    def scales(self, include_hidden: bool = True) -> list[Scale]:
        """In the form's order: the built-in scales, then the user's own as added."""
        with self._sessions() as session:
            query = select(m.RatingScale).order_by(m.RatingScale.position, m.RatingScale.id)
            if not include_hidden:
                query = query.where(m.RatingScale.hidden.is_(False))
            return [_scale(row) for row in session.scalars(query)]

    def _taken(self, session: Session, except_id: int | None = None) -> list[str]:
        rows = session.scalars(select(m.RatingScale).where(m.RatingScale.id != (except_id or -1)))
        return [name for row in rows for name in (row.key, _scale(row).name)]

    def check_scale(self, details: ScaleDetails, scale_id: int | None = None) -> list[Problem]:
        with self._sessions() as session:
            return scale_problems(details, self._taken(session, scale_id))

    @writes(Change.RATINGS)
    def add_scale(self, details: ScaleDetails) -> Scale:
        with self._sessions.begin() as session:
            _raise_if(scale_problems(details, self._taken(session)))
            position = session.scalar(select(func.max(m.RatingScale.position))) or 0
            row = m.RatingScale(key=scale_key(details.name), built_in=False, hidden=False)
            row.position = position + 1
            _write_scale(row, details)
            session.add(row)
            session.flush()
            return _scale(row)

    @writes(Change.RATINGS)
    def update_scale(self, scale_id: int, details: ScaleDetails) -> Scale:
        """Change a custom scale. Its range may not leave out a value already recorded."""
        with self._sessions.begin() as session:
            row = _get(session, m.RatingScale, scale_id, "scale")
            if row.built_in:
                raise InvalidInput([Problem("name", "built_in_scale")])
            problems = scale_problems(details, self._taken(session, scale_id))
            stored = session.execute(
                select(func.min(m.Rating.value), func.max(m.Rating.value)).where(
                    m.Rating.scale_id == scale_id
                )
            ).one()
            if stored[0] is not None and not problems:
                if stored[0] < details.low:
                    problems.append(Problem("low", "range_leaves_out", {"value": stored[0]}))
                if stored[1] > details.high:
                    problems.append(Problem("high", "range_leaves_out", {"value": stored[1]}))
            _raise_if(problems)
            row.key = scale_key(details.name)
            _write_scale(row, details)
            session.flush()
            return _scale(row)

    @writes(Change.RATINGS)
    def set_hidden(self, scale_id: int, hidden: bool) -> Scale:
        """Hide a scale from the form and the charts (its ratings stay), or show it again."""
        with self._sessions.begin() as session:
            row = _get(session, m.RatingScale, scale_id, "scale")
            row.hidden = hidden
            return _scale(row)

    # --- ratings --------------------------------------------------------------------------

    def check(self, details: RatingDetails) -> list[Problem]:
        return rating_problems(details, {s.id: s for s in self.scales()}, self._clock.now())

    @writes(Change.RATINGS)
    def record(self, details: RatingDetails) -> RatingSet:
        """Store one filled-in form; every value is checked against its scale first."""
        _raise_if(self.check(details))
        with self._sessions.begin() as session:
            row = m.RatingSet()
            _write_set(session, row, details)
            session.add(row)
            session.flush()
            set_id = row.id
        return self.get(set_id)

    @writes(Change.RATINGS)
    def update(self, set_id: int, details: RatingDetails) -> RatingSet:
        _raise_if(self.check(details))
        with self._sessions.begin() as session:
            row = _get(session, m.RatingSet, set_id, "rating")
            _write_set(session, row, details)
        return self.get(set_id)

    @writes(Change.RATINGS)
    def delete(self, set_id: int) -> RatingSet:
        """Remove a rating; returns it whole so ``restore`` can bring it back (undo)."""
        gone = self.get(set_id)
        with self._sessions.begin() as session:
            session.delete(_get(session, m.RatingSet, set_id, "rating"))
        return gone

    @writes(Change.RATINGS)
    def restore(self, rating: RatingSet) -> RatingSet:
        _raise_if(self.check(rating.details))
        with self._sessions.begin() as session:
            row = m.RatingSet(id=rating.id)
            _write_set(session, row, rating.details)
            session.add(row)
        return self.get(rating.id)

    @writes(Change.RATINGS)
    def mark_baseline(self, set_id: int, baseline: bool | None) -> RatingSet:
        """True or False: the user's explicit choice; None: by date again."""
        with self._sessions.begin() as session:
            _get(session, m.RatingSet, set_id, "rating").baseline = baseline
        return self.get(set_id)

    def get(self, set_id: int) -> RatingSet:
        """One rating (read alone: saving one in a journal of years stays quick)."""
        with self._sessions() as session:
            row = _get(session, m.RatingSet, set_id, "rating")
            values = session.execute(
                select(m.Rating.scale_id, m.Rating.value)
                .where(m.Rating.set_id == set_id)
                .order_by(m.Rating.scale_id)
            ).all()
            marked = session.scalar(select(func.count()).where(m.RatingSet.baseline.is_(True)))
            start = _treatment_start(session)
            if marked:
                is_baseline = row.baseline is True
            else:
                is_baseline = row.id in baseline_ids(
                    [(row.id, row.at, row.zone, row.baseline)], start
                )
            details = RatingDetails(
                at=row.at,
                zone=row.zone,
                values=tuple((scale_id, value) for scale_id, value in values),
                recorded_by=row.recorded_by,
                notes=row.notes,
                baseline=row.baseline,
            )
            return RatingSet(id=row.id, details=details, is_baseline=is_baseline)

    def ratings(self, first: date | None = None, last: date | None = None) -> list[RatingSet]:
        """Every rating in time order, each knowing whether it counts as baseline; optionally
        those made between two local dates (inclusive)."""
        with self._sessions() as session:
            rows = session.scalars(select(m.RatingSet).order_by(m.RatingSet.at, m.RatingSet.id))
            sets = list(rows)
            values: dict[int, list[tuple[int, float]]] = {}
            for set_id, scale_id, value in session.execute(
                select(m.Rating.set_id, m.Rating.scale_id, m.Rating.value).order_by(
                    m.Rating.set_id, m.Rating.scale_id
                )
            ):
                values.setdefault(set_id, []).append((scale_id, value))
            baseline = baseline_ids(
                ((r.id, r.at, r.zone, r.baseline) for r in sets), _treatment_start(session)
            )
        result = [
            RatingSet(
                id=r.id,
                details=RatingDetails(
                    at=r.at,
                    zone=r.zone,
                    values=tuple(values.get(r.id, ())),
                    recorded_by=r.recorded_by,
                    notes=r.notes,
                    baseline=r.baseline,
                ),
                is_baseline=r.id in baseline,
            )
            for r in sets
        ]
        return [
            r
            for r in result
            if (first is None or local_date(r.details.at, r.details.zone) >= first)
            and (last is None or local_date(r.details.at, r.details.zone) <= last)
        ]

    def series(self, ratings: list[RatingSet] | None = None) -> dict[int, list[Point]]:
        """Each scale's points over time (scale id → points), baseline ones flagged. A rating
        stored at the very ends of Python's dates anyway (written past the checks) is placed a
        day inside them, where a chart can show it in any zone."""
        from journey.rating_trends import Point

        result: dict[int, list[Point]] = {}
        for rating in self.ratings() if ratings is None else ratings:
            at = showable(rating.details.at)
            for scale_id, value in rating.details.values:
                point = Point(at, value, rating.is_baseline)
                result.setdefault(scale_id, []).append(point)
        return result

    # --- schedule -------------------------------------------------------------------------

    def cadence(self) -> str:
        with self._sessions() as session:
            return stored_value(session, RATING_CADENCE)

    @writes(Change.RATINGS)
    def set_cadence(self, cadence: str) -> None:
        if cadence not in CADENCES:
            raise InvalidInput([Problem("cadence", "unknown_choice")])
        with self._sessions.begin() as session:
            store_value(session, RATING_CADENCE, cadence)

    def status(self) -> RatingStatus:
        """Whether a rating is due today, and whether a baseline is still wanted."""
        today = self._clock.today()
        with self._sessions() as session:
            start = _treatment_start(session)
            newest = session.execute(
                select(m.RatingSet.at, m.RatingSet.zone).order_by(m.RatingSet.at.desc()).limit(1)
            ).first()
            has_baseline = start is not None and _has_baseline(session, start)
        last = local_date(newest.at, newest.zone) if newest else None
        return rating_status(today, self.cadence(), last, has_baseline, start)


def _has_baseline(session: Session, start: date) -> bool:
    """A rating marked as baseline, or one made before the treatment start and not marked
    otherwise. Any zone is less than a day from UTC, so a day's margin finds every candidate."""
    if session.scalar(select(func.count()).where(m.RatingSet.baseline.is_(True))):
        return True
    bound = datetime.combine(later_day(start, timedelta(days=1)), time(), tzinfo=UTC)
    candidates = session.scalars(select(m.RatingSet).where(m.RatingSet.at < bound))
    return any(r.baseline is None and local_date(r.at, r.zone) < start for r in candidates)


def _write_scale(row: m.RatingScale, details: ScaleDetails) -> None:
    row.name = " ".join(details.name.split())
    row.low = float(details.low)
    row.high = float(details.high)
    row.higher_is_better = details.higher_is_better
    row.note = details.note


def _write_set(session: Session, row: m.RatingSet, details: RatingDetails) -> None:
    row.at = details.at
    row.zone = details.zone
    row.recorded_by = details.recorded_by
    row.notes = details.notes
    row.baseline = details.baseline
    session.add(row)
    session.flush()
    # Each scale's value changed in place, so that an edit travels as one (issue 16).
    kept = {
        r.scale_id: r for r in session.scalars(select(m.Rating).where(m.Rating.set_id == row.id))
    }
    wanted = {scale_id: float(value) for scale_id, value in details.values}
    for scale_id, rating in kept.items():
        if scale_id not in wanted:
            session.delete(rating)
        elif rating.value != wanted[scale_id]:
            rating.value = wanted[scale_id]
    session.add_all(
        m.Rating(set_id=row.id, scale_id=scale_id, value=value)
        for scale_id, value in wanted.items()
        if scale_id not in kept
    )


Row = TypeVar("Row", bound=Any)
Details = TypeVar("Details")


def _get(session: Session, model: type[Row], row_id: int, what: str) -> Row:
    row = session.get(model, row_id)
    if row is None:
        raise InvalidInput([Problem(what, "not_found")])
    return row


@dataclass(frozen=True)
class Record(Generic[Details]):
    """A stored clinical event, medication…: its id and what the user entered."""

    id: int
    details: Details


class _Records(Generic[Row, Details], Service):
    """Add, edit, list, delete and restore one kind of dated record, in date order."""

    def __init__(
        self,
        sessions: sessionmaker[Any],
        model: type[Row],
        details: type[Details],
        problems: Callable[[Details], list[Problem]],
        order: Any,
        columns: Callable[[Details], dict[str, Any]] | None = None,
        from_row: Callable[[Row], Details] | None = None,
    ) -> None:
        self._sessions = sessions
        self._model = model
        self._details = details
        self._problems = problems
        self._order = order
        self._fields = list(details.__dataclass_fields__)  # type: ignore[attr-defined]
        # Where the details are not one column per field (a medication's schedule).
        self._columns = columns or (lambda d: {f: getattr(d, f) for f in self._fields})
        self._from_row = from_row or (
            lambda row: self._details(**{f: getattr(row, f) for f in self._fields})
        )

    def _record(self, row: Row) -> Record[Details]:
        return Record(row.id, self._from_row(row))

    def check(self, details: Details) -> list[Problem]:
        return self._problems(details)

    def all(self) -> list[Record[Details]]:
        with self._sessions() as session:
            rows = session.scalars(select(self._model).order_by(self._order, self._model.id))
            return [self._record(row) for row in rows]

    @writes(Change.CLINICAL)
    def add(self, details: Details, record_id: int | None = None) -> Record[Details]:
        _raise_if(self._problems(details))
        with self._sessions.begin() as session:
            row = self._model(id=record_id, **self._columns(details))
            session.add(row)
            session.flush()
            return self._record(row)

    @writes(Change.CLINICAL)
    def update(self, record_id: int, details: Details) -> Record[Details]:
        _raise_if(self._problems(details))
        with self._sessions.begin() as session:
            row = _get(session, self._model, record_id, "record")
            for name, value in self._columns(details).items():
                setattr(row, name, value)
            return self._record(row)

    @writes(Change.CLINICAL)
    def delete(self, record_id: int) -> Record[Details]:
        with self._sessions.begin() as session:
            row = _get(session, self._model, record_id, "record")
            gone = self._record(row)
            session.delete(row)
            return gone

    def restore(self, record: Record[Details]) -> Record[Details]:
        return self.add(record.details, record.id)


@dataclass(frozen=True)
class DeletedMedication(Record[MedicationDetails]):
    """A deleted medication with the doses recorded for it, which went with it."""

    doses: tuple[DoseRecord, ...] = ()


class _Medications(_Records[m.Medication, MedicationDetails]):
    """Medications: deleting one deletes the doses recorded for it too (the database
    cascades), so what ``delete`` returns carries them and ``restore`` (Undo) brings the
    medication back with every dose as it was recorded."""

    @writes(Change.CLINICAL)
    def delete(self, record_id: int) -> Record[MedicationDetails]:
        with self._sessions.begin() as session:
            row = _get(session, m.Medication, record_id, "record")
            doses = session.scalars(
                select(m.MedicationDose)
                .where(m.MedicationDose.medication_id == record_id)
                .order_by(m.MedicationDose.due_local)
            )
            doses = list(doses)
            gone = DeletedMedication(row.id, self._from_row(row), tuple(map(dose_record, doses)))
            for dose in doses:  # each by itself, not by the cascade: each leaves a tombstone,
                session.delete(dose)  # so "Recently deleted" brings the doses back too
            session.flush()
            session.delete(row)
            return gone

    @writes(Change.CLINICAL)
    def restore(self, record: Record[MedicationDetails]) -> Record[MedicationDetails]:
        _raise_if(self._problems(record.details))
        doses = record.doses if isinstance(record, DeletedMedication) else ()
        with self._sessions.begin() as session:
            row = m.Medication(id=record.id, **self._columns(record.details))
            session.add(row)
            session.flush()
            for dose in doses:
                session.add(
                    m.MedicationDose(
                        medication_id=row.id,
                        due_local=dose.due_local,
                        due_zone=dose.due_zone,
                        status=dose.status,
                        recorded_at=dose.recorded_at,
                        recorded_by=dose.recorded_by,
                    )
                )
            return self._record(row)


class ClinicalService(Service):
    """Relapses, MRI results, EDSS reports, medications, the discharge packet, NEDA-3 and
    the follow-up plan. Journey records what clinicians reported; it never diagnoses."""

    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._feed: ChangeFeed | None = None

        def today() -> date:
            return clock.today()

        self.relapses = _Records(
            session_factory,
            m.Relapse,
            RelapseDetails,
            lambda d: relapse_problems(d, today()),
            m.Relapse.started,
        )
        self.mris = _Records(
            session_factory,
            m.MriResult,
            MriDetails,
            lambda d: mri_problems(d, today()),
            m.MriResult.on,
        )
        self.edss = _Records(
            session_factory,
            m.EdssReport,
            EdssDetails,
            lambda d: edss_report_problems(d, today()),
            m.EdssReport.on,
        )
        self.medications = _Medications(
            session_factory,
            m.Medication,
            MedicationDetails,
            medication_problems,
            m.Medication.started,
            medication_columns,
            medication_from_columns,
        )
        # Each dose as recorded, when doses are due, adherence (journey.services.medications).
        self.doses = DoseService(session_factory, clock)

    @property
    def feed(self) -> ChangeFeed | None:  # the records share it
        return self._feed

    @feed.setter
    def feed(self, feed: ChangeFeed | None) -> None:
        self._feed = feed
        for records in (self.relapses, self.mris, self.edss, self.medications):
            records.feed = feed
        self.doses.feed = feed

    # --- the discharge packet -------------------------------------------------------------

    def discharge(self) -> DischargeDetails:
        with self._sessions() as session:
            row = session.scalars(select(m.DischargePacket)).first()
            if row is None:
                return DischargeDetails()
            return DischargeDetails(row.instructions, row.restrictions, row.who_to_call)

    @writes(Change.CLINICAL)
    def save_discharge(self, details: DischargeDetails) -> DischargeDetails:
        _raise_if(discharge_problems(details))
        with self._sessions.begin() as session:
            row = session.scalars(select(m.DischargePacket)).first() or m.DischargePacket()
            row.instructions = details.instructions
            row.restrictions = details.restrictions
            row.who_to_call = details.who_to_call
            session.add(row)
        return details

    # --- NEDA-3 ---------------------------------------------------------------------------

    def edss_facts(self) -> list[EdssFact]:
        """Every EDSS report, the profile's "last reported" one included (once)."""
        from journey.neda import EdssFact

        facts = {(r.details.on, r.details.score) for r in self.edss.all()}
        with self._sessions() as session:
            profile = session.scalars(select(Profile)).first()
        if profile is not None and profile.edss is not None and profile.edss_date is not None:
            if profile.edss_date not in {on for on, _ in facts}:
                facts.add((profile.edss_date, profile.edss))
        return [EdssFact(on, score) for on, score in sorted(facts)]

    def neda3(self, start: date, end: date) -> Neda3:
        from journey.neda import MriFact, RelapseFact, neda3

        return neda3(
            start,
            end,
            [RelapseFact(r.details.started, r.details.ended) for r in self.relapses.all()],
            [MriFact(r.details.on, r.details.new_t2, r.details.enhancing) for r in self.mris.all()],
            self.edss_facts(),
        )

    def neda_period(self) -> NedaPeriod:
        """The period NEDA-3 is first shown for (the user can change it): for HSCT from the
        re-baseline MRI (resources/aftercare/neda3.json, "hsct_rebaseline"), otherwise from the
        treatment start, to today."""
        from journey.neda import hsct_period_start

        today = self._clock.today()
        with self._sessions() as session:
            course = session.scalars(select(TreatmentCourse)).first()
            protocol = course.protocol if course else None
            start = course.treatment_start if course else None
        last_year = NedaPeriod(today - timedelta(days=365), today, "last_year")
        if protocol is None or start is None:
            return last_year
        if protocol != "hsct":
            if start >= today:
                return last_year
            return NedaPeriod(start, today, "treatment_start")
        anchor = self.follow_up_start(protocol, start)
        scans = [r.details.on for r in self.mris.all()]
        rebaseline, scan = hsct_period_start(anchor.day, scans)
        due = scan or rebaseline
        if rebaseline <= today:
            return NedaPeriod(rebaseline, today, "rebaseline", anchor, due, scan is not None)
        if anchor.day >= today:
            return NedaPeriod(last_year.start, today, "last_year", anchor, due, False)
        return NedaPeriod(anchor.day, today, "before_rebaseline", anchor, due, scan is not None)

    # --- the follow-up plan ---------------------------------------------------------------

    def follow_up_start(self, protocol: str, treatment: date) -> FollowUpStart:
        """Where the plan's months count from: day 0 (the reinfusion) for HSCT, the last
        infusion for MSC, the treatment start when the timeline has neither."""
        with self._sessions() as session:
            rows = session.execute(
                select(
                    ItineraryItem.kind,
                    ItineraryItem.status,
                    ItineraryItem.start_local,
                    ItineraryItem.start_zone,
                ).where(ItineraryItem.kind.in_(INFUSION_KINDS))
            ).all()
        items = [
            Item(0, "", 0, ItemDetails(kind=kind, title="", start=at, zone=zone, status=status))
            for kind, status, at, zone in rows
        ]
        return follow_up_start(protocol, treatment, items)

    def follow_up_drafts(self, protocol: str, treatment: date, zone: str) -> list[ItemDetails]:
        """The starting plan (resources/aftercare/follow_up.json) as items to confirm, dated
        from ``follow_up_start`` (``treatment`` is the treatment start, used when the timeline
        has no reinfusion or infusion); the source of each step goes into its notes."""
        start = self.follow_up_start(protocol, treatment).day
        return [
            ItemDetails(
                kind=step["kind"],
                title=step["title"],
                start=datetime.combine(add_months(start, step["months"]), FOLLOW_UP_HOUR),
                zone=zone,
                notes=step["source"],
                responsible="patient",
                text_key=step["title"],  # a shipped text: shown in the interface's language
            )
            for step in follow_up_plan(protocol)
        ]

    def reminders(self, items: list[Item], horizon_days: int = 14) -> list[Item]:
        """Follow-up reminders still planned whose day has come or is within ``horizon_days``
        (overdue ones first), for Today."""
        today = self._clock.today()
        due = [
            item
            for item in items
            if item.details.kind in FOLLOW_UP_KINDS
            and item.details.status == "planned"
            and (item.details.start.date() - today).days <= horizon_days
        ]
        return sorted(due, key=lambda item: (item.details.start, item.id))
