"""Backups of the journal, in its folder's ``backups/`` (SPEC §4–5; Anki's automatic backups).

A backup is a consistent copy taken with SQLite's ``VACUUM INTO`` (never a file copy of a live
database), private to the user (0600) from its first byte: every copy (a backup, an export, a
restore, a recovery) is built under a hidden name beside its own (``build_copy``) and renamed
into place once complete. The partial copies a crash leaves are removed when the journal is
next opened (``tidy``, ``remove_leftovers``). Automatic backups are taken when the app closes
and at most every few hours while something changed, and thinned so that the folder keeps
every copy of the last day, then one a day for a week, one a week for a month and one a month
for a year. Copies taken before an upgrade, before a restore or by hand are never thinned.

A restore checks the backup first (a readable journal this version knows, passing
``quick_check`` and ``foreign_key_check``), backs up the current journal, and then puts the
backup in its place atomically. It needs the journal closed: the caller holds its lock.

An encrypted journal's backups are encrypted with the same key (``VACUUM INTO`` on a keyed
connection writes a keyed copy): every function that reads a database takes the journal's
``key``, None for a plain journal. A plain backup (taken before encryption was turned on) is
still read as plain, and restored into an encrypted journal encrypted.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal, overload

from journey.cipher import damaged_copies, export_copy, looks_encrypted, seal
from journey.driver import connect, database_errors
from journey.errors import EncryptionFailed, JournalError, NewerJournal
from journey.files import (
    DAMAGED,
    RESTORING,
    SQLITE_SIDE_FILES,
    find_leftovers,
    new_private_file,
    read_only,
    remove_files,
    sync_folder,
    under_way,
)
from journey.journal_file import BACKUP_DIR, JOURNAL_FILE, _connect_read_only, read_revision

AUTOMATIC_EVERY = timedelta(hours=3)  # while the app is open and something changed
# Grandfather-father-son thinning of automatic backups: (how far back, one copy per).
KEEP = (
    (timedelta(days=1), timedelta(0)),  # every copy of the last day
    (timedelta(days=7), timedelta(days=1)),
    (timedelta(days=35), timedelta(days=7)),
    (timedelta(days=366), timedelta(days=30)),
)
KINDS = ("automatic", "manual", "before-restore", "before-upgrade")
_NAME = re.compile(r"^journal-(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite3$")
_UPGRADE = re.compile(r"^journal-before-upgrade-from-.+-(?P<stamp>\d{8}T\d{6}Z)(?:-\d+)?\.sqlite3$")


class BackupFailed(JournalError):
    """A backup could not be taken or restored; nothing was changed."""

    code = "backup_failed"


@dataclass(frozen=True)
class Backup:
    path: Path
    kind: str  # one of KINDS
    taken: datetime  # aware, UTC
    size: int  # bytes


def backups_folder(journal_folder: Path) -> Path:
    return journal_folder / BACKUP_DIR


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _parse(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    kind = match["kind"] if match else None
    if match is None or kind not in KINDS:
        match, kind = _UPGRADE.match(path.name), "before-upgrade"
    if match is None or kind is None:
        return None
    taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return Backup(path, kind, taken, size)


def list_backups(journal_folder: Path) -> list[Backup]:
    """The journal's backups, newest first."""
    folder = backups_folder(journal_folder)
    if not folder.is_dir():
        return []
    found = (_parse(entry) for entry in folder.iterdir() if entry.suffix == ".sqlite3")
    return sorted((b for b in found if b is not None), key=lambda b: b.taken, reverse=True)


def key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key that reads ``path``: the journal's, unless the file is a plain database."""
    return key if key is not None and looks_encrypted(path) else None


def copy_database(source: Path, target: Path, key: bytes | None = None) -> None:
    """A consistent copy of the SQLite file ``source`` at ``target`` (which must not exist),
    private to the user. The copy is built beside ``target`` and renamed into place. With
    ``key``, an encrypted source is copied encrypted and a plain one is encrypted."""
    building = under_way(target)
    build_copy(source, building, key, target=target)
    os.replace(building, target)
    sync_folder(target.parent)


