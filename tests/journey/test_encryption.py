"""Encryption at rest: turning it on keeps every entry and leaves no plain copy in the folder;
a wrong passphrase opens nothing and changes nothing; the recovery key, changing the
passphrase, encrypted backups and restores, and a conversion interrupted part-way."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journey import cipher
from journey.backup import (
    check_database,
    journal_files,
    list_backups,
    newest_good_backup,
    restore,
    take_backup,
)
from journey.cipher import (
    BadRecoveryKey,
    WrongPassphrase,
    change_passphrase,
    key_from_recovery,
    looks_encrypted,
    turn_on,
)
from journey.errors import NotAJournal
from journey.journal import JOURNAL_FILE, JournalClaim, claim_journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
PASSPHRASE = "correct horse battery"
SECRET = "tingling-in-the-left-hand-7391"  # a note whose bytes must not be in any file


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper scrypt for speed here; the keys file records the cost, so unlocking uses the
    cost each file was written with (a test below checks the real default is written)."""
    monkeypatch.setattr(cipher, "SCRYPT_N", 2**12)


@pytest.fixture
def claim_of() -> Iterator[list[JournalClaim]]:
    claims: list[JournalClaim] = []
    yield claims
    for claim in claims:
        claim.release()


def services_of(claim: JournalClaim) -> tuple[JournalServices, object]:
    journal = claim.open(now=NOW)
    return JournalServices.build(journal.session_factory, Clock("UTC", fixed_now=NOW)), journal


def log(folder: Path, note: str, passphrase: str | None = None) -> None:
    claim = claim_journal(folder)
    try:
        if claim.locked:
            claim.unlock(passphrase or "")
        journal = claim.open(now=NOW)
        try:
            services = JournalServices.build(journal.session_factory, Clock("UTC", fixed_now=NOW))
            services.side_effects.log(EntryDetails("Headache", 3, NOW, "UTC", notes=note))
        finally:
            journal.engine.dispose()
    finally:
        claim.release()


def notes(folder: Path, passphrase: str | None = None) -> list[str]:
    claim = claim_journal(folder)
    try:
        if claim.locked:
            claim.unlock(passphrase or "")
        journal = claim.open(now=NOW)
        try:
            services = JournalServices.build(journal.session_factory, Clock("UTC", fixed_now=NOW))
            return sorted(e.details.notes for e in services.side_effects.entries())
        finally:
            journal.engine.dispose()
    finally:
        claim.release()


def encrypt(folder: Path, passphrase: str = PASSPHRASE) -> str:
    claim = claim_journal(folder)
    try:
        return turn_on(folder, journal_files(folder), passphrase)
    finally:
        claim.release()


