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

from journey.errors import JournalError
from journey.settings import LOCK_AFTER_MAX, LOCK_AFTER_MINUTES
from ui.widgets.forms import FieldLabel, name_for_screen_readers
from ui.widgets.passphrase import ask_new_passphrase
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
    # What only the window can do (ui.shell): close the journal to encrypt it with this
    # passphrase; lock it now; lock it after this many minutes without use.
    encrypt_requested = Signal(str)
    lock_requested = Signal()
    lock_after_chosen = Signal(int)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Encryption"))
        self.services = services
        self.encryption = services.encryption
        layout = QVBoxLayout(self)
        self.state = QLabel()
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        row = QHBoxLayout()
        self.turn_on_button = big_button(self.tr("&Encrypt the journal…"))
        self.turn_on_button.clicked.connect(self.turn_on)
        if services.journal.read_only:  # its file cannot be written: nor encrypted
            why = self.tr("The journal is read-only, so it cannot be encrypted.")
            self.turn_on_button.setEnabled(False)
            self.turn_on_button.setToolTip(why)
            self.turn_on_button.setAccessibleDescription(why)
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
        self.lock_after.setRange(0, LOCK_AFTER_MAX)
        self.lock_after.setSpecialValueText(self.tr("never"))
        self.lock_after.setSuffix(self.tr(" min"))
        self.lock_after.setValue(services.settings.get(LOCK_AFTER_MINUTES))
        self.caption = FieldLabel(self.tr("Lock after this long &without use"))
        self.caption.setBuddy(self.lock_after)
        name_for_screen_readers(self.lock_after, self.caption.text().replace("&", ""))
        form.addRow(self.caption, self.lock_after)
        layout.addLayout(form)
        self.lock_after.valueChanged.connect(self.lock_after_changed)
        self.show_state()

    def show_state(self) -> None:
        on = self.encryption.on
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
        self.encrypt_requested.emit(passphrase)

    def change(self) -> None:
        encryption = self.encryption
        new = ask_new_passphrase(
            self,
            title=self.tr("Change the passphrase"),
            check_current=encryption.passphrase_opens,
        )
        if new is None or not encryption.on:
            return
        try:
            encryption.change_passphrase(new)
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("The passphrase was not changed"), str(exc))
            return
        self.status.emit(self.tr("The passphrase is changed. Your recovery key stays the same."))

    def lock_now(self) -> None:
        self.lock_requested.emit()

    def lock_after_changed(self, minutes: int) -> None:
        self.services.settings.set(LOCK_AFTER_MINUTES, minutes)
        self.lock_after_chosen.emit(minutes)