def build_copy(
    source: Path, building: Path, key: bytes | None = None, *, target: Path | None = None
) -> None:
    """Write a consistent copy of ``source`` at ``building``, a name no one reads
    (``journey.files.under_way``), for the caller to rename into place once complete.

    The one place every copy of a journal is made (backups, exports, restores, recoveries):
    the file is created private (0600, ``journey.files.new_private_file``) before SQLite
    writes a byte into it, so a copy cut short by a crash is never readable by others either;
    SQLite's own journal beside it gets the same mode. A copy that fails is removed, and
    BackupFailed names ``target``, the file the copy was for."""
    try:
        if key is not None and not looks_encrypted(source):
            # journey.cipher builds beside its target, privately too, and renames into it.
            export_copy(source, building, source_key=None, target_key=key)
            return
        new_private_file(building)
        if read_only(source):  # a read-only journal: read as it is, nothing made beside it
            conn = _connect_read_only(source, key)
        else:
            conn = connect(source, key, isolation_level=None)
        try:
            conn.execute("VACUUM INTO ?", (str(building),))
        finally:
            conn.close()
    except database_errors() as exc:
        remove_files([building, *(Path(f"{building}{s}") for s in SQLITE_SIDE_FILES)])
        raise BackupFailed(target or building, f"the copy failed ({exc})") from exc


def take_backup(
    journal_folder: Path, now: datetime, kind: str = "automatic", key: bytes | None = None
) -> Backup:
    """Copy the journal into ``backups/``; returns the new backup."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of backup: {kind}")
    folder = backups_folder(journal_folder)
    folder.mkdir(mode=0o700, exist_ok=True)
    name = f"journal-{kind}-{_stamp(now)}"
    target = folder / f"{name}.sqlite3"
    copies = 1
    while target.exists():  # two in the same second
        copies += 1
        target = folder / f"{name}-{copies}.sqlite3"
    copy_database(journal_folder / JOURNAL_FILE, target, key)
    backup = _parse(target)
    assert backup is not None  # the name was made above
    return backup


def export_backup(journal_folder: Path, target: Path, key: bytes | None = None) -> Path:
    """A backup written where the user asked (``journey backup -o FILE``), replacing a file
    that is there only once the copy is complete."""
    target = Path(target)
    if target.is_dir():
        raise BackupFailed(target, "it is a folder; give a file name")
    if not target.parent.is_dir():
        raise BackupFailed(target, f"the folder {target.parent} does not exist")
    try:
        copy_database(journal_folder / JOURNAL_FILE, target, key)
    except OSError as exc:
        raise BackupFailed(target, (exc.strerror or str(exc)).lower()) from exc
    return target


def changed_since(journal_folder: Path, backup: Backup) -> bool:
    """Whether the journal's file (or its write-ahead log) was written after ``backup``."""
    try:
        taken = backup.path.stat().st_mtime_ns
    except OSError:
        return True
    db = journal_folder / JOURNAL_FILE
    for path in (db, Path(f"{db}-wal")):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime_ns > taken:
                return True
    return False


def automatic_due(journal_folder: Path, now: datetime, *, closing: bool = False) -> bool:
    """An automatic backup is due when something changed since the newest backup, and, while
    the app stays open, that backup is at least ``AUTOMATIC_EVERY`` old."""
    newest = next(iter(list_backups(journal_folder)), None)
    if newest is None:
        return True
    if not closing and now - newest.taken < AUTOMATIC_EVERY:
        return False
    return changed_since(journal_folder, newest)


def to_thin(backups: Iterable[Backup], now: datetime) -> list[Backup]:
    """The automatic backups that thinning removes: in each band of ``KEEP`` only the oldest
    copy of each period stays (every copy of the last day stays), and none older than a
    year. Other kinds are kept."""
    automatic = sorted((b for b in backups if b.kind == "automatic"), key=lambda b: b.taken)
    kept: set[tuple[int, int]] = set()
    remove = []
    for backup in automatic:
        age = now - backup.taken
        band = next((n for n, (limit, _) in enumerate(KEEP) if age <= limit), None)
        if band is None:
            remove.append(backup)
            continue
        every = KEEP[band][1]
        if every == timedelta(0):
            continue
        slot = (band, int((backup.taken - datetime(2000, 1, 1, tzinfo=UTC)) / every))
        if slot in kept:
            remove.append(backup)
        else:
            kept.add(slot)
    return remove


