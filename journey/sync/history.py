"""What sharing leaves for the person to settle (issue 16, part 4), and what it keeps so that
nothing is lost:

- **Changed on both computers — choose.** When both computers changed the same field since
  they last saw each other, the newer value by the clock is kept on both and the other goes to
  ``sync_conflict``. ``conflicts`` lists them, with both values and who made each; ``choose``
  settles one. The choice is written as a new change, so it travels, and settles the same
  conflict on the other computers when it arrives there (journey.sync.apply).
- **Recently deleted.** A deleted row leaves a tombstone with its last values (journey.outbox).
  ``restore`` brings it back under its own uid, so that on the other computers it is the same
  row coming back, not a copy, together with what was deleted with it (a medication's doses).

Both work on an unshared journal too: the tombstones are kept from the first deletion.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from journey.changes import Service, changes_of
from journey.db import FROM_JSON, Base, column_kind
from journey.hlc import Stamp
from journey.outbox import CONFLICTS, RESTORING, ROWS, TOMBSTONES, travelling_tables

# The columns that name a row to a person, in the order they are looked for.
_NAMING = ("title", "name", "description", "product", "kind", "key", "rule_key")
_TOGETHER_MS = 1000  # rows deleted this long before another, and referring to it, went with it
RECENT = 200  # the most deletions "Recently deleted" lists, newest first


class HistoryError(Exception):
    """A choice or a restore that cannot be made: one line saying why."""


@dataclass(frozen=True)
class Version:
    value: Any  # as it travels: text, a number, true/false, an ISO date, or None
    device: str  # the device that wrote it (journey.hlc stamps say)
    at: datetime  # when, by that device's clock (UTC)


@dataclass(frozen=True)
class Conflict:
    id: int
    tbl: str
    col: str
    label: str  # what the row is called ("Flight to Tijuana"), "" if nothing names it
    kept: Version  # the value both computers now hold (the newer by the clock)
    other: Version  # the value set aside


@dataclass(frozen=True)
class Deleted:
    uid: str
    tbl: str
    label: str
    deleted: Version  # ``value`` holds the row's last values, by column


class HistoryService(Service):
    def __init__(self, session_factory: sessionmaker[Any]) -> None:
        self._sessions = session_factory

    # --- changed on both computers ----------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        """The choices to make, oldest first; one per field (the latest set aside)."""
        with self._sessions() as session:
            connection = session.connection()
            rows = connection.execute(select(CONFLICTS).order_by(CONFLICTS.c.id)).mappings()
            latest = {(row["uid"], row["col"]): row for row in rows}
            found = []
            for row in latest.values():
                values = _current(connection, row["tbl"], row["uid"])
                if values is None:
                    continue  # deleted since: nothing left to choose on
                found.append(
                    Conflict(
                        row["id"],
                        row["tbl"],
                        row["col"],
                        _label(connection, row["tbl"], values),
                        _version(row["kept"], row["kept_stamp"]),
                        _version(row["other"], row["other_stamp"]),
                    )
                )
        return found

    def choose(self, conflict_id: int, *, take_other: bool) -> None:
        """Settle a conflict: keep the value both computers hold, or take the one set aside.
        Either way the choice is written anew, so the other computers settle it too."""
        with self._sessions.begin() as session:
            connection = session.connection()
            row = (
                connection.execute(select(CONFLICTS).where(CONFLICTS.c.id == conflict_id))
                .mappings()
                .first()
            )
            if row is None:
                return  # settled already (here, or by a choice from the other computer)
            table = _table(row["tbl"])
            obj = _loaded(session, table, row["uid"])
            if obj is not None:
                value = json.loads(row["other"] if take_other else row["kept"])
                column = table.c[row["col"]]
                attribute = _mapper(table).get_property_by_column(column).key
                setattr(obj, attribute, _local(connection, column, value))
                flag_modified(obj, attribute)  # the same value too: the choice must travel
            connection.execute(
                delete(CONFLICTS).where(
                    (CONFLICTS.c.uid == row["uid"]) & (CONFLICTS.c.col == row["col"])
                )
            )
            tbl = row["tbl"]
        if self.feed is not None:
            self.feed.publish(changes_of([tbl]))

    # --- recently deleted -------------------------------------------------------------------

    def recently_deleted(self, limit: int = RECENT) -> list[Deleted]:
        """Rows deleted here or on another computer, newest first."""
        with self._sessions() as session:
            connection = session.connection()
            stones = connection.execute(
                select(TOMBSTONES)
                .where(TOMBSTONES.c.row != "{}")  # never here: nothing to bring back
                .order_by(TOMBSTONES.c.stamp.desc())
                .limit(limit)
            ).mappings()
            found = []
            for stone in stones:
                values = json.loads(stone["row"])
                label = _label(connection, stone["tbl"], values)
                found.append(
                    Deleted(
                        stone["uid"], stone["tbl"], label, _version(stone["row"], stone["stamp"])
                    )
                )
        return found

    def restore(self, uid: str) -> int:
        """Bring a deleted row back, with what was deleted in the same action and refers to
        it; returns how many rows came back."""
        with self._sessions.begin() as session:
            connection = session.connection()
            stone = (
                connection.execute(select(TOMBSTONES).where(TOMBSTONES.c.uid == uid))
                .mappings()
                .first()
            )
            if stone is None or stone["row"] == "{}":
                raise HistoryError("it is no longer among the recently deleted")
            # Deleted with it: rows referring to it whose deletion came just before its own
            # (the same action: a medication's doses go first, in the same second).
            wall = Stamp.parse(stone["stamp"]).wall_ms
            together = connection.execute(
                select(TOMBSTONES).where(
                    TOMBSTONES.c.stamp.between(f"{wall - _TOGETHER_MS:016d}", stone["stamp"])
                )
            ).mappings()
            order = {table.name: n for n, table in enumerate(travelling_tables())}
            restored = [stone["uid"]]
            brought: set[str] = {stone["tbl"]}
            given: dict[int, str] = {}
            session.info[RESTORING] = given
            try:
                self._bring_back(session, connection, stone, given)
                for other in sorted(together, key=lambda s: order.get(s["tbl"], 0)):
                    if other["uid"] == uid or other["row"] == "{}":
                        continue
                    if self._refers_to_restored(other, restored):
                        self._bring_back(session, connection, other, given)
                        restored.append(other["uid"])
                        brought.add(other["tbl"])
            except IntegrityError as exc:
                raise HistoryError("an entry like it is already in the journal") from exc
            finally:
                session.info.pop(RESTORING, None)
        if self.feed is not None:
            self.feed.publish(changes_of(brought))
        return len(restored)

    @staticmethod
    def _bring_back(
        session: Session, connection: Connection, stone: Any, given: dict[int, str]
    ) -> None:
        table = _table(stone["tbl"])
        mapper = _mapper(table)
        values = {}
        for name, value in json.loads(stone["row"]).items():
            if name not in table.c:
                continue
            column = table.c[name]
            local = _local(connection, column, value)
            if value is not None and local is None:
                raise HistoryError("what it belonged to was deleted too: restore that first")
            values[mapper.get_property_by_column(column).key] = local
        obj = mapper.class_(**values)
        given[id(obj)] = stone["uid"]
        session.add(obj)
        session.flush()  # recorded now, under its uid: the next row may refer to it

    @staticmethod
    def _refers_to_restored(stone: Any, restored: list[str]) -> bool:
        values = json.loads(stone["row"])
        table = _table(stone["tbl"])
        return any(
            values.get(column.name) in restored for column in table.columns if column.foreign_keys
        )


# --- helpers ----------------------------------------------------------------------------------


def _table(name: str) -> Table:
    found = next((t for t in travelling_tables() if t.name == name), None)
    if found is None:
        raise HistoryError(f"this Journey does not know {name.replace('_', ' ')}")
    return found


def _mapper(table: Table) -> Any:
    return next(m for m in Base.registry.mappers if m.local_table is table)


def _key(connection: Connection, uid: str) -> str | None:
    return connection.execute(select(ROWS.c.row_key).where(ROWS.c.uid == uid)).scalar()


def _typed(column: Any, key: str) -> Any:
    return int(key) if column_kind(column) == "integer" else key


def _loaded(session: Session, table: Table, uid: str) -> Any:
    key = _key(session.connection(), uid)
    if key is None:
        return None
    (key_column,) = table.primary_key.columns
    return session.get(_mapper(table).class_, _typed(key_column, key))


def _current(connection: Connection, tbl: str, uid: str) -> dict[str, Any] | None:
    """A row's values as it travels (references as uids), or None if it is not here."""
    table = _table(tbl)
    key = _key(connection, uid)
    if key is None:
        return None
    (key_column,) = table.primary_key.columns
    row = (
        connection.execute(select(table).where(key_column == _typed(key_column, key)))
        .mappings()
        .first()
    )
    if row is None:
        return None
    values = dict(row)
    for column in table.columns:
        reference = next(iter(column.foreign_keys), None)
        if reference is not None and values.get(column.name) is not None:
            values[column.name] = connection.execute(
                select(ROWS.c.uid).where(
                    (ROWS.c.tbl == reference.column.table.name)
                    & (ROWS.c.row_key == str(values[column.name]))
                )
            ).scalar()
    return values


