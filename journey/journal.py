"""One journal = one folder: the SQLite database, its backups and (later) attachments.

``open_journal`` is the only way in. It refuses, without touching a byte, anything that is
not a readable Journey journal or was written by a newer version; it takes a lock so that one
process at a time has the journal open; it copies the file (``VACUUM INTO``) before any schema
upgrade; and it creates a new journal atomically (built beside the final name, then renamed),
so a half-created file never masquerades as a journal.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from journey.errors import (
    DataDirUnusable,
    JournalInUse,
    JournalReadOnly,
    NotAJournal,
    UpgradeFailed,
)
from journey.journal_file import (
    BACKUP_DIR,
    JOURNAL_FILE,
    LOCK_FILE,
    _connect_read_only,
    head_revision,
    read_revision,
)

# The file's layout and revisions live in journey.journal_file (journey.backup reads them
# too, and must not import this module); these stay importable from here as before.
from journey.journal_file import SQLITE_HEADER as SQLITE_HEADER
from journey.journal_file import known_revisions as known_revisions
from journey.settings import DEMO

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import sessionmaker

APP_NAME = "Journey"
DEMO_APP_NAME = "Journey Demo"
ENV_DATA_DIR = "JOURNEY_DATA_DIR"
DEMO_MARKER = DEMO.name  # a setting only the demo journal has (journey.settings)


def default_folder(*, demo: bool = False) -> Path:
    from platformdirs import user_data_path

    return user_data_path(DEMO_APP_NAME if demo else APP_NAME, appauthor=False)


def resolve_folder(data_dir: str | None, *, demo: bool = False) -> Path:
    """The journal folder: ``--data-dir``, else $JOURNEY_DATA_DIR, else the platform default.

    The environment variable names the real journal, so the demo ignores it.
    """
    if data_dir:
        return Path(data_dir).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env and not demo:
        return Path(env).expanduser()
    return default_folder(demo=demo)


class JournalLock:
    """An exclusive advisory lock on a file in the journal folder, held while it is open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self, *, read_only: bool = False) -> None:
        """Take the lock, or raise JournalInUse. ``read_only``: for a journal file that
        cannot be written (``claim_journal``), the lock file is not written either: an
        existing one is locked as it is, opened for reading; a missing one is created where
        the folder allows it, and where it does not (a read-only disk) there is none to take,
        and none needed: no one can write the journal there."""
        if read_only and self._acquire_reading():
            return
        try:
            # Private to the user like everything in the folder (it holds only a process id).
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            if read_only:
                return
            raise
        handle = open(descriptor, "a+")
        self._lock(handle)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle

    def _acquire_reading(self) -> bool:
        """Lock the existing lock file opened for reading (an advisory lock needs no write
        access); False when there is none, or it cannot be opened."""
        try:
            handle = open(self.path, encoding="utf-8")  # never created here
        except OSError:
            return False
        self._lock(handle)
        self._handle = handle
        return True

    def _lock(self, handle: IO[str]) -> None:
        """Take the lock on the open ``handle``, or close it and raise JournalInUse."""
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise JournalInUse(self.path.parent) from exc

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file drops the lock
            self._handle = None


def prepare_folder(folder: Path, *, read_only: bool = False) -> Path:
    """Create the folder if needed (private to the user) and check it can hold a journal.
    ``read_only``: it holds a journal file that cannot be written, opened read-only; nothing
    is created or written in the folder to check it (it may be on a read-only disk)."""
    try:
        is_file = folder.exists() and not folder.is_dir()
    except OSError as exc:  # e.g. a parent folder this user may not enter
        raise DataDirUnusable(folder, f"it cannot be reached ({exc.strerror})") from exc
    if is_file:
        raise DataDirUnusable(folder, "it is a file, not a folder")
    if read_only:
        return folder
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirUnusable(folder, f"it cannot be created ({exc.strerror})") from exc
    probe = folder / f".journey-write-check-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirUnusable(folder, f"it is not writable ({exc.strerror})") from exc
    return folder


