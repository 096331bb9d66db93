"""The Report and data page as a person uses it: choose a period, preview, save the PDF, export
and import the journal; slow work runs behind a progress dialog that can be cancelled."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QColor, QImage, QPainter, QTextBlock, QTextFragment
from pytestqt.qtbot import QtBot

from journey.changes import Change
from journey.dto import CourseData, ProfileData
from journey.journal import open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.ui.helpers import HOME_ZONE, NOW, pdf_text
from tests.ui.keys import press, show_active
from ui.report.page import ReportPage
from ui.widgets.forms import write_date


@pytest.fixture
def services_elsewhere(tmp_path: Path) -> Iterator[JournalServices]:
    """A second, onboarded journal: another computer's."""
    journal = open_journal(tmp_path / "elsewhere")
    services = JournalServices.build(journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW))
    services.onboarding.complete(
        ProfileData(name="Marta", ms_type="RRMS"),
        CourseData(
            protocol="msc",
            clinic_name="Clínica",
            clinic_city="Tijuana",
            arrival_date=date(2026, 12, 10),
            arrival_time=time(9, 0),
            destination_zone="America/Tijuana",
            treatment_start=date(2026, 12, 11),
            home_zone=HOME_ZONE,
        ),
        None,
    )
    yield services
    journal.close()


def open_page(qtbot: QtBot, services: JournalServices) -> ReportPage:
    page = ReportPage(services)
    page.resize(1100, 800)
    show_active(qtbot, page)
    return page


def wait_for(qtbot: QtBot, page: ReportPage, message: str) -> None:
    """Wait until the page says something starting with ``message``."""
    said: list[str] = []
    page.status.connect(said.append)
    qtbot.waitUntil(lambda: any(line.startswith(message) for line in said), timeout=30000)


def test_the_preview_shows_the_report_of_the_chosen_period(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    page = open_page(qtbot, demo_services)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "The report is ready to read below.")
    text = page.preview.toPlainText()
    assert "Journey report — Elena Ramírez" in text
    assert "From Tue 25 Nov 2025 to Wed 25 Nov 2026" in text
    assert "NEDA-3" in text


