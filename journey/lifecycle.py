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
    (journey.backup: kept by age), or None when none was due."""
    from journey.backup import automatic_backup

    journal.engine.dispose()  # every connection closed: the copy sees all that was saved
    with _said_as(_backup_failed(journal.folder)):
        return automatic_backup(journal.folder, datetime.now(UTC), closing=closing, key=journal.key)


def restore_into(journal: Journal, backup: Path) -> Backup:
    """Put ``backup`` in place of the closed journal; returns the copy of the journal as it
    was (kept in backups/). Refused, and nothing changed, if the backup fails its check."""
    from journey.backup import restore

    journal.engine.dispose()
    with _said_as(_backup_failed(journal.folder)):
        return restore(journal.folder, backup, datetime.now(UTC), journal.key)


def restore_claimed(claim: JournalClaim, backup: Path) -> Backup:
    """The same for a journal claimed but not opened (the command line)."""
    from journey.backup import restore

    with _said_as(_backup_failed(claim.folder)):
        return restore(claim.folder, backup, datetime.now(UTC), claim.key)


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
    recovery key, to show once, and the new data key. On failure the journal is as it was."""
    from journey.backup import journal_files
    from journey.cipher import key_from_recovery, turn_on

    with _said_as(lambda detail: EncryptionFailed(claim.folder, detail)):
        recovery = turn_on(claim.folder, journal_files(claim.folder), passphrase)
    claim.encrypted = True
    return recovery, key_from_recovery(recovery)


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


def check(folder: Path, passphrase: Callable[[], str]) -> list[str]:
    """SQLite's quick_check and foreign_key_check on the journal in ``folder`` (which must
    exist): what they found (empty: sound). ``passphrase`` is asked only when the journal
    is encrypted."""
    from journey.backup import check_database
    from journey.cipher import is_encrypted, unlock

    db = journal_file(folder)
    key = unlock(folder, db, passphrase()) if is_encrypted(folder, db) else None
    return check_database(db, key)
