"""A journal file that cannot be written (issue 21, part 14): Journey opens it read-only, says so
in a calm banner at the top of the window, shows everything in it, writes nothing (not the file,
not beside it, not a closing backup), and a save that is tried says the journal is read-only
instead of blaming the folder.

The file is made read-only with chmod 0400, as a person would. Journey treats a file with no
write bit as read-only whoever runs it, so these tests assert the same when they run as root
(as in CI), where chmod stops no write: nothing here is skipped for root.
"""

from __future__ import annotations

import gc
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from journey import cipher
from journey.errors import StorageFailed
from journey.journal import JOURNAL_FILE, claim_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.ui.keys import on_next_dialog, type_text
from ui.shell import app as ui_app
from ui.shell.main_window import MainWindow
from ui.side_effects.page import SideEffectsPage
from ui.side_effects.quick_log import QuickLogDialog

BANNER = (
    "This journal is read-only: you can read everything, but nothing new can be saved. "
    "The file journal.sqlite3 cannot be written. Check its permissions, or copy it somewhere "
    "you can write."
)
NOT_SAVED = (
    "⚠ This journal is read-only, so nothing was saved: the file journal.sqlite3 cannot be written."
)
PASSPHRASE = "quiet morning tea"

FolderState = dict[str, tuple[bytes, int, int]]


def folder_state(folder: Path) -> FolderState:
    """Every file and folder under ``folder``: bytes, modification time and mode."""
    return {
        str(path.relative_to(folder)): (
            path.read_bytes() if path.is_file() else b"",
            path.stat().st_mtime_ns,
            stat.S_IMODE(path.stat().st_mode),
        )
        for path in sorted(folder.rglob("*"))
    }


def demo_folder(tmp_path: Path) -> Path:
    """A closed demo journal (side effects, ratings, an itinerary), as `journey --demo` made it."""
    from ui.shell.cli import open_services

    folder = tmp_path / "demo"
    with open_services(str(folder), demo=True):
        pass
    return folder


def side_effect_count(folder: Path, key: bytes | None = None) -> int:
    claim = claim_journal(folder)
    if key is not None:
        claim.use_key(key)
    journal = claim.open()
    try:
        return len(JournalServices.of(journal, Clock("UTC")).side_effects.entries())
    finally:
        journal.close()


@pytest.fixture
def read_only_demo(tmp_path: Path) -> Iterator[Path]:
    folder = demo_folder(tmp_path)
    (folder / JOURNAL_FILE).chmod(0o400)
    yield folder
    (folder / JOURNAL_FILE).chmod(0o600)


