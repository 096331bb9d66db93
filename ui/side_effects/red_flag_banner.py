"""The red-flag banner (SPEC §2.5): at the top of the window on every page until the user says
they have seen it. A warning sign and words, the clinic's 24-hour number to call, never colour
alone, never a popup. Journey does not diagnose: the banner says what was logged and who to call.
When the red-flag rules could not all be checked (a broken rule, data that cannot be read) it
says that instead of nothing, with the same number to call if the patient is worried.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from journey.changes import Change
from ui.words.data import red_flag_text
from ui.words.itinerary import when_text

if TYPE_CHECKING:
    from journey.services import JournalServices
    from journey.side_effects import RedFlag, Unchecked

SHOWS = (
    Change.SIDE_EFFECTS
    | Change.RED_FLAGS
    | Change.SETTINGS
    | Change.ITINERARY
    | Change.WATCH_WINDOWS
    | Change.CONTACTS
)


class RedFlagBanner(QFrame):
    """Shows the newest red flag not yet acknowledged; hidden when there is none."""

    status = Signal(str)  # said in the status bar and announced to screen readers
    alarm = Signal(str)  # a new red flag: the same, and a screen reader interrupts itself for it

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.flag: RedFlag | None = None
        self.unchecked: frozenset[Unchecked] = frozenset()  # rules that could not be checked
        self._dismissed: frozenset[Unchecked] = frozenset()  # seen while they could not be
        self.phone = ""
        self._announced: set[object] = set()
        self.setObjectName("red_flag_banner")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(3)
        self.setAccessibleName(self.tr("Red flag"))
        # The border is the error colour; the sign and the words say it without colour.
        self.setStyleSheet(
            "QFrame#red_flag_banner { border: 3px solid palette(bright-text); border-radius: 6px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        self.icon = QLabel()
        size = max(32, self.fontMetrics().height() * 2)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(size, size))
        self.icon.setAccessibleName(self.tr("Warning"))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.icon)
        words = QVBoxLayout()
        self.heading = QLabel(self.tr("Red flag: call your clinic"))
        self.heading.setProperty("role", "headline")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number = QLabel()
        self.number.setWordWrap(True)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number.setStyleSheet("font-weight: bold")
        for label in (self.heading, self.message, self.number):
            words.addWidget(label)
        row.addLayout(words, 1)
        buttons = QVBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy number"))
        self.copy_button.setAccessibleName(self.tr("Copy the clinic's 24-hour number"))
        self.copy_button.clicked.connect(self.copy_number)
        self.seen_button = QPushButton(self.tr("I have &seen this"))
        self.seen_button.setAccessibleName(self.tr("I have seen this red flag"))
        self.seen_button.clicked.connect(self.acknowledge)
        for button in (self.copy_button, self.seen_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.hide()

    def cares_about(self, change: Change) -> bool:
        """Flags come from entries, the thresholds, the itinerary (neutropenia, lumbar
        punctures), acknowledgements and the clinic's number."""
        return bool(change & SHOWS)

    def refresh(self) -> None:
        """Show the newest unacknowledged flag; announce it the first time it appears. When a
        rule could not be checked, say so (never nothing): beside a flag, or on its own."""
        checked = self.services.red_flags.check()
        flags = list(checked.flags)
        self.flag = flags[0] if flags else None
        self.unchecked = frozenset(checked.unchecked) - self._dismissed
        if self.flag is None and not self.unchecked:
            self.hide()
            return
        if self.flag is not None:
            flag = self.flag
            at = when_text(flag.at, flag.zone, self.services.clock.zone)
            message = red_flag_text(flag)
            heading = self.tr("Red flag: call your clinic")
            text = self.tr("%1 Logged %2.").replace("%1", message).replace("%2", at)
            if len(flags) > 1:
                more = self.tr("%1 more after this one.").replace("%1", str(len(flags) - 1))
                text += " " + more
            if checked.unchecked:
                text += " " + self.tr(
                    "Journey could not check every red-flag rule; if you are worried, call your "
                    "clinic."
                )
            key: object = (flag.rule_key, flag.entry_id)
            alarm = self.tr("Red flag: %1 %2")
        else:
            heading = self.tr("Red flags could not be checked")
            message = text = self.tr(
                "Journey could not check your recent entries for red flags. If you feel unwell "
                "or are worried, call your clinic."
            )
            key = self.unchecked
            alarm = self.tr("Red flags could not be checked: %1 %2")
        self.heading.setText(heading)
        self.message.setText(text)
        self.phone = self._clinic_number()
        if self.phone:
            self.number.setText(self.tr("Clinic's 24-hour number: %1").replace("%1", self.phone))
        else:
            self.number.setText(self.tr("Add the clinic's 24-hour number on the People page."))
        self.copy_button.setVisible(bool(self.phone))
        self.setAccessibleDescription(f"{text} {self.number.text()}")
        self.show()
        if key not in self._announced:
            self._announced.add(key)
            self.alarm.emit(alarm.replace("%1", message).replace("%2", self.number.text()))

    def _clinic_number(self) -> str:
        for contact in self.services.contacts.contacts():
            if contact.details.role == "clinic_24h" and contact.details.phone.strip():
                return contact.details.phone.strip()
        return ""

    def copy_number(self) -> None:
        if self.phone:
            QGuiApplication.clipboard().setText(self.phone)
            self.status.emit(self.tr("Copied %1").replace("%1", self.phone))

    def acknowledge(self) -> None:
        """Record that the user has seen the flag (with the time); show the next, if any. A
        check that could not be done is set aside until it fails in another way or Journey
        starts again (there is nothing to record: no entry raised it)."""
        if self.flag is not None:
            self.services.red_flags.acknowledge(self.flag)
            self.status.emit(self.tr("Red flag marked as seen."))
        elif self.unchecked:
            self._dismissed |= self.unchecked
            self.status.emit(self.tr("Marked as seen."))
        else:
            return
        self.refresh()
