"""A write that cannot happen (a full disk, here simulated with SQLite's max_page_count) fails
as a whole with a StorageFailed the app can explain; nothing of it is stored and the journal
stays sound."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from journey.aftercare import RatingDetails
from journey.errors import StorageFailed
from journey.journal import Journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from tests.journey.helpers import NOW


def fill_the_disk(journal: Journal) -> None:
    """From now on the database may not grow: every new connection is capped at its size."""
    journal.engine.dispose()

    @event.listens_for(journal.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_stores_nothing_and_says_so(
    journal: Journal, services: JournalServices
) -> None:
    services.side_effects.log(EntryDetails("Headache", 3, NOW, "UTC", notes="before"))
    fill_the_disk(journal)
    big = "x" * 15_000  # needs new pages (notes stay under the 20,000-character limit)
    with pytest.raises(StorageFailed) as caught:
        services.side_effects.log(EntryDetails("Nausea", 4, NOW, "UTC", notes=big))
    assert caught.value.reason == "full"
    assert str(caught.value) == (
        "The disk is full, so nothing was saved. Free some space and save again."
    )
    scales = [s.id for s in services.ratings.scales()]
    with pytest.raises(StorageFailed):
        services.ratings.record(
            RatingDetails(NOW, "UTC", tuple((s, 5.0) for s in scales), notes=big)
        )
    assert [e.details.notes for e in services.side_effects.entries()] == ["before"]
    assert services.ratings.ratings() == []
    with journal.engine.connect() as connection:
        assert connection.execute(text("PRAGMA quick_check")).scalar() == "ok"


def test_other_database_errors_are_not_disguised(journal: Journal) -> None:
    with journal.engine.connect() as connection, pytest.raises(OperationalError) as caught:
        connection.execute(text("SELECT * FROM no_such_table"))
    assert "no such table" in str(caught.value)
