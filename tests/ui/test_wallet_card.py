"""The wallet card (issue 20): saved from the Timeline's More menu as a one-page PDF, English
and Spanish side by side, for the border, a pharmacy or an emergency room."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from journey.aftercare import MedicationDetails
from journey.services import JournalServices
from tests.ui.helpers import pdf_text
from tests.ui.keys import show_active
from ui.trip.timeline import TimelinePage


def save_card(
    qtbot: QtBot, services: JournalServices, target: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """Open the Timeline, choose "Save the wallet card as PDF…" in its More menu, and answer
    the file dialog with ``target``; what the page said."""
    monkeypatch.setattr("ui.trip.trip_files.choose_card_path", lambda _parent, _name: target)
    page = TimelinePage(services)
    show_active(qtbot, page)
    [action] = [
        a
        for a in page.more_menu.actions()
        if isinstance(a, QAction) and a.text() == "Save the &wallet card as PDF…"
    ]
    said: list[str] = []
    page.status.connect(said.append)
    action.trigger()
    return said


def test_the_demo_wallet_card_is_one_page_in_english_and_spanish(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "card.pdf"
    said = save_card(qtbot, demo_services, target, monkeypatch)
    assert said == [
        f"Saved the wallet card to {target}. Print it at full size, then cut and fold it."
    ]

    reader = PdfReader(target)
    assert len(reader.pages) == 1
    assert reader.metadata is not None
    assert reader.metadata.title == "Wallet card — Elena Ramírez"
    text = pdf_text(target)
    assert "Elena Ramírez is receiving stem-cell treatment for MS" in text
    assert "Elena Ramírez recibe tratamiento con células madre para la EM" in text
    assert "Protocol: autologous hematopoietic stem-cell transplant (HSCT)" in text
    assert "Protocolo: trasplante autólogo de células madre hematopoyéticas (TCMH)" in text
    # Day 0 is the reinfusion, as the Timeline and the report count it (not the start).
    day_zero = demo_services.itinerary.numbering().day_zero
    assert day_zero is not None
    assert day_zero != demo_services.course.get().treatment_start  # type: ignore[union-attr]
    assert f"Day 0 (reinfusion): {day_zero.day} " in text
    assert f"Día 0 (reinfusión): {day_zero.day} de " in text
    assert "24-hour line: +52 664 555 0100" in text
    assert "Línea de 24 horas: +52 664 555 0100" in text
    # The companion's number on both faces.
    assert text.count("+1 416 555 0142") == 2
    assert "Companion: Tomás Ramírez" in text
    assert "Acompañante: Tomás Ramírez" in text
    # The medicine taken now with its dose, on both faces; the ones stopped are not.
    assert "Current medications Aciclovir 400 mg" in text
    assert "Medicamentos actuales Aciclovir 400 mg" in text
    assert "Ocrelizumab" not in text
    assert [p.name for p in out.iterdir()] == ["card.pdf"]  # no temporary left


def test_more_medicines_than_fit_say_how_many_are_left_off(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number in range(1, 31):
        demo_services.clinical.medications.add(
            MedicationDetails(name=f"Medicine {number:02}", started=date(2026, 1, 1), dose="5 mg")
        )
    target = tmp_path / "card.pdf"
    save_card(qtbot, demo_services, target, monkeypatch)

    assert len(PdfReader(target).pages) == 1
    text = pdf_text(target)
    assert "Medicine 01 5 mg" in text
    listed = [f"Medicine {n:02} 5 mg" for n in range(1, 31)] + ["Aciclovir 400 mg"]
    left_off = sum(medicine not in text for medicine in listed)
    assert left_off > 0
    assert f"... and {left_off} more (see the journal)" in text
    assert f"... y {left_off} más (ver el diario)" in text


def test_a_card_that_cannot_be_written_says_so_and_leaves_nothing(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no such folder" / "card.pdf"
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.trip.trip_files.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    said = save_card(qtbot, demo_services, missing, monkeypatch)
    assert said == []
    assert warnings == [
        f"The wallet card could not be saved to {missing}: No such file or directory"
    ]
    assert list(tmp_path.iterdir()) == [tmp_path / "journal"]