def test_save_as_pdf_by_keyboard_writes_the_file(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    monkeypatch.setattr("ui.report.page.choose_save_path", lambda *_: target)
    page = open_page(qtbot, demo_services)
    page.first.setFocus()
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wait_for(qtbot, page, f"Saved the report to {target}.")
    assert "Journey report — Elena Ramírez" in pdf_text(target)


def test_cancelling_the_report_writes_nothing(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr("ui.report.page.choose_save_path", lambda *_: out / "report.pdf")
    page = open_page(qtbot, demo_services)
    said: list[str] = []
    page.status.connect(said.append)
    page.save_report()
    assert page.operation is not None
    assert page.operation.progress is not None
    page.operation.progress.cancel()  # as the dialog's Cancel button does
    qtbot.waitUntil(lambda: "Cancelled; nothing was written." in said, timeout=30000)
    assert list(out.iterdir()) == []


def test_a_period_that_runs_backwards_is_refused_beside_the_dates(
    qtbot: QtBot, demo_services: JournalServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr("ui.report.page.choose_save_path", lambda *_: asked.append("x"))
    page = open_page(qtbot, demo_services)
    first, last = page.first.date().toPython(), page.last.date().toPython()
    write_date(page.first, last)
    write_date(page.last, first)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.problem.isVisible()
    assert page.problem.text() == "⚠ The period ends before it starts."
    assert asked == []


def test_csv_export_from_the_page(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "csv"
    monkeypatch.setattr("ui.report.page.choose_folder", lambda *_: out)
    page = open_page(qtbot, demo_services)
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, f"Exported 8 CSV files to {out}.")
    assert sorted(p.name for p in out.iterdir()) == [
        "blood_counts.csv",
        "clinical_events.csv",
        "documents.csv",
        "expenses.csv",
        "itinerary.csv",
        "people.csv",
        "ratings.csv",
        "side_effects.csv",
    ]


class SpanishForCsv(QTranslator):
    """A few of the CSV files' texts in Spanish, as a translation file would give them."""

    WORDS = {  # noqa: RUF012 -- read only
        ("csv_columns", "kind"): "tipo",
        ("csv_columns", "kind_label"): "tipo_texto",
        ("csv_columns", "start_date"): "fecha_inicio",
        ("vocabulary", "Flight"): "Vuelo",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self.WORDS.get((context, source), source)


def test_csv_export_is_in_the_interface_language(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "csv"
    monkeypatch.setattr("ui.report.page.choose_folder", lambda *_: out)
    app = QCoreApplication.instance()
    assert app is not None
    translator = SpanishForCsv()
    app.installTranslator(translator)
    try:
        page = open_page(qtbot, demo_services)
        qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
        wait_for(qtbot, page, "Exported 8 CSV files")
    finally:
        app.removeTranslator(translator)
    with (out / "itinerary.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0])[:5] == ["id", "uid", "tipo", "tipo_texto", "title"]
    flights = [row for row in rows if row["tipo"] == "flight"]
    assert flights
    assert {row["tipo_texto"] for row in flights} == {"Vuelo"}
    assert all(row["fecha_inicio"] == row["start"][:10] for row in rows)


def test_json_export_then_import_into_another_journal_merges_once(
    qtbot: QtBot,
    demo_services: JournalServices,
    services_elsewhere: JournalServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "journey.json"
    monkeypatch.setattr("ui.report.page.choose_save_path", lambda *_: target)
    page = open_page(qtbot, demo_services)
    qtbot.mouseClick(page.json_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "Exported ")
    assert target.exists()

    # The other journal has its own profile: importing asks before merging, then merges.
    other = open_page(qtbot, services_elsewhere)
    asked: list[str] = []
    monkeypatch.setattr("ui.report.page.choose_open_path", lambda *_: target)
    monkeypatch.setattr("ui.report.page.confirm_merge", lambda _p, name: asked.append(name) or True)
    changed: list[Change] = []
    services_elsewhere.changes.subscribe(changed.append)
    qtbot.mouseClick(other.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: changed == [Change.EVERYTHING], timeout=30000)
    assert asked == ["journey.json"]
    assert services_elsewhere.profile.get().name == "Marta"  # its own profile is kept
    ratings = len(demo_services.ratings.ratings())
    assert len(services_elsewhere.ratings.ratings()) == ratings

    qtbot.mouseClick(other.import_button, Qt.MouseButton.LeftButton)  # again: nothing twice
    qtbot.waitUntil(lambda: changed == [Change.EVERYTHING] * 2, timeout=30000)
    assert len(services_elsewhere.ratings.ratings()) == ratings


def test_a_damaged_json_file_is_refused_with_where_and_nothing_changes(
    qtbot: QtBot,
    services_elsewhere: JournalServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "journey-journal", "version": 1, "journal": {', encoding="utf-8")
    monkeypatch.setattr("ui.report.page.choose_open_path", lambda *_: broken)
    monkeypatch.setattr("ui.report.page.confirm_merge", lambda *_: True)
    warned: list[str] = []
    monkeypatch.setattr(
        "ui.report.page.QMessageBox.warning", lambda _p, title, text: warned.append(text)
    )
    page = open_page(qtbot, services_elsewhere)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned), timeout=30000)
    assert warned == [
        "broken.json: $: the file ends too early (line 1, column 57); is it cut short?"
    ]
    assert services_elsewhere.ratings.ratings() == []


def test_the_preview_draws_each_scales_chart(qtbot: QtBot, demo_services: JournalServices) -> None:
    page = open_page(qtbot, demo_services)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, page, "The report is ready to read below.")
    document = page.preview.document()
    charts = []
    block = document.begin()
    while block.isValid():
        for fragment in iterate_fragments(block):
            form = fragment.charFormat()
            if form.isImageFormat() and form.toImageFormat().name().startswith("chart-"):
                charts.append(document.documentLayout().blockBoundingRect(block))
        block = block.next()
    assert len(charts) >= 10, "a chart for each of the demo's scales"
    # Drawn, not left blank: the chart's lines and words darken its place in the preview.
    image = QImage(charts[0].size().toSize(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-charts[0].topLeft())
    document.drawContents(painter, charts[0])
    painter.end()
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert dark > 200


def iterate_fragments(block: QTextBlock) -> Iterator[QTextFragment]:
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1
