"""The DB-API driver of a journal: the standard library's sqlite3, or SQLCipher's for an
encrypted one (journey.cipher). Apart from the key wrapping, so that opening a plain journal,
and reading its settings before the window is shown, loads nothing of the cipher."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw-key form: the 64 hex digits, no key derivation."""
    return f"x'{key.hex()}'"


def driver(key: bytes | None) -> Any:
    """The DB-API module for a journal: the standard library's sqlite3, or SQLCipher's."""
    if key is None:
        return sqlite3
    from sqlcipher3 import dbapi2

    if not getattr(dbapi2, "_journey_quiet", False):
        # SQLCipher writes every failed decryption (a wrong key) to stderr; its log level is
        # process-wide. The error itself still reaches us as a DatabaseError.
        dbapi2.connect(":memory:").execute("PRAGMA cipher_log_level = NONE").close()
        dbapi2._journey_quiet = True
    return dbapi2


def connect(target: str | Path, key: bytes | None, **kwargs: Any) -> Any:
    """A DB-API connection to ``target`` (a path, or a URI with ``uri=True``), keyed when
    ``key`` is given. Nothing is read until the first statement."""
    module = driver(key)
    conn = module.connect(str(target), **kwargs)
    if key is not None:
        conn.execute(f'PRAGMA key = "{key_pragma(key)}"')
    return conn


def read_only_uri(db: Path) -> tuple[str, dict[str, str]]:
    """The ``file:`` URI and its parameters that open ``db`` read-only, leaving the folder as
    it was.

    A plain read-only open of a WAL-mode file creates ``-wal`` and ``-shm`` files beside it and
    leaves them there. With no ``-wal`` or ``-journal`` beside the file it is complete on its
    own, and nobody writes it (the journal's lock is held, or no one may write the file), so
    it is opened as immutable, which creates nothing. After a crash the ``-wal`` holds
    committed entries and must be read."""
    parameters = {"mode": "ro"}
    if not any(Path(f"{db}{suffix}").exists() for suffix in ("-wal", "-journal")):
        parameters["immutable"] = "1"
    return db.resolve().as_uri(), parameters


def database_errors() -> tuple[type[Exception], ...]:
    """The driver errors to catch: sqlite3's, and SQLCipher's once it has been loaded."""
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        errors += (cipher.Error,)
    return errors


def operational_errors() -> tuple[type[Exception], ...]:
    errors: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is not None:
        errors += (cipher.OperationalError,)
    return errors