def backup_before_upgrade(db: Path, revision: str, now: datetime, key: bytes | None = None) -> Path:
    """A consistent copy of the journal (``VACUUM INTO``, never a file copy), private from its
    first byte and renamed into place once whole (journey.backup.copy_database): a crash
    during the upgrade's backup leaves no partial file that looks like a backup."""
    backups = db.parent / BACKUP_DIR
    backups.mkdir(mode=0o700, exist_ok=True)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"journal-before-upgrade-from-{revision}-{stamp}"
    target = backups / f"{name}.sqlite3"
    copies = 1
    while target.exists():  # an upgrade that failed and was retried within the same second
        copies += 1
        target = backups / f"{name}-{copies}.sqlite3"
    from journey.backup import copy_database

    copy_database(db, target, key)  # an encrypted journal's copy is encrypted
    return target


def upgrade_schema(db: Path, key: bytes | None = None) -> None:
    """Run Alembic's upgrade to head on our own connection, all in one transaction.

    Foreign keys are off during the migration (batch mode rebuilds tables) and checked with
    ``PRAGMA foreign_key_check`` before the commit; any failure rolls the whole upgrade back.
    """
    from alembic import command
    from alembic.config import Config

    from journey.db import make_engine

    engine = make_engine(db, foreign_keys=False, key=key)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", "journey:migrations")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the upgrade left broken references: {broken[:5]}")
    finally:
        engine.dispose()


