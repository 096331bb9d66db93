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
