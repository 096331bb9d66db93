"""Opening a journal folder: created once, locked while open, and anything that is not a
readable Journey journal refused without changing a byte (SPEC §4, §5)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy.exc
from sqlalchemy import text

from journey.db import UtcDateTime
from journey.demo import seed_demo
from journey.dto import ProfileData, Settings
from journey.errors import (
    DataDirUnusable,
    JournalError,
    JournalInUse,
    NewerJournal,
    NotAJournal,
)
from journey.journal import (
    BACKUP_DIR,
    ENV_DATA_DIR,
    JOURNAL_FILE,
    LOCK_FILE,
    SQLITE_HEADER,
    Journal,
    claim_journal,
    default_folder,
    head_revision,
    open_journal,
    resolve_folder,
)
from journey.services import JournalServices
from journey.timekeeping import Clock

FileState = dict[str, tuple[bytes, int]]


def file_state(folder: Path) -> FileState:
    """What a user could notice about a folder: every file's bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def without_lock(state: FileState) -> FileState:
    # Claiming a folder creates the (empty) lock file before it looks at the journal.
    return {name: value for name, value in state.items() if name != LOCK_FILE}


def stored_revision(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


# --- creating and reopening -------------------------------------------------------------------


def test_a_new_journal_is_created_in_a_new_private_folder(tmp_path: Path, clock: Clock) -> None:
    folder = tmp_path / "not" / "yet" / "there"
    journal = open_journal(folder, now=clock.now())
    try:
        assert journal.created
        assert journal.backup is None
        assert folder.is_dir()
        assert journal.db_path == folder / JOURNAL_FILE
        assert journal.db_path.read_bytes()[: len(SQLITE_HEADER)] == SQLITE_HEADER
        assert stored_revision(journal.db_path) == head_revision()
        services = JournalServices.build(journal.session_factory, clock)
        assert not services.onboarding.is_complete()
        assert services.settings.preferences() == Settings()
    finally:
        journal.close()
    if os.name == "posix":  # a health journal is readable by its owner only
        assert folder.stat().st_mode & 0o077 == 0
        assert journal.db_path.stat().st_mode & 0o077 == 0
    leftovers = {p.name for p in folder.iterdir()} - {JOURNAL_FILE, LOCK_FILE}
    assert leftovers == set()


def test_reopening_keeps_the_journal_and_its_entries(
    tmp_path: Path, clock: Clock, profile: ProfileData
) -> None:
    folder = tmp_path / "journal"
    first = open_journal(folder, now=clock.now())
    JournalServices.build(first.session_factory, clock).profile.save(profile)
    first.close()

    again = open_journal(folder, now=clock.now())
    try:
        assert not again.created
        assert again.backup is None
        assert JournalServices.build(again.session_factory, clock).profile.get() == profile
    finally:
        again.close()
    assert not (folder / BACKUP_DIR).exists()


# --- one window at a time ---------------------------------------------------------------------


def test_a_second_open_is_refused_while_the_first_is_open(
    journal_folder: Path, clock: Clock, profile: ProfileData
) -> None:
    first = open_journal(journal_folder, now=clock.now())
    try:
        with pytest.raises(JournalInUse) as refused:
            open_journal(journal_folder, now=clock.now())
        assert refused.value.code == "journal_in_use"
        assert refused.value.path == journal_folder
        # The refusal did not disturb the journal that is open.
        services = JournalServices.build(first.session_factory, clock)
        services.profile.save(profile)
        assert services.profile.get() == profile
    finally:
        first.close()

    second = open_journal(journal_folder, now=clock.now())
    try:
        assert JournalServices.build(second.session_factory, clock).profile.get() == profile
    finally:
        second.close()


def test_another_process_cannot_open_the_journal_while_it_is_open(
    journal: Journal,
) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from journey.errors import JournalInUse\n"
        "from journey.journal import open_journal\n"
        "try:\n"
        "    open_journal(Path(sys.argv[1])).close()\n"
        "except JournalInUse:\n"
        "    sys.exit(3)\n"
    )
    busy = subprocess.run([sys.executable, "-c", script, str(journal.folder)], timeout=60)
    assert busy.returncode == 3
    journal.close()
    free = subprocess.run([sys.executable, "-c", script, str(journal.folder)], timeout=60)
    assert free.returncode == 0