def create_journal_file(db: Path) -> None:
    """Build a new, fully migrated journal beside ``db``, then move it into place."""
    building = db.with_name(db.name + ".creating")
    for leftover in (building, *(Path(f"{building}{s}") for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    upgrade_schema(building)
    os.replace(building, db)
    with contextlib.suppress(OSError):
        db.chmod(0o600)


@dataclass
class Journal:
    """An open journal: its folder, engine and session factory, and how it was opened."""

    folder: Path
    engine: Engine
    session_factory: sessionmaker[Any]
    created: bool
    backup: Path | None
    _lock: JournalLock = field(repr=False)
    key: bytes | None = field(default=None, repr=False)  # an encrypted journal's data key
    # The file cannot be written by this user (journey.files.read_only): opened read-only,
    # every write refused (journey.db), nothing written beside it (JournalClaim.open).
    read_only: bool = False

    @property
    def db_path(self) -> Path:
        return self.folder / JOURNAL_FILE

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()


@dataclass
class JournalClaim:
    """A journal folder checked and locked, not yet opened: the cheap half of opening.

    Needs only the standard library, so the app can claim the journal (and refuse a bad one)
    before Qt starts, and show its window before SQLAlchemy is imported.
    """

    folder: Path
    revision: str | None  # None: no journal file yet, or it is encrypted and still locked
    _lock: JournalLock = field(repr=False)
    encrypted: bool = False
    key: bytes | None = field(default=None, repr=False)
    # No journal.keys, and a journal file that does not read as plain SQLite: perhaps an
    # encrypted journal whose keys file was lost (only its recovery key opens it), perhaps a
    # damaged plain one (``open`` refuses it as before).
    keys_lost: bool = False
    # The data key of a journal that turned out damaged: the passphrase (or recovery key) was
    # right, the database does not open. Its backups open with it (journey.lifecycle).
    damaged_key: bytes | None = field(default=None, repr=False)
    # The journal file cannot be written by this user (journey.files.read_only): it opens
    # read-only (``open``), and the folder was neither created nor probed to claim it.
    read_only: bool = False

    @property
    def db_path(self) -> Path:
        return self.folder / JOURNAL_FILE

    @property
    def locked(self) -> bool:
        """Encrypted, and no passphrase given yet: nothing can be read."""
        return self.encrypted and self.key is None

    def unlock(self, passphrase: str) -> None:
        """Take the journal's data key from ``passphrase`` and read the journal's revision.
        Raises WrongPassphrase when ``journal.keys`` does not open with it (or is missing or
        unreadable), NotAJournal ("the database is damaged") when it does but the journal
        file does not open with the key, or NotAJournal / NewerJournal as for a plain
        journal; the claim stays locked then."""
        from journey.cipher import WrongPassphrase, keys_path, unlock

        if self.keys_lost:
            raise WrongPassphrase(keys_path(self.folder), "journal.keys is missing")
        key = unlock(self.folder, self.db_path, passphrase)  # AES-GCM checked: the right key
        self._open_with(key, known_right=True)

    def unlock_with_recovery(self, text: str) -> None:
        """As ``unlock``, with the recovery key (BadRecoveryKey for a typo); it works without
        ``journal.keys`` too. A key that opens none of the journal's files is WrongPassphrase
        (another journal's key); one that opens a backup but not the journal, NotAJournal."""
        from journey.cipher import key_from_recovery

        self._open_with(key_from_recovery(text), known_right=False)

    def _open_with(self, key: bytes, *, known_right: bool) -> None:
        from journey.cipher import WrongPassphrase, key_opens, opens_a_backup

        db = self.db_path
        if not key_opens(db, key):
            right = opens_a_backup(self.folder, key)
            if not (known_right or right):
                raise WrongPassphrase(db)
            self.damaged_key = key
            why = (
                "the database is damaged: the key is right, but the journal file does not open "
                "with it"
            )
            if not right:  # journal.keys might belong to another journal
                why += " (or journal.keys is another journal's)"
            raise NotAJournal(db, why)
        try:
            self.revision = read_revision(db, key)
        except NotAJournal:
            self.damaged_key = key
            raise
        self.key = key
        self.damaged_key = None

    def use_key(self, key: bytes) -> None:
        """Unlock with the data key itself (known after a restore or turning encryption on)."""
        from journey.cipher import WrongPassphrase, key_opens

        if not key_opens(self.db_path, key):  # the keys file belongs to another journal
            raise WrongPassphrase(self.db_path)
        self.revision = read_revision(self.db_path, key)
        self.key = key
        self.damaged_key = None

    def stored_settings(self) -> dict[str, Any]:
        """The settings as stored, read without SQLAlchemy (for the theme before the window)."""
        from journey.driver import database_errors

        if self.revision is None:
            return {}
        conn = _connect_read_only(self.db_path, self.key)
        try:
            rows = conn.execute("SELECT key, value FROM setting").fetchall()
        except database_errors():
            return {}
        finally:
            conn.close()
        stored: dict[str, Any] = {}
        for key, value in rows:
            with contextlib.suppress(ValueError):
                stored[key] = json.loads(value)
        return stored

    def is_demo(self) -> bool:
        return self.stored_settings().get(DEMO_MARKER) is True

    def open(self, *, now: datetime | None = None) -> Journal:
        """Create or upgrade the database as needed and open it. Releases the lock on error.

        A read-only journal file (``read_only``) is opened read-only and nothing is written:
        no upgrade (one that is needed is refused with JournalReadOnly, saying so), no backup
        before it, no tidying of the folder."""
        if self.locked and self.keys_lost:  # never unlocked: refused as any unreadable file
            self.release()
            raise NotAJournal(self.db_path, "it is not a SQLite database")
        if self.locked:
            raise ValueError("an encrypted journal is opened after unlock()")
        if self.read_only:
            return self._open_read_only()
        try:
            db = self.db_path
            backup = None
            created = self.revision is None
            if self.revision is None:
                create_journal_file(db)
            elif self.revision != head_revision():
                when = now or datetime.now(UTC)
                backup = backup_before_upgrade(db, self.revision, when, self.key)
                try:
                    upgrade_schema(db, self.key)
                except Exception as exc:
                    raise UpgradeFailed(db, f"{type(exc).__name__}: {exc}", backup) from exc

            if self.key is not None:  # backups left plain by a conversion cut short
                from journey.backup import journal_files
                from journey.cipher import encrypt_files

                encrypt_files(journal_files(self.folder)[1:], self.key)

            from journey.backup import tidy

            tidy(self.folder, self.key)  # partial copies a crash left; damaged journals sealed

            from journey.db import make_engine, make_session_factory
            from journey.outbox import adopt, install

            engine = make_engine(db, key=self.key)
            factory = make_session_factory(engine)
            install(factory)  # every change recorded, for sharing (issue 16)
            with factory.begin() as session:  # rows from before it, or from an import
                adopt(session.connection(), time.time_ns() // 1_000_000)
            return Journal(self.folder, engine, factory, created, backup, self._lock, self.key)
        except BaseException:
            self.release()
            raise

    def _open_read_only(self) -> Journal:
        db = self.db_path
        try:
            if self.revision != head_revision():
                raise JournalReadOnly(
                    db,
                    "this version of Journey cannot open it: it must first bring the file up "
                    "to date, which means writing it",
                )
            from journey.db import make_engine, make_session_factory

            engine = make_engine(db, key=self.key, read_only=True)
            factory = make_session_factory(engine)
        except BaseException:
            self.release()
            raise
        return Journal(
            self.folder, engine, factory, False, None, self._lock, self.key, read_only=True
        )

    def release(self) -> None:
        self._lock.release()


def claim_journal(folder: Path) -> JournalClaim:
    """Check and lock the journal folder; refuse, untouched, a file that is not a journal.

    A journal file this user cannot write (journey.files.read_only: its mode, its
    permissions, a read-only disk) is claimed read-only: nothing is created or written in the
    folder to claim it, and it opens read-only (``JournalClaim.open``)."""
    from journey.files import read_only as file_read_only

    read_only = file_read_only(folder / JOURNAL_FILE)
    folder = prepare_folder(folder, read_only=read_only)
    lock = JournalLock(folder / LOCK_FILE)
    lock.acquire(read_only=read_only)
    try:
        db = folder / JOURNAL_FILE
        if _encrypted(folder, db):
            return JournalClaim(folder, None, lock, encrypted=True, read_only=read_only)
        if _keys_lost(folder, db):
            return JournalClaim(
                folder, None, lock, encrypted=True, keys_lost=True, read_only=read_only
            )
        revision = read_revision(db) if db.exists() else None
    except BaseException:
        lock.release()
        raise
    return JournalClaim(folder, revision, lock, read_only=read_only)


def _encrypted(folder: Path, db: Path) -> bool:
    """An encrypted journal (journey.cipher), looked for without loading it when there is no
    keys file: the plain journal's start-up stays as fast as before."""
    from journey.files import KEYS_FILE

    if not (folder / KEYS_FILE).exists():
        return False
    from journey.cipher import looks_encrypted

    return looks_encrypted(db)


def _keys_lost(folder: Path, db: Path) -> bool:
    """No ``journal.keys``, and a journal file that could be a SQLCipher one: whole pages
    that do not start as plain SQLite, and no backup in plain SQLite beside it (turning
    encryption on encrypts every backup). Standard library only, like claiming."""
    from journey.files import KEYS_FILE

    if (folder / KEYS_FILE).exists():
        return False
    try:
        size = db.stat().st_size
        if size == 0 or size % 512:  # SQLCipher writes whole pages (4096 bytes by default)
            return False
        if _starts_plain(db):
            return False
        backups = folder / BACKUP_DIR
        plain = backups.is_dir() and any(_starts_plain(b) for b in backups.glob("*.sqlite3"))
    except OSError:
        return False
    return not plain


def _starts_plain(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def open_journal(folder: Path, *, now: datetime | None = None) -> Journal:
    """Open (creating or upgrading as needed) the journal in ``folder``.

    Raises a ``JournalError`` subclass, with the file unchanged, when it cannot.
    """
    return claim_journal(folder).open(now=now)
