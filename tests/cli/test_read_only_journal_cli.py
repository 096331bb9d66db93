"""The commands on a journal file that cannot be written (issue 21, part 14): exports, check and
backup read it as it is and leave it untouched; import and restore are refused in one line that
names the file as read-only (not its folder), exit 1; a journal that would need an upgrade is
refused the same way, since upgrading means writing it.

The file is made read-only with chmod 0400. Journey treats a file with no write bit as
read-only whoever runs it, so these tests assert the same as root (as in CI), where chmod
stops no write; a read-only disk is imitated where the operating system is asked about it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from journey.journal import JOURNAL_FILE, LOCK_FILE
from journey.lifecycle import is_read_only
from tests.cli.helpers import one_line, run_journey

FolderState = dict[str, tuple[bytes, int, int]]

ADVICE = "Check the file's permissions, or copy it somewhere you can write; it was left untouched."


@pytest.fixture(autouse=True)
def _offscreen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("JOURNEY_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # an error log stays here


def folder_state(folder: Path) -> FolderState:
    """Every file and folder under ``folder``: bytes, modification time and mode."""
    return {
        str(path.relative_to(folder)): (
            path.read_bytes() if path.is_file() else b"",
            path.stat().st_mtime_ns,
            stat.S_IMODE(path.stat().st_mode),
        )
        for path in sorted(folder.rglob("*"))
    }


def run_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``journey ARGS`` in this process: the exit code, stdout and stderr."""
    from ui.shell.app import main

    code = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err, captured.err
    return code, captured.out.strip(), captured.err


@pytest.fixture
def read_only_journal(real_journal: Path) -> Iterator[Path]:
    db = real_journal / JOURNAL_FILE
    db.chmod(0o400)
    yield real_journal
    db.chmod(0o600)


