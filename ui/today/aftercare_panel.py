"""Today's aftercare reminders: whether a rating is due (or a baseline is wanted before the
treatment starts), with a button to rate now, and the follow-up plan's reminders that are due
within two weeks or overdue (SPEC §2.6), each with a button to mark it done."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journey.itinerary import Item
from ui.widgets.tables import big_button
from ui.words.aftercare import due_text
from ui.words.itinerary import item_title, kind_text
from ui.words.time import weekday_date_text

if TYPE_CHECKING:
    from journey.services import JournalServices


REMINDER_DAYS = 14  # a reminder shows on Today two weeks ahead, and until it is done


class AftercarePanel(QGroupBox):
    status = Signal(str)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ratings and follow-up"), parent)
        self.services = services
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.due_line = QLabel()
        self.due_line.setWordWrap(True)
        self.rate_button = big_button(self.tr("&Rate now…"), self.tr("Rate your week now"))
        self.rate_button.setToolTip("Ctrl+R")
        self.rate_button.clicked.connect(self.rate)
        row.addWidget(self.due_line, 1)
        row.addWidget(self.rate_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.reminders = QVBoxLayout()
        layout.addLayout(self.reminders)
        self.reminder_lines: list[QLabel] = []

    def refresh(self) -> None:
        status = self.services.ratings.status()
        today = self.services.clock.today()
        self.due_line.setText(due_text(status, today))
        self.rate_button.setVisible(status.due or status.baseline_needed)
        while self.reminders.count():
            item = self.reminders.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.reminder_lines = []
        items = self.services.itinerary.items(last=today + timedelta(days=REMINDER_DAYS))
        # Each "Mark done" right after "Rate now" in the Tab order, as they read: built after
        # the page, they would otherwise come last, after the profile below them.
        previous: QWidget = self.rate_button
        for reminder in self.services.clinical.reminders(items, REMINDER_DAYS):
            line, done = self._reminder(reminder, today)
            self.reminders.addWidget(line)
            QWidget.setTabOrder(previous, done)
            previous = done

    def _reminder(self, item: Item, today: date) -> tuple[QWidget, QPushButton]:
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        day = item.details.start.date()
        when = weekday_date_text(day)
        if day < today:
            when = self.tr("%1 (overdue)").replace("%1", when)
        text = f"{when} — {item_title(item.details)} ({kind_text(item.details.kind)})"
        label = QLabel(text)
        label.setWordWrap(True)
        self.reminder_lines.append(label)
        done = big_button(self.tr("Mark &done"), self.tr("Mark done: %1").replace("%1", text))
        done.clicked.connect(lambda: self.mark_done(item))
        row.addWidget(label, 1)
        row.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
        return line, done

    def mark_done(self, item: Item) -> None:
        self.services.itinerary.update(item.id, replace(item.details, status="done"))
        self.status.emit(self.tr("Marked done: %1.").replace("%1", item_title(item.details)))

    def rate(self) -> None:
        from ui.aftercare.rating_dialog import RatingDialog, rated_message

        stored = RatingDialog.ask(self.services, self.window())
        if stored is not None:
            self.status.emit(rated_message(stored))
