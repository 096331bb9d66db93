"""The dialogs of Settings → Sharing (issue 16): share this journey, join a shared one, an
invitation code to pass on, the changes made on both computers to choose between, and the
recently deleted to bring back.

Sharing and joining seal or open the journal with the invitation code, which takes a second or
two on purpose (a code read out loud must be slow to guess): that work runs off the GUI
thread (ui.widgets.operations), the dialog saying what it is doing meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSysInfo, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets import file_dialogs
from ui.widgets.forms import FieldLabel, choice_box, name_for_screen_readers
from ui.widgets.operations import run_in_background
from ui.widgets.tables import big_button
from ui.words.time import here_text

if TYPE_CHECKING:
    from journey.services import JournalServices
    from journey.sync.history import Conflict, Deleted, Version
    from journey.sync.service import Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def person_words(person: str) -> str:
    return {"patient": _tr("the patient"), "companion": _tr("the companion")}.get(person, person)


# What each kind of record is called, for the choices and the recently deleted.
KINDS = {
    "blood_count": QT_TRANSLATE_NOOP("sharing", "Blood count"),
    "companion": QT_TRANSLATE_NOOP("sharing", "Companion"),
    "contact": QT_TRANSLATE_NOOP("sharing", "Person"),
    "counts_recovered": QT_TRANSLATE_NOOP("sharing", "Counts recovered"),
    "custom_protocol": QT_TRANSLATE_NOOP("sharing", "Protocol"),
    "discharge_packet": QT_TRANSLATE_NOOP("sharing", "Discharge packet"),
    "due_diligence_check": QT_TRANSLATE_NOOP("sharing", "Clinic check"),
    "edss_report": QT_TRANSLATE_NOOP("sharing", "EDSS report"),
    "expense": QT_TRANSLATE_NOOP("sharing", "Cost"),
    "itinerary_item": QT_TRANSLATE_NOOP("sharing", "Itinerary item"),
    "medication": QT_TRANSLATE_NOOP("sharing", "Medication"),
    "medication_dose": QT_TRANSLATE_NOOP("sharing", "Medication dose"),
    "mri_result": QT_TRANSLATE_NOOP("sharing", "MRI result"),
    "profile": QT_TRANSLATE_NOOP("sharing", "Profile"),
    "rating": QT_TRANSLATE_NOOP("sharing", "Rating"),
    "rating_scale": QT_TRANSLATE_NOOP("sharing", "Rating scale"),
    "rating_set": QT_TRANSLATE_NOOP("sharing", "Ratings"),
    "red_flag_ack": QT_TRANSLATE_NOOP("sharing", "Red flag seen"),
    "relapse": QT_TRANSLATE_NOOP("sharing", "Relapse"),
    "setting": QT_TRANSLATE_NOOP("sharing", "Setting"),
    "side_effect_entry": QT_TRANSLATE_NOOP("sharing", "Side effect"),
    "symptom": QT_TRANSLATE_NOOP("sharing", "Symptom"),
    "transfusion": QT_TRANSLATE_NOOP("sharing", "Transfusion"),
    "travel_document": QT_TRANSLATE_NOOP("sharing", "Document"),
    "treatment_course": QT_TRANSLATE_NOOP("sharing", "Treatment"),
    "watch_window": QT_TRANSLATE_NOOP("sharing", "Watch window"),
}
# The fields people change most; any other is named from its column.
FIELDS = {
    "notes": QT_TRANSLATE_NOOP("sharing", "notes"),
    "note": QT_TRANSLATE_NOOP("sharing", "note"),
    "title": QT_TRANSLATE_NOOP("sharing", "title"),
    "name": QT_TRANSLATE_NOOP("sharing", "name"),
    "phone": QT_TRANSLATE_NOOP("sharing", "phone"),
    "email": QT_TRANSLATE_NOOP("sharing", "email"),
    "place": QT_TRANSLATE_NOOP("sharing", "place"),
    "start_local": QT_TRANSLATE_NOOP("sharing", "start"),
    "end_local": QT_TRANSLATE_NOOP("sharing", "end"),
    "status": QT_TRANSLATE_NOOP("sharing", "status"),
    "dose": QT_TRANSLATE_NOOP("sharing", "dose"),
    "severity": QT_TRANSLATE_NOOP("sharing", "severity"),
    "value": QT_TRANSLATE_NOOP("sharing", "value"),
    "done": QT_TRANSLATE_NOOP("sharing", "done"),
}


def kind_words(tbl: str) -> str:
    return _tr(KINDS[tbl]) if tbl in KINDS else tbl.replace("_", " ").capitalize()


def field_words(col: str) -> str:
    return _tr(FIELDS[col]) if col in FIELDS else col.replace("_", " ")


def value_words(value: Any) -> str:
    if value is None or value == "":
        return _tr("(empty)")
    if value is True:
        return _tr("yes")
    if value is False:
        return _tr("no")
    return str(value)


def when_words(at: datetime, zone: str) -> str:
    return here_text(at, zone)


def _explained(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Working(QDialog):
    """A dialog whose OK runs slow work off the GUI thread, then shows what came of it."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.column = QVBoxLayout(self)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def finish_layout(self, ok_text: str) -> None:
        self.column.addWidget(self.problem)
        self.column.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        for button in self.buttons.buttons():
            button.setMinimumHeight(36)

    def go(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def run(self, busy: str, work: Callable[[], Any], shown: Callable[[Any], None]) -> None:
        from journey.errors import JournalError
        from journey.sync.service import SharingError

        self.buttons.setEnabled(False)
        self.problem.setText(busy)
        self.problem.show()

        def done(result: Any) -> None:
            self.result_value = result
            self.buttons.setEnabled(True)
            self.problem.hide()
            shown(result)

        def failed(error: Exception) -> None:
            if not isinstance(error, SharingError | JournalError | OSError):
                raise error
            self.buttons.setEnabled(True)
            self.problem.setText(_tr("Not done: %1").replace("%1", str(error)))
            self.problem.show()

        self.operation = run_in_background(self, work, done, failed)

    def show_code(self, code: str, mine: str, heading: str) -> None:
        """The invitation code to pass on, and this computer's fingerprint to compare."""
        form = self.findChild(QWidget, "form")
        if form is not None:
            form.hide()
        self.column.insertWidget(0, code_view(code, mine, heading))
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setMinimumHeight(36)
        close.clicked.connect(self.accept)
        close.setFocus()


def code_view(code: str, mine: str, heading: str) -> QWidget:
    view = QWidget()
    column = QVBoxLayout(view)
    column.addWidget(_explained(heading))
    shown = QLineEdit(code)
    shown.setReadOnly(True)
    shown.setObjectName("invitation")
    name_for_screen_readers(shown, _tr("Invitation code"))
    font = shown.font()
    font.setFamily("monospace")
    font.setPointSizeF(font.pointSizeF() * 1.3)
    shown.setFont(font)
    copy = QPushButton(_tr("&Copy the code"))
    copy.setMinimumHeight(36)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
    row = QHBoxLayout()
    row.addWidget(shown, 1)
    row.addWidget(copy)
    column.addLayout(row)
    column.addWidget(
        _explained(
            _tr(
                "Give it by phone, in person or in a message, not through the shared folder. "
                "When the other computer has joined, compare this computer's fingerprint aloud "
                "with what it shows: %1"
            ).replace("%1", mine)
        )
    )
    return view


class _DeviceForm(QWidget):
    """The folder, this computer's name and whose computer it is."""

    def __init__(self, services: JournalServices, with_code: bool) -> None:
        super().__init__()
        self.setObjectName("form")
        from journey.settings import RECORDED_BY

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(_tr("A folder your sync tool keeps in step"))
        choose = QPushButton(_tr("C&hoose…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.code = QLineEdit()
        self.code.setPlaceholderText("JRNY1-…")
        self.name = QLineEdit(_tr("%1's computer").replace("%1", QSysInfo.machineHostName()))
        self.person = choice_box(
            [("patient", _tr("The patient's")), ("companion", _tr("The companion's"))]
        )
        index = self.person.findData(services.settings.get(RECORDED_BY))
        self.person.setCurrentIndex(max(index, 0))
        rows: list[tuple[str, Any]] = [(_tr("Shared &folder"), row)]
        if with_code:
            rows.append((_tr("&Invitation code"), self.code))
        rows += [(_tr("This computer's &name"), self.name), (_tr("&Whose computer"), self.person)]
        for label, field in rows:
            caption = FieldLabel(label)
            widget = self.folder if field is row else field
            caption.setBuddy(widget)
            name_for_screen_readers(widget, label.replace("&", ""))
            form.addRow(caption, field)

    def choose_folder(self) -> None:
        chosen = file_dialogs.folder(self, file_dialogs.SHARED_FOLDER, _tr("The shared folder"))
        if chosen is not None:
            self.folder.setText(str(chosen))

    def values(self) -> tuple[Path, str, str, str]:
        return (
            Path(self.folder.text().strip()).expanduser(),
            self.code.text().strip(),
            self.name.text().strip(),
            str(self.person.currentData()),
        )


class ShareDialog(_Working):
    """Share this journey: set up the folder, then show the invitation code."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Share this journey"), parent)
        self.sharing = services.sharing
        self.column.addWidget(
            _explained(
                _tr(
                    "Choose a folder that Syncthing, Nextcloud, Dropbox, iCloud Drive or "
                    "OneDrive already keeps in step with the other computer. Journey puts only "
                    "encrypted files there; the journal itself stays here."
                )
            )
        )
        self.form = _DeviceForm(services, with_code=False)
        self.column.addWidget(self.form)
        self.finish_layout(_tr("&Share"))

    def go(self) -> None:
        folder, _, name, person = self.form.values()
        if not self.form.folder.text().strip():
            self.problem.setText(_tr("Choose the shared folder first."))
            self.problem.show()
            self.form.folder.setFocus()
            return
        self.run(
            _tr("Setting up the shared folder… (a few seconds)"),
            lambda: self.sharing.init(folder.resolve(), name, person),
            lambda found: self.show_code(
                found[0],
                found[1],
                _tr("Shared. On the other computer choose “Join a shared journey…” and type:"),
            ),
        )


class InviteDialog(_Working):
    """Another invitation code (a third computer, a lost code)."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Invite another computer"), parent)
        self.sharing = services.sharing
        self.column.addWidget(
            _explained(_tr("A new invitation code for another computer to join with."))
        )
        self.finish_layout(_tr("&Make a code"))

    def go(self) -> None:
        mine = self.sharing.status().fingerprint
        self.run(
            _tr("Making the invitation… (a few seconds)"),
            self.sharing.invite,
            lambda code: self.show_code(
                code, mine, _tr("On the other computer choose “Join a shared journey…” and type:")
            ),
        )


class JoinDialog(_Working):
    """Join a shared journey: this (new) journal becomes the shared journey's."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Join a shared journey"), parent)
        self.sharing = services.sharing
        self.column.addWidget(
            _explained(
                _tr(
                    "The other computer showed an invitation code when it shared the journey. "
                    "Choose your copy of the same shared folder and type the code."
                )
            )
        )
        self.form = _DeviceForm(services, with_code=True)
        self.column.addWidget(self.form)
        self.finish_layout(_tr("&Join"))

    def go(self) -> None:
        folder, code, name, person = self.form.values()
        if not self.form.folder.text().strip() or not code:
            self.problem.setText(_tr("Choose the shared folder and type the invitation code."))
            self.problem.show()
            return
        self.run(
            _tr("Opening the shared journey… (a few seconds)"),
            lambda: self.sharing.join(folder.resolve(), code, name, person),
            self.joined,
        )

    def joined(self, found: tuple[str, str]) -> None:
        theirs, mine = found
        self.form.hide()
        text = _tr(
            "Joined. Compare the fingerprints aloud: the other computer should show %1 for "
            "itself, and %2 for this one."
        )
        self.column.insertWidget(0, _explained(text.replace("%1", theirs).replace("%2", mine)))
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setMinimumHeight(36)
        close.clicked.connect(self.accept)
        close.setFocus()


def device_words(status: Status | None, device: str) -> str:
    """Which computer made a change: "Elena's laptop (the patient)"."""
    if status is None:
        return _tr("this computer")  # not shared: every change is made here
    for card in (status.me, *(peer.card for peer in status.peers)):
        if card.device_id == device:
            return f"{card.name} ({person_words(card.person)})"
    return _tr("another computer")


class ChoiceButton(QPushButton):
    """A button of three lines — the action, the value, who made it when — that wraps at
    any width (200 % text, a long note) in the window's own font, as a plain button cannot."""

    def __init__(self, action: str, value: str, made: str) -> None:
        super().__init__()
        self.action, self.value, self.made = action, value, made
        self.label = QLabel(f"<b>{_escape(action)}</b><br>{_escape(value)}<br>{_escape(made)}")
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inside = QVBoxLayout(self)
        inside.setContentsMargins(12, 8, 12, 8)
        inside.addWidget(self.label)
        self.setAccessibleName(f"{action}: {value}, {made}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


class ConflictsDialog(QDialog):
    """Changed on both computers — choose: each field with both values and who made each."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Changed on both computers — choose"))
        _fit_text(self)
        self.history = services.history
        self.status = _status(services)
        self.clock = services.clock  # times read where the user is
        column = QVBoxLayout(self)
        column.addWidget(
            _explained(
                _tr(
                    "Both computers changed these while apart. Journey kept the newer value on "
                    "both and set the other aside: choose the one to keep."
                )
            )
        )
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        body = QWidget()
        rows = QVBoxLayout(body)
        self.choices: list[tuple[ChoiceButton, ChoiceButton]] = []
        conflicts = self.history.conflicts()
        for conflict in conflicts:
            rows.addWidget(self._choice(conflict))
        if not conflicts:
            rows.addWidget(_explained(_tr("Nothing left to choose.")))
        rows.addStretch(1)
        self.area.setWidget(body)
        if self.choices:
            self.choices[0][0].setFocus()

    def _choice(self, conflict: Conflict) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        what = kind_words(conflict.tbl)
        if conflict.label:
            what = f"{what}: {conflict.label}"
        heading = QLabel(f"<b>{_escape(what)}</b> — {_escape(field_words(conflict.col))}")
        heading.setWordWrap(True)
        column.addWidget(heading)
        keep = self._button(_tr("Keep this (shown now)"), conflict.kept)
        take = self._button(_tr("Use this instead"), conflict.other)
        keep.clicked.connect(lambda: self.choose(conflict.id, take_other=False))
        take.clicked.connect(lambda: self.choose(conflict.id, take_other=True))
        column.addWidget(keep)
        column.addWidget(take)
        self.choices.append((keep, take))
        return box

    def _button(self, action: str, version: Version) -> ChoiceButton:
        who = device_words(self.status, version.device)
        value = _tr("“%1”").replace("%1", value_words(version.value))
        return ChoiceButton(action, value, f"{who} · {when_words(version.at, self.clock.zone)}")

    def choose(self, conflict_id: int, *, take_other: bool) -> None:
        self.history.choose(conflict_id, take_other=take_other)
        self.refresh()


class DeletedDialog(QDialog):
    """Recently deleted: what was deleted here or on another computer, newest first."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Recently deleted"))
        _fit_text(self)
        self.history = services.history
        self.status = _status(services)
        self.clock = services.clock  # times read where the user is
        column = QVBoxLayout(self)
        column.addWidget(
            _explained(_tr("Entries deleted on this computer or another. Restore brings one back."))
        )
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Recently deleted, newest first"))
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        column.addWidget(self.list, 1)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        column.addWidget(self.problem)
        row = QHBoxLayout()
        self.restore_button = big_button(_tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        close = big_button(_tr("Close"))
        close.clicked.connect(self.reject)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(close)
        column.addLayout(row)
        self.restored = 0
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for deleted in self.history.recently_deleted():
            item = QListWidgetItem(self.describe(deleted))
            item.setData(Qt.ItemDataRole.UserRole, deleted.uid)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(_tr("Nothing was deleted lately."))
        self.restore_button.setEnabled(self.list.currentItem() is not None and self._uid() != "")
        self.list.setFocus()

    def describe(self, deleted: Deleted) -> str:
        what = kind_words(deleted.tbl)
        if deleted.label:
            what = f"{what}: {deleted.label}"
        who = device_words(self.status, deleted.deleted.device)
        when = when_words(deleted.deleted.at, self.clock.zone)
        return (
            _tr("%1 — deleted %2 on %3").replace("%1", what).replace("%2", when).replace("%3", who)
        )

    def _uid(self) -> str:
        item = self.list.currentItem()
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole) or "")

    def restore_selected(self) -> None:
        from journey.sync.history import HistoryError

        uid = self._uid()
        if not uid:
            return
        try:
            self.history.restore(uid)
        except HistoryError as exc:
            self.problem.setText(_tr("Not restored: %1").replace("%1", str(exc)))
            self.problem.show()
            return
        self.restored += 1
        self.problem.hide()
        self.refresh()


def _status(services: JournalServices) -> Status | None:
    from journey.sync.service import SharingError

    try:
        return services.sharing.status()
    except SharingError:
        return None  # an unshared journal: every deletion is this computer's


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def _fit_text(dialog: QDialog) -> None:
    """Room for about 70 characters across and 24 lines down in the window's text size (at
    200 % the dialog grows with the text instead of scrolling it)."""
    metrics = dialog.fontMetrics()
    dialog.resize(max(640, 70 * metrics.averageCharWidth()), max(460, 24 * metrics.height()))
