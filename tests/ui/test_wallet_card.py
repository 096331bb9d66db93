"""The wallet card (issue 20): saved from the Timeline's More menu as a one-page PDF, English
and Spanish side by side, for the border, a pharmacy or an emergency room."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
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


# --- allergies and blood type (issue 20, part 5) --------------------------------------------


def test_the_card_gives_the_allergies_and_blood_type_on_both_faces(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "card.pdf"
    save_card(qtbot, demo_services, target, monkeypatch)

    text = pdf_text(target)
    # On card 2, under the name, before the medications.
    assert "Elena Ramírez Allergies: Penicillin (rash) Blood type: O+ Current medications" in text
    assert "Elena Ramírez Alergias: Penicillin (rash) Grupo sanguíneo: O+ Medicamentos" in text


def test_allergies_never_entered_are_not_recorded_not_none_and_no_blood_type_is_shown(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = demo_services.profile.get()
    assert profile is not None
    demo_services.profile.save(replace(profile, allergies="", blood_type=""))
    target = tmp_path / "card.pdf"
    save_card(qtbot, demo_services, target, monkeypatch)

    text = pdf_text(target)
    assert "Allergies: not recorded" in text
    assert "Alergias: no registradas" in text
    assert "Allergies: none" not in text  # an empty field says nothing about allergies
    assert "Alergias: ninguna" not in text
    assert "Blood type" not in text
    assert "Grupo sanguíneo" not in text


def baselines(path: Path) -> dict[float, list[float]]:
    """Each column of text on the page (by its left edge, in mm): the baselines of its lines
    from the top of the page, in mm, in the order drawn."""
    page = PdfReader(path).pages[0]
    columns: dict[float, list[float]] = {}
    unit = 25.4 / 600  # the card is drawn at 600 dots per inch

    def visit(text: str, _cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            columns.setdefault(round(tm[4] * unit, 1), []).append(tm[5] * unit)

    page.extract_text(visitor_text=visit)
    return columns


def test_a_long_allergy_list_is_cut_to_fit_and_nothing_on_the_card_overlaps(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    allergies = "\n".join(
        f"Allergen number {n} (swelling of the lips and throat, needed adrenaline)"
        for n in range(1, 14)
    )
    assert len(allergies) <= 1000  # as long as the profile takes
    profile = demo_services.profile.get()
    assert profile is not None
    demo_services.profile.save(replace(profile, allergies=allergies, blood_type="AB-"))
    for number in range(1, 13):
        demo_services.clinical.medications.add(
            MedicationDetails(name=f"Medicine {number:02}", started=date(2026, 1, 1), dose="5 mg")
        )
    target = tmp_path / "card.pdf"
    save_card(qtbot, demo_services, target, monkeypatch)

    assert len(PdfReader(target).pages) == 1
    text = pdf_text(target)
    # The start of the list, one allergy after another, then where the rest is.
    assert "Allergies: Allergen number 1 (swelling of the lips and throat, needed" in text
    assert "adrenaline); Allergen number 2" in text
    assert "Allergen number 13" not in text
    assert "... (see the journal)" in text
    assert "... (ver el diario)" in text
    assert "Blood type: AB\u2212" in text  # a true minus sign, not a dash
    assert "Grupo sanguíneo: AB\u2212" in text
    assert "more (see the journal)" in text  # the medicines left off are counted
    # Every line of every column has its own place: none is drawn over another.
    line_height = 3.5  # mm: a 9 pt line
    for left, lines in baselines(target).items():
        gaps = [after - before for before, after in pairwise(sorted(lines))]
        assert all(gap >= line_height for gap in gaps), (left, gaps)


def test_a_long_clinic_name_and_address_stay_on_card_one_with_the_24_hour_line(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    course = demo_services.course.get()
    assert course is not None
    demo_services.course.save(
        replace(
            course,
            clinic_name="Clínica Ejemplo de Hematología y Trasplante, Torre Médica",
            clinic_address="Av. Paseo de los Héroes 10999, piso 7, Zona Río, 22010 Tijuana, B.C.",
        )
    )
    target = tmp_path / "card.pdf"
    save_card(qtbot, demo_services, target, monkeypatch)

    text = pdf_text(target)
    assert "24-hour line: +52" in text
    assert "Línea de 24 horas: +52" in text
    # The name set smaller first; the address then shortened at a word only if it must be.
    assert "Address: Av. Paseo de los Héroes 10999, piso 7, Zona Río" in text
    # From the heading's baseline to the 24-hour line's, within the card: 54 mm less its
    # padding (3 mm at the top and the foot) and the heading's height above its baseline.
    unit = 25.4 / 600
    page = PdfReader(target).pages[0]
    seen: dict[str, float] = {}

    def visit(words: str, _cm: list[float], tm: list[float], *_: object) -> None:
        for start in ("MEDICAL INFORMATION", "24-hour line"):
            if " ".join(words.split()).startswith(start) and start not in seen:
                seen[start] = tm[5] * unit  # from the top of the page, in mm

    page.extract_text(visitor_text=visit)
    assert seen["24-hour line"] - seen["MEDICAL INFORMATION"] <= 54 - 2 * 3 - 3.2
