"""The doctor's report: what the PDF says (read back with pypdf), its metadata, the period it
covers, and that a failed or cancelled report leaves no file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from journey.dto import CourseData, ProfileData
from journey.report import default_range, gather
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from tests.ui.helpers import pdf_text
from ui.report.document import ReportCancelled, write_report
from ui.words.aftercare import neda_lines


@pytest.fixture
def demo_report(demo_services: JournalServices, tmp_path: Path) -> tuple[Path, str]:
    first, last = default_range(demo_services)
    path = write_report(demo_services, tmp_path / "report.pdf", first, last)
    return path, pdf_text(path)


def test_the_demo_report_has_the_patient_protocol_red_flags_neda_and_every_rating(
    demo_services: JournalServices, demo_report: tuple[Path, str]
) -> None:
    path, text = demo_report
    first, last = default_range(demo_services)
    data = gather(demo_services, first, last)
    assert data.profile is not None
    assert "Journey report — Elena Ramírez" in text
    assert "Autologous HSCT" in text
    assert "Clínica Ejemplo de Hematología" in text
    assert data.red_flags, "the demo journal raises red flags"
    for flag, _ in data.red_flags:
        assert " ".join(flag.message.split()) in text
    assert neda_lines(data.neda)[0] in text
    # Every row of the all-ratings table: the date, then each scale's value, in order.
    zone = ZoneInfo(data.zone)
    first_scales = [s.scale for s in data.scales][:6]
    for rating in data.ratings:
        values = [rating.value(s.id) for s in first_scales]
        if all(v is None for v in values):
            continue
        day = rating.details.at.astimezone(zone).date()
        row = [f"{day.day} {day:%b %Y}"] + [f"{v:g}" for v in values if v is not None]
        assert " ".join(row) in text
    reader = PdfReader(path)
    assert reader.metadata is not None
    assert reader.metadata.title == "Journey report — Elena Ramírez"
    assert reader.metadata.author == "Elena Ramírez"
    assert reader.metadata.creator == "Journey"
    assert len(reader.pages) > 5


def test_the_report_shows_the_side_effects_of_its_period_only(
    services: JournalServices, tmp_path: Path
) -> None:
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="msc",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=date(2026, 11, 18),
            arrival_time=time(10, 0),
            destination_zone="America/Tijuana",
            treatment_start=date(2026, 11, 19),
            home_zone="America/Toronto",
        ),
        None,
    )
    zone = "America/Tijuana"
    inside = datetime.combine(date(2026, 11, 20), time(14, 30), tzinfo=ZoneInfo(zone))
    for at, symptom in ((inside, "Headache"), (inside - timedelta(days=40), "Nausea")):
        services.side_effects.log(EntryDetails(symptom, 4, at, zone, notes=f"{symptom} note"))
    path = write_report(services, tmp_path / "r.pdf", date(2026, 11, 1), date(2026, 11, 25))
    text = pdf_text(path)
    assert "Headache note" in text
    assert "Nausea note" not in text
    assert "No red flag was raised in this period." in text

    empty = write_report(services, tmp_path / "e.pdf", date(2026, 1, 1), date(2026, 1, 31))
    assert "No side effect was logged in this period." in pdf_text(empty)


def test_a_report_that_cannot_be_written_leaves_no_file(
    demo_services: JournalServices, tmp_path: Path
) -> None:
    first, last = default_range(demo_services)
    with pytest.raises(FileNotFoundError):
        write_report(demo_services, tmp_path / "missing" / "report.pdf", first, last)
    assert not (tmp_path / "missing").exists()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ReportCancelled):
        write_report(demo_services, out / "report.pdf", first, last, cancelled=lambda: True)
    assert list(out.iterdir()) == []
