"""Issue 21 (4, 5) on the command line: the recovery key opens a journal whose journal.keys is
lost ($JOURNEY_RECOVERY_KEY, or --recovery-key for a forgotten passphrase) and a new keys file
is written; the right passphrase on a damaged journal says "damaged", not "wrong"."""

from __future__ import annotations

import os
from pathlib import Path

from journey.backup import journal_files
from journey.cipher import turn_on
from journey.journal import claim_journal
from tests.cli.helpers import one_line, run_journey

PASSPHRASE = "seven blue herons"
NEW = "eight green herons"


def encrypt(folder: Path) -> str:
    claim = claim_journal(folder)
    try:
        return turn_on(folder, journal_files(folder), PASSPHRASE)
    finally:
        claim.release()


def test_the_recovery_key_opens_a_journal_whose_keys_file_is_lost(
    real_journal: Path, tmp_path: Path
) -> None:
    recovery = encrypt(real_journal)
    (real_journal / "journal.keys").unlink()
    journal = ("--data-dir", str(real_journal))
    out = tmp_path / "j.json"

    without = run_journey(*journal, "export", "json", "-o", str(out), drop=("JOURNEY_PASSPHRASE",))
    assert without.returncode == 1
    assert "JOURNEY_RECOVERY_KEY" in one_line(without.stderr)
    assert not (real_journal / "journal.keys").exists()

    given = {"JOURNEY_RECOVERY_KEY": recovery, "JOURNEY_PASSPHRASE": NEW}
    exported = run_journey(*journal, "export", "json", "-o", str(out), env=given)
    assert exported.returncode == 0, exported.stderr
    assert "Ana López" in out.read_text(encoding="utf-8")
    assert "wrote a new journal.keys" in exported.stderr
    assert (real_journal / "journal.keys").exists()

    again = run_journey(*journal, "backup", env={"JOURNEY_PASSPHRASE": NEW})
    assert again.returncode == 0, again.stderr


def test_recovery_key_option_for_a_forgotten_passphrase(real_journal: Path) -> None:
    recovery = encrypt(real_journal)
    journal = ("--data-dir", str(real_journal))
    given = {"JOURNEY_RECOVERY_KEY": recovery.lower(), "JOURNEY_PASSPHRASE": "forgotten"}
    before = run_journey(*journal, "--recovery-key", "backup", env=given)
    assert before.returncode == 0, before.stderr
    after = run_journey("--recovery-key", *journal, "backup", env=given)
    assert after.returncode == 0, after.stderr
    typo = run_journey(
        *journal, "backup", "--recovery-key", env={"JOURNEY_RECOVERY_KEY": recovery[:-3]}
    )
    assert typo.returncode == 1
    assert one_line(typo.stderr).startswith("journey: that is not the recovery key: ")


def test_the_right_passphrase_on_a_damaged_journal_says_damaged(real_journal: Path) -> None:
    encrypt(real_journal)
    with (real_journal / "journal.sqlite3").open("r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(200))
    refused = run_journey(
        "--data-dir", str(real_journal), "backup", env={"JOURNEY_PASSPHRASE": PASSPHRASE}
    )
    assert refused.returncode == 1
    line = one_line(refused.stderr)
    assert "damaged" in line
    assert "Wrong passphrase" not in line


def test_check_reads_a_journal_whose_keys_file_is_lost_with_its_recovery_key(
    real_journal: Path,
) -> None:
    recovery = encrypt(real_journal)
    (real_journal / "journal.keys").unlink()
    journal = ("--data-dir", str(real_journal))
    before = sorted(p.name for p in real_journal.iterdir())

    without = run_journey(*journal, "check", drop=("JOURNEY_PASSPHRASE",))
    assert without.returncode == 1
    line = one_line(without.stderr)
    assert "is not a readable Journey journal" in line
    assert "JOURNEY_RECOVERY_KEY" in line

    checked = run_journey(*journal, "check", env={"JOURNEY_RECOVERY_KEY": recovery})
    assert checked.returncode == 0, checked.stderr
    assert "ok (quick_check and foreign_key_check found nothing wrong)" in checked.stdout
    # check reads only: no new journal.keys, no -wal or -shm, nothing else made.
    assert sorted(p.name for p in real_journal.iterdir()) == before

    typo = run_journey(*journal, "check", env={"JOURNEY_RECOVERY_KEY": recovery[:-3]})
    assert typo.returncode == 1
    assert len(typo.stderr.strip().splitlines()) == 1


def test_check_with_the_recovery_key_option_when_the_passphrase_is_forgotten(
    real_journal: Path,
) -> None:
    recovery = encrypt(real_journal)
    given = {"JOURNEY_RECOVERY_KEY": recovery, "JOURNEY_PASSPHRASE": "forgotten"}
    checked = run_journey("--data-dir", str(real_journal), "--recovery-key", "check", env=given)
    assert checked.returncode == 0, checked.stderr
