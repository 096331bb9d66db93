"""``journey export pdf --lang es --paper letter``: the report in another language than the
interface's, on the paper asked for (issue 20)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from tests.cli.helpers import run_journey


def test_the_report_in_spanish_on_letter_paper_with_24_hour_times(tmp_path: Path) -> None:
    target = tmp_path / "informe.pdf"
    demo = str(tmp_path / "demo")
    result = run_journey(
        "--demo", "--data-dir", demo, "export", "pdf", "-o", str(target),
        "--lang", "es", "--paper", "letter",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == "Informe de Journey — Elena Ramírez"
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = unicodedata.normalize(
        "NFKC", " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    )
    assert "Efectos secundarios" in text
    assert "Hecho el " in text
    hours = [int(h) for h in re.findall(r"\b(\d{1,2}):[0-5]\d\b", text)]
    assert any(h >= 13 for h in hours), "afternoon times on the 24-hour clock"
    assert not re.search(r"\b[ap]\.\s?m\.|\b[AP]M\b", text)


def test_a4_when_asked_whatever_the_language(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    result = run_journey(
        "--lang", "es", "--demo", "--data-dir", str(tmp_path / "demo"),
        "export", "pdf", "-o", str(target), "--paper", "a4",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    box = PdfReader(target).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
