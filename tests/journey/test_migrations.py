"""Schema migrations: one head, every earlier journal opens with its data, models match.

SPEC §4: a journal from any earlier version opens with all its data, and the file is backed up
before a migration. Rows are written with raw SQL, as the older version of the app would have
written them, never through today's models.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path

import pytest
import sqlalchemy.exc
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

import journey.aftercare_models
import journey.blood_count_models
import journey.models  # registers the tables on Base.metadata
import journey.outbox
import journey.side_effect_models
import journey.trip_models  # noqa: F401
from journey.db import Base, make_engine
from journey.dto import CompanionData, CourseData, ProfileData, Settings
from journey.errors import UpgradeFailed
from journey.itinerary import ItemDetails
from journey.journal import (
    BACKUP_DIR,
    JOURNAL_FILE,
    SQLITE_HEADER,
    Journal,
    head_revision,
    known_revisions,
    open_journal,
)
from journey.services import JournalServices
from journey.services.costs import ExpenseDetails, ExpenseEntry, ExpenseService
from journey.services.documents import DocumentEntry, DocumentService, DueDiligenceService
from journey.services.people import ContactDetails, ContactEntry, ContactService
from journey.timekeeping import Clock


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", "journey:migrations")
    return config


SCRIPTS = ScriptDirectory.from_config(alembic_config())
# Oldest first.
REVISIONS = [script.revision for script in reversed(list(SCRIPTS.walk_revisions()))]
EARLIER_REVISIONS = REVISIONS[:-1]


def build_at(db: Path, revision: str, extra_sql: tuple[str, ...] = ()) -> set[str]:
    """A journal file at ``revision`` with the seed rows its tables can hold; returns them."""
    engine = make_engine(db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            tables = {
                row[0]
                for row in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            } - {"alembic_version"}
            for table in sorted(tables):
                connection.exec_driver_sql(SEED_ROWS[table].sql)
            for statement in extra_sql:
                connection.exec_driver_sql(statement)
    finally:
        engine.dispose()
    return tables


def stored_revision(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        conn.close()
    assert len(rows) == 1
    return str(rows[0][0])


def count_rows(db: Path, table: str) -> int:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


EXPECTED_PROFILE = ProfileData(
    name="Ana Souza",
    ms_type="SPMS",
    diagnosis_year=2009,
    edss=6.5,
    edss_date=date(2026, 2, 1),
    dmt_history="Interferon beta 2009–2014",
    last_mri_date=date(2026, 1, 15),
    last_mri_findings="Stable",
)


@dataclass(frozen=True)
class Seed:
    """Rows for one table, in raw SQL as the version that created the table wrote them."""

    sql: str
    rows: int
    shows: Callable[[JournalServices], None]  # checks the newest app shows them
    # The same, for an area whose service is built on the open journal itself (its folder).
    shows_in_journal: Callable[[Journal, Clock], None] | None = None

    def check(self, services: JournalServices, journal: Journal, clock: Clock) -> None:
        self.shows(services)
        if self.shows_in_journal is not None:
            self.shows_in_journal(journal, clock)


# Every table of the newest schema must be listed here (a test checks it), so a migration that
# adds a table also adds the data that proves it upgrades.
SEEDED_DEVICE = "seededdevice00000000"
SEEDED_STAMP = f"0001764950400000-00000-{SEEDED_DEVICE}"
SEED_ROWS: dict[str, Seed] = {
    "profile": Seed(
        "INSERT INTO profile (id, name, ms_type, diagnosis_year, edss, edss_date, dmt_history,"
        " last_mri_date, last_mri_findings, updated_at, updated_zone) VALUES (1, 'Ana Souza',"
        " 'SPMS', 2009, 6.5, '2026-02-01', 'Interferon beta 2009–2014', '2026-01-15', 'Stable',"
        " '2026-03-01 17:30:00.000000', 'America/Toronto')",
        1,
        lambda services: _check(services.profile.get(), EXPECTED_PROFILE),
    ),
    "treatment_course": Seed(
        "INSERT INTO treatment_course (id, protocol, clinic_name, clinic_city, arrival_local,"
        " destination_zone, treatment_start, home_zone, updated_at, updated_zone) VALUES (1,"
        " 'msc', 'Clínica de Prueba', 'Guadalajara', '2026-06-01 23:15:00.000000',"
        " 'America/Mexico_City', '2026-06-03', 'America/Toronto', '2026-03-01 17:30:00.000000',"
        " 'America/Toronto')",
        1,
        lambda services: _check(
            services.course.get(),
            CourseData(
                protocol="msc",
                clinic_name="Clínica de Prueba",
                clinic_city="Guadalajara",
                arrival_date=date(2026, 6, 1),
                arrival_time=time(23, 15),
                destination_zone="America/Mexico_City",
                treatment_start=date(2026, 6, 3),
                home_zone="America/Toronto",
            ),
        ),
    ),
    "setting": Seed(
        "INSERT INTO setting (key, value) VALUES ('temperature_unit', '\"F\"'),"
        " ('theme', '\"dark\"'), ('text_size', '150')",
        3,
        lambda services: _check(
            services.settings.preferences(),
            Settings(temperature_unit="F", theme="dark", text_size=150),
        ),
    ),
    "companion": Seed(
        "INSERT INTO companion (id, name, phone, email) VALUES (1, 'Rui Souza',"
        " '+1 416 555 0199', 'rui@example.com')",
        1,
        lambda services: _check(
            services.companion.get(),
            CompanionData(name="Rui Souza", phone="+1 416 555 0199", email="rui@example.com"),
        ),
    ),
    "itinerary_item": Seed(
        "INSERT INTO itinerary_item (id, uid, sequence, kind, title, start_local, start_zone,"
        " end_local, end_zone, place, notes, responsible, status, updated_at, updated_zone)"
        " VALUES (1, 'a1@journey.invalid', 2, 'flight', 'YYZ → SAN', '2026-06-01 08:00:00.000000',"
        " 'America/Toronto', '2026-06-01 10:05:00.000000', 'America/Los_Angeles', 'Pearson T1',"
        " 'Seat 12A', 'companion', 'planned', '2026-03-01 17:30:00.000000', 'America/Toronto')",
        1,
        lambda services: _check(
            [(i.uid, i.sequence, i.details) for i in services.itinerary.items()],
            [
                (
                    "a1@journey.invalid",
                    2,
                    ItemDetails(
                        kind="flight",
                        title="YYZ → SAN",
                        start=datetime(2026, 6, 1, 8, 0),
                        zone="America/Toronto",
                        end=datetime(2026, 6, 1, 10, 5),
                        end_zone="America/Los_Angeles",
                        place="Pearson T1",
                        notes="Seat 12A",
                        responsible="companion",
                    ),
                )
            ],
        ),
    ),
    "custom_protocol": Seed(
        "INSERT INTO custom_protocol (id, name, steps) VALUES (1, 'Dr. Ejemplo''s MSC',"
        ' \'{"key": "custom", "name": "Dr. Ejemplo\'\'s MSC", "steps": [{"day": 2,'
        ' "time": "09:00", "kind": "iv_infusion", "title": "IV"}]}\')',
        1,
        lambda services: _check(
            [p.name for p in services.itinerary.protocols()][-1], "Dr. Ejemplo's MSC"
        ),
    ),
    "contact": Seed(
        "INSERT INTO contact (id, name, role, phone, email, notes) VALUES (1, 'Lupita',"
        " 'coordinator', '+52 664 555 0101', '', 'WhatsApp')",
        1,
        lambda services: None,
        lambda journal, clock: _check(
            ContactService(journal.session_factory).contacts(),
            [
                ContactEntry(
                    1, ContactDetails("Lupita", "coordinator", "+52 664 555 0101", "", "WhatsApp")
                )
            ],
        ),
    ),
    "travel_document": Seed(
        "INSERT INTO travel_document (id, kind, title, done, note, attachment) VALUES (1,"
        " 'passport', 'Passport', 1, 'expires 2031', NULL)",
        1,
        lambda services: None,
        lambda journal, clock: _check(
            DocumentService(journal.session_factory, journal.folder).documents()[0],
            DocumentEntry(1, "passport", "Passport", True, "expires 2031", None),
        ),
    ),
    "due_diligence_check": Seed(
        "INSERT INTO due_diligence_check (key, done, note, checked_on) VALUES ('licence', 1,"
        " 'COFEPRIS 123', '2026-02-10')",
        1,
        lambda services: None,
        lambda journal, clock: _check(
            [
                (i.key, i.done, i.note, i.checked_on)
                for i in DueDiligenceService(journal.session_factory, clock).items()
                if i.done
            ],
            [("licence", True, "COFEPRIS 123", date(2026, 2, 10))],
        ),
    ),
    "expense": Seed(
        "INSERT INTO expense (id, category, description, currency, expected_minor,"
        " actual_minor, paid_by) VALUES (1, 'flights', 'YYZ-SAN', 'CAD', 84000, 91250,"
        " 'companion')",
        1,
        lambda services: None,
        lambda journal, clock: _check(
            ExpenseService(journal.session_factory).expenses(),
            [
                ExpenseEntry(
                    1, ExpenseDetails("flights", "CAD", 84000, 91250, "YYZ-SAN", "companion")
                )
            ],
        ),
    ),
    "symptom": Seed(
        "INSERT INTO symptom (id, key, name, built_in) VALUES (1, 'headache', 'Headache', 1),"
        " (2, 'ringing ears', 'Ringing ears', 0)",
        2,
        lambda services: _check(services.side_effects.symptoms()[-1], "Ringing ears"),
    ),
    "watch_window": Seed(
        "INSERT INTO watch_window (id, item_id, kind, title, opened_at, zone, hours) VALUES"
        " (1, NULL, 'manual', 'IV infusion at the clinic', '2026-03-02 16:00:00.000000',"
        " 'America/Tijuana', 48)",
        1,
        lambda services: _check(
            [(w.title, w.hours) for w in services.watch_windows.windows()],
            [("IV infusion at the clinic", 48)],
        ),
    ),
    "side_effect_entry": Seed(
        "INSERT INTO side_effect_entry (id, symptom_id, severity, temperature_c, notes,"
        " recorded_by, at, zone, watch_window_id) VALUES (1, 1, 9, 38.4, 'woke up with it',"
        " 'companion', '2026-03-03 10:30:00.000000', 'America/Tijuana', 1)",
        1,
        lambda services: _check(
            [
                (e.details.symptom, e.details.severity, e.details.celsius, e.watch_window_id)
                for e in services.side_effects.entries()
            ],
            [("Headache", 9, 38.4, 1)],
        ),
    ),
    "red_flag_ack": Seed(
        "INSERT INTO red_flag_ack (id, rule_key, entry_id, acknowledged_at, zone) VALUES"
        " (1, 'severe_symptom', 1, '2026-03-03 10:35:00.000000', 'America/Tijuana')",
        1,
        lambda services: _check(
            [(k, e) for k, e, _ in services.red_flags.acknowledgements()], [("severe_symptom", 1)]
        ),
    ),
    # aftercare (0005): the built-in scales come with the migration; one of the user's own
    "rating_scale": Seed(
        "INSERT INTO rating_scale (id, key, name, built_in, low, high, higher_is_better, note,"
        " hidden, position) VALUES (12, 'sdmt', 'SDMT', 0, 0, 110, 1, 'From the clinic', 0, 11)",
        12,
        lambda services: _check(
            [(s.key, s.name, s.details.high) for s in services.ratings.scales()][-2:],
            [("overall", "Overall quality of life", 10), ("sdmt", "SDMT", 110)],
        ),
    ),
    "rating_set": Seed(
        "INSERT INTO rating_set (id, at, zone, recorded_by, baseline, notes) VALUES"
        " (1, '2026-02-20 15:00:00.000000', 'America/Toronto', 'patient', NULL, 'tired week')",
        1,
        lambda services: _check(
            [(r.details.notes, r.is_baseline) for r in services.ratings.ratings()],
            [("tired week", True)],  # before the treatment start: baseline by date
        ),
    ),
    "rating": Seed(
        "INSERT INTO rating (id, set_id, scale_id, value) VALUES (1, 1, 1, 4), (2, 1, 12, 48)",
        2,
        lambda services: _check(services.ratings.ratings()[0].details.values, ((1, 4), (12, 48))),
    ),
    "relapse": Seed(
        "INSERT INTO relapse (id, started, ended, symptoms, steroids) VALUES"
        " (1, '2025-10-02', '2025-10-30', 'Optic neuritis', 'IV methylprednisolone')",
        1,
        lambda services: _check(
            [r.details.symptoms for r in services.clinical.relapses.all()], ["Optic neuritis"]
        ),
    ),
    "mri_result": Seed(
        'INSERT INTO mri_result (id, "on", new_t2, enhancing, report) VALUES'
        " (1, '2026-01-15', 2, 1, 'Two new T2 lesions, one enhancing')",
        1,
        lambda services: _check(
            [(r.details.new_t2, r.details.enhancing) for r in services.clinical.mris.all()],
            [(2, 1)],
        ),
    ),
    "edss_report": Seed(
        'INSERT INTO edss_report (id, "on", score, reported_by) VALUES'
        " (1, '2025-08-01', 6.0, 'Dr Lima')",
        1,
        lambda services: _check(
            [(r.details.score, r.details.reported_by) for r in services.clinical.edss.all()],
            [(6.0, "Dr Lima")],
        ),
    ),
    "medication": Seed(
        "INSERT INTO medication (id, name, dose, schedule, started, stopped, notes) VALUES"
        " (1, 'Aciclovir', '400 mg', 'twice a day', '2026-03-01', NULL, '')",
        1,
        lambda services: _check(
            [m.details.name for m in services.clinical.medications.all()], ["Aciclovir"]
        ),
    ),
    # medication schedules (0008): one dose recorded for the medication above
    "medication_dose": Seed(
        "INSERT INTO medication_dose (id, medication_id, due_local, due_zone, status,"
        " recorded_at, recorded_by) VALUES (1, 1, '2026-03-01 08:00:00.000000',"
        " 'America/Tijuana', 'taken', '2026-03-01 16:05:00.000000', 'companion')",
        1,
        lambda services: _check(
            [(r.status, r.recorded_by) for r in services.clinical.doses.records()],
            [("taken", "companion")],
        ),
    ),
    "discharge_packet": Seed(
        "INSERT INTO discharge_packet (id, instructions, restrictions, who_to_call) VALUES"
        " (1, 'Mask in crowds', 'No gardening', 'Clinic 24 h')",
        1,
        lambda services: _check(services.clinical.discharge().who_to_call, "Clinic 24 h"),
    ),
    # blood counts (0007)
    "blood_count": Seed(
        "INSERT INTO blood_count (id, kind, value, at, zone, source, recorded_by, notes) VALUES"
        " (1, 'neutrophils', 0.3, '2026-03-10 14:30:00.000000', 'America/Tijuana', 'clinic lab',"
        " 'companion', 'day +6')",
        1,
        lambda services: _check(
            [(c.kind, c.value, c.source, c.notes) for c in services.blood_counts.counts()],
            [("neutrophils", 0.3, "clinic lab", "day +6")],
        ),
    ),
    "transfusion": Seed(
        "INSERT INTO transfusion (id, product, at, zone, recorded_by, notes) VALUES"
        " (1, 'platelets', '2026-03-09 20:00:00.000000', 'America/Tijuana', 'patient', 'one unit')",
        1,
        lambda services: _check(
            [(t.product, t.notes) for t in services.blood_counts.transfusions()],
            [("platelets", "one unit")],
        ),
    ),
    "counts_recovered": Seed(
        "INSERT INTO counts_recovered (id, at, zone, recorded_by, note) VALUES"
        " (1, '2026-03-14 17:00:00.000000', 'America/Tijuana', 'companion', 'Dr R.')",
        1,
        lambda services: _check(
            [(r.recorded_by, r.note) for r in services.blood_counts.recovered_records()],
            [("companion", "Dr R.")],
        ),
    ),
    # Sharing's own tables (0009): kept as they are when the journal opens.
    **{
        table: Seed(
            f"INSERT INTO {table} ({columns}) VALUES ({values})",
            1,
            lambda services: None,
            lambda journal, _clock, table=table, expected=expected: _check(  # type: ignore[misc]
                _sync_rows(journal, table), expected
            ),
        )
        for table, columns, values, expected in [
            (
                "sync_state",
                "key, value",
                f"'device', '{SEEDED_DEVICE}'",
                [("device", SEEDED_DEVICE)],
            ),
            (
                "sync_row",
                "uid, tbl, row_key, stamp",
                f"'profile', 'profile', '1', '{SEEDED_STAMP}'",
                [("profile", "profile", "1", SEEDED_STAMP)],
            ),
            (
                "sync_version",
                "uid, col, stamp",
                f"'profile', 'name', '{SEEDED_STAMP}'",
                [("profile", "name", SEEDED_STAMP)],
            ),
            (
                "sync_change",
                "id, stamp, tbl, uid, op, cols, bases",
                f"1, '{SEEDED_STAMP}', 'profile', 'profile', 'update',"
                """ '{"name":"Ana"}', '{}'""",
                [(1, SEEDED_STAMP, "profile", "profile", "update", '{"name":"Ana"}', "{}")],
            ),
            (
                "sync_conflict",
                "id, tbl, uid, col, kept, kept_stamp, other, other_stamp",
                f"1, 'contact', 'x2', 'phone', '\"1\"', '{SEEDED_STAMP}',"
                f" '\"2\"', '{SEEDED_STAMP}'",
                [(1, "contact", "x2", "phone", '"1"', SEEDED_STAMP, '"2"', SEEDED_STAMP)],
            ),
            (
                "sync_tombstone",
                "uid, tbl, stamp, row",
                f"'x1', 'contact', '{SEEDED_STAMP}', '{{}}'",
                [("x1", "contact", SEEDED_STAMP, "{}")],
            ),
        ]
    },
}


def _sync_rows(journal: Journal, table: str) -> list[tuple[object, ...]]:
    """The seeded rows of a sharing table (the rows the journal gave ids to on opening
    aside)."""
    with journal.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"SELECT * FROM {table}").all()
    if table == "sync_row":
        rows = [row for row in rows if row[1] == "profile"]
    if table == "sync_state":
        rows = [row for row in rows if row[0] == "device"]
    return [tuple(row) for row in rows]


def _check(actual: object, expected: object) -> None:
    assert actual == expected


def test_there_is_exactly_one_head() -> None:
    assert len(SCRIPTS.get_heads()) == 1


def test_the_journal_knows_the_same_revisions_as_alembic() -> None:
    assert known_revisions() == set(REVISIONS)
    assert head_revision() == SCRIPTS.get_current_head()


def test_every_table_has_seed_rows_for_the_upgrade_tests() -> None:
    assert set(SEED_ROWS) == set(Base.metadata.tables)


def test_the_models_match_the_migrations(journal: Journal) -> None:
    with journal.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.parametrize("revision", EARLIER_REVISIONS)
def test_a_journal_from_an_earlier_revision_opens_with_its_data(
    revision: str, tmp_path: Path, clock: Clock
) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    db = folder / JOURNAL_FILE
    seeded = build_at(db, revision)
    assert seeded, "the test must store something at this revision"
    assert stored_revision(db) == revision

    journal = open_journal(folder, now=clock.now())
    try:
        assert not journal.created
        services = JournalServices.build(journal.session_factory, clock)
        for table in sorted(seeded):
            SEED_ROWS[table].check(services, journal, clock)
        assert services.onboarding.is_complete()
        with journal.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        journal.close()
    assert stored_revision(db) == head_revision()

    # The copy taken before the upgrade: a SQLite file at the old revision, with the rows.
    backups = sorted((folder / BACKUP_DIR).iterdir())
    assert backups == [journal.backup]
    assert backups[0].name == f"journal-before-upgrade-from-{revision}-20260510T140000Z.sqlite3"
    assert backups[0].read_bytes()[: len(SQLITE_HEADER)] == SQLITE_HEADER
    assert stored_revision(backups[0]) == revision
    for table in seeded:
        assert count_rows(backups[0], table) == SEED_ROWS[table].rows
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("SELECT name, edss FROM profile").fetchall() == [("Ana Souza", 6.5)]
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        conn.close()

    # Opening again at the newest revision neither upgrades nor backs up again.
    again = open_journal(folder, now=clock.now())
    again.close()
    assert again.backup is None
    assert sorted((folder / BACKUP_DIR).iterdir()) == backups


def table_names(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


@pytest.mark.parametrize("revision", EARLIER_REVISIONS)
def test_a_failing_upgrade_leaves_the_journal_at_its_revision_with_its_data(
    revision: str, tmp_path: Path, clock: Clock
) -> None:
    # A stray table with the name the newest table-creating migration uses makes the upgrade
    # fail as late as possible; everything before it must roll back too, not leave a
    # half-upgraded file (STYLE.md: DDL in a failing migration must not commit half-way).
    # When no later migration makes a table, a stray column that the newest column-adding
    # one adds does the same.
    later = REVISIONS[REVISIONS.index(revision) + 1 :]
    probes = {rev: tmp_path / f"probe-{rev}.sqlite3" for rev in [revision, *later]}
    for rev, probe in probes.items():
        build_at(probe, rev)

    def before(rev: str) -> str:
        return REVISIONS[REVISIONS.index(rev) - 1]

    tables_at = {rev: table_names(probe) for rev, probe in probes.items()}
    columns_at = {rev: column_names(probe) for rev, probe in probes.items()}
    adding = [rev for rev in later if tables_at[rev] - tables_at[before(rev)]]
    if adding:
        stray = sorted(tables_at[adding[-1]] - tables_at[before(adding[-1])])[0]
        sql, refusal = f"CREATE TABLE {stray} (stray TEXT)", "already exists"
    else:
        widening = [rev for rev in later if columns_at[rev] - columns_at[before(rev)]]
        assert widening, f"a migration after {revision} adds neither a table nor a column"
        table, column = sorted(columns_at[widening[-1]] - columns_at[before(widening[-1])])[-1]
        sql, refusal = f"ALTER TABLE {table} ADD COLUMN {column} TEXT", "duplicate column"
    folder = tmp_path / "journal"
    folder.mkdir()
    db = folder / JOURNAL_FILE
    seeded = build_at(db, revision, (sql,))
    tables, columns = table_names(db), column_names(db)

    # Twice in the same second: the lock is released after a failure and a retry gets as far.
    for _attempt in range(2):
        with pytest.raises(UpgradeFailed, match=refusal) as failed:
            open_journal(folder, now=clock.now())
        assert "left as it was" in str(failed.value)
        assert failed.value.backup.exists()
        assert str(failed.value.backup) in str(failed.value)
        assert stored_revision(db) == revision
        assert table_names(db) == tables
        assert column_names(db) == columns
        for table_name in seeded:
            assert count_rows(db, table_name) == SEED_ROWS[table_name].rows
    backups = sorted((folder / BACKUP_DIR).iterdir())
    assert len(backups) == 2
    assert all(stored_revision(backup) == revision for backup in backups)


def column_names(db: Path) -> set[tuple[str, str]]:
    """Every (table, column) of the file."""
    conn = sqlite3.connect(db)
    try:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        return {
            (table, row[1])
            for table in tables
            for row in conn.execute(f"PRAGMA table_info({table})")
        }
    finally:
        conn.close()


def test_the_seed_rows_at_the_newest_revision_are_shown(tmp_path: Path, clock: Clock) -> None:
    # The upgrade test above checks only tables older than the newest migration; this one
    # keeps every check honest today (a check that never runs could not fail).
    folder = tmp_path / "journal"
    folder.mkdir()
    seeded = build_at(folder / JOURNAL_FILE, head_revision())
    assert seeded == set(Base.metadata.tables)
    journal = open_journal(folder, now=clock.now())
    try:
        services = JournalServices.build(journal.session_factory, clock)
        for table in sorted(seeded):
            SEED_ROWS[table].check(services, journal, clock)
    finally:
        journal.close()


def test_a_journal_at_the_newest_revision_is_not_backed_up(journal: Journal) -> None:
    assert journal.backup is None
    assert not (journal.folder / BACKUP_DIR).exists()


# Run in a child process: open the journal (which upgrades it), and at the last statement of
# the upgrade's transaction, before its commit, say so and wait to be killed.
KILLED_WRITER = """
import sys, time
from pathlib import Path
from sqlalchemy.engine import Connection
from journey.journal import open_journal

