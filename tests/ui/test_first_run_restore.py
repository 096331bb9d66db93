"""The first run's "Restore from a backup…" (issue 21, 10): the wizard's button restores the
chosen backup and the window opens the restored journal instead of the wizard."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from journey.dto import CourseData, ProfileData
from journey.journal import open_journal
from journey.lifecycle import claim_journal, copy_to
from journey.services import JournalServices
from journey.timekeeping import Clock
from ui.shell import app as app_module
from ui.shell import onboarding
from ui.shell.main_window import MainWindow
from ui.widgets.themes import Appearance


def backup_of_a_journal(tmp_path: Path) -> Path:
    folder = tmp_path / "old computer"
    journal = open_journal(folder)
    services = JournalServices.build(journal.session_factory, Clock("America/Toronto"))
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="msc",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=date(2027, 1, 10),
            arrival_time=time(9, 0),
            destination_zone="America/Tijuana",
            treatment_start=date(2027, 1, 11),
            home_zone="America/Toronto",
        ),
        None,
    )
    journal.close()
    claim = claim_journal(folder)
    try:
        return copy_to(claim, tmp_path / "backup.sqlite3")
    finally:
        claim.release()


def test_the_wizard_restores_a_backup_and_the_window_shows_it(
    qtbot: QtBot,
    appearance: Appearance,  # earlier tests' widgets destroyed first (tests/ui/conftest.py)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = backup_of_a_journal(tmp_path)
    monkeypatch.setattr(onboarding, "choose_backup", lambda parent: backup)
    clicked: list[str] = []
    seen: dict[str, str | None] = {}

    def click_restore() -> bool:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, onboarding.OnboardingWizard):
            return False
        assert wizard.restore_button.isVisible()
        clicked.append(wizard.restore_button.text())
        wizard.restore_button.click()
        return True

    def read_and_close_the_window() -> bool:
        window = next(
            (
                widget
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, MainWindow) and widget.isVisible() and widget.services
            ),
            None,
        )
        if window is None or window.services is None:
            return False
        profile = window.services.profile.get()
        seen["name"] = profile.name if profile else None
        seen["labels"] = " ".join(label.text() for label in window.findChildren(QLabel))
        window.close()
        return True

    pending = [click_restore, read_and_close_the_window]

    def tick() -> None:
        if pending and pending[0]():
            pending.pop(0)
        if pending:
            QTimer.singleShot(20, tick)

    QTimer.singleShot(20, tick)
    new = tmp_path / "new computer"
    code = app_module.main(["--data-dir", str(new)])
    assert code == 0
    assert not pending, f"{len(pending)} steps were never reached"
    assert clicked == ["&Restore from a backup…"]
    assert seen["name"] == "Ana López"
    assert "Ana López" in str(seen["labels"])
    # The restored journal is the folder's journal from now on.
    reopened = open_journal(new)
    try:
        services = JournalServices.build(reopened.session_factory, Clock("America/Toronto"))
        assert services.onboarding.is_complete()
        profile = services.profile.get()
        assert profile is not None
        assert profile.name == "Ana López"
    finally:
        reopened.close()


def test_without_a_chosen_file_the_wizard_stays(
    qtbot: QtBot, services: JournalServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(onboarding, "choose_backup", lambda parent: None)
    wizard = onboarding.OnboardingWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.restore_button.click()
    assert wizard.isVisible()
    assert wizard.backup is None
    wizard.reject()