def thin(journal_folder: Path, now: datetime) -> list[Path]:
    """Remove what ``to_thin`` says; returns the files removed."""
    removed = []
    for backup in to_thin(list_backups(journal_folder), now):
        with contextlib.suppress(FileNotFoundError):
            backup.path.unlink()
            removed.append(backup.path)
    return removed


def automatic_backup(
    journal_folder: Path, now: datetime, *, closing: bool = False, key: bytes | None = None
) -> Backup | None:
    """Take an automatic backup if one is due, then thin; None when none was due."""
    if not automatic_due(journal_folder, now, closing=closing):
        return None
    backup = take_backup(journal_folder, now, key=key)
    thin(journal_folder, now)
    return backup


def check_database(db: Path, key: bytes | None = None) -> list[str]:
    """What is wrong with the SQLite file ``db`` (``quick_check`` and ``foreign_key_check``);
    an empty list when nothing is. ``key``: the encrypted journal's key (a plain file is
    still read as plain).

    Reads only, and writes nothing beside ``db`` either: a plain read-only open of a file in
    WAL mode would create its -wal and -shm (and fail where the folder is read-only), so
    the file is opened as immutable when it alone is the database, as when it is claimed
    (journey.journal_file); a -wal left beside it (a crash, or a window that has it open)
    holds committed entries, and is read."""
    key = key_for(db, key)
    try:
        read_revision(db, key)  # a journal this version knows, quick_check included
        conn = _connect_read_only(db, key)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check") if row[0] != "ok"]
            problems += [
                f"{table} row {rowid} points to a missing {parent}"
                for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
            ]
        finally:
            conn.close()
    except NewerJournal as exc:
        return [f"it was written by a newer version of Journey (schema {exc.detail})"]
    except JournalError as exc:
        return [one_line(exc.detail)]
    except database_errors() as exc:
        return [one_line(f"the database cannot be read: {exc}")]
    return [one_line(problem) for problem in problems]


def one_line(text: str) -> str:
    """SQLite's reports span lines; the command line and messages want one."""
    return " ".join(text.split())


# Said when a backup cannot be read without a key this journal does not have (random bytes
# look the same as an encrypted file: only the key tells them apart).
ENCRYPTED_OR_DAMAGED = (
    "it is encrypted or damaged: an encrypted backup restores only with its journal.keys; "
    "copy that file from the old journal's folder into {folder} and run journey restore "
    "again with its passphrase (the recovery key alone cannot do it)"
)


@overload
def restore(
    journal_folder: Path,
    source: Path,
    now: datetime,
    key: bytes | None = None,
    *,
    into_new: Literal[False] = False,
) -> Backup: ...
@overload
def restore(
    journal_folder: Path,
    source: Path,
    now: datetime,
    key: bytes | None = None,
    *,
    into_new: Literal[True],
) -> None: ...
def restore(
    journal_folder: Path,
    source: Path,
    now: datetime,
    key: bytes | None = None,
    *,
    into_new: bool = False,
) -> Backup | None:
    """Put the backup ``source`` in place of the journal (which must be closed, its lock held
    by the caller), after backing up the current journal; returns that safety backup.

    ``into_new``: the folder has no journal yet (a new computer): the backup becomes its
    journal, checked the same way, and there is nothing to back up first (None). ``key``:
    for an encrypted backup, the key its journal.keys gave (journey.lifecycle)."""
    source = Path(source)
    if not source.is_file():
        raise BackupFailed(source, "there is no such file")
    db = journal_folder / JOURNAL_FILE
    if into_new and db.exists():
        raise BackupFailed(db, "a journal is already there; restore into it instead")
    if not into_new and not db.exists():
        raise BackupFailed(journal_folder, "there is no journal there to restore into")
    if key is None and looks_encrypted(source):
        why = ENCRYPTED_OR_DAMAGED.format(folder=journal_folder)
        raise BackupFailed(source, f"it is not a usable backup: {why}")
    problems = check_database(source, key)
    if problems:
        raise BackupFailed(source, f"it is not a usable backup: {problems[0]}")
    safety = None
    if not into_new:
        _checkpoint(db, key_for(db, key))  # a plain journal taking an encrypted backup
        safety = take_backup(journal_folder, now, "before-restore", key)
    building = under_way(db, RESTORING)
    build_copy(source, building, key, target=db)
    # The old write-ahead log belongs to the old file: applied to the restored one it would
    # damage it. It is empty after the checkpoint; remove it before the new file goes in.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db}{suffix}").unlink()
    os.replace(building, db)
    sync_folder(journal_folder)
    return safety


