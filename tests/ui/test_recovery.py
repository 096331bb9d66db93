"""Issue 21 (4, 5, 7) in the window: the unlock dialog offers the recovery key when
journal.keys is lost and then writes a new one; the right passphrase on a damaged journal is
not "wrong passphrase", and its good backup is offered and restored with the same key; the
recovery key is shown again after a conversion cut short, until it is confirmed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from journey import cipher
from journey.backup import journal_files, take_backup
from journey.cipher import looks_encrypted, turn_on
from journey.errors import NotAJournal
from journey.journal import JOURNAL_FILE, claim_journal
from tests.ui.keys import focused, on_next_dialog, press, tab, type_text
from ui.shell import app as ui_app
from ui.widgets.passphrase import RecoveryKeyDialog, UnlockDialog, ask_to_unlock

PASSPHRASE = "quiet morning tea"
NEW = "a brand new phrase"


@pytest.fixture(autouse=True)
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cipher, "SCRYPT_N", 2**12)


def demo_folder(tmp_path: Path) -> Path:
    from ui.shell.cli import open_services

    folder = tmp_path / "demo"
    with open_services(str(folder), demo=True):
        pass
    return folder


def encrypt(folder: Path) -> str:
    claim = claim_journal(folder)
    try:
        return turn_on(folder, journal_files(folder), PASSPHRASE)
    finally:
        claim.release()


def confirm(folder: Path) -> None:
    """The recovery key confirmed as kept (a no-op where Journey does not track it)."""
    confirmed = getattr(cipher, "confirm_recovery", None)
    if confirmed is not None:
        confirmed(folder)


def type_twice(qtbot: QtBot, text: str) -> None:
    type_text(qtbot, text)
    tab(qtbot)
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)


def test_without_journal_keys_the_dialog_asks_for_the_recovery_key_then_a_new_passphrase(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = demo_folder(tmp_path)
    recovery = encrypt(folder)
    confirm(folder)
    (folder / "journal.keys").unlink()
    claim = claim_journal(folder)
    try:
        assert claim.locked
        seen: list[str] = []

        def recovery_then_new(dialog: QWidget) -> None:
            assert isinstance(dialog, UnlockDialog)
            assert "journal.keys is missing" in dialog.intro.text()
            assert not dialog.switch.isVisible()
            assert focused() is dialog.field
            assert dialog.field.accessibleName() == "Recovery key"
            assert dialog.field.echoMode() == QLineEdit.EchoMode.Normal
            type_text(qtbot, recovery)

            def new_passphrase(asked: QWidget) -> None:
                seen.append(asked.windowTitle())
                type_twice(qtbot, NEW)

            on_next_dialog(new_passphrase)
            press(qtbot, Qt.Key.Key_Return)

        on_next_dialog(recovery_then_new)
        assert ask_to_unlock(claim)
        assert not claim.locked
        assert seen == ["Choose a new passphrase"]
    finally:
        claim.release()
    assert (folder / "journal.keys").exists()
    assert cipher.unlock(folder, folder / JOURNAL_FILE, NEW) == claim.key


def damage_first_page(db: Path) -> None:
    with db.open("r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(200))


def test_the_right_passphrase_on_a_damaged_journal_is_not_called_wrong(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = demo_folder(tmp_path)
    encrypt(folder)
    confirm(folder)
    damage_first_page(folder / JOURNAL_FILE)
    claim = claim_journal(folder)
    try:

        def right_passphrase(dialog: QWidget) -> None:
            type_text(qtbot, PASSPHRASE)
            press(qtbot, Qt.Key.Key_Return)

        seen = on_next_dialog(right_passphrase)
        with pytest.raises(NotAJournal, match="damaged"):
            ask_to_unlock(claim)
        assert seen
        assert not seen[0].isVisible()
        assert claim.damaged_key is not None
    finally:
        claim.release()


def test_the_window_offers_the_good_backup_of_a_damaged_journal_with_the_same_key(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = demo_folder(tmp_path)
    take_backup(folder, __import__("datetime").datetime.now(__import__("datetime").UTC))
    encrypt(folder)
    confirm(folder)
    damage_first_page(folder / JOURNAL_FILE)
    offered: list[str] = []

    def answer_yes(problem: str, _backup: object) -> bool:
        offered.append(problem)
        return True

    monkeypatch.setattr(ui_app, "ask_to_recover", answer_yes)
    pending = ["unlock", "close"]
    ticks: list[int] = []

    def tick() -> None:
        dialog = QApplication.activeModalWidget()
        ticks.append(1)
        if len(ticks) > 1000:  # 20 s: give up rather than wait on a dialog for ever
            if dialog is not None:
                dialog.done(0)  # type: ignore[attr-defined]
            QApplication.closeAllWindows()
            return
        if pending[:1] == ["unlock"] and isinstance(dialog, UnlockDialog):
            dialog.field.setFocus()
            qtbot.keyClicks(dialog.field, PASSPHRASE)
            pending.pop(0)
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        elif pending[:1] == ["close"]:
            from ui.shell.main_window import MainWindow

            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, MainWindow) and widget.isVisible() and widget.services:
                    pending.pop(0)
                    widget.close()
        if pending:
            QTimer.singleShot(20, tick)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(20, tick)
    code = ui_app.main(["--data-dir", str(folder), "--demo"])
    assert not pending
    assert code == 0
    assert len(offered) == 1
    assert "damaged" in offered[0]
    assert list(folder.glob("journal.sqlite3.damaged-*"))
    assert looks_encrypted(folder / JOURNAL_FILE)
    claim = claim_journal(folder)
    try:
        claim.unlock(PASSPHRASE)  # the restored journal opens with the same passphrase
        assert claim.stored_settings()["journal.is_demo"] is True
    finally:
        claim.release()


def test_the_recovery_key_is_shown_again_until_it_is_confirmed(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = demo_folder(tmp_path)
    recovery = encrypt(folder)  # as if Journey stopped before the key was shown
    shown: list[str] = []

    def unlock_and_close_key(tick: bool) -> None:
        def act(dialog: QWidget) -> None:
            def key_dialog(keyed: QWidget) -> None:
                assert isinstance(keyed, RecoveryKeyDialog)
                shown.append(keyed.shown.text())
                if tick:
                    box = keyed.findChild(QCheckBox)
                    assert box is not None
                    box.setFocus()
                    press(qtbot, Qt.Key.Key_Space)
                    ok = keyed.buttons.button(QDialogButtonBox.StandardButton.Ok)
                    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
                else:  # Escape does not close it unticked: Journey stops here instead
                    press(qtbot, Qt.Key.Key_Escape)
                    assert keyed.isVisible()
                    keyed.done(0)

            on_next_dialog(key_dialog)
            type_text(qtbot, PASSPHRASE)
            press(qtbot, Qt.Key.Key_Return)

        on_next_dialog(act)

    for tick in (False, True):
        claim = claim_journal(folder)
        try:
            unlock_and_close_key(tick)
            assert ask_to_unlock(claim)
        finally:
            claim.release()
    assert shown == [recovery, recovery]
    keys = json.loads((folder / "journal.keys").read_text(encoding="utf-8"))
    assert "recovery_pending" not in keys

    claim = claim_journal(folder)  # confirmed: opens without showing it
    try:

        def passphrase_only(dialog: QWidget) -> None:
            type_text(qtbot, PASSPHRASE)
            press(qtbot, Qt.Key.Key_Return)

        on_next_dialog(passphrase_only)
        assert ask_to_unlock(claim)
    finally:
        claim.release()
    assert shown == [recovery, recovery]
