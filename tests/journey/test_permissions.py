"""On POSIX, what Journey writes is the user's alone: the journal folder 0700, the database,
its lock, backups, attachments and every export 0600 (issue 7)."""

from __future__ import annotations

import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from journey.backup import take_backup
from journey.demo import seed_demo
from journey.exchange.csv_export import write_csv
from journey.exchange.json_document import write_json
from journey.journal import open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> str:
    return oct(stat.S_IMODE(path.stat().st_mode))


def test_everything_journey_writes_is_private(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    journal = open_journal(folder)
    try:
        services = JournalServices.build(journal.session_factory, Clock("America/Toronto"))
        seed_demo(services)
        source = tmp_path / "passport.pdf"
        source.write_bytes(b"%PDF-1.4 passport scan")
        source.chmod(0o644)
        line = services.documents.documents()[0]
        services.documents.attach(line.id, source)
        outputs = tmp_path / "out"
        outputs.mkdir()
        written = [
            write_json(services.session_factory, outputs / "j.json", now=datetime.now(UTC)).path,
            services.calendar.export(outputs / "trip.ics").path,
            *write_csv(services, outputs / "csv").files,
        ]
        backup = take_backup(folder, datetime.now(UTC)).path
        wal_mode = mode(folder / "journal.sqlite3-wal")  # open, and written to
        attachments = list((folder / "attachments").iterdir())
    finally:
        journal.close()
    assert mode(folder) == "0o700"
    assert mode(folder / "backups") == "0o700"
    assert mode(folder / "attachments") == "0o700"
    for path in [
        folder / "journal.sqlite3",
        folder / ".journey.lock",
        backup,
        *attachments,
        *written,
    ]:
        assert mode(path) == "0o600", path
    assert attachments
    assert wal_mode == "0o600"
