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
  the deleting computer had seen: an edit beats a delete. An edit arriving for a row deleted
  here brings it back from its tombstone, with the edit;
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

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.engine import Connection

from journey.db import FROM_JSON, column_kind
from journey.hlc import Stamp, receive
from journey.outbox import (
    CLOCK_KEY,
    CONFLICTS,
    ROWS,
    TOMBSTONES,
    VERSIONS,
    device_id,
    forget,
    read_state,
    row_versions,
    travelling_tables,
    travels_in,
    write_state,
)


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
    from journey.outbox import CHANGES

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
    def __init__(self, connection: Connection, result: Applied) -> None:
        self.connection = connection
        self.tables = {table.name: table for table in travelling_tables()}
        self.result = result

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
        tombstone = self.tombstone(change.uid)
        if tombstone is not None and change.op == "insert" and tombstone["stamp"] > change.stamp:
            return  # added, then deleted here: a late copy of the addition changes nothing
        if change.op == "update":
            if tombstone is None:
                self.result.waiting.append(change)  # its addition has not arrived yet
                return
            # Deleted here, edited there: the edit wins; the row comes back with it.
            values = {**json.loads(tombstone["row"]), **change.cols}
            self.result.restored += 1
        else:
            values = dict(change.cols)
        row = self.local_values(table, values)
        if row is None:
            self.result.waiting.append(change)
            return
        (key_column,) = table.primary_key.columns
        inserted = self.connection.execute(insert(table).values(row))
        key = row.get(key_column.name)
        if key is None:
            (key,) = inserted.inserted_primary_key or (None,)
        self.connection.execute(delete(TOMBSTONES).where(TOMBSTONES.c.uid == change.uid))
        self.connection.execute(
            insert(ROWS).values(
                uid=change.uid, tbl=table.name, row_key=str(key), stamp=change.stamp
            )
        )
        # A snapshot's row says when each column was last changed (its ``bases``).
        edited = [
            {"uid": change.uid, "col": name, "stamp": stamp}
            for name, stamp in change.bases.items()
            if change.op == "insert" and name in table.c and stamp > change.stamp
        ]
        if edited:
            self.connection.execute(insert(VERSIONS).prefix_with("OR REPLACE"), edited)
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
                if current == value:  # to the same value: no choice to make
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
        self.connection.execute(
            update(table).where(key_column == _typed_key(key_column, key)).values(row)
        )
        self.connection.execute(
            insert(VERSIONS).prefix_with("OR REPLACE"),
            [{"uid": change.uid, "col": name, "stamp": change.stamp} for name in taken],
        )
        self.result.applied += 1

    def deleted(self, table: Table, change: Change, key: str | None) -> None:
        if key is None:  # never had it, or deleted it already: remember it stays deleted
            if self.tombstone(change.uid) is None:
                self.connection.execute(
                    insert(TOMBSTONES).values(
                        uid=change.uid, tbl=table.name, stamp=change.stamp, row="{}"
                    )
                )
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
        self.connection.execute(delete(VERSIONS).where(VERSIONS.c.uid == change.uid))
        self.connection.execute(delete(ROWS).where(ROWS.c.uid == change.uid))
        self.connection.execute(
            insert(TOMBSTONES)
            .prefix_with("OR REPLACE")
            .values(uid=change.uid, tbl=table.name, stamp=change.stamp, row=json.dumps(travelled))
        )
        self.result.applied += 1

    # --- helpers ------------------------------------------------------------------------

    def key_of(self, uid: str) -> str | None:
        return self.connection.execute(select(ROWS.c.row_key).where(ROWS.c.uid == uid)).scalar()

    def uid_of(self, tbl: str, key: str) -> str | None:
        return self.connection.execute(
            select(ROWS.c.uid).where((ROWS.c.tbl == tbl) & (ROWS.c.row_key == key))
        ).scalar()

    def tombstone(self, uid: str) -> Any:
        return (
            self.connection.execute(select(TOMBSTONES).where(TOMBSTONES.c.uid == uid))
            .mappings()
            .first()
        )

    def versions(self, uid: str) -> dict[str, str]:
        return row_versions(self.connection, uid)

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
