"""The documents checklist (with files copied into the journal) and the clinic due diligence.

Attachments live in the journal's folder, under ``attachments/``: a copy, never a link to the
user's original, so the journal folder holds everything (SPEC §4). The database stores the
copy's path relative to the folder, and no stored path may point outside ``attachments/``.
A copy is deleted only after the change that drops it has committed, and a new copy whose
change fails to commit is deleted again, so the database never names a missing file.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from journey.changes import Change, Service, writes
from journey.errors import InvalidInput, Problem
from journey.timekeeping import Clock, date_problem
from journey.trip_models import OTHER_KIND, DueDiligenceCheck, TravelDocument
from journey.validation import notes_problem, required_text

ATTACHMENTS_DIR = "attachments"
TITLE_MAX = 200
_UNSAFE = re.compile(r"[^\w.\- ]+")
STEM_MAX = 80
# The largest file attached: a 100-page scan at 300 dpi is about 30 MB. Each attachment is
# copied into every backup (and, shared, to the other computer), so a journal of scans stays
# small enough to back up in seconds; a larger file belongs in the user's own folders.
ATTACHMENT_MAX = 50 * 1000 * 1000  # bytes


# --- the checklists' wording (resources/trip/) ---------------------------------------------


@dataclass(frozen=True)
class ChecklistLine:
    key: str
    title: str  # English; the UI translates it


@cache
def _load(name: str, section: str) -> tuple[ChecklistLine, ...]:
    text = files("resources.trip").joinpath(name).read_text(encoding="utf-8")
    return tuple(ChecklistLine(raw["key"], raw["title"]) for raw in json.loads(text)[section])


def standard_documents() -> tuple[ChecklistLine, ...]:
    """The documents every journal starts with (SPEC §2.1), in order."""
    return _load("documents.json", "documents")


def due_diligence_questions() -> tuple[ChecklistLine, ...]:
    """The clinic due-diligence questions (SPEC §2.1), in order."""
    return _load("due_diligence.json", "checks")


# --- documents -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentEntry:
    id: int
    kind: str  # a key of resources/trip/documents.json, or "other" for one the user added
    title: str
    done: bool
    note: str
    attachment: str | None  # relative to the journal folder, e.g. "attachments/passport.pdf"

    @property
    def standard(self) -> bool:
        return self.kind != OTHER_KIND


def _document(row: TravelDocument) -> DocumentEntry:
    return DocumentEntry(
        id=row.id,
        kind=row.kind,
        title=row.title,
        done=bool(row.done),
        note=row.note,
        attachment=row.attachment,
    )


def _order_of(kind: str) -> int:
    keys = [line.key for line in standard_documents()]
    return keys.index(kind) if kind in keys else len(keys)


def safe_file_name(name: str) -> str:
    """A file name that is safe on every system, kept recognisable ("MRI report.pdf")."""
    name = unicodedata.normalize("NFC", PurePosixPath(name.replace("\\", "/")).name)
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    stem = _UNSAFE.sub("_", stem).strip(" .")[:STEM_MAX] or "file"
    suffix = _UNSAFE.sub("", suffix)[:16]
    return f"{stem}.{suffix}" if suffix else stem


class DocumentService(Service):
    """The documents checklist of the journal in ``folder``."""

    def __init__(self, session_factory: sessionmaker[Any], folder: Path) -> None:
        self._sessions = session_factory
        self._folder = Path(folder)

    @property
    def attachments_folder(self) -> Path:
        return self._folder / ATTACHMENTS_DIR

    # --- reading --------------------------------------------------------------------------

    def documents(self) -> list[DocumentEntry]:
        """The checklist: the standard documents in order, then the user's own.

        The first call on a journal adds the standard lines it lacks (once per kind, so it
        is safe to call again, and a line the user already has is never duplicated).
        """
        with self._sessions() as session:
            have = set(session.scalars(select(TravelDocument.kind)))
        if any(line.key not in have for line in standard_documents()):
            with self._sessions.begin() as session:
                have = set(session.scalars(select(TravelDocument.kind)))
                for line in standard_documents():
                    if line.key not in have:
                        session.add(TravelDocument(kind=line.key, title=line.title, note=""))
        return self.stored()

    def stored(self) -> list[DocumentEntry]:
        """The checklist's lines as stored, in the checklist's order, adding none: for
        reading a journal that may not be written (an export of a read-only journal)."""
        with self._sessions() as session:
            rows = [_document(row) for row in session.scalars(select(TravelDocument))]
        return sorted(rows, key=lambda entry: (_order_of(entry.kind), entry.id))

    def get(self, document_id: int) -> DocumentEntry:
        with self._sessions() as session:
            return _document(_document_row(session, document_id))

    def attachment_path(self, entry: DocumentEntry) -> Path | None:
        """Where the entry's copy is, or None if it has none (or names a place it may not)."""
        if entry.attachment is None:
            return None
        return self._inside(entry.attachment)

    # --- writing --------------------------------------------------------------------------

    @writes(Change.DOCUMENTS)
    def add(self, title: str) -> DocumentEntry:
        """A line of the user's own ("Visa", "Vaccination card")."""
        problem = required_text("title", title, TITLE_MAX)
        if problem:
            raise InvalidInput([problem])
        with self._sessions.begin() as session:
            row = TravelDocument(kind=OTHER_KIND, title=title.strip(), done=False, note="")
            session.add(row)
            session.flush()
            return _document(row)

    @writes(Change.DOCUMENTS)
    def set_done(self, document_id: int, done: bool) -> DocumentEntry:
        with self._sessions.begin() as session:
            row = _document_row(session, document_id)
            row.done = done
            return _document(row)

    @writes(Change.DOCUMENTS)
    def set_note(self, document_id: int, note: str) -> DocumentEntry:
        problem = notes_problem("note", note)
        if problem:
            raise InvalidInput([problem])
        with self._sessions.begin() as session:
            row = _document_row(session, document_id)
            row.note = note
            return _document(row)

    @writes(Change.DOCUMENTS)
    def delete(self, document_id: int) -> DocumentEntry:
        """Remove a line the user added (a standard line stays: untick it instead).

        Its copied file, if any, is deleted once the row is gone; ``restore`` brings the line
        back without it.
        """
        with self._sessions.begin() as session:
            row = _document_row(session, document_id)
            if row.kind != OTHER_KIND:
                raise InvalidInput([Problem("document", "standard_document")])
            entry = _document(row)
            session.delete(row)
        self._discard(entry.attachment)
        return entry

    @writes(Change.DOCUMENTS)
    def restore(self, entry: DocumentEntry) -> DocumentEntry:
        """Put back a deleted line, with its id (its file was deleted with it)."""
        with self._sessions.begin() as session:
            row = TravelDocument(
                id=entry.id,
                kind=entry.kind,
                title=entry.title,
                done=entry.done,
                note=entry.note,
                attachment=None,
            )
            session.add(row)
            session.flush()
            return _document(row)

    @writes(Change.DOCUMENTS)
    def attach(self, document_id: int, source: Path) -> DocumentEntry:
        """Copy ``source`` into the journal's attachments and attach the copy to the line,
        replacing (and then deleting) the copy it had."""
        self.get(document_id)  # refuse before copying anything
        relative = self._copy_in(Path(source))
        try:
            with self._sessions.begin() as session:
                row = _document_row(session, document_id)
                replaced = row.attachment
                row.attachment = relative
                entry = _document(row)
        except BaseException:
            self._discard(relative)
            raise
        self._discard(replaced)
        return entry

    @writes(Change.DOCUMENTS)
    def remove_attachment(self, document_id: int) -> DocumentEntry:
        """Detach the copy and delete it (the user's original is never touched)."""
        with self._sessions.begin() as session:
            row = _document_row(session, document_id)
            removed = row.attachment
            row.attachment = None
            entry = _document(row)
        self._discard(removed)
        return entry

    # --- files ----------------------------------------------------------------------------

    def _copy_in(self, source: Path) -> str:
        if not source.is_file():
            raise InvalidInput([Problem("attachment", "file_unreadable", {"name": source.name})])
        folder = self.attachments_folder
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        name = safe_file_name(source.name)
        try:
            with source.open("rb") as original:
                size = os.fstat(original.fileno()).st_size
                if size > ATTACHMENT_MAX:
                    raise InvalidInput([_too_large(source.name, size)])
                target, copy = _create_unique(folder, name)
                try:
                    with copy:
                        shutil.copyfileobj(original, copy, 1024 * 1024)
                        copy.flush()
                        os.fsync(copy.fileno())
                except BaseException:
                    target.unlink(missing_ok=True)
                    raise
        except OSError as exc:
            raise InvalidInput(
                [
                    Problem(
                        "attachment",
                        "file_copy_failed",
                        {"name": source.name, "reason": exc.strerror or str(exc)},
                    )
                ]
            ) from exc
        return f"{ATTACHMENTS_DIR}/{target.name}"

    def _inside(self, relative: str) -> Path | None:
        """The absolute path of a stored attachment, if it is inside ``attachments/``."""
        pure = PurePosixPath(relative.replace("\\", "/"))
        parts = pure.parts
        if pure.is_absolute() or ".." in parts or len(parts) < 2 or parts[0] != ATTACHMENTS_DIR:
            return None
        path = self._folder.joinpath(*parts)
        try:
            path.resolve().relative_to(self.attachments_folder.resolve())
        except (ValueError, OSError):
            return None  # a link that leads out of the folder
        return path

    def _discard(self, relative: str | None) -> None:
        if relative is None:
            return
        path = self._inside(relative)
        if path is not None:
            with contextlib.suppress(OSError):  # already gone, or the folder is read-only
                path.unlink(missing_ok=True)


