"""An encrypted journal from the command line: the passphrase from $JOURNEY_PASSPHRASE (or a
terminal), a clear refusal without it or with a wrong one, and backups that stay encrypted."""

from __future__ import annotations

from pathlib import Path

from journey.backup import journal_files
from journey.cipher import looks_encrypted, turn_on
from journey.journal import claim_journal
from tests.cli.helpers import run_journey

PASSPHRASE = "seven blue herons"


def encrypt(folder: Path) -> None:
    claim = claim_journal(folder)
    try:
        turn_on(folder, journal_files(folder), PASSPHRASE)
    finally:
        claim.release()


def test_commands_take_the_passphrase_from_the_environment(
    real_journal: Path, tmp_path: Path
) -> None:
    encrypt(real_journal)
    journal = ("--data-dir", str(real_journal))
    given = {"JOURNEY_PASSPHRASE": PASSPHRASE}

    checked = run_journey(*journal, "check", env=given)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip().endswith(
        ": ok (quick_check and foreign_key_check found nothing wrong)"
    )

    copy = tmp_path / "copy.sqlite3"
    backed_up = run_journey(*journal, "backup", "-o", str(copy), env=given)
    assert backed_up.returncode == 0, backed_up.stderr
    assert looks_encrypted(copy)
    assert "Ana López".encode() not in copy.read_bytes()

    exported = run_journey(*journal, "export", "json", "-o", str(tmp_path / "j.json"), env=given)
    assert exported.returncode == 0, exported.stderr
    assert "Ana López" in (tmp_path / "j.json").read_text(encoding="utf-8")

    restored = run_journey(*journal, "restore", str(copy), env=given)
    assert restored.returncode == 0, restored.stderr
    assert all(looks_encrypted(path) for path in journal_files(real_journal))


def test_a_wrong_or_missing_passphrase_is_refused_and_changes_nothing(
    real_journal: Path, tmp_path: Path
) -> None:
    encrypt(real_journal)
    before = (real_journal / "journal.sqlite3").read_bytes()
    journal = ("--data-dir", str(real_journal))

    wrong = run_journey(*journal, "backup", env={"JOURNEY_PASSPHRASE": "seven blue heron"})
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("journey: Wrong passphrase or damaged file: ")

    missing = run_journey(
        *journal, "export", "json", "-o", str(tmp_path / "j.json"), drop=("JOURNEY_PASSPHRASE",)
    )
    assert missing.returncode == 1
    assert "is encrypted: set JOURNEY_PASSPHRASE or run this in a terminal" in missing.stderr
    assert not (tmp_path / "j.json").exists()
    assert (real_journal / "journal.sqlite3").read_bytes() == before
    assert not (real_journal / "backups").exists() or not any((real_journal / "backups").iterdir())
