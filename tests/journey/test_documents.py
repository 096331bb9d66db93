"""The documents checklist (attachments copied into the journal) and the clinic due diligence."""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import SessionTransaction

from journey.errors import InvalidInput
from journey.journal import Journal
from journey.services.documents import (
    ATTACHMENTS_DIR,
    DocumentEntry,
    DocumentService,
    DueDiligenceAnswer,
    DueDiligenceService,
    due_diligence_questions,
    safe_file_name,
    standard_documents,
)
from journey.timekeeping import Clock

STANDARD = [
    "passport",
    "medical_records",
    "mri",
    "lab_results",
    "medication_list",
    "insurance",
    "consent_forms",
    "discharge_papers",
]


@pytest.fixture
def documents(journal: Journal) -> DocumentService:
    return DocumentService(journal.session_factory, journal.folder)


@pytest.fixture
def checks(journal: Journal, clock: Clock) -> DueDiligenceService:
    return DueDiligenceService(journal.session_factory, clock)


@pytest.fixture
def scan(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "Passport scan.pdf"
    path.parent.mkdir()
    path.write_bytes(b"%PDF-1.7 passport")
    return path


def count(journal: Journal, table: str) -> int:
    with journal.engine.connect() as connection:
        return int(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def by_kind(documents: DocumentService, kind: str) -> DocumentEntry:
    return next(d for d in documents.documents() if d.kind == kind)


def attachment_files(journal: Journal) -> list[str]:
    folder = journal.folder / ATTACHMENTS_DIR
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# --- the checklist -------------------------------------------------------------------------


def test_the_standard_list_is_seeded_once_in_order(
    documents: DocumentService, journal: Journal
) -> None:
    assert [line.key for line in standard_documents()] == STANDARD
    first = documents.documents()
    assert [d.kind for d in first] == STANDARD
    assert first[0].title == "Passport"
    assert not any(d.done or d.note or d.attachment for d in first)
    assert documents.documents() == first
    assert count(journal, "travel_document") == len(STANDARD)


def test_seeding_keeps_a_line_the_journal_already_has(
    documents: DocumentService, journal: Journal
) -> None:
    with journal.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO travel_document (kind, title, done, note) "
            "VALUES ('passport', 'Passport', 1, 'expires 2031')"
        )
    listed = documents.documents()
    assert [d.kind for d in listed] == STANDARD
    assert (listed[0].done, listed[0].note) == (True, "expires 2031")


def test_done_and_note_are_stored(documents: DocumentService) -> None:
    mri = by_kind(documents, "mri")
    documents.set_done(mri.id, True)
    documents.set_note(mri.id, "2 discs, in the blue folder")
    again = by_kind(documents, "mri")
    assert (again.done, again.note) == (True, "2 discs, in the blue folder")
    documents.set_done(mri.id, False)
    assert not by_kind(documents, "mri").done


def test_own_lines_are_added_after_the_standard_ones_and_can_be_deleted_and_restored(
    documents: DocumentService,
) -> None:
    visa = documents.add("  Visa ")
    assert (visa.kind, visa.title, visa.standard) == ("other", "Visa", False)
    assert documents.documents()[-1] == visa
    deleted = documents.delete(visa.id)
    assert visa not in documents.documents()
    assert documents.restore(deleted) == visa
    assert documents.documents()[-1] == visa


def test_a_blank_title_and_a_standard_line_cannot_be_deleted_or_added(
    documents: DocumentService, journal: Journal
) -> None:
    documents.documents()
    with pytest.raises(InvalidInput) as blank:
        documents.add("  ")
    assert blank.value.for_field("title") is not None
    with pytest.raises(InvalidInput) as standard:
        documents.delete(by_kind(documents, "passport").id)
    assert standard.value.problems[0].code == "standard_document"
    assert count(journal, "travel_document") == len(STANDARD)


# --- attachments ---------------------------------------------------------------------------


def test_an_attachment_is_a_private_copy_inside_the_journal(
    documents: DocumentService, journal: Journal, scan: Path
) -> None:
    passport = by_kind(documents, "passport")
    attached = documents.attach(passport.id, scan)
    assert attached.attachment == "attachments/Passport scan.pdf"
    copy = documents.attachment_path(attached)
    assert copy == journal.folder / "attachments" / "Passport scan.pdf"
    assert copy.read_bytes() == scan.read_bytes()
    assert scan.exists()  # the original is untouched
    if sys.platform != "win32":
        assert copy.stat().st_mode & 0o777 == 0o600
    assert by_kind(documents, "passport").attachment == attached.attachment


def test_copies_with_the_same_name_get_unique_names(
    documents: DocumentService, journal: Journal, scan: Path
) -> None:
    listed = documents.documents()
    first = documents.attach(listed[0].id, scan)
    second = documents.attach(listed[1].id, scan)
    assert first.attachment == "attachments/Passport scan.pdf"
    assert second.attachment == "attachments/Passport scan-2.pdf"
    assert attachment_files(journal) == ["Passport scan-2.pdf", "Passport scan.pdf"]


def test_replacing_an_attachment_deletes_the_old_copy(
    documents: DocumentService, journal: Journal, scan: Path, tmp_path: Path
) -> None:
    other = tmp_path / "outside" / "passport-2031.png"
    other.write_bytes(b"png")
    passport = by_kind(documents, "passport")
    documents.attach(passport.id, scan)
    replaced = documents.attach(passport.id, other)
    assert replaced.attachment == "attachments/passport-2031.png"
    assert attachment_files(journal) == ["passport-2031.png"]


def test_removing_an_attachment_deletes_the_copy_only(
    documents: DocumentService, journal: Journal, scan: Path
) -> None:
    passport = documents.attach(by_kind(documents, "passport").id, scan)
    removed = documents.remove_attachment(passport.id)
    assert removed.attachment is None
    assert documents.attachment_path(removed) is None
    assert attachment_files(journal) == []
    assert scan.exists()


def test_the_copy_stays_when_removing_it_fails_to_commit(
    documents: DocumentService,
    journal: Journal,
    scan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passport = documents.attach(by_kind(documents, "passport").id, scan)

    def failing_commit(self: SessionTransaction, *args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(SessionTransaction, "commit", failing_commit)
    with pytest.raises(OSError, match="disk full"):
        documents.remove_attachment(passport.id)
    monkeypatch.undo()
    assert by_kind(documents, "passport").attachment == passport.attachment
    assert attachment_files(journal) == ["Passport scan.pdf"]


def test_a_new_copy_is_deleted_when_attaching_fails_to_commit(
    documents: DocumentService,
    journal: Journal,
    scan: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    passport = by_kind(documents, "passport")

    def failing_commit(self: SessionTransaction, *args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(SessionTransaction, "commit", failing_commit)
    with pytest.raises(OSError, match="disk full"):
        documents.attach(passport.id, scan)
    monkeypatch.undo()
    assert by_kind(documents, "passport").attachment is None
    assert attachment_files(journal) == []


def test_a_missing_file_or_a_folder_cannot_be_attached(
    documents: DocumentService, journal: Journal, tmp_path: Path
) -> None:
    passport = by_kind(documents, "passport")
    for source in (tmp_path / "nowhere.pdf", tmp_path):
        with pytest.raises(InvalidInput) as refused:
            documents.attach(passport.id, source)
        assert refused.value.problems[0].code == "file_unreadable"
    assert by_kind(documents, "passport").attachment is None
    assert attachment_files(journal) == []


def test_deleting_an_own_line_deletes_its_copy(
    documents: DocumentService, journal: Journal, scan: Path
) -> None:
    visa = documents.attach(documents.add("Visa").id, scan)
    deleted = documents.delete(visa.id)
    assert deleted.attachment == "attachments/Passport scan.pdf"
    assert attachment_files(journal) == []
    assert documents.restore(deleted).attachment is None


@pytest.mark.parametrize(
    "stored",
    [
        "../outside.txt",
        "attachments/../../outside.txt",
        "/etc/passwd",
        "journal.sqlite3",
        "attachments",
        "C:\\Windows\\win.ini",
    ],
)
def test_a_stored_path_outside_the_attachments_is_never_used(
    documents: DocumentService, journal: Journal, stored: str, tmp_path: Path
) -> None:
    victim = tmp_path / "outside.txt"
    victim.write_text("keep me")
    passport = by_kind(documents, "passport")
    with journal.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE travel_document SET attachment = ? WHERE id = ?", (stored, passport.id)
        )
    entry = by_kind(documents, "passport")
    assert documents.attachment_path(entry) is None
    documents.remove_attachment(passport.id)
    assert victim.read_text() == "keep me"
    assert (journal.folder / "journal.sqlite3").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_link_out_of_the_attachments_folder_is_never_followed(
    documents: DocumentService, journal: Journal, tmp_path: Path
) -> None:
    victim = tmp_path / "outside.txt"
    victim.write_text("keep me")
    (journal.folder / ATTACHMENTS_DIR).mkdir()
    os.symlink(victim, journal.folder / ATTACHMENTS_DIR / "link.txt")
    passport = by_kind(documents, "passport")
    with journal.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE travel_document SET attachment = 'attachments/link.txt' WHERE id = ?",
            (passport.id,),
        )
    assert documents.attachment_path(by_kind(documents, "passport")) is None
    documents.remove_attachment(passport.id)
    assert victim.read_text() == "keep me"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("MRI report.pdf", "MRI report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\ana\\résumé.docx", "résumé.docx"),
        ("a:b*c?.png", "a_b_c_.png"),
        (".hidden", "hidden"),  # no hidden files in the journal
        ("...", "file"),
        ("x" * 300 + ".pdf", "x" * 80 + ".pdf"),
    ],
)
def test_copies_get_safe_file_names(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


# --- clinic due diligence ------------------------------------------------------------------


def test_every_question_is_listed_unanswered_at_first(
    checks: DueDiligenceService, journal: Journal
) -> None:
    items = checks.items()
    assert [i.key for i in items] == [q.key for q in due_diligence_questions()]
    assert [i.key for i in items] == [
        "licence",
        "doctor_cv",
        "professional_bodies",
        "cells_in_writing",
        "cost_quote",
        "aftercare",
        "consent_language",
        "translator",
    ]
    assert "COFEPRIS" in items[0].title
    assert "ISCT" in items[2].title
    assert not any(i.done or i.note or i.checked_on for i in items)
    assert count(journal, "due_diligence_check") == 0  # reading writes nothing


def test_an_answer_is_stored(checks: DueDiligenceService) -> None:
    saved = checks.save("licence", DueDiligenceAnswer(True, "COFEPRIS 123/2025", date(2026, 4, 2)))
    assert (saved.done, saved.note, saved.checked_on) == (
        True,
        "COFEPRIS 123/2025",
        date(2026, 4, 2),
    )
    assert checks.items()[0] == saved
    assert checks.get("licence") == saved


def test_ticking_a_question_dates_it_today_unless_it_has_a_date(
    checks: DueDiligenceService, clock: Clock
) -> None:
    ticked = checks.set_done("doctor_cv", True)
    assert (ticked.done, ticked.checked_on) == (True, clock.today())
    checks.save("aftercare", DueDiligenceAnswer(False, "asked", date(2026, 3, 1)))
    assert checks.set_done("aftercare", True).checked_on == date(2026, 3, 1)
    unticked = checks.set_done("doctor_cv", False)
    assert (unticked.done, unticked.checked_on) == (False, clock.today())


def test_a_future_date_or_an_unknown_question_is_refused(
    checks: DueDiligenceService, journal: Journal, clock: Clock
) -> None:
    with pytest.raises(InvalidInput) as future:
        checks.save("licence", DueDiligenceAnswer(True, "", date(2026, 5, 11)))
    assert future.value.for_field("checked_on") is not None
    with pytest.raises(InvalidInput) as unknown:
        checks.save("horoscope", DueDiligenceAnswer(True))
    assert unknown.value.problems[0].code == "not_found"
    assert count(journal, "due_diligence_check") == 0
