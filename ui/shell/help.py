"""Help: the keys that work from every page (read from the window's own actions, so the list is
never out of date), how to move around by keyboard, where the journal is kept, and that Journey
is not a medical device."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.widgets.page import Page
from ui.widgets.tables import Column, RowsModel, RowsTable, big_button


def _paragraph(text: str, text_format: Qt.TextFormat = Qt.TextFormat.PlainText) -> QLabel:
    label = QLabel()
    label.setTextFormat(text_format)
    label.setText(text)
    label.setWordWrap(True)
    return label


class HelpPage(Page):
    """The page scrolls rather than squeezes at large text sizes."""

    def __init__(
        self,
        shortcuts: Callable[[], list[tuple[str, str]]],
        journal_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(scrolls=True, parent=parent)
        self.set_heading(self.tr("Help"))
        self._shortcuts = shortcuts
        self.folder = journal_folder
        layout = self.layout_

        layout.addWidget(self._heading(self.tr("Keys that work on every page")))
        self.shortcuts = RowsTable(
            RowsModel(
                [
                    Column(self.tr("Keys"), lambda row: row[0]),
                    Column(self.tr("What they do"), lambda row: row[1]),
                ],
                key=lambda row: row,
                parent=self,
            ),
            self.tr("Keyboard shortcuts"),
        )
        self.shortcuts.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.shortcuts.setSortingEnabled(False)  # the order they are listed in is the order
        self.shortcuts.setAccessibleDescription(
            self.tr("Each row: the keys, then what they do. Arrow keys move between rows.")
        )
        layout.addWidget(self.shortcuts)

        layout.addWidget(self._heading(self.tr("Moving around by keyboard")))
        self.moving = _paragraph(
            self.tr(
                "<ul>"
                "<li><b>Tab</b> moves to the next control, <b>Shift+Tab</b> back to the one "
                "before; the control that has the keyboard is framed.</li>"
                "<li><b>Ctrl+1</b> to <b>Ctrl+9</b> open the first nine pages in the list on "
                "the left, from Today to Documents; <b>Ctrl+0</b> opens Settings and <b>F1</b> "
                "this page. In the list itself, the arrow keys choose a page.</li>"
                "<li>An underlined letter in a button's or a field's name, with <b>Alt</b>, "
                "goes straight to it.</li>"
                "<li><b>Space</b> presses the button that has the keyboard; <b>Enter</b> saves "
                "a form, and <b>Escape</b> closes a window without saving.</li>"
                "<li>In a list or a table, the arrow keys move between rows, <b>Enter</b> or "
                "<b>F2</b> opens the row to change it, <b>Delete</b> deletes it and "
                "<b>Ctrl+Z</b> brings it back. Tab leaves the table.</li>"
                "<li>In a date, the arrow keys change the part the cursor is in.</li>"
                "<li>In the month, the arrow keys move between days, <b>Page Up</b> and "
                "<b>Page Down</b> change the month, <b>Home</b> goes to today and <b>Enter</b> "
                "lists the day's entries; <b>Escape</b> goes back to the days.</li>"
                "</ul>"
            ),
            Qt.TextFormat.RichText,
        )
        layout.addWidget(self.moving)

        layout.addWidget(self._heading(self.tr("Where your journal is kept")))
        self.where = _paragraph(
            self.tr(
                "Everything you enter stays in this folder, on this computer; Journey makes no "
                "network connections. Its backups are in the folder's “backups” folder, and "
                "Settings lists them.\n%1"
            ).replace("%1", str(journal_folder))
        )
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.copy_button = big_button(
            self.tr("&Copy the folder's location"), self.tr("Copy the journal folder's location")
        )
        self.copy_button.clicked.connect(self.copy_folder)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(self._heading(self.tr("Not a medical device")))
        self.medical = _paragraph(
            self.tr(
                "Journey is not a medical device. It records, reminds and shows the thresholds "
                "your care team gave you. It does not diagnose, and it does not recommend "
                "treatments or clinics. In an emergency, call your clinic or local emergency "
                "services."
            )
        )
        layout.addWidget(self.medical)
        layout.addStretch(1)
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold")  # a style, not a font: text size still applies
        label.setWordWrap(True)
        return label

    def refresh(self) -> None:
        """List the window's shortcuts as they are now (one added since shows too)."""
        table = self.shortcuts
        table.reload(self._shortcuts())
        # The whole list, at this text size: the page scrolls, not the table.
        height = (
            table.horizontalHeader().sizeHint().height()
            + table.verticalHeader().length()
            + 2 * table.frameWidth()
        )
        table.setFixedHeight(height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The text size changed: once the table has its new row height, fit it again.
        if event.type() == QEvent.Type.FontChange and hasattr(self, "shortcuts"):
            QTimer.singleShot(0, self, self.refresh)

    def copy_folder(self) -> None:
        QGuiApplication.clipboard().setText(str(self.folder))
        self.status.emit(self.tr("Copied %1").replace("%1", str(self.folder)))