def every_file(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_turning_encryption_on_keeps_every_entry_and_leaves_no_plain_copy(
    journal_folder: Path,
) -> None:
    log(journal_folder, SECRET)
    take_backup(journal_folder, NOW, "manual")
    log(journal_folder, "second entry")
    assert SECRET.encode() in (journal_folder / "backups").iterdir().__next__().read_bytes()

    recovery = encrypt(journal_folder)

    assert notes(journal_folder, PASSPHRASE) == sorted([SECRET, "second entry"])
    for name, content in every_file(journal_folder).items():
        assert SECRET.encode() not in content, f"{name} holds the note in plain text"
    assert all(looks_encrypted(path) for path in journal_files(journal_folder))
    assert len(journal_files(journal_folder)) == 2  # the journal and its backup
    keys = journal_folder / cipher.KEYS_FILE
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    assert len(key_from_recovery(recovery)) == 32


def test_the_keys_file_records_the_recommended_scrypt_cost(
    journal_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real cost, as a person's journal gets it
    encrypt(journal_folder)
    stored = json.loads((journal_folder / cipher.KEYS_FILE).read_text())
    assert stored["kdf"] | {"salt": None} == {
        "name": "scrypt",
        "salt": None,
        "n": 2**17,
        "r": 8,
        "p": 1,
    }
    assert PASSPHRASE not in (journal_folder / cipher.KEYS_FILE).read_text()


def test_a_wrong_passphrase_opens_nothing_and_changes_nothing(journal_folder: Path) -> None:
    log(journal_folder, SECRET)
    encrypt(journal_folder)
    before = every_file(journal_folder)

    claim = claim_journal(journal_folder)
    try:
        assert claim.locked
        assert claim.stored_settings() == {}
        with pytest.raises(WrongPassphrase) as refused:
            claim.unlock("correct horse battery!")
        assert "Wrong passphrase or damaged file" in str(refused.value)
        assert claim.locked
        with pytest.raises(ValueError, match="after unlock"):
            claim.open(now=NOW)  # never a new journal in place of the locked one
    finally:
        claim.release()
    after = every_file(journal_folder)
    after.pop(".journey.lock", None)
    before.pop(".journey.lock", None)
    assert after == before


def test_a_damaged_keys_file_is_the_same_clear_refusal(journal_folder: Path) -> None:
    encrypt(journal_folder)
    (journal_folder / cipher.KEYS_FILE).write_text("{ not json")
    claim = claim_journal(journal_folder)
    try:
        with pytest.raises(WrongPassphrase, match="Wrong passphrase or damaged file"):
            claim.unlock(PASSPHRASE)
    finally:
        claim.release()


def test_the_recovery_key_opens_the_journal_and_a_typo_is_told_apart(
    journal_folder: Path, tmp_path: Path
) -> None:
    log(journal_folder, SECRET)
    recovery = encrypt(journal_folder)
    claim = claim_journal(journal_folder)
    try:
        with pytest.raises(BadRecoveryKey):
            claim.unlock_with_recovery(recovery[:-1] + ("A" if recovery[-1] != "A" else "B"))
        with pytest.raises(BadRecoveryKey):
            claim.unlock_with_recovery(recovery[:20])
        # Case, spaces and dashes do not matter.
        claim.unlock_with_recovery(recovery.lower().replace("-", " "))
        assert not claim.locked
    finally:
        claim.release()

    other = tmp_path / "other"
    other_recovery = encrypt_copy_of(journal_folder, other)
    claim = claim_journal(journal_folder)
    try:
        with pytest.raises(WrongPassphrase):
            claim.unlock_with_recovery(other_recovery)  # a key, but another journal's
    finally:
        claim.release()


def encrypt_copy_of(folder: Path, target: Path) -> str:
    """A second journal, encrypted with its own key."""
    import shutil

    shutil.copytree(folder, target)
    (target / cipher.KEYS_FILE).unlink()
    (target / JOURNAL_FILE).unlink()
    for extra in target.glob(f"{JOURNAL_FILE}-*"):
        extra.unlink()
    shutil.rmtree(target / "backups", ignore_errors=True)
    claim = claim_journal(target)  # creates a new, plain journal
    claim.open(now=NOW).engine.dispose()
    claim.release()
    return encrypt(target, "another passphrase")


def test_changing_the_passphrase_keeps_the_data_and_the_recovery_key(
    journal_folder: Path,
) -> None:
    log(journal_folder, SECRET)
    recovery = encrypt(journal_folder)
    database = (journal_folder / JOURNAL_FILE).read_bytes()
    change_passphrase(journal_folder, key_from_recovery(recovery), "a new passphrase")

    assert (journal_folder / JOURNAL_FILE).read_bytes() == database  # only the key rewrapped
    assert notes(journal_folder, "a new passphrase") == [SECRET]
    with pytest.raises(WrongPassphrase):
        notes(journal_folder, PASSPHRASE)
    claim = claim_journal(journal_folder)
    try:
        claim.unlock_with_recovery(recovery)
    finally:
        claim.release()
    with pytest.raises(ValueError, match="at least 8 characters"):
        change_passphrase(journal_folder, key_from_recovery(recovery), "short")


def test_backups_of_an_encrypted_journal_are_encrypted_and_restore(
    journal_folder: Path,
) -> None:
    log(journal_folder, SECRET)
    recovery = encrypt(journal_folder)
    key = key_from_recovery(recovery)
    backup = take_backup(journal_folder, NOW, "manual", key)
    assert looks_encrypted(backup.path)
    assert SECRET.encode() not in backup.path.read_bytes()
    assert check_database(backup.path, key) == []
    assert check_database(backup.path) != []  # without the key it cannot be read
    assert newest_good_backup(journal_folder, key) == backup
    log(journal_folder, "after the backup", PASSPHRASE)

    claim = claim_journal(journal_folder)
    try:
        safety = restore(journal_folder, backup.path, NOW, key)
    finally:
        claim.release()
    assert looks_encrypted(safety.path)
    assert notes(journal_folder, PASSPHRASE) == [SECRET]


def test_a_plain_backup_restored_into_an_encrypted_journal_is_encrypted(
    journal_folder: Path, tmp_path: Path
) -> None:
    log(journal_folder, SECRET)
    plain = take_backup(journal_folder, NOW, "manual")
    kept_aside = tmp_path / "plain-copy.sqlite3"
    kept_aside.write_bytes(plain.path.read_bytes())
    key = key_from_recovery(encrypt(journal_folder))
    log(journal_folder, "later", PASSPHRASE)

    claim = claim_journal(journal_folder)
    try:
        restore(journal_folder, kept_aside, NOW, key)
    finally:
        claim.release()
    assert looks_encrypted(journal_folder / JOURNAL_FILE)
    assert SECRET.encode() not in (journal_folder / JOURNAL_FILE).read_bytes()
    assert notes(journal_folder, PASSPHRASE) == [SECRET]


def test_a_conversion_cut_short_leaves_the_journal_readable_and_finishes_later(
    journal_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log(journal_folder, SECRET)
    take_backup(journal_folder, NOW, "manual")
    files = journal_files(journal_folder)
    real_export = cipher.export_copy
    calls = []

    def dies_on_the_backup(source: Path, target: Path, **keys: bytes | None) -> None:
        calls.append(source)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process stops here, the journal done, the backup not
        real_export(source, target, **keys)  # type: ignore[arg-type]

    monkeypatch.setattr(cipher, "export_copy", dies_on_the_backup)
    claim = claim_journal(journal_folder)
    with pytest.raises(KeyboardInterrupt):
        turn_on(journal_folder, files, PASSPHRASE)
    claim.release()
    monkeypatch.setattr(cipher, "export_copy", real_export)

    assert looks_encrypted(files[0])
    assert not looks_encrypted(files[1])
    assert not list(journal_folder.glob("backups/.*"))  # no half-built copy left
    # The next unlock opens the journal and finishes the conversion.
    assert notes(journal_folder, PASSPHRASE) == [SECRET]
    assert looks_encrypted(files[1])
    assert SECRET.encode() not in files[1].read_bytes()
    assert check_database(files[1], _key(journal_folder)) == []


def _key(folder: Path) -> bytes:
    return cipher.unlock(folder, folder / JOURNAL_FILE, PASSPHRASE)


def test_a_plain_journal_beside_a_stale_keys_file_still_opens_as_plain(
    journal_folder: Path,
) -> None:
    log(journal_folder, SECRET)
    cipher.write_keys(journal_folder, cipher.wrap_key(cipher.new_data_key(), PASSPHRASE))
    assert notes(journal_folder) == [SECRET]


def test_an_encrypted_journal_damaged_inside_is_refused_as_damaged_not_as_a_wrong_key(
    journal_folder: Path,
) -> None:
    log(journal_folder, SECRET)
    encrypt(journal_folder)
    db = journal_folder / JOURNAL_FILE
    size = db.stat().st_size
    with db.open("r+b") as handle:  # a page past the first one, scrambled
        handle.seek(size - 4096 + 100)
        handle.write(os.urandom(200))
    claim = claim_journal(journal_folder)
    try:
        with pytest.raises(NotAJournal) as refused:
            claim.unlock(PASSPHRASE)
        assert "damaged" in str(refused.value)
    finally:
        claim.release()
    assert [b for b in list_backups(journal_folder)] == []
