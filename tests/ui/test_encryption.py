"""Encryption in the app: turning it on from Settings, the recovery key shown once, locking
(on request and after a time without use), unlocking with a wrong and then the right
passphrase, and the recovery key when the passphrase is forgotten."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from journey import cipher
from journey.backup import journal_files, list_backups
from journey.cipher import looks_encrypted, turn_on
from journey.journal import JOURNAL_FILE, claim_journal
from journey.services import JournalServices
from tests.ui.keys import focused, on_next_dialog, press, show_active, tab, type_text
from ui.shell import app as ui_app
from ui.shell.main_window import Encrypt, Lock, MainWindow, Quit
from ui.widgets.passphrase import UnlockDialog, ask_to_unlock
from ui.widgets.themes import Appearance

PASSPHRASE = "quiet morning tea"


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper scrypt for speed (the keys file records the cost it was written with)."""
    monkeypatch.setattr(cipher, "SCRYPT_N", 2**12)


def demo_folder(tmp_path: Path) -> Path:
    from ui.shell.cli import open_services

    folder = tmp_path / "demo"
    with open_services(str(folder), demo=True):
        pass
    return folder


def fill_passphrases(qtbot: QtBot, *texts: str) -> Callable[[QWidget], None]:
    """Type each text into the next field (Tab between them, past the hint), then Enter."""

    def act(_dialog: QWidget) -> None:
        for number, text in enumerate(texts):
            if number:
                tab(qtbot)
            type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)

    return act


def error_texts(widget: QWidget) -> list[str]:
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.property("role") == "error" and label.isVisible()
    ]


