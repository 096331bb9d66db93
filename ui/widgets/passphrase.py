"""The passphrase dialogs of an encrypted journal (journey.lifecycle): unlocking it, choosing or
changing the passphrase, and showing the recovery key until the person confirms it is kept.

Unlocking derives a key with scrypt (about half a second): the dialog shows a wait cursor
meanwhile. A wrong passphrase keeps the dialog open with "Wrong passphrase or damaged file"
beside the field; nothing is created, moved or changed. The right passphrase on a damaged
journal closes the dialog with the claim's NotAJournal (the composition root offers a
backup). Without ``journal.keys`` the dialog asks for the recovery key, then for a new
passphrase, which writes a new keys file.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey.errors import BadRecoveryKey, JournalError, WrongPassphrase
from journey.lifecycle import JournalClaim
from journey.validation import MIN_PASSPHRASE
from ui.widgets.forms import Form, widen_with_text
from ui.widgets.tables import BUTTON_HEIGHT


def secret_line() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _sized(buttons: QDialogButtonBox) -> QDialogButtonBox:
    for button in buttons.buttons():
        button.setMinimumHeight(BUTTON_HEIGHT)
    return buttons


class UnlockDialog(QDialog):
    """ "Journey is locked": the passphrase, or the recovery key instead."""

    def __init__(self, claim: JournalClaim, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim = claim
        self.with_recovery = False
        self.failure: JournalError | None = None  # the journal turned out unreadable
        self.setWindowTitle(self.tr("Journey is locked"))
        widen_with_text(self, 460, 60)
        layout = QVBoxLayout(self)
        if claim.keys_lost:
            intro = self.tr(
                "The file journal.keys is missing from your journal's folder, so your "
                "passphrase cannot open it. Type your recovery key instead; Journey then asks "
                "for a new passphrase. (If this journal was never encrypted, the file is "
                "damaged: quit and restore a backup.)"
            )
        else:
            intro = self.tr("Your journal is encrypted. Type your passphrase to open it.")
        self.intro = wrapped(intro + "\n" + str(claim.folder))
        layout.addWidget(self.intro)
        self.form = Form()
        self.secret = self.form.add("secret", self.tr("&Passphrase"), secret_line())
        layout.addWidget(self.form)
        self.switch = QPushButton(self.tr("Use the &recovery key instead"))
        self.switch.setMinimumHeight(BUTTON_HEIGHT)
        self.switch.setAutoDefault(False)  # Enter opens the journal, whatever had the focus
        self.switch.clicked.connect(self.toggle_recovery)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons = _sized(QDialogButtonBox())
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setMinimumHeight(BUTTON_HEIGHT)
        self.open_button.setDefault(True)
        quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        quit_button.setMinimumHeight(BUTTON_HEIGHT)
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if claim.keys_lost:  # only the recovery key can open it
            self.toggle_recovery()
            self.switch.hide()
        self.secret.setFocus()

    @property
    def field(self) -> QLineEdit:
        assert isinstance(self.secret, QLineEdit)
        return self.secret

    def toggle_recovery(self) -> None:
        self.with_recovery = not self.with_recovery
        caption = self.form.layout_.labelForField(self.field)
        if self.with_recovery:
            text = self.tr("&Recovery key")
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText("XXXXX-XXXXX-…")
            self.switch.setText(self.tr("Use the &passphrase instead"))
        else:
            text = self.tr("&Passphrase")
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText("")
            self.switch.setText(self.tr("Use the &recovery key instead"))
        if isinstance(caption, QLabel):
            caption.setText(text)
        self.field.setAccessibleName(text.replace("&", ""))
        self.field.clear()
        self.form.errors["secret"].clear_problem()
        self.field.setFocus()

    def try_open(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.with_recovery:
                self.claim.unlock_with_recovery(self.field.text())
            else:
                self.claim.unlock(self.field.text())
        except WrongPassphrase:
            self.refuse(self.tr("Wrong passphrase or damaged file."))
            return
        except BadRecoveryKey as exc:
            self.refuse(self.tr("That is not the recovery key: %1.").replace("%1", str(exc)))
            return
        except JournalError as exc:  # damaged, or newer: the caller says so (and may recover)
            self.failure = exc
            self.reject()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def refuse(self, text: str) -> None:
        self.form.errors["secret"].show_problem(text)
        self.field.selectAll()
        self.field.setFocus()


def ask_to_unlock(claim: JournalClaim, parent: QWidget | None = None) -> bool:
    """Ask until the journal opens (True) or the person quits (False). A journal that turns
    out damaged or newer raises the claim's JournalError, as a plain one would (a damaged one
    keeps its key in ``claim.damaged_key``, for journey.lifecycle.recover_damaged).

    Opened with the recovery key: a new passphrase is asked at once (the old one was
    forgotten, or ``journal.keys`` lost: it writes a new one). Opened with the passphrase
    while the recovery key was never confirmed as kept (turning encryption on was cut
    short): the recovery key is shown again."""
    from journey.lifecycle import change_passphrase, confirm_recovery_key, recovery_key_to_show

    keys_lost = claim.keys_lost
    dialog = UnlockDialog(claim, parent)
    opened = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.failure is not None:
        raise dialog.failure
    if not opened or claim.key is None:
        return opened
    if dialog.with_recovery:
        # The passphrase was forgotten, most likely: offer a new one at once.
        title = QCoreApplication.translate("UnlockDialog", "Choose a new passphrase")
        intro = (
            QCoreApplication.translate(
                "UnlockDialog",
                "Choose a passphrase to open your journal from now on. Journey writes it into "
                "a new journal.keys file.",
            )
            if keys_lost
            else ""
        )
        new = ask_new_passphrase(parent, title=title, intro=intro)
        if new is not None:
            change_passphrase(claim.folder, claim.key, new)
        confirm_recovery_key(claim)  # it was just typed: kept
        return opened
    pending = recovery_key_to_show(claim)
    if pending is not None and show_recovery_key(pending, parent, again=True) is not False:
        confirm_recovery_key(claim)
    return opened


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice; with ``check_current``, the current one first."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        intro: str = "",
        check_current: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        widen_with_text(self, 460, 60)
        self.check_current = check_current
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(wrapped(intro))
        self.form = Form()
        if check_current is not None:
            self.form.add("current", self.tr("C&urrent passphrase"), secret_line())
        self.form.add(
            "new",
            self.tr("&New passphrase"),
            secret_line(),
            self.tr(
                "At least %1 characters. A few unrelated words are easy to type and hard to guess."
            ).replace("%1", str(MIN_PASSPHRASE)),
        )
        self.form.add("again", self.tr("&Type it again"), secret_line())
        layout.addWidget(self.form)
        self.buttons = _sized(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            )
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase = ""

    def text(self, name: str) -> str:
        field = self.form.fields[name]
        assert isinstance(field, QLineEdit)
        return field.text()

    def try_accept(self) -> None:
        for error in self.form.errors.values():
            error.clear_problem()
        problem: tuple[str, str] | None = None
        if self.check_current is not None and not self.check_current(self.text("current")):
            problem = ("current", self.tr("Wrong passphrase or damaged file."))
        elif len(self.text("new")) < MIN_PASSPHRASE:
            problem = (
                "new",
                self.tr("A passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE)
                ),
            )
        elif self.text("again") != self.text("new"):
            problem = ("again", self.tr("The two passphrases are not the same."))
        if problem is not None:
            name, message = problem
            self.form.errors[name].show_problem(message)
            self.form.fields[name].setFocus()
            return
        self.passphrase = self.text("new")
        self.accept()


def ask_new_passphrase(
    parent: QWidget | None,
    *,
    title: str,
    intro: str = "",
    check_current: Callable[[str], bool] | None = None,
) -> str | None:
    """The new passphrase, or None if the person cancelled."""
    dialog = PassphraseDialog(title, parent, intro=intro, check_current=check_current)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase


class RecoveryKeyDialog(QDialog):
    """The recovery key: to print or write down before going on. Shown when encryption is
    turned on, and again at each unlock until "I have written it down" is ticked."""

    def __init__(self, key: str, parent: QWidget | None = None, *, again: bool = False) -> None:
        super().__init__(parent)
        self.key = key
        self.setWindowTitle(self.tr("Your recovery key"))
        widen_with_text(self, 520, 70)
        layout = QVBoxLayout(self)
        if again:
            intro = self.tr(
                "Your journal is encrypted, but Journey stopped before you confirmed that you "
                "have kept your recovery key. If you forget your passphrase, this recovery key "
                "is the only way to open your journal and its backups. Write it down or print "
                "it, and keep it somewhere safe, away from this computer."
            )
        else:
            intro = self.tr(
                "Your journal is now encrypted. If you forget your passphrase, this "
                "recovery key is the only way to open your journal and its backups. "
                "Write it down or print it, and keep it somewhere safe, away from this "
                "computer. Journey shows it only now."
            )
        layout.addWidget(wrapped(intro))
        self.shown = QLineEdit(key)
        self.shown.setReadOnly(True)
        self.shown.setAccessibleName(self.tr("Recovery key"))
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.3)
        self.shown.setFont(mono)
        self.shown.setMinimumWidth(self.shown.fontMetrics().horizontalAdvance(key) + 24)
        layout.addWidget(self.shown)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setMinimumHeight(BUTTON_HEIGHT)
        self.print_button.clicked.connect(self.print_key)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.kept = QCheckBox(self.tr("I have &written it down or printed it"))
        layout.addWidget(self.kept)
        self.buttons = _sized(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok))
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setEnabled(False)
        self.kept.toggled.connect(self.done_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)

    def reject(self) -> None:
        if self.kept.isChecked():  # Escape closes only once the key is kept
            super().reject()

    def print_key(self) -> None:
        print_recovery_key(self.key, self)


def print_recovery_key(key: str, parent: QWidget) -> None:
    """The print dialog, then one page with the key (tests replace this)."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return
    document = QTextDocument()
    tr = QCoreApplication.translate
    title = tr("RecoveryKeyDialog", "Journey: recovery key")
    note = tr(
        "RecoveryKeyDialog",
        "Keep this page safe. It opens your encrypted journal and its backups.",
    )
    document.setHtml(f"<h2>{title}</h2><p>{note}</p><p style='font-size:18pt'><tt>{key}</tt></p>")
    document.print_(printer)


def show_recovery_key(key: str, parent: QWidget | None = None, *, again: bool = False) -> bool:
    """Show the recovery key until the person ticks that it is kept; True once ticked (the
    caller then confirms it: journey.lifecycle.confirm_recovery_key)."""
    dialog = RecoveryKeyDialog(key, parent, again=again)
    dialog.exec()
    return dialog.kept.isChecked()
