"""Whole-journal operations, for the composition root and the command line: find and claim the
journal's folder, open it, recover it from a backup, restore one, back it up, encrypt it, change
its passphrase, check it.

This is the door to storage (journey.journal, backup, cipher, driver) for everything outside
journey/; ui/ imports this and journey.services, never those modules (an import-linter
contract). The SQLite driver's own exceptions never come out of here: each becomes a
``JournalError`` that says what happened in one line. Cheap to import (nothing but
journey.journal, which the window's start-up needs anyway): the rest loads when first used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journey.errors import EncryptionFailed, JournalError
from journey.journal import (
    ENV_DATA_DIR,
    JOURNAL_FILE,
    Journal,
    JournalClaim,
    claim_journal,
    resolve_folder,
)

if TYPE_CHECKING:
    from journey.backup import Backup

# Named here for the composition root and the command line, which import nothing of storage.
__all__ = [
    "ENV_DATA_DIR",
    "JOURNAL_FILE",
    "Journal",
    "JournalClaim",
    "claim_journal",
    "resolve_folder",
]


def storage_failures() -> tuple[type[BaseException], ...]:
    """What a whole-journal operation can raise besides a JournalError: turned into one here."""
    from journey.driver import database_errors

    return (OSError, *database_errors())


@contextmanager
def _said_as(error: Callable[[str], JournalError]) -> Iterator[None]:
    """The disk's or the driver's exception as one JournalError (``error(detail)``)."""
    try:
        yield
    except JournalError:
        raise
    except storage_failures() as exc:
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise error(detail) from exc


def _backup_failed(folder: Path) -> Callable[[str], JournalError]:
    from journey.backup import BackupFailed

    return lambda detail: BackupFailed(folder, detail)


@dataclass(frozen=True)
class Recovered:
    claim: JournalClaim  # the journal, claimed again
    aside: Path  # where the damaged file went
    backup: Path  # the backup now in its place


def recover_from_backup(folder: Path, ask: Callable[[Backup], bool]) -> Recovered | None:
    """When the journal file cannot be read: if a backup that passes a check exists and
    ``ask(backup)`` agrees, move the damaged file aside (nothing is deleted), put the backup
    in its place and claim the journal again."""
    from journey.backup import newest_good_backup, recover
    from journey.journal import LOCK_FILE, JournalLock

    backup = newest_good_backup(folder)
    if backup is None or not ask(backup):
        return None
    lock = JournalLock(folder / LOCK_FILE)
    lock.acquire()
    try:
        with _said_as(_backup_failed(folder)):
            aside = recover(folder, backup, datetime.now(UTC))
    finally:
        lock.release()
    return Recovered(claim_journal(folder), aside, backup.path)


def back_up(journal: Journal, *, closing: bool = False) -> Backup | None:
    """An automatic backup of the closed journal if something changed since the newest one
    (journey.backup: kept by age), or None when none was due.

    None for a read-only journal: nothing in it could change while it was open, so there is
    nothing a new copy would keep that the file does not, and its folder is left as it was
    (it may be a read-only disk too). A backup by hand is still taken when asked for."""
    from journey.backup import automatic_backup

    if journal.read_only:
        return None
    journal.engine.dispose()  # every connection closed: the copy sees all that was saved
    with _said_as(_backup_failed(journal.folder)):
        return automatic_backup(journal.folder, datetime.now(UTC), closing=closing, key=journal.key)


def restore_into(journal: Journal, backup: Path) -> Backup:
    """Put ``backup`` in place of the closed journal; returns the copy of the journal as it
    was (kept in backups/). Refused, and nothing changed, if the backup fails its check."""
    from journey.backup import restore

    if journal.read_only:
        raise read_only_refusal(journal.db_path, "the backup was not restored")
    journal.engine.dispose()
    with _said_as(_backup_failed(journal.folder)):
        return restore(journal.folder, backup, datetime.now(UTC), journal.key)


def restore_claimed(
    claim: JournalClaim, backup: Path, passphrase: Callable[[], str] | None = None
) -> Backup | None:
    """The same for a journal claimed but not opened (the command line). A folder without a
    journal (a new computer) gets the backup as its journal, checked the same way, and the
    claim then reads it (None: there was no journal to keep). ``passphrase`` is asked only
    when the backup is encrypted and the folder holds its journal.keys."""
    from journey.backup import restore

    if claim.revision is None and not claim.db_path.exists():
        key = restorable_into_new(claim.folder, backup, passphrase)
        with _said_as(_backup_failed(claim.folder)):
            restore(claim.folder, backup, datetime.now(UTC), key, into_new=True)
        if key is not None:
            claim.encrypted = True
            claim.use_key(key)
        else:
            from journey.journal_file import read_revision

            claim.revision = read_revision(claim.db_path)
        return None
    if claim.read_only:
        raise read_only_refusal(claim.db_path, "the backup was not restored")
    key = claim.key
    if key is None and _needs_keys_file(claim.folder, backup):
        # A plain journal (one a first run created) taking an encrypted backup, with the
        # journal.keys copied beside it: the journal becomes that encrypted journal.
        key = restorable_into_new(claim.folder, backup, passphrase)
    with _said_as(_backup_failed(claim.folder)):
        return restore(claim.folder, backup, datetime.now(UTC), key)


def _needs_keys_file(folder: Path, backup: Path) -> bool:
    from journey.cipher import keys_path, looks_encrypted

    return looks_encrypted(Path(backup)) and keys_path(folder).is_file()


def restorable_into_new(
    folder: Path, backup: Path, passphrase: Callable[[], str] | None = None
) -> bytes | None:
    """Check, reading only (nothing is created or written, so a refusal leaves ``folder`` as
    it was, or missing), that ``backup`` can become the journal of ``folder``, which has
    none: a Journey journal this version reads, passing quick_check and foreign_key_check.
    Returns the key for an encrypted backup (from the journal.keys copied into ``folder``
    and its ``passphrase``), None for a plain one; raises BackupFailed (or WrongPassphrase)
    saying why in one line."""
    from journey.backup import ENCRYPTED_OR_DAMAGED, BackupFailed, check_database
    from journey.cipher import key_opens, keys_path, looks_encrypted, unlock

    backup = Path(backup)
    with _said_as(_backup_failed(folder)):
        if not backup.is_file():
            raise BackupFailed(backup, "there is no such file")
        key = None
        if looks_encrypted(backup):
            if passphrase is None or not keys_path(folder).is_file():
                why = ENCRYPTED_OR_DAMAGED.format(folder=folder)
                raise BackupFailed(backup, f"it is not a usable backup: {why}")
            key = unlock(folder, backup, passphrase())
            if not key_opens(backup, key):
                raise BackupFailed(
                    backup, f"it is not a backup of the journal whose journal.keys is in {folder}"
                )
        problems = check_database(backup, key)
    if problems:
        raise BackupFailed(backup, f"it is not a usable backup: {problems[0]}")
    return key


def take(claim: JournalClaim) -> Backup:
    """A backup taken by hand into the journal's backups/ folder."""
    from journey.backup import take_backup

    with _said_as(_backup_failed(claim.folder)):
        return take_backup(claim.folder, datetime.now(UTC), "manual", claim.key)


