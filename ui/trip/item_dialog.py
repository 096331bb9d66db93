"""Dialogs of the Timeline: an itinerary item's form and laying out a protocol (Shift has its
own, ui/trip/shift_dialog.py). Each has a small classmethod ``ask`` that callers' tests replace."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journey.errors import Problem
from journey.itinerary import BOOKED_KINDS, Item, ItemDetails
from journey.protocols import ProtocolTemplate
from ui.trip.item_fields import AirportBox, ReminderBox
from ui.widgets.form_dialog import SavesInPlace, keep_the_default
from ui.widgets.forms import (
    Form,
    ZoneBox,
    choice_box,
    date_box,
    line,
    name_for_screen_readers,
    notes_box,
    read_date,
    set_choice,
    take_typed_dates,
    time_box,
    widen_with_text,
    write_date,
)
from ui.words.itinerary import item_as_edited, item_notes, item_title
from ui.words.messages import problem_text
from ui.words.vocabulary import ITEM_KIND_CHOICES, RESPONSIBLE_CHOICES, STATUS_CHOICES, translated


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (named ``ok_text``, the default) and Cancel for a dialog of the Timeline."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    for button in box.buttons():
        button.setMinimumHeight(36)
    keep_the_default(box, ok)

    def pressed() -> None:  # a date typed is read first; one refused keeps the dialog open
        if take_typed_dates(dialog):
            dialog.accept()

    box.accepted.connect(pressed)
    box.rejected.connect(dialog.reject)
    return box


class ItemForm(Form):
    """An itinerary item: what, when (wall time + zone where it happens), where, who, status."""

    def __init__(
        self,
        zone: str,
        day: date,
        parent: QWidget | None = None,
        standard_reminders: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        tr = self.tr
        self._written: ItemDetails | None = None  # the item as it was before this form
        self.kind = self.add("kind", tr("&Kind"), choice_box(translated(ITEM_KIND_CHOICES)))
        self.title = self.add("title", tr("&Title"), line())
        # A flight's and a booking's details: shown for the kinds that have them.
        self.flight_number = self.add(
            "flight_number", tr("&Flight number"), line(placeholder=tr("For example AC 1856"))
        )
        self.booking_ref = self.add("booking_ref", tr("&Booking reference"), line())
        self.from_airport = self.add("from_airport", tr("F&rom airport"), AirportBox())
        self.to_airport = self.add("to_airport", tr("To a&irport"), AirportBox())
        self.start_date = self.add("start_date", tr("&Date"), date_box())
        self.start = self.add("start", tr("&Starts at (local time there)"), time_box())
        self.zone = self.add("zone", tr("Time &zone"), ZoneBox(zone))
        self.end_date = self.add(
            "end_date",
            tr("E&nd date"),
            date_box(optional=True),
            tr("Leave “Not set” if it has no end. Up arrow: today."),
        )
        self.end = self.add("end", tr("Ends &at (local time there)"), time_box())
        self.end_zone = self.add(
            "end_zone",
            tr("Time zone at the &end"),
            ZoneBox(""),
            tr("Only if it ends in another zone, as a flight may. Empty: the same."),
        )
        self.place = self.add("place", tr("&Place"), line())
        self.notes = self.add("notes", tr("N&otes"), notes_box())
        self.reminder = self.add("reminder", tr("Re&minder"), ReminderBox())
        self._standard_reminders = standard_reminders
        self.responsible = self.add(
            "responsible", tr("&Who is responsible"), choice_box(translated(RESPONSIBLE_CHOICES))
        )
        self.status = self.add("status", tr("Stat&us"), choice_box(translated(STATUS_CHOICES)))
        self.pinned = QCheckBox(tr("Booked — S&hift leaves it where it is"))
        self.pinned.setObjectName("pinned")
        self.layout_.addRow(self.pinned)
        write_date(self.start_date, day)
        self.start.setTime(QTime(9, 0))
        self.end.setTime(QTime(10, 0))
        # An airport named sets the zone where the flight starts, or ends.
        self.from_airport.picked.connect(self.zone.set_zone)
        self.to_airport.picked.connect(self.end_zone.set_zone)
        self.kind.currentIndexChanged.connect(self._show_kinds_fields)
        self._show_kinds_fields()

    def _show_kinds_fields(self) -> None:
        """A flight's fields for a flight, the booking reference for what is booked (and for
        anything that has one), and what the kind's standard reminder is."""
        kind = self.kind.currentData()
        flight_fields = (self.flight_number, self.from_airport, self.to_airport)
        flight = kind == "flight" or any(field.text().strip() for field in flight_fields)
        for field in flight_fields:
            self.layout_.setRowVisible(field, flight)
        booked = kind in BOOKED_KINDS or bool(self.booking_ref.text().strip())
        self.layout_.setRowVisible(self.booking_ref, booked)
        if self._standard_reminders is None:
            from journey.calendar import load_alarms  # the shipped table, when none is given

            self._standard_reminders = load_alarms()
        self.reminder.set_standard(self._standard_reminders.get(kind))

    def read(self) -> ItemDetails:
        # QDate.toPython gives a datetime.date and QTime's a datetime.time; Qt's stubs say
        # only ``object``.
        start_day = cast(date, self.start_date.date().toPython())
        start_at = cast(time, self.start.time().toPython())
        end_day = read_date(self.end_date)
        for box in (self.from_airport, self.to_airport):  # an airport typed, then Enter
            box.resolve()
        end_zone = self.end_zone.zone()
        zone = self.zone.zone()
        typed = ItemDetails(
            kind=self.kind.currentData(),
            title=self.title.text(),
            start=datetime.combine(start_day, time(start_at.hour, start_at.minute)),
            zone=zone,
            end=None
            if end_day is None
            else datetime.combine(end_day, time(self.end.time().hour(), self.end.time().minute())),
            end_zone=end_zone if end_zone and end_zone != zone else None,
            place=self.place.text(),
            notes=self.notes.toPlainText(),
            responsible=self.responsible.currentData(),
            status=self.status.currentData(),
            pinned=self.pinned.isChecked(),
            flight_number=self.flight_number.text().strip(),
            booking_ref=self.booking_ref.text().strip(),
            from_airport=self.from_airport.code(),
            to_airport=self.to_airport.code(),
            reminder_minutes=self.reminder.value(),
        )
        return item_as_edited(self._written, typed)

    def write(self, details: ItemDetails) -> None:
        self._written = details
        set_choice(self.kind, details.kind)
        self.title.setText(item_title(details))
        write_date(self.start_date, details.start.date())
        self.start.setTime(QTime(details.start.hour, details.start.minute))
        self.zone.set_zone(details.zone)
        write_date(self.end_date, None if details.end is None else details.end.date())
        if details.end is not None:
            self.end.setTime(QTime(details.end.hour, details.end.minute))
        self.end_zone.set_zone(details.end_zone or "")
        self.place.setText(details.place)
        self.notes.setPlainText(item_notes(details))
        set_choice(self.responsible, details.responsible)
        set_choice(self.status, details.status)
        self.pinned.setChecked(details.pinned)
        self.flight_number.setText(details.flight_number)
        self.booking_ref.setText(details.booking_ref)
        self.from_airport.set_code(details.from_airport)
        self.to_airport.set_code(details.to_airport)
        self.reminder.set_value(details.reminder_minutes)
        self._show_kinds_fields()

    def show_item_problems(self, problems: list[Problem]) -> bool:
        # The domain names the wall times "start"/"end" and the zones "zone"/"end_zone".
        return self.show_problems(problems)