def journal_files(journal_folder: Path) -> list[Path]:
    """The journal and every backup of it: what encryption covers (journey.cipher)."""
    return [journal_folder / JOURNAL_FILE, *(b.path for b in list_backups(journal_folder))]


def newest_good_backup(journal_folder: Path, key: bytes | None = None) -> Backup | None:
    """The newest backup that passes ``check_database``, or None."""
    backups = list_backups(journal_folder)
    return next((b for b in backups if not check_database(b.path, key)), None)


def recover(journal_folder: Path, backup: Backup, now: datetime, key: bytes | None = None) -> Path:
    """Put ``backup`` in place of the damaged journal, kept aside as
    ``journal.sqlite3.damaged-<timestamp>`` (the caller holds the folder's lock). Returns
    where the damaged file now is.

    A journal file is there at every instant, so a crash part-way never leaves a folder with
    no journal (which the next start would take for a first run): the backup's copy is built
    first under a name no one reads; the damaged file is then kept aside by a second name (a
    hard link, or a copy where the disk has none) with its -wal and -shm; and the copy
    replaces it in one rename. Cut short before that rename, the journal is still the damaged
    one, recovery is offered again, and the partial copy is a leftover removed at start."""
    db = journal_folder / JOURNAL_FILE
    building = under_way(db)
    build_copy(backup.path, building, key, target=db)
    aside = db.with_name(f"{JOURNAL_FILE}{DAMAGED}{_stamp(now)}")
    try:
        os.link(db, aside)
    except OSError:  # no hard links here (FAT, some network disks): a copy, made private
        new_private_file(aside)
        shutil.copyfile(db, aside)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    os.replace(building, db)
    sync_folder(journal_folder)
    return aside


def _checkpoint(db: Path, key: bytes | None = None) -> None:
    """Fold the write-ahead log into the file, so that the file alone is the journal."""
    conn = connect(db, key, isolation_level=None)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy and busy[0]:
        raise BackupFailed(db, "the journal is busy; close Journey and try again")


# --- Partial copies left by a crash ------------------------------------------------------


def leftovers(journal_folder: Path) -> list[Path]:
    """The partial copies in the journal's folder and its backups/: files still under the
    name a copy is built under (``journey.files.under_way``: ``.journal.sqlite3.building``,
    ``.journal.sqlite3.restoring``, ``.NAME.encrypting``, and SQLite's journals of them)."""
    return find_leftovers([journal_folder, backups_folder(journal_folder)])


def remove_leftovers(journal_folder: Path) -> list[Path]:
    """Remove the partial copies a crash left in the journal's folder and its backups/;
    returns those removed. The caller holds the folder's lock (no copy is under way).

    Removing them loses nothing. A copy counts only once it is renamed to its own name, and
    that rename is the last step of every operation that makes one; a file still under a
    building name is therefore never a complete copy that took effect: it was cut off
    part-way, or its operation stopped before the rename, with its source (the journal, or
    the backup being restored) still there, unchanged. And it must go: it may hold entries
    in plain text (an earlier version made them readable by everyone, and turning encryption
    on does not touch them)."""
    return remove_files(leftovers(journal_folder))


def tidy(journal_folder: Path, key: bytes | None = None) -> list[Path]:
    """What opening the journal does to its folder (the caller holds its lock): remove the
    partial copies (``remove_leftovers``), and, for an encrypted journal (``key``), seal the
    damaged journals still in plain text (journey.cipher.seal: turning encryption on was cut
    short before it reached them). Returns the files removed or sealed.

    It never stops the journal from opening: a file it cannot remove or seal now (a full
    disk) stays, and the next opening tries again."""
    done = []
    for path in leftovers(journal_folder):
        with contextlib.suppress(OSError):
            path.unlink()
            done.append(path)
    if key is not None:
        for path in damaged_copies(journal_folder):
            with contextlib.suppress(OSError, EncryptionFailed):
                seal(path, key)
                done.append(path)
    return done
