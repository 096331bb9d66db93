"""People: the contacts for the trip, with one click to copy a number.

Add and edit in a small dialog; delete at once, with Undo (and Ctrl+Z) right there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QWidget,
)

from journey.changes import Change
from journey.services.people import ContactDetails, ContactEntry, ContactService
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.form_dialog import FormDialog
from ui.widgets.forms import choice_box, line, notes_box, set_choice
from ui.widgets.page import Page
from ui.widgets.tables import Column, RowsModel, RowsTable, UndoBar, big_button
from ui.words.vocabulary import shown, translated

CONTACT_ROLE_CHOICES = [
    ("coordinator", QT_TRANSLATE_NOOP("vocabulary", "Patient coordinator")),
    ("clinic_24h", QT_TRANSLATE_NOOP("vocabulary", "Clinic 24-hour line")),
    ("lead_doctor", QT_TRANSLATE_NOOP("vocabulary", "Lead doctor")),
    ("driver", QT_TRANSLATE_NOOP("vocabulary", "Driver")),
    ("hotel", QT_TRANSLATE_NOOP("vocabulary", "Hotel")),
    ("translator", QT_TRANSLATE_NOOP("vocabulary", "Translator")),
    ("local_neurologist", QT_TRANSLATE_NOOP("vocabulary", "Local neurologist")),
    ("companion", QT_TRANSLATE_NOOP("vocabulary", "Companion")),
    ("family", QT_TRANSLATE_NOOP("vocabulary", "Family")),
    ("other", QT_TRANSLATE_NOOP("vocabulary", "Other")),
]


def contacts_model(parent: QWidget | None = None) -> RowsModel:
    def tr(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("PeoplePage", text)

    def role_rank(entry: ContactEntry) -> int:
        keys = [key for key, _ in CONTACT_ROLE_CHOICES]
        role = entry.details.role
        return keys.index(role) if role in keys else len(keys)

    return RowsModel(
        [
            Column(tr("Name"), lambda e: e.details.name),
            Column(
                tr("Role"), lambda e: shown(CONTACT_ROLE_CHOICES, e.details.role), sort=role_rank
            ),
            Column(tr("Phone"), lambda e: e.details.phone),
            Column(tr("E-mail"), lambda e: e.details.email),
            Column(tr("Notes"), lambda e: e.details.notes),
        ],
        key=lambda e: e.id,
        parent=parent,
    )


class PeoplePage(Page):
    shows = Change.CONTACTS

    def __init__(self, contacts: ContactService, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.set_heading(
            self.tr("People to reach"),
            self.tr(
                "Everyone you may need on the trip. Select a person and press Copy number "
                "to paste it into your phone or a message."
            ),
        )
        self.setAccessibleName(self.tr("People"))
        self.contacts = contacts
        layout = self.layout_

        self.table = RowsTable(contacts_model(self), self.tr("Contacts"))
        self.table.set_empty_text(
            self.tr(
                "No one here yet. Add the clinic's patient coordinator and its 24-hour line, "
                "your driver and your family with Add person…"
            )
        )
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = big_button(self.tr("&Add person…"))
        self.edit_button = big_button(self.tr("&Edit…"))
        self.delete_button = big_button(self.tr("&Delete"))
        self.copy_button = big_button(
            self.tr("Copy &number"), self.tr("Copy the selected person's phone number")
        )
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        layout.addLayout(buttons)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.delete_button.clicked.connect(self.delete_contact)
        self.copy_button.clicked.connect(self.copy_number)
        self.table.activated.connect(lambda _index: self.edit_contact())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_contact)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        current = self.table.current()
        if keep is None and current is not None:
            keep = current.id
        self.table.reload(self.contacts.contacts(), keep)
        self._selection_changed()

    def _selection_changed(self) -> None:
        current: ContactEntry | None = self.table.current()
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        self.copy_button.setEnabled(current is not None and bool(current.details.phone))

    # --- actions --------------------------------------------------------------------------

    def add_contact(self) -> None:
        added = ContactDialog.ask(self.contacts, self.contacts.add, parent=self)
        if added is None:
            return
        self.refresh(keep=added.id)
        self.table.setFocus()
        self.status.emit(self.tr("Added %1.").replace("%1", added.details.name))

    def edit_contact(self) -> None:
        current: ContactEntry | None = self.table.current()
        if current is None:
            return
        saved = ContactDialog.ask(
            self.contacts,
            lambda details: self.contacts.update(current.id, details),
            current.details,
            parent=self,
        )
        if saved is None:
            return
        self.refresh(keep=saved.id)
        self.status.emit(self.tr("Saved %1.").replace("%1", saved.details.name))

    def delete_contact(self) -> None:
        current: ContactEntry | None = self.table.current()
        if current is None:
            return
        deleted = self.contacts.delete(current.id)
        self.refresh()
        message = self.tr("Deleted %1.").replace("%1", deleted.details.name)
        self.undo_bar.push(message, lambda: self._restore(deleted))
        self.status.emit(message + " " + self.tr("Press Undo or Ctrl+Z to bring it back."))

    def _restore(self, deleted: ContactEntry) -> None:
        restored = self.contacts.restore(deleted)
        self.refresh(keep=restored.id)
        self.table.setFocus()
        self.status.emit(self.tr("Brought back %1.").replace("%1", restored.details.name))

    def copy_number(self) -> None:
        current: ContactEntry | None = self.table.current()
        if current is None or not current.details.phone:
            return
        QGuiApplication.clipboard().setText(current.details.phone)
        self.status.emit(
            self.tr("Copied %1 (%2).")
            .replace("%1", current.details.phone)
            .replace("%2", current.details.name)
        )


class ContactDialog(FormDialog):
    """Add or edit a person. Problems show beside their fields and the dialog stays open."""

    def __init__(
        self,
        contacts: ContactService,
        initial: ContactDetails | None = None,
        parent: QWidget | None = None,
        save: Callable[[ContactDetails], ContactEntry] | None = None,
    ) -> None:
        title = self.tr("Add a person") if initial is None else self.tr("Edit person")
        super().__init__(title, parent, save)
        self.contacts = contacts
        self.details: ContactDetails | None = None
        add = self.form.add
        self.name = add("name", self.tr("&Name"), line())
        self.role = add("role", self.tr("&Role"), choice_box(translated(CONTACT_ROLE_CHOICES)))
        self.phone = add(
            "phone", self.tr("&Phone"), line(placeholder=self.tr("for example +52 664 555 0101"))
        )
        self.email = add("email", self.tr("&E-mail"), line())
        self.notes = add("notes", self.tr("N&otes"), notes_box())
        if initial is not None:
            self.name.setText(initial.name)
            set_choice(self.role, initial.role)
            self.phone.setText(initial.phone)
            self.email.setText(initial.email)
            self.notes.setPlainText(initial.notes)
        self.name.setFocus()

    def read(self) -> ContactDetails:
        return ContactDetails(
            name=self.name.text(),
            role=self.role.currentData(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
        )

    def accept(self) -> None:
        details = self.read()
        if self.show_problems(self.contacts.check(details)):
            return
        self.finish(details)

    @classmethod
    def ask(
        cls,
        contacts: ContactService,
        save: Callable[[ContactDetails], ContactEntry],
        initial: ContactDetails | None = None,
        parent: QWidget | None = None,
    ) -> ContactEntry | None:
        """The person as stored by ``save``, or None if the user cancelled."""
        return cls(contacts, initial, parent, save).run()
