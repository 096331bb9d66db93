"""Backups: consistent private copies, when they are taken automatically, how they are thinned,
restoring one (and what is refused), and checking a journal for damage."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journey.backup import (
    Backup,
    BackupFailed,
    automatic_backup,
    automatic_due,
    check_database,
    export_backup,
    list_backups,
    newest_good_backup,
    recover,
    restore,
    take_backup,
    to_thin,
)
from journey.journal import JOURNAL_FILE, open_journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)


def log(folder: Path, note: str) -> None:
    """Save one entry through the services, as the app does, and close the journal."""
    journal = open_journal(folder, now=NOW)
    try:
        services = JournalServices.build(journal.session_factory, Clock("UTC", fixed_now=NOW))
        services.side_effects.log(EntryDetails("Headache", 3, NOW, "UTC", notes=note))
    finally:
        journal.close()


def notes(folder: Path) -> list[str]:
    journal = open_journal(folder, now=NOW)
    try:
        services = JournalServices.build(journal.session_factory, Clock("UTC", fixed_now=NOW))
        return sorted(e.details.notes for e in services.side_effects.entries())
    finally:
        journal.close()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_a_private_readable_copy_of_everything_saved(
    journal_folder: Path, tmp_path: Path
) -> None:
    log(journal_folder, "before the backup")
    backup = take_backup(journal_folder, NOW)
    assert backup.kind == "automatic"
    assert backup.path.parent == journal_folder / "backups"
    assert backup.path.name == "journal-automatic-20260510T140000Z.sqlite3"
    assert mode(backup.path) == 0o600
    assert mode(backup.path.parent) == 0o700
    assert check_database(backup.path) == []
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / JOURNAL_FILE).write_bytes(backup.path.read_bytes())
    assert notes(copy) == ["before the backup"]
    assert [b.path for b in list_backups(journal_folder)] == [backup.path]


def test_an_automatic_backup_is_taken_only_when_something_changed(journal_folder: Path) -> None:
    start = datetime.now(UTC)
    assert automatic_due(journal_folder, start)  # none yet
    first = automatic_backup(journal_folder, start, closing=True)
    assert first is not None
    later = start + timedelta(minutes=5)
    assert automatic_backup(journal_folder, later, closing=True) is None  # nothing changed
    log(journal_folder, "new entry")
    soon = start + timedelta(minutes=10)
    assert not automatic_due(journal_folder, soon)  # open: at most every 3 hours
    assert automatic_due(journal_folder, soon, closing=True)
    assert automatic_due(journal_folder, soon + timedelta(hours=3))


def test_thinning_keeps_the_last_day_then_daily_weekly_monthly_and_never_other_kinds() -> None:
    now = datetime(2027, 6, 1, 12, 0, tzinfo=UTC)
    hourly = [
        Backup(Path(f"a{n}"), "automatic", now - timedelta(hours=n), 1) for n in range(24 * 400)
    ]
    others = [
        Backup(Path("m"), "manual", now - timedelta(days=500), 1),
        Backup(Path("u"), "before-upgrade", now - timedelta(days=2, hours=1), 1),
        Backup(Path("r"), "before-restore", now - timedelta(days=2, hours=2), 1),
    ]
    removed = {b.path for b in to_thin(hourly + others, now)}
    kept = [b for b in hourly if b.path not in removed]
    ages = [now - b.taken for b in kept]
    assert sum(age <= timedelta(days=1) for age in ages) == 25  # every copy of the last day
    assert sum(timedelta(days=1) < age <= timedelta(days=7) for age in ages) <= 7
    assert sum(timedelta(days=7) < age <= timedelta(days=35) for age in ages) <= 5
    assert sum(timedelta(days=35) < age <= timedelta(days=366) for age in ages) <= 12
    assert all(age <= timedelta(days=366) for age in ages)
    assert len(kept) < 60
    assert not removed & {b.path for b in others}


def test_restore_puts_the_backup_in_place_and_keeps_the_journal_as_it_was(
    journal_folder: Path,
) -> None:
    log(journal_folder, "kept in the backup")
    backup = take_backup(journal_folder, NOW, "manual")
    log(journal_folder, "written after the backup")
    safety = restore(journal_folder, backup.path, NOW + timedelta(seconds=1))
    assert notes(journal_folder) == ["kept in the backup"]
    assert safety.kind == "before-restore"
    assert check_database(journal_folder / JOURNAL_FILE) == []
    restore(journal_folder, safety.path, NOW + timedelta(seconds=2))
    assert notes(journal_folder) == ["kept in the backup", "written after the backup"]


@pytest.mark.parametrize("kind", ["random bytes", "empty", "not a journal", "newer"])
def test_a_backup_that_is_not_usable_is_refused_and_the_journal_is_untouched(
    journal_folder: Path, tmp_path: Path, kind: str
) -> None:
    log(journal_folder, "mine")
    bad = tmp_path / "bad.sqlite3"
    if kind == "random bytes":
        bad.write_bytes(os.urandom(4096))
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "not a journal":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes((journal_folder / JOURNAL_FILE).read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
        conn.close()
    before = (journal_folder / JOURNAL_FILE).read_bytes()
    with pytest.raises(BackupFailed, match="it is not a usable backup"):
        restore(journal_folder, bad, NOW)
    assert (journal_folder / JOURNAL_FILE).read_bytes() == before
    assert list_backups(journal_folder) == []
    assert notes(journal_folder) == ["mine"]


def test_check_finds_a_damaged_page_and_a_broken_reference(
    journal_folder: Path, tmp_path: Path
) -> None:
    log(journal_folder, "mine")
    assert check_database(journal_folder / JOURNAL_FILE) == []

    dangling = tmp_path / "dangling.sqlite3"
    dangling.write_bytes((journal_folder / JOURNAL_FILE).read_bytes())
    conn = sqlite3.connect(dangling)
    conn.execute("UPDATE side_effect_entry SET symptom_id = 999")
    conn.commit()
    conn.close()
    assert check_database(dangling) == ["side_effect_entry row 1 points to a missing symptom"]

    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray((journal_folder / JOURNAL_FILE).read_bytes())
    page = 4096
    # A page in the middle that holds a table (a migration that copies a table leaves its old
    # pages free, and a free page's bytes are never read): the profile's first page.
    conn = sqlite3.connect(journal_folder / JOURNAL_FILE)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'profile'").fetchone()
    conn.close()
    start = page * (root - 1)  # pages are numbered from 1
    data[start : start + 200] = os.urandom(200)  # overwritten
    damaged.write_bytes(bytes(data))
    problems = check_database(damaged)
    assert problems
    assert any("damaged" in p or "malformed" in p or "corrupt" in p for p in problems)


def test_a_backup_to_a_file_the_user_names(journal_folder: Path, tmp_path: Path) -> None:
    log(journal_folder, "mine")
    target = export_backup(journal_folder, tmp_path / "copy.sqlite3")
    assert check_database(target) == []
    with pytest.raises(BackupFailed, match="does not exist"):
        export_backup(journal_folder, tmp_path / "missing" / "copy.sqlite3")
    with pytest.raises(BackupFailed, match="it is a folder"):
        export_backup(journal_folder, tmp_path)


def test_a_damaged_journal_is_moved_aside_and_the_newest_good_backup_restored(
    journal_folder: Path, tmp_path: Path
) -> None:
    log(journal_folder, "saved before the backup")
    good = take_backup(journal_folder, NOW - timedelta(days=1))
    bad = take_backup(journal_folder, NOW)
    bad.path.write_bytes(os.urandom(8192))  # the newest backup is damaged too
    db = journal_folder / JOURNAL_FILE
    damaged_bytes = os.urandom(8192)
    db.write_bytes(damaged_bytes)
    assert newest_good_backup(journal_folder) == good
    aside = recover(journal_folder, good, NOW)
    assert aside.name == "journal.sqlite3.damaged-20260510T140000Z"
    assert aside.read_bytes() == damaged_bytes  # moved, never changed
    assert notes(journal_folder) == ["saved before the backup"]