def _too_large(name: str, size: int) -> Problem:
    # Rounded up, so a file just over the limit never reads as the limit itself.
    megabytes = {"size": f"{math.ceil(size / 1e5) / 10:g}", "max": f"{ATTACHMENT_MAX / 1e6:g}"}
    return Problem("attachment", "file_too_large", {"name": name, **megabytes})


def _create_unique(folder: Path, name: str) -> tuple[Path, Any]:
    """Create a new file for ``name`` in ``folder`` (``name-2``… if taken), private to the
    user (0600 on POSIX), without ever overwriting one that exists."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    for number in _numbers():
        candidate = stem if number == 1 else f"{stem}-{number}"
        target = folder / (f"{candidate}.{suffix}" if suffix else candidate)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            descriptor = os.open(target, flags, 0o600)
        except FileExistsError:
            continue
        return target, os.fdopen(descriptor, "wb")
    raise AssertionError("unreachable")  # pragma: no cover


def _numbers() -> Iterator[int]:
    number = 1
    while True:
        yield number
        number += 1


def _document_row(session: Session, document_id: int) -> TravelDocument:
    row = session.get(TravelDocument, document_id)
    if row is None:
        raise InvalidInput([Problem("document", "not_found")])
    return row


# --- clinic due diligence ------------------------------------------------------------------


@dataclass(frozen=True)
class DueDiligenceItem:
    key: str
    title: str  # English wording from resources/trip/due_diligence.json
    done: bool = False
    note: str = ""
    checked_on: date | None = None


@dataclass(frozen=True)
class DueDiligenceAnswer:
    """What the user edits for one question."""

    done: bool
    note: str = ""
    checked_on: date | None = None


class DueDiligenceService(Service):
    """The clinic due-diligence checklist. A question has a row only once it is answered."""

    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def check(self, key: str, answer: DueDiligenceAnswer) -> list[Problem]:
        problems = [p for p in (notes_problem("note", answer.note),) if p is not None]
        if key not in _titles():
            problems.append(Problem("question", "not_found"))
        out_of_range = date_problem("checked_on", answer.checked_on)
        if out_of_range is not None:
            problems.append(out_of_range)
        elif answer.checked_on is not None and answer.checked_on > self._clock.today():
            problems.append(Problem("checked_on", "date_in_future"))
        return problems

    def items(self) -> list[DueDiligenceItem]:
        """Every question, in order, with its answer so far."""
        with self._sessions() as session:
            rows = {row.key: row for row in session.scalars(select(DueDiligenceCheck))}
        return [_item(line, rows.get(line.key)) for line in due_diligence_questions()]

    def get(self, key: str) -> DueDiligenceItem:
        line = _line(key)
        with self._sessions() as session:
            return _item(line, session.get(DueDiligenceCheck, key))

    @writes(Change.DOCUMENTS)
    def save(self, key: str, answer: DueDiligenceAnswer) -> DueDiligenceItem:
        problems = self.check(key, answer)
        if problems:
            raise InvalidInput(problems)
        with self._sessions.begin() as session:
            row = session.get(DueDiligenceCheck, key) or DueDiligenceCheck(key=key)
            row.done = answer.done
            row.note = answer.note
            row.checked_on = answer.checked_on
            session.add(row)
            session.flush()
            return _item(_line(key), row)

    @writes(Change.DOCUMENTS)
    def set_done(self, key: str, done: bool) -> DueDiligenceItem:
        """Tick or untick a question; ticking one without a date dates it today."""
        current = self.get(key)
        when = current.checked_on
        if done and when is None:
            when = self._clock.today()
        return self.save(key, DueDiligenceAnswer(done=done, note=current.note, checked_on=when))


@cache
def _titles() -> dict[str, str]:
    return {line.key: line.title for line in due_diligence_questions()}


def _line(key: str) -> ChecklistLine:
    if key not in _titles():
        raise InvalidInput([Problem("question", "not_found")])
    return ChecklistLine(key, _titles()[key])


def _item(line: ChecklistLine, row: DueDiligenceCheck | None) -> DueDiligenceItem:
    if row is None:
        return DueDiligenceItem(line.key, line.title)
    return DueDiligenceItem(
        key=line.key,
        title=line.title,
        done=bool(row.done),
        note=row.note,
        checked_on=row.checked_on,
    )
