"""The complete journal as one versioned JSON document: export, and import (restore or merge).

The document (described by resources/exchange/journal.schema.json)::

    {"format": "journey-journal", "version": 1, "exported_at": "2026-05-10T14:00:00Z",
     "app_version": "0.1.0", "schema_revision": "0005_aftercare",
     "journal": {"companion": [{"id": 1, "name": "…", …}], "contact": […], …}}

One section per table of the journal (journey.exchange.json_tables), records ordered by
primary key, every column in every record: instants in UTC with Z beside the IANA zone the user
was in, planned times as the wall time beside their zone, dates as YYYY-MM-DD. Two exports of
the same journal are the same bytes apart from ``exported_at``. The demo marker setting is left
out, so the demo's export restored elsewhere is an ordinary journal.

Attachments: a document names its attached file (``attachments/<name>`` in the journal's
folder); the JSON carries that name only, never the file. An import keeps the name; copy the
attachments/ folder beside the journal for the files to be found.

Import is all or nothing, in one transaction, and only after the whole document has been
checked (journey.exchange.json_validation): a refused or cancelled import leaves the journal
exactly as it was.

- Into an empty journal (no entries of the user's: the scales and checklist lines every new
  journal has, and the settings, do not count) it is a restore: every record keeps its id, so
  export → import → export gives the same document.
- Into a journal with entries it is refused, unless asked to merge. A merge gives the records
  new ids (references follow them) and skips every record the journal already has: the same
  content (references compared by what they point at), the same unique name or key (a symptom,
  a scale, a saved protocol, a setting, a due-diligence answer, an itinerary item's UID, a
  standard document line), or a one-per-journal record (profile, treatment course, companion,
  discharge packet) when the journal has its own. Merging the same file twice adds nothing.
"""

from __future__ import annotations

import contextlib
import gc
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

import journey
from journey.db import TO_JSON
from journey.errors import CalendarFileError, Cancelled, JournalError
from journey.exchange.json_tables import Section, section_named, sections
from journey.exchange.json_validation import (
    FORMAT,
    MAX_BYTES,
    VERSION,
    ImportRefused,
    Records,
    check,
    parse,
    rating_range_problem,
    too_large,
)
from journey.journal import DEMO_MARKER, head_revision

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
CHUNK = 5_000  # rows per read or insert between progress reports and cancel checks

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "VERSION",
    "Cancelled",
    "ExportFailed",
    "ExportResult",
    "ImportRefused",
    "ImportResult",
    "export_document",
    "import_document",
    "import_json",
    "read_document",
    "write_json",
]


class ExportFailed(JournalError):
    """The export file cannot be written; nothing was left under its name."""

    code = "export_failed"

    def message(self) -> str:
        return f"{self.path} cannot be written: {self.detail}. Nothing was written."


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int


@dataclass(frozen=True)
class ImportResult:
    """``added``: records stored. ``skipped``: the file's records the journal already had
    (in a merge; in a restore, the built-in scales every journal starts with, when exported as
    they are), and the demo marker, which an import never copies."""

    path: Path | None
    added: int
    skipped: int


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a document's records are built: they hold no
    cycles, yet with 100,000 of them its repeated full passes cost a third of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --- export ---------------------------------------------------------------------------------


def export_document(session_factory: sessionmaker[Any], *, now: datetime) -> dict[str, Any]:
    """The whole journal as a document (as ``write_json`` writes it)."""
    return _export(session_factory, now, None, None)


