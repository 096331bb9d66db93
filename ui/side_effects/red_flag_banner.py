"""The red-flag banner (SPEC §2.5): at the top of the window on every page until the user says
they have seen it. A warning sign and words, the clinic's 24-hour number to call, never colour
alone, never a popup. Journey does not diagnose: the banner says what was logged and who to call.
When the red-flag rules could not all be checked (a broken rule, data that cannot be read) it
says that instead of nothing, with the same number to call if the patient is worried.
"""

from __future__ import annotations

from html import escape
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
from journey.side_effects import emergency_number
from ui.words.data import red_flag_cite, red_flag_source, red_flag_text
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
    | Change.BLOOD_COUNTS  # neutropenia ends with engraftment or "counts have recovered"
)


class RedFlagBanner(QFrame):
    """Shows the newest red flag not yet acknowledged; hidden when there is none."""

    status = Signal(str)  # said in the status bar and announced to screen readers
    alarm = Signal(str)  # a new red flag: the same, and a screen reader interrupts itself for it
    add_clinic_number = Signal()  # the window opens the contact form for the clinic's 24-h line

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.flags: list[RedFlag] = []  # the rules the newest flagged entry raised
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
        self.message.setTextFormat(Qt.TextFormat.RichText)
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
        self.copy_button.setAccessibleName(self.tr("Copy the number to call"))
        self.copy_button.clicked.connect(self.copy_number)
        self.add_number_button = QPushButton(self.tr("&Add the clinic's number…"))
        self.add_number_button.setAccessibleName(self.tr("Add the clinic's 24-hour number"))
        self.add_number_button.clicked.connect(self.add_clinic_number.emit)
        self.seen_button = QPushButton(self.tr("I have &seen this"))
        self.seen_button.setAccessibleName(self.tr("I have seen this red flag"))
        self.seen_button.clicked.connect(self.acknowledge)
        for button in (self.copy_button, self.add_number_button, self.seen_button):
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
        """Show one banner for the newest entry that raised unacknowledged flags, listing each
        rule it raised with its source; announce it the first time it appears. When a rule
        could not be checked, say so (never nothing): beside a flag, or on its own."""
        checked = self.services.red_flags.check()
        flags = list(checked.flags)
        newest = [f for f in flags if f.entry_id == flags[0].entry_id] if flags else []
        self.flags = newest
        self.unchecked = frozenset(checked.unchecked) - self._dismissed
        if not newest and not self.unchecked:
            self.hide()
            return
        unit = self.services.settings.preferences().temperature_unit
        if newest:
            first = newest[0]
            at = when_text(first.at, first.zone, self.services.clock.zone)
            messages = [red_flag_text(flag, unit) for flag in newest]
            message = " ".join(messages)
            heading = (
                self.tr("Red flag: call your clinic")
                if len(newest) == 1
                else self.tr("Red flags: call your clinic")
            )
            source = self.tr("Source: %1")
            lines = [
                f"<li>{escape(text)} <small>"
                f"({escape(source.replace('%1', red_flag_cite(flag)))})</small></li>"
                for text, flag in zip(messages, newest, strict=True)
            ]
            # The whole sources, for whoever wants them: the tooltip and screen readers.
            self.message.setToolTip(
                "\n\n".join(source.replace("%1", red_flag_source(f)) for f in newest)
            )
            logged = self.tr("Logged %1.").replace("%1", at)
            others = len({f.entry_id for f in flags}) - 1
            if others:
                logged += " " + self.tr("%1 more after this one.").replace("%1", str(others))
            if checked.unchecked:
                logged += " " + self.tr(
                    "Journey could not check every red-flag rule; if you are worried, call your "
                    "clinic."
                )
            html = f"<ul style='margin-left: -24px'>{''.join(lines)}</ul><p>{escape(logged)}</p>"
            text = f"{message} {logged}"
            key: object = (first.entry_id, tuple(f.rule_key for f in newest))
            alarm = self.tr("Red flag: %1 %2")
        else:
            heading = self.tr("Red flags could not be checked")
            message = text = self.tr(
                "Journey could not check your recent entries for red flags. If you feel unwell "
                "or are worried, call your clinic."
            )
            html = f"<p>{escape(text)}</p>"
            self.message.setToolTip("")
            key = self.unchecked
            alarm = self.tr("Red flags could not be checked: %1 %2")
            first = None
        self.heading.setText(heading)
        self.message.setText(html)
        self.message.setAccessibleName(text)
        clinic = self._clinic_number()
        self.phone = clinic
        if clinic:
            self.number.setText(self.tr("Clinic's 24-hour number: %1").replace("%1", self.phone))
        else:
            zone = first.zone if first is not None else self.services.clock.zone
            self.phone = emergency_number(zone)[1]
            self.number.setText(
                self.tr(
                    "No clinic 24-hour number yet. In an emergency call %1 (the emergency "
                    "number where this was logged)."
                ).replace("%1", self.phone)
            )
        self.add_number_button.setVisible(not clinic)
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
        if self.flags:
            self.services.red_flags.acknowledge_all(self.flags)
            self.status.emit(self.tr("Red flag marked as seen."))
        elif self.unchecked:
            self._dismissed |= self.unchecked
            self.status.emit(self.tr("Marked as seen."))
        else:
            return
        self.refresh()