def copy_to(claim: JournalClaim, target: Path) -> Path:
    """A consistent copy of the journal at ``target`` (encrypted like the journal)."""
    from journey.backup import export_backup

    with _said_as(_backup_failed(claim.folder)):
        return export_backup(claim.folder, target, claim.key)


def encrypt(claim: JournalClaim, passphrase: str) -> tuple[str, bytes]:
    """Encrypt the closed journal and every backup of it (journey.cipher.turn_on); returns the
    recovery key, to show until the person confirms it is kept (``confirm_recovery_key``; a
    crash before that shows it again at the next unlock, ``recovery_key_to_show``), and the
    new data key. On failure the journal is as it was.

    No plain copy stays in the folder: partial copies a crash left are removed, and journals
    moved aside as damaged are sealed with the same key (journey.cipher.turn_on says why)."""
    from journey.backup import journal_files
    from journey.cipher import key_from_recovery, turn_on

    if claim.read_only:
        raise read_only_refusal(claim.db_path, "it was not encrypted")
    with _said_as(lambda detail: EncryptionFailed(claim.folder, detail)):
        recovery = turn_on(claim.folder, journal_files(claim.folder), passphrase)
    claim.encrypted = True
    return recovery, key_from_recovery(recovery)


def recovery_key_to_show(claim: JournalClaim) -> str | None:
    """The unlocked journal's recovery key while the person has not confirmed keeping it
    (turning encryption on was cut short, or the app stopped before it was confirmed); None
    once confirmed, or for a plain journal."""
    from journey.cipher import recovery_key, recovery_pending

    if claim.key is None or not recovery_pending(claim.folder):
        return None
    return recovery_key(claim.key)


