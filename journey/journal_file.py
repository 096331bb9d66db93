"""One journal file on disk, read without SQLAlchemy: the folder's layout and its revision.

The lowest layer of opening a journal, shared by ``journey.journal`` (claiming and opening)
and ``journey.backup`` (copies of the file): it needs only the standard library and, when a
file is actually read, ``journey.driver``. It must not import SQLAlchemy or Alembic: the app
reads the journal's revision before its window shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from journey.errors import NewerJournal, NotAJournal

JOURNAL_FILE = "journal.sqlite3"
LOCK_FILE = ".journey.lock"
BACKUP_DIR = "backups"
SQLITE_HEADER = b"SQLite format 3\x00"


def known_revisions() -> frozenset[str]:
    """Every schema revision this version knows: the migration files' names.

    Read from the package without importing Alembic, which is slow to import and only needed
    when a journal must be created or upgraded. A test checks these match Alembic's view.
    """
    # The package's own folder (not the checkout's): Alembic reads these files from disk too,
    # and importlib.resources would cost start-up time for no gain.
    versions = Path(__file__).with_name("migrations") / "versions"
    return frozenset(
        entry.name.removesuffix(".py")
        for entry in versions.iterdir()
        if entry.name.endswith(".py") and not entry.name.startswith("__")
    )


def head_revision() -> str:
    # Revision ids start with a zero-padded sequence number, so the newest sorts last.
    return max(known_revisions())


def _connect_read_only(db: Path, key: bytes | None = None) -> Any:
    """A read-only connection that leaves the folder as it was (journey.driver.read_only_uri:
    immutable when the file alone is the journal, which creates no ``-wal`` or ``-shm``)."""
    from journey.driver import connect, read_only_uri

    uri, parameters = read_only_uri(db)
    query = "&".join(f"{name}={value}" for name, value in parameters.items())
    return connect(f"{uri}?{query}", key, uri=True)


def read_revision(db: Path, key: bytes | None = None) -> str:
    """The schema revision of an existing journal file; refuses anything that is not one.

    Opens the file read-only so a refused file is left byte-for-byte as it was. ``key``
    opens an encrypted journal (journey.cipher).
    """
    from journey.driver import database_errors

    try:
        with db.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotAJournal(db, f"it cannot be read: {exc.strerror}") from exc
    if not header:
        raise NotAJournal(db, "the file is empty")
    if header != SQLITE_HEADER and key is None:
        raise NotAJournal(db, "it is not a SQLite database")
    try:
        conn = _connect_read_only(db, key)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                raise NotAJournal(db, "it has no Journey schema")
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            # A damaged page elsewhere would otherwise surface later as a crash on first use.
            # Costs a few milliseconds for a journal of years (about 50 ms for 25 MB).
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()
            if verdict is None or verdict[0] != "ok":
                found = verdict[0] if verdict else "quick_check failed"
                raise NotAJournal(db, f"the database is damaged: {found}")
        finally:
            conn.close()
    except database_errors() as exc:
        raise NotAJournal(db, f"the database is damaged: {exc}") from exc
    if len(rows) != 1:
        raise NotAJournal(db, "its schema version is missing")
    revision = str(rows[0][0])
    if revision not in known_revisions():
        raise NewerJournal(db, revision)
    return revision
