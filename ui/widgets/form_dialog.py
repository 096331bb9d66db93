"""Dialogs around one Form, with Save and Cancel: FormDialog (people, costs, clinical records,
a side effect's edit) and ScrollingFormDialog (the quick log, the rating form). Save stores
the entry while the dialog is open (SavesInPlace, the itinerary item's dialog too): each
problem shows beside its field, a disk that refuses the write says so above the buttons,
and the dialog stays with everything typed until it is right."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journey.errors import InvalidInput, Problem, StorageFailed
from ui.widgets.forms import DateBox, Form, NotesEdit, take_typed_dates, widen_with_text
from ui.widgets.tables import BUTTON_HEIGHT

T = TypeVar("T")

if TYPE_CHECKING:
    from journey.services.settings import DraftService
    from ui.widgets.drafts import Draft
    from ui.widgets.moment import MomentFields

    _DialogMixinBase = QDialog  # SavesInPlace is only ever mixed into dialogs
else:
    _DialogMixinBase = object


def keep_the_default(buttons: QDialogButtonBox, save: QPushButton) -> None:
    """Enter saves from any field, whatever had the focus before. In Qt a button that takes
    the focus becomes the default (autoDefault): after a Tab round past Cancel, Enter in a
    field closed the form unsaved. No button here takes the default by focus; ``save`` is the
    default, always (a focused Cancel still answers Space)."""
    for button in buttons.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
    save.setDefault(True)


class SavesInPlace(_DialogMixinBase):
    """A dialog whose Save stores the entry while the dialog is still open: a problem the
    domain finds shows beside its field, and a write the disk refuses (full, read-only,
    damaged) says why above the buttons. Either way the dialog stays, with everything typed,
    and the journal is as it was (the unit of work rolled back whole)."""

    save_button: QPushButton
    storage_note: QLabel
    form: Form
    _closing = False  # closed by the window or the app quitting, not by Cancel or Escape
    _opened_as: dict[str, object] | None = None  # the fields as first shown
    _save: Callable[[Any], Any] | None  # stores the entry; None: the caller stores it
    details: Any  # what was typed, once Save accepted it
    saved: Any  # what ``_save`` returned: the stored entry

    def dates_taken(self) -> bool:
        """Save was pressed: every date box in the dialog first reads what is typed in it
        (Save's shortcut leaves the focus in the box, the text unread). False, the dialog
        kept with everything typed, while one refuses it: its message stays beside it and
        the box takes the focus (ui.widgets.forms.take_typed_dates)."""
        if take_typed_dates(self):
            return True
        self.fit()
        return False

    def date_refused(self) -> bool:
        """Whether a date box shows a typed date it refused: then nothing is stored, whatever
        asked for it (the form would be read with the date the box held before)."""
        if not any(box.refusal() for box in self.findChildren(DateBox)):
            return False
        take_typed_dates(self)  # focus and words for the first one refused
        self.fit()
        return True

    def finish(self, details: Any) -> None:
        """The form is right: store it and close, or stay open saying why it was not stored."""
        if self.date_refused():
            return
        if self._save is not None:
            save = self._save
            saved = self.stored_or_kept(lambda: save(details))
            if saved is None:
                return
            self.saved = saved
        self.details = details
        QDialog.accept(self)

    def run(self) -> Any:
        """Show the dialog until Save has stored the entry (then what ``save`` returned, the
        stored entry) or the user cancels (then None)."""
        dialog: QDialog = self
        try:
            return self.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def discard_typed(cls, parent: QWidget) -> bool:
        """Ask "Discard what you typed?" (tests replace this). No is the default: Enter, or
        Escape, keeps the form with everything typed; only a deliberate Discard loses it."""

        def tr(text: str) -> str:
            return QCoreApplication.translate("ScrollingFormDialog", text)

        question = QMessageBox(parent)
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(tr("Discard what you typed?"))
        question.setText(tr("Discard what you typed?"))
        question.setInformativeText(tr("It has not been saved."))
        discard = question.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = question.addButton(tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        for button in (discard, keep):
            button.setMinimumHeight(BUTTON_HEIGHT)
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)
        question.exec()
        return question.clickedButton() is discard

    def typed_something(self) -> bool:
        """Whether the form's fields differ from how they were first shown."""
        return self._opened_as is not None and typed_values(self.form) != self._opened_as

    def discarded(self) -> None:
        """Cancel or Escape was answered: what a subclass lets go of (a draft)."""

    def reject(self) -> None:
        """Escape or Cancel: with nothing typed, the form closes at once; with something typed,
        only after "Discard what you typed?" is answered Discard (issue 21: Escape alone
        discards, and only after asking)."""
        if not self._closing and self.typed_something() and not self.discard_typed(self):
            return  # kept, with everything typed
        self.discarded()
        QDialog.reject(self)

    def showEvent(self, event: QShowEvent) -> None:
        QDialog.showEvent(self, event)
        if self._opened_as is None:
            self._opened_as = typed_values(self.form)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's own close button asks as Escape does; closed by the program (the app
        quitting, the window replaced) it closes without a question nobody could answer."""
        if not event.spontaneous():
            self._closing = True
        QDialog.closeEvent(self, event)  # calls reject(); ignored while the dialog stays

    def keep_save_the_default(self, buttons: QDialogButtonBox) -> None:
        keep_the_default(buttons, self.save_button)

    def add_storage_note(self, layout: QVBoxLayout) -> None:
        """Where the reason a save failed shows: put above the buttons."""
        self.storage_note = QLabel()
        self.storage_note.setWordWrap(True)
        self.storage_note.setProperty("role", "error")
        self.storage_note.setVisible(False)
        layout.addWidget(self.storage_note)

    def stored_or_kept(self, store: Callable[[], T]) -> T | None:
        """Run the service call that stores the form; None (the form kept, each problem shown
        where it belongs) when the domain refuses it or the disk cannot take it, or a date
        typed was refused."""
        if self.date_refused():
            return None
        try:
            return store()
        except InvalidInput as exc:
            self.show_in_order(list(exc.problems))
        except StorageFailed as exc:
            self.storage_failed(exc)
        return None

    def storage_failed(self, error: StorageFailed) -> None:
        """The save could not be written: say why above the buttons; the form stays filled."""
        from ui.words.messages import storage_text

        self.storage_note.setText(storage_text(error))
        self.storage_note.setVisible(True)
        self.storage_note.setAccessibleName(self.storage_note.text())
        self.save_button.setFocus()
        self.fit()

    def show_in_order(self, problems: list[Problem]) -> bool:
        raise NotImplementedError

    def fit(self) -> None:
        """Make room for the note (a dialog that sizes itself from its contents)."""


class FormDialog(SavesInPlace, QDialog):
    """Save checks the form, stores it with ``save`` (when given) and closes; ``details``
    holds what was typed and ``saved`` what ``save`` returned. A form that can outgrow the
    screen at 200 % text (``scrolls``) scrolls inside the dialog, Save and Cancel in view."""

    scrolls = False

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        save: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.details: Any = None
        self.saved: Any = None
        # Wide enough for a hint or a message on one or two lines, at any text size.
        widen_with_text(self, 460, 64)
        layout = QVBoxLayout(self)
        self.form = Form()
        self.scroller: QScrollArea | None = None
        if self.scrolls:
            self.scroller = QScrollArea()
            self.scroller.setWidgetResizable(True)
            self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.scroller.setWidget(self.form)
            layout.addWidget(self.scroller, 1)
        else:
            layout.addWidget(self.form)
        self.add_storage_note(layout)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(BUTTON_HEIGHT)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.keep_save_the_default(self.buttons)
        self.buttons.accepted.connect(self.save_pressed)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save_pressed(self) -> None:
        """Save (clicked, Enter, its shortcut): read what is typed in the dates, then check
        and store the form (``accept``)."""
        if self.dates_taken():
            self.accept()

    def show_in_order(self, problems: list[Problem]) -> bool:
        return self.show_problems(problems)

    def fit(self) -> None:
        QTimer.singleShot(0, self, self.fit_height)

    def show_problems(self, problems: list[Problem]) -> bool:
        shown = self.form.show_problems(problems)
        # Once the messages are polished (bold, so wider): then their height is known.
        QTimer.singleShot(0, self, self.fit_height)
        return shown

    def fit_height(self) -> None:
        """Tall enough for every wrapped hint and message at this width (Qt sizes a window
        from its layout's minimum, which leaves wrapped labels a line short)."""
        layout = self.layout()
        width = max(self.width(), self.minimumWidth())
        if self.scroller is not None:  # the whole form if it fits, else the screen's size
            self.form.layout_.invalidate()
            screen = self.screen()
            room = screen.availableGeometry().size() * 0.9 if screen else QSize(1152, 720)
            bar = self.scroller.verticalScrollBar().sizeHint().width()
            margins = self.contentsMargins().left() + self.contentsMargins().right() + bar + 24
            width = min(max(width, self.form.minimumSizeHint().width() + margins), room.width())
            form = self.form.layout_.totalHeightForWidth(width - margins)
            rest = self.buttons.sizeHint().height() + 64
            self.resize(width, min(form + rest, room.height()))
            return
        if layout is not None and layout.hasHeightForWidth():
            # QFormLayout keeps row heights measured before a message was polished bold.
            self.form.layout_.invalidate()
            layout.invalidate()
            height = max(layout.totalHeightForWidth(width), self.minimumSizeHint().height())
            self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()


class ScrollingFormDialog(SavesInPlace, QDialog):
    """A longer form (the quick log, the rating form) that scrolls inside its dialog, so
    nothing is squeezed at 200 % text on a small screen, with Save (the default: Enter) and
    Cancel always in view. Subclasses add fields to ``self.form`` and define ``save``."""

    extra_height = 48  # room below and around the form, beside the buttons

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.form = Form()
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(self.form)
        self.column.addWidget(scroller, 1)
        self.add_storage_note(self.column)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.save_button, self.cancel_button):
            button.setMinimumHeight(BUTTON_HEIGHT)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_save_the_default(buttons)
        self.save_button.clicked.connect(self.save_pressed)
        self.cancel_button.clicked.connect(self.reject)
        self.column.addWidget(buttons)
        self.draft: Draft | None = None

    def add_notes(self) -> NotesEdit:
        """The optional notes, of any length: Enter saves, Shift+Enter starts a new line."""
        notes = NotesEdit()
        notes.setTabChangesFocus(True)
        notes.setMinimumHeight(60)
        notes.setMaximumHeight(120)
        notes.submitted.connect(self.save_pressed)
        self.form.add(
            "notes",
            self.tr("&Notes (optional)"),
            notes,
            self.tr("Enter saves; Shift+Enter starts a new line."),
        )
        return notes

    def save_pressed(self) -> None:
        """Save (clicked, Enter, Enter in the notes): read what is typed in the dates, then
        check and store the form (``save``)."""
        if self.dates_taken():
            self.save()

    def save(self) -> None:
        raise NotImplementedError

    # --- the draft: kept while typing, cleared by Save or Cancel, kept on close or crash ----

    def keep_draft(self, drafts: DraftService, name: str, moment: MomentFields) -> None:
        """Keep what is typed as the draft of ``name`` (ui.widgets.drafts); bring back a draft
        left unsaved."""
        from ui.widgets.drafts import Draft

        self.draft = Draft(drafts, name, self.form, moment)
        if not self.draft.restored:
            return
        row = QHBoxLayout()
        self.draft_note = QLabel(self.draft.note())
        self.draft_note.setWordWrap(True)
        discard = QPushButton(self.tr("&Discard it"))
        discard.setAccessibleName(self.tr("Discard what was brought back"))
        discard.setMinimumHeight(BUTTON_HEIGHT)
        discard.setAutoDefault(False)  # Enter still saves

        def discarded() -> None:
            assert self.draft is not None  # the button shows only beside a draft brought back
            self.draft.reset()
            self.draft_note.setText(self.tr("Discarded."))
            discard.setVisible(False)

        discard.clicked.connect(discarded)
        row.addWidget(self.draft_note, 1)
        row.addWidget(discard)
        self.column.insertLayout(0, row)

    def accept(self) -> None:
        if self.draft is not None:
            self.draft.clear()
        super().accept()

    def typed_something(self) -> bool:
        """Whether the form differs from how it opened (a draft brought back counts: it
        was typed too)."""
        if self.draft is not None:
            # The draft's snapshot of the form as it opened, before a draft was brought back.
            blank = self.draft._blank
            now = self.draft.snapshot()
            return (now["fields"], now["at"]) != (blank["fields"], blank["at"])
        return super().typed_something()

    def discarded(self) -> None:
        if self.draft is not None and not self._closing:
            self.draft.clear()  # Cancel or Escape: a deliberate no

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closed some other way (the window, the app quitting): the draft is kept."""
        self._closing = True
        if self.draft is not None:
            self.draft.write()
        super().closeEvent(event)

    def show_in_order(self, problems: list[Problem]) -> bool:
        """Show each problem beside its field; the first field at fault, from the top, takes
        the focus. True if any was shown (the dialog grows to make room for the messages)."""
        order = list(self.form.fields)
        problems = sorted(
            problems, key=lambda p: order.index(p.field) if p.field in order else len(order)
        )
        shown = self.form.show_problems(problems)
        self.fit()
        return shown

    def fit(self) -> None:
        """Grow to show the whole form, within the screen (the form scrolls beyond)."""
        form = max(self.form.sizeHint().height(), self.form.heightForWidth(self.form.width()))
        wanted = form + self.save_button.sizeHint().height() + self.extra_height
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(self.width(), max(self.height(), min(wanted, int(screen * 0.9))))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()


def typed_values(form: Form) -> dict[str, object]:
    """What the fields of ``form`` hold that a person types or picks."""
    values: dict[str, object] = {}
    for name, widget in form.fields.items():
        if isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[name] = widget.currentData()
        elif isinstance(widget, QTimeEdit):
            values[name] = widget.time().toString()
    return values