@pytest.fixture
def storage_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window's net (ui.shell.storage_net) would say over a page, instead of a
    message box that would wait for a click."""
    from ui.words.messages import storage_text

    said: list[str] = []

    def tell(error: StorageFailed) -> None:
        said.append(storage_text(error, in_a_dialog=False))

    monkeypatch.setattr("ui.shell.storage_net.tell", tell)
    return said


def settle() -> None:
    """Destroy earlier tests' unreferenced widgets now, at a safe point, before the app sets
    its style (as the ``appearance`` fixture does: a collection during the restyling would
    delete widgets Qt is walking)."""
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_app_with(folder: Path, steps: list[Callable[[], bool]]) -> int:
    """Run the app on ``folder`` as ``journey --demo`` does; each step is tried every 20 ms
    until it returns True, then the next one. After 15 s every dialog and window is closed,
    so that a step never reached fails the test instead of leaving it waiting."""
    pending = list(steps)
    ticks = iter(range(750))

    def tick() -> None:
        if next(ticks, None) is None:
            for widget in (QApplication.activeModalWidget(), *QApplication.topLevelWidgets()):
                if widget is not None and widget.isVisible():
                    widget.close()
            return
        if pending and pending[0]():
            pending.pop(0)
        if pending:
            QTimer.singleShot(20, tick)

    QTimer.singleShot(20, tick)
    settle()
    code = ui_app.main(["--data-dir", str(folder), "--demo"])
    assert not pending, f"{len(pending)} steps were never reached"
    return code


def shown_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible() and widget.services:
            return widget
    return None


def banner_of(window: MainWindow) -> QLabel:
    banner = window.findChild(QLabel, "read_only_banner")
    assert isinstance(banner, QLabel)
    return banner


def test_the_file_is_read_only_even_for_root(read_only_demo: Path) -> None:
    """What makes the rest of this file mean something when it runs as root."""
    from journey.lifecycle import is_read_only

    db = read_only_demo / JOURNAL_FILE
    assert stat.S_IMODE(db.stat().st_mode) == 0o400
    assert is_read_only(db)
    db.chmod(0o600)
    assert not is_read_only(db)


def test_a_read_only_journal_opens_with_a_calm_banner_shows_its_data_and_writes_nothing(
    qtbot: QtBot, read_only_demo: Path, storage_messages: list[str]
) -> None:
    folder = read_only_demo
    db = folder / JOURNAL_FILE
    entries = side_effect_count(folder)
    assert entries > 0
    before = folder_state(folder)
    seen: dict[str, object] = {}
    tries = iter(range(100))  # 2 s for Qt to show the banner it was given

    def look() -> bool:
        window = shown_window()
        if window is None:
            return False
        banner = banner_of(window)
        if not banner.isVisible() and next(tries, None) is not None:
            return False  # a widget added to a shown window is shown by the next events
        seen["banner"] = (banner.isVisible(), banner.text(), banner.accessibleName())
        seen["title"] = window.windowTitle()
        top = banner.mapTo(window, QPoint(0, 0)).y()
        seen["on top"] = top + banner.height() <= window.pages.mapTo(window, QPoint(0, 0)).y()
        window.sidebar.setCurrentRow(3)  # Side effects
        page = window.page(3)
        assert isinstance(page, SideEffectsPage)
        seen["rows"] = page.model.rowCount()
        seen["side files while open"] = sorted(p.name for p in folder.iterdir())
        window.close()
        return True

    code = run_app_with(folder, [look])

    assert code == 0
    assert seen["banner"] == (True, BANNER, "Read-only journal")
    assert seen["title"] == "Journey — Elena Ramírez (demo journal) (read-only)"
    assert seen["on top"]
    assert seen["rows"] == entries
    assert seen["side files while open"] == [".journey.lock", JOURNAL_FILE]
    # Nothing written: not the file, not beside it (no -wal or -shm), no closing backup.
    assert folder_state(folder) == before
    assert not Path(f"{db}-wal").exists()
    assert not Path(f"{db}-shm").exists()
    assert not (folder / "backups").exists()
    assert storage_messages == []  # nothing tried to write on opening or closing


def test_a_save_tried_in_a_read_only_journal_says_it_is_read_only(
    qtbot: QtBot, read_only_demo: Path, storage_messages: list[str]
) -> None:
    folder = read_only_demo
    entries = side_effect_count(folder)
    before = folder_state(folder)
    said: list[str] = []

    def log_a_headache(dialog: QWidget) -> None:
        assert isinstance(dialog, QuickLogDialog)
        type_text(qtbot, "Headache")
        dialog.severity.setText("6")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        said.append(dialog.storage_note.text())
        assert dialog.isVisible()  # the typing is kept in it
        assert dialog.symptom.text() == "Headache"
        dialog.close()  # as closing the window closes it: its draft cannot be kept either

    def quick_log() -> bool:
        window = shown_window()
        if window is None:
            return False
        assert window.log_action.isEnabled()
        on_next_dialog(log_a_headache)
        window.quick_log()
        window.close()
        return True

    code = run_app_with(folder, [quick_log])

    assert code == 0
    assert said == [f"{NOT_SAVED} What you typed is kept here."]
    assert "folder" not in said[0]
    assert side_effect_count(folder) == entries
    assert folder_state(folder) == before
    assert storage_messages == []  # the dialog said it; the draft kept nothing, silently


def test_a_save_on_a_page_says_the_journal_is_read_only(
    qtbot: QtBot, read_only_demo: Path, storage_messages: list[str]
) -> None:
    """A save with no dialog of its own (the profile edited on Today) reaches the window's
    net, which says the journal is read-only, not that the folder cannot be written."""
    folder = read_only_demo
    before = folder_state(folder)

    def edit_the_profile() -> bool:
        from ui.today.page import TodayPage

        window = shown_window()
        if window is None:
            return False
        today = window.page(0)
        assert isinstance(today, TodayPage)
        today.open_profile_editor()
        assert today.profile_form is not None
        today.profile_form.name.setText("Elena Ramírez Soto")
        today.save_profile.click()
        return True

    def close() -> bool:
        if not storage_messages:
            return False
        window = shown_window()
        assert window is not None
        window.close()
        return True

    code = run_app_with(folder, [edit_the_profile, close])

    assert code == 0
    assert storage_messages == [NOT_SAVED]
    assert folder_state(folder) == before


def test_settings_offer_no_restore_or_encryption_for_a_read_only_journal(
    qtbot: QtBot, read_only_demo: Path, storage_messages: list[str]
) -> None:
    """Both would replace the journal file: their buttons are off, and say why."""
    from ui.settings.page import SettingsPage

    folder = read_only_demo
    before = folder_state(folder)
    seen: dict[str, object] = {}

    def look() -> bool:
        window = shown_window()
        if window is None:
            return False
        row = next(
            row
            for row in range(window.sidebar.count())
            if window.sidebar.item(row).text() == "Settings"
        )
        window.sidebar.setCurrentRow(row)
        page = window.page(row)
        assert isinstance(page, SettingsPage)
        restore, encrypt = page.backups.restore_button, page.encryption.turn_on_button
        seen["restore"] = (restore.isEnabled(), restore.accessibleDescription())
        seen["encrypt"] = (encrypt.isEnabled(), encrypt.accessibleDescription())
        seen["back up now"] = page.backups.back_up_button.isEnabled()
        window.close()
        return True

    code = run_app_with(folder, [look])

    assert code == 0
    assert seen == {
        "restore": (
            False,
            "The journal is read-only, so a backup cannot be put in its place.",
        ),
        "encrypt": (False, "The journal is read-only, so it cannot be encrypted."),
        "back up now": True,  # a copy into backups/, where the folder can be written
    }
    assert folder_state(folder) == before
    assert storage_messages == []


def test_an_encrypted_read_only_journal_opens_read_only_after_its_passphrase(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, storage_messages: list[str]
) -> None:
    from journey.lifecycle import confirm_recovery_key, encrypt
    from ui.widgets.passphrase import UnlockDialog

    monkeypatch.setattr(cipher, "SCRYPT_N", 2**12)  # a cheaper scrypt, for speed
    folder = demo_folder(tmp_path)
    claim = claim_journal(folder)
    try:
        _recovery, key = encrypt(claim, PASSPHRASE)
        confirm_recovery_key(claim)  # kept: not shown again at the unlock
    finally:
        claim.release()
    entries = side_effect_count(folder, key)
    db = folder / JOURNAL_FILE
    db.chmod(0o400)
    before = folder_state(folder)
    seen: dict[str, object] = {}

    def unlock() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            return False
        dialog.field.setFocus()
        qtbot.keyClicks(dialog.field, PASSPHRASE)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        return True

    def look() -> bool:
        window = shown_window()
        if window is None:
            return False
        seen["banner"] = banner_of(window).text()
        window.sidebar.setCurrentRow(3)  # Side effects
        page = window.page(3)
        assert isinstance(page, SideEffectsPage)
        seen["rows"] = page.model.rowCount()
        window.close()
        return True

    try:
        code = run_app_with(folder, [unlock, look])
    finally:
        db.chmod(0o600)

    assert code == 0
    assert seen == {"banner": BANNER, "rows": entries}
    after = folder_state(folder)
    after[JOURNAL_FILE] = (*after[JOURNAL_FILE][:2], 0o400)  # its mode, put back above
    assert after == before
    assert storage_messages == []


def test_a_read_only_journal_that_needs_an_upgrade_is_refused_in_one_clear_message(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    from journey.journal_file import known_revisions

    folder = demo_folder(tmp_path)
    db = folder / JOURNAL_FILE
    older = sorted(known_revisions())[-2]
    with sqlite3.connect(db) as connection:  # as a journal from an earlier version reads
        connection.execute("UPDATE alembic_version SET version_num = ?", (older,))
    connection.close()
    db.chmod(0o400)
    before = folder_state(folder)
    settle()
    try:
        code = ui_app.main(["--data-dir", str(folder), "--demo"])
    finally:
        db.chmod(0o600)

    assert code == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines == [
        f"journey: {db} is read-only, so this version of Journey cannot open it: it must first "
        "bring the file up to date, which means writing it. Check the file's permissions, or "
        "copy it somewhere you can write; it was left untouched."
    ]
    after = folder_state(folder)
    after[JOURNAL_FILE] = (*after[JOURNAL_FILE][:2], 0o400)
    assert after == before  # no backup before an upgrade either: none was tried
    assert not (folder / "backups").exists()
    assert shown_window() is None
