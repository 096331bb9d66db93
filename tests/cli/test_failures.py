"""Every command failure is one line (issue 21): ``journey: <why in plain words>`` on stderr and
a non-zero exit code, never a traceback; what nobody foresaw goes to a log file the line names.

The commands run in this process (``ui.shell.app.main``, as the ``journey`` script does), so
that a failure the machine cannot produce on demand (a full disk) is made by SQLite itself
under a limit set on the journal's connection. Read-only files are made with chmod; where
chmod stops nothing (tests running as root), SQLite is made to refuse the writes it would
refuse, with its own errors, so that the test still asserts what the person sees.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journey.errors import STORAGE_REASONS
from journey.journal import JOURNAL_FILE, open_journal
from tests.cli.helpers import one_line, run_journey

LOG = "journey-errors.log"


@pytest.fixture(autouse=True)
def _offscreen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.delenv("JOURNEY_DATA_DIR", raising=False)
    # The platform's log folder (platformdirs), kept inside the test's folder.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def run_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run ``journey ARGS`` in this process; the exit code and the one line on stderr."""
    from ui.shell.app import main

    code = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err, captured.err
    return code, one_line(captured.err)


def writes_anyway(path: Path) -> bool:
    """Whether this process can still write ``path`` after chmod took its write bit away
    (root can). Found by opening it for writing; nothing is written."""
    try:
        with path.open("r+b"):
            return True
    except PermissionError:
        return False


def new_empty_journal(folder: Path) -> Path:
    open_journal(folder).close()
    return folder / JOURNAL_FILE


def exported(capsys: pytest.CaptureFixture[str], journal: Path, target: Path) -> Path:
    journey_ok(capsys, "--data-dir", str(journal), "export", "json", "-o", str(target))
    return target


def journey_ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run ``journey ARGS`` in this process, which must succeed; its line on stdout."""
    from ui.shell.app import main

    code = main(list(args))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out.strip()


def sqlite_refuses(monkeypatch: pytest.MonkeyPatch, pragma: Any) -> None:
    """Every connection the journal's engine opens runs ``pragma(connection)`` first: SQLite
    then refuses writes itself (``query_only``: as for a read-only file; ``max_page_count``:
    as on a full disk), and its error travels the same road a real one does."""
    from sqlalchemy import event

    import journey.db

    make_engine = journey.db.make_engine

    def engine_that_refuses(*args: Any, **kwargs: Any) -> Any:
        engine = make_engine(*args, **kwargs)
        event.listen(engine, "connect", lambda connection, _record: pragma(connection))
        return engine

    monkeypatch.setattr(journey.db, "make_engine", engine_that_refuses)


@pytest.fixture(scope="module")
def demo_document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal as JSON: about 840 records, more than an empty journal's free pages."""
    folder = tmp_path_factory.mktemp("demo")
    target = folder / "demo.json"
    made = run_journey(
        "--demo", "--data-dir", str(folder / "journal"), "export", "json", "-o", str(target)
    )
    assert made.returncode == 0, made.stderr
    return target


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    mode = stat.S_IMODE(path.stat().st_mode)
    path.chmod(mode & ~0o222)
    try:
        yield
    finally:
        path.chmod(mode)


class ReadOnlyFile:
    """A connection to a file SQLite could open only read-only: a write is refused with the
    error SQLite gives (folding the write-ahead log into the file is a write)."""

    WRITES = ("PRAGMA WAL_CHECKPOINT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER")

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def execute(self, sql: str, *args: Any) -> Any:
        if sql.lstrip().upper().startswith(self.WRITES):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return self._connection.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


# --- A. Each known failure, in words ----------------------------------------------------------


