"""``journey restore`` onto a new computer: into an empty or missing folder (issue 21, 10)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from journey.backup import journal_files
from journey.cipher import looks_encrypted, turn_on
from journey.journal import claim_journal
from tests.cli.helpers import one_line, run_journey

PASSPHRASE = "seven blue herons"


def backup_of(journal: Path, tmp_path: Path, env: dict[str, str] | None = None) -> Path:
    copy = tmp_path / "backup.sqlite3"
    taken = run_journey("--data-dir", str(journal), "backup", "-o", str(copy), env=env)
    assert taken.returncode == 0, taken.stderr
    return copy


def exported_profile(folder: Path, tmp_path: Path, env: dict[str, str] | None = None) -> str:
    out = tmp_path / f"{folder.name}.json"
    exported = run_journey("--data-dir", str(folder), "export", "json", "-o", str(out), env=env)
    assert exported.returncode == 0, exported.stderr
    return out.read_text(encoding="utf-8")


def test_a_backup_restores_into_a_missing_folder_created_private(
    real_journal: Path, tmp_path: Path
) -> None:
    copy = backup_of(real_journal, tmp_path)
    new = tmp_path / "new computer" / "Journey"
    restored = run_journey("--data-dir", str(new), "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.strip() == f"restored {copy} as the journal in {new}"
    assert oct(new.stat().st_mode & 0o777) == "0o700"
    assert oct((new / "journal.sqlite3").stat().st_mode & 0o777) == "0o600"
    assert not (new / "backups").exists()  # there was no journal to keep
    assert run_journey("--data-dir", str(new), "check").returncode == 0
    assert "Ana López" in exported_profile(new, tmp_path)


def test_a_backup_restores_into_an_empty_folder(real_journal: Path, tmp_path: Path) -> None:
    copy = backup_of(real_journal, tmp_path)
    new = tmp_path / "empty"
    new.mkdir()
    restored = run_journey("--data-dir", str(new), "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert "Ana López" in exported_profile(new, tmp_path)


def test_a_bad_file_is_refused_and_the_folder_left_as_it_was(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    missing = tmp_path / "missing"
    refused = run_journey("--data-dir", str(missing), "restore", str(junk))
    assert refused.returncode == 1
    line = one_line(refused.stderr)
    assert line.startswith(f"journey: {junk}: it is not a usable backup: ")
    assert not missing.exists()

    empty = tmp_path / "empty"
    empty.mkdir()
    text = tmp_path / "notes.sqlite3"
    text.write_text("SQLite format 3\x00 but not really", encoding="latin-1")
    for bad in (junk, text, tmp_path / "nowhere.sqlite3"):
        refused = run_journey("--data-dir", str(empty), "restore", str(bad))
        assert refused.returncode == 1
        assert one_line(refused.stderr).startswith(f"journey: {bad}: ")
        assert list(empty.iterdir()) == []


def test_an_encrypted_backup_needs_its_keys_file_and_passphrase(
    real_journal: Path, tmp_path: Path
) -> None:
    claim = claim_journal(real_journal)
    try:
        turn_on(real_journal, journal_files(real_journal), PASSPHRASE)
    finally:
        claim.release()
    given = {"JOURNEY_PASSPHRASE": PASSPHRASE}
    copy = backup_of(real_journal, tmp_path, given)
    assert looks_encrypted(copy)

    new = tmp_path / "new"
    without_keys = run_journey("--data-dir", str(new), "restore", str(copy), env=given)
    assert without_keys.returncode == 1
    line = one_line(without_keys.stderr)
    assert "journal.keys" in line
    assert str(new) in line
    assert not new.exists()

    new.mkdir(mode=0o700)
    shutil.copy2(real_journal / "journal.keys", new / "journal.keys")
    wrong = run_journey(
        "--data-dir", str(new), "restore", str(copy), env={"JOURNEY_PASSPHRASE": "not it at all"}
    )
    assert wrong.returncode == 1
    assert not (new / "journal.sqlite3").exists()

    restored = run_journey("--data-dir", str(new), "restore", str(copy), env=given)
    assert restored.returncode == 0, restored.stderr
    assert looks_encrypted(new / "journal.sqlite3")
    assert "Ana López" in exported_profile(new, tmp_path, given)


def test_an_encrypted_backup_restores_over_a_journal_a_first_run_left_empty(
    real_journal: Path, tmp_path: Path
) -> None:
    from journey.journal import open_journal

    claim = claim_journal(real_journal)
    try:
        turn_on(real_journal, journal_files(real_journal), PASSPHRASE)
    finally:
        claim.release()
    given = {"JOURNEY_PASSPHRASE": PASSPHRASE}
    copy = backup_of(real_journal, tmp_path, given)
    new = tmp_path / "new"
    open_journal(new).close()  # the window was opened first: an empty, plain journal
    refused = run_journey("--data-dir", str(new), "restore", str(copy))
    assert refused.returncode == 1
    assert "journal.keys" in one_line(refused.stderr)

    shutil.copy2(real_journal / "journal.keys", new / "journal.keys")
    restored = run_journey("--data-dir", str(new), "restore", str(copy), env=given)
    assert restored.returncode == 0, restored.stderr
    assert looks_encrypted(new / "journal.sqlite3")
    assert "Ana López" in exported_profile(new, tmp_path, given)
