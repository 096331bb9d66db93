"""Every write through the services records what changed, column by column, in the same
transaction (issue 16, part 2): stable global ids, stamps from a hybrid logical clock, the
value each change replaced, tombstones, and nothing for what stays on each computer."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from journey.db import Base
from journey.dto import Settings
from journey.hlc import COUNTER_MAX, Stamp, receive, tick
from journey.journal import Journal, open_journal
from journey.outbox import (
    CHANGES,
    ROWS,
    TOMBSTONES,
    VERSIONS,
    device_id,
    install,
    travelling_tables,
)
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock
from tests.journey.helpers import HOME_ZONE, NOW


def _changes(journal: Journal, since: int = 0) -> list[dict[str, Any]]:
    with journal.engine.connect() as connection:
        rows = connection.execute(
            select(CHANGES).where(CHANGES.c.id > since).order_by(CHANGES.c.id)
        )
        return [dict(row._mapping) for row in rows]


def _last_change_id(journal: Journal) -> int:
    changes = _changes(journal)
    return changes[-1]["id"] if changes else 0


def _uid(journal: Journal, table: str, key: object) -> str | None:
    with journal.engine.connect() as connection:
        return connection.execute(
            select(ROWS.c.uid).where((ROWS.c.tbl == table) & (ROWS.c.row_key == str(key)))
        ).scalar()


def _entry(**changes: Any) -> EntryDetails:
    details = {
        "symptom": "Headache",
        "severity": 4,
        "at": NOW - timedelta(hours=1),
        "zone": HOME_ZONE,
        "celsius": 37.2,
        "notes": "after lunch",
    }
    return EntryDetails(**(details | changes))


# --- the hybrid logical clock ---------------------------------------------------------------


def test_a_stamp_is_later_than_the_last_even_when_the_wall_clock_goes_back() -> None:
    first = tick(None, 1_000, "a")
    same_ms = tick(first, 1_000, "a")
    back = tick(same_ms, 400, "a")  # the computer's clock was set back
    assert first < same_ms < back
    assert (back.wall_ms, back.counter) == (1_000, 2)
    assert tick(back, 2_000, "a") == Stamp(2_000, 0, "a")


def test_after_seeing_another_devices_stamp_the_next_is_later_than_both() -> None:
    mine = tick(None, 1_000, "a")
    theirs = Stamp(5_000, 7, "b")  # its clock is ahead
    seen = receive(mine, theirs, 1_100, "a")
    assert seen > theirs
    assert seen > mine
    assert tick(seen, 1_200, "a") > seen


def test_a_full_counter_borrows_the_next_millisecond() -> None:
    full = Stamp(1_000, COUNTER_MAX, "a")
    assert tick(full, 1_000, "a") == Stamp(1_001, 0, "a")


@given(
    st.lists(
        st.tuples(
            st.integers(0, 10**15), st.integers(0, COUNTER_MAX), st.sampled_from(["a", "b", "zz"])
        ),
        min_size=2,
        max_size=20,
    )
)
def test_stamps_sort_as_text_as_they_compare(raw: list[tuple[int, int, str]]) -> None:
    stamps = [Stamp(*r) for r in raw]
    assert sorted(stamps) == sorted(stamps, key=Stamp.text)
    assert all(Stamp.parse(s.text()) == s for s in stamps)


@pytest.mark.parametrize("text", ["", "12-3-a", "0000000000001000-00000-", "x" * 30])
def test_a_malformed_stamp_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a stamp"):
        Stamp.parse(text)


# --- what a write records -------------------------------------------------------------------


def test_a_logged_symptom_records_every_column_with_one_stamp_and_a_global_id(
    journal: Journal, services: JournalServices
) -> None:
    before = _last_change_id(journal)
    entry = services.side_effects.log(_entry())
    changes = _changes(journal, before)
    entry_changes = [c for c in changes if c["tbl"] == "side_effect_entry"]
    uid = _uid(journal, "side_effect_entry", entry.id)
    assert uid is not None
    assert len(uid) == 32
    (added,) = entry_changes  # one row added, one entry
    assert (added["uid"], added["op"]) == (uid, "insert")
    columns = {c.name for c in Base.metadata.tables["side_effect_entry"].columns} - {"id"}
    values = json.loads(added["cols"])
    assert set(values) == columns  # every column, column by column
    assert json.loads(added["bases"]) == {}  # new: it replaced nothing
    assert values["notes"] == "after lunch"
    assert values["temperature_c"] == 37.2
    assert values["at"] == "2026-05-10T13:00:00Z"
    assert Stamp.parse(changes[0]["stamp"]).device == device_id_of(journal)


def device_id_of(journal: Journal) -> str:
    with journal.session_factory.begin() as session:
        return device_id(session.connection())


def test_an_edit_records_only_the_columns_changed_with_what_they_replaced(
    journal: Journal, services: JournalServices
) -> None:
    entry = services.side_effects.log(_entry())
    added = _changes(journal)[-1]["stamp"]
    before = _last_change_id(journal)
    services.side_effects.update(entry.id, _entry(severity=7, notes="worse"))
    (change,) = _changes(journal, before)
    assert change["op"] == "update"
    assert json.loads(change["cols"]) == {"notes": "worse", "severity": 7}
    assert json.loads(change["bases"]) == {"notes": added, "severity": added}
    edited = change["stamp"]
    assert edited > added
    before = _last_change_id(journal)
    services.side_effects.update(entry.id, _entry(severity=8, notes="worse"))
    (again,) = _changes(journal, before)
    assert json.loads(again["cols"]) == {"severity": 8}
    assert json.loads(again["bases"]) == {"severity": edited}  # on top of the last edit


def test_a_deletion_is_one_change_and_a_tombstone_with_the_last_values(
    journal: Journal, services: JournalServices
) -> None:
    entry = services.side_effects.log(_entry())
    uid = _uid(journal, "side_effect_entry", entry.id)
    services.side_effects.update(entry.id, _entry(notes="changed"))
    edited = _changes(journal)[-1]["stamp"]
    before = _last_change_id(journal)
    services.side_effects.delete(entry.id)
    (deleted,) = [c for c in _changes(journal, before) if c["tbl"] == "side_effect_entry"]
    assert (deleted["op"], deleted["uid"], json.loads(deleted["bases"])) == (
        "delete",
        uid,
        {"": edited},  # the latest the deleting computer had seen of the row
    )
    assert _uid(journal, "side_effect_entry", entry.id) is None
    with journal.engine.connect() as connection:
        (tombstone,) = connection.execute(select(TOMBSTONES)).all()
        assert connection.execute(select(VERSIONS).where(VERSIONS.c.uid == uid)).all() == []
    assert (tombstone.uid, tombstone.tbl) == (uid, "side_effect_entry")
    assert json.loads(tombstone.row)["notes"] == "changed"


def test_a_reference_travels_as_the_referred_rows_global_id(
    journal: Journal, services: JournalServices
) -> None:
    med = services.clinical.medications.add(_medication())
    before = _last_change_id(journal)
    services.clinical.doses.record(med.id, _due(), "taken", "companion")
    (dose,) = [c for c in _changes(journal, before) if c["tbl"] == "medication_dose"]
    assert json.loads(dose["cols"])["medication_id"] == _uid(journal, "medication", med.id)


def _medication() -> Any:
    from datetime import date, time

    from journey.aftercare import MedicationDetails
    from journey.medications import DoseSchedule

    return MedicationDetails(
        "Aciclovir",
        date(2026, 5, 8),
        dose="400 mg",
        route="mouth",
        dose_schedule=DoseSchedule("times_a_day", (time(8, 0), time(20, 0))),
    )


def _due() -> Any:
    from datetime import datetime

    return datetime(2026, 5, 9, 20, 0)


def test_two_people_recording_the_same_dose_record_one_row(
    tmp_path: Path, template_folder: Path
) -> None:
    """A row the journal knows by what it is (a dose by its medicine and time) has a global id
    made from it, so the two computers' records of the same dose are one row."""
    uids = []
    for name in ("patient", "companion"):
        journal = _fresh(template_folder, tmp_path / name)
        try:
            services = JournalServices.build(
                journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW)
            )
            med = services.clinical.medications.add(_medication())
            services.clinical.doses.record(med.id, _due(), "taken", name)
            (dose,) = services.clinical.doses.records()
            uids.append(
                (_uid(journal, "medication", med.id), _uid(journal, "medication_dose", dose.id))
            )
        finally:
            journal.close()
    (patient_med, _), (companion_med, _) = uids
    assert patient_med != companion_med  # two medicines added apart are two rows
    assert all(dose is not None and dose.startswith("medication_dose:") for _, dose in uids)


