"""`journey share init`, `share join`, `share status` and `journey sync` on two data folders and
two copies of a shared folder, as two people would type them (issue 16)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.cli.helpers import one_line, run_journey


def _copy_over(source: Path, target: Path) -> None:
    """The users' sync tool: what one computer wrote arrives on the other."""
    shutil.copytree(source, target, dirs_exist_ok=True)


def test_share_join_and_sync_from_the_command_line(tmp_path: Path) -> None:
    patient, companion = tmp_path / "patient", tmp_path / "companion"
    shared_here, shared_there = tmp_path / "Sync-patient", tmp_path / "Sync-companion"
    shared_here.mkdir()
    shared_there.mkdir()
    made = run_journey(
        "--demo", "--data-dir", str(patient), "export", "json", "-o", str(tmp_path / "x.json")
    )
    assert made.returncode == 0, made.stderr

    init = run_journey(
        "share",
        "init",
        "--data-dir",
        str(patient),
        "--demo",
        "--folder",
        str(shared_here),
        "--name",
        "Elena's laptop",
        "--person",
        "patient",
    )
    assert init.returncode == 0, init.stderr
    lines = init.stdout.strip().splitlines()
    code = lines[-1]  # the invitation code is the last line
    assert code.startswith("JRNY1-")
    assert "fingerprint" in lines[1]
    inviter_print = lines[1].rsplit(" ", 1)[-1].rstrip(".")

    _copy_over(shared_here, shared_there)
    join = run_journey(
        "share",
        "join",
        "--data-dir",
        str(companion),
        "--folder",
        str(shared_there),
        "--invitation",
        code.lower(),
        "--name",
        "Tomás's laptop",
        "--person",
        "companion",
    )
    assert join.returncode == 0, join.stderr
    assert inviter_print in join.stdout  # the fingerprints to compare aloud match

    _copy_over(shared_there, shared_here)
    first = run_journey("sync", "--data-dir", str(patient), "--demo")
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.strip().splitlines()) == 1
    assert first.stdout.startswith("0 changes in, ")

    status = run_journey("share", "status", "--data-dir", str(patient), "--demo")
    assert status.returncode == 0, status.stderr
    assert "Tomás's laptop (companion)" in status.stdout

    removed = run_journey("share", "remove", "Tomás's laptop", "--data-dir", str(patient), "--demo")
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.strip() == (
        "Stopped sharing with Tomás's laptop: later changes are no longer sent to it."
    )
    after = run_journey("share", "status", "--data-dir", str(patient), "--demo")
    assert "No other computer shares this journey now." in after.stdout

    exported = tmp_path / "companion.json"
    again = run_journey("export", "json", "--data-dir", str(companion), "-o", str(exported))
    assert again.returncode == 0, again.stderr
    assert "Elena Ramírez" in exported.read_text(encoding="utf-8")  # the journey is there


def test_sync_on_a_journal_that_is_not_shared_says_so_in_one_line(tmp_path: Path) -> None:
    result = run_journey("sync", "--data-dir", str(tmp_path / "journal"))
    assert result.returncode == 1
    assert one_line(result.stderr) == (
        "journey: this journal is not shared; `journey share init` shares it"
    )


def test_joining_with_a_mistyped_code_says_so(tmp_path: Path) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir()
    result = run_journey(
        "share",
        "join",
        "--data-dir",
        str(tmp_path / "j"),
        "--folder",
        str(shared),
        "--invitation",
        "JRNY1-AAAAA-BBBBB",
    )
    assert result.returncode == 1
    assert one_line(result.stderr).startswith("journey: the invitation code is not right")
