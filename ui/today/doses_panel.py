"""Today's doses (issue 18, part 6): each dose of a medicine with a schedule that is due today,
with Taken, Taken late and Skipped; what was recorded, by whom and when; and the as-needed
medicines with "Took a dose now". Who records is chosen once above the list. Hidden when no
medicine has a dose today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey.errors import InvalidInput, StorageFailed
from ui.widgets.tables import big_button
from ui.words.medications import due_line, medicine_text, record_text
from ui.words.time import clock_text
from ui.words.vocabulary import recorded_by_text

if TYPE_CHECKING:
    from datetime import datetime

    from journey.services import JournalServices
    from journey.services.medications import DueDose, Medicine


class DosesPanel(QGroupBox):
    status = Signal(str)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Medicines today"), parent)
        self.services = services
        layout = QVBoxLayout(self)
        who = QHBoxLayout()
        who_label = QLabel(self.tr("Recorded &by"))
        self.who = QComboBox()
        for value in ("patient", "companion"):
            self.who.addItem(recorded_by_text(value), value)
        who_label.setBuddy(self.who)
        self.who.setAccessibleName(self.tr("Doses recorded by"))
        who.addWidget(who_label)
        who.addWidget(self.who)
        who.addStretch(1)
        layout.addLayout(who)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.lines: list[QLabel] = []
        self.buttons: dict[tuple[int, str], list[QPushButton]] = {}

    def refresh(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lines, self.buttons = [], {}
        doses = self.services.clinical.doses
        due = doses.today()
        as_needed = doses.as_needed(self.services.clock.today())
        self.setVisible(bool(due or as_needed))
        for dose in due:
            self.rows.addWidget(self._dose_row(dose))
        for medicine in as_needed:
            self.rows.addWidget(self._as_needed_row(medicine))

    def _dose_row(self, dose: DueDose) -> QWidget:
        row = QWidget()
        across = QHBoxLayout(row)
        across.setContentsMargins(0, 0, 0, 0)
        text = due_line(dose.name, dose.dose, dose.route, dose.due.local)
        now = self.services.clock.now()
        if dose.record is not None:
            text += " — " + record_text(dose.record, self.services.clock.zone)
        elif dose.missed(now):
            text += " — " + self.tr("not recorded yet")
        label = QLabel(text)
        label.setWordWrap(True)
        self.lines.append(label)
        across.addWidget(label, 1)
        buttons = []
        if dose.record is None:
            for status, caption, spoken in (
                ("taken", self.tr("Taken"), self.tr("Taken: %1")),
                ("late", self.tr("Taken late"), self.tr("Taken late: %1")),
                ("skipped", self.tr("Skipped"), self.tr("Skipped: %1")),
            ):
                button = big_button(caption, spoken.replace("%1", text))
                button.clicked.connect(
                    lambda _=False, s=status, d=dose: self.record(d.medication_id, d, s)
                )
                across.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                buttons.append(button)
        else:
            undo = big_button(
                self.tr("Undo"), self.tr("Undo what was recorded: %1").replace("%1", text)
            )
            record = dose.record
            undo.clicked.connect(lambda: self.undo(record.id, dose.name))
            across.addWidget(undo, 0, Qt.AlignmentFlag.AlignTop)
            buttons.append(undo)
        self.buttons[(dose.medication_id, dose.due.local.isoformat())] = buttons
        return row

    def _as_needed_row(self, medicine: Medicine) -> QWidget:
        row = QWidget()
        across = QHBoxLayout(row)
        across.setContentsMargins(0, 0, 0, 0)
        d = medicine.details
        taken = [
            r
            for r in self.services.clinical.doses.records(medicine.id)
            if r.due_local.date() == self.services.clock.today()
        ]
        text = self.tr("%1 — as needed").replace("%1", medicine_text(d.name, d.dose, d.route))
        if taken:
            text += " — " + self.tr("taken today: %1").replace(
                "%1", ", ".join(clock_text(r.due_local.time()) for r in taken)
            )
        label = QLabel(text)
        label.setWordWrap(True)
        self.lines.append(label)
        button = big_button(
            self.tr("Took a dose now"), self.tr("Took a dose now: %1").replace("%1", d.name)
        )
        button.clicked.connect(lambda: self.took_now(medicine))
        across.addWidget(label, 1)
        across.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons[(medicine.id, "as_needed")] = [button]
        return row

    def _store(self, medication_id: int, local: datetime, status: str) -> bool:
        try:
            self.services.clinical.doses.record(
                medication_id, local, status, self.who.currentData()
            )
        except (InvalidInput, StorageFailed) as error:
            from ui.words.messages import problem_text, storage_text

            if isinstance(error, StorageFailed):
                self.status.emit(storage_text(error, in_a_dialog=False))
            else:
                self.status.emit(problem_text(error.problems[0]))
            return False
        self.refresh()
        return True

    def record(self, medication_id: int, dose: DueDose, status: str) -> None:
        if self._store(medication_id, dose.due.local, status):
            from ui.words.medications import STATUS_CHOICES, shown

            self.status.emit(
                self.tr("Recorded: %1 %2.")
                .replace("%1", due_line(dose.name, dose.dose, "", dose.due.local))
                .replace("%2", shown(STATUS_CHOICES, status))
            )

    def took_now(self, medicine: Medicine) -> None:
        from journey.timekeeping import shown_in

        now = shown_in(self.services.clock.now(), self.services.clock.zone)
        local = now.replace(tzinfo=None, second=0, microsecond=0)
        if self._store(medicine.id, local, "taken"):
            self.status.emit(self.tr("Recorded: %1 taken.").replace("%1", medicine.details.name))

    def undo(self, record_id: int, name: str) -> None:
        self.services.clinical.doses.clear(record_id)
        self.refresh()
        self.status.emit(self.tr("Undone: what was recorded for %1.").replace("%1", name))
