"""Issue 21 (4, 5, 7): the recovery key opens a journal whose journal.keys is lost; a damaged
encrypted journal is told apart from a wrong passphrase and offered its good backup, opened
with the same key; the recovery key is shown again until the person confirms it is kept, even
after a crash while encryption was being turned on."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journey import cipher, lifecycle
from journey.backup import journal_files, take_backup
from journey.cipher import WrongPassphrase, looks_encrypted, turn_on
from journey.errors import NotAJournal
from journey.journal import JOURNAL_FILE, claim_journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
PASSPHRASE = "correct horse battery"
NEW_PASSPHRASE = "a brand new phrase"


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cipher, "SCRYPT_N", 2**12)


def log(folder: Path, note: str) -> None:
    claim = claim_journal(folder)
    try:
        journal = claim.open(now=NOW)
        try:
            services = JournalServices.build(journal.session_factory, Clock("UTC", fixed_now=NOW))
            services.side_effects.log(EntryDetails("Headache", 3, NOW, "UTC", notes=note))
        finally:
            journal.engine.dispose()
    finally:
        claim.release()


def notes(folder: Path, passphrase: str) -> list[str]:
    claim = claim_journal(folder)
    try:
        claim.unlock(passphrase)
        journal = claim.open(now=NOW)
        try:
            services = JournalServices.build(journal.session_factory, Clock("UTC", fixed_now=NOW))
            return sorted(e.details.notes or "" for e in services.side_effects.entries())
        finally:
            journal.engine.dispose()
    finally:
        claim.release()


def encrypt(folder: Path) -> str:
    claim = claim_journal(folder)
    try:
        return turn_on(folder, journal_files(folder), PASSPHRASE)
    finally:
        claim.release()


def keys_json(folder: Path) -> dict[str, object]:
    data = json.loads((folder / "journal.keys").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_recovery_key_opens_a_journal_whose_keys_file_is_lost(journal_folder: Path) -> None:
    log(journal_folder, "kept")
    recovery = encrypt(journal_folder)
    (journal_folder / "journal.keys").unlink()
    before = (journal_folder / JOURNAL_FILE).read_bytes()

    claim = claim_journal(journal_folder)  # not refused as "not a SQLite database"
    try:
        assert claim.locked
        assert claim.keys_lost
        with pytest.raises(WrongPassphrase):
            claim.unlock(PASSPHRASE)  # no keys file: no passphrase can open it
        assert (journal_folder / JOURNAL_FILE).read_bytes() == before
        claim.unlock_with_recovery(recovery)
        assert not claim.locked
        assert claim.key is not None
        lifecycle.change_passphrase(journal_folder, claim.key, NEW_PASSPHRASE)  # a new keys file
    finally:
        claim.release()
    assert (journal_folder / "journal.keys").exists()
    assert notes(journal_folder, NEW_PASSPHRASE) == ["kept"]
    claim = claim_journal(journal_folder)
    try:
        assert not claim.keys_lost
    finally:
        claim.release()


def test_a_plain_journal_that_is_garbage_with_plain_backups_is_still_refused_as_before(
    journal_folder: Path,
) -> None:
    log(journal_folder, "kept")
    take_backup(journal_folder, NOW, "manual")
    (journal_folder / JOURNAL_FILE).write_bytes(os.urandom(8192))
    with pytest.raises(NotAJournal, match="not a SQLite database"):
        claim_journal(journal_folder)


def damage_first_page(db: Path) -> None:
    with db.open("r+b") as handle:  # past SQLCipher's salt, inside the first page
        handle.seek(100)
        handle.write(os.urandom(200))


def test_the_right_passphrase_on_a_damaged_journal_says_damaged_and_its_backup_is_restored(
    journal_folder: Path,
) -> None:
    log(journal_folder, "in the backup")
    take_backup(journal_folder, NOW, "manual")
    encrypt(journal_folder)
    assert all(looks_encrypted(path) for path in journal_files(journal_folder))
    damage_first_page(journal_folder / JOURNAL_FILE)

    claim = claim_journal(journal_folder)
    try:
        with pytest.raises(WrongPassphrase):
            claim.unlock("not the passphrase")  # still a wrong passphrase
        with pytest.raises(NotAJournal) as refused:
            claim.unlock(PASSPHRASE)
        assert "damaged" in str(refused.value)
        assert "Wrong passphrase" not in str(refused.value)
        assert claim.locked
        offered = []
        recovered = lifecycle.recover_damaged(claim, lambda backup: offered.append(backup) or True)
        assert recovered is not None
        assert len(offered) == 1
        assert recovered.backup == offered[0].path
        assert recovered.aside.name.startswith("journal.sqlite3.damaged-")
        assert not claim.locked
    finally:
        claim.release()
    assert looks_encrypted(journal_folder / JOURNAL_FILE)
    assert notes(journal_folder, PASSPHRASE) == ["in the backup"]


def test_declining_the_backup_changes_nothing(journal_folder: Path) -> None:
    log(journal_folder, "in the backup")
    take_backup(journal_folder, NOW, "manual")
    encrypt(journal_folder)
    db = journal_folder / JOURNAL_FILE
    damage_first_page(db)
    before = db.read_bytes()
    claim = claim_journal(journal_folder)
    try:
        with pytest.raises(NotAJournal):
            claim.unlock(PASSPHRASE)
        assert lifecycle.recover_damaged(claim, lambda _backup: False) is None
        assert claim.locked
    finally:
        claim.release()
    assert db.read_bytes() == before


def test_a_conversion_interrupted_shows_the_recovery_key_again_until_it_is_confirmed(
    journal_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log(journal_folder, "kept")
    take_backup(journal_folder, NOW, "manual")
    real_export = cipher.export_copy
    calls: list[Path] = []

    def dies_on_the_backup(source: Path, target: Path, **keys: bytes | None) -> None:
        calls.append(source)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the journal encrypted, the key never shown
        real_export(source, target, **keys)  # type: ignore[arg-type]

    monkeypatch.setattr(cipher, "export_copy", dies_on_the_backup)
    claim = claim_journal(journal_folder)
    try:
        with pytest.raises(KeyboardInterrupt):
            lifecycle.encrypt(claim, PASSPHRASE)
    finally:
        claim.release()
    monkeypatch.setattr(cipher, "export_copy", real_export)
    assert looks_encrypted(journal_folder / JOURNAL_FILE)

    claim = claim_journal(journal_folder)
    try:
        claim.unlock(PASSPHRASE)
        assert claim.key is not None
        shown = lifecycle.recovery_key_to_show(claim)
        assert shown == cipher.recovery_key(claim.key)
    finally:
        claim.release()

    claim = claim_journal(journal_folder)  # not confirmed: shown again
    try:
        claim.unlock(PASSPHRASE)
        assert lifecycle.recovery_key_to_show(claim) == shown
        lifecycle.confirm_recovery_key(claim)
        assert lifecycle.recovery_key_to_show(claim) is None
    finally:
        claim.release()
    assert "recovery" not in json.dumps(keys_json(journal_folder))
    claim = claim_journal(journal_folder)
    try:
        claim.unlock(PASSPHRASE)
        assert lifecycle.recovery_key_to_show(claim) is None
    finally:
        claim.release()
    assert notes(journal_folder, PASSPHRASE) == ["kept"]


def test_a_passphrase_changed_before_the_key_is_confirmed_keeps_it_to_show(
    journal_folder: Path,
) -> None:
    claim = claim_journal(journal_folder)
    try:
        recovery, key = lifecycle.encrypt(claim, PASSPHRASE)
    finally:
        claim.release()
    lifecycle.change_passphrase(journal_folder, key, NEW_PASSPHRASE)
    claim = claim_journal(journal_folder)
    try:
        claim.unlock(NEW_PASSPHRASE)
        assert lifecycle.recovery_key_to_show(claim) == recovery
    finally:
        claim.release()


@pytest.mark.parametrize("cut", ["building the copy", "the last rename"])
def test_a_recovery_cut_short_leaves_a_journal_file_in_place(
    journal_folder: Path, monkeypatch: pytest.MonkeyPatch, cut: str
) -> None:
    """The crash window: the damaged journal was moved aside before the backup's copy was in
    place, so a crash between left no journal.sqlite3 (and the next start a first run)."""
    from journey import backup as backups

    log(journal_folder, "in the backup")
    good = take_backup(journal_folder, NOW, "manual")
    db = journal_folder / JOURNAL_FILE
    damage = os.urandom(8192)
    db.write_bytes(damage)

    real_replace = os.replace

    def crash(source: object, target: object) -> None:
        if Path(str(target)) == db:
            raise KeyboardInterrupt("killed")  # the process stops here
        real_replace(source, target)  # type: ignore[arg-type]

    def crash_building(*_: object, **__: object) -> None:
        raise KeyboardInterrupt("killed")

    if cut == "the last rename":
        monkeypatch.setattr(backups.os, "replace", crash)
    else:
        monkeypatch.setattr(backups, "build_copy", crash_building)
    with pytest.raises(KeyboardInterrupt):
        backups.recover(journal_folder, good, NOW)
    monkeypatch.undo()

    assert db.read_bytes() == damage  # still the journal: recovery is offered again
    backups.remove_leftovers(journal_folder)  # as every start does
    later = NOW + timedelta(minutes=1)  # the next start
    assert backups.recover(journal_folder, good, later).read_bytes() == damage
    claim = claim_journal(journal_folder)
    try:
        journal = claim.open(now=later)
        services = JournalServices.build(journal.session_factory, Clock("UTC", fixed_now=later))
        assert [e.details.notes for e in services.side_effects.entries()] == ["in the backup"]
        journal.engine.dispose()
    finally:
        claim.release()
