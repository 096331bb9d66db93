"""The clinic due-diligence checklist (SPEC §2.1): each question done or not, a date, a note.

Ticking a question saves at once (and dates it today if it had no date). Its date and note
are edited below the table and saved with their button, or on moving to another question.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journey.errors import InvalidInput
from journey.services.documents import DueDiligenceAnswer, DueDiligenceItem, DueDiligenceService
from ui.widgets.forms import Form, date_box, notes_box, read_date, take_typed_dates, write_date
from ui.widgets.tables import Column, RowsModel, RowsTable, big_button
from ui.words.data import tr_data

# Stores a ticked or unticked row: the item as stored, or None to leave the row as it was.
TickCheck = Callable[[DueDiligenceItem, bool], DueDiligenceItem | None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClinicChecksTab", text)


def done_text(done: bool) -> str:
    return _tr("Done") if done else _tr("To do")


def editor_panel(form: Form, save: QPushButton) -> tuple[QFrame, QLabel]:
    """The box under a checklist where the selected line's note is edited; its heading
    (set with ``show_heading``) wraps, so a long question never widens the page."""
    panel = QFrame()
    panel.setFrameShape(QFrame.Shape.StyledPanel)
    column = QVBoxLayout(panel)
    heading = QLabel()
    heading.setWordWrap(True)
    heading.setTextFormat(Qt.TextFormat.RichText)
    column.addWidget(heading)
    column.addWidget(form)
    row = QHBoxLayout()
    row.addWidget(save)
    row.addStretch(1)
    column.addLayout(row)
    return panel, heading


def show_heading(heading: QLabel, text: str) -> None:
    heading.setText(f"<b>{escape(text)}</b>" if text else "")
    heading.setAccessibleName(text)


def checks_model(on_check: TickCheck, parent: QWidget | None = None) -> RowsModel:
    return RowsModel(
        [
            Column(_tr("Done"), lambda i: done_text(i.done), checked=lambda i: i.done),
            Column(_tr("Question"), lambda i: tr_data(i.title)),
            Column(
                _tr("Date"),
                lambda i: QLocale().toString(i.checked_on, "d MMM yyyy") if i.checked_on else "—",
                sort=lambda i: i.checked_on.toordinal() if i.checked_on else 0,
            ),
            Column(_tr("Note"), lambda i: i.note),
        ],
        key=lambda i: i.key,
        on_check=on_check,
        parent=parent,
    )


class ClinicChecksTab(QWidget):
    def __init__(self, due_diligence: DueDiligenceService, status: SignalInstance) -> None:
        super().__init__()
        self.checks = due_diligence
        self.status = status
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Questions people are told to ask a clinic before they go. Journey keeps your "
                "answers; it does not rate or recommend clinics."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = RowsTable(checks_model(self._set_done, self), self.tr("Clinic checks"))
        layout.addWidget(self.table, 1)

        self.form = Form()
        self.checked_on = self.form.add(
            "checked_on", self.tr("Checked &on"), date_box(optional=True)
        )
        self.note = self.form.add("note", self.tr("No&te"), notes_box())
        self.save_button = big_button(self.tr("&Save answer"))
        self.editor, self.editor_heading = editor_panel(self.form, self.save_button)
        layout.addWidget(self.editor)
        self.save_button.clicked.connect(self.save_answer)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._editing: DueDiligenceItem | None = None
        self.refresh()
        self.table.selectRow(0)

    def refresh(self, keep: str | None = None) -> None:
        if not self.save_answer(quiet=True):
            return  # a reload must not drop what was typed; its problem is shown
        current = self.table.current()
        self.table.reload(self.checks.items(), keep or (current.key if current else None))
        self._selection_changed()

    def _set_done(self, item: DueDiligenceItem, done: bool) -> DueDiligenceItem:
        saved = self.checks.set_done(item.key, done)
        if self._editing is not None and self._editing.key == saved.key:
            clean = self._unchanged(self._editing)  # nothing typed and not yet saved
            if read_date(self.checked_on) is None and not self.checked_on.refusal():
                write_date(self.checked_on, saved.checked_on)
            if clean:
                self._editing = saved
        self.status.emit(done_text(done) + ": " + tr_data(saved.title))
        return saved

    def _unchanged(self, item: DueDiligenceItem) -> bool:
        return (
            self.note.toPlainText() == item.note
            and read_date(self.checked_on) == item.checked_on
            and not self.checked_on.refusal()  # a date typed and refused: kept to correct
        )

    def _selection_changed(self) -> None:
        current: DueDiligenceItem | None = self.table.current()
        if self._editing is not None and (current is None or current.key != self._editing.key):
            if not self.save_answer(quiet=True):
                return  # the problem is shown beside the field; the editor keeps its item
        self._editing = current
        self.editor.setEnabled(current is not None)
        show_heading(
            self.editor_heading,
            self.tr("Answer for: %1").replace("%1", tr_data(current.title)) if current else "",
        )
        self.form.show_problems([])
        write_date(self.checked_on, current.checked_on if current else None)
        self.note.setPlainText(current.note if current else "")

    def save_answer(self, quiet: bool = False) -> bool:
        editing = self._editing
        if editing is None:
            return True
        stored = self.checks.get(editing.key)
        if quiet and self._unchanged(editing):
            return True
        # A date typed is read first (unless saving by the way: it may be half typed); one
        # refused is not saved as the date the box held before, and stays to be corrected.
        taken = not self.checked_on.refusal() if quiet else take_typed_dates(self.form)
        if not taken:
            self.status.emit(self.tr("Answer not saved: see the marked field."))
            return False
        answer = DueDiligenceAnswer(
            done=stored.done, note=self.note.toPlainText(), checked_on=read_date(self.checked_on)
        )
        try:
            saved = self.checks.save(editing.key, answer)
        except InvalidInput as exc:
            self.form.show_problems(list(exc.problems))
            self.status.emit(self.tr("Answer not saved: see the marked field."))
            return False
        self.form.show_problems([])
        self._editing = saved
        self.table.rows_model.replace(saved)
        if not quiet:
            self.status.emit(self.tr("Answer saved."))
        return True