def write_json(
    session_factory: sessionmaker[Any],
    path: Path,
    *,
    now: datetime,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> ExportResult:
    """Write the whole journal to ``path`` as a JSON document, atomically (the file holds
    either what it held before or the whole document)."""
    from journey.services.calendar import write_atomically  # its module is slow to import

    path = Path(path)
    with _no_cycle_collection():
        document = _export(session_factory, now, progress, cancelled)
        data = encode(document)
    if cancelled is not None and cancelled():
        raise Cancelled
    try:
        write_atomically(path, data)
    except CalendarFileError as exc:
        raise ExportFailed(path, str(exc.params.get("detail", exc.detail()))) from exc
    records = sum(len(rows) for rows in document["journal"].values())
    if progress is not None:
        progress(records, records)
    return ExportResult(path, records)


def encode(document: dict[str, Any]) -> bytes:
    """The document as UTF-8 JSON text, one record per line (readable, and diffs well)."""
    dumps = json.JSONEncoder(ensure_ascii=False).encode  # one encoder: json.dumps makes one a call
    lines = ["{"]
    for key, value in document.items():
        if key != "journal":
            lines.append(f"  {dumps(key)}: {dumps(value)},")
    lines.append('  "journal": {')
    names = list(document["journal"])
    for position, name in enumerate(names):
        records = document["journal"][name]
        comma = "," if position < len(names) - 1 else ""
        if not records:
            lines.append(f"    {json.dumps(name)}: []{comma}")
            continue
        lines.append(f"    {json.dumps(name)}: [")
        lines.append(",\n".join(f"      {dumps(record)}" for record in records))
        lines.append(f"    ]{comma}")
    lines.append("  }")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _export(
    session_factory: sessionmaker[Any],
    now: datetime,
    progress: Progress | None,
    cancelled: Cancel | None,
) -> dict[str, Any]:
    journal: dict[str, list[dict[str, Any]]] = {}
    # One read transaction: the document is one consistent moment of the journal.
    with session_factory() as session:
        connection = session.connection()
        total = sum(_count(connection, section) for section in sections())
        done = 0
        for section in sorted(sections(), key=lambda s: s.name):
            names = [c.name for c in section.columns]
            converters = [(c.name, TO_JSON[c.kind]) for c in section.columns if c.kind in TO_JSON]
            key = section.table.c[section.key]
            query = select(section.table).order_by(key)
            if section.name == "setting":
                query = query.where(key != DEMO_MARKER)
            records = journal[section.name] = []
            for chunk in connection.execute(query).partitions(CHUNK):
                for values in chunk:
                    record = dict(zip(names, values, strict=True))
                    for name, convert in converters:
                        if record[name] is not None:
                            record[name] = convert(record[name])
                    records.append(record)
                done += len(chunk)
                _step(progress, cancelled, done, total)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": TO_JSON["instant"](now.astimezone(UTC)),
        "app_version": journey.__version__,
        "schema_revision": head_revision(),
        "journal": journal,
    }


def _count(connection: Connection, section: Section) -> int:
    return int(connection.execute(select(func.count()).select_from(section.table)).scalar_one())


