"""Documents: the papers to take (with files copied into the journal) and the clinic checks.

Two tabs. Ticking a line saves at once. A line's note (and, for a clinic check, its date) is
edited below the table and saved with its button, or on moving to another line, so nothing
typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journey.changes import Change
from journey.errors import InvalidInput
from journey.services.documents import DocumentEntry, DocumentService, DueDiligenceService
from ui.trip.clinic_checks import ClinicChecksTab, done_text, editor_panel, show_heading
from ui.widgets import file_dialogs
from ui.widgets.forms import Form, line, notes_box
from ui.widgets.page import Page
from ui.widgets.tables import Column, RowsModel, RowsTable, UndoBar, big_button
from ui.words.data import tr_data
from ui.words.messages import problem_text

# Stores a ticked or unticked row: the entry as stored, or None to leave the row as it was.
TickDocument = Callable[[DocumentEntry, bool], DocumentEntry | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsPage", text)


def choose_file(parent: QWidget) -> Path | None:
    """Ask for a file to attach (tests replace this)."""
    return file_dialogs.open_file(parent, file_dialogs.ATTACH_DOCUMENT, _tr("Attach a file"))


def open_file(path: Path) -> bool:
    """Open a file in the program the system uses for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def confirm(parent: QWidget, question: str) -> bool:
    """Ask before deleting a copied file (tests replace this)."""
    answer = QMessageBox.question(parent, _tr("Journey"), question)
    return answer == QMessageBox.StandardButton.Yes


def document_title(entry: DocumentEntry) -> str:
    # A standard line's English title comes from resources/trip/documents.json.
    return tr_data(entry.title) if entry.standard else entry.title


def documents_model(on_check: TickDocument, parent: QWidget | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(_tr("Done"), lambda d: done_text(d.done), checked=lambda d: d.done),
            Column(_tr("Document"), document_title),
            Column(_tr("Note"), lambda d: d.note),
            Column(_tr("File"), lambda d: Path(d.attachment).name if d.attachment else "—"),
        ],
        key=lambda d: d.id,
        on_check=on_check,
        parent=parent,
    )


