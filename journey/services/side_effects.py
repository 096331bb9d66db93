"""Side effects: the quick log, watch windows after infusions, and red flags.

An entry made inside a watch window is linked to it; a window opened later (an infusion
marked done afterwards) links the entries already inside its span.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from journey.blood_counts import covering, neutropenic_periods
from journey.changes import Change, Service, writes
from journey.dto import TEMPERATURE_ROUTES
from journey.errors import InvalidInput, Problem
from journey.itinerary import INFUSION_KINDS
from journey.models import ItineraryItem
from journey.services.blood_counts import neutrophil_counts, period_starts, recovered_instants
from journey.services.settings import store_value, stored_value
from journey.settings import RED_FLAG_THRESHOLDS, TEMPERATURE_UNIT
from journey.side_effect_models import (
    RedFlagAcknowledgement,
    SideEffectEntry,
    Symptom,
    WatchWindow,
)
from journey.side_effects import (
    NAME_MAX,
    RECORDED_BY,
    Reading,
    RedFlag,
    RedFlagCheck,
    RedFlagContext,
    Unchecked,
    _resource,
    check_red_flags,
)
from journey.timekeeping import (
    Clock,
    date_problem,
    in_range,
    later,
    to_instant,
    zone_problem,
)
from journey.validation import notes_problem

FUTURE_SLACK = timedelta(minutes=1)  # a clock a little ahead is not an error
WINDOW_HOURS_RANGE = (1, 168)
RED_FLAG_LOOKBACK = timedelta(days=7)


@cache
def watch_defaults() -> tuple[int, int]:
    """(window hours, check-in hours) from resources/side_effects/expected_effects.json."""
    data = _resource("expected_effects.json")
    return int(data["window_hours"]), int(data["check_in_hours"])


@cache
def catalogue() -> tuple[tuple[str, str], ...]:
    """(key, name) of the shipped symptoms, in their order."""
    return tuple((s["key"], s["name"]) for s in _resource("symptoms.json")["symptoms"])


def expected_effects(kind: str) -> tuple[str, ...]:
    return tuple(_resource("expected_effects.json")["effects"].get(kind, ()))


def symptom_key(name: str) -> str:
    """The name as matched: case-folded, inner spaces collapsed."""
    return " ".join(name.split()).casefold()


def synonym_key(word: str) -> str:
    """A word as compared with the catalogue's synonyms: as ``symptom_key``, and without
    accents, so "perdida de sensibilidad" typed without its accent is still found."""
    plain = unicodedata.normalize("NFKD", symptom_key(word))
    return "".join(c for c in plain if not unicodedata.combining(c))


@cache
def symptom_synonyms() -> tuple[tuple[str, str], ...]:
    """(synonym, catalogue name) for the other words people use for a shipped symptom
    ("pins and needles" for "Numbness or tingling"), English then Spanish, in catalogue
    order: the type-ahead offers them whatever the interface language."""
    return tuple(
        (word, s["name"])
        for s in _resource("symptoms.json")["symptoms"]
        for language in ("en", "es")
        for word in s.get("synonyms", {}).get(language, ())
    )


@cache
def _synonym_names() -> dict[str, str]:
    return {synonym_key(word): name for word, name in symptom_synonyms()}


def _builtin_key(name: str) -> str | None:
    """The catalogue key of a shipped symptom named ``name`` (any case), if it is one."""
    wanted = symptom_key(name)
    return next((key for key, shown in catalogue() if symptom_key(shown) == wanted), None)


def catalogue_name(typed: str) -> str | None:
    """The shipped symptom ``typed`` names (any case) or means by one of its synonyms typed
    in full ("PINS and needles", "hormigueo"); None for anything else."""
    key = _builtin_key(typed)
    if key is not None:
        return dict(catalogue())[key]
    return _synonym_names().get(synonym_key(typed))


def _resolved_key(session: Session, name: str) -> str:
    """The key ``name`` is stored under: a shipped symptom's named (any case); else the
    user's own symptom of that name, if they have one (a journal from before a synonym
    existed keeps its own "Tingling", counted as before); else the shipped symptom a
    synonym means; else the case-folded name, a new symptom of the user's own."""
    builtin = _builtin_key(name)
    if builtin is not None:
        return builtin
    own = symptom_key(name)
    mine = select(Symptom.id).where(Symptom.key == own, Symptom.built_in.is_(False))
    if session.scalars(mine).first() is not None:
        return own
    meant = _synonym_names().get(synonym_key(name))
    if meant is None:
        return own
    return {shown: key for key, shown in catalogue()}[meant]


