"""Clinical events after treatment (SPEC §2.6–2.7): relapses, MRI results, EDSS reports and
medications, each a table newest first with Add, Edit and Delete (with Undo), and the
discharge packet. Journey records what the clinicians reported; it never works anything out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journey.aftercare import DischargeDetails
from journey.changes import Change
from journey.errors import InvalidInput
from journey.services import JournalServices
from ui.aftercare.clinical_dialogs import (
    EdssDialog,
    MedicationDialog,
    MriDialog,
    RecordDialog,
    RelapseDialog,
)
from ui.widgets.forms import Form
from ui.widgets.page import Page
from ui.widgets.tables import Column, RowsModel, RowsTable, UndoBar, big_button
from ui.words.time import weekday_date_text

SUMMARY_CHARACTERS = 160  # a long report shows its start in the table; Edit shows it all


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClinicalPage", text)


def day_text(day: date) -> str:
    """ "Tue 3 Mar 2026", in the user's language."""
    return weekday_date_text(day)


def count_shown(value: int | None) -> str:
    return _tr("not reported") if value is None else QLocale().toString(value)


def summary(text: str) -> str:
    """The text on one line, shortened if long."""
    flat = " ".join(text.split())
    return flat if len(flat) <= SUMMARY_CHARACTERS else flat[: SUMMARY_CHARACTERS - 1] + "…"


def score_text(score: float) -> str:
    return QLocale().toString(score, "f", 1)


def _date_column(header: str, day: Callable[[Any], date | None], missing: str = "") -> Column:
    """Sorted by the date itself; a missing end sorts after every date (still going on)."""

    def text(record: Any) -> str:
        value = day(record)
        return missing if value is None else day_text(value)

    def sort(record: Any) -> int:
        value = day(record)
        return (date.max if value is None else value).toordinal()

    return Column(header, text, sort=sort)


@dataclass(frozen=True)
class RecordKind:
    """What differs between the four lists."""

    name: str  # the tab's accessible name and the table's
    tab: str  # the tab's caption, with its mnemonic
    intro: str
    add_label: str
    columns: list[Column]
    newest: Callable[[Any], date]  # the date the list is ordered by, newest first
    describe: Callable[[Any], str]  # the record in a status message: "the MRI of …"
    dialog: type[RecordDialog]


def relapse_kind() -> RecordKind:
    return RecordKind(
        name=_tr("Relapses"),
        tab=_tr("&Relapses"),
        intro=_tr("Relapses as your neurologist confirmed them, with any steroid treatment."),
        add_label=_tr("&Add relapse…"),
        columns=[
            _date_column(_tr("Start"), lambda r: r.details.started),
            _date_column(_tr("End"), lambda r: r.details.ended, _tr("ongoing")),
            Column(_tr("Symptoms"), lambda r: summary(r.details.symptoms)),
            Column(_tr("Steroid treatment"), lambda r: summary(r.details.steroids)),
        ],
        newest=lambda r: r.details.started,
        describe=lambda r: _tr("the relapse that started %1").replace(
            "%1", day_text(r.details.started)
        ),
        dialog=RelapseDialog,
    )


def mri_kind() -> RecordKind:
    return RecordKind(
        name=_tr("MRI results"),
        tab=_tr("&MRI results"),
        intro=_tr("Each scan's lesion counts as the report gives them, and its words."),
        add_label=_tr("&Add MRI result…"),
        columns=[
            _date_column(_tr("Date"), lambda r: r.details.on),
            Column(
                _tr("New or enlarging T2"),
                lambda r: count_shown(r.details.new_t2),
                sort=lambda r: -1 if r.details.new_t2 is None else r.details.new_t2,
            ),
            Column(
                _tr("Enhancing"),
                lambda r: count_shown(r.details.enhancing),
                sort=lambda r: -1 if r.details.enhancing is None else r.details.enhancing,
            ),
            Column(_tr("Report"), lambda r: summary(r.details.report)),
        ],
        newest=lambda r: r.details.on,
        describe=lambda r: _tr("the MRI of %1").replace("%1", day_text(r.details.on)),
        dialog=MriDialog,
    )


def edss_kind() -> RecordKind:
    return RecordKind(
        name=_tr("EDSS reports"),
        tab=_tr("ED&SS reports"),
        intro=_tr("EDSS scores exactly as your neurologist reported them."),
        add_label=_tr("&Add EDSS report…"),
        columns=[
            _date_column(_tr("Date"), lambda r: r.details.on),
            Column(
                _tr("Score"),
                lambda r: score_text(r.details.score),
                sort=lambda r: r.details.score,
                numeric=True,
            ),
            Column(_tr("Reported by"), lambda r: r.details.reported_by),
        ],
        newest=lambda r: r.details.on,
        describe=lambda r: _tr("the EDSS report of %1").replace("%1", day_text(r.details.on)),
        dialog=EdssDialog,
    )


