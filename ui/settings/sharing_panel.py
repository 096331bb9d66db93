"""Settings → Sharing (issue 16): share this journey with the other person's computer through a
folder their sync tool moves, or join one; this computer's and the others' fingerprints; sync
now; remove a lost laptop; the changes to choose and the recently deleted.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ui.settings.sharing_dialogs import (
    ConflictsDialog,
    DeletedDialog,
    InviteDialog,
    JoinDialog,
    ShareDialog,
    person_words,
    when_words,
)
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.tables import big_button

if TYPE_CHECKING:
    from journey.services import JournalServices
    from journey.sync.service import Status


def confirm_removal(parent: QWidget, name: str) -> bool:
    """Ask before removing a device (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SharingPanel", "Stop sharing with %1?").replace("%1", name),
        QCoreApplication.translate(
            "SharingPanel",
            "For a lost or sold computer. Changes made here from now on are no longer sent "
            "to %1, and its own are no longer taken in. It cannot be undone: to share with it "
            "again, invite it again.",
        ).replace("%1", name),
    )
    return answer == QMessageBox.StandardButton.Yes


class SharingPanel(QGroupBox):
    status = Signal(str)
    shared = Signal()  # shared or joined just now: the window starts keeping in step
    sync_requested = Signal()

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sharing with another computer"))
        self.services = services
        self.sharing = services.sharing
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr(
                "The patient and the companion can each keep this journal on their own "
                "computer. Journey keeps them in step through a folder your own sync tool "
                "(Syncthing, Nextcloud, Dropbox…) already moves, with only encrypted files in it."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.state = QLabel()
        self.state.setObjectName("sharing_state")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state)
        self.devices = QListWidget()
        self.devices.setAccessibleName(self.tr("Computers sharing this journey"))
        self.devices.setMinimumHeight(60)
        self.devices.setMaximumHeight(140)  # two or three computers: no empty well below them
        self.devices.setWordWrap(True)  # at 200 % a line wraps rather than scrolls sideways
        self.devices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.devices)

        buttons = FlowLayout()
        self.share_button = big_button(self.tr("&Share this journey…"))
        self.share_button.clicked.connect(self.share)
        self.join_button = big_button(self.tr("&Join a shared journey…"))
        self.join_button.clicked.connect(self.join)
        self.sync_button = big_button(self.tr("S&ync now"))
        self.sync_button.clicked.connect(self.sync_requested)
        self.invite_button = big_button(self.tr("&Invite another computer…"))
        self.invite_button.clicked.connect(self.invite)
        self.remove_button = big_button(self.tr("Stop sharing with the selected computer…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.conflicts_button = big_button(self.tr("Changes to &choose…"))
        self.conflicts_button.clicked.connect(self.choose)
        self.deleted_button = big_button(self.tr("Recently &deleted…"))
        self.deleted_button.clicked.connect(self.show_deleted)
        for button in (
            self.share_button,
            self.join_button,
            self.sync_button,
            self.conflicts_button,
            self.invite_button,
            self.remove_button,
            self.deleted_button,
        ):
            buttons.addWidget(button)
        holder = QWidget()
        holder.setLayout(buttons)
        layout.addWidget(holder)
        self.devices.currentRowChanged.connect(lambda _row: self._enable())
        self.refresh()

    def refresh(self, words: str = "") -> None:
        """Show how the sharing stands; ``words`` from the window's sync (ui.shell.sync)."""
        from journey.sync.service import SharingError

        try:
            status: Status | None = self.sharing.status()
        except SharingError:
            status = None
        shared = status is not None
        for button in (self.share_button, self.join_button):
            button.setVisible(not shared)
        for button in (self.sync_button, self.invite_button, self.remove_button):
            button.setVisible(shared)
        self.devices.setVisible(shared)
        conflicts = 0 if status is None else status.conflicts
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.setText(
            self.tr("Changes to &choose (%1)…").replace("%1", str(conflicts))
        )
        self.devices.clear()
        if status is None:
            self.state.setText(self.tr("This journal is only on this computer."))
            self.join_button.setEnabled(not self.services.onboarding.is_complete())
            self.join_button.setToolTip(
                ""
                if self.join_button.isEnabled()
                else self.tr(
                    "This journal already holds a journey. To join another, open Journey with "
                    "a new, empty journal folder."
                )
            )
        else:
            if not words:
                from ui.shell.sync import status_words

                words = status_words(status, datetime.now(UTC))
            me = self.tr("This computer: %1 (%2) · fingerprint %3")
            me = me.replace("%1", status.me.name).replace("%2", person_words(status.me.person))
            self.state.setText(f"{words}\n{me.replace('%3', status.fingerprint)}")
            zone = self.services.clock.zone
            for peer in status.peers:
                line = self.tr("%1 (%2) · fingerprint %3 · %4")
                heard = (
                    self.tr("last changes %1").replace(
                        "%1", when_words(datetime.fromisoformat(peer.last_heard), zone)
                    )
                    if peer.last_heard
                    else self.tr("no changes from it yet")
                )
                line = line.replace("%1", peer.card.name).replace(
                    "%2", person_words(peer.card.person)
                )
                item = QListWidgetItem(line.replace("%3", peer.fingerprint).replace("%4", heard))
                item.setData(Qt.ItemDataRole.UserRole, peer.fingerprint)
                self.devices.addItem(item)
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.devices.currentItem() is not None)

    def share(self) -> None:
        if ShareDialog(self.services, self).exec() and self.sharing.is_shared():
            self.shared.emit()
            self.status.emit(self.tr("This journey is shared."))
        self.refresh()

    def join(self) -> None:
        if JoinDialog(self.services, self).exec() and self.sharing.is_shared():
            self.shared.emit()
            self.status.emit(self.tr("Joined the shared journey."))
        self.refresh()

    def invite(self) -> None:
        InviteDialog(self.services, self).exec()

    def remove_selected(self) -> None:
        from journey.sync.service import SharingError

        item = self.devices.currentItem()
        if item is None:
            return
        name = item.text().split(" (")[0]
        if not confirm_removal(self, name):
            return
        try:
            card = self.sharing.remove(str(item.data(Qt.ItemDataRole.UserRole)))
        except SharingError as exc:
            self.status.emit(str(exc))
            return
        self.status.emit(self.tr("Stopped sharing with %1.").replace("%1", card.name))
        self.refresh()

    def choose(self) -> None:
        ConflictsDialog(self.services, self).exec()
        self.refresh()
        self.sync_requested.emit()  # the choices travel now

    def show_deleted(self) -> None:
        dialog = DeletedDialog(self.services, self)
        dialog.exec()
        if dialog.restored and self.sharing.is_shared():
            self.sync_requested.emit()