class DocumentsPage(Page):
    shows = Change.DOCUMENTS

    def __init__(
        self,
        documents: DocumentService,
        due_diligence: DueDiligenceService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(scrolls=True, parent=parent)
        self.set_heading(self.tr("Documents and clinic checks"))
        self.setAccessibleName(self.tr("Documents"))
        layout = self.layout_
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Documents or clinic checks"))
        self.tabs.tabBar().setAccessibleName(self.tr("Documents or clinic checks"))
        self.checklist = DocumentsTab(documents, self.status)
        self.clinic = ClinicChecksTab(due_diligence, self.status)
        self.tabs.addTab(self.checklist, self.tr("&Documents to take"))
        self.tabs.addTab(self.clinic, self.tr("&Clinic checks"))
        layout.addWidget(self.tabs, 1)


class DocumentsTab(QWidget):
    def __init__(self, documents: DocumentService, status: SignalInstance) -> None:
        super().__init__()
        self.documents = documents
        self.status = status
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick each document once it is packed. An attached file is copied into your "
                "journal's folder; the original stays where it was."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = RowsTable(documents_model(self._set_done, self), self.tr("Documents"))
        layout.addWidget(self.table, 1)

        files = QHBoxLayout()
        self.attach_button = big_button(self.tr("&Attach file…"))
        self.open_button = big_button(self.tr("&Open file"))
        self.remove_file_button = big_button(self.tr("&Remove file"))
        self.delete_button = big_button(self.tr("De&lete line"))
        for button in (self.attach_button, self.open_button, self.remove_file_button):
            files.addWidget(button)
        files.addStretch(1)
        files.addWidget(self.delete_button)
        layout.addLayout(files)
        self.file_problem = QLabel()
        self.file_problem.setProperty("role", "error")
        self.file_problem.setWordWrap(True)
        self.file_problem.hide()
        layout.addWidget(self.file_problem)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        self.form = Form()
        self.note = self.form.add("note", self.tr("No&te"), notes_box())
        self.save_note_button = big_button(self.tr("&Save note"))
        self.editor, self.editor_heading = editor_panel(self.form, self.save_note_button)
        layout.addWidget(self.editor)

        adding = QHBoxLayout()
        self.add_form = Form()
        self.new_title = self.add_form.add(
            "title",
            self.tr("Another document to take"),
            line(placeholder=self.tr("for example Visa")),
        )
        self.add_button = big_button(self.tr("Add to the &list"))
        adding.addWidget(self.add_form, 1)
        adding.addWidget(self.add_button)
        layout.addLayout(adding)

        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_attachment)
        self.remove_file_button.clicked.connect(self.remove_attachment)
        self.delete_button.clicked.connect(self.delete_line)
        self.save_note_button.clicked.connect(lambda: self.save_note())
        self.add_button.clicked.connect(self.add_line)
        self.new_title.returnPressed.connect(self.add_line)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_line)
        self._editing: DocumentEntry | None = None
        self.refresh()
        if self.table.rows_model.rows():
            self.table.selectRow(0)

    def refresh(self, keep: int | None = None) -> None:
        self.save_note(quiet=True)  # a reload must not drop what was typed
        current = self.table.current()
        self.table.reload(self.documents.documents(), keep or (current.id if current else None))
        self._selection_changed()

    def _set_done(self, entry: DocumentEntry, done: bool) -> DocumentEntry:
        saved = self.documents.set_done(entry.id, done)
        self.status.emit(
            self.tr("%1: %2").replace("%1", document_title(saved)).replace("%2", done_text(done))
        )
        return saved

    def _selection_changed(self) -> None:
        current: DocumentEntry | None = self.table.current()
        self.attach_button.setEnabled(current is not None)
        self.open_button.setEnabled(current is not None and current.attachment is not None)
        self.remove_file_button.setEnabled(current is not None and current.attachment is not None)
        self.delete_button.setEnabled(current is not None and not current.standard)
        self._say_problem(None)
        if self._editing is not None and (current is None or current.id != self._editing.id):
            if not self.save_note(quiet=True):  # moving on keeps what was typed
                return  # the problem is shown beside the note; the editor keeps its line
        self._editing = current
        self.editor.setEnabled(current is not None)
        show_heading(
            self.editor_heading,
            self.tr("Note for: %1").replace("%1", document_title(current)) if current else "",
        )
        self.note.setPlainText(current.note if current else "")

    def save_note(self, quiet: bool = False) -> bool:
        """Store the note typed for the line being edited; False (the problem beside the
        note, what was typed kept) if it cannot be stored."""
        editing = self._editing
        if editing is None or self.note.toPlainText() == editing.note:
            return True
        try:
            saved = self.documents.set_note(editing.id, self.note.toPlainText())
        except InvalidInput as exc:
            self.form.show_problems(list(exc.problems))
            self.status.emit(self.tr("Note not saved: see the marked field."))
            return False
        self.form.show_problems([])
        self._editing = saved
        self.table.rows_model.replace(saved)
        if not quiet:
            self.status.emit(self.tr("Note saved for %1.").replace("%1", document_title(saved)))
        return True

    def add_line(self) -> None:
        try:
            added = self.documents.add(self.new_title.text())
        except InvalidInput as exc:
            self.add_form.show_problems(list(exc.problems))
            return
        self.add_form.show_problems([])
        self.new_title.clear()
        self.refresh(keep=added.id)
        self.status.emit(self.tr("Added %1.").replace("%1", added.title))

    def delete_line(self) -> None:
        current: DocumentEntry | None = self.table.current()
        if current is None or current.standard:
            return
        if current.attachment and not confirm(
            self,
            self.tr(
                "Delete “%1” and the copy of its file in the journal? "
                "The original file is not touched."
            ).replace("%1", current.title),
        ):
            return
        self.save_note(quiet=True)
        self._editing = None
        deleted = self.documents.delete(current.id)
        self.refresh()
        message = self.tr("Deleted %1.").replace("%1", deleted.title)
        self.undo_bar.push(message, lambda: self._restore(deleted))
        self.status.emit(message + " " + self.tr("Press Undo or Ctrl+Z to bring it back."))

    def _restore(self, deleted: DocumentEntry) -> None:
        restored = self.documents.restore(deleted)
        self.refresh(keep=restored.id)
        message = self.tr("Brought back %1.").replace("%1", restored.title)
        if deleted.attachment:
            message += " " + self.tr("Its file copy was deleted; attach the file again.")
        self.status.emit(message)

    # --- files ----------------------------------------------------------------------------

    def attach(self) -> None:
        current: DocumentEntry | None = self.table.current()
        if current is None:
            return
        source = choose_file(self)
        if source is None:
            return
        try:
            saved = self.documents.attach(current.id, source)
        except InvalidInput as exc:
            self._say_problem(problem_text(exc.problems[0]))
            return
        self._say_problem(None)
        self.refresh(keep=saved.id)
        self.status.emit(
            self.tr("Attached a copy of %1 to %2.")
            .replace("%1", source.name)
            .replace("%2", document_title(saved))
        )

    def open_attachment(self) -> None:
        current: DocumentEntry | None = self.table.current()
        path = self.documents.attachment_path(current) if current else None
        if path is None or not path.is_file():
            self._say_problem(self.tr("The attached file is missing from the journal's folder."))
            return
        if not open_file(path):
            self._say_problem(
                self.tr("No program on this computer opens %1.").replace("%1", path.name)
            )
            return
        self._say_problem(None)
        self.status.emit(self.tr("Opened %1.").replace("%1", path.name))

    def remove_attachment(self) -> None:
        current: DocumentEntry | None = self.table.current()
        if current is None or current.attachment is None:
            return
        name = Path(current.attachment).name
        if not confirm(
            self,
            self.tr(
                "Delete the copy of %1 from the journal? The original file is not touched."
            ).replace("%1", name),
        ):
            return
        saved = self.documents.remove_attachment(current.id)
        self.refresh(keep=saved.id)
        self.status.emit(self.tr("Removed %1 from the journal.").replace("%1", name))

    def _say_problem(self, text: str | None) -> None:
        """A file that could not be attached or opened: said under the buttons, in words."""
        if text is None:
            self.file_problem.hide()
            return
        self.file_problem.setText(f"⚠ {text}")
        self.file_problem.setAccessibleName(text)
        self.file_problem.show()
        self.status.emit(text)