@dataclass(frozen=True)
class EntryDetails:
    """What the quick log records. ``at`` is an aware instant, ``zone`` where the user was."""

    symptom: str
    severity: int
    at: datetime
    zone: str
    recorded_by: str = "patient"
    celsius: float | None = None
    notes: str = ""
    route: str | None = None  # where the temperature was taken (TEMPERATURE_ROUTES), if said


@dataclass(frozen=True)
class Entry:
    id: int
    details: EntryDetails
    symptom_key: str  # the catalogue key of a shipped symptom, else the case-folded name
    watch_window_id: int | None


@dataclass(frozen=True)
class Window:
    id: int
    item_id: int | None
    kind: str
    title: str
    opened_at: datetime
    zone: str
    hours: int

    @property
    def closes_at(self) -> datetime:
        return later(self.opened_at, timedelta(hours=self.hours))

    def is_open(self, now: datetime) -> bool:
        return self.opened_at <= now < self.closes_at

    def elapsed_hours(self, now: datetime) -> float:
        return max(0.0, (now - self.opened_at).total_seconds() / 3600)

    def remaining_hours(self, now: datetime) -> float:
        return max(0.0, (self.closes_at - now).total_seconds() / 3600)


def entry_problems(details: EntryDetails, now: datetime) -> list[Problem]:
    problems: list[Problem | None] = []
    name = details.symptom.strip()
    if not name:
        problems.append(Problem("symptom", "required"))
    elif len(name) > NAME_MAX:
        problems.append(Problem("symptom", "text_too_long", {"max": NAME_MAX}))
    if not 0 <= details.severity <= 10:
        problems.append(Problem("severity", "severity_range"))
    if details.celsius is not None and not 30.0 <= details.celsius <= 45.0:
        problems.append(
            Problem("temperature", "temperature_range", {"min": 30.0, "max": 45.0, "unit": "C"})
        )
    if details.recorded_by not in RECORDED_BY:
        problems.append(Problem("recorded_by", "unknown_choice"))
    problems.append(notes_problem("notes", details.notes))
    if details.route is not None and details.route not in TEMPERATURE_ROUTES:
        problems.append(Problem("route", "unknown_choice"))
    problems.append(zone_problem("zone", details.zone))
    if details.at.tzinfo is None:
        raise ValueError("EntryDetails.at must be an aware instant")
    problems.append(date_problem("at", details.at))
    if details.at > now + FUTURE_SLACK:
        problems.append(Problem("at", "time_in_future"))
    return [p for p in problems if p is not None]


def _window(row: WatchWindow) -> Window:
    return Window(row.id, row.item_id, row.kind, row.title, row.opened_at, row.zone, row.hours)


def _entry(row: SideEffectEntry, symptom: Symptom) -> Entry:
    return Entry(
        id=row.id,
        details=EntryDetails(
            symptom=symptom.name,
            severity=row.severity,
            at=row.at,
            zone=row.zone,
            recorded_by=row.recorded_by,
            celsius=row.temperature_c,
            notes=row.notes,
            route=row.temperature_route,
        ),
        symptom_key=symptom.key,
        watch_window_id=row.watch_window_id,
    )


def _symptom_row(session: Session, name: str) -> Symptom:
    """The symptom of that name (any case) or meant by that synonym, created the first time
    it is used; a new one of the user's own keeps the capitals they typed."""
    key = _resolved_key(session, name)
    row = session.scalars(select(Symptom).where(Symptom.key == key)).first()
    if row is None:
        shipped = dict(catalogue()).get(key)
        shown = shipped if shipped is not None else " ".join(name.split())
        row = Symptom(key=key, name=shown, built_in=shipped is not None)
        session.add(row)
        session.flush()
    return row


def _window_at(session: Session, at: datetime) -> int | None:
    """The most recently opened watch window that is open at ``at``."""
    candidates = session.scalars(
        select(WatchWindow)
        .where(WatchWindow.opened_at <= at)
        .order_by(WatchWindow.opened_at.desc())
    )
    for row in candidates:
        if at < later(row.opened_at, timedelta(hours=row.hours)):
            return row.id
    return None


