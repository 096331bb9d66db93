"""SQLite through SQLAlchemy 2: the declarative base, the UTC time type and the connection recipe.

The recipe (STYLE.md): the driver's own transaction handling is switched off so that every
transaction is an explicit ``BEGIN IMMEDIATE`` (a writer takes the lock up front instead of
failing half-way), with foreign keys on, WAL and ``synchronous=FULL`` so that a committed entry
survives a crash or power loss.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    MetaData,
    create_engine,
    event,
)
from sqlalchemy.orm import DeclarativeBase, sessionmaker
from sqlalchemy.types import TypeDecorator

from journey.errors import StorageFailed

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UtcDateTime(TypeDecorator[datetime]):
    """An instant stored as naive UTC and read back as an aware UTC datetime.

    SQLAlchemy's ``DateTime(timezone=True)`` silently drops the offset on SQLite; this type
    refuses naive datetimes on the way in so a wall time can never be mistaken for an instant.
    The zone the user was in is kept in a separate IANA-name column beside it.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("UtcDateTime needs an aware datetime (an instant), got a naive one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


# --- a column's values as JSON (the JSON export, the sync batches) --------------------------


@cache  # asked for every value of every change a sync pass applies
def column_kind(column: Any) -> str:
    """instant (UTC, written with Z), wall_time (a planned local time, no offset), date,
    integer, number, boolean or text."""
    kinds: tuple[tuple[type, str], ...] = (
        (UtcDateTime, "instant"),  # before DateTime: it stores one, but means an instant
        (DateTime, "wall_time"),
        (Date, "date"),
        (Boolean, "boolean"),
        (Integer, "integer"),
        (Float, "number"),
    )
    return next((kind for cls, kind in kinds if isinstance(column.type, cls)), "text")


def _instant_to_json(value: datetime) -> str:
    # Stored as UTC and read back with UTC attached (UtcDateTime).
    return value.replace(tzinfo=None).isoformat() + "Z"


def _isoformat(value: date) -> str:
    return value.isoformat()


TO_JSON: dict[str, Callable[[Any], Any]] = {
    "instant": _instant_to_json,
    "wall_time": _isoformat,
    "date": _isoformat,
}

FROM_JSON: dict[str, Callable[[Any], Any]] = {
    # Python 3.11 reads the Z as UTC; the schema has already checked the shape of each.
    "instant": datetime.fromisoformat,
    "wall_time": datetime.fromisoformat,
    "date": date.fromisoformat,
    "integer": int,  # JSON Schema counts 3.0 as an integer; the database wants 3
    "number": float,
}


BUSY_TIMEOUT_MS = 5000


def make_engine(
    path: Path, *, foreign_keys: bool = True, key: bytes | None = None, read_only: bool = False
) -> Engine:
    """An engine on the SQLite file ``path`` with the connection recipe applied.

    ``foreign_keys=False`` is for migrations, which may rebuild tables (batch mode) and check
    ``PRAGMA foreign_key_check`` themselves afterwards. With ``key`` the file is a SQLCipher
    database (journey.cipher), opened through SQLAlchemy's ``sqlite+pysqlcipher`` dialect.

    ``read_only``: a journal file this user cannot write (journey.files.read_only). Every
    connection opens it read-only (journey.driver.read_only_uri: immutable when the file alone
    is the journal, so no ``-wal`` or ``-shm`` is made beside it); nothing changes the file's
    journal mode, and a transaction is a plain ``BEGIN``. A write is refused by SQLite and
    raised as StorageFailed("read_only_journal"), which names the file, not the folder.
    """
    from sqlalchemy import URL

    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000}
    database, query = str(path), {}
    if read_only:
        from journey.driver import read_only_uri

        database, parameters = read_only_uri(path)
        query = {**parameters, "uri": "true"}
    if key is None:
        url = URL.create("sqlite", database=database, query=query)
        engine = create_engine(url, connect_args=connect_args)
    else:
        from sqlalchemy.pool import QueuePool

        from journey.driver import driver, key_pragma

        driver(key)  # loaded and quietened
        url = URL.create(
            "sqlite+pysqlcipher", password=key_pragma(key), database=database, query=query
        )
        # The dialect keys each new connection first (PRAGMA key), before the recipe below.
        # Its default pool keeps one connection per thread; the plain journal's pool is kept.
        engine = create_engine(url, connect_args=connect_args, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        if not read_only:
            # Fold each commit into the main file at once: an entry then survives even the
            # loss of the -wal file (a sync tool or a person deleting it after a crash), at
            # the cost of one more sync per save (about 1 ms; benchmarks/encryption.py times
            # a save).
            cursor.execute("PRAGMA wal_autocheckpoint=1")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> StorageFailed | None:
        failure = storage_failure(context.original_exception)
        if failure is not None and failure.reason == "read_only":
            from journey.files import read_only as file_read_only

            if read_only or file_read_only(path):  # the file itself: said so, not the folder
                return StorageFailed("read_only_journal", failure.detail)
        return failure

    return engine


# SQLite's words for a write that could not happen (its result codes SQLITE_FULL,
# SQLITE_READONLY, SQLITE_IOERR, SQLITE_BUSY/LOCKED), most specific first.
STORAGE_MESSAGES = (
    ("database or disk is full", "full"),
    ("readonly database", "read_only"),
    ("disk i/o error", "io"),
    ("database is locked", "busy"),
)


def storage_failure(error: BaseException) -> StorageFailed | None:
    """The StorageFailed a driver error means, or None for any other error (a bug)."""
    from journey.driver import operational_errors

    if not isinstance(error, operational_errors()):
        return None
    text = str(error).lower()
    reason = next((r for words, r in STORAGE_MESSAGES if words in text), None)
    return None if reason is None else StorageFailed(reason, str(error))


def make_session_factory(engine: Engine) -> sessionmaker[Any]:
    # Objects stay readable after commit so services can turn them into DTOs.
    return sessionmaker(engine, expire_on_commit=False)