def test_a_claim_holds_the_lock_until_released(journal_folder: Path) -> None:
    claim = claim_journal(journal_folder)
    with pytest.raises(JournalInUse):
        claim_journal(journal_folder)
    claim.release()
    claim_journal(journal_folder).release()


# --- folders that cannot hold a journal -------------------------------------------------------


def test_a_folder_path_that_is_a_file_is_refused_and_the_file_kept(tmp_path: Path) -> None:
    path = tmp_path / "journal"
    path.write_bytes(b"my notes, not a folder\n")
    before = file_state(tmp_path)
    with pytest.raises(DataDirUnusable) as refused:
        open_journal(path)
    assert refused.value.path == path
    assert "file" in refused.value.message()
    assert file_state(tmp_path) == before


def test_a_folder_under_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_bytes(b"my notes\n")
    before = file_state(tmp_path)
    with pytest.raises(DataDirUnusable):
        open_journal(blocker / "journal")
    assert file_state(tmp_path) == before


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user may enter (pytest's own tmp folders are private to root)."""
    path = Path(tempfile.mkdtemp(prefix="journey-test-"))
    path.chmod(0o755)
    yield path
    for sub in path.rglob("*"):
        if sub.is_dir():
            sub.chmod(0o755)
    shutil.rmtree(path)


def attempt_as_unprivileged_user(action: Callable[[], None]) -> str:
    """Run ``action`` where the file permissions apply and say what it raised.

    The suite runs as root in CI, where permissions do not stop writes, so there the action
    runs in a forked child that has become the user ``nobody``. Otherwise it runs here.
    """
    if os.geteuid() != 0:
        try:
            action()
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
        return "no error"
    import pwd

    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            try:
                action()
                outcome = "no error"
            except Exception as exc:
                outcome = f"{type(exc).__name__}: {exc}"
            os.write(write_end, outcome.encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as reader:
        outcome = reader.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the unprivileged child failed"
    return outcome


needs_permissions = pytest.mark.skipif(
    not hasattr(os, "geteuid") or not hasattr(os, "fork"),
    reason="POSIX permissions (and fork, to drop root) are needed to make a folder unusable",
)


@needs_permissions
def test_the_permission_setup_really_stops_writes(shared_dir: Path) -> None:
    # Guards the tests below: without it they could pass for the wrong reason.
    locked = shared_dir / "locked"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    outcome = attempt_as_unprivileged_user(lambda: (locked / "probe").write_bytes(b""))
    assert outcome.startswith("PermissionError")


@needs_permissions
@pytest.mark.parametrize(
    ("layout", "expected"),
    [
        ("existing folder is read-only", "not writable"),
        ("new folder inside a read-only folder", "cannot be created"),
        ("folder inside a folder this user may not enter", "cannot be reached"),
    ],
)
def test_a_folder_the_user_cannot_write_is_refused(
    shared_dir: Path, layout: str, expected: str
) -> None:
    if layout == "existing folder is read-only":
        parent = target = shared_dir / "journal"
        target.mkdir()
        mode = 0o555
    elif layout == "new folder inside a read-only folder":
        parent = shared_dir / "parent"
        parent.mkdir()
        target = parent / "journal"
        mode = 0o555
    else:
        parent = shared_dir / "private"
        parent.mkdir()
        target = parent / "journal"
        mode = 0o000
    parent.chmod(mode)

    outcome = attempt_as_unprivileged_user(lambda: open_journal(target).close())

    assert outcome.startswith("DataDirUnusable: "), outcome
    assert expected in outcome
    parent.chmod(0o755)
    assert list(shared_dir.rglob("*")) == [parent]  # nothing was created
    assert not (target / JOURNAL_FILE).exists()


@needs_permissions
def test_a_journal_this_user_cannot_write_opens_read_only_and_is_kept(
    shared_dir: Path, template_folder: Path
) -> None:
    """Another user's journal, in a folder this user cannot write either (as on a read-only
    disk): it opens read-only (issue 21), its lock taken without writing the lock file, and
    nothing in the folder changes."""
    folder = shared_dir / "journal"
    shutil.copytree(template_folder, folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    before = file_state(folder)
    folder.chmod(0o555)

    def open_and_read() -> None:
        journal = open_journal(folder)
        try:
            assert journal.read_only
            with journal.session_factory() as session:
                session.execute(text("SELECT count(*) FROM setting")).scalar_one()
        finally:
            journal.close()

    outcome = attempt_as_unprivileged_user(open_and_read)

    folder.chmod(0o755)
    assert outcome == "no error"
    assert file_state(folder) == before


# --- files that are not journals ----------------------------------------------------------------


@pytest.fixture
def demo_journal_bytes(journal_folder: Path, clock: Clock) -> bytes:
    """The bytes of a closed journal holding the demo (several pages of data)."""
    opened = open_journal(journal_folder, now=clock.now())
    seed_demo(JournalServices.build(opened.session_factory, clock))
    opened.close()
    data = (journal_folder / JOURNAL_FILE).read_bytes()
    shutil.rmtree(journal_folder)
    return data


def _sqlite_file(path: Path, *statements: str) -> bytes:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path.read_bytes()


def _damaged_page(data: bytes, table: str, tmp_path: Path) -> bytes:
    """``data`` with the root page of ``table`` overwritten with noise."""
    probe = tmp_path / "probe.sqlite3"
    probe.write_bytes(data)
    conn = sqlite3.connect(probe)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    page_size = int.from_bytes(data[16:18], "big")
    start = (root - 1) * page_size
    noise = bytes((i * 37 + 11) % 256 for i in range(page_size))
    return data[:start] + noise + data[start + page_size :]


NOT_JOURNALS: dict[str, Callable[[bytes, Path], bytes]] = {
    "garbage bytes": lambda _, __: bytes((i * 151 + 7) % 256 for i in range(8192)),
    "an empty file": lambda _, __: b"",
    "a text file": lambda _, __: b"Querido diario: hoy llegamos a Puebla.\n",
    "SQLite header then garbage": lambda _, __: SQLITE_HEADER + b"\x10\x00" + b"\xff" * 4000,
    "a SQLite database of another app": lambda _, tmp: _sqlite_file(
        tmp / "other.sqlite3", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"
    ),
    "a SQLite database with no schema version": lambda _, tmp: _sqlite_file(
        tmp / "empty-version.sqlite3", "CREATE TABLE alembic_version (version_num TEXT)"
    ),
    "a journal truncated to half": lambda data, _: data[: len(data) // 2],
    "a journal missing its last page": lambda data, _: data[: len(data) - 4096],
    "a journal with a damaged profile page": lambda data, tmp: _damaged_page(data, "profile", tmp),
    "a journal with a damaged settings page": lambda data, tmp: _damaged_page(data, "setting", tmp),
    "a journal with a damaged index page": lambda data, tmp: _damaged_page(
        data, "sqlite_autoindex_setting_1", tmp
    ),
}


@pytest.mark.parametrize("kind", list(NOT_JOURNALS))
def test_a_file_that_is_not_a_journal_is_refused_untouched(
    kind: str, demo_journal_bytes: bytes, tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    db = folder / JOURNAL_FILE
    db.write_bytes(NOT_JOURNALS[kind](demo_journal_bytes, scratch))
    before = file_state(folder)

    for _attempt in range(2):  # the lock is released after a refusal
        with pytest.raises(NotAJournal) as refused:
            open_journal(folder)
        assert refused.value.code == "not_a_journal"
        assert refused.value.path == db
        assert "left untouched" in refused.value.message()
        assert without_lock(file_state(folder)) == before  # same bytes, times, and no new file
    assert not (folder / BACKUP_DIR).exists()


def test_the_damage_tests_damage_a_journal_that_otherwise_opens(
    demo_journal_bytes: bytes, tmp_path: Path, clock: Clock
) -> None:
    # Guards the test above: the intact demo journal opens and shows its data.
    folder = tmp_path / "intact"
    folder.mkdir()
    (folder / JOURNAL_FILE).write_bytes(demo_journal_bytes)
    opened = open_journal(folder, now=clock.now())
    try:
        services = JournalServices.build(opened.session_factory, clock)
        assert services.settings.is_demo()
        assert services.profile.get() is not None
    finally:
        opened.close()


def test_a_journal_from_a_newer_version_is_refused_untouched(journal_folder: Path) -> None:
    db = journal_folder / JOURNAL_FILE
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9001_from_the_future'")
    conn.commit()
    conn.close()
    assert not Path(f"{db}-wal").exists()
    before = file_state(journal_folder)

    for _attempt in range(2):
        with pytest.raises(NewerJournal) as refused:
            open_journal(journal_folder)
        assert refused.value.code == "newer_journal"
        assert refused.value.detail == "9001_from_the_future"
        assert "9001_from_the_future" in refused.value.message()
        assert without_lock(file_state(journal_folder)) == without_lock(before)
    assert not (journal_folder / BACKUP_DIR).exists()


def test_every_journal_error_names_the_file_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "journal"
    path.write_bytes(b"")
    with pytest.raises(JournalError) as refused:
        open_journal(path)
    assert str(path) in str(refused.value)


# --- a journal left by a crash ------------------------------------------------------------------


def test_entries_still_in_the_write_ahead_log_after_a_crash_are_kept(
    journal_folder: Path, tmp_path: Path, clock: Clock
) -> None:
    # Copy the folder while a writer holds committed entries only in the -wal file: what a
    # crash or a killed process leaves behind.
    db = journal_folder / JOURNAL_FILE
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("INSERT INTO setting (key, value) VALUES ('theme', '\"dark\"')")
    crashed = tmp_path / "crashed"
    shutil.copytree(journal_folder, crashed)
    writer.close()
    assert Path(f"{crashed / JOURNAL_FILE}-wal").stat().st_size > 0

    claim = claim_journal(crashed)
    assert claim.revision == head_revision()
    assert claim.stored_settings() == {"theme": "dark"}
    opened = claim.open(now=clock.now())
    try:
        assert (
            JournalServices.build(opened.session_factory, clock).settings.preferences().theme
            == "dark"
        )
    finally:
        opened.close()


# --- the connection recipe ------------------------------------------------------------------------


def test_sessions_use_the_connection_recipe(journal: Journal) -> None:
    with journal.session_factory() as session:

        def pragma(name: str) -> object:
            return session.execute(text(f"PRAGMA {name}")).scalar()

        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL: a saved entry survives a power cut
        assert pragma("busy_timeout") == 5000


def test_a_unit_of_work_takes_the_write_lock_when_it_begins(journal: Journal) -> None:
    other = sqlite3.connect(journal.db_path, timeout=0, isolation_level=None)
    try:
        with journal.session_factory.begin() as session:
            session.execute(text("SELECT 1"))  # BEGIN IMMEDIATE has run
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_foreign_keys_are_enforced(journal: Journal) -> None:
    with journal.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY)")
        connection.exec_driver_sql(
            "CREATE TEMP TABLE child (id INTEGER PRIMARY KEY,"
            " parent_id INTEGER REFERENCES parent(id))"
        )
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="FOREIGN KEY"):
        with journal.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO child (parent_id) VALUES (42)")


# --- instants -------------------------------------------------------------------------------------


def test_utc_datetime_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="aware"):
        UtcDateTime().process_bind_param(datetime(2026, 5, 10, 9, 0), None)


def test_utc_datetime_stores_utc_and_reads_back_aware_utc() -> None:
    column = UtcDateTime()
    in_mexico = datetime(2026, 5, 10, 8, 0, tzinfo=ZoneInfo("America/Mexico_City"))
    stored = column.process_bind_param(in_mexico, None)
    assert stored == datetime(2026, 5, 10, 14, 0)
    read = column.process_result_value(stored, None)
    assert read == in_mexico
    assert read is not None
    assert read.tzinfo is UTC


def test_an_instant_saved_from_another_zone_is_stored_as_utc(
    journal: Journal, profile: ProfileData
) -> None:
    when = datetime(2026, 5, 10, 8, 30, tzinfo=timezone(timedelta(hours=-6)))
    clock = Clock("America/Mexico_City", fixed_now=when)
    JournalServices.build(journal.session_factory, clock).profile.save(profile)
    with journal.engine.connect() as connection:
        raw = connection.exec_driver_sql("SELECT updated_at, updated_zone FROM profile").one()
    assert tuple(raw) == ("2026-05-10 14:30:00.000000", "America/Mexico_City")
    from journey.models import Profile

    with journal.session_factory() as session:
        row = session.query(Profile).one()
        assert row.updated_at == when
        assert row.updated_at.tzinfo is UTC


def test_a_naive_clock_cannot_store_an_instant(journal: Journal, profile: ProfileData) -> None:
    clock = Clock("UTC", fixed_now=datetime(2026, 5, 10, 8, 30))
    services = JournalServices.build(journal.session_factory, clock)
    with pytest.raises(sqlalchemy.exc.StatementError, match="aware"):
        services.profile.save(profile)
    assert services.profile.get() is None


# --- which folder -------------------------------------------------------------------------------


@pytest.fixture
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)
    return home


def test_the_data_dir_option_wins_over_the_environment(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_folder(str(tmp_path / "from-flag")) == tmp_path / "from-flag"
    assert resolve_folder(str(tmp_path / "from-flag"), demo=True) == tmp_path / "from-flag"


def test_the_environment_wins_over_the_platform_default(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert resolve_folder(None) == tmp_path / "from-env"
    assert resolve_folder("") == tmp_path / "from-env"


def test_without_option_or_environment_the_platform_default_is_used(
    isolated_env: Path, tmp_path: Path
) -> None:
    assert resolve_folder(None) == default_folder()
    if sys.platform.startswith("linux"):
        assert resolve_folder(None) == tmp_path / "xdg" / "Journey"


def test_the_demo_ignores_the_environment_and_has_its_own_folder(
    isolated_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "real-journal"))
    demo = resolve_folder(None, demo=True)
    assert demo == default_folder(demo=True)
    assert demo != tmp_path / "real-journal"
    assert demo != default_folder()
    if sys.platform.startswith("linux"):
        assert demo == tmp_path / "xdg" / "Journey Demo"


def test_a_tilde_means_the_home_folder(isolated_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_folder("~/journals/mine") == isolated_env / "journals" / "mine"
    monkeypatch.setenv(ENV_DATA_DIR, "~/from-env")
    assert resolve_folder(None) == isolated_env / "from-env"


# --- settings before the window ---------------------------------------------------------------


def test_a_claim_reads_the_stored_settings(journal_folder: Path, clock: Clock) -> None:
    opened = open_journal(journal_folder, now=clock.now())
    JournalServices.build(opened.session_factory, clock).settings.save_preferences(
        Settings(temperature_unit="F", theme="dark", text_size=150)
    )
    with opened.engine.begin() as connection:  # written by hand: not JSON
        connection.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('broken', '{nope')")
    opened.close()

    claim = claim_journal(journal_folder)
    try:
        assert claim.revision == head_revision()
        assert claim.stored_settings() == {
            "temperature_unit": "F",
            "theme": "dark",
            "text_size": 150,
            "language": "system",
        }
    finally:
        claim.release()


def test_a_claim_on_a_new_folder_has_no_settings_and_creates_no_journal(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    claim = claim_journal(folder)
    try:
        assert claim.revision is None
        assert claim.stored_settings() == {}
        assert not (folder / JOURNAL_FILE).exists()
    finally:
        claim.release()


def test_a_claim_opens_into_the_journal_and_keeps_it_locked(
    journal_folder: Path, clock: Clock
) -> None:
    claim = claim_journal(journal_folder)
    opened = claim.open(now=clock.now())
    try:
        with pytest.raises(JournalInUse):
            claim_journal(journal_folder)
        JournalServices.build(opened.session_factory, clock).settings.save_preferences(
            Settings(theme="light")
        )
        with opened.engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT value FROM setting WHERE key = 'theme'")
            assert json.loads(stored.scalar_one()) == "light"
    finally:
        opened.close()
    claim_journal(journal_folder).release()
