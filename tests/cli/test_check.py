"""``journey check`` reads only (issue 21): nothing is left beside a closed journal, a sound
journal in a read-only folder is sound, and a data dir that is a file is said to be one."""

from __future__ import annotations

import sqlite3
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from journey.journal import JOURNAL_FILE
from tests.cli.helpers import one_line

OK = "ok (quick_check and foreign_key_check found nothing wrong)"


def run_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run ``journey ARGS`` in this process: the exit code, stdout and stderr."""
    from ui.shell.app import main

    code = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err, captured.err
    return code, captured.out.strip(), captured.err


def listing(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in folder.iterdir() if entry.is_file()}


def test_check_leaves_nothing_beside_a_closed_journal(real_journal: Path, capsys: Any) -> None:
    before = listing(real_journal)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)
    code, out, err = run_here(capsys, "--data-dir", str(real_journal), "check")
    assert code == 0, err
    assert out == f"{real_journal / JOURNAL_FILE}: {OK}"
    assert listing(real_journal) == before


def test_check_still_reads_what_a_write_ahead_log_holds(real_journal: Path, capsys: Any) -> None:
    """After a crash the -wal holds committed entries: check reads them, and leaves it."""
    db = real_journal / JOURNAL_FILE
    keep = sqlite3.connect(db)  # a second connection keeps the log from being folded in
    keep.execute("PRAGMA wal_autocheckpoint = 0")
    keep.execute("CREATE TABLE crash_witness (a)")  # not a Journey table: check does not mind
    keep.commit()
    try:
        wal = Path(f"{db}-wal")
        assert wal.stat().st_size > 0
        code, out, err = run_here(capsys, "--data-dir", str(real_journal), "check")
        assert code == 0, err
        assert out == f"{db}: {OK}"
        assert wal.exists()
    finally:
        keep.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_check_finds_a_sound_journal_sound_in_a_read_only_folder(
    real_journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    (real_journal / ".journey.lock").unlink()
    before = listing(real_journal)
    real_journal.chmod(0o555)
    try:
        probe = real_journal / "probe"
        try:
            probe.write_bytes(b"")
            probe.unlink()
            writable = True  # root writes anywhere
        except PermissionError:
            writable = False
        if writable:
            # SQLite, where it may not create files: a read-only open of a file in WAL mode
            # that is not marked immutable needs its -shm and -wal, and fails without them.
            import journey.backup
            import journey.driver

            connect = journey.driver.connect

            def as_in_a_read_only_folder(target: Any, key: Any, **kwargs: Any) -> Any:
                text = str(target)
                if (
                    str(real_journal.resolve()) in text
                    and "immutable=1" not in text
                    and not Path(f"{real_journal / JOURNAL_FILE}-wal").exists()
                ):
                    raise sqlite3.OperationalError("attempt to write a readonly database")
                return connect(target, key, **kwargs)

            monkeypatch.setattr(journey.driver, "connect", as_in_a_read_only_folder)
            monkeypatch.setattr(journey.backup, "connect", as_in_a_read_only_folder)
        code, out, err = run_here(capsys, "--data-dir", str(real_journal), "check")
        after = listing(real_journal)
    finally:
        real_journal.chmod(0o700)
    assert code == 0, err
    assert out == f"{real_journal / JOURNAL_FILE}: {OK}"
    assert after == before
    assert stat.S_IMODE(real_journal.stat().st_mode) == 0o700


def test_check_says_a_data_dir_that_is_a_file_is_a_file(tmp_path: Path, capsys: Any) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("keep me")
    code, out, err = run_here(capsys, "--data-dir", str(not_a_folder), "check")
    assert (code, out) == (1, "")
    line = one_line(err)
    assert line.startswith("journey: ")
    assert str(not_a_folder) in line
    assert "is a file, not a folder" in line
    assert not_a_folder.read_text() == "keep me"


def test_check_without_a_journal_says_so_and_creates_nothing(tmp_path: Path, capsys: Any) -> None:
    missing = tmp_path / "nowhere"
    code, _, err = run_here(capsys, "--data-dir", str(missing), "check")
    assert code == 1
    assert one_line(err) == f"journey: there is no journal in {missing}"
    assert not missing.exists()
