"""Settings → Backups: the list, "Back up now", and restoring one through the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey.backup import list_backups, take_backup
from journey.journal import Journal, open_journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock
from tests.ui.helpers import HOME_ZONE, NOW
from ui.settings.backups_panel import BackupsPanel
from ui.shell.app import restore_backup
from ui.shell.main_window import MainWindow, Restore
from ui.widgets.themes import Appearance


def test_the_panel_lists_backups_newest_first_and_backs_up_now(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    folder = demo_services.journal.folder
    take_backup(folder, datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    take_backup(folder, datetime(2026, 11, 24, 18, 5, tzinfo=UTC), "before-restore")
    panel = BackupsPanel(demo_services)
    qtbot.addWidget(panel)
    texts = [panel.list.item(n).text() for n in range(panel.list.count())]
    assert len(texts) == 2
    assert texts[0].split(" — ")[1] == "before a restore"
    assert texts[1].split(" — ")[1] == "automatic"
    said: list[str] = []
    panel.status.connect(said.append)
    qtbot.mouseClick(panel.back_up_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 3
    assert panel.list.item(0).text().split(" — ")[1] == "taken by you"
    assert said[0].startswith("Backed up the journal to ")


def test_restore_asks_then_closes_the_window_to_restore(
    qtbot: QtBot,
    demo_services: JournalServices,
    appearance: Appearance,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = demo_services.journal.folder
    backup = take_backup(folder, datetime(2026, 11, 20, 9, 30, tzinfo=UTC))
    monkeypatch.setattr("ui.settings.backups_panel.confirm_restore", lambda _parent, _when: True)
    window = MainWindow(appearance)
    qtbot.addWidget(window)
    window.attach(demo_services)
    window.show()
    (settings,) = window.sidebar.findItems("Settings", Qt.MatchFlag.MatchExactly)
    window.sidebar.setCurrentItem(settings)
    panel = window.pages.currentWidget().backups  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert window.outcome == Restore(backup.path)
    assert not window.isVisible()


def test_restoring_puts_the_backup_in_place(qtbot: QtBot, tmp_path: Path) -> None:
    journal: Journal = open_journal(tmp_path / "journal")
    services = JournalServices.build(journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW))
    services.side_effects.log(EntryDetails("Headache", 3, NOW, "UTC", notes="in the backup"))
    backup = take_backup(journal.folder, NOW - timedelta(hours=1), "manual")
    services.side_effects.log(EntryDetails("Nausea", 2, NOW, "UTC", notes="after it"))
    try:
        restore_backup(journal, backup.path)
    finally:
        journal.close()
    reopened = open_journal(tmp_path / "journal")
    try:
        again = JournalServices.build(reopened.session_factory, Clock(HOME_ZONE, fixed_now=NOW))
        assert [e.details.notes for e in again.side_effects.entries()] == ["in the backup"]
        kinds = [b.kind for b in list_backups(reopened.folder)]
        assert sorted(kinds) == ["before-restore", "manual"]
    finally:
        reopened.close()
