"""Settings → Backups: the journal's backups, newest first; back up now; restore one.

Restoring replaces the open journal, so the window closes, ``ui.shell.app`` restores (backing up the
journal as it was first) and opens the journal again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from journey.errors import JournalError
from ui.widgets.tables import big_button
from ui.words.time import here_text

if TYPE_CHECKING:
    from journey.lifecycle import Backup
    from journey.services import JournalServices

PATH_ROLE = Qt.ItemDataRole.UserRole


def confirm_restore(parent: QWidget, when: str) -> bool:
    """Ask before restoring (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("BackupsPanel", "Restore this backup?"),
        QCoreApplication.translate(
            "BackupsPanel",
            "Journey will close the journal, keep a copy of it as it is now, put the backup "
            "from %1 in its place and open it again. Entries made after %1 will be only in "
            "that copy.",
        ).replace("%1", when),
    )
    return answer == QMessageBox.StandardButton.Yes


class BackupsPanel(QGroupBox):
    status = Signal(str)
    # The backup to put in place of the journal: the window closes it to do so (ui.shell).
    restore_requested = Signal(Path)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self.backups = services.backups
        self.clock = services.clock
        # A read-only journal (its file cannot be written) cannot be replaced by a backup.
        self.read_only = services.journal.read_only
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Journey copies your journal into its folder when it closes and every few "
                "hours while something changed: every copy of the last day, then one a day, "
                "a week and a month. Copies taken before an upgrade or a restore are kept."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setMinimumHeight(120)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.back_up_button = big_button(self.tr("&Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = big_button(self.tr("&Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        if self.read_only:
            why = self.tr("The journal is read-only, so a backup cannot be put in its place.")
            self.restore_button.setToolTip(why)
            self.restore_button.setAccessibleDescription(why)
        row.addWidget(self.back_up_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(lambda _: self._enable())
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for backup in self.backups.backups():
            item = QListWidgetItem(self.describe(backup))
            item.setData(PATH_ROLE, str(backup.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(not self.read_only and self.list.currentItem() is not None)

    def describe(self, backup: Backup) -> str:
        kinds = {
            "automatic": self.tr("automatic"),
            "manual": self.tr("taken by you"),
            "before-restore": self.tr("before a restore"),
            "before-upgrade": self.tr("before an upgrade"),
        }
        when = here_text(backup.taken, self.clock.zone)
        size = QLocale().formattedDataSize(backup.size)
        return f"{when} — {kinds[backup.kind]} — {size}"

    def back_up_now(self) -> None:
        try:
            backup = self.backups.take(datetime.now(UTC))
        except JournalError as exc:
            QMessageBox.warning(self, self.tr("No backup was taken"), str(exc))
            return
        self.refresh()
        self.status.emit(self.tr("Backed up the journal to %1.").replace("%1", str(backup.path)))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        when = item.text().split(" — ")[0]
        if not confirm_restore(self, when):
            return
        self.restore_requested.emit(Path(item.data(PATH_ROLE)))