real = Connection.exec_driver_sql
def stalls(self, statement, *args, **kwargs):
    if statement == "PRAGMA foreign_key_check":
        print("migrating", flush=True)
        time.sleep(60)
    return real(self, statement, *args, **kwargs)
Connection.exec_driver_sql = stalls
open_journal(Path(sys.argv[1]))
"""


def test_a_process_killed_mid_migration_leaves_the_journal_as_it_was(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    folder = tmp_path / "journal"
    folder.mkdir()
    db = folder / JOURNAL_FILE
    oldest = REVISIONS[0]
    seeded = build_at(db, oldest)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "migrating"
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # The upgrade was one transaction: nothing of it is in the journal, which is as it was.
    assert stored_revision(db) == oldest
    for table in seeded:
        assert count_rows(db, table) == SEED_ROWS[table].rows
    assert len(list((folder / BACKUP_DIR).iterdir())) == 1  # the copy taken before upgrading
    journal = open_journal(folder)  # and the next start upgrades it
    journal.close()
    assert stored_revision(db) == REVISIONS[-1]


# --- 0012: allergies and blood type in the profile -------------------------------------------


def profile_columns(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    try:
        cursor = conn.execute("SELECT * FROM profile")
        names = [d[0] for d in cursor.description]
        [row] = cursor.fetchall()
    finally:
        conn.close()
    return dict(zip(names, row, strict=True))


def test_a_profile_from_0011_opens_with_allergies_and_blood_type_not_entered(
    tmp_path: Path, clock: Clock
) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    db = folder / JOURNAL_FILE
    build_at(db, "0011_shipped_text_keys")
    journal = open_journal(folder, now=clock.now())
    try:
        services = JournalServices.build(journal.session_factory, clock)
        profile = services.profile.get()
        assert profile == EXPECTED_PROFILE
        assert profile is not None
        assert (profile.allergies, profile.blood_type) == ("", "")  # not entered, not "none"
        # and they can be entered now
        services.profile.save(replace(profile, allergies="Penicillin (rash)", blood_type="O+"))
    finally:
        journal.close()
    stored = profile_columns(db)
    assert (stored["name"], stored["allergies"], stored["blood_type"]) == (
        "Ana Souza",
        "Penicillin (rash)",
        "O+",
    )


def test_a_blood_type_outside_the_choices_is_refused_by_the_database(journal: Journal) -> None:
    with journal.engine.begin() as connection:
        connection.exec_driver_sql(SEED_ROWS["profile"].sql)
    with pytest.raises(sqlalchemy.exc.IntegrityError), journal.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE profile SET blood_type = 'Z+'")


def test_0012_downgrades_to_0011_keeping_the_profile(tmp_path: Path) -> None:
    db = tmp_path / JOURNAL_FILE
    build_at(db, head_revision())
    engine = make_engine(db, foreign_keys=False)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE profile SET allergies = 'Latex', blood_type = 'A-'")
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0011_shipped_text_keys")
    finally:
        engine.dispose()
    assert stored_revision(db) == "0011_shipped_text_keys"
    stored = profile_columns(db)
    assert "allergies" not in stored
    assert "blood_type" not in stored
    assert (stored["name"], stored["edss"]) == ("Ana Souza", 6.5)
