"""``journey export {pdf,json,csv}`` and ``journey import json`` as a user runs them: headless,
one line out, exit 0 or a one-line reason and exit 1, and nothing half-written."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import run_journey
from tests.cli.test_cli import one_line

HEADLESS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def test_export_pdf_writes_the_demo_report_without_a_display(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    demo = str(tmp_path / "demo")
    result = run_journey(
        "--demo", "--data-dir", demo, "export", "pdf", "-o", str(target), drop=HEADLESS
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote the report for ")
    assert result.stdout.strip().endswith(f"to {target}")
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == "Journey report — Elena Ramírez"
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Autologous HSCT" in text
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]


def test_export_pdf_with_a_range_and_bad_ranges(real_journal: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    journal = ("--data-dir", str(real_journal))
    ranged = run_journey(
        *journal, "export", "pdf", "-o", str(target), "--from", "2027-01-01", "--to", "2027-01-31"
    )
    assert ranged.returncode == 0, ranged.stderr
    assert ranged.stdout.strip() == f"wrote the report for 2027-01-01 to 2027-01-31 to {target}"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "From Fri 1 Jan 2027 to Sun 31 Jan 2027" in text

    backwards = run_journey(
        *journal, "export", "pdf", "-o", str(target), "--from", "2027-02-01", "--to", "2027-01-01"
    )
    assert backwards.returncode == 1
    assert one_line(backwards.stderr) == "journey: --from 2027-02-01 is after --to 2027-01-01"


def test_export_pdf_to_a_folder_that_does_not_exist_says_so(
    real_journal: Path, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "r.pdf"
    result = run_journey("--data-dir", str(real_journal), "export", "pdf", "-o", str(target))
    assert result.returncode == 1
    assert one_line(result.stderr) == (f"journey: cannot write {target}: No such file or directory")
    assert not target.parent.exists()
