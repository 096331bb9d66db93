"""The Documents page: the checklist with files copied into the journal, and the clinic checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ui.trip.documents
from journey.journal import Journal
from journey.services.documents import (
    DocumentService,
    DueDiligenceAnswer,
    DueDiligenceService,
)
from journey.timekeeping import Clock
from journey.validation import NOTE_MAX
from tests.ui.helpers import HOME_ZONE, NOW, unnamed_focusable
from tests.ui.keys import press, show_active, type_text
from ui.trip.documents import DocumentsPage
from ui.widgets.forms import write_date

TODAY = date(2026, 11, 25)  # NOW, in Toronto


@pytest.fixture
def documents(journal: Journal) -> DocumentService:
    return DocumentService(journal.session_factory, journal.folder)


@pytest.fixture
def checks(journal: Journal) -> DueDiligenceService:
    return DueDiligenceService(journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW))


@pytest.fixture
def page(qtbot: QtBot, documents: DocumentService, checks: DueDiligenceService) -> DocumentsPage:
    shown = DocumentsPage(documents, checks)
    shown.resize(1000, 900)
    show_active(qtbot, shown)
    return shown


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "MRI report.pdf"
    path.write_bytes(b"%PDF-1.7 mri")
    return path


def column(table: object, number: int) -> list[str]:
    model = table.model()  # type: ignore[attr-defined]
    return [model.index(row, number).data() for row in range(model.rowCount())]


def by_kind(documents: DocumentService, kind: str) -> object:
    return next(d for d in documents.documents() if d.kind == kind)


# --- the documents checklist ---------------------------------------------------------------


def test_the_standard_checklist_is_shown_with_words_not_only_ticks(page: DocumentsPage) -> None:
    table = page.checklist.table
    assert column(table, 1) == [
        "Passport",
        "Medical records",
        "MRI discs and reports",
        "Lab results",
        "Medication list",
        "Insurance",
        "Consent forms",
        "Discharge papers (after treatment)",
    ]
    assert set(column(table, 0)) == {"☐ To do"}
    assert table.model().index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "To do"
    assert set(column(table, 3)) == {"—"}


def test_space_ticks_the_selected_document_and_saves_it(
    qtbot: QtBot, page: DocumentsPage, documents: DocumentService
) -> None:
    table = page.checklist.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, 1))  # the title cell of the MRI line
    with qtbot.waitSignal(page.status) as said:
        press(qtbot, Qt.Key.Key_Space)
    assert by_kind(documents, "mri").done  # type: ignore[attr-defined]
    assert column(table, 0)[2] == "☑ Done"
    assert said.args == ["MRI discs and reports: Done"]
    press(qtbot, Qt.Key.Key_Space)
    assert not by_kind(documents, "mri").done  # type: ignore[attr-defined]
    assert column(table, 0)[2] == "☐ To do"


def test_a_click_on_the_tick_cell_ticks_it_and_elsewhere_only_selects(
    qtbot: QtBot, page: DocumentsPage, documents: DocumentService
) -> None:
    table = page.checklist.table
    title = table.visualRect(table.model().index(3, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert table.current().kind == "lab_results"
    assert not by_kind(documents, "lab_results").done  # type: ignore[attr-defined]
    tick = table.visualRect(table.model().index(3, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=tick)
    assert by_kind(documents, "lab_results").done  # type: ignore[attr-defined]
    assert column(table, 0)[3] == "☑ Done"


def test_a_note_is_saved_and_moving_on_keeps_what_was_typed(
    qtbot: QtBot, page: DocumentsPage, documents: DocumentService
) -> None:
    tab = page.checklist
    tab.table.selectRow(0)
    assert "Passport" in tab.editor_heading.text()
    tab.note.setFocus()
    type_text(qtbot, "expires 2031")
    qtbot.mouseClick(tab.save_note_button, Qt.MouseButton.LeftButton)
    assert by_kind(documents, "passport").note == "expires 2031"  # type: ignore[attr-defined]
    assert column(tab.table, 2)[0] == "expires 2031"

    tab.note.setFocus()
    type_text(qtbot, ", copy in the blue folder")
    tab.table.selectRow(1)  # moving on without pressing Save
    assert by_kind(documents, "passport").note == (  # type: ignore[attr-defined]
        "expires 2031, copy in the blue folder"
    )
    assert "Medical records" in tab.editor_heading.text()
    assert tab.note.toPlainText() == ""


def test_attach_open_and_remove_a_file(
    qtbot: QtBot,
    page: DocumentsPage,
    documents: DocumentService,
    journal: Journal,
    scan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(ui.trip.documents, "choose_file", lambda parent: scan)
    monkeypatch.setattr(ui.trip.documents, "open_file", lambda path: opened.append(path) or True)
    monkeypatch.setattr(ui.trip.documents, "confirm", lambda parent, question: True)
    tab = page.checklist
    tab.table.selectRow(2)
    assert not tab.open_button.isEnabled()
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)

    copy = journal.folder / "attachments" / "MRI report.pdf"
    assert copy.read_bytes() == scan.read_bytes()
    assert by_kind(documents, "mri").attachment == "attachments/MRI report.pdf"  # type: ignore[attr-defined]
    assert column(tab.table, 3)[2] == "MRI report.pdf"
    assert tab.open_button.isEnabled()

    qtbot.mouseClick(tab.open_button, Qt.MouseButton.LeftButton)
    assert opened == [copy]  # the journal's copy, not the original

    qtbot.mouseClick(tab.remove_file_button, Qt.MouseButton.LeftButton)
    assert not copy.exists()
    assert scan.exists()
    assert by_kind(documents, "mri").attachment is None  # type: ignore[attr-defined]
    assert column(tab.table, 3)[2] == "—"


def test_a_file_that_cannot_be_read_is_said_in_words_and_nothing_is_stored(
    qtbot: QtBot,
    page: DocumentsPage,
    documents: DocumentService,
    journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ui.trip.documents, "choose_file", lambda parent: tmp_path / "gone.pdf")
    tab = page.checklist
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    assert tab.file_problem.isVisible()
    assert tab.file_problem.text() == "⚠ “gone.pdf” cannot be read, or is not a file."
    assert by_kind(documents, "passport").attachment is None  # type: ignore[attr-defined]
    assert not (journal.folder / "attachments").exists() or not any(
        (journal.folder / "attachments").iterdir()
    )


def test_keeping_the_copy_when_the_user_says_no(
    qtbot: QtBot,
    page: DocumentsPage,
    documents: DocumentService,
    scan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passport = by_kind(documents, "passport")
    documents.attach(passport.id, scan)  # type: ignore[attr-defined]
    page.checklist.refresh()
    monkeypatch.setattr(ui.trip.documents, "confirm", lambda parent, question: False)
    page.checklist.table.selectRow(0)
    qtbot.mouseClick(page.checklist.remove_file_button, Qt.MouseButton.LeftButton)
    assert by_kind(documents, "passport").attachment == "attachments/MRI report.pdf"  # type: ignore[attr-defined]


def test_add_an_own_document_then_delete_and_undo(
    qtbot: QtBot, page: DocumentsPage, documents: DocumentService
) -> None:
    tab = page.checklist
    tab.new_title.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # empty: refused beside the field
    assert tab.add_form.errors["title"].text() == "⚠ This is required."
    assert len(documents.documents()) == 8

    type_text(qtbot, "Visa")
    press(qtbot, Qt.Key.Key_Return)
    assert column(tab.table, 1)[-1] == "Visa"
    assert tab.add_form.errors["title"].isHidden()
    assert tab.new_title.text() == ""
    assert tab.table.current().title == "Visa"
    assert tab.delete_button.isEnabled()

    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Visa" not in column(tab.table, 1)
    assert tab.undo_bar.message.text() == "Deleted Visa."
    qtbot.mouseClick(tab.undo_bar.button, Qt.MouseButton.LeftButton)
    assert column(tab.table, 1)[-1] == "Visa"
    assert [d.title for d in documents.documents()][-1] == "Visa"


def test_a_standard_document_cannot_be_deleted(page: DocumentsPage) -> None:
    page.checklist.table.selectRow(0)
    assert not page.checklist.delete_button.isEnabled()


# --- the clinic checks ---------------------------------------------------------------------


def show_clinic(qtbot: QtBot, page: DocumentsPage) -> None:
    page.tabs.tabBar().setFocus()
    press(qtbot, Qt.Key.Key_Right)
    assert page.tabs.currentWidget() is page.clinic


def test_every_clinic_question_is_listed(qtbot: QtBot, page: DocumentsPage) -> None:
    show_clinic(qtbot, page)
    questions = column(page.clinic.table, 1)
    assert len(questions) == 8
    assert "COFEPRIS" in questions[0]
    assert "ISCT" in questions[2]
    assert questions[-1] == "Translator needed or not"
    assert set(column(page.clinic.table, 2)) == {"—"}


def test_ticking_a_question_dates_it_today(
    qtbot: QtBot, page: DocumentsPage, checks: DueDiligenceService
) -> None:
    show_clinic(qtbot, page)
    clinic = page.clinic
    clinic.table.setFocus()
    clinic.table.selectRow(1)
    press(qtbot, Qt.Key.Key_Space)
    assert checks.get("doctor_cv").done
    assert checks.get("doctor_cv").checked_on == TODAY
    assert column(clinic.table, 2)[1] == "25 Nov 2026"
    assert clinic.checked_on.text() == "25 Nov 2026"  # the editor shows the date too


def test_an_answer_with_a_date_and_a_note_is_saved(
    qtbot: QtBot, page: DocumentsPage, checks: DueDiligenceService
) -> None:
    show_clinic(qtbot, page)
    clinic = page.clinic
    clinic.table.selectRow(0)
    write_date(clinic.checked_on, date(2026, 10, 2))
    clinic.note.setFocus()
    type_text(qtbot, "COFEPRIS 123/2025")
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
    assert checks.get("licence").note == "COFEPRIS 123/2025"
    assert checks.get("licence").checked_on == date(2026, 10, 2)
    assert not checks.get("licence").done  # saving a note does not tick it
    assert said.args == ["Answer saved."]
    assert column(clinic.table, 3)[0] == "COFEPRIS 123/2025"


def test_a_future_date_is_refused_beside_the_field_and_kept(
    qtbot: QtBot, page: DocumentsPage, checks: DueDiligenceService
) -> None:
    checks.save("cost_quote", DueDiligenceAnswer(False, "asked by e-mail"))
    show_clinic(qtbot, page)
    clinic = page.clinic
    clinic.refresh()
    clinic.table.selectRow(4)
    write_date(clinic.checked_on, date(2027, 1, 5))
    qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
    assert clinic.form.errors["checked_on"].text() == "⚠ This date is in the future."
    assert checks.get("cost_quote").checked_on is None
    assert checks.get("cost_quote").note == "asked by e-mail"

    clinic.table.selectRow(5)  # moving on does not lose the answer being fixed
    assert "Written cost quote" in clinic.editor_heading.text()
    assert clinic.checked_on.text() == "5 Jan 2027"


def test_the_models_keep_qts_contract(
    qtmodeltester: object, page: DocumentsPage, documents: DocumentService, scan: Path
) -> None:
    documents.attach(documents.documents()[0].id, scan)
    page.checklist.refresh()
    for model in (page.checklist.table.rows_model, page.clinic.table.rows_model):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_every_control_on_both_tabs_is_named(qtbot: QtBot, page: DocumentsPage) -> None:
    page.checklist.table.selectRow(0)
    assert unnamed_focusable(page) == []
    show_clinic(qtbot, page)
    assert unnamed_focusable(page) == []


def test_deleting_an_own_line_with_a_file_asks_first_and_undo_says_the_copy_is_gone(
    qtbot: QtBot,
    page: DocumentsPage,
    documents: DocumentService,
    journal: Journal,
    scan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    visa = documents.attach(documents.add("Visa").id, scan)
    page.checklist.refresh(keep=visa.id)
    asked: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(
        ui.trip.documents,
        "confirm",
        lambda parent, question: asked.append(question) or next(answers),
    )
    table = page.checklist.table
    table.setFocus()
    press(qtbot, Qt.Key.Key_Delete)  # "no": nothing happens
    assert "Visa" in column(table, 1)
    assert (journal.folder / "attachments" / "MRI report.pdf").exists()
    press(qtbot, Qt.Key.Key_Delete)  # "yes"
    assert len(asked) == 2
    assert "Delete “Visa” and the copy of its file in the journal?" in asked[0]
    assert "Visa" not in column(table, 1)
    assert not (journal.folder / "attachments" / "MRI report.pdf").exists()
    with qtbot.waitSignal(page.status) as said:
        press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert column(table, 1)[-1] == "Visa"
    assert column(table, 3)[-1] == "—"
    assert said.args == ["Brought back Visa. Its file copy was deleted; attach the file again."]


def test_a_note_over_the_limit_is_refused_beside_the_field_and_kept(
    qtbot: QtBot, page: DocumentsPage, documents: DocumentService
) -> None:
    tab = page.checklist
    tab.table.selectRow(0)
    pasted = "scan " * (NOTE_MAX // 5 + 1)
    tab.note.setPlainText(pasted)  # as a paste puts it
    qtbot.mouseClick(tab.save_note_button, Qt.MouseButton.LeftButton)

    assert by_kind(documents, "passport").note == ""  # type: ignore[attr-defined]
    assert tab.form.errors["note"].text() == f"⚠ Keep this under {NOTE_MAX} characters."
    assert tab.form.errors["note"].isVisible()

    tab.table.selectRow(1)  # moving on must not drop the text
    assert "Passport" in tab.editor_heading.text()
    assert tab.note.toPlainText() == pasted