def test_built_in_rows_and_the_one_row_tables_have_the_same_ids_on_every_computer(
    tmp_path: Path, template_folder: Path, clock: Clock
) -> None:
    found = []
    for name in ("one", "two"):
        journal = _fresh(template_folder, tmp_path / name)
        try:
            services = JournalServices.build(journal.session_factory, clock)
            services.red_flags.save_thresholds({"fever_single": 38.5})
            with journal.engine.connect() as connection:
                found.append(
                    {
                        (tbl, uid)
                        for tbl, uid in connection.execute(select(ROWS.c.tbl, ROWS.c.uid))
                        if tbl in ("rating_scale", "setting", "symptom")
                    }
                )
        finally:
            journal.close()
    assert found[0] == found[1]
    assert {tbl for tbl, _ in found[0]} >= {"rating_scale", "setting"}


def _fresh(template_folder: Path, folder: Path) -> Journal:
    """A copy of the empty journal as another computer's: its own device id."""
    import shutil

    from journey.outbox import DEVICE_KEY, new_device_id, write_state

    shutil.copytree(template_folder, folder)
    journal = open_journal(folder, now=NOW)
    with journal.session_factory.begin() as session:
        write_state(session.connection(), DEVICE_KEY, new_device_id())
    return journal


def test_what_stays_on_each_computer_records_nothing(
    journal: Journal, services: JournalServices
) -> None:
    before = _last_change_id(journal)
    services.settings.save_preferences(
        Settings(temperature_unit="F", theme="dark", text_size=150, language="es")
    )
    services.drafts.put("quick_log", {"symptom": "Head"})
    # Of the preferences only the temperature unit travels; theme, size, language, drafts stay.
    travelled = [json.loads(c["value"]) for c in _setting_values(journal, before)]
    assert travelled == ["F"]
    before = _last_change_id(journal)
    services.red_flags.save_thresholds({"fever_single": 38.5})
    (shared,) = [json.loads(c["value"]) for c in _setting_values(journal, before)]
    assert shared == {"fever_single": 38.5}


