"""Run ``journey`` as a user does: a separate process, offscreen unless a test says otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from journey.dto import CourseData, ProfileData
from journey.journal import open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock


def run_journey(
    *args: str, env: dict[str, str] | None = None, drop: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in drop}
    if "QT_QPA_PLATFORM" not in drop:
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


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