def confirm_recovery_key(claim: JournalClaim) -> None:
    """The person has kept the recovery key: it is not shown again."""
    from journey.cipher import confirm_recovery, keys_path

    if not keys_path(claim.folder).exists():
        return
    with _said_as(lambda detail: EncryptionFailed(claim.folder, detail)):
        confirm_recovery(claim.folder)


def recover_damaged(claim: JournalClaim, ask: Callable[[Backup], bool]) -> Recovered | None:
    """When the right passphrase (or recovery key) turned out to open an encrypted journal
    that is damaged (``JournalClaim.unlock`` raised NotAJournal, keeping ``damaged_key``): if a
    backup that passes a check with that key exists and ``ask(backup)`` agrees, move the
    damaged file aside (nothing is deleted), put the backup in its place, encrypted with the
    same key, and unlock the claim with it. None, and nothing changed, otherwise. The claim's
    lock is held throughout."""
    from journey.backup import newest_good_backup, recover

    key = claim.damaged_key
    if key is None:
        return None
    with _said_as(_backup_failed(claim.folder)):
        backup = newest_good_backup(claim.folder, key)
    if backup is None or not ask(backup):
        return None
    with _said_as(_backup_failed(claim.folder)):
        aside = recover(claim.folder, backup, datetime.now(UTC), key)
    claim.use_key(key)
    return Recovered(claim, aside, backup.path)


def change_passphrase(folder: Path, key: bytes, new_passphrase: str) -> None:
    """A new passphrase for the encrypted journal in ``folder``; the recovery key stays."""
    from journey.cipher import change_passphrase as rewrap

    with _said_as(lambda detail: EncryptionFailed(folder, detail)):
        rewrap(folder, key, new_passphrase)