def _setting_values(journal: Journal, since: int) -> list[dict[str, Any]]:
    """The values of the settings written since ``since``, as they travel."""
    return [json.loads(c["cols"]) for c in _changes(journal, since) if c["tbl"] == "setting"]


def test_a_refused_save_records_nothing(journal: Journal, services: JournalServices) -> None:
    from journey.errors import InvalidInput

    before = _last_change_id(journal)
    with pytest.raises(InvalidInput):
        services.side_effects.log(_entry(severity=11))
    assert _changes(journal, before) == []


def test_a_failed_transaction_leaves_neither_the_row_nor_its_changes(journal: Journal) -> None:
    from journey.trip_models import Contact

    before = _last_change_id(journal)

    def fail_after_writing() -> None:
        with journal.session_factory.begin() as session:
            session.add(Contact(name="Lupita", role="coordinator", phone="", email="", notes=""))
            session.flush()
            raise RuntimeError("the disk said no")

    with pytest.raises(RuntimeError):
        fail_after_writing()
    assert _changes(journal, before) == []
    with journal.engine.connect() as connection:
        assert connection.execute(select(ROWS).where(ROWS.c.tbl == "contact")).all() == []


def test_every_row_of_a_journal_from_before_sharing_gets_its_id_on_opening(
    demo_folder: Path,
) -> None:
    """The demo, made with the recorder off as an older Journey would, then opened: every
    travelling row has exactly one global id and nothing was changed."""
    journal = open_journal(demo_folder, now=NOW)
    try:
        with journal.engine.connect() as connection:
            placed = connection.execute(select(ROWS.c.tbl, ROWS.c.row_key)).all()
            counts: dict[str, int] = {}
            for table in travelling_tables():
                rows = connection.execute(select(table)).mappings().all()
                if table.name == "setting":
                    from journey.settings import travels

                    rows = [r for r in rows if travels(r["key"])]
                counts[table.name] = len(rows)
    finally:
        journal.close()
    assert len(placed) == len(set(placed))
    for table, count in counts.items():
        assert sum(1 for tbl, _ in placed if tbl == table) == count, table
    assert counts["side_effect_entry"] > 0
    assert counts["rating"] > 0


