"""The clinic's 24-hour number, asked for on Today until it is in Journey (issue 17).

Onboarding lets the number wait ("I don't have it yet" is an empty field). Until a contact
with the role clinic_24h has a phone, Today shows one calm line and "Add it…", which opens the
contact dialog with the role and the clinic's name filled in; once the number is stored the
line goes away.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ui.widgets.tables import big_button

if TYPE_CHECKING:
    from journey.services import JournalServices
    from journey.services.people import ContactEntry

CLINIC_LINE = "clinic_24h"


class ClinicNumberPanel(QFrame):
    """ "The clinic's 24-hour number is not in Journey yet. [Add it…]", while it is not."""

    status = Signal(str)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("The clinic's 24-hour number"))
        row = QHBoxLayout(self)
        self.message = QLabel(self.tr("The clinic's 24-hour number is not in Journey yet."))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = big_button(
            self.tr("&Add it…"), self.tr("Add the clinic's 24-hour number")
        )
        self.add_button.clicked.connect(self.add_number)
        row.addWidget(self.message, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(False)

    def _lines(self) -> list[ContactEntry]:
        return [
            entry
            for entry in self.services.contacts.contacts()
            if entry.details.role == CLINIC_LINE
        ]

    def needed(self) -> bool:
        """Whether to ask: the journal is set up and no clinic 24-hour line has a number."""
        if self.services.course.get() is None:
            return False
        return not any(entry.details.phone.strip() for entry in self._lines())

    def refresh(self) -> None:
        self.setVisible(self.needed())

    def add_number(self) -> None:
        """The contact dialog, its role the clinic's 24-hour line and its name the clinic's
        (or the line already there without a number, to give it one); focus on the number."""
        from ui.trip.people import ContactDialog

        contacts = self.services.contacts
        course = self.services.course.get()
        clinic = course.clinic_name if course is not None else ""
        waiting = self._lines()
        if waiting:  # a clinic line without a number: it gets one, no second line
            entry = waiting[0]
            dialog = ContactDialog(
                contacts,
                entry.details,
                self,
                lambda details: contacts.update(entry.id, details),
            )
        else:
            dialog = ContactDialog(contacts, None, self, contacts.add)
            dialog.name.setText(clinic)
            index = dialog.role.findData(CLINIC_LINE)
            dialog.role.setCurrentIndex(index)
        dialog.setWindowTitle(self.tr("The clinic's 24-hour number"))
        (dialog.phone if clinic or waiting else dialog.name).setFocus()
        saved = dialog.run()
        self.refresh()
        if saved is not None:
            self.status.emit(
                self.tr("Added the clinic's 24-hour number (%1).").replace(
                    "%1", saved.details.phone
                )
            )
