"""The doctor's report: what the PDF says (read back with pypdf), its metadata, the period it
covers, and that a failed or cancelled report leaves no file."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from journey.aftercare import MedicationDetails
from journey.dto import CourseData, ProfileData
from journey.itinerary import ItemDetails
from journey.report import default_range, gather
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from tests.ui.helpers import HOME_ZONE, NOW, pdf_text
from ui.report.document import SUMMARY_RED_FLAGS, ReportCancelled, write_report
from ui.trip.card import wallet_card
from ui.widgets.pdf import save_pdf
from ui.words.aftercare import neda_lines, one_decimal, scale_name, signed
from ui.words.time import weekday_date_text


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


# --- page 1 is a summary; paper, page numbers, typesetting (issue 20) -------------------------


def page_texts(path: Path) -> list[str]:
    """Each page's words, as ``pdf_text`` gives the whole file's."""
    return [
        unicodedata.normalize("NFKC", " ".join(page.extract_text().split()))
        for page in PdfReader(path).pages
    ]


def test_page_one_summarises_the_period_for_the_neurologist(
    demo_services: JournalServices, demo_report: tuple[Path, str]
) -> None:
    path, _ = demo_report
    first, last = default_range(demo_services)
    data = gather(demo_services, first, last)
    pages = page_texts(path)
    summary = pages[0]
    assert "Summary" in summary
    assert "Relapsing-remitting MS (RRMS)" in summary
    assert "Autologous HSCT" in summary
    assert data.numbering is not None
    assert data.numbering.day_zero is not None
    assert f"Day 0 (reinfusion) {weekday_date_text(data.numbering.day_zero)}" in summary
    assert f"From {weekday_date_text(first)} to {weekday_date_text(last)}" in summary
    assert "Allergies Penicillin (rash)" in summary  # as entered, for prescribing
    assert "Blood type O+" in summary
    # Each scale: baseline mean, last 4 weeks, the change with its arrow and its word.
    compared = 0
    for scale in data.scales:
        trend = scale.trend
        name = scale_name(scale.scale)
        if trend.enough and trend.change is not None:
            assert trend.baseline is not None
            assert trend.recent is not None
            arrow = "▲" if trend.change > 0 else "▼"
            word = {"better": "better", "worse": "worse", "same": "about the same"}
            expected = (
                f"{one_decimal(trend.baseline)} {one_decimal(trend.recent)} "
                f"{arrow} {signed(trend.change)}, {word[trend.direction]}"
            )
            assert expected in summary, name
            compared += 1
        else:
            assert f"{name} " in summary
    assert compared >= 5, "the demo has enough ratings on most scales"
    assert "Energy (higher is better) 4.5" in summary  # the demo's baseline mean
    assert "not enough ratings" in summary  # the SDMT score, reported once
    # NEDA-3 with what was assessed, and the clinical events of the period.
    assert neda_lines(data.neda)[0] in summary
    assert "Assessed: relapses, MRI lesions, EDSS." in summary
    for relapse in data.relapses:
        assert f"started {weekday_date_text(relapse.started)}" in summary
    for mri in data.mris:
        assert weekday_date_text(mri.on) in summary
    # Red flags, each acknowledged or not; the highest fever grade per watch window.
    acknowledged = sum(1 for _, at in data.red_flags if at is not None)
    assert (
        f"{len(data.red_flags)} raised, {acknowledged} acknowledged, "
        f"{len(data.red_flags) - acknowledged} not acknowledged"
    ) in summary
    assert "Highest fever grade per watch window (CTCAE v5.0)" in summary
    assert any(f.grade == 1 for f in data.summary.fevers), "the demo's 38.1 °C at day +1"
    assert "Reinfusion of your stem cells (from " in summary
    assert "grade 1, highest 38.1 °C" in summary
    # Current medications with their doses, and the next follow-ups.
    assert data.summary.current_medications
    for medication in data.summary.current_medications:
        assert medication.name in summary
    assert "on time," in summary
    assert data.summary.follow_ups
    assert "Next follow-ups" in summary
    assert weekday_date_text(data.summary.follow_ups[0].details.start.date()) in summary
    # The details as before, from page 2.
    assert "Patient and treatment" not in summary
    assert pages[1].startswith("Patient and treatment")


def test_the_report_cites_sources_never_journeys_specification(
    demo_report: tuple[Path, str],
) -> None:
    _, text = demo_report
    assert "SPEC" not in text
    assert ".json" not in text
    assert "Freifeld AG et al., Clin Infect Dis 2011" in text  # the real citation stays


def test_a4_and_letter_paper_and_every_page_says_which_of_how_many(
    demo_services: JournalServices, tmp_path: Path
) -> None:
    first, last = default_range(demo_services)
    sizes = {}
    for paper in ("a4", "letter"):
        path = write_report(demo_services, tmp_path / f"{paper}.pdf", first, last, paper=paper)
        box = PdfReader(path).pages[0].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
        pages = page_texts(path)
        for number, text in enumerate(pages, start=1):
            assert text.endswith(f"{number} of {len(pages)}"), (paper, number)
    assert sizes == {"a4": (595, 842), "letter": (612, 792)}


def test_a_table_that_continues_on_a_page_starts_with_its_header_row_and_words_stay_whole(
    demo_services: JournalServices, tmp_path: Path
) -> None:
    # A side-effect log of several pages: 80 more entries over the last 20 days.
    for n in range(80):
        at = NOW - timedelta(hours=6 * n + 1)
        demo_services.side_effects.log(
            EntryDetails("Fatigue", 3, at, HOME_ZONE, notes=f"Rested, note {n}.")
        )
    first, last = default_range(demo_services)
    path = write_report(demo_services, tmp_path / "r.pdf", first, last, paper="a4")
    pages = page_texts(path)
    start = next(n for n, text in enumerate(pages) if "Side-effect log" in text)
    end = next(n for n, text in enumerate(pages) if "Rested, note 0." in text)
    assert end >= start + 2, "the log runs over three pages or more"
    header = "When Symptom Severity (0–10) Temperature Recorded by Notes"
    for text in pages[start + 1 : end + 1]:
        assert text.startswith(header)
    # Narrow columns never split a word ("cyclophosphami de").
    assert "Mobilisation: cyclophosphamide, first block" in " ".join(pages)


def test_the_charts_are_drawn_as_lines_and_words_not_pictures(
    demo_report: tuple[Path, str],
) -> None:
    path, text = demo_report
    for number, page in enumerate(PdfReader(path).pages, start=1):
        objects = page["/Resources"].get("/XObject", {})
        kinds = {name: dict(o.get_object()).get("/Subtype") for name, o in objects.items()}
        images = [name for name, kind in kinds.items() if kind == "/Image"]
        assert not images, f"page {number} pastes a picture"
    # The chart's own words are text a reader can search, copy and hear.
    for words in ("Your ratings", "4-week average", "Baseline range", "Relapse", "MRI"):
        assert words in text
    assert "▲ better (reversed: 0 at the top)" in text  # fatigue: lower is better
    # The values up the side, then the months along the foot (the first with its year).
    assert "0 2 4 6 8 10 ▲ better Dec 2025 Feb Apr Jun Aug Oct" in text


def test_no_table_row_is_split_over_two_pages(
    demo_services: JournalServices, tmp_path: Path
) -> None:
    # Forty more days on the itinerary, each a row of three lines or so: the timeline runs
    # over several pages, where Qt would carry a row's last lines over to the next page.
    start = datetime(2026, 9, 1, 9, 0)
    for n in range(40):
        demo_services.itinerary.add(
            ItemDetails(
                kind="clinic_appointment",
                title=f"Check-up number {n} with the nurse, blood pressure and the wound",
                start=start + timedelta(days=n, hours=n % 5),
                zone=HOME_ZONE,
            )
        )
    first, last = default_range(demo_services)
    for paper in ("a4", "letter"):
        path = write_report(demo_services, tmp_path / f"{paper}.pdf", first, last, paper=paper)
        pages = page_texts(path)
        for n in range(40):
            day = weekday_date_text((start + timedelta(days=n)).date())
            title = f"Check-up number {n} with the nurse, blood pressure and the wound"
            whole = [p for p in pages if title in p and day in p]
            assert whole, f"{paper}: the row of check-up {n} is cut over two pages"
        continued = [p for p in pages[1:] if p.startswith("Day Time Kind What Status")]
        assert len(continued) >= 2, f"{paper}: the timeline continues over pages"


def test_the_summary_keeps_to_page_one_with_many_medicines_and_red_flags(
    demo_services: JournalServices, tmp_path: Path
) -> None:
    # Nine readings of 39.1 °C in the reinfusion's watch window, open at NOW: nine red flags.
    for n in range(9):
        at = NOW - timedelta(minutes=20 * n + 10)
        demo_services.side_effects.log(EntryDetails("Fever", 5, at, HOME_ZONE, celsius=39.1))
    for n in range(6):
        demo_services.clinical.medications.add(
            MedicationDetails(
                name=f"Medicine {n}",
                started=date(2026, 11, 20),
                dose="500 mg",
                schedule="Twice a day, with food",
            )
        )
    first, last = default_range(demo_services)
    data = gather(demo_services, first, last)
    assert len(data.red_flags) >= 9
    for paper in ("a4", "letter"):
        path = write_report(demo_services, tmp_path / f"{paper}.pdf", first, last, paper=paper)
        pages = page_texts(path)
        assert "Next follow-ups" in pages[0], paper
        assert "Medicine 5" in pages[0], paper
        assert pages[1].startswith("Patient and treatment"), paper
        # The summary lists the first red flags and says where the rest are.
        shown = SUMMARY_RED_FLAGS
        assert f"and {len(data.red_flags) - shown} more, listed under Side effects" in pages[0]


def test_a_long_log_is_shown_a_day_a_row_and_names_the_csv_for_every_entry(
    demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long log at a small scale: more than LOG_ROWS entries, more red flags than are listed.
    monkeypatch.setattr("journey.report.LOG_ROWS", 20)
    monkeypatch.setattr("ui.report.document.LOG_ROWS", 20)
    monkeypatch.setattr("ui.report.document.RED_FLAG_ROWS", 3)
    # An evening and the night after it where the computer is (the report's days): 23:00
    # and 00:30 are on two days there.
    zone = demo_services.clock.zone
    late = datetime(2026, 10, 20, 23, 0, tzinfo=ZoneInfo(zone))
    for n, at in enumerate((late, late + timedelta(hours=1, minutes=30))):
        for k in range(12):
            demo_services.side_effects.log(
                EntryDetails("Nausea", 2 + n, at + timedelta(minutes=k), zone)
            )
    for n in range(4):  # 39.1 °C in the reinfusion's watch window: red flags
        at = NOW - timedelta(minutes=20 * n + 10)
        demo_services.side_effects.log(EntryDetails("Fever", 5, at, HOME_ZONE, celsius=39.1))
    first, last = default_range(demo_services)
    data = gather(demo_services, first, last)
    total = demo_services.side_effects.count(since=datetime(1900, 1, 1, tzinfo=UTC))
    assert data.entries == []
    assert data.entry_count == total > 20
    assert sum(day.entries for day in data.log_days) == total
    tuesday, wednesday = (
        next(d for d in data.log_days if d.day == day)
        for day in (date(2026, 10, 20), date(2026, 10, 21))
    )
    assert (tuesday.entries, tuesday.symptoms[0], tuesday.severity) == (12, ("Nausea", 12), 2)
    assert (wednesday.entries, wednesday.symptoms[0], wednesday.severity) == (12, ("Nausea", 12), 3)
    assert len(data.red_flags) > 3

    path = write_report(demo_services, tmp_path / "r.pdf", first, last, paper="a4")
    text = pdf_text(path)
    assert (
        f"{total} entries in this period, more than 20, so the log is shown a day a row. "
        "Every entry is in side_effects.csv (Report and data ▸ Export for a spreadsheet, or "
        "“journey export csv”)."
    ) in text
    assert "Day Entries Most logged Highest severity (0–10)" in text
    assert f"{weekday_date_text(date(2026, 10, 20))} 12 Nausea (12) 2 (mild)" in text
    assert f"{weekday_date_text(date(2026, 10, 21))} 12 Nausea (12) 3 (mild)" in text
    assert (
        f"{len(data.red_flags)} red flags in this period: the latest 3 are listed here. "
        "Every one is in the red_flags column of side_effects.csv"
    ) in text
    listed = [flag for flag, _ in data.red_flags[-3:]]
    for flag in listed:
        assert " ".join(flag.message.split()) in text


def test_a_table_whose_first_row_would_run_over_starts_on_the_next_page_with_its_heading(
    tmp_path: Path,
) -> None:
    # A heading and a table of one tall row after more and more lines of text: wherever the
    # page ends, the row is never cut, and its heading stays with it.
    row = " ".join(
        f"Line {n} of the only row's symptoms, as the patient typed them." for n in range(8)
    )
    for filler in range(60, 80):
        lines = "".join(f"<p>Paragraph {n}.</p>" for n in range(filler))
        html = (
            f"<html><body>{lines}<h3>Relapses</h3>"
            "<table border='1' width='100%'><thead><tr><th>Started</th><th>Symptoms</th></tr>"
            f"</thead><tr><td>Wed 6 May 2026</td><td>{row}</td></tr></table></body></html>"
        )
        path = tmp_path / f"{filler}.pdf"
        save_pdf(html, path, "Test", paper="a4")
        pages = page_texts(path)
        [page] = [p for p in pages if "Relapses Started Symptoms" in p]
        assert row in page, f"after {filler} paragraphs the row is cut over two pages"


def test_page_one_lists_the_medicines_the_wallet_card_lists(
    demo_services: JournalServices, tmp_path: Path
) -> None:
    # The team says the counts have recovered: the medicines taken until then have ended.
    demo_services.blood_counts.record_recovered(NOW - timedelta(hours=1), HOME_ZONE)
    first, last = default_range(demo_services)
    data = gather(demo_services, first, last)
    current = [m.name for m in data.summary.current_medications]
    assert current == [m.name for m in wallet_card(demo_services).medications]
    ended = [m.name for m in data.medications if m.stop_when == "neutrophils"]
    assert ended, "the demo's prophylaxis ends with the neutrophils' recovery"
    assert not set(ended) & set(current)
    pages = page_texts(write_report(demo_services, tmp_path / "r.pdf", first, last))
    summary = pages[0]
    medicines = summary[summary.index("Current medications") : summary.index("Next follow-ups")]
    for name in current:
        assert name in medicines
    for name in ended:
        assert name not in medicines
    # The Medications pages say when those ended, not "ongoing".
    recovered = NOW.astimezone(ZoneInfo(demo_services.clock.zone)).date()
    text = " ".join(pages[1:])
    said = f"ended with the counts' recovery, {weekday_date_text(recovered)}"
    assert text.count(said) == len(ended)


def test_a_protocol_day_is_never_broken_from_its_number(
    demo_services: JournalServices, tmp_path: Path
) -> None:
    first, last = default_range(demo_services)
    for paper in ("a4", "letter"):
        path = write_report(demo_services, tmp_path / f"{paper}.pdf", first, last, paper=paper)
        lines = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        assert "Day −10" in " ".join(lines.split()), paper
        # Never "Day" at the end of one line of a cell and "−10" alone on the next.
        assert not re.search(r"Day[ \t]*\n[ \t]*[−+]?\d", lines), paper
