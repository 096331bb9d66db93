"""Calendar files for the itinerary: export to a phone's calendar, import from one.

Export writes the file atomically: a half-written file is never left under the chosen name.
Import is one transaction: an event whose UID is already in the itinerary updates that item
(its SEQUENCE goes up), any other event becomes a new item with the event's UID; on any error
nothing changes.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from journey.calendar import (
    MAX_BYTES,
    MAX_EVENTS,
    export_ics,
    load_alarms,
    parse_ics,
    too_large,
)
from journey.changes import Change, Service, writes
from journey.errors import CalendarFileError, InvalidInput, Problem
from journey.files import sync_folder
from journey.itinerary import ITEM_KINDS
from journey.models import ItineraryItem
from journey.services.itinerary import ItineraryService, _to_item, _write
from journey.services.settings import store_value, stored_value
from journey.settings import CALENDAR_ALARMS
from journey.timekeeping import Clock


@dataclass(frozen=True)
class ExportResult:
    path: Path
    events: int


@dataclass(frozen=True)
class ImportResult:
    """What an import changed: items added, items updated, events that matched an item as it
    already was (left alone, so their SEQUENCE does not move)."""

    path: Path
    added: int
    updated: int
    unchanged: int = 0


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
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._alarms = alarms
        self._max_bytes = max_bytes
        self._max_events = max_events

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
        self, path: Path, first: date | None = None, last: date | None = None
    ) -> ExportResult:
        """Write the itinerary (optionally the items starting between two dates, inclusive)
        to ``path`` as an iCalendar file."""
        path = Path(path)
        itinerary = ItineraryService(self._sessions, self._clock)
        items = itinerary.items(first, last)
        data = export_ics(
            items, alarms=self.alarms(), now=self._clock.now(), numbering=itinerary.numbering()
        )
        write_atomically(path, data)
        return ExportResult(path, len(items))

    @writes(Change.ITINERARY)
    def import_(self, path: Path) -> ImportResult:
        """Add or update itinerary items from an iCalendar file, all or nothing."""
        path = Path(path)
        data = self._read(path)
        try:
            events = parse_ics(
                data,
                local_zone=self._clock.zone,
                max_bytes=self._max_bytes,
                max_events=self._max_events,
            )
        except CalendarFileError as exc:
            raise exc.at(path) from exc
        added = updated = unchanged = 0
        with self._sessions.begin() as session:
            rows = {row.uid: row for row in session.scalars(select(ItineraryItem))}
            for event in events:
                row = rows.get(event.uid)
                if row is None:
                    row = ItineraryItem(uid=event.uid, sequence=event.sequence)
                    _write(row, event.details, self._clock)
                    session.add(row)
                    rows[event.uid] = row
                    added += 1
                elif _to_item(row).details == event.details:
                    unchanged += 1
                else:
                    _write(row, event.details, self._clock)
                    row.sequence += 1
                    updated += 1
        return ImportResult(path, added, updated, unchanged)

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