def _step(progress: Progress | None, cancelled: Cancel | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled
    if progress is not None:
        progress(done, total)


# --- import ---------------------------------------------------------------------------------


def read_document(path: Path, *, max_bytes: int = MAX_BYTES) -> dict[str, Any]:
    """The document in the file at ``path``, once it has been checked in full."""
    document = _read(Path(path), max_bytes)
    try:
        check(document)
    except ImportRefused as exc:
        raise exc.naming(Path(path)) from None
    result: dict[str, Any] = document
    return result


def import_json(
    session_factory: sessionmaker[Any],
    path: Path,
    *,
    merge: bool = False,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> ImportResult:
    """Import the JSON journal in the file at ``path`` (see ``import_document``)."""
    path = Path(path)
    document = _read(path, MAX_BYTES)
    try:
        result = import_document(
            session_factory, document, merge=merge, progress=progress, cancelled=cancelled
        )
    except ImportRefused as exc:
        raise exc.naming(path) from None
    return ImportResult(path, result.added, result.skipped)


def import_document(
    session_factory: sessionmaker[Any],
    document: dict[str, Any],
    *,
    merge: bool = False,
    progress: Progress | None = None,
    cancelled: Cancel | None = None,
) -> ImportResult:
    """Restore the document into an empty journal, or merge it into one with entries when
    ``merge`` is true; all or nothing. Raises ``ImportRefused`` or ``Cancelled`` with the
    journal unchanged."""
    with _no_cycle_collection():
        return _import(session_factory, document, merge, progress, cancelled)


def _import(
    session_factory: sessionmaker[Any],
    document: dict[str, Any],
    merge: bool,
    progress: Progress | None,
    cancelled: Cancel | None,
) -> ImportResult:
    records = check(document)
    counter = _Counter(sum(len(rows) for rows in records.values()), progress, cancelled)
    with session_factory.begin() as session:
        connection = session.connection()
        if _is_empty(connection):
            _restore(connection, records, counter)
        elif merge:
            _merge(connection, records, counter)
        else:
            raise ImportRefused(
                "$", "this journal already has entries; use merge to add the file's records"
            )
        if cancelled is not None and cancelled():
            raise Cancelled  # the last moment before the commit
    return ImportResult(None, counter.added, counter.skipped)


def is_empty(session_factory: sessionmaker[Any]) -> bool:
    """True if the journal holds nothing of the user's yet: an import would be a restore."""
    with session_factory() as session:
        return _is_empty(session.connection())


def _read(path: Path, max_bytes: int) -> Any:
    try:
        size = path.stat().st_size
        if size > max_bytes:  # refused before it is read
            raise too_large(size, max_bytes).naming(path)
        data = path.read_bytes()
    except OSError as exc:
        detail = (exc.strerror or str(exc)).lower()
        raise ImportRefused("$", f"the file cannot be read: {detail}", file=path) from exc
    try:
        return parse(data, max_bytes=max_bytes)
    except ImportRefused as exc:
        raise exc.naming(path) from None


class _Counter:
    """Counts what an import does, reports progress and notices a cancel."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancel | None) -> None:
        self.total, self.progress, self.cancelled = total, progress, cancelled
        self.added = self.skipped = 0

    def step(self, added: int = 0, skipped: int = 0) -> None:
        self.added += added
        self.skipped += skipped
        _step(self.progress, self.cancelled, self.added + self.skipped, self.total)


def _is_standard_line(section: Section, row: dict[str, Any]) -> bool:
    """A documents-checklist line every journal gets (the Documents page adds them)."""
    return section.name == "travel_document" and row["kind"] != "other"


def _is_placeholder(section: Section, row: dict[str, Any]) -> bool:
    """A row a new journal has before the user enters anything: a built-in rating scale,
    or an untouched standard document line."""
    if section.name == "rating_scale":
        return bool(row["built_in"])
    untouched = not row["done"] and not row["note"] and row["attachment"] is None
    return _is_standard_line(section, row) and untouched


def _rows(connection: Connection, section: Section) -> list[dict[str, Any]]:
    result = connection.execute(select(section.table).order_by(section.table.c[section.key]))
    return [dict(row._mapping) for row in result]


def _is_empty(connection: Connection) -> bool:
    """True if the journal holds nothing of the user's (see the module's docstring)."""
    for section in sections():
        if section.name == "setting":
            continue
        if section.name in ("rating_scale", "travel_document"):
            if not all(_is_placeholder(section, row) for row in _rows(connection, section)):
                return False
        elif connection.execute(select(section.table).limit(1)).first() is not None:
            return False
    return True


def _insert(
    connection: Connection, section: Section, rows: list[dict[str, Any]], counter: _Counter
) -> None:
    """Store ``rows`` with one prepared INSERT run over each chunk (DB-API executemany).

    The values go through each column type's own bind processor, exactly as an ORM or Core
    insert would store them; only SQLAlchemy's per-row bookkeeping is skipped, which costs
    more than the database's own work for 100,000 rows.
    """
    table = section.table
    names = [c.name for c in table.columns]
    statement = str(insert(table).compile(dialect=connection.dialect, column_keys=names))
    processors = [
        (position, processor)
        for position, column in enumerate(table.columns)
        if (processor := column.type.bind_processor(connection.dialect)) is not None
    ]
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        values = []
        for row in chunk:
            stored = [row[name] for name in names]
            for position, processor in processors:
                stored[position] = processor(stored[position])
            values.append(tuple(stored))
        try:
            connection.exec_driver_sql(statement, values)
        except IntegrityError as exc:  # the checks before should make this unreachable
            raise ImportRefused(
                f"$.journal.{section.name}", f"the journal refused these records ({exc.orig})"
            ) from exc
        counter.step(added=len(chunk))


def _restore(connection: Connection, records: Records, counter: _Counter) -> None:
    """Every record with its own id, in place of what a new journal starts with."""
    for section in sections():
        rows = records[section.name]
        if section.name == "setting":
            kept = [row for row in rows if row["key"] != DEMO_MARKER]
            counter.step(skipped=len(rows) - len(kept))
            rows = kept
        if section.name in ("setting", "rating_scale", "travel_document"):
            rows = _make_room(connection, section, rows, counter)
        _insert(connection, section, rows, counter)


def _make_room(
    connection: Connection, section: Section, rows: list[dict[str, Any]], counter: _Counter
) -> list[dict[str, Any]]:
    """The rows still to store once the journal's own rows of a section an empty journal may
    already fill (settings, built-in scales, standard document lines) have made way: one the
    same as the file's is kept (and counted as skipped); one with the same id, or the same
    setting, scale or standard line, is removed so the file's comes back as exported."""
    table = section.table
    names = [c.name for c in section.columns]
    existing = {tuple(row[n] for n in names) for row in _rows(connection, section)}
    fresh = [row for row in rows if tuple(row[n] for n in names) not in existing]
    counter.step(skipped=len(rows) - len(fresh))
    clash: ColumnElement[bool]
    if section.name == "setting":
        clash = table.c.key.in_([row["key"] for row in fresh])
    else:
        natural = "key" if section.name == "rating_scale" else "kind"
        # Every built-in scale by its key; a standard document line by its kind (a line of
        # the user's own, kind "other", is never a placeholder).
        same = {row[natural] for row in fresh if natural == "key" or row["kind"] != "other"}
        clash = table.c.id.in_([row["id"] for row in fresh]) | table.c[natural].in_(same)
    connection.execute(delete(table).where(clash))
    return fresh


def _merge(connection: Connection, records: Records, counter: _Counter) -> None:
    """The file's records the journal does not have yet, with new ids."""
    new_ids: dict[str, dict[Any, Any]] = {}  # section → the file's id → the journal's id
    for section in sections():
        rows = records[section.name]
        mapped = new_ids[section.name] = {}
        existing = _rows(connection, section)
        if section.singleton and existing:
            for row in rows:
                mapped[row[section.key]] = existing[0][section.key]
            counter.step(skipped=len(rows))
            continue
        journal_extra, file_extra = _extras(connection, records, section)
        match = _Matcher(section, existing, journal_extra)
        next_id = (
            1 + max((row[section.key] for row in existing), default=0) if section.numbered else 0
        )
        added = []
        for index, original in enumerate(rows):
            if section.name == "setting" and original["key"] == DEMO_MARKER:
                counter.step(skipped=1)
                continue
            row = _remapped(section, original, new_ids)
            found = match.existing(row, file_extra(original))
            if found is not None:
                mapped[row[section.key]] = found
                counter.step(skipped=1)
                continue
            if section.numbered:
                mapped[row[section.key]] = next_id
                row = {**row, section.key: next_id}
                next_id += 1
            match.add(row)
            added.append((index, row))
        if section.name == "rating":
            _check_ratings(connection, added)
        _insert(connection, section, [row for _, row in added], counter)


def _remapped(
    section: Section, row: dict[str, Any], new_ids: dict[str, dict[Any, Any]]
) -> dict[str, Any]:
    """The row with its references translated to the journal's ids."""
    if not section.references:
        return row
    row = dict(row)
    for column in section.references:
        if row[column.name] is not None:
            assert column.reference is not None
            row[column.name] = new_ids[column.reference][row[column.name]]
    return row


Extra = Callable[[dict[str, Any]], Any]


def _no_extra(row: dict[str, Any]) -> None:
    return None


class _Matcher:
    """Finds the journal's own record for one of the file's: by a unique name or key, else by
    content. Each of the journal's records stands for one of the file's only, so two equal
    records in the file match two in the journal, not one."""

    def __init__(self, section: Section, existing: list[dict[str, Any]], extra: Extra) -> None:
        self.section = section
        self.content_columns = [c.name for c in section.columns if c.name != section.key]
        self.unique = list(section.unique)
        if section.name == "travel_document":
            self.unique.append(("kind",))  # one line per standard document (documents.py)
        self.by_unique: dict[tuple[str, ...], dict[tuple[Any, ...], Any]] = {
            columns: {} for columns in self.unique
        }
        self.by_content: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
        for row in existing:
            self.add(row)
            self.by_content[self._content(row, extra(row))].append(row[section.key])

    def _keys(self, row: dict[str, Any]) -> Iterator[tuple[tuple[str, ...], tuple[Any, ...]]]:
        for columns in self.unique:
            if columns == ("kind",) and not _is_standard_line(self.section, row):
                continue
            values = tuple(row[c] for c in columns)
            if None not in values:
                yield columns, values

    def _content(self, row: dict[str, Any], extra: Any) -> tuple[Any, ...]:
        return (*(row[name] for name in self.content_columns), extra)

    def add(self, row: dict[str, Any]) -> None:
        """Count ``row`` (the journal's, or the file's once stored) as in the journal."""
        for columns, values in self._keys(row):
            self.by_unique[columns].setdefault(values, row[self.section.key])

    def existing(self, row: dict[str, Any], extra: Any) -> Any | None:
        """The journal's id of the record ``row`` (references already translated) repeats."""
        for columns, values in self._keys(row):
            found = self.by_unique[columns].get(values)
            if found is not None:
                return found
        same = self.by_content.get(self._content(row, extra))
        return same.pop(0) if same else None


def _extras(connection: Connection, records: Records, section: Section) -> tuple[Extra, Extra]:
    """What else a record's content includes, for the journal's records and the file's.

    A rating set is the same as another only with the same ratings: its (scale key, value)
    pairs, looked up by the journal's set id or by the file's.
    """
    if section.name != "rating_set":
        return _no_extra, _no_extra
    rating, scale = section_named()["rating"].table, section_named()["rating_scale"].table
    in_journal: dict[Any, set[tuple[str, float]]] = defaultdict(set)
    query = select(rating.c.set_id, scale.c.key, rating.c.value).join(
        scale, scale.c.id == rating.c.scale_id
    )
    for set_id, key, value in connection.execute(query):
        in_journal[set_id].add((key, value))
    keys = {row["id"]: row["key"] for row in records["rating_scale"]}
    in_file: dict[Any, set[tuple[str, float]]] = defaultdict(set)
    for row in records["rating"]:
        in_file[row["set_id"]].add((keys[row["scale_id"]], row["value"]))
    return (
        lambda row: frozenset(in_journal.get(row["id"], ())),
        lambda row: frozenset(in_file.get(row["id"], ())),
    )


def _check_ratings(connection: Connection, added: list[tuple[int, dict[str, Any]]]) -> None:
    """A rating merged onto one of the journal's own scales must fit that scale's range."""
    scale = section_named()["rating_scale"].table
    ranges = {
        row.id: (row.low, row.high)
        for row in connection.execute(select(scale.c.id, scale.c.low, scale.c.high))
    }
    for index, row in added:
        found = rating_range_problem(row["value"], *ranges[row["scale_id"]])
        if found:
            column, detail = found[0]
            raise ImportRefused(f"$.journal.rating[{index}].{column}", detail)
