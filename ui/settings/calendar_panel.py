"""Settings → Calendar (issue 17, part 6): the itinerary, follow-up reminders included, on the
user's own calendar server (CalDAV), so that it shows on both phones. Off until the switch is
turned on; the server's address and user name stay on this computer, the password goes to the
system's keyring (journey.services.publish), and "Publish now" sends what changed, off the GUI
thread, saying the result in words.

Nothing here touches the network or the keyring until "Publish now" is pressed: building the
panel reads the journal only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from journey.errors import JournalError, StorageFailed
from journey.publishing import MESSAGES, PARTLY, RESULT, PublishError
from ui.widgets.forms import FieldLabel, name_for_screen_readers
from ui.widgets.operations import Operation, run_in_background
from ui.widgets.tables import big_button
from ui.words.messages import storage_text
from ui.words.time import here_text

if TYPE_CHECKING:
    from journey.services import JournalServices
    from journey.services.publish import Account, LastPublish, PublishResult


def _tr(text: str) -> str:
    """journey.publishing's wordings, marked there under the context "publishing"."""
    return QCoreApplication.translate("publishing", text)


def refusal_text(error: PublishError) -> str:
    """Why a publish stopped, in the interface's language."""
    template = MESSAGES.get(error.code)
    if template is None:
        return str(error)
    words = _tr(template).format(**error.params)
    if error.done:
        words += " " + _tr(PARTLY).format(done=error.done, total=error.total)
    return words


def failure_text(error: Exception) -> str:
    """Why a publish failed, in one line; an error that is none of these is a bug, raised."""
    if isinstance(error, PublishError):
        return refusal_text(error)
    if isinstance(error, StorageFailed):  # what was published could not be kept
        return storage_text(error, in_a_dialog=False)
    if isinstance(error, JournalError | OSError):
        return str(error)
    raise error


def result_text(result: PublishResult) -> str:
    """ "3 added, 1 changed, 1 removed on cloud.example.org", in the interface's language."""
    return _tr(RESULT).format(
        added=result.added, changed=result.changed, removed=result.removed, host=result.host
    )


class CalendarPanel(QGroupBox):
    status = Signal(str)
    published = Signal(str)  # the result in words, once a publish ends (tests wait for it)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Calendar"))
        self.publishing = services.publishing
        self.clock = services.clock
        self.read_only = services.journal.read_only
        self.operation: Operation | None = None
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Journey can keep your itinerary, follow-up reminders included, in a calendar "
                "on your own server (Nextcloud, Radicale, Fastmail, or iCloud with an "
                "app-specific password), so that it shows on both your phones. Only when this "
                "is on does Journey connect to the internet, and then only to that server. "
                "Changes made to these events in a calendar app are replaced at the next "
                "publish."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.switch = QCheckBox(self.tr("&Publish the itinerary to my calendar server"))
        self.switch.setMinimumHeight(32)
        layout.addWidget(self.switch)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("Kept in this computer's keyring, never in the journal")
        )
        for label, widget in (
            (self.tr("Server &address"), self.url),
            (self.tr("&User name"), self.user),
            (self.tr("Passw&ord"), self.password),
        ):
            caption = FieldLabel(label)
            caption.setBuddy(widget)
            name_for_screen_readers(widget, label.replace("&", ""))
            widget.setMinimumHeight(32)
            form.addRow(caption, widget)
        layout.addLayout(form)

        row = QHBoxLayout()
        self.publish_button = big_button(self.tr("Publish &now"))
        self.publish_button.clicked.connect(self.publish_now)
        row.addWidget(self.publish_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.state = QLabel()
        self.state.setObjectName("calendar_state")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state)

        self._show(self.publishing.account())
        self._say_last(self.publishing.last())
        self.switch.toggled.connect(self._switched)
        self.url.editingFinished.connect(self._save)
        self.user.editingFinished.connect(self._save)

    # --- the account ------------------------------------------------------------------------

    def _show(self, account: Account) -> None:
        self.switch.setChecked(account.enabled)
        self.url.setText(account.url)
        self.user.setText(account.user)
        self._enable()

    def _typed(self) -> Account:
        from journey.services.publish import Account

        return Account(self.switch.isChecked(), self.url.text(), self.user.text())

    def _save(self) -> None:
        if self.read_only:
            return
        if self._typed() != self.publishing.account():
            self.publishing.save_account(self._typed())

    def _switched(self, on: bool) -> None:
        self._save()
        self._enable()
        self.status.emit(
            self.tr("Publishing to your calendar is on.")
            if on
            else self.tr("Publishing to your calendar is off: Journey connects to nothing.")
        )

    def _enable(self) -> None:
        busy = self.operation is not None
        self.publish_button.setEnabled(self.switch.isChecked() and not busy and not self.read_only)
        if self.read_only:
            why = self.tr("The journal is read-only, so what was published cannot be kept.")
            self.publish_button.setToolTip(why)
            self.publish_button.setAccessibleDescription(why)

    # --- publishing -------------------------------------------------------------------------

    def publish_now(self) -> None:
        if not self.switch.isChecked() or self.operation is not None:
            return
        self._save()
        account = self._typed()
        typed = self.password.text()
        publishing = self.publishing

        def work() -> tuple[PublishResult, str]:
            from journey.services.publish import keep_password, saved_password

            kept = ""
            if typed:
                password: str = typed
                try:
                    keep_password(account.url, account.user, typed)
                except PublishError as exc:
                    kept = exc.code  # published all the same, with the password typed
            else:
                password = saved_password(account.url, account.user) or ""
            return publishing.publish(password), kept

        self.state.setText(self.tr("Publishing…"))
        self.operation = run_in_background(self, work, self._done, self._failed)
        self._enable()

    def _done(self, outcome: tuple[PublishResult, str]) -> None:
        result, kept = outcome
        self.operation = None
        if not kept:
            self.password.clear()
        words = result_text(result)
        if kept:
            words += " " + _tr(MESSAGES[kept])
        self.state.setText(words)
        self._enable()
        self.status.emit(words)
        self.published.emit(words)

    def _failed(self, error: Exception) -> None:
        self.operation = None
        self._enable()
        words = failure_text(error)
        self.state.setText(words)
        self.status.emit(words)
        self.published.emit(words)

    def _say_last(self, last: LastPublish | None) -> None:
        if last is None:
            self.state.setText(self.tr("Nothing has been published from this computer yet."))
            return
        when = here_text(last.at, self.clock.zone)
        if last.error is None:
            text = self.tr("Last published %1: %2")
            self.state.setText(text.replace("%1", when).replace("%2", result_text(last.result)))
        else:
            text = self.tr("The last publish, %1, stopped: %2")
            self.state.setText(text.replace("%1", when).replace("%2", refusal_text(last.error)))