def test_encrypting_from_settings_asks_for_the_passphrase_twice_then_closes_to_encrypt(
    qtbot: QtBot,
    demo_services: JournalServices,
    appearance: Appearance,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("ui.settings.encryption_panel.confirm_encryption", lambda _parent: True)
    window = MainWindow(appearance)
    qtbot.addWidget(window)
    window.attach(demo_services)
    window.show()
    window.open_page(10)  # Settings
    panel = window.pages.currentWidget().encryption  # type: ignore[attr-defined]
    assert panel.state.text().startswith("Off.")
    assert panel.turn_on_button.isVisible()
    assert not panel.change_button.isVisible()

    def mismatched_then_right(dialog: QWidget) -> None:
        fill_passphrases(qtbot, PASSPHRASE, PASSPHRASE + "x")(dialog)
        assert dialog.isVisible()
        assert error_texts(dialog) == ["⚠ The two passphrases are not the same."]
        assert focused().accessibleName() == "Type it again"
        focused().clear()  # type: ignore[attr-defined]
        type_text(qtbot, PASSPHRASE)
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(mismatched_then_right)
    qtbot.mouseClick(panel.turn_on_button, Qt.MouseButton.LeftButton)
    assert seen
    assert window.outcome == Encrypt(PASSPHRASE)
    assert not window.isVisible()


def test_a_short_passphrase_is_refused_beside_the_field(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    from ui.widgets.passphrase import ask_new_passphrase

    def short(dialog: QWidget) -> None:
        fill_passphrases(qtbot, "short", "short")(dialog)
        assert error_texts(dialog) == ["⚠ A passphrase needs at least 8 characters."]
        dialog.close()

    on_next_dialog(short)
    assert ask_new_passphrase(None, title="New") is None


def run_app_with(qtbot: QtBot, folder: Path, steps: list[Callable[[], bool]]) -> int:
    """Run the app on ``folder`` as ``journey`` does; each step is tried every 20 ms until it
    returns True, then the next one."""
    pending = list(steps)

    def tick() -> None:
        if pending and pending[0]():
            pending.pop(0)
        if pending:
            QTimer.singleShot(20, tick)

    QTimer.singleShot(20, tick)
    code = ui_app.main(["--data-dir", str(folder), "--demo"])
    assert not pending, f"{len(pending)} steps were never reached"
    return code


def shown_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible() and widget.services:
            return widget
    return None


def test_encrypt_lock_and_unlock_end_to_end(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = demo_folder(tmp_path)
    patient = "Elena Ramírez".encode()  # the demo patient, in the plain journal
    assert patient in (folder / JOURNAL_FILE).read_bytes()
    recovery: list[str] = []
    monkeypatch.setattr("ui.widgets.passphrase.show_recovery_key", recovery.append)
    windows: list[MainWindow] = []

    def encrypt() -> bool:
        window = shown_window()
        if window is None:
            return False
        windows.append(window)
        window.encrypt(PASSPHRASE)
        return True

    def lock_by_keys() -> bool:
        window = shown_window()
        if window is None or window is windows[0]:
            return False
        assert window.lock_action.isVisible()
        window.activateWindow()
        if not window.isActiveWindow():
            return False  # tried again in 20 ms
        windows.append(window)
        qtbot.keyClick(
            window,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        return True

    said: list[list[str]] = []

    def wrong_then_right() -> bool:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            return False
        dialog.field.setFocus()
        qtbot.keyClicks(dialog.field, "quiet morning coffee")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        said.append(error_texts(dialog))
        assert dialog.isVisible()
        assert dialog.field.selectedText() == "quiet morning coffee"
        qtbot.keyClicks(dialog.field, PASSPHRASE)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        return True

    def close_it() -> bool:
        window = shown_window()
        if window is None or window in windows:
            return False
        window.close()
        return True

    code = run_app_with(qtbot, folder, [encrypt, lock_by_keys, wrong_then_right, close_it])
    assert code == 0
    assert said == [["⚠ Wrong passphrase or damaged file."]]
    assert len(recovery) == 1
    assert windows[1].outcome == Lock()
    files = journal_files(folder)
    assert len(files) >= 2  # the journal and the backups taken on closing
    assert all(looks_encrypted(path) for path in files)
    for path in files:
        assert patient not in path.read_bytes()
    claim = claim_journal(folder)
    try:
        claim.unlock_with_recovery(recovery[0])
        assert claim.stored_settings()["journal.is_demo"] is True
    finally:
        claim.release()


def test_the_journal_locks_itself_after_the_time_without_use(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    window = MainWindow(appearance)
    qtbot.addWidget(window)
    window.attach(demo_services)
    window.show()
    window.watch_for_idle(5)
    lock = window.idle_lock
    assert lock is not None
    assert lock.timer.interval() == 5 * 60 * 1000
    lock.timer.start(600)  # five minutes, shortened for the test
    qtbot.wait(400)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)  # a key press starts the count again
    qtbot.wait(400)
    assert window.outcome == Quit()  # 800 ms since the start, 400 since the key press
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.outcome == Lock())
    assert not window.isVisible()


def test_never_means_no_idle_lock(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    window = MainWindow(appearance)
    qtbot.addWidget(window)
    window.attach(demo_services)
    window.watch_for_idle(0)
    assert window.idle_lock is not None
    assert not window.idle_lock.timer.isActive()


def test_a_forgotten_passphrase_the_recovery_key_opens_and_a_new_passphrase_is_set(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = demo_folder(tmp_path)
    claim = claim_journal(folder)
    recovery = turn_on(folder, journal_files(folder), PASSPHRASE)
    claim.release()
    claim = claim_journal(folder)
    try:
        dialog = UnlockDialog(claim)
        show_active(qtbot, dialog)
        qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
        assert dialog.field.accessibleName() == "Recovery key"
        assert dialog.field.echoMode() == QLineEdit.EchoMode.Normal
        qtbot.keyClicks(dialog.field, recovery[:-2])
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        assert error_texts(dialog)[0].startswith("⚠ That is not the recovery key: ")
        assert claim.locked
        dialog.close()

        def recovery_then_new(unlock: QWidget) -> None:
            assert isinstance(unlock, UnlockDialog)
            qtbot.mouseClick(unlock.switch, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(unlock.field, recovery)
            on_next_dialog(fill_passphrases(qtbot, "a brand new phrase", "a brand new phrase"))
            qtbot.keyClick(unlock.field, Qt.Key.Key_Return)

        on_next_dialog(recovery_then_new)
        assert ask_to_unlock(claim)
        assert not claim.locked
    finally:
        claim.release()
    assert cipher.unlock(folder, folder / JOURNAL_FILE, "a brand new phrase") == claim.key
    assert list_backups(folder) == []
