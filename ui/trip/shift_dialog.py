"""Shift: move an item and what comes after it by N days or hours, in one action.

Before anything moves the dialog lists each item that would move, old time → new time, with a
checkbox: a booked item (a flight, a hotel) comes unticked and stays unless the user ticks it.
Arrows move along the list, Space ticks or unticks the item there, Enter shifts the ticked ones.
The list follows the amount as it changes. A shift the itinerary refuses (a time that does not
exist, an item moved before the arrival) is explained in the dialog and nothing moves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey.errors import Problem
from journey.itinerary import PlannedMove
from ui.trip.item_dialog import ok_cancel
from ui.widgets.forms import ErrorLabel, Form, choice_box, widen_with_text
from ui.words.itinerary import clock_time, item_title, place_of
from ui.words.messages import problem_text
from ui.words.time import date_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1

Plan = Callable[[timedelta], list[PlannedMove]]
Apply = Callable[[timedelta, list[int]], list[Problem]]


def moment(at: datetime) -> str:
    """ "Thu 14 Jan 09:00", at the wall time where the item happens."""
    return f"{date_text(at.date(), 'ddd d MMM')} {clock_time(at)}"


def elsewhere(text: str, zone: str, computer_zone: str) -> str:
    """``text`` with the place named when its zone is not the computer's, in the words the
    agenda uses for times elsewhere ("09:00–10:00 Tijuana time")."""
    if not computer_zone or zone == computer_zone:
        return text
    time_there = QCoreApplication.translate("itinerary", "%1 %2 time")
    return time_there.replace("%1", text).replace("%2", place_of(zone))


class ShiftDialog(QDialog):
    """Move an item and everything after it by N days or hours; each item that would move is
    listed with a checkbox (a booked one unticked), and only the ticked ones move."""

    def __init__(
        self,
        title: str,
        plan: Plan,
        apply: Apply,
        computer_zone: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift items"))
        widen_with_text(self, 520, 64)
        self._plan = plan
        self._apply = apply
        self._zone = computer_zone
        self._ticked: dict[int, bool] = {}  # by item id, as the user left each
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Move “%1” and everything after it. Day numbers follow.").replace("%1", title)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = Form()
        self.amount = form.add("amount", self.tr("&By"), QSpinBox())
        self.amount.setRange(-60, 60)
        self.amount.setValue(1)
        self.unit = form.add(
            "unit",
            self.tr("&Unit"),
            choice_box([("days", self.tr("days")), ("hours", self.tr("hours"))]),
        )
        layout.addWidget(form)
        # The list below the form, not in it: a form row keeps its hint's place while the
        # list shrinks at 200 % text, and the two were drawn over each other.
        heading = QLabel(self.tr("&What moves"))
        hint = QLabel(
            self.tr(
                "Only the ticked items move. Booked ones stay where they are unless you tick "
                "them. Space ticks or unticks the item selected."
            )
        )
        hint.setWordWrap(True)
        self.moves = QListWidget()
        heading.setBuddy(self.moves)
        self.moves.setAccessibleName(self.tr("What moves"))
        self.moves.setAccessibleDescription(hint.text())
        self.count = QLabel()  # "24 of 25 ticked: they move."
        self.count.setWordWrap(True)
        self.moves.setMinimumHeight(self.fontMetrics().height() * 6)
        # A long title at 200 % text wraps onto a second line rather than scroll sideways.
        self.moves.setWordWrap(True)
        self.moves.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.moves.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.moves.setResizeMode(QListWidget.ResizeMode.Adjust)
        for widget, stretch in ((heading, 0), (hint, 0), (self.moves, 1), (self.count, 0)):
            layout.addWidget(widget, stretch)
        self._title = title
        self.error = ErrorLabel(self.amount)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("&Shift")))
        self.amount.valueChanged.connect(self._show_plan)
        self.unit.currentIndexChanged.connect(self._show_plan)
        self.moves.itemChanged.connect(self._remember_tick)
        self._show_plan()
        # As tall as it asks, within the screen: at 200 % text Qt's height for the wrapped
        # words at the minimum width fell short, and the rows were drawn over each other.
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        self.setMinimumHeight(min(self.sizeHint().height(), screen - 80))

    def delta(self) -> timedelta:
        value = self.amount.value()
        return (
            timedelta(days=value) if self.unit.currentData() == "days" else timedelta(hours=value)
        )

    # --- the list -----------------------------------------------------------------------

    def _row_text(self, move: PlannedMove) -> str:
        """ "Flight home: Thu 14 Jan 09:00 → Fri 15 Jan 09:00 (booked)"."""
        before, after = move.item.details, move.moved
        span = elsewhere(f"{moment(before.start)} → {moment(after.start)}", before.zone, self._zone)
        text = self.tr("%1: %2").replace("%2", span).replace("%1", item_title(before))
        if before.pinned:
            text = self.tr("%1 (booked)").replace("%1", text)
        if before.status == "cancelled":
            text = self.tr("%1 (cancelled)").replace("%1", text)
        return text

    def _show_plan(self) -> None:
        """The items that would move by the amount shown, each ticked as the user left it (as
        offered, at first)."""
        plan = self._plan(self.delta())
        self.moves.blockSignals(True)  # ticks set here are not the user's
        try:
            same = [move.item.id for move in plan] == self.ids()
            if not same:
                self.moves.clear()
            for row, move in enumerate(plan):
                ticked = self._ticked.setdefault(move.item.id, move.ticked)
                entry = self.moves.item(row) if same else QListWidgetItem()
                text = self._row_text(move)
                entry.setText(text)
                entry.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                if not same:
                    entry.setData(ID_ROLE, move.item.id)
                    entry.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    entry.setCheckState(
                        Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                    )
                    self.moves.addItem(entry)
            if not same and plan:  # the item being shifted, selected (another may share its time)
                titles = [item_title(move.item.details) for move in plan]
                self.moves.setCurrentRow(titles.index(self._title) if self._title in titles else 0)
        finally:
            self.moves.blockSignals(False)
        self._count()
        self.error.clear_problem()

    def _count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2 ticked: they move.")
            .replace("%1", str(len(self.ticked())))
            .replace("%2", str(self.moves.count()))
        )

    def _remember_tick(self, entry: QListWidgetItem) -> None:
        self._ticked[entry.data(ID_ROLE)] = entry.checkState() == Qt.CheckState.Checked
        self._count()

    def ids(self) -> list[int]:
        """Every listed item's id, in the list's order."""
        return [self.moves.item(row).data(ID_ROLE) for row in range(self.moves.count())]

    def ticked(self) -> list[int]:
        """The ids of the items ticked to move."""
        return [
            self.moves.item(row).data(ID_ROLE)
            for row in range(self.moves.count())
            if self.moves.item(row).checkState() == Qt.CheckState.Checked
        ]

    # --- shifting -----------------------------------------------------------------------

    def _refuse(self, text: str, field: QWidget) -> None:
        """Say why beside the dialog's buttons, as the description of ``field``, focused."""
        self.error.show_problem(text, field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        chosen = self.ticked()
        if self.delta() == timedelta(0):
            self._refuse(
                self.tr("Moving by 0 changes nothing: choose how far to move."), self.amount
            )
            return
        if not chosen:
            self._refuse(self.tr("Nothing is ticked: tick the items to move."), self.moves)
            return
        problems = self._apply(self.delta(), chosen)
        if problems:
            self._refuse(" ".join(problem_text(p) for p in problems), self.amount)
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        title: str,
        plan: Plan,
        apply: Apply,
        computer_zone: str = "",
        parent: QWidget | None = None,
    ) -> bool:
        """True once ``apply`` moved the ticked items; False if the user cancelled."""
        dialog = cls(title, plan, apply, computer_zone, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()  # with its hold on the callers' functions
