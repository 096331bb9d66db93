"""Run ``journey`` as a user does: a separate process, offscreen unless a test says otherwise."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from journey.dto import CourseData, ProfileData
from journey.journal import open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock


@pytest.fixture
def real_journal(tmp_path: Path) -> Path:
    """A folder holding a real (not demo), onboarded journal."""
    folder = tmp_path / "real"
    journal = open_journal(folder)
    services = JournalServices.build(journal.session_factory, Clock("America/Toronto"))
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="msc",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=date(2027, 1, 10),
            arrival_time=time(9, 0),
            destination_zone="America/Tijuana",
            treatment_start=date(2027, 1, 11),
            home_zone="America/Toronto",
        ),
        None,
    )
    journal.close()
    return folder
