"""``journey backup``, ``journey restore`` and ``journey check`` as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cli.helpers import QUIT_WHEN_READY, one_line, run_journey


def test_backup_restore_and_check(real_journal: Path, tmp_path: Path) -> None:
    journal = ("--data-dir", str(real_journal))
    checked = run_journey(*journal, "check")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == (
        f"{real_journal / 'journal.sqlite3'}: ok "
        "(quick_check and foreign_key_check found nothing wrong)"
    )

    into_folder = run_journey(*journal, "backup")
    assert into_folder.returncode == 0, into_folder.stderr
    taken = Path(into_folder.stdout.strip().removeprefix("backed up the journal to "))
    assert taken.parent == real_journal / "backups"
    assert taken.name.startswith("journal-manual-")

    copy = tmp_path / "copy.sqlite3"
    named = run_journey(*journal, "backup", "-o", str(copy))
    assert named.stdout.strip() == f"backed up the journal to {copy}"
    assert oct(copy.stat().st_mode & 0o777) == "0o600"

    restored = run_journey(*journal, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {copy}; the journal as it was is in ")
    assert run_journey(*journal, "check").returncode == 0


def test_restore_refuses_what_is_not_a_backup_and_check_reports_damage(
    real_journal: Path, tmp_path: Path
) -> None:
    journal = ("--data-dir", str(real_journal))
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    db = real_journal / "journal.sqlite3"
    before = db.read_bytes()
    refused = run_journey(*journal, "restore", str(junk))
    assert refused.returncode == 1
    assert one_line(refused.stderr).startswith(f"journey: {junk}: it is not a usable backup: ")
    assert db.read_bytes() == before

    data = bytearray(before)
    data[4096 * 3 : 4096 * 3 + 300] = os.urandom(300)
    db.write_bytes(bytes(data))
    damaged = run_journey(*journal, "check")
    assert damaged.returncode == 1
    assert one_line(damaged.stderr).startswith(f"journey: {db}: ")


def test_closing_the_app_backs_the_journal_up(real_journal: Path) -> None:
    opened = run_journey("--data-dir", str(real_journal), env=QUIT_WHEN_READY)
    assert opened.returncode == 0, opened.stderr
    automatic = sorted((real_journal / "backups").glob("journal-automatic-*.sqlite3"))
    assert len(automatic) == 1
    assert oct(automatic[0].stat().st_mode & 0o777) == "0o600"
    checked = run_journey("--data-dir", str(real_journal), "check")
    assert checked.returncode == 0, checked.stderr


def open_app_answering(folder: Path, answer: bool) -> subprocess.CompletedProcess[str]:
    """Start the app on ``folder``; the offer to restore a backup is answered ``answer``."""
    script = (
        "import ui.shell.app\n"
        f"ui.shell.app.ask_to_recover = lambda problem, backup: {answer}\n"
        f"raise SystemExit(ui.shell.app.main(['--data-dir', {str(folder)!r}]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **QUIT_WHEN_READY}
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )


def test_a_damaged_journal_with_a_backup_is_offered_it(real_journal: Path) -> None:
    assert run_journey("--data-dir", str(real_journal), "backup").returncode == 0
    db = real_journal / "journal.sqlite3"
    damaged = os.urandom(8192)
    db.write_bytes(damaged)

    declined = open_app_answering(real_journal, False)
    assert declined.returncode == 1
    assert "is not a readable Journey journal" in declined.stderr
    assert db.read_bytes() == damaged

    accepted = open_app_answering(real_journal, True)
    assert accepted.returncode == 0, accepted.stderr
    aside = list(real_journal.glob("journal.sqlite3.damaged-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == damaged
    assert f"It is now {aside[0]}" in accepted.stderr
    assert run_journey("--data-dir", str(real_journal), "check").returncode == 0
