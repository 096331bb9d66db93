"""What changed, column by column, in the transaction that changed it (issue 16, part 2).

Every flush of a journal's session records, beside the rows it writes:

- a stable global id (``uid``) for each row that travels, kept in ``sync_row`` beside the row's
  table and key (the tables themselves are untouched, so exports, imports and every service
  stay as they are). A row the journal knows by something other than its number has a uid
  made from it, so two computers agree on it without asking: the one-per-journal rows their
  table's name, a setting or a clinic check its key, a built-in scale or symptom its key, a
  dose its medicine and time (two people recording the same dose record one), an itinerary
  item its calendar UID. Any other row gets a random one;
- in ``sync_change`` (the outbox), one entry per row added, edited or deleted: the row's uid,
  each column written with its value as JSON (a reference to another row as that row's uid),
  the stamp of the change (journey.hlc, with this device's id) and, column by column, the stamp
  of the value it replaced (its ``base``), so that another computer can tell an edit made on
  top of its own from one made alongside it; a deleted row's last values go to
  ``sync_tombstone``;
- in ``sync_version``, the stamp of each column changed after the row was added (the row's
  own stamp in ``sync_row`` stands for the others: most rows are never edited).

A table the database empties by itself (``ON DELETE CASCADE``) is emptied the same way on the
other computer when the deletion of its parent arrives. What stays on each computer never
travels: the per-device settings (journey.settings), drafts, and these tables.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import time
import uuid
import weakref
from base64 import b32encode
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    Index,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    delete,
    event,
    insert,
    inspect,
    select,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

# Imported for their tables: a table travels if it is on Base.metadata.
from journey import (  # noqa: F401
    aftercare_models,
    blood_count_models,
    models,
    side_effect_models,
    trip_models,
)
from journey.db import TO_JSON, Base, column_kind
from journey.hlc import Stamp, tick
from journey.settings import travels as setting_travels

SYNC_PREFIX = "sync_"
# One row per journal (SPEC §2.1, §2.6): the same uid on every computer.
SINGLETONS = frozenset({"profile", "treatment_course", "companion", "discharge_packet"})
DEVICE_KEY, CLOCK_KEY = "device", "clock"
# In ``sync_state``, under this prefix and a deleted row's uid, the newest stamp of the row its
# deletion had seen (its base): a change arriving later brings the row back only if newer than
# that, made alongside the deletion, not one the deleting computer had seen (journey.sync.apply).
DELETED_PREFIX = "deleted:"


class SyncRow(Base):
    """A travelling row's global id, where it is in this journal, and when it was added."""

    __tablename__ = "sync_row"

    uid: Mapped[str] = mapped_column(String(80), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(80))
    stamp: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_sync_row_place", "tbl", "row_key", unique=True),)


class SyncVersion(Base):
    """The stamp of a column changed after its row was added."""

    __tablename__ = "sync_version"

    uid: Mapped[str] = mapped_column(String(80), primary_key=True)
    col: Mapped[str] = mapped_column(String(64), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(64))


class SyncChange(Base):
    """The outbox: a row added, edited or deleted (``op``), with each column written
    (``cols``, a JSON object) and the stamp of the value each replaced (``bases``; for a
    deletion, under "", the latest stamp of the row it deleted)."""

    __tablename__ = "sync_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    stamp: Mapped[str] = mapped_column(String(64))
    tbl: Mapped[str] = mapped_column(String(40))
    uid: Mapped[str] = mapped_column(String(80))
    op: Mapped[str] = mapped_column(String(8))
    cols: Mapped[str] = mapped_column(Text)
    bases: Mapped[str] = mapped_column(Text)


