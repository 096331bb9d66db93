"""Fields of an itinerary item's form for the trip's details: an airport typed by code, name
or city (with completion), and a reminder (the kind's standard, none, or some time before).

Kept apart from ui.trip.item_dialog so that dialog stays readable; the airports' table is
loaded the first time an airport field takes the focus, not when the form opens.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from journey.airports import Airport, airport, airports, find_airport
from journey.itinerary import NO_REMINDER, REMINDER_MAX_MINUTES
from ui.widgets.forms import choice_box, name_for_screen_readers, set_choice

MINUTES_IN = {"minutes": 1, "hours": 60, "days": 24 * 60}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ItemForm", text)


@cache
def _airport_names() -> QStringListModel:
    """Every airport as the list offers it, "YYZ – Toronto Pearson International Airport,
    Mississauga", sorted by code; made once."""
    return QStringListModel(sorted(one.shown for one in airports().values()))


class AirportBox(QLineEdit):
    """An airport: its code ("TIJ"), name ("Toronto Pearson") or city ("Tijuana"), with the
    matching airports offered as one types. Leaving the field names the airport in full and
    says its zone (``picked``) when it is another airport than before."""

    picked = Signal(str)  # the IANA zone of the airport just named

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(_tr("Code or city, for example TIJ or Tijuana"))
        self._code = ""  # the airport last named here
        self.editingFinished.connect(self.resolve)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.completer() is None:  # the table loads when it is first needed
            completer = QCompleter(_airport_names(), self)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setMaxVisibleItems(8)
            completer.activated.connect(lambda _text: self.resolve())
            self.setCompleter(completer)
        super().focusInEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tab with the list of airports open leaves the field too: the airport typed is
        named, the list closes (Tab reaches ``event`` before any key handler)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self._close_list()
            self.resolve()
        return super().event(event)

    def _close_list(self) -> None:
        popup = self.completer().popup() if self.completer() is not None else None
        if popup is not None:
            popup.hide()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Leaving the field (Tab with the list still open too) names the airport typed."""
        super().focusOutEvent(event)
        if event.reason() == Qt.FocusReason.PopupFocusReason:
            return  # into the list of airports: still choosing
        self._close_list()
        self.resolve()

    def found(self) -> Airport | None:
        text = self.text().strip()
        return find_airport(text) if text else None

    def code(self) -> str:
        """The airport's IATA code; what was typed when it names no airport (refused by the
        itinerary's rules, beside this field); "" when empty."""
        found = self.found()
        return found.iata if found is not None else self.text().strip()

    def set_code(self, code: str) -> None:
        known = airport(code) if code else None
        self.setText(known.shown if known is not None else code)
        self._code = known.iata if known is not None else ""

    def resolve(self) -> None:
        """Name the airport typed in full; a new airport says its zone."""
        found = self.found()
        if found is None:
            return
        if self.text() != found.shown:
            self.setText(found.shown)
        if found.iata != self._code:
            self._code = found.iata
            self.picked.emit(found.zone)


def before_text(minutes: int) -> str:
    """ "3 hours before", "1 day before", "30 minutes before", "At the start"."""
    if minutes == 0:
        return _tr("At the start")
    if minutes % (24 * 60) == 0:
        days = minutes // (24 * 60)
        return _tr("1 day before") if days == 1 else _tr("%1 days before").replace("%1", str(days))
    if minutes % 60 == 0:
        hours = minutes // 60
        return (
            _tr("1 hour before") if hours == 1 else _tr("%1 hours before").replace("%1", str(hours))
        )
    if minutes == 1:
        return _tr("1 minute before")
    return _tr("%1 minutes before").replace("%1", str(minutes))


class ReminderBox(QWidget):
    """The item's reminder: its kind's standard (saying what it is), none, or a number of
    minutes, hours or days before its start."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choice = choice_box(
            [
                ("standard", _tr("Standard")),
                ("none", _tr("No reminder")),
                ("before", _tr("Before the start…")),
            ]
        )
        self.amount = QSpinBox()
        self.amount.setRange(0, REMINDER_MAX_MINUTES)  # too many days: refused, said why
        self.amount.setValue(2)
        self.unit = choice_box(
            [("minutes", _tr("minutes")), ("hours", _tr("hours")), ("days", _tr("days"))]
        )
        set_choice(self.unit, "hours")
        name_for_screen_readers(self.choice, _tr("Reminder"))
        name_for_screen_readers(self.amount, _tr("Reminder: how many"))
        name_for_screen_readers(self.unit, _tr("Reminder: minutes, hours or days before"))
        layout.addWidget(self.choice, 2)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit, 1)
        self.setFocusProxy(self.choice)
        self.choice.currentIndexChanged.connect(self._show_amount)
        self._show_amount()

    def _show_amount(self) -> None:
        before = self.choice.currentData() == "before"
        self.amount.setVisible(before)
        self.unit.setVisible(before)

    def set_standard(self, minutes: int | None) -> None:
        """Say what the kind's standard reminder is: "Standard (3 hours before)"."""
        what = _tr("none") if minutes is None else before_text(minutes)
        self.choice.setItemText(0, _tr("Standard (%1)").replace("%1", what))

    def value(self) -> int | None:
        """None: the standard; ``NO_REMINDER``: none; else minutes before the start."""
        chosen = self.choice.currentData()
        if chosen == "standard":
            return None
        if chosen == "none":
            return NO_REMINDER
        return self.amount.value() * MINUTES_IN[self.unit.currentData()]

    def set_value(self, minutes: int | None) -> None:
        if minutes is None:
            set_choice(self.choice, "standard")
            return
        if minutes == NO_REMINDER:
            set_choice(self.choice, "none")
            return
        set_choice(self.choice, "before")
        unit = next(
            (u for u in ("days", "hours") if minutes and minutes % MINUTES_IN[u] == 0),
            "minutes",
        )
        self.amount.setValue(minutes // MINUTES_IN[unit])
        set_choice(self.unit, unit)
