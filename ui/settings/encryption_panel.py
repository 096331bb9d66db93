"""Settings → Encryption (journey.cipher): turn it on, change the passphrase, lock now, and
how long without use before the journal locks itself.

Turning it on rewrites the journal and its backups, so the window closes, ``ui.shell.app`` encrypts
them (each copy checked against its original before it replaces it), shows the recovery key
once and opens the journal again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey.cipher import WrongPassphrase, change_passphrase, unlock
from journey.journal import JOURNAL_FILE
from journey.services import journal_folder, journal_key
from ui.shell.idle_lock import DEFAULT_MINUTES, LOCK_AFTER_SETTING, MAX_MINUTES
from ui.shell.unlock import ask_new_passphrase
from ui.widgets.forms import FieldLabel, name_for_screen_readers
from ui.widgets.tables import big_button

if TYPE_CHECKING:
    from journey.services import JournalServices


def confirm_encryption(parent: QWidget) -> bool:
    """Say what will happen and ask (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("EncryptionPanel", "Encrypt your journal?"),
        QCoreApplication.translate(
            "EncryptionPanel",
            "Journey will close the journal, encrypt it and every backup in its folder, and "
            "open it again; this takes a moment. From then on Journey asks for your "
            "passphrase when it opens. Files you exported before (PDF, JSON, CSV) are not "
            "encrypted.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


class EncryptionPanel(QGroupBox):
    status = Signal(str)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Encryption"))
        self.services = services
        self.folder = journal_folder(services.session_factory)
        self.key = journal_key(services.session_factory)
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.turn_on_button = big_button(self.tr("&Encrypt the journal…"))
        self.turn_on_button.clicked.connect(self.turn_on)
        self.change_button = big_button(self.tr("C&hange the passphrase…"))
        self.change_button.clicked.connect(self.change)
        self.lock_button = big_button(self.tr("Loc&k now (Ctrl+Shift+L)"))
        self.lock_button.clicked.connect(self.lock_now)
        for button in (self.turn_on_button, self.change_button, self.lock_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        self.lock_after = QSpinBox()
        self.lock_after.setRange(0, MAX_MINUTES)
        self.lock_after.setSpecialValueText(self.tr("never"))
        self.lock_after.setSuffix(self.tr(" min"))
        stored = services.settings.get_value(LOCK_AFTER_SETTING, DEFAULT_MINUTES)
        valid = isinstance(stored, int) and not isinstance(stored, bool)
        self.lock_after.setValue(stored if valid else DEFAULT_MINUTES)
        self.caption = FieldLabel(self.tr("Lock after this long &without use"))
        self.caption.setBuddy(self.lock_after)
        name_for_screen_readers(self.lock_after, self.caption.text().replace("&", ""))
        form.addRow(self.caption, self.lock_after)
        layout.addLayout(form)
        self.lock_after.valueChanged.connect(self.lock_after_changed)
        self.show_state()

    def show_state(self) -> None:
        on = self.key is not None
        if on:
            text = self.tr(
                "On. Your journal and its backups are encrypted; Journey asks for your "
                "passphrase when it opens and after the time below without use."
            )
        else:
            text = self.tr(
                "Off. Your journal is a plain file: anyone who can use this computer account "
                "could read it. Encrypt it with a passphrase only you know."
            )
        self.state.setText(text)
        self.turn_on_button.setVisible(not on)
        for widget in (self.change_button, self.lock_button, self.lock_after, self.caption):
            widget.setVisible(on)

    def turn_on(self) -> None:
        passphrase = ask_new_passphrase(
            self,
            title=self.tr("Encrypt the journal"),
            intro=self.tr(
                "Choose a passphrase. Journey cannot open your journal without it or the "
                "recovery key it shows you next."
            ),
        )
        if passphrase is None or not confirm_encryption(self):
            return
        encrypt = getattr(self.window(), "encrypt", None)
        if encrypt is not None:
            encrypt(passphrase)

    def change(self) -> None:
        db = self.folder / JOURNAL_FILE

        def opens(text: str) -> bool:
            try:
                unlock(self.folder, db, text)
            except WrongPassphrase:
                return False
            return True

        new = ask_new_passphrase(self, title=self.tr("Change the passphrase"), check_current=opens)
        if new is None or self.key is None:
            return
        try:
            change_passphrase(self.folder, self.key, new)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The passphrase was not changed"), str(exc))
            return
        self.status.emit(self.tr("The passphrase is changed. Your recovery key stays the same."))

    def lock_now(self) -> None:
        lock = getattr(self.window(), "lock", None)
        if lock is not None:
            lock()

    def lock_after_changed(self, minutes: int) -> None:
        self.services.settings.set_value(LOCK_AFTER_SETTING, minutes)
        watch = getattr(self.window(), "watch_for_idle", None)
        if watch is not None:
            watch(minutes)