class SyncTombstone(Base):
    """A deleted row: its uid, when it was deleted, and its last values (to restore it)."""

    __tablename__ = "sync_tombstone"

    uid: Mapped[str] = mapped_column(String(80), primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    stamp: Mapped[str] = mapped_column(String(64))
    row: Mapped[str] = mapped_column(Text)


class SyncConflict(Base):
    """A field both computers changed since they last saw each other: the value kept (the
    newer by the clock) and the other, each with its stamp, until the user chooses."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    tbl: Mapped[str] = mapped_column(String(40))
    uid: Mapped[str] = mapped_column(String(80))
    col: Mapped[str] = mapped_column(String(64))
    kept: Mapped[str] = mapped_column(Text)  # JSON, as the outbox holds values
    kept_stamp: Mapped[str] = mapped_column(String(64))
    other: Mapped[str] = mapped_column(Text)
    other_stamp: Mapped[str] = mapped_column(String(64))


class SyncState(Base):
    """This computer's side of sharing: its device id, its clock, what it has applied, what
    each deletion had seen (``DELETED_PREFIX``)…"""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


ROWS = cast(Table, SyncRow.__table__)
VERSIONS = cast(Table, SyncVersion.__table__)
CHANGES = cast(Table, SyncChange.__table__)
TOMBSTONES = cast(Table, SyncTombstone.__table__)
CONFLICTS = cast(Table, SyncConflict.__table__)
STATE = cast(Table, SyncState.__table__)


# A session's ``info`` under this key maps ``id(row)`` to the uid a new row takes: a row
# restored from its tombstone keeps its uid, so that on the other computers it is the same row
# coming back, not a copy beside the deleted one.
RESTORING = "journey.restoring"


# --- which tables travel, and how their values are written ----------------------------------


@cache
def travelling_tables() -> tuple[Table, ...]:
    """Every table of the journal but these, parents before the rows that refer to them."""
    return tuple(t for t in Base.metadata.sorted_tables if not t.name.startswith(SYNC_PREFIX))


@cache
def _order() -> dict[str, int]:
    return {table.name: n for n, table in enumerate(travelling_tables())}


def _travels(obj: Any) -> bool:
    table = getattr(obj, "__table__", None)
    if table is None or table.name not in _order():
        return False
    return table.name != "setting" or setting_travels(obj.key)


def travels_in(column: Any) -> bool:
    """Whether a column's value travels: all but a number the database gives (a key made of
    words, a setting's or a check's, is the row's own and travels)."""
    return not (column.primary_key and column_kind(column) == "integer")


def new_uid() -> str:
    return uuid.uuid4().hex


def new_device_id() -> str:
    """20 lowercase base32 characters from 12 random bytes (journey.sync.crypto's form)."""
    return b32encode(secrets.token_bytes(12)).decode().rstrip("=").lower()


@cache
def natural_key(table: Table) -> tuple[str, ...] | None:
    """The columns the journal knows a row by, other than a number it gave: a text primary
    key, else the first unique constraint; None if there are none."""
    (key,) = table.primary_key.columns
    if column_kind(key) != "integer":
        return (key.name,)
    for constraint in sorted(table.constraints, key=lambda c: str(c.name or "")):
        if isinstance(constraint, UniqueConstraint):
            return tuple(c.name for c in constraint.columns)
    unique = [c.name for c in table.columns if c.unique]
    return (unique[0],) if unique else None


def row_uid(
    table: Table, values: Mapping[str, Any], uid_of: Callable[[str, str], str | None]
) -> str:
    """The uid of a new row with ``values``: from what the journal knows it by, else random."""
    if table.name in SINGLETONS:
        return table.name
    own = table.info.get("natural_uid")  # a table's own rule for some of its rows
    found = own(values) if own is not None else None
    if found is not None:
        return f"{table.name}:{found}"
    names = natural_key(table)
    if names is None:
        return new_uid()
    parts = []
    for name in names:
        column, value = table.c[name], values.get(name)
        reference = next(iter(column.foreign_keys), None)
        if reference is not None and value is not None:
            parts.append(str(uid_of(reference.column.table.name, str(value))))
        else:
            parts.append(encode(column, value))
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return f"{table.name}:{digest}"


def plain(column: Any, value: Any) -> Any:
    """A column's value as JSON holds it (instants with Z, wall times and dates as ISO)."""
    if value is not None:
        convert = TO_JSON.get(column_kind(column))
        value = convert(value) if convert else value
    return value


def encode(column: Any, value: Any) -> str:
    return json.dumps(plain(column, value), ensure_ascii=False)


# --- the state: device id and clock ---------------------------------------------------------


class _Memory:
    """What the recorder remembers of a journal between flushes, so that a quick-log save pays
    for three statements, not seven (issue 16: the outbox adds at most 1 ms): the device id
    and clock as last read or written, and the uids of rows it has seen. Only this process
    writes the journal (it holds the journal's lock); a rolled-back clock left ahead here is
    harmless, since stamps need only grow."""

    def __init__(self) -> None:
        self.state: dict[str, str] = {}
        self.uids: dict[tuple[str, str], str] = {}


_MEMORY: weakref.WeakKeyDictionary[Engine, _Memory] = weakref.WeakKeyDictionary()


def _memory(connection: Connection) -> _Memory:
    return _MEMORY.setdefault(connection.engine, _Memory())


def forget(connection: Connection) -> None:
    """Forget what is remembered of this journal (after rows were placed by other means)."""
    _MEMORY.pop(connection.engine, None)


# Built once: a quick-log save runs these on every flush, and building a statement costs more
# than SQLite takes to run it (issue 16: the outbox adds at most 1 ms to a save).
_upsert = sqlite_insert(STATE).values(key=bindparam("key"), value=bindparam("value"))
_WRITE_STATE = _upsert.on_conflict_do_update(
    index_elements=["key"], set_={"value": _upsert.excluded.value}
)
_PLACE_ROW = insert(ROWS).prefix_with("OR REPLACE")


def read_state(connection: Connection, key: str) -> str | None:
    found = connection.execute(select(STATE.c.value).where(STATE.c.key == key)).first()
    return None if found is None else str(found[0])


def write_state(connection: Connection, key: str, value: str) -> None:
    connection.execute(_WRITE_STATE, {"key": key, "value": value})
    _memory(connection).state[key] = value


def device_id(connection: Connection) -> str:
    """This computer's device id, made the first time it is asked for."""
    found = read_state(connection, DEVICE_KEY)
    if found is None:
        found = new_device_id()
        write_state(connection, DEVICE_KEY, found)
    return found


def next_stamp(connection: Connection, wall_ms: int) -> Stamp:
    """The stamp of a change made now, after every one made or seen here; kept."""
    state = _memory(connection).state
    if DEVICE_KEY not in state:
        keys = (DEVICE_KEY, CLOCK_KEY)
        query = select(STATE.c.key, STATE.c.value).where(STATE.c.key.in_(keys))
        state.update({key: value for key, value in connection.execute(query)})
    device = state.get(DEVICE_KEY) or device_id(connection)
    last = state.get(CLOCK_KEY)
    stamp = tick(Stamp.parse(last) if last else None, wall_ms, device)
    write_state(connection, CLOCK_KEY, stamp.text())
    return stamp


# --- the recorder ---------------------------------------------------------------------------


def install(factory: sessionmaker[Any], wall_ms: Callable[[], int] | None = None) -> None:
    """Record every flush of ``factory``'s sessions (``wall_ms``: the clock, for tests)."""
    clock = wall_ms or (lambda: time.time_ns() // 1_000_000)

    def after_flush(session: Session, _context: Any) -> None:
        new = [o for o in session.new if _travels(o)]
        deleted = [o for o in session.deleted if _travels(o)]
        changed = [o for o in session.dirty if _travels(o) and o not in session.deleted]
        if new or deleted or changed:
            recorder = _Recorder(session.connection(), clock())
            recorder.given = session.info.get(RESTORING, {})
            recorder.record(new, changed, deleted)

    event.listen(factory, "after_flush", after_flush)


class _Recorder:
    """One flush's changes: a row added, edited or deleted is one outbox entry whose
    ``values`` holds each column written (a reference as the referred row's uid)."""

    def __init__(self, connection: Connection, wall_ms: int) -> None:
        self.connection = connection
        self.wall_ms = wall_ms
        self.first = next_stamp(connection, wall_ms)  # the flush's first stamp, kept
        self.last: Stamp | None = None  # the stamp of the last change recorded
        self.changes: list[dict[str, Any]] = []
        self.uids = _memory(connection).uids
        self.given: dict[int, str] = {}  # rows brought back from their tombstones: their uids

    def record(self, new: list[Any], changed: list[Any], deleted: list[Any]) -> None:
        order = _order()
        for obj in sorted(new, key=lambda o: order[o.__table__.name]):
            self.added(obj)
        for obj in changed:
            self.edited(obj)
        for obj in deleted:
            self.removed(obj)
        if self.changes:
            self.connection.execute(insert(CHANGES), self.changes)
        if self.last is not None and self.last != self.first:
            write_state(self.connection, CLOCK_KEY, self.last.text())

    def next(self) -> str:
        """A stamp of its own for each row's change, even in one flush: another computer
        applies a device's changes in the order of their stamps and skips one no newer than
        the last it applied (journey.sync.apply), so two rows saved together (a rating set's
        ratings, a day's checklist) must never share one."""
        self.last = (
            self.first if self.last is None else tick(self.last, self.wall_ms, self.first.device)
        )
        return self.last.text()

    def added(self, obj: Any) -> None:
        table, key, values = obj.__table__, _key(obj), _values(obj)
        uid = self.given.get(id(obj)) or row_uid(table, values, self.uid_of)
        stamp = self.next()
        if id(obj) in self.given:  # restored ("Recently deleted"): no longer deleted
            self.connection.execute(delete(TOMBSTONES).where(TOMBSTONES.c.uid == uid))
            self.connection.execute(delete(STATE).where(STATE.c.key == DELETED_PREFIX + uid))
        # A key SQLite gave again after a deletion (its cascade unrecorded) takes the new row.
        self.connection.execute(
            _PLACE_ROW, {"uid": uid, "tbl": table.name, "row_key": key, "stamp": stamp}
        )
        self.uids[(table.name, key)] = uid
        written = {c.name: self.plain(c, values) for c in table.columns if travels_in(c)}
        self.change(stamp, table.name, uid, "insert", written, {})

    def edited(self, obj: Any) -> None:
        table, key = obj.__table__, _key(obj)
        uid = self.uid_of(table.name, key)
        if uid is None:  # a row written before it could be recorded (an import): adopt it
            self.added(obj)
            return
        state = inspect(obj)
        columns = [
            prop.columns[0]
            for prop in state.mapper.column_attrs
            if state.attrs[prop.key].history.has_changes() and not prop.columns[0].primary_key
        ]
        if not columns:
            return
        values = _values(obj)
        bases = self.bases(uid)
        written = {c.name: self.plain(c, values) for c in columns}
        stamp = self.next()
        self.connection.execute(
            insert(VERSIONS).prefix_with("OR REPLACE"),
            [{"uid": uid, "col": name, "stamp": stamp} for name in written],
        )
        self.change(
            stamp, table.name, uid, "update", written, {n: bases.get(n, bases[""]) for n in written}
        )

    def removed(self, obj: Any) -> None:
        table, key = obj.__table__, _key(obj)
        uid = self.uid_of(table.name, key)
        if uid is None:
            return
        bases = self.bases(uid)
        values = _values(obj)
        stamp = self.next()
        last = {
            c.name: self.plain(c, values)
            for c in table.columns
            if c.name in values and travels_in(c)  # never its number: another's may have it
        }
        self.connection.execute(
            insert(TOMBSTONES)
            .prefix_with("OR REPLACE")
            .values(uid=uid, tbl=table.name, stamp=stamp, row=_json(last))
        )
        self.connection.execute(delete(VERSIONS).where(VERSIONS.c.uid == uid))
        base = max(bases.values())  # what this deletion had seen of the row
        self.connection.execute(_WRITE_STATE, {"key": DELETED_PREFIX + uid, "value": base})
        self.connection.execute(delete(ROWS).where(ROWS.c.uid == uid))
        self.uids.pop((table.name, key), None)
        self.change(stamp, table.name, uid, "delete", {}, {"": base})

    # helpers

    def change(
        self,
        stamp: str,
        tbl: str,
        uid: str,
        op: str,
        written: dict[str, Any],
        bases: dict[str, str],
    ) -> None:
        self.changes.append(
            {
                "stamp": stamp,
                "tbl": tbl,
                "uid": uid,
                "op": op,
                "cols": _json(written),
                "bases": _json(bases),
            }
        )

    def plain(self, column: Any, values: Mapping[str, Any]) -> Any:
        """A column's value as JSON holds it; a reference as the referred row's uid."""
        value = values.get(column.name)
        reference = next(iter(column.foreign_keys), None)
        if reference is not None and value is not None:
            return self.uid_of(reference.column.table.name, str(value))
        return plain(column, value)

    def uid_of(self, tbl: str, key: str) -> str | None:
        if (tbl, key) not in self.uids:
            found = self.connection.execute(
                select(ROWS.c.uid).where((ROWS.c.tbl == tbl) & (ROWS.c.row_key == key))
            ).scalar()
            if found is None:
                return None
            self.uids[(tbl, key)] = found
        return self.uids[(tbl, key)]

    def bases(self, uid: str) -> dict[str, str]:
        return row_versions(self.connection, uid)


def row_versions(connection: Connection, uid: str) -> dict[str, str]:
    """The stamp of each column of a row edited since it was added, and under "" the row's
    own (that of every other column)."""
    query = select(VERSIONS.c.col, VERSIONS.c.stamp).where(VERSIONS.c.uid == uid)
    found = {col: stamp for col, stamp in connection.execute(query)}
    found[""] = connection.execute(select(ROWS.c.stamp).where(ROWS.c.uid == uid)).scalar_one()
    return found


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _values(obj: Any) -> dict[str, Any]:
    """The loaded values of a row's columns, by column name (nothing is loaded for it)."""
    state = inspect(obj)
    loaded = state.dict
    return {
        prop.columns[0].name: loaded[prop.key]
        for prop in state.mapper.column_attrs
        if prop.key in loaded
    }


def _key(obj: Any) -> str:
    (value,) = inspect(obj).identity or (None,)
    if value is None:
        value = getattr(obj, obj.__table__.primary_key.columns.values()[0].key)
    return str(value)


def adopt(connection: Connection, wall_ms: int) -> int:
    """Give a uid to every travelling row that has none: a journal from before sharing (at
    its first opening with this version) and the rows a JSON import wrote past the recorder.
    Returns how many. Their values are not put in the outbox: a snapshot carries them."""
    known: dict[tuple[str, str], str] = {
        (tbl, key): uid
        for uid, tbl, key in connection.execute(select(ROWS.c.uid, ROWS.c.tbl, ROWS.c.row_key))
    }
    stamp: str | None = None
    fresh: list[dict[str, str]] = []
    for table in travelling_tables():
        (key_column,) = table.primary_key.columns
        for row in connection.execute(select(table)).mappings():
            key = str(row[key_column.name])
            if (table.name, key) in known:
                continue
            if table.name == "setting" and not setting_travels(key):
                continue
            stamp = stamp or next_stamp(connection, wall_ms).text()
            uid = row_uid(table, dict(row), lambda tbl, k: known.get((tbl, k)))
            known[(table.name, key)] = uid
            fresh.append({"uid": uid, "tbl": table.name, "row_key": key, "stamp": stamp})
    if fresh:
        connection.execute(insert(ROWS), fresh)
    return len(fresh)
