"""Calendar files for the itinerary: export to a phone's calendar, import from one.

Export writes the file atomically: a half-written file is never left under the chosen name.
Import is one transaction: an event whose UID is already in the itinerary updates that item
(its SEQUENCE goes up), any other event becomes a new item with the event's UID; on any error
nothing changes. A repeating event becomes an item per occurrence or one item over them all;
an event that looks like an item already there under another UID (the same flight, the same
title a few hours apart) can be reported first, so the person chooses to update that item or
add the event anyway. Each import returns what undoes it, in one step.

Export writes the items deleted since (their tombstones in ``sync_tombstone``) as cancelled
events, so a phone that imports the file removes them.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from journey.calendar import (
    ENGLISH_WORDING,
    MAX_BYTES,
    MAX_EVENTS,
    MAX_OCCURRENCES,
    CalendarWording,
    ParsedEvent,
    PossibleDuplicate,
    as_imported,
    export_ics,
    load_alarms,
    parse_ics,
    possible_duplicates,
    too_large,
)
from journey.changes import Change, Service, writes
from journey.errors import CalendarFileError, InvalidInput, Problem
from journey.files import sync_folder
from journey.itinerary import ITEM_KINDS, Item, ItemDetails, item_problems
from journey.models import ItineraryItem, TreatmentCourse
from journey.outbox import TOMBSTONES
from journey.services.itinerary import ItineraryService, _to_item, _write
from journey.services.settings import store_value, stored_value
from journey.settings import CALENDAR_ALARMS
from journey.timekeeping import Clock


@dataclass(frozen=True)
class ExportResult:
    """The file written, its events for items, and its cancelled events for items deleted."""

    path: Path
    events: int
    deleted: int = 0


REPEATS = ("ask", "each", "span")
DUPLICATES = ("ask", "update", "add")


@dataclass(frozen=True)
class RepeatingEvent:
    """A repeating event of a file: its title, first start and how many times it happens."""

    uid: str
    title: str
    start: datetime  # wall time in ``zone``
    zone: str
    occurrences: int


@dataclass(frozen=True)
class ImportUndo:
    """What undoes one import: the UIDs of the items it added, and the items it updated as
    they were before (values and SEQUENCE)."""

    added: tuple[str, ...] = ()
    previous: tuple[Item, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    """What an import changed: items added, items updated, events that matched an item as it
    already was (left alone, so their SEQUENCE does not move).

    ``written`` is False when the import stopped to ask: then ``repeating`` lists the file's
    repeating events (``repeats="ask"``) or ``duplicates`` the events that look like items
    already there (``duplicates="ask"``), and nothing was stored. ``undo`` undoes the import
    (``CalendarService.undo_import``)."""

    path: Path
    added: int
    updated: int
    unchanged: int = 0
    written: bool = True
    repeating: tuple[RepeatingEvent, ...] = ()
    duplicates: tuple[PossibleDuplicate, ...] = ()
    undo: ImportUndo | None = None


ALARM_MAX_MINUTES = 7 * 24 * 60


class CalendarService(Service):
    def __init__(
        self,
        session_factory: sessionmaker[Any],
        clock: Clock,
        *,
        alarms: Mapping[str, int] | None = None,
        max_bytes: int = MAX_BYTES,
        max_events: int = MAX_EVENTS,
        max_occurrences: int = MAX_OCCURRENCES,
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._alarms = alarms
        self._max_bytes = max_bytes
        self._max_events = max_events
        self._max_occurrences = max_occurrences

    def alarms(self) -> dict[str, int]:
        """Reminders per kind of item (minutes before the start) written into exports: the
        user's choice from Settings, else the default in resources/calendar_alarms.json."""
        if self._alarms is not None:
            return dict(self._alarms)
        with self._sessions() as session:
            stored = stored_value(session, CALENDAR_ALARMS)
        if stored is not None:
            try:
                return load_alarms(json.dumps({"minutes_before": stored}))
            except ValueError:
                pass  # written by hand or by another version: the default applies
        return load_alarms()

    @writes(Change.SETTINGS)
    def save_alarms(self, alarms: Mapping[str, int]) -> dict[str, int]:
        """Store the user's reminders (kind → minutes before; at most a week)."""
        bad = [
            kind
            for kind, minutes in alarms.items()
            if kind not in ITEM_KINDS or not 0 < minutes <= ALARM_MAX_MINUTES
        ]
        if bad:
            raise InvalidInput([Problem("alarms", "alarm_range", {"max": ALARM_MAX_MINUTES // 60})])
        with self._sessions.begin() as session:
            store_value(session, CALENDAR_ALARMS, dict(alarms))
        return dict(alarms)

    def export(
        self,
        path: Path,
        first: date | None = None,
        last: date | None = None,
        *,
        wording: CalendarWording | None = None,
    ) -> ExportResult:
        """Write the itinerary (optionally the items starting between two dates, inclusive)
        to ``path`` as an iCalendar file, with the items deleted from it as cancelled events.
        ``wording`` is the words people read in it (English by default)."""
        path = Path(path)
        itinerary = ItineraryService(self._sessions, self._clock)
        items = itinerary.items(first, last)
        deleted = self.deleted_items(first, last)
        data = export_ics(
            items,
            alarms=self.alarms(),
            now=self._clock.now(),
            numbering=itinerary.numbering(),
            deleted=deleted,
            wording=wording,
            clinic_place=self._clinic_place(),
        )
        write_atomically(path, data)
        return ExportResult(path, len(items), len(deleted))

    def deleted_items(self, first: date | None = None, last: date | None = None) -> list[Item]:
        """The items deleted from the itinerary, as their tombstones keep them (journey.outbox),
        each with its SEQUENCE raised by one and its status cancelled: what an export writes so
        that a phone removes them. One per UID, none whose UID is in the itinerary again,
        optionally those starting between two dates; in time order."""
        with self._sessions() as session:
            live = set(session.scalars(select(ItineraryItem.uid)))
            rows = session.execute(
                select(TOMBSTONES.c.row, TOMBSTONES.c.stamp).where(
                    TOMBSTONES.c.tbl == ItineraryItem.__tablename__
                )
            ).all()
        found: dict[str, tuple[Item, str]] = {}
        for row, stamp in rows:
            item = _tombstone_item(row)
            if item is None or item.uid in live:
                continue
            if (first is not None and item.day < first) or (last is not None and item.day > last):
                continue
            kept = found.get(item.uid)
            if kept is None or (item.sequence, stamp) > (kept[0].sequence, kept[1]):
                found[item.uid] = (item, stamp)
        return sorted(
            (item for item, _ in found.values()),
            key=lambda item: (item.details.start_instant(), item.uid),
        )

    def _clinic_place(self) -> str:
        """Where the clinic is, for a clinic item without a place: the journal keeps no
        address, so the clinic's name and city from the treatment course."""
        with self._sessions() as session:
            course = session.scalars(select(TreatmentCourse)).first()
        if course is None:
            return ""
        return ", ".join(
            part for part in (course.clinic_name.strip(), course.clinic_city.strip()) if part
        )

    @writes(Change.ITINERARY)
    def import_(
        self,
        path: Path,
        *,
        repeats: str = "each",
        duplicates: str = "add",
        wording: CalendarWording | None = None,
    ) -> ImportResult:
        """Add or update itinerary items from an iCalendar file, all or nothing.

        ``repeats``: a repeating event becomes an item per occurrence ("each"), one item from
        its first start to its last end ("span"), or, with "ask", nothing is stored and the
        result lists the file's repeating events (if it has none, the import goes on as
        "each"). ``duplicates``: an event that looks like an item already there under another
        UID updates that item ("update"), is added anyway ("add"), or, with "ask", nothing is
        stored and the result lists them (if there are none, the import goes on). An event
        that matches such an item exactly changes nothing. ``wording``: the words an export
        in another language used (English is always understood).
        """
        if repeats not in REPEATS:
            raise ValueError(f"repeats must be one of {REPEATS}, not {repeats!r}")
        if duplicates not in DUPLICATES:
            raise ValueError(f"duplicates must be one of {DUPLICATES}, not {duplicates!r}")
        path = Path(path)
        data = self._read(path)
        try:
            events = parse_ics(
                data,
                local_zone=self._clock.zone,
                max_bytes=self._max_bytes,
                max_events=self._max_events,
                max_occurrences=self._max_occurrences,
                repeats="each" if repeats == "ask" else repeats,
                wording=wording,
            )
        except CalendarFileError as exc:
            raise exc.at(path) from exc
        events = [event for event in events if not event.deleted]
        if repeats == "ask":
            series = repeating_events(events)
            if series:
                return ImportResult(path, 0, 0, written=False, repeating=tuple(series))
        added: list[str] = []
        previous: list[Item] = []
        unchanged = 0
        with self._sessions.begin() as session:
            rows = {row.uid: row for row in session.scalars(select(ItineraryItem))}
            in_file = {event.uid for event in events}
            others = [_to_item(row) for uid, row in rows.items() if uid not in in_file]
            found = possible_duplicates([e for e in events if e.uid not in rows], others)
            words = wording or ENGLISH_WORDING
            found = [
                replace(
                    d,
                    event=replace(
                        d.event, details=as_imported(d.existing.details, d.event.details, words)
                    ),
                )
                for d in found
            ]
            same = [d for d in found if d.existing.details == d.event.details]
            asking = [d for d in found if d.existing.details != d.event.details]
            if duplicates == "ask" and asking:
                return ImportResult(path, 0, 0, written=False, duplicates=tuple(asking))
            # Exactly as already there: nothing to add or to ask about.
            skipped = {d.event.uid for d in same}
            unchanged += len(skipped)
            target = {d.event.uid: rows[d.existing.uid] for d in asking if duplicates == "update"}
            for event in events:
                if event.uid in skipped:
                    continue
                row = rows.get(event.uid) or target.get(event.uid)
                if row is not None:  # a shipped text read back as exported keeps its key
                    details = as_imported(_to_item(row).details, event.details, words)
                    event = replace(event, details=details)
                if row is None:
                    row = ItineraryItem(uid=event.uid, sequence=event.sequence)
                    _write(row, event.details, self._clock)
                    session.add(row)
                    rows[event.uid] = row
                    added.append(event.uid)
                elif _to_item(row).details == event.details:
                    unchanged += 1
                else:
                    previous.append(_to_item(row))
                    _write(row, event.details, self._clock)
                    row.sequence += 1
        undo = ImportUndo(tuple(added), tuple(previous)) if added or previous else None
        return ImportResult(path, len(added), len(previous), unchanged, undo=undo)

    @writes(Change.ITINERARY)
    def undo_import(self, undo: ImportResult | ImportUndo | None) -> None:
        """Put the itinerary back as it was before an import, in one step: the items it added
        removed, the items it updated back to their values and SEQUENCE (one it updated and
        that was deleted since comes back)."""
        token = undo.undo if isinstance(undo, ImportResult) else undo
        if token is None:
            return
        with self._sessions.begin() as session:
            if token.added:
                for row in session.scalars(
                    select(ItineraryItem).where(ItineraryItem.uid.in_(token.added))
                ):
                    session.delete(row)
                session.flush()
            for item in token.previous:
                row = session.scalars(
                    select(ItineraryItem).where(ItineraryItem.uid == item.uid)
                ).first()
                if row is None:
                    free = session.get(ItineraryItem, item.id) is None
                    row = ItineraryItem(id=item.id if free else None, uid=item.uid)
                    session.add(row)
                _write(row, item.details, self._clock)
                row.sequence = item.sequence

    def _read(self, path: Path) -> bytes:
        try:
            size = path.stat().st_size
            if size > self._max_bytes:  # refused before it is read, not after
                raise too_large(size, self._max_bytes).at(path)
            return path.read_bytes()
        except OSError as exc:
            raise CalendarFileError(
                "ics_cannot_read", {"detail": _lower_first(exc.strerror or str(exc))}, path=path
            ) from exc


def repeating_events(events: list[ParsedEvent]) -> list[RepeatingEvent]:
    """The file's events that happen more than once, each with its first occurrence."""
    found: dict[str, RepeatingEvent] = {}
    for event in events:
        if event.series is None or event.occurrences < 2 or event.series in found:
            continue
        details = event.details
        found[event.series] = RepeatingEvent(
            event.series, details.title, details.start, details.zone, event.occurrences
        )
    return list(found.values())


def _tombstone_item(text: str) -> Item | None:
    """A deleted item from its tombstone's last values, cancelled, its SEQUENCE one higher
    than when it was last written; None if the values do not make an item (written by
    another version, or its zone unknown here)."""
    try:
        row = json.loads(text)
        end = row.get("end_local")
        details = ItemDetails(
            kind=str(row["kind"]),
            title=str(row["title"]),
            start=datetime.fromisoformat(row["start_local"]),
            zone=str(row["start_zone"]),
            end=None if end is None else datetime.fromisoformat(end),
            end_zone=row.get("end_zone"),
            place=str(row.get("place") or ""),
            notes=str(row.get("notes") or ""),
            responsible=str(row.get("responsible") or "patient"),
            status="cancelled",
        )
        item = Item(0, str(row["uid"]), int(row.get("sequence") or 0) + 1, details)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return None if item_problems(details) else item


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it holds either its old content or all of ``data``.

    The bytes go to a temporary file in the same folder, are flushed to the disk, then the file
    is renamed over ``path``; on any failure the temporary file is removed. The new file is
    readable by its owner only: it may hold health information.
    """
    folder = path.parent
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "it is a folder", str(path))
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise _cannot_write(path, exc) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise _cannot_write(path, exc) from exc
        raise
    sync_folder(folder)  # make the rename itself durable


def _cannot_write(path: Path, exc: OSError) -> CalendarFileError:
    if isinstance(exc, FileNotFoundError) and not path.parent.is_dir():
        detail = f"the folder {path.parent} does not exist"
    else:
        detail = _lower_first(exc.strerror or str(exc))
    return CalendarFileError("ics_cannot_write", {"detail": detail}, path=path)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
