"""The open journal's folder as the window sees it: where it is, its backups, its encryption.

Backups themselves are journey.backup's (kept by age, checked before a restore) and encryption
journey.cipher's; restoring a backup or turning encryption on replaces the whole journal, so
those happen with the journal closed (journey.lifecycle).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journey.lifecycle import storage_failures

if TYPE_CHECKING:
    from journey.backup import Backup


@dataclass(frozen=True)
class JournalInfo:
    """Where the open journal lives, whether it is encrypted (its key stays in journey/) and
    whether it is read-only (its file cannot be written: journey.journal.JournalClaim.open)."""

    folder: Path
    key: bytes | None = field(default=None, repr=False)
    read_only: bool = False

    @property
    def encrypted(self) -> bool:
        return self.key is not None


class BackupService:
    def __init__(self, journal: JournalInfo) -> None:
        self._journal = journal

    def backups(self) -> list[Backup]:
        """The journal's backups, newest first."""
        from journey.backup import list_backups

        return list_backups(self._journal.folder)

    def take(self, now: datetime) -> Backup:
        """A backup taken by hand, now (encrypted like the journal)."""
        from journey.backup import BackupFailed, take_backup

        try:
            return take_backup(self._journal.folder, now, "manual", self._journal.key)
        except storage_failures() as exc:
            raise BackupFailed(self._journal.folder, str(exc)) from exc

    def automatic(self, now: datetime) -> Backup | None:
        """An automatic backup when one is due (every few hours while something changed);
        never for a read-only journal, in which nothing changes (journey.lifecycle.back_up)."""
        from journey.backup import BackupFailed, automatic_backup

        if self._journal.read_only:
            return None
        try:
            return automatic_backup(self._journal.folder, now, key=self._journal.key)
        except storage_failures() as exc:
            raise BackupFailed(self._journal.folder, str(exc)) from exc


class EncryptionService:
    """The passphrase of an encrypted journal (the window turns encryption on through
    journey.lifecycle.encrypt, with the journal closed)."""

    def __init__(self, journal: JournalInfo) -> None:
        self._journal = journal

    @property
    def on(self) -> bool:
        return self._journal.encrypted

    def passphrase_opens(self, passphrase: str) -> bool:
        from journey.lifecycle import passphrase_opens

        return passphrase_opens(self._journal.folder, passphrase)

    def change_passphrase(self, new_passphrase: str) -> None:
        """A new passphrase; the recovery key stays the same."""
        from journey.lifecycle import change_passphrase

        if self._journal.key is None:
            raise ValueError("the journal is not encrypted")
        change_passphrase(self._journal.folder, self._journal.key, new_passphrase)