def open_window_for_item(session: Session, item: ItineraryItem, now: datetime) -> None:
    """Open the watch window of an infusion just marked done (once per item), from when it
    happened, and link the entries already inside it. Called in the marking's unit of work."""
    if item.kind not in INFUSION_KINDS:
        return
    if session.scalars(select(WatchWindow.id).where(WatchWindow.item_id == item.id)).first():
        return
    happened = to_instant(item.end_local or item.start_local, item.end_zone or item.start_zone)
    row = WatchWindow(
        item_id=item.id,
        kind=item.kind,
        title=item.title,
        opened_at=min(happened, now),
        zone=item.end_zone or item.start_zone,  # where the infusion happened
        hours=watch_defaults()[0],
    )
    session.add(row)
    session.flush()
    _link_entries(session, row)


def _link_entries(session: Session, window: WatchWindow) -> None:
    """Link the entries inside ``window``'s span. Where windows overlap (an IV infusion and
    a lumbar puncture a day apart), each entry goes to the most recently opened window open
    at its time, as ``log`` does, whichever order the windows were opened in."""
    session.flush()
    closes = later(window.opened_at, timedelta(hours=window.hours))
    inside = session.scalars(
        select(SideEffectEntry).where(
            SideEffectEntry.at >= window.opened_at, SideEffectEntry.at < closes
        )
    ).all()
    for entry in inside:
        entry.watch_window_id = _window_at(session, entry.at)


def read_readings(
    sessions: sessionmaker[Any], since: datetime, until: datetime | None
) -> list[Reading]:
    """The entries from ``since`` (to ``until``), oldest first, as Readings: the table's
    columns, never a whole entry, and each symptom's key from a table of a few rows rather
    than a join (a report over 10⁶ entries, issue 20)."""
    entry = SideEffectEntry.__table__.c
    query = select(
        entry.id,
        entry.at,
        entry.symptom_id,
        entry.severity,
        entry.temperature_c,
        entry.zone,
        entry.watch_window_id,
    ).where(entry.at >= since)
    if until is not None:
        query = query.where(entry.at < until)
    with sessions() as session:
        keys = dict(session.execute(select(Symptom.id, Symptom.key)).all())
        rows = session.connection().execute(query.order_by(entry.at, entry.id)).all()
    return [
        Reading(id_, at, keys[symptom], severity, celsius, zone, window)
        for id_, at, symptom, severity, celsius, zone, window in rows
    ]