@pytest.fixture
def exported(real_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The journal as JSON and as a calendar file, written while it was writable."""
    for command in (["json", "-o", "journal.json"], ["ics", "-o", "trip.ics"]):
        command[-1] = str(tmp_path / command[-1])
        code, _out, err = run_here(capsys, "--data-dir", str(real_journal), "export", *command)
        assert code == 0, err
    return tmp_path


# --- telling a read-only file -----------------------------------------------------------------


def test_a_file_without_write_bits_is_read_only_even_for_root(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o600)
    assert not is_read_only(path)
    path.chmod(0o400)
    assert is_read_only(path)  # root may still write it; its owner said not to
    path.chmod(0o444)
    assert is_read_only(path)
    assert not is_read_only(tmp_path / "missing.sqlite3")
    assert not is_read_only(tmp_path)  # a folder is not a journal file


def test_a_file_this_user_may_not_write_is_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o644)  # another user's file, as that user's permissions leave it
    monkeypatch.setattr(os, "access", lambda target, mode, **_: mode != os.W_OK)
    assert is_read_only(path)


def test_a_file_on_a_read_only_disk_is_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o600)
    monkeypatch.setattr(os, "statvfs", lambda _target: SimpleNamespace(f_flag=os.ST_RDONLY))
    assert is_read_only(path)


# --- what reads it works, and changes nothing -------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["export", "json", "-o", "{out}/journal.json"],
        ["export", "csv", "-o", "{out}/csv"],
        ["export", "ics", "-o", "{out}/trip.ics"],
        ["export", "pdf", "-o", "{out}/report.pdf"],
        ["check"],
    ],
    ids=["json", "csv", "ics", "pdf", "check"],
)
def test_exports_and_check_read_a_read_only_journal_and_change_nothing(
    read_only_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = folder_state(read_only_journal)
    words = [word.format(out=out) for word in command]

    if command[:2] == ["export", "pdf"]:  # Qt lays it out: in its own process, as a person runs it
        ran = run_journey("--data-dir", str(read_only_journal), *words)
        code, said, err = ran.returncode, ran.stdout.strip(), ran.stderr
    else:
        code, said, err = run_here(capsys, "--data-dir", str(read_only_journal), *words)

    assert (code, err) == (0, "")
    assert said
    assert folder_state(read_only_journal) == before  # no -wal, no -shm, the lock untouched
    if command[0] == "export":
        assert any(out.iterdir())


def test_a_backup_of_a_read_only_journal_is_taken_and_the_journal_left_as_it_was(
    read_only_journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = read_only_journal / JOURNAL_FILE
    before = folder_state(read_only_journal)

    code, said, err = run_here(capsys, "--data-dir", str(read_only_journal), "backup")

    assert (code, err) == (0, "")
    (copy,) = (read_only_journal / "backups").iterdir()
    assert said == f"backed up the journal to {copy}"
    after = folder_state(read_only_journal)
    assert {name: after[name] for name in before} == before
    assert not Path(f"{db}-wal").exists()
    assert not Path(f"{db}-shm").exists()
    code, said, err = run_here(capsys, "--data-dir", str(read_only_journal), "check")
    assert code == 0, err


# --- what would write it is refused, naming the file ------------------------------------------


@pytest.mark.parametrize(
    ("command", "document"),
    [(["import", "json"], "journal.json"), (["import", "ics"], "trip.ics")],
    ids=["json", "ics"],
)
def test_an_import_into_a_read_only_journal_says_the_file_is_read_only(
    exported: Path,
    read_only_journal: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    document: str,
) -> None:
    db = read_only_journal / JOURNAL_FILE
    before = folder_state(read_only_journal)

    code, said, err = run_here(
        capsys, "--data-dir", str(read_only_journal), *command, str(exported / document)
    )

    assert (code, said) == (1, "")
    assert one_line(err) == f"journey: {db} is read-only, so nothing was saved. {ADVICE}"
    assert folder_state(read_only_journal) == before


def test_a_restore_into_a_read_only_journal_says_the_file_is_read_only(
    real_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "copy.sqlite3"
    code, _said, err = run_here(
        capsys, "--data-dir", str(real_journal), "backup", "-o", str(backup)
    )
    assert code == 0, err
    db = real_journal / JOURNAL_FILE
    db.chmod(0o400)
    before = folder_state(real_journal)
    try:
        code, said, err = run_here(capsys, "--data-dir", str(real_journal), "restore", str(backup))
    finally:
        db.chmod(0o600)

    assert (code, said) == (1, "")
    assert one_line(err) == (
        f"journey: {db} is read-only, so the backup was not restored. {ADVICE}"
    )
    after = folder_state(real_journal)
    after[JOURNAL_FILE] = (*after[JOURNAL_FILE][:2], 0o400)  # its mode, put back above
    assert after == before  # no safety copy either: nothing was going to replace it


def test_a_read_only_journal_that_needs_an_upgrade_is_refused_in_one_line(
    real_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journey.journal_file import known_revisions

    db = real_journal / JOURNAL_FILE
    older = sorted(known_revisions())[-2]
    with sqlite3.connect(db) as connection:  # as a journal from an earlier version reads
        connection.execute("UPDATE alembic_version SET version_num = ?", (older,))
    connection.close()
    db.chmod(0o400)
    before = folder_state(real_journal)
    try:
        code, said, err = run_here(
            capsys, "--data-dir", str(real_journal), "export", "json", "-o", str(tmp_path / "j")
        )
    finally:
        db.chmod(0o600)

    assert (code, said) == (1, "")
    assert one_line(err) == (
        f"journey: {db} is read-only, so this version of Journey cannot open it: it must "
        f"first bring the file up to date, which means writing it. {ADVICE}"
    )
    after = folder_state(real_journal)
    after[JOURNAL_FILE] = (*after[JOURNAL_FILE][:2], 0o400)
    assert after == before  # no backup before an upgrade: none was tried
    assert not (tmp_path / "j").exists()


# --- a read-only disk -------------------------------------------------------------------------


def test_a_journal_on_a_read_only_disk_is_read_and_nothing_is_created_there(
    real_journal: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """As on a read-only mount: the file system says so, and nothing can be created in the
    folder, not even the lock file (removed here first). The journal is exported all the
    same, without a lock: no one can write it there."""
    (real_journal / LOCK_FILE).unlink()
    folder = real_journal.resolve()
    statvfs, os_open = os.statvfs, os.open

    def read_only_disk(path: Any) -> Any:
        if Path(path).resolve().is_relative_to(folder):
            return SimpleNamespace(f_flag=os.ST_RDONLY)
        return statvfs(path)

    def no_writing_there(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        writes = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writes and Path(os.fsdecode(path)).resolve().is_relative_to(folder):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), os.fsdecode(path))
        return os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "statvfs", read_only_disk)
    monkeypatch.setattr(os, "open", no_writing_there)
    before = folder_state(real_journal)

    code, said, err = run_here(
        capsys, "--data-dir", str(real_journal), "export", "json", "-o", str(tmp_path / "j.json")
    )

    assert (code, err) == (0, "")
    assert said.startswith("exported ")
    assert folder_state(real_journal) == before
    assert not (real_journal / LOCK_FILE).exists()