def medication_kind() -> RecordKind:
    return RecordKind(
        name=_tr("Medications"),
        tab=_tr("Medica&tions"),
        intro=_tr(
            "Medicines started or stopped after treatment, for example antiviral and "
            "antibiotic prophylaxis."
        ),
        add_label=_tr("&Add medication…"),
        columns=[
            Column(_tr("Name"), lambda r: r.details.name),
            Column(_tr("Dose"), lambda r: r.details.dose),
            Column(_tr("Schedule"), lambda r: medication_schedule_text(r.details)),
            _date_column(_tr("Start"), lambda r: r.details.started),
            Column(
                _tr("Stop"),
                stop_text_of,
                sort=lambda r: (r.details.stopped or date.max).toordinal(),
            ),
        ],
        newest=lambda r: r.details.started,
        describe=lambda r: r.details.name,
        dialog=MedicationDialog,
    )


def medication_schedule_text(details: Any) -> str:
    """The user's words, and the reminders' schedule beside them when there is one."""
    from ui.words.medications import schedule_text

    words, structured = details.schedule, schedule_text(details.dose_schedule)
    return " — ".join(part for part in (words, structured) if part)


def stop_text_of(record: Any) -> str:
    from ui.words.medications import stop_text

    return stop_text(record.details)


class ClinicalPage(Page):
    """The page; it scrolls rather than clip at large text sizes."""

    shows = Change.CLINICAL

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(scrolls=True, parent=parent)
        self.set_heading(
            self.tr("Clinical events"),
            self.tr(
                "What your care team reported after treatment, and the discharge packet from "
                "the clinic. Journey keeps what they said; it never works anything out."
            ),
        )
        self.services = services
        clinical = services.clinical
        layout = self.layout_

        today = services.clock.today
        self.relapses = RecordsTab(clinical.relapses, relapse_kind(), today)
        self.mris = RecordsTab(clinical.mris, mri_kind(), today)
        self.edss = RecordsTab(clinical.edss, edss_kind(), today)
        self.medications = RecordsTab(clinical.medications, medication_kind(), today)
        # The prophylaxis the protocol's cited source lists, to confirm one by one (issue 18).
        self.prophylaxis_button = big_button(self.tr("Add the &prophylaxis your clinic gave you…"))
        self.prophylaxis_button.clicked.connect(self.add_prophylaxis)
        self.medications.extra_row.addWidget(self.prophylaxis_button)
        self.medications.extra_row.addStretch(1)
        self.discharge = DischargeTab(services)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Kind of clinical record"))
        self.tabs.tabBar().setAccessibleName(self.tr("Kind of clinical record"))
        for tab in self.record_tabs():
            self.tabs.addTab(tab, tab.kind.tab)
            tab.status.connect(self.status)
        self.tabs.addTab(self.discharge, self.tr("Disc&harge packet"))
        self.discharge.status.connect(self.status)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def record_tabs(self) -> list[RecordsTab]:
        return [self.relapses, self.mris, self.edss, self.medications]

    def add_prophylaxis(self) -> None:
        from ui.aftercare.prophylaxis_dialog import ProphylaxisDialog

        added = ProphylaxisDialog.ask(self.services, self)
        if added:
            self.medications.refresh(keep=added[-1][0])
            names = ", ".join(name for _, name in added)
            self.status.emit(self.tr("Added with your team's doses: %1.").replace("%1", names))

    def refresh(self) -> None:
        """Show what is stored (the window calls this when the journal changed)."""
        self.prophylaxis_button.setVisible(self.services.clinical.doses.offer() is not None)
        for tab in self.record_tabs():
            tab.refresh()
        self.discharge.refresh()


