"""File choosers open where the user last went for the same purpose (issue 19), kept per
computer in the journal's settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from journey.services import JournalServices
from journey.settings import LAST_FOLDERS, travels
from ui.report import page as report_page
from ui.trip import documents, trip_files
from ui.widgets import file_dialogs


class FakeChooser:
    """Stands in for Qt's file dialogs: notes where each opened, answers with ``answer``."""

    def __init__(self) -> None:
        self.opened_in: list[str] = []
        self.answer = ""

    def open_name(
        self, _parent: object, _title: str, start: str, _kinds: str = ""
    ) -> tuple[str, str]:
        self.opened_in.append(start)
        return self.answer, ""

    def folder(self, _parent: object, _title: str, start: str) -> str:
        self.opened_in.append(start)
        return self.answer


@pytest.fixture
def parent(qapp: QApplication) -> QWidget:
    return QWidget()


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeChooser]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    fake = FakeChooser()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake.open_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake.open_name)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake.folder)
    yield fake
    file_dialogs.remember_folders_in(None)
    file_dialogs._Memory.folders.clear()


def test_attaching_opens_where_the_last_file_was_taken_from(
    parent: QWidget, chooser: FakeChooser, services: JournalServices, tmp_path: Path
) -> None:
    file_dialogs.remember_folders_in(services.settings)
    scans = tmp_path / "scans"
    scans.mkdir()
    chooser.answer = str(scans / "passport.pdf")

    assert documents.choose_file(parent) == scans / "passport.pdf"
    assert chooser.opened_in == [str(tmp_path / "home")]  # the first time: home

    chooser.answer = ""  # cancelled: nothing changes
    assert documents.choose_file(parent) is None
    assert trip_files.choose_ics_file(parent) is None  # another purpose: its own folder
    assert chooser.opened_in[1:] == [str(scans), str(tmp_path / "home")]

    # Kept in this computer's settings: a new run opens there too; it never travels.
    file_dialogs._Memory.folders.clear()
    assert services.settings.get(LAST_FOLDERS) == {"attach_document": str(scans)}
    documents.choose_file(parent)
    assert chooser.opened_in[-1] == str(scans)
    assert not travels(LAST_FOLDERS.name)


def test_saving_offers_the_name_in_the_last_folder_used_to_save(
    parent: QWidget, chooser: FakeChooser, services: JournalServices, tmp_path: Path
) -> None:
    file_dialogs.remember_folders_in(services.settings)
    reports = tmp_path / "reports"
    reports.mkdir()
    chooser.answer = str(reports / "March.pdf")
    report_page.choose_save_path(parent, "Save the report", "Journey report.pdf", "PDF (*.pdf)")
    report_page.choose_save_path(parent, "Save the report", "Journey report.pdf", "PDF (*.pdf)")
    assert chooser.opened_in == [
        str(tmp_path / "home" / "Journey report.pdf"),
        str(reports / "Journey report.pdf"),
    ]
    chooser.answer = str(tmp_path)
    assert report_page.choose_folder(parent, "CSV") == tmp_path
    assert report_page.choose_folder(parent, "CSV") == tmp_path
    assert chooser.opened_in[-1] == str(tmp_path)


def test_a_folder_since_removed_opens_at_home_and_no_journal_is_needed(
    parent: QWidget, chooser: FakeChooser, tmp_path: Path
) -> None:
    gone = tmp_path / "usb"
    gone.mkdir()
    chooser.answer = str(gone / "backup.sqlite3")
    from ui.shell.onboarding import choose_backup

    choose_backup(parent)  # onboarding: no journal yet, remembered for this run
    choose_backup(parent)
    gone.rmdir()
    choose_backup(parent)
    assert chooser.opened_in == [str(tmp_path / "home"), str(gone), str(tmp_path / "home")]
