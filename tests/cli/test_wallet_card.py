"""``journey export card``: the wallet card as a one-page PDF, written without a display."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader

from tests.cli.helpers import one_line, run_journey

HEADLESS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def test_export_card_writes_the_demo_wallet_card_without_a_display(tmp_path: Path) -> None:
    target = tmp_path / "out" / "card.pdf"
    target.parent.mkdir()
    demo = str(tmp_path / "demo")
    result = run_journey(
        "--demo", "--data-dir", demo, "export", "card", "-o", str(target), drop=HEADLESS
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote the wallet card to {target}"
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    text = unicodedata.normalize("NFKC", " ".join(reader.pages[0].extract_text().split()))
    assert "Elena Ramírez is receiving stem-cell treatment for MS" in text
    assert "Elena Ramírez recibe tratamiento con células madre para la EM" in text
    assert "24-hour line: +52 664 555 0100" in text
    assert text.count("+1 416 555 0142") == 2  # the companion's, on both faces
    assert "Current medications Aciclovir 400 mg" in text
    assert [p.name for p in target.parent.iterdir()] == ["card.pdf"]


def test_export_card_answers_in_spanish_with_lang(real_journal: Path, tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    result = run_journey(
        "--lang", "es", "--data-dir", str(real_journal), "export", "card", "-o", str(target)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"se escribió la tarjeta para la cartera en {target}"
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "Ana López recibe tratamiento con células madre para la EM" in text
    assert "Sin medicamentos actuales." in text


def test_export_card_to_a_folder_that_does_not_exist_says_so(
    real_journal: Path, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "card.pdf"
    result = run_journey("--data-dir", str(real_journal), "export", "card", "-o", str(target))
    assert result.returncode == 1
    assert one_line(result.stderr) == f"journey: cannot write {target}: No such file or directory"
    assert not target.parent.exists()