class RecordsTab(QWidget):
    """One kind of record: its table, newest first, and Add, Edit (F2, Enter, double-click)
    and Delete (the Delete key), with Undo and Ctrl+Z."""

    status = Signal(str)

    def __init__(self, records: Any, kind: RecordKind, today: Callable[[], date]) -> None:
        super().__init__()
        self.records = records
        self.kind = kind
        self.today = today
        self.setAccessibleName(kind.name)
        layout = QVBoxLayout(self)
        intro = QLabel(kind.intro)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        model = RowsModel(kind.columns, key=lambda r: r.id, parent=self)
        self.table = RowsTable(model, self.tr("%1, newest first").replace("%1", kind.name))
        self.table.set_empty_text(
            self.tr("Nothing recorded yet. “%1” adds the first.").replace(
                "%1", kind.add_label.replace("&", "").rstrip("…")
            )
        )
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add_button = big_button(kind.add_label)
        self.edit_button = big_button(self.tr("&Edit…"))
        self.delete_button = big_button(self.tr("&Delete"))
        self.edit_button.setToolTip(self.tr("Edit the selected line (F2 or Enter)"))
        self.delete_button.setToolTip(self.tr("Delete the selected line (Delete key)"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # A row under the buttons for what one kind adds (medications: the prophylaxis offer),
        # so the buttons' row still fits at 200 % text.
        self.extra_row = QHBoxLayout()
        layout.addLayout(self.extra_row)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_record)
        self.delete_button.clicked.connect(self.delete_record)
        self.table.activated.connect(lambda _index: self.edit_record())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_record)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.table)
        edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.activated.connect(self.edit_record)

    def refresh(self, keep: int | None = None) -> None:
        current = self.table.current()
        if keep is None and current is not None:
            keep = current.id
        rows = sorted(self.records.all(), key=lambda r: (self.kind.newest(r), r.id), reverse=True)
        self.table.reload(rows, keep)
        self._selection_changed()

    def _selection_changed(self) -> None:
        selected = self.table.current() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def add_record(self) -> None:
        added = self.kind.dialog.ask(self.records, self.records.add, self.today(), parent=self)
        if added is None:
            return
        self.refresh(keep=added.id)
        self.table.setFocus()
        self.status.emit(self.tr("Added %1.").replace("%1", self.kind.describe(added)))

    def edit_record(self) -> None:
        current = self.table.current()
        if current is None:
            return
        saved = self.kind.dialog.ask(
            self.records,
            lambda details: self.records.update(current.id, details),
            self.today(),
            current.details,
            parent=self,
        )
        if saved is None:
            return
        self.refresh(keep=saved.id)
        self.table.setFocus()
        self.status.emit(self.tr("Saved %1.").replace("%1", self.kind.describe(saved)))

    def delete_record(self) -> None:
        current = self.table.current()
        if current is None:
            return
        row = self.table.currentIndex().row()
        deleted = self.records.delete(current.id)
        self.refresh()
        count = self.table.model().rowCount()
        if count:  # the next line, so Delete can go on down the list
            self.table.selectRow(min(row, count - 1))
        message = self.tr("Deleted %1.").replace("%1", self.kind.describe(deleted))
        self.undo_bar.push(message, lambda: self._restore(deleted))
        self.status.emit(message + " " + self.tr("Press Undo or Ctrl+Z to bring it back."))

    def _restore(self, deleted: Any) -> None:
        restored = self.records.restore(deleted)
        self.refresh(keep=restored.id)
        self.table.setFocus()
        self.status.emit(self.tr("Brought back %1.").replace("%1", self.kind.describe(restored)))


class PacketBox(QPlainTextEdit):
    """A few lines of the packet's text (more scroll inside it): it asks for little, so the
    page scrolls only when the text size truly needs it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field

    def _lines(self, count: int) -> int:
        return self.fontMetrics().lineSpacing() * count + 2 * self.frameWidth() + 8

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._lines(5))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._lines(3))


class DischargeTab(QWidget):
    """The clinic's discharge instructions, restrictions and whom to call; saved with Save
    or Ctrl+S, never on each keystroke."""

    status = Signal(str)

    def __init__(self, services: JournalServices) -> None:
        super().__init__()
        self.clinical = services.clinical
        self.setAccessibleName(self.tr("Discharge packet"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Copy here what the clinic gave you on leaving. The medicines to take go in "
                "the Medications tab."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = Form()
        add = self.form.add
        self.instructions = add("instructions", self.tr("&Instructions"), self._box())
        self.restrictions = add(
            "restrictions",
            self.tr("Restrictio&ns"),
            self._box(),
            self.tr("For example no crowds, no gardening, no raw food, no live vaccines."),
        )
        self.who_to_call = add(
            "who_to_call",
            self.tr("&Who to call"),
            self._box(),
            self.tr("Who to call, when, and their numbers: the clinic, your neurologist."),
        )
        layout.addWidget(self.form)
        buttons = QHBoxLayout()
        self.save_button = big_button(self.tr("Sa&ve packet"))
        self.save_button.setToolTip(
            QKeySequence(QKeySequence.StandardKey.Save).toString(
                QKeySequence.SequenceFormat.NativeText
            )
        )
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)
        self._stored = DischargeDetails()

    def _box(self) -> PacketBox:
        return PacketBox()

    def read(self) -> DischargeDetails:
        return DischargeDetails(
            instructions=self.instructions.toPlainText(),
            restrictions=self.restrictions.toPlainText(),
            who_to_call=self.who_to_call.toPlainText(),
        )

    def refresh(self) -> None:
        """Show what is stored, unless the user has typed something not saved yet."""
        if self.read() != self._stored:
            return
        self._stored = self.clinical.discharge()
        self.instructions.setPlainText(self._stored.instructions)
        self.restrictions.setPlainText(self._stored.restrictions)
        self.who_to_call.setPlainText(self._stored.who_to_call)

    def save(self) -> None:
        details = self.read()
        try:
            self._stored = self.clinical.save_discharge(details)
        except InvalidInput as error:
            self.form.show_problems(list(error.problems))
            return
        self.form.show_problems([])
        self.status.emit(self.tr("Discharge packet saved."))