def passphrase_opens(folder: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted journal in ``folder``."""
    from journey.cipher import unlock
    from journey.errors import WrongPassphrase

    try:
        unlock(folder, folder / JOURNAL_FILE, passphrase)
    except WrongPassphrase:
        return False
    return True


def min_passphrase() -> int:
    from journey.cipher import MIN_PASSPHRASE

    return MIN_PASSPHRASE


def journal_file(folder: Path) -> Path:
    return folder / JOURNAL_FILE


def is_read_only(path: Path) -> bool:
    """Whether the existing file ``path`` cannot be written by this process (journey.files:
    its mode, this user's permissions, a read-only disk; root included)."""
    from journey.files import read_only

    return read_only(path)


def read_only_refusal(db: Path, not_done: str) -> JournalError:
    """What refuses to write a read-only journal file: it names the file, and ``not_done``."""
    from journey.errors import JournalReadOnly

    return JournalReadOnly(db, not_done)


def check(
    folder: Path,
    passphrase: Callable[[], str],
    recovery: Callable[[], str] | None = None,
    *,
    use_recovery: bool = False,
) -> list[str]:
    """SQLite's quick_check and foreign_key_check on the journal in ``folder`` (``has_journal``
    says whether there is one): what they found (empty: sound). ``passphrase`` is asked only
    when the journal is encrypted; ``recovery`` (the recovery key) instead when
    ``use_recovery`` or journal.keys is lost. An encrypted-looking file without journal.keys
    and no ``recovery`` raises KeysLost: a file that is not SQLite, said both ways.

    Reads only: nothing is written in the folder, so a read-only folder (a backup disk, a
    mounted snapshot) is checked as any other, and no -wal or -shm is left beside a closed
    journal (journey.backup.check_database opens it immutable when the file alone is the
    journal)."""
    from journey.backup import check_database
    from journey.cipher import (
        is_encrypted,
        keys_path,
        looks_encrypted,
        unlock,
        unlock_with_recovery,
    )
    from journey.errors import KeysLost

    db = journal_file(folder)
    key = None
    if looks_encrypted(db) and (use_recovery or not keys_path(folder).exists()):
        if recovery is None:
            raise KeysLost(db)
        key = unlock_with_recovery(db, recovery())
    elif is_encrypted(folder, db):
        key = unlock(folder, db, passphrase())
    with _undisturbed(folder):
        return check_database(db, key)


def has_journal(folder: Path) -> bool:
    """Whether ``folder`` holds a journal file, found without creating or changing anything.
    Raises DataDirUnusable when ``folder`` is a file, or cannot be reached (naming the folder
    this user may not enter)."""
    from journey.errors import DataDirUnusable

    try:
        if folder.exists() and not folder.is_dir():
            raise DataDirUnusable(folder, "it is a file, not a folder")
        return journal_file(folder).exists()
    except OSError as exc:
        raise DataDirUnusable(folder, f"it cannot be reached ({unreachable(exc)})") from exc


def unreachable(error: OSError) -> str:
    """Why the path ``error`` names cannot be used, in words: the folder on the way that this
    user may not enter, when there is one."""
    import os

    name = error.filename
    path = Path(os.fsdecode(name)) if isinstance(name, str | bytes) else None
    blocker = blocking_folder(path) if path is not None else None
    if blocker is not None:
        return f"this user may not enter {blocker}"
    reason = (error.strerror or str(error) or type(error).__name__).lower()
    return f"{reason}: {path}" if path is not None else reason


def blocking_folder(path: Path) -> Path | None:
    """The first folder on the way to ``path`` (``path`` included, if it is a folder) that
    this user may not enter; None when there is none, or it cannot be told (root may enter
    every folder)."""
    import os

    path = path.absolute()
    for step in (*reversed(path.parents), path):
        if not os.path.isdir(step):
            return None  # missing, or a file: nothing more to enter
        if not os.access(step, os.X_OK):
            return step
    return None


@contextmanager
def _undisturbed(folder: Path) -> Iterator[None]:
    """While ``check`` reads: hold the journal's lock when that writes nothing (the lock file
    is there, and no Journey has the journal open), so that no window starts writing it
    meanwhile. When it cannot be held (no lock file, the journal open in a window), the
    check reads anyway: a journal open in a window has its write-ahead log beside it, which
    SQLite reads (journey.journal_file) without writing."""
    import sys
    from contextlib import suppress

    from journey.journal import LOCK_FILE

    try:
        handle = open(folder / LOCK_FILE, "rb")  # never created here
    except OSError:
        yield
        return
    with handle:
        if sys.platform != "win32":  # there the lock is held only while the journal is open
            import fcntl

            with suppress(OSError):  # held by a window: it keeps its own log beside it
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield  # closing the file drops the lock


def failure_reason(error: BaseException) -> str | None:
    """What the SQLite driver's ``error`` (or the error it caused) says about the disk, for
    the command line: a key of journey.errors.STORAGE_REASONS ("full", "read_only", "io",
    "busy"), "damaged" for a file SQLite cannot read as a database, or None (any other error
    is not the disk's doing)."""
    from journey.db import storage_failure
    from journey.driver import database_errors
    from journey.errors import StorageFailed

    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, StorageFailed):
            return seen.reason
        failure = storage_failure(seen)
        if failure is not None:
            return failure.reason
        if isinstance(seen, database_errors()):
            text = str(seen).lower()
            if "malformed" in text or "not a database" in text:
                return "damaged"
        seen = seen.__cause__
    return None