class ItemDialog(SavesInPlace, QDialog):
    """Save checks the item, stores it with ``save`` and closes; the disk refusing it, or
    the domain, keeps the dialog open with what was typed and says why."""

    form: ItemForm

    def __init__(
        self,
        check: Callable[[ItemDetails], list[Problem]],
        zone: str,
        day: date,
        parent: QWidget | None = None,
        save: Callable[[ItemDetails], Item] | None = None,
        standard_reminders: Mapping[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._save = save
        self.details: ItemDetails | None = None
        widen_with_text(self, 520, 64)  # the zones' names, whole, at 200 % text
        # ``standard_reminders``: kind → minutes before (the user's table; None: the shipped).
        self.form = ItemForm(zone, day, standard_reminders=standard_reminders)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setAccessibleName(self.tr("Item details"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus starts on the first field
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.add_storage_note(layout)
        buttons = ok_cancel(self, self.tr("&Save"))
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.saved: Item | None = None

    def accept(self) -> None:
        details = self.form.read()
        if self.form.show_item_problems(self._check(details)):
            return
        self.finish(details)

    def show_in_order(self, problems: list[Problem]) -> bool:
        """Beside their fields; one that belongs to no field above the buttons."""
        if self.form.show_item_problems(problems):
            return True
        self.storage_note.setText("\n".join(problem_text(p) for p in problems))
        self.storage_note.setVisible(bool(problems))
        return bool(problems)

    @classmethod
    def ask(
        cls,
        check: Callable[[ItemDetails], list[Problem]],
        save: Callable[[ItemDetails], Item],
        zone: str,
        day: date,
        initial: ItemDetails | None = None,
        parent: QWidget | None = None,
        standard_reminders: Mapping[str, int] | None = None,
    ) -> Item | None:
        """The item as ``save`` stored it, or None if the user cancelled. ``standard_reminders``
        are the kinds' reminders (kind → minutes before) the form names as "Standard"."""
        dialog = cls(check, zone, day, parent, save, standard_reminders)
        tr = QCoreApplication.translate
        title = tr("ItemDialog", "New item") if initial is None else tr("ItemDialog", "Edit item")
        dialog.setWindowTitle(title)
        if initial is not None:
            dialog.form.write(initial)
        return dialog.run()


class ProtocolDialog(QDialog):
    """Pick a protocol and an arrival date; its days are added to the timeline."""

    def __init__(
        self,
        protocols: list[ProtocolTemplate],
        arrival: date,
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lay out a protocol"))
        self.setMinimumWidth(560)
        self.protocols = protocols
        layout = QVBoxLayout(self)
        form = Form()
        self.choice = form.add(
            "protocol",
            self.tr("&Protocol"),
            choice_box([(str(n), p.name) for n, p in enumerate(protocols)]),
        )
        self.arrival = form.add("arrival", self.tr("&Arrival date"), date_box())
        write_date(self.arrival, arrival)
        self.zone = form.add("zone", self.tr("Time &zone there"), ZoneBox(zone))
        layout.addWidget(form)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        layout.addWidget(ok_cancel(self, self.tr("&Add its days")))
        self.choice.currentIndexChanged.connect(self._describe)
        self._describe()
        name_for_screen_readers(self.choice, self.tr("Protocol"))

    def _describe(self) -> None:
        template = self.protocols[self.choice.currentIndex()]
        lines = [template.note] if template.note else []
        lines += [self.tr("Source: %1").replace("%1", source) for source in template.sources]
        self.about.setText("\n".join(lines))

    def chosen(self) -> tuple[ProtocolTemplate, date, str]:
        arrival = read_date(self.arrival)
        assert arrival is not None
        return self.protocols[self.choice.currentIndex()], arrival, self.zone.zone()

    @classmethod
    def ask(
        cls,
        protocols: list[ProtocolTemplate],
        arrival: date,
        zone: str,
        parent: QWidget | None = None,
    ) -> tuple[ProtocolTemplate, date, str] | None:
        dialog = cls(protocols, arrival, zone, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
