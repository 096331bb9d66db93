"""Whose clock Journey keeps (issue 17, one time rule): one line under Today's date saying
which place's days and times the journal follows, and a way to say "I'm in …".

Hidden while that is simply the computer's own zone and the user said nothing: there is
nothing to explain then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journey.errors import InvalidInput, StorageFailed
from journey.whereabouts import HOME, SAID, STAY
from ui.widgets.forms import Form, ZoneBox
from ui.widgets.tables import big_button
from ui.words.itinerary import place_of
from ui.words.messages import problem_text, storage_text

if TYPE_CHECKING:
    from journey.services import JournalServices


class HerePanel(QFrame):
    """ "Days and times follow Tijuana time, where your plan has you now. [Somewhere else?]" """

    status = Signal(str)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setAccessibleName(self.tr("Where you are"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.line = QLabel()
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change = big_button(self.tr("I'm &somewhere else…"), self.tr("Say where you are now"))
        self.change.clicked.connect(self.ask)
        self.follow = big_button(
            self.tr("&Follow the plan"), self.tr("Follow the plan's places again")
        )
        self.follow.clicked.connect(self.follow_plan)
        row.addWidget(self.line, 1)
        row.addWidget(self.change, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.follow, 0, Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        clock = self.services.clock
        here = self.services.whereabouts.here(clock.now())
        place = place_of(here.zone)
        if here.why == SAID:
            text = self.tr("Days and times follow %1 time, as you said you are there.")
        elif here.why == STAY:
            text = self.tr("Days and times follow %1 time, where your plan has you now.")
        elif here.why == HOME:
            text = self.tr("Days and times follow %1 time, at home by your plan.")
        else:
            text = ""
        self.line.setText(text.replace("%1", place))
        self.follow.setVisible(here.why == SAID)
        self.setVisible(here.why == SAID or (bool(text) and here.zone != clock.computer_zone))

    def ask(self) -> None:
        zone = WhereDialog.ask(self.services.clock.zone, self)
        if zone is not None:
            self.say(zone)

    def follow_plan(self) -> None:
        self.say("")

    def say(self, zone: str) -> None:
        try:
            self.services.whereabouts.say(zone)
        except InvalidInput as exc:
            self.status.emit(" ".join(problem_text(p) for p in exc.problems))
            return
        except StorageFailed as exc:
            self.status.emit(storage_text(exc))
            return
        place = place_of(self.services.clock.zone)
        self.status.emit(self.tr("Days and times now follow %1 time.").replace("%1", place))


class WhereDialog(QDialog):
    """Where are you now? A place (city) whose time the journal then follows."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where are you now?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Journey counts today's date, the day of your stay and the times you log where "
                "you are. Type the city you are in; “Follow the plan” on Today undoes this."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = Form()
        self.zone = form.add("zone", self.tr("&City"), ZoneBox(zone))
        layout.addWidget(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, zone: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(zone, parent)
        return dialog.zone.zone() if dialog.exec() == QDialog.DialogCode.Accepted else None
