"""Fixtures for the domain tests: a fresh migrated journal per test, a fixed clock, sample input.

Migrating takes a while, so one empty journal is built per session and its folder copied for
each test (Anki's ``getEmptyCol``). Nothing here imports Qt. Helpers are fixtures rather than
importable functions so that the tests work under any pytest import mode.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from journey.demo import seed_demo
from journey.dto import CompanionData, CourseData, ProfileData
from journey.exchange.json_document import export_document
from journey.journal import Journal, open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.journey.computers import Computer
from tests.journey.helpers import HOME_ZONE, NOW


@pytest.fixture(scope="session")
def template_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty journal at the newest schema, created once per session. Never open it."""
    folder = tmp_path_factory.mktemp("template") / "journal"
    journal = open_journal(folder, now=NOW)
    journal.close()
    return folder


@pytest.fixture
def journal_folder(template_folder: Path, tmp_path: Path) -> Path:
    """A private copy of the empty template journal's folder."""
    folder = tmp_path / "journal"
    shutil.copytree(template_folder, folder)
    return folder


@pytest.fixture
def clock() -> Clock:
    return Clock(HOME_ZONE, fixed_now=NOW)


@pytest.fixture
def journal(journal_folder: Path) -> Iterator[Journal]:
    opened = open_journal(journal_folder, now=NOW)
    yield opened
    opened.close()


@pytest.fixture
def services(journal: Journal, clock: Clock) -> JournalServices:
    return JournalServices.build(journal.session_factory, clock)


@pytest.fixture
def profile() -> ProfileData:
    """A valid profile (relative to the ``clock`` fixture's today)."""
    return ProfileData(
        name="Ana Souza",
        ms_type="RRMS",
        diagnosis_year=2015,
        edss=3.5,
        edss_date=date(2026, 2, 1),
        dmt_history="Natalizumab 2016–2020; ocrelizumab 2020–2025.",
        last_mri_date=date(2026, 1, 15),
        last_mri_findings="One new T2 lesion.",
    )


@pytest.fixture
def course() -> CourseData:
    """A valid HSCT course, arriving in Mexico City ten days after the ``clock`` fixture's now."""
    return CourseData(
        protocol="hsct",
        clinic_name="Clínica de Prueba",
        clinic_city="Puebla",
        arrival_date=date(2026, 5, 20),
        arrival_time=time(15, 40),
        destination_zone="America/Mexico_City",
        treatment_start=date(2026, 5, 21),
        home_zone=HOME_ZONE,
    )


@pytest.fixture
def companion() -> CompanionData:
    return CompanionData(name="Rui Souza", phone="+1 416 555 0199", email="rui@example.com")


@pytest.fixture(scope="module")
def demo_document(
    template_folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """The demo journal as a JSON document (each test deep-copies what it changes)."""
    folder = tmp_path_factory.mktemp("demo") / "journal"
    shutil.copytree(template_folder, folder)
    journal = open_journal(folder, now=NOW)
    try:
        seed_demo(JournalServices.build(journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW)))
        return export_document(journal.session_factory, now=NOW)
    finally:
        journal.close()


@pytest.fixture
def other_services(
    template_folder: Path, tmp_path: Path, clock: Clock
) -> Iterator[JournalServices]:
    """A second, empty journal (for export from one, import into the other)."""
    folder = tmp_path / "other"
    shutil.copytree(template_folder, folder)
    journal = open_journal(folder, now=NOW)
    yield JournalServices.build(journal.session_factory, clock)
    journal.close()


@pytest.fixture
def computers(template_folder: Path, tmp_path: Path) -> Iterator[tuple[Computer, Computer]]:
    """The patient's and the companion's computers, each with its copy of the shared folder
    (tests/journey/computers.py)."""
    patient = Computer(template_folder, tmp_path / "patient", tmp_path / "shared-patient")
    companion = Computer(template_folder, tmp_path / "companion", tmp_path / "shared-companion")
    yield patient, companion
    patient.close()
    companion.close()