class SideEffectService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def check(self, details: EntryDetails) -> list[Problem]:
        return entry_problems(details, self._clock.now())

    def symptoms(self) -> list[str]:
        """The catalogue's names, then the user's own, alphabetically; never a duplicate."""
        with self._sessions() as session:
            own = session.scalars(
                select(Symptom.name).where(Symptom.built_in.is_(False)).order_by(Symptom.key)
            ).all()
        return [name for _, name in catalogue()] + list(own)

    @writes(Change.SIDE_EFFECTS)
    def log(self, details: EntryDetails) -> Entry:
        problems = self.check(details)
        if problems:
            raise InvalidInput(problems)
        with self._sessions.begin() as session:
            symptom = _symptom_row(session, details.symptom)
            row = SideEffectEntry(symptom_id=symptom.id)
            self._write(row, details)
            row.watch_window_id = _window_at(session, details.at)
            session.add(row)
            session.flush()
            return _entry(row, symptom)

    @writes(Change.SIDE_EFFECTS)
    def update(self, entry_id: int, details: EntryDetails) -> Entry:
        problems = self.check(details)
        if problems:
            raise InvalidInput(problems)
        with self._sessions.begin() as session:
            row = self._row(session, entry_id)
            symptom = _symptom_row(session, details.symptom)
            row.symptom_id = symptom.id
            self._write(row, details)
            row.watch_window_id = _window_at(session, details.at)
            session.flush()
            return _entry(row, symptom)

    @writes(Change.SIDE_EFFECTS)
    def delete(self, entry_id: int) -> Entry:
        """Remove an entry; returns it whole so ``restore`` can bring it back (undo)."""
        with self._sessions.begin() as session:
            row = self._row(session, entry_id)
            entry = _entry(row, session.get_one(Symptom, row.symptom_id))
            session.delete(row)
            return entry

    @writes(Change.SIDE_EFFECTS)
    def restore(self, entry: Entry) -> Entry:
        with self._sessions.begin() as session:
            symptom = _symptom_row(session, entry.details.symptom)
            free = session.get(SideEffectEntry, entry.id) is None
            row = SideEffectEntry(id=entry.id if free else None, symptom_id=symptom.id)
            self._write(row, entry.details)
            row.watch_window_id = _window_at(session, entry.details.at)
            session.add(row)
            session.flush()
            return _entry(row, symptom)

    def entries(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        symptom: str | None = None,
        window_id: int | None = None,
        recorded_by: str | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[Entry]:
        """Entries, newest first, filtered; ``offset``/``limit`` fetch a page at a time."""
        with self._sessions() as session:
            query = self._filtered(
                select(SideEffectEntry, Symptom).join(Symptom),
                since,
                until,
                _resolved_key(session, symptom) if symptom else None,
                window_id,
                recorded_by,
            ).order_by(SideEffectEntry.at.desc(), SideEffectEntry.id.desc())
            query = query.offset(offset).limit(limit)
            return [_entry(row, sym) for row, sym in session.execute(query)]

    def count(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        symptom: str | None = None,
        window_id: int | None = None,
        recorded_by: str | None = None,
    ) -> int:
        with self._sessions() as session:
            query = self._filtered(
                select(func.count(SideEffectEntry.id)).join(Symptom),
                since,
                until,
                _resolved_key(session, symptom) if symptom else None,
                window_id,
                recorded_by,
            )
            return int(session.scalar(query) or 0)

    def readings(self, *, since: datetime, until: datetime | None = None) -> list[Reading]:
        """The entries from ``since`` (to ``until``) as the red-flag rules and a long log's
        summary read them, oldest first (``read_readings``)."""
        return read_readings(self._sessions, since, until)

    def symptom_names(self) -> dict[str, str]:
        """Each symptom's key → its name as shown."""
        with self._sessions() as session:
            return dict(session.execute(select(Symptom.key, Symptom.name)).all())

    @staticmethod
    def _filtered(
        query: Any,
        since: datetime | None,
        until: datetime | None,
        key: str | None,
        window_id: int | None,
        recorded_by: str | None,
    ) -> Any:
        if since is not None:
            query = query.where(SideEffectEntry.at >= since)
        if until is not None:
            query = query.where(SideEffectEntry.at < until)
        if key is not None:  # the symptom's key, as _resolved_key finds it
            query = query.where(Symptom.key == key)
        if window_id is not None:
            query = query.where(SideEffectEntry.watch_window_id == window_id)
        if recorded_by is not None:
            query = query.where(SideEffectEntry.recorded_by == recorded_by)
        return query

    @staticmethod
    def _write(row: SideEffectEntry, details: EntryDetails) -> None:
        row.severity = details.severity
        row.temperature_c = details.celsius
        # A route says where a temperature was taken: with no temperature there is none.
        row.temperature_route = details.route if details.celsius is not None else None
        row.notes = details.notes
        row.recorded_by = details.recorded_by
        row.at = details.at
        row.zone = details.zone

    @staticmethod
    def _row(session: Session, entry_id: int) -> SideEffectEntry:
        row = session.get(SideEffectEntry, entry_id)
        if row is None:
            raise InvalidInput([Problem("entry", "not_found")])
        return row


class WatchWindowService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def windows(self) -> list[Window]:
        """Every watch window, the newest first."""
        with self._sessions() as session:
            rows = session.scalars(select(WatchWindow).order_by(WatchWindow.opened_at.desc()))
            return [_window(row) for row in rows]

    def open_now(self) -> list[Window]:
        now = self._clock.now()
        return [w for w in self.windows() if w.is_open(now)]

    @writes(Change.WATCH_WINDOWS)
    def start(self, title: str, opened_at: datetime, hours: int | None = None) -> Window:
        """Start a window by hand (an infusion not in the itinerary), from ``opened_at``."""
        hours = watch_defaults()[0] if hours is None else hours
        problems = []
        if not title.strip():
            problems.append(Problem("title", "required"))
        if not WINDOW_HOURS_RANGE[0] <= hours <= WINDOW_HOURS_RANGE[1]:
            problems.append(Problem("hours", "window_hours_range"))
        if opened_at.tzinfo is None:
            raise ValueError("opened_at must be an aware instant")
        out_of_range = date_problem("opened_at", opened_at)
        if out_of_range is not None:
            problems.append(out_of_range)
        elif opened_at > self._clock.now() + FUTURE_SLACK:
            problems.append(Problem("opened_at", "time_in_future"))
        if problems:
            raise InvalidInput(problems)
        with self._sessions.begin() as session:
            row = WatchWindow(
                item_id=None,
                kind="manual",
                title=title.strip(),
                opened_at=opened_at,
                zone=self._clock.zone,
                hours=hours,
            )
            session.add(row)
            session.flush()
            _link_entries(session, row)
            return _window(row)

    @writes(Change.WATCH_WINDOWS)
    def set_hours(self, window_id: int, hours: int) -> Window:
        if not WINDOW_HOURS_RANGE[0] <= hours <= WINDOW_HOURS_RANGE[1]:
            raise InvalidInput([Problem("hours", "window_hours_range")])
        with self._sessions.begin() as session:
            row = session.get(WatchWindow, window_id)
            if row is None:
                raise InvalidInput([Problem("window", "not_found")])
            row.hours = hours
            session.flush()
            linked = session.scalars(
                select(SideEffectEntry).where(SideEffectEntry.watch_window_id == window_id)
            ).all()
            for entry in linked:  # those now outside go to another open window, if any
                entry.watch_window_id = _window_at(session, entry.at)
            _link_entries(session, row)
            return _window(row)

    def check_in_due(self, window: Window) -> bool:
        """True when the window is open and nothing was logged in it for the check-in
        interval (6 hours by default, SPEC §2.4)."""
        now = self._clock.now()
        if not window.is_open(now):
            return False
        with self._sessions() as session:
            last = session.scalar(
                select(func.max(SideEffectEntry.at)).where(
                    SideEffectEntry.watch_window_id == window.id
                )
            )
        since = last or window.opened_at
        return now - since >= timedelta(hours=watch_defaults()[1])


class RedFlagService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def thresholds(self) -> dict[str, float]:
        """The clinic's own thresholds (rule key → °C) set in Settings, replacing defaults."""
        with self._sessions() as session:
            return stored_value(session, RED_FLAG_THRESHOLDS)

    @writes(Change.SETTINGS | Change.RED_FLAGS)
    def save_thresholds(self, thresholds: dict[str, float]) -> dict[str, float]:
        with self._sessions.begin() as session:
            store_value(session, RED_FLAG_THRESHOLDS, thresholds)
        return thresholds

    def check(self, *, include_acknowledged: bool = False) -> RedFlagCheck:
        """The red flags raised by the last week's entries, newest first (by default only those
        not yet acknowledged), and the rules that could not be checked. Never raises: a rule
        or a record that cannot be evaluated is reported in ``unchecked``, for the banner to
        say that the check could not be done."""
        checked = self._check(self._clock.now() - RED_FLAG_LOOKBACK, None)
        if include_acknowledged:
            return checked
        flags = tuple(
            f for f in checked.flags if (f.rule_key, f.entry_id) not in checked.acknowledged
        )
        return replace(checked, flags=flags)

    def raised(self, *, include_acknowledged: bool = False) -> list[RedFlag]:
        """The flags of ``check`` (the rules it could not check are in ``check`` only)."""
        return list(self.check(include_acknowledged=include_acknowledged).flags)

    def in_period(self, since: datetime, until: datetime) -> list[tuple[RedFlag, datetime | None]]:
        """Every red flag raised by an entry logged in [since, until), oldest first, each with
        when the user acknowledged it (None if never): for the doctor's report."""
        checked = self.check_period(since, until)
        return [(f, checked.acknowledged.get((f.rule_key, f.entry_id))) for f in checked.flags]

    def check_period(
        self, since: datetime, until: datetime, readings: list[Reading] | None = None
    ) -> RedFlagCheck:
        """``in_period``'s flags, oldest first, with the rules that could not be checked.
        ``readings``: the period's entries as the caller has already read them (the report
        of a long journal reads them once), else read here."""
        checked = self._check(since, until, readings)
        return replace(checked, flags=checked.flags[::-1])

    def _check(
        self, since: datetime, until: datetime | None, readings: list[Reading] | None = None
    ) -> RedFlagCheck:
        """The flags raised by entries from ``since`` (to ``until``), newest first, and when
        each (rule, entry) was acknowledged; whatever fails is reported, never raised."""
        try:
            readings, context, acknowledged = self._facts(since, until, readings)
        except Exception as exc:  # even the journal unreadable: "could not check", not silence
            return RedFlagCheck(unchecked=(Unchecked("", f"{type(exc).__name__}: {exc}"),))
        checked = check_red_flags(readings, context)
        # Newest first; an entry stored outside 1900–2200 anyway (its date broken, its flag
        # still shown) comes after the others, never before today's fever.
        flags = tuple(sorted(checked.flags, key=lambda f: (in_range(f.at), f.at), reverse=True))
        return replace(checked, flags=flags, acknowledged=acknowledged)

    def _facts(
        self, since: datetime, until: datetime | None, readings: list[Reading] | None = None
    ) -> tuple[list[Reading], RedFlagContext, dict[tuple[str, int], datetime]]:
        if readings is None:
            readings = read_readings(self._sessions, since, until)
        with self._sessions() as session:
            items = session.scalars(
                select(ItineraryItem).where(ItineraryItem.status != "cancelled")
            ).all()
            acknowledged = {
                (row.rule_key, row.entry_id): row.acknowledged_at
                for row in session.scalars(select(RedFlagAcknowledgement))
            }
            neutrophils = neutrophil_counts(session)
            recovered = recovered_instants(session)
            thresholds = stored_value(session, RED_FLAG_THRESHOLDS)
            unit = stored_value(session, TEMPERATURE_UNIT)  # compared as shown (issue 18)
        # The strict HSCT fever rule follows the neutropenic periods (issue 18): from the first
        # conditioning or isolation item, or a recorded ANC below 0.5, until recorded
        # engraftment or "my team says my counts have recovered" — never an item's end. An
        # open period runs to the last instant there is; the spans are RedFlagContext's first
        # field. A stored time past the ends of Python's dates stops at the end (to_instant),
        # so an item "from the year 1" still opens a period, as it says.
        periods = neutropenic_periods(
            starts=period_starts(items, to_instant),
            neutrophils=neutrophils,
            recovered=recovered,
        )
        isolation = covering(periods)
        # Counted from a procedure's start, ticked done or not: a headache inside the slot of
        # a lumbar puncture is after it (issue 18).
        procedures = tuple((i.kind, to_instant(i.start_local, i.start_zone)) for i in items)
        context = RedFlagContext(isolation, procedures, thresholds, unit)
        return readings, context, acknowledged

    @writes(Change.RED_FLAGS)
    def acknowledge(self, flag: RedFlag) -> datetime:
        """Record that the user saw the flag; returns when."""
        return self._acknowledge([flag])

    @writes(Change.RED_FLAGS)
    def acknowledge_all(self, flags: Sequence[RedFlag]) -> datetime:
        """Record that the user saw these flags (one banner: the rules one entry raised), in
        one transaction; returns when. A flag seen before keeps its first time."""
        return self._acknowledge(flags)

    def _acknowledge(self, flags: Sequence[RedFlag]) -> datetime:
        now = self._clock.now()
        with self._sessions.begin() as session:
            seen = {
                (row.rule_key, row.entry_id)
                for row in session.scalars(
                    select(RedFlagAcknowledgement).where(
                        RedFlagAcknowledgement.entry_id.in_({f.entry_id for f in flags})
                    )
                )
            }
            for flag in flags:
                if (flag.rule_key, flag.entry_id) not in seen:
                    seen.add((flag.rule_key, flag.entry_id))
                    session.add(
                        RedFlagAcknowledgement(
                            rule_key=flag.rule_key,
                            entry_id=flag.entry_id,
                            acknowledged_at=now,
                            zone=self._clock.zone,
                        )
                    )
        return now

    def flagged_entries(self) -> set[int]:
        """The entries whose red flags the user has acknowledged: each keeps a ⚑ in every
        list and in the report."""
        with self._sessions() as session:
            return set(session.scalars(select(RedFlagAcknowledgement.entry_id).distinct()))

    def acknowledgements(self) -> list[tuple[str, int, datetime]]:
        with self._sessions() as session:
            return [
                (row.rule_key, row.entry_id, row.acknowledged_at)
                for row in session.scalars(select(RedFlagAcknowledgement))
            ]