@pytest.fixture
def demo_folder(journal_folder: Path) -> Path:
    """A demo journal written with no recorder, as one from before this version."""
    from journey.db import make_engine, make_session_factory
    from journey.demo import seed_demo

    engine = make_engine(journal_folder / "journal.sqlite3")
    try:
        seed_demo(
            JournalServices.build(make_session_factory(engine), Clock(HOME_ZONE, fixed_now=NOW))
        )
        with engine.begin() as connection:
            connection.execute(ROWS.delete())
    finally:
        engine.dispose()
    return journal_folder


def test_the_recorder_can_take_a_test_clock(journal: Journal) -> None:
    """The clock is the device's: a stamp carries the wall time it was made at."""
    from journey.db import make_session_factory
    from journey.trip_models import Contact

    factory = make_session_factory(journal.engine)
    install(factory, wall_ms=lambda: 4_102_444_800_000)  # 2100-01-01
    with factory.begin() as session:
        session.add(Contact(name="Jorge", role="driver", phone="", email="", notes=""))
    stamp = Stamp.parse(_changes(journal)[-1]["stamp"])
    assert stamp.wall_ms == 4_102_444_800_000


def test_changing_one_rating_of_a_set_records_that_rating_alone(
    journal: Journal, services: JournalServices
) -> None:
    from journey.aftercare import RatingDetails

    energy, fatigue = (s.id for s in services.ratings.scales()[:2])
    details = RatingDetails(
        at=NOW - timedelta(days=1), zone=HOME_ZONE, values=((energy, 5.0), (fatigue, 6.0))
    )
    rating = services.ratings.record(details)
    before = _last_change_id(journal)
    services.ratings.update(
        rating.id, RatingDetails(details.at, details.zone, values=((energy, 3.0), (fatigue, 6.0)))
    )
    (change,) = _changes(journal, before)
    assert (change["tbl"], change["op"], json.loads(change["cols"])) == (
        "rating",
        "update",
        {"value": 3.0},
    )


def test_a_number_the_database_gives_again_after_a_deletion_is_a_new_row(
    journal: Journal, services: JournalServices
) -> None:
    first = services.side_effects.log(_entry())
    old_uid = _uid(journal, "side_effect_entry", first.id)
    services.side_effects.delete(first.id)
    second = services.side_effects.log(_entry(notes="another"))
    assert second.id == first.id  # SQLite reuses the largest number once it is free
    new_uid = _uid(journal, "side_effect_entry", second.id)
    assert new_uid not in (None, old_uid)
    with journal.engine.connect() as connection:
        assert (
            connection.execute(select(TOMBSTONES.c.uid).where(TOMBSTONES.c.uid == old_uid)).scalar()
            == old_uid
        )