def test_an_import_into_a_read_only_journal_file_says_so_in_one_line(
    real_journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    document = exported(capsys, real_journal, tmp_path / "journal.json")
    db = new_empty_journal(tmp_path / "empty")
    before = db.read_bytes()
    with read_only(db):
        if writes_anyway(db):
            sqlite_refuses(monkeypatch, lambda c: c.execute("PRAGMA query_only = ON"))
        code, line = run_here(capsys, "--data-dir", str(db.parent), "import", "json", str(document))
    assert code == 1
    assert line.startswith("journey: ")
    assert "nothing was saved" in line
    assert "readonly database" not in line  # SQLite's words, not the person's
    assert db.read_bytes() == before


def test_an_import_on_a_full_disk_says_so_in_one_line(
    demo_document: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    db = new_empty_journal(tmp_path / "empty")
    before = db.read_bytes()

    def disk_full_now(connection: Any) -> None:  # not one page more than the file has
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    sqlite_refuses(monkeypatch, disk_full_now)
    code, line = run_here(
        capsys, "--data-dir", str(db.parent), "import", "json", str(demo_document)
    )
    assert (code, line) == (1, f"journey: {STORAGE_REASONS['full']}")
    assert db.read_bytes() == before


def test_a_restore_into_a_read_only_journal_file_says_so_in_one_line(
    real_journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    backup = tmp_path / "copy.sqlite3"
    journey_ok(capsys, "--data-dir", str(real_journal), "backup", "-o", str(backup))
    db = real_journal / JOURNAL_FILE
    before = db.read_bytes()
    # As a failed write leaves it: the journal read-only, its write-ahead log beside it.
    wal = Path(f"{db}-wal")
    wal.write_bytes(b"")
    with read_only(db), read_only(wal):
        if writes_anyway(db):
            # SQLite opens a file it may not write read-only, and refuses every write on it.
            import journey.backup
            import journey.driver

            connect = journey.driver.connect

            def as_if_read_only(target: Any, key: Any, **kwargs: Any) -> Any:
                opened = connect(target, key, **kwargs)
                return ReadOnlyFile(opened) if Path(str(target)) == db else opened

            monkeypatch.setattr(journey.backup, "connect", as_if_read_only)
        code, line = run_here(capsys, "--data-dir", str(real_journal), "restore", str(backup))
    assert code == 1
    assert line.startswith(f"journey: {db} is read-only, so the backup was not restored. ")
    assert "folder" not in line  # the file is read-only, whoever runs it (root included)
    assert "readonly database" not in line
    assert db.read_bytes() == before


def test_a_json_note_holding_a_lone_surrogate_is_refused_naming_its_place(
    real_journal: Path, tmp_path: Path, capsys: Any
) -> None:
    document = exported(capsys, real_journal, tmp_path / "journal.json")
    text = document.read_text(encoding="utf-8")
    assert '"Ana López"' in text
    # "\ud800" is valid JSON, but half of a UTF-16 pair: no character, so no UTF-8 either.
    document.write_text(text.replace('"Ana López"', '"Ana \\ud800López"'), encoding="utf-8")
    db = new_empty_journal(tmp_path / "empty")
    before = db.read_bytes()
    code, line = run_here(capsys, "--data-dir", str(db.parent), "import", "json", str(document))
    assert code == 1
    assert line.startswith(f"journey: {document}: $.journal.profile[0].name: ")
    assert "\\ud800" in line
    assert db.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_check_when_a_parent_folder_cannot_be_entered_names_it(
    real_journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    folder = parent / "journal"
    real_journal.rename(folder)
    parent.chmod(0o000)
    try:
        try:
            (folder / JOURNAL_FILE).stat()
            entered = True  # root enters any folder
        except PermissionError:
            entered = False
        if entered:
            stat_of = Path.stat

            def not_for_us(path: Path, **kwargs: Any) -> os.stat_result:
                if path.is_relative_to(parent) and path != parent:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
                return stat_of(path, **kwargs)

            monkeypatch.setattr(Path, "stat", not_for_us)
        code, line = run_here(capsys, "--data-dir", str(folder), "check")
    finally:
        monkeypatch.undo()
        parent.chmod(0o700)
    assert code == 1
    assert line.startswith("journey: ")
    assert str(parent) in line
    assert "ermission denied" in line or "may not enter" in line


# --- The last resort: what nobody foresaw --------------------------------------------------------


def test_an_unexpected_error_is_one_line_naming_the_log_that_holds_its_traceback(
    real_journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from journey.services.exchange import ExchangeService

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug " + "nobody foresaw")  # joined here: not a source line

    monkeypatch.setattr(ExchangeService, "export_json", broken)
    target = tmp_path / "out.json"
    code, line = run_here(
        capsys, "--data-dir", str(real_journal), "export", "json", "-o", str(target)
    )
    log = real_journal / LOG
    assert code != 0
    assert line.startswith("journey: ")
    assert "RuntimeError" in line
    assert line.endswith(str(log))
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written
    assert "in broken" in written  # where it happened
    assert written.rstrip().endswith("RuntimeError")
    assert "a bug nobody foresaw" not in written  # a message may quote health data
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert not target.exists()


def test_with_no_journal_folder_the_log_goes_to_the_platform_s_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    from platformdirs import user_log_path

    import ui.shell.cli

    def broken(folder: Path) -> Any:
        raise RuntimeError("the claim broke")

    monkeypatch.setattr(ui.shell.cli, "claim_journal", broken)
    missing = tmp_path / "nowhere"
    code, line = run_here(capsys, "--data-dir", str(missing), "backup")
    log = user_log_path("Journey", appauthor=False) / LOG
    assert log.is_relative_to(tmp_path)
    assert code != 0
    assert line.endswith(str(log))
    written = log.read_text(encoding="utf-8")
    assert "in broken" in written
    assert written.rstrip().endswith("RuntimeError")
    if sys.platform != "win32":
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert not missing.exists()


# --- The window's main ---------------------------------------------------------------------------


def test_the_window_s_start_up_failures_are_one_line_too(
    real_journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    import ui.shell.app

    lock = real_journal / ".journey.lock"

    def refused(folder: Path) -> Any:  # the lock file belongs to another user
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(lock))

    monkeypatch.setattr(ui.shell.app, "claim_journal", refused)
    code, line = run_here(capsys, "--data-dir", str(real_journal))
    assert code == 1
    assert line.startswith("journey: ")
    assert str(lock) in line


def test_an_unexpected_error_in_the_window_is_one_line_and_logged(
    real_journal: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    import ui.shell.app

    def run_app(claim: Any, *, demo: bool, minimised: bool = False) -> int:
        # An exception in a Qt slot reaches sys.excepthook; the window goes on.
        try:
            raise ValueError("a slot broke")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        raise RuntimeError("the session broke")

    monkeypatch.setattr(ui.shell.app, "run_app", run_app)
    hook = sys.excepthook
    code = ui.shell.app.main(["--data-dir", str(real_journal)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err, captured.err
    lines = captured.err.strip().splitlines()
    log = real_journal / LOG
    assert code == 1
    assert len(lines) == 2  # one for each error
    assert all(line.startswith("journey: ") and line.endswith(str(log)) for line in lines)
    written = log.read_text(encoding="utf-8")
    assert "\nValueError\n" in written  # the slot's, then the session's: kind and place
    assert written.rstrip().endswith("RuntimeError")
    assert written.count("in run_app") == 2
    assert sys.excepthook is hook  # put back when the window's main returns
