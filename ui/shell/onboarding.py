"""First-run onboarding: who the patient is, the treatment and dates, the companion.

A short wizard that works with the keyboard alone: type, Tab to the next field, Enter for
Next. Each page checks its fields before moving on; Finish stores everything in one go.
Its first page also offers "Restore from a backup…" (a new or reinstalled computer): the
chosen file is restored by the composition root (ui.shell.app), which then opens it.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from journey.errors import InvalidInput, Problem
from journey.services import JournalServices
from journey.services.people import phone_problem
from ui.widgets import file_dialogs
from ui.widgets.form_dialog import SavesInPlace, typed_values
from ui.widgets.forms import (
    CompanionForm,
    CourseForm,
    FieldLabel,
    Form,
    ProfileForm,
    choice_box,
    name_for_screen_readers,
    take_typed_dates,
)
from ui.words.data import protocol_template

RESTORE = 2  # the wizard's result when a backup was chosen instead (Accepted is 1)


def choose_backup(parent: QWidget | None) -> Path | None:
    """The backup to restore, from the file chooser; None when none was chosen (tests replace
    this)."""
    title = QCoreApplication.translate("OnboardingWizard", "Restore from a backup")
    kinds = QCoreApplication.translate(
        "OnboardingWizard", "Journey backups (*.sqlite3);;All files (*)"
    )
    return file_dialogs.open_file(parent, file_dialogs.RESTORE_BACKUP, title, kinds)


class FormPage(QWizardPage):
    """A wizard page holding one form, validated by ``check`` before Next."""

    def __init__(self, title: str, intro: str, form: Form, wizard: OnboardingWizard) -> None:
        super().__init__()
        self.setTitle(title)
        self.form = form
        self._wizard = wizard
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        # The fields scroll (Tab brings each into view): at 200 % text the treatment page is
        # taller than a laptop's screen, and QWizard would squeeze them instead.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(form)
        layout.addWidget(scroller, 1)

    def validatePage(self) -> bool:
        if not take_typed_dates(self.form):  # a date typed is read first; refused, it stays
            return False
        problems = self._wizard.problems()
        return not self.form.show_problems(problems)


class OnboardingWizard(QWizard):
    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Welcome to Journey"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(720, 640)
        today = services.clock.today()

        self.profile_form = ProfileForm(full=False)
        # The clinic's 24-hour number is asked here, and may wait: Today asks until it is in.
        self.course_form = CourseForm(services.clock.zone, today, ask_number=True)
        self.companion_form = CompanionForm()
        # Who is setting up: the patient, or the companion on the patient's behalf (issue
        # 17). The pages speak to whoever it is; "Recorded by" starts as that person.
        self.who = choice_box(
            [
                ("patient", self.tr("I am the patient")),
                ("companion", self.tr("I am the companion, setting up for the patient")),
            ]
        )
        name_for_screen_readers(self.who, self.tr("Who is setting up Journey"))
        caption = FieldLabel(self.tr("&Who is setting up?"))
        caption.setBuddy(self.who)
        self.profile_form.layout_.insertRow(0, caption, self.who)
        QWidget.setTabOrder(self.who, self.profile_form.name)
        for form in (self.profile_form, self.course_form, self.companion_form):
            self.addPage(FormPage("", "", form, self))
        self.who.currentIndexChanged.connect(self._speak_to_who)
        self._speak_to_who()
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            self.button(button).setMinimumHeight(36)
        self.backup: Path | None = None
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.setToolTip(
            self.tr("On a new computer: open the journal from a backup of it instead")
        )
        self.restore_button.clicked.connect(self.restore_from_backup)
        first = self.page(self.startId())
        first_layout = first.layout()
        assert isinstance(first_layout, QVBoxLayout)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Had Journey on another computer?")))
        row.addWidget(self.restore_button)
        row.addStretch(1)
        first_layout.insertLayout(1, row)
        # The companion's computer (or the patient's): the journey another computer shares.
        self.join_button = QPushButton(self.tr("&Join a shared journey…"))
        self.join_button.setToolTip(
            self.tr("Someone shared their journey with you and gave you an invitation code")
        )
        self.join_button.clicked.connect(self.join_shared)
        shared_row = QHBoxLayout()
        shared_row.addWidget(QLabel(self.tr("Given an invitation code?")))
        shared_row.addWidget(self.join_button)
        shared_row.addStretch(1)
        first_layout.insertLayout(2, shared_row)
        # Tab goes from who is setting up through the form, then to the two other ways in
        # (from another computer), then to Next.
        chain = [self.who, *self.profile_form.fields.values(), self.restore_button]
        chain.append(self.join_button)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        forms = (self.profile_form, self.course_form, self.companion_form)
        self._opened_as = [typed_values(form) for form in forms]
        self._closing = False

    def showEvent(self, event: QShowEvent) -> None:
        """The name takes the keys first, so a person can type at once: "Who is setting up?"
        above it keeps its answer (the patient) until changed, a Shift+Tab away. Typed into
        the choice instead, a name's letters would pick among its answers."""
        super().showEvent(event)
        if self.currentId() == self.startId():
            self.profile_form.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def join_shared(self) -> None:
        """Join a journey another computer shares; once joined the journal is set up."""
        from ui.settings.sharing_dialogs import JoinDialog

        JoinDialog(self.services, self).exec()
        if self.services.sharing.is_shared():
            QDialog.done(self, QWizard.DialogCode.Accepted)  # the shared journey is the setup

    def _speak_to_who(self, _index: int = 0) -> None:
        """Titles, introductions and the name's label for the patient, or for the companion
        setting up on the patient's behalf; each page says where it is ("Step 2 of 3")."""
        companion = self.who.currentData() == "companion"
        words = (
            (
                self.tr("About the patient"),
                self.tr(
                    "Journey keeps the patient's treatment journey in one private journal on "
                    "this computer. Nothing is sent anywhere. All of this can be changed later."
                ),
            ),
            (
                self.tr("The treatment"),
                self.tr(
                    "Which treatment, where, and when the patient arrives. Times are the local "
                    "time where they happen."
                ),
            ),
            (
                self.tr("You, the companion"),
                self.tr("Your name and how to reach you while you travel with the patient."),
            ),
        )
        if not companion:
            words = (
                (
                    self.tr("About you"),
                    self.tr(
                        "Journey keeps your treatment journey in one private journal on this "
                        "computer. Nothing is sent anywhere. You can change all of this later."
                    ),
                ),
                (
                    self.tr("Your treatment"),
                    self.tr(
                        "Which treatment, where, and when you arrive. Times are the local time "
                        "where they happen."
                    ),
                ),
                (
                    self.tr("Your companion"),
                    self.tr("Who travels with you. Leave this empty if you travel alone."),
                ),
            )
        pages = [self.page(page_id) for page_id in self.pageIds()]
        for number, (page, (title, intro)) in enumerate(zip(pages, words, strict=True), 1):
            assert isinstance(page, FormPage)
            page.setTitle(title)
            page.setSubTitle(
                self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(3))
            )
            page.intro.setText(intro)
        name_label = self.profile_form.layout_.labelForField(self.profile_form.name)
        if isinstance(name_label, QLabel):
            name_label.setText(
                self.tr("The patient's &name") if companion else self.tr("Your &name")
            )
        companion_label = self.companion_form.layout_.labelForField(self.companion_form.name)
        if isinstance(companion_label, QLabel):
            companion_label.setText(
                self.tr("Your &name") if companion else self.tr("Companion's &name")
            )
        finish = self.tr("&Start the journal") if companion else self.tr("&Start my journal")
        self.setButtonText(QWizard.WizardButton.FinishButton, finish)

    def typed_something(self) -> bool:
        forms = (self.profile_form, self.course_form, self.companion_form)
        return [typed_values(form) for form in forms] != self._opened_as

    def reject(self) -> None:
        """Escape or Close: with something typed, only after "Discard what you typed?" is
        answered Discard (issue 17); with nothing typed, at once."""
        if not self._closing and self.typed_something() and not SavesInPlace.discard_typed(self):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's own close button asks as Escape does; closed by the program (the app
        quitting) it closes without a question nobody could answer."""
        if not event.spontaneous():
            self._closing = True
        super().closeEvent(event)

    def restore_from_backup(self) -> None:
        """Choose a backup; once chosen the wizard ends with it (``RESTORE``)."""
        chosen = choose_backup(self)
        if chosen is None:
            return
        self.backup = chosen
        QDialog.done(self, RESTORE)  # QWizard.done would check the page's fields first

    def problems(self) -> list[Problem]:
        """Everything wrong with the wizard as filled in so far, parse problems first."""
        profile, problems = self.profile_form.read()
        course, course_parse = self.course_form.read()
        companion, companion_parse = self.companion_form.read()
        problems += course_parse + companion_parse
        problems += self.services.profile.check(profile) + self.services.course.check(course)
        number = phone_problem("clinic_phone", self.course_form.clinic_number())
        problems += [number] if number is not None else []
        if companion is not None:
            problems += self.services.companion.check(companion)
        return problems

    def accept(self) -> None:
        profile, _ = self.profile_form.read()
        course, _ = self.course_form.read()
        companion, _ = self.companion_form.read()
        refused = self.profile_form.refused_dates() + self.course_form.refused_dates()
        if refused:  # a date typed and refused: never stored as the date held before
            self._show_where(refused)
            return
        try:
            self.services.onboarding.complete(
                profile,
                course,
                companion,
                protocol_template,
                clinic_phone=self.course_form.clinic_number(),
            )
        except InvalidInput as exc:
            self._show_where(list(exc.problems))
            return
        from journey.settings import RECORDED_BY

        self.services.settings.set(RECORDED_BY, str(self.who.currentData()))
        super().accept()

    def _show_where(self, problems: list[Problem]) -> None:
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, FormPage) and page.form.show_problems(problems):
                while self.currentId() > page_id:
                    self.back()
                return

    @classmethod
    def ask(cls, services: JournalServices, parent: QWidget | None = None) -> bool | Path:
        """Run the wizard: True once the journal has been set up, False when it was closed,
        or the backup chosen with "Restore from a backup…", for the caller to restore."""
        wizard = cls(services, parent)
        wizard.setWindowModality(Qt.WindowModality.ApplicationModal)
        result = wizard.exec()
        if result == RESTORE and wizard.backup is not None:
            return wizard.backup
        return result == QWizard.DialogCode.Accepted