def _local(connection: Connection, column: Any, value: Any) -> Any:
    """A travelled value as the journal stores it (a reference as the referred row's key;
    None while that row is not here)."""
    if value is None:
        return None
    reference = next(iter(column.foreign_keys), None)
    if reference is not None:
        key = _key(connection, value)
        return None if key is None else _typed(reference.column, key)
    convert = FROM_JSON.get(column_kind(column))
    return convert(value) if convert else value


def _label(connection: Connection, tbl: str, values: dict[str, Any]) -> str:
    """What names a row to a person: its title or name, else that of the row it belongs to
    (a side effect's symptom, a dose's medication)."""
    for name in _NAMING:
        if isinstance(values.get(name), str) and values[name].strip():
            return str(values[name])
    table = _table(tbl)
    for column in table.columns:
        reference = next(iter(column.foreign_keys), None)
        uid = values.get(column.name)
        if reference is None or not isinstance(uid, str):
            continue
        parent = _current(connection, reference.column.table.name, uid)
        if parent is not None:
            return _label(connection, reference.column.table.name, parent)
    return ""


def _version(value: str, stamp: str) -> Version:
    parsed = Stamp.parse(stamp)
    when = datetime.fromtimestamp(parsed.wall_ms / 1000, UTC)
    return Version(json.loads(value), parsed.device, when)
