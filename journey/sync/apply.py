"""Applying another computer's changes to this journal (issue 16, part 4), idempotently.

The changes are the other computer's outbox entries (journey.outbox), applied in the order of
their stamps, each column on its own:

- a column this computer has not changed since the value the change replaced (its ``base``)
  takes the new value;
- a column changed here alongside (our stamp is newer than its base) keeps the newer of the
  two by the clock, on both computers alike, and the other value is kept as a conflict for the
  user to choose ("Changed on both computers — choose"): nothing is silently lost;
- a change already applied changes nothing, so a batch delivered twice is harmless: each
  computer's changes come in the order it made them (its batches name the one before), and
  this one remembers the last it applied from each (``seen:<device>`` in ``sync_state``);
- a deletion removes the row and keeps a tombstone, unless the row was edited here after what
  the deleting computer had seen: an edit beats a delete. The tombstone remembers what the
  deletion had seen (its base, journey.outbox), so that a change arriving after it is judged
  alike: an edit, or a restore ("Recently deleted"), newer than that base was made alongside
  the deletion and brings the row back; one no newer (the row's addition delivered late, an
  edit the deleting computer had seen) changes nothing;
- a new row whose references have not arrived yet waits (returned as ``waiting``, with every
  later change from the same computer) for a later pass: sync tools deliver files in any
  order.

Rows are written with SQL statements, below the sessions' recorder: what comes in does not go
back out as this computer's change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from journey.db import FROM_JSON, column_kind
from journey.hlc import Stamp, receive
from journey.outbox import (
    CHANGES,
    CLOCK_KEY,
    CONFLICTS,
    DELETED_PREFIX,
    ROWS,
    STATE,
    TOMBSTONES,
    VERSIONS,
    device_id,
    forget,
    read_state,
    travelling_tables,
    travels_in,
    write_state,
)

# Columns the journal keeps about a row rather than what the person wrote (when it was last
# changed, and where; a calendar event's revision): changed on both computers, the newer by
# the clock stays, with no choice to ask for.
BOOKKEEPING = frozenset({"updated_at", "updated_zone", "sequence"})

# A deleted row here: its table, the deletion's stamp, its last values as JSON (None until
# read) and what the deletion had seen (its base; None if not known).
Tombstone = tuple[str, str, str | None, str | None]


@dataclass(frozen=True)
class Change:
    """One outbox entry as it travels."""

    stamp: str
    tbl: str
    uid: str
    op: str  # insert, update or delete
    cols: Mapping[str, Any]
    bases: Mapping[str, str]

    def to_json(self) -> dict[str, Any]:
        return {
            "stamp": self.stamp,
            "tbl": self.tbl,
            "uid": self.uid,
            "op": self.op,
            "cols": dict(self.cols),
            "bases": dict(self.bases),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Change:
        return cls(data["stamp"], data["tbl"], data["uid"], data["op"], data["cols"], data["bases"])


@dataclass
class Applied:
    """What a pass did: changes applied, conflicts found, changes waiting for a reference."""

    applied: int = 0
    conflicts: int = 0
    restored: int = 0  # rows deleted here that an edit from the other computer brought back
    kept_over_delete: int = 0  # rows edited here that the other computer's deletion left
    waiting: list[Change] = field(default_factory=list)


def pending_changes(connection: Connection, after_id: int = 0) -> list[tuple[int, Change]]:
    """This computer's outbox from after ``after_id``, oldest first, with each entry's id."""
    rows = connection.execute(
        select(CHANGES).where(CHANGES.c.id > after_id).order_by(CHANGES.c.id)
    ).mappings()
    return [
        (
            row["id"],
            Change(
                row["stamp"],
                row["tbl"],
                row["uid"],
                row["op"],
                json.loads(row["cols"]),
                json.loads(row["bases"]),
            ),
        )
        for row in rows
    ]


SEEN_PREFIX = "seen:"


def last_seen(connection: Connection, device: str) -> str:
    """The stamp of the last change applied here from ``device`` ("" if none)."""
    return read_state(connection, SEEN_PREFIX + device) or ""


def apply_changes(connection: Connection, changes: Iterable[Change], wall_ms: int) -> Applied:
    """Apply ``changes`` (from other computers) in the order of their stamps; those applied
    before are skipped."""
    ordered = sorted(changes, key=lambda c: c.stamp)
    seen: dict[str, str] = {}
    stuck: set[str] = set()
    result = Applied()
    applier = _Applier(connection, result)
    for change in ordered:
        device = Stamp.parse(change.stamp).device
        if device not in seen:
            seen[device] = last_seen(connection, device)
        if change.stamp <= seen[device]:
            continue  # applied before
        if device in stuck:
            result.waiting.append(change)  # after one that waits: in order, later
            continue
        if applier.apply(change):
            seen[device] = change.stamp
        else:
            stuck.add(device)
    applier.save()
    _finish(connection, ordered, seen, wall_ms)
    return result


def apply_snapshot(connection: Connection, changes: list[Change], wall_ms: int) -> Applied:
    """Apply a snapshot (``snapshot_changes``) to a journal without the journey, in its own
    order: every row after the rows it refers to."""
    result = Applied()
    applier = _Applier(connection, result)
    seen: dict[str, str] = {}
    for change in changes:
        applier.apply(change)
        device = Stamp.parse(change.stamp).device
        seen[device] = max(seen.get(device, ""), change.stamp)
    applier.save()
    _finish(connection, sorted(changes, key=lambda c: c.stamp), seen, wall_ms)
    return result


def _finish(
    connection: Connection, ordered: list[Change], seen: dict[str, str], wall_ms: int
) -> None:
    """Remember the last change applied from each device, and see the newest stamp."""
    for device, stamp in seen.items():
        if stamp:
            write_state(connection, SEEN_PREFIX + device, stamp)
    if ordered:
        last = read_state(connection, CLOCK_KEY)
        newest = Stamp.parse(ordered[-1].stamp)
        clock = receive(Stamp.parse(last) if last else None, newest, wall_ms, device_id(connection))
        write_state(connection, CLOCK_KEY, clock.text())
    forget(connection)  # rows placed here: the recorder reads them afresh


class _Applier:
    """Applies changes one by one. Where each row is, its versions and the tombstones are read
    once and written back once (``save``): a pass over 10,000 changes then costs about one
    statement per change, not eight."""

    def __init__(self, connection: Connection, result: Applied) -> None:
        self.connection = connection
        self.tables = {table.name: table for table in travelling_tables()}
        self.result = result
        placed = connection.execute(select(ROWS.c.uid, ROWS.c.tbl, ROWS.c.row_key, ROWS.c.stamp))
        self.rows: dict[str, tuple[str, str, str] | None] = {
            uid: (tbl, key, stamp) for uid, tbl, key, stamp in placed
        }
        self.uids = {(row[0], row[1]): uid for uid, row in self.rows.items() if row}
        self.edits: dict[str, dict[str, str]] = {}
        for uid, col, stamp in connection.execute(select(VERSIONS)):
            self.edits.setdefault(uid, {})[col] = stamp
        bases = {  # what each deletion had seen
            key.removeprefix(DELETED_PREFIX): stamp
            for key, stamp in connection.execute(
                select(STATE.c.key, STATE.c.value).where(STATE.c.key.startswith(DELETED_PREFIX))
            )
        }
        deleted = connection.execute(select(TOMBSTONES.c.uid, TOMBSTONES.c.tbl, TOMBSTONES.c.stamp))
        # A deleted row: its table, the deletion's stamp, its last values (read when needed)
        # and the deletion's base (None in a tombstone from before bases were kept).
        self.tombstones: dict[str, Tombstone | None] = {
            uid: (tbl, stamp, None, bases.get(uid)) for uid, tbl, stamp in deleted
        }
        self.touched: set[str] = set()  # uids whose bookkeeping ``save`` writes back
        # Fields changed on both computers, awaiting a choice: a later change of the field
        # (the choice made on another computer) settles them (journey.sync.history).
        self.open_conflicts: dict[tuple[str, str], str] = {}
        for uid, col, *stamps in connection.execute(
            select(
                CONFLICTS.c.uid, CONFLICTS.c.col, CONFLICTS.c.kept_stamp, CONFLICTS.c.other_stamp
            )
        ):
            newest = max(stamps)
            self.open_conflicts[(uid, col)] = max(newest, self.open_conflicts.get((uid, col), ""))
        self.statements: dict[tuple[str, frozenset[str] | None], Any] = {}

    def save(self) -> None:
        """Write back the bookkeeping of every row this pass touched."""
        touched = sorted(self.touched)
        for start in range(0, len(touched), 500):
            chunk = touched[start : start + 500]
            for table in (ROWS, VERSIONS):
                self.connection.execute(delete(table).where(table.c.uid.in_(chunk)))
            stones = [uid for uid in chunk if uid in self.tombstones]
            kept = [uid for uid in stones if self.tombstones[uid] is not None]
            gone = [uid for uid in stones if self.tombstones[uid] is None]
            if gone:
                self.connection.execute(delete(TOMBSTONES).where(TOMBSTONES.c.uid.in_(gone)))
            rows = [
                {"uid": uid, "tbl": r[0], "row_key": r[1], "stamp": r[2]}
                for uid in chunk
                if (r := self.rows.get(uid))
            ]
            if rows:
                self.connection.execute(insert(ROWS), rows)
            versions = [
                {"uid": uid, "col": col, "stamp": stamp}
                for uid in chunk
                if self.rows.get(uid)
                for col, stamp in self.edits.get(uid, {}).items()
            ]
            self.connection.execute(
                delete(STATE).where(STATE.c.key.in_([DELETED_PREFIX + uid for uid in chunk]))
            )
            bases = [
                {"key": DELETED_PREFIX + uid, "value": t[3]}
                for uid in kept
                if (t := self.tombstones[uid]) is not None and t[3] is not None
            ]
            if bases:
                self.connection.execute(insert(STATE), bases)
            if versions:
                self.connection.execute(insert(VERSIONS), versions)
            written = [
                {"uid": uid, "tbl": t[0], "stamp": t[1], "row": t[2]}
                for uid in kept
                if (t := self.tombstones[uid]) is not None and t[2] is not None
            ]
            if written:
                self.connection.execute(insert(TOMBSTONES).prefix_with("OR REPLACE"), written)
        self.touched.clear()

    def apply(self, change: Change) -> bool:
        """Apply one change; False if it waits for a row not here yet."""
        if change.tbl not in self.tables:  # the batch's schema revision is checked first
            raise ValueError(f"unknown table {change.tbl!r}")
        waiting = len(self.result.waiting)
        self._apply(change)
        return len(self.result.waiting) == waiting

    def _apply(self, change: Change) -> None:
        table = self.tables[change.tbl]
        key = self.key_of(change.uid)
        if change.op == "delete":
            self.deleted(table, change, key)
        elif key is None:
            self.added(table, change)
        else:
            self.edited(table, change, key)

    # --- the three kinds of change ------------------------------------------------------

    def added(self, table: Table, change: Change) -> None:
        tombstone = self.tombstones.get(change.uid)
        if tombstone is not None and not _outlives(change, tombstone):
            # The deletion had seen it (the addition delivered late, or an edit or a restore
            # the deleting computer had heard of): it stays deleted.
            return
        if change.op == "update":
            if tombstone is None:
                self.result.waiting.append(change)  # its addition has not arrived yet
                return
            # Deleted here, edited there alongside: the edit wins; the row comes back with it.
            values = {**json.loads(self.tombstone_row(change.uid)), **change.cols}
            self.result.restored += 1
        else:
            values = dict(change.cols)
        row = self.local_values(table, values)
        if row is None:
            self.result.waiting.append(change)
            return
        (key_column,) = table.primary_key.columns
        inserted = self.connection.execute(self.statement(table, None), row)
        key = row.get(key_column.name)
        if key is None:
            (key,) = inserted.inserted_primary_key or (None,)
        uid = change.uid
        self.touched.add(uid)
        if uid in self.tombstones:
            self.tombstones[uid] = None
        self.rows[uid] = (table.name, str(key), change.stamp)
        self.uids[(table.name, str(key))] = uid
        # A snapshot's row says when each column was last changed (its ``bases``).
        self.edits[uid] = {
            name: stamp
            for name, stamp in change.bases.items()
            if change.op == "insert" and name in table.c and stamp > change.stamp
        }
        self.result.applied += 1

    def edited(self, table: Table, change: Change, key: str) -> None:
        versions = self.versions(change.uid)
        taken: dict[str, Any] = {}
        for name, value in change.cols.items():
            if name not in table.c:
                continue  # a column this version does not have (checked per batch)
            ours = versions.get(name, versions[""])
            if ours == change.stamp:
                continue  # already applied
            base = change.bases.get(name, "")
            if ours > base:  # changed here alongside what they changed
                current = self.current(table, key, name)
                if current == value or name in BOOKKEEPING:  # no choice to make
                    if change.stamp > ours:
                        taken[name] = value
                    continue
                if change.stamp > ours:
                    taken[name] = value
                    self.conflict(change, name, kept=(value, change.stamp), other=(current, ours))
                else:
                    self.conflict(change, name, kept=(current, ours), other=(value, change.stamp))
                continue
            taken[name] = value
        if not taken:
            return
        row = self.local_values(table, taken)
        if row is None:
            self.result.waiting.append(change)
            return
        (key_column,) = table.primary_key.columns
        values = {f"set_{name}": value for name, value in row.items()}
        values["where_pk"] = _typed_key(key_column, key)  # no column is named so
        self.connection.execute(self.statement(table, frozenset(row)), values)
        self.touched.add(change.uid)
        self.edits.setdefault(change.uid, {}).update(dict.fromkeys(taken, change.stamp))
        self.result.applied += 1
        for name in taken:
            settled = self.open_conflicts.get((change.uid, name))
            if settled is not None and change.stamp > settled:
                del self.open_conflicts[(change.uid, name)]
                self.connection.execute(
                    delete(CONFLICTS).where(
                        (CONFLICTS.c.uid == change.uid) & (CONFLICTS.c.col == name)
                    )
                )

    def deleted(self, table: Table, change: Change, key: str | None) -> None:
        base = change.bases.get("")
        if key is None:  # never had it, or deleted it already: remember it stays deleted
            tombstone = self.tombstones.get(change.uid)
            if tombstone is None:
                self.tombstones[change.uid] = (table.name, change.stamp, "{}", base)
                self.touched.add(change.uid)
            elif base is not None and tombstone[3] is not None and base > tombstone[3]:
                # Deleted here too, by a computer that had seen more of it: what either
                # deletion had seen stays deleted.
                self.tombstones[change.uid] = (*tombstone[:3], base)
                self.touched.add(change.uid)
            return
        versions = self.versions(change.uid)
        if max(versions.values()) > change.bases.get("", ""):
            self.result.kept_over_delete += 1  # edited here after what they saw: kept
            return
        (key_column,) = table.primary_key.columns
        where = key_column == _typed_key(key_column, key)
        last = self.connection.execute(select(table).where(where)).mappings().first()
        travelled = {} if last is None else self.travelling_values(table, dict(last))
        self.connection.execute(delete(table).where(where))
        self.touched.add(change.uid)
        self.rows[change.uid] = None
        self.uids.pop((table.name, key), None)
        self.edits.pop(change.uid, None)
        self.tombstones[change.uid] = (table.name, change.stamp, json.dumps(travelled), base)
        self.result.applied += 1

    # --- helpers ------------------------------------------------------------------------

    def statement(self, table: Table, columns: frozenset[str] | None) -> Any:
        """The insert (``columns`` None) or the update of ``columns`` for ``table``, built
        once per pass so that SQLAlchemy compiles it once."""
        found = self.statements.get((table.name, columns))
        if found is None:
            if columns is None:
                found = insert(table)
            else:
                (key_column,) = table.primary_key.columns
                found = (
                    update(table)
                    .where(key_column == bindparam("where_pk"))
                    .values({name: bindparam(f"set_{name}") for name in sorted(columns)})
                )
            self.statements[(table.name, columns)] = found
        return found

    def key_of(self, uid: str) -> str | None:
        row = self.rows.get(uid)
        return None if row is None else row[1]

    def uid_of(self, tbl: str, key: str) -> str | None:
        return self.uids.get((tbl, key))

    def tombstone_row(self, uid: str) -> str:
        """A deleted row's last values, as JSON."""
        found = self.tombstones[uid]
        if found is not None and found[2] is not None:
            return found[2]
        stored = self.connection.execute(
            select(TOMBSTONES.c.row).where(TOMBSTONES.c.uid == uid)
        ).scalar()
        return stored or "{}"

    def versions(self, uid: str) -> dict[str, str]:
        """Each column's stamp here; under "" the row's own (every other column's)."""
        row = self.rows[uid]
        assert row is not None
        return {**self.edits.get(uid, {}), "": row[2]}

    def current(self, table: Table, key: str, name: str) -> Any:
        (key_column,) = table.primary_key.columns
        value = self.connection.execute(
            select(table.c[name]).where(key_column == _typed_key(key_column, key))
        ).scalar()
        return self.travelling_values(table, {name: value})[name]

    def local_values(self, table: Table, values: Mapping[str, Any]) -> dict[str, Any] | None:
        """The travelled values as this journal stores them (a reference as the local key),
        or None while a referred row has not arrived."""
        row: dict[str, Any] = {}
        for name, value in values.items():
            if name not in table.c:
                continue
            column = table.c[name]
            reference = next(iter(column.foreign_keys), None)
            if reference is not None and value is not None:
                key = self.key_of(value)
                if key is None:
                    return None
                target = reference.column
                row[name] = _typed_key(target, key)
            elif value is not None and column_kind(column) in FROM_JSON:
                row[name] = FROM_JSON[column_kind(column)](value)
            else:
                row[name] = value
        return row

    def travelling_values(self, table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
        """Stored values as they travel (the inverse of ``local_values``)."""
        from journey.outbox import plain

        out: dict[str, Any] = {}
        for name, value in values.items():
            column = table.c[name]
            if not travels_in(column):
                continue
            reference = next(iter(column.foreign_keys), None)
            if reference is not None and value is not None:
                out[name] = self.uid_of(reference.column.table.name, str(value))
            else:
                out[name] = plain(column, value)
        return out

    def conflict(
        self, change: Change, name: str, kept: tuple[Any, str], other: tuple[Any, str]
    ) -> None:
        self.connection.execute(
            insert(CONFLICTS).values(
                tbl=change.tbl,
                uid=change.uid,
                col=name,
                kept=json.dumps(kept[0], ensure_ascii=False),
                kept_stamp=kept[1],
                other=json.dumps(other[0], ensure_ascii=False),
                other_stamp=other[1],
            )
        )
        self.result.conflicts += 1


def _outlives(change: Change, tombstone: Tombstone) -> bool:
    """Whether a change arriving for a row deleted here was made alongside its deletion (it
    brings the row back) rather than seen by it (it changes nothing): newer than the
    deletion's base, as a deletion arriving for a row edited since is left undone."""
    _, deleted_at, _, base = tombstone
    if base is None:  # a tombstone from before bases were kept: as then
        return change.op == "update" or change.stamp > deleted_at
    return change.stamp > base


def _typed_key(column: Any, key: str) -> Any:
    return int(key) if column_kind(column) == "integer" else key


def snapshot_changes(connection: Connection) -> list[Change]:
    """Every travelling row of this journal as an addition, stamped when it was added, with
    under ``bases`` the stamp of each column changed since: what a joining computer starts
    from, parents before the rows that refer to them."""
    applier = _Applier(connection, Applied())
    tables = applier.tables
    order = {name: n for n, name in enumerate(tables)}
    edited: dict[str, dict[str, str]] = {}
    versions = select(VERSIONS.c.uid, VERSIONS.c.col, VERSIONS.c.stamp)
    for uid, col, stamp in connection.execute(versions):
        edited.setdefault(uid, {})[col] = stamp
    placed = connection.execute(select(ROWS.c.uid, ROWS.c.tbl, ROWS.c.row_key, ROWS.c.stamp))
    changes = []
    for uid, tbl, key, stamp in placed.all():
        table = tables.get(tbl)
        if table is None:
            continue
        (key_column,) = table.primary_key.columns
        where = key_column == _typed_key(key_column, key)
        row = connection.execute(select(table).where(where)).mappings().first()
        if row is None:  # removed by the database (a cascade): not a row any more
            continue
        values = applier.travelling_values(table, dict(row))
        changes.append(Change(stamp, tbl, uid, "insert", values, edited.get(uid, {})))
    return sorted(changes, key=lambda c: (order[c.tbl], c.stamp))
