"""Dialogs of the Timeline: an itinerary item's form, "shift this and everything after it",
and laying out a protocol. Each has a small classmethod ``ask`` that callers' tests replace."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey.errors import Problem
from journey.itinerary import Item, ItemDetails
from journey.protocols import ProtocolTemplate
from ui.widgets.form_dialog import SavesInPlace, keep_the_default
from ui.widgets.forms import (
    ErrorLabel,
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
from ui.words.messages import problem_text
from ui.words.vocabulary import ITEM_KIND_CHOICES, RESPONSIBLE_CHOICES, STATUS_CHOICES, translated


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
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

    def __init__(self, zone: str, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.kind = self.add("kind", tr("&Kind"), choice_box(translated(ITEM_KIND_CHOICES)))
        self.title = self.add("title", tr("&Title"), line())
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
        self.responsible = self.add(
            "responsible", tr("&Who is responsible"), choice_box(translated(RESPONSIBLE_CHOICES))
        )
        self.status = self.add("status", tr("Stat&us"), choice_box(translated(STATUS_CHOICES)))
        write_date(self.start_date, day)
        self.start.setTime(QTime(9, 0))
        self.end.setTime(QTime(10, 0))

    def read(self) -> ItemDetails:
        # QDate.toPython gives a datetime.date and QTime's a datetime.time; Qt's stubs say
        # only ``object``.
        start_day = cast(date, self.start_date.date().toPython())
        start_at = cast(time, self.start.time().toPython())
        end_day = read_date(self.end_date)
        end_zone = self.end_zone.zone()
        zone = self.zone.zone()
        return ItemDetails(
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
        )

    def write(self, details: ItemDetails) -> None:
        set_choice(self.kind, details.kind)
        self.title.setText(details.title)
        write_date(self.start_date, details.start.date())
        self.start.setTime(QTime(details.start.hour, details.start.minute))
        self.zone.set_zone(details.zone)
        write_date(self.end_date, None if details.end is None else details.end.date())
        if details.end is not None:
            self.end.setTime(QTime(details.end.hour, details.end.minute))
        self.end_zone.set_zone(details.end_zone or "")
        self.place.setText(details.place)
        self.notes.setPlainText(details.notes)
        set_choice(self.responsible, details.responsible)
        set_choice(self.status, details.status)

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
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._save = save
        self.details: ItemDetails | None = None
        widen_with_text(self, 520, 64)  # the zones' names, whole, at 200 % text
        self.form = ItemForm(zone, day)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setAccessibleName(self.tr("Item details"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus starts on the first field
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.add_storage_note(layout)
        buttons = _buttons(self, self.tr("&Save"))
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
    ) -> Item | None:
        """The item as ``save`` stored it, or None if the user cancelled."""
        dialog = cls(check, zone, day, parent, save)
        tr = QCoreApplication.translate
        title = tr("ItemDialog", "New item") if initial is None else tr("ItemDialog", "Edit item")
        dialog.setWindowTitle(title)
        if initial is not None:
            dialog.form.write(initial)
        return dialog.run()


class ShiftDialog(QDialog):
    """Move an item and everything after it by N days or hours, in one action."""

    def __init__(
        self,
        title: str,
        apply: Callable[[timedelta], list[Problem]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shift items"))
        self._apply = apply
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
        self.error = ErrorLabel(self.amount)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Shift")))

    def delta(self) -> timedelta:
        value = self.amount.value()
        return (
            timedelta(days=value) if self.unit.currentData() == "days" else timedelta(hours=value)
        )

    def accept(self) -> None:
        problems = self._apply(self.delta())
        if problems:
            self.error.show_problem(" ".join(problem_text(p) for p in problems))
            return
        super().accept()

    @classmethod
    def ask(
        cls, title: str, apply: Callable[[timedelta], list[Problem]], parent: QWidget | None = None
    ) -> bool:
        return cls(title, apply, parent).exec() == QDialog.DialogCode.Accepted


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
        layout.addWidget(_buttons(self, self.tr("&Add its days")))
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
