"""Enter after a Tab round saves, in every dialog that stores something (issue 21, part 12).

The defect: after one Tab round past Cancel, Cancel stayed the default button, and Enter in a
field closed the quick log or the rating form unsaved, the entry lost. Here every dialog that
stores an entry is opened as the app opens it (its ``ask``, modal, on real services and a
temporary journal) and driven as a person drives it: values typed field by field, Tab all the
way round (past Save and Cancel, back to the first field), a field typed into once more, and
Enter. What a person would notice is checked: the dialog closed and the journal holds what was
typed, read back through the services. Escape, after the same typing, asks "Discard what you
typed?" in every one of them: Keep keeps everything typed, Discard closes with nothing
stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from tests.ui.helpers import HOME_ZONE, NOW
from tests.ui.keys import focused, on_next_dialog, press, replace_text, tab
from tests.ui.questions import DISCARD, KEEP
from ui.aftercare.clinical_dialogs import (
    EdssDialog,
    MedicationDialog,
    MriDialog,
    RecordDialog,
    RelapseDialog,
)
from ui.aftercare.rating_dialog import DRAFT as RATING_DRAFT
from ui.aftercare.rating_dialog import RatingDialog
from ui.aftercare.scales_dialog import ScaleDialog
from ui.side_effects.blood_counts import CountDialog, RecoveredDialog
from ui.side_effects.entry_dialog import EntryDialog
from ui.side_effects.quick_log import DRAFT as LOG_DRAFT
from ui.side_effects.quick_log import QuickLogDialog
from ui.today.watch_panel import StartWindowDialog
from ui.trip.expense_dialog import ExpenseDialog
from ui.trip.item_dialog import ItemDialog
from ui.trip.people import ContactDialog

Field = Callable[[Any], QWidget]  # the dialog → one of its fields


def attr(name: str) -> Field:
    return lambda dialog: getattr(dialog, name)


def scale_value(number: int) -> Field:
    """The rating form's line for its ``number``-th shown scale (0: the first)."""
    return lambda dialog: list(dialog.values.values())[number]


@dataclass(frozen=True)
class Step:
    """Tab to ``field``, type ``text`` over what it holds, then press ``then`` (if any)."""

    field: Field
    text: str
    then: Qt.Key | None = None


@dataclass(frozen=True)
class Case:
    open: Callable[[JournalServices], object]  # as the app opens it; what the app gets back
    fill: tuple[Step, ...]  # in Tab order, from the field that has the focus at first
    last: Step  # a text field typed into once more, after the Tab round
    stored: Callable[[JournalServices], object]  # the typed values, as the journal holds them
    expected: Callable[[JournalServices], object]
    setup: Callable[[JournalServices], None] = lambda services: None


# --- how the app opens each dialog (the pages' and windows' own calls) ----------------------


def log_symptom(services: JournalServices) -> object:  # main window, Ctrl+L
    return QuickLogDialog.ask(services)


def rate(services: JournalServices) -> object:  # main window, Ctrl+R
    return RatingDialog.ask(services)


def edit_side_effect(services: JournalServices) -> object:  # SideEffectsPage.edit_entry
    (entry,) = services.side_effects.entries()
    return EntryDialog.ask(
        services.side_effects.check,
        lambda details: services.side_effects.update(entry.id, details),
        entry.details,
        services.settings.preferences().temperature_unit,
    )


def add_person(services: JournalServices) -> object:  # PeopleTab.add_contact
    return ContactDialog.ask(services.contacts, services.contacts.add)


def add_cost(services: JournalServices) -> object:  # CostsTab.add_expense
    return ExpenseDialog.ask(services.expenses, services.expenses.add, default_currency="USD")


def add_item(services: JournalServices) -> object:  # TimelinePage.add_item
    return ItemDialog.ask(
        services.itinerary.check,
        services.itinerary.add,
        HOME_ZONE,
        services.clock.today(),
    )


def add_scale(services: JournalServices) -> object:  # ScalesDialog.add
    dialog = ScaleDialog(services)
    try:
        return dialog.stored if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def add_record(kind: str, dialog: type[RecordDialog]) -> Callable[[JournalServices], object]:
    def open_(services: JournalServices) -> object:  # RecordsTab.add_record
        records = getattr(services.clinical, kind)
        return dialog.ask(records, records.add, services.clock.today())

    return open_


def add_blood_count(services: JournalServices) -> object:  # BloodCountsWindow, "Add…"
    return CountDialog.ask(services)


def counts_recovered(services: JournalServices) -> object:  # BloodCountsWindow, "recovered"
    return RecoveredDialog.ask(services)


def start_watch_window(services: JournalServices) -> object:  # WatchPanel, "Start…"
    return StartWindowDialog.ask(services)


def logged_headache(services: JournalServices) -> None:
    services.side_effects.log(EntryDetails("Headache", 3, NOW, HOME_ZONE, notes="Mild"))


def rated(services: JournalServices) -> list[tuple[int, float]]:
    first, second = [s.id for s in services.ratings.scales() if not s.hidden][:2]
    return [(first, 7), (second, 3)]


CASES: dict[str, Case] = {
    "quick log": Case(
        open=log_symptom,
        fill=(
            Step(attr("symptom"), "Headache", then=Qt.Key.Key_Return),  # takes it, moves on
            Step(attr("severity"), "4"),
            Step(attr("temperature"), "37.8"),
            Step(attr("notes"), "After lunch"),
        ),
        last=Step(attr("severity"), "5"),
        stored=lambda s: (
            [
                (e.details.symptom, e.details.severity, e.details.celsius, e.details.notes)
                for e in s.side_effects.entries()
            ],
            s.drafts.get(LOG_DRAFT),
        ),
        expected=lambda s: ([("Headache", 5, 37.8, "After lunch")], None),
    ),
    "rating": Case(
        open=rate,
        fill=(
            Step(scale_value(0), "6"),
            Step(scale_value(1), "3"),
            Step(attr("notes"), "Tired after the walk"),
        ),
        last=Step(scale_value(0), "7"),
        stored=lambda s: (
            [(list(r.details.values), r.details.notes) for r in s.ratings.ratings()],
            s.drafts.get(RATING_DRAFT),
        ),
        expected=lambda s: ([(rated(s), "Tired after the walk")], None),
    ),
    "side effect": Case(
        open=edit_side_effect,
        setup=logged_headache,
        fill=(
            Step(attr("severity"), "6"),
            Step(attr("temperature"), "38.1"),
            Step(attr("notes"), "Took paracetamol"),
        ),
        last=Step(attr("temperature"), "38.4"),
        stored=lambda s: [
            (e.details.symptom, e.details.severity, e.details.celsius, e.details.notes)
            for e in s.side_effects.entries()
        ],
        expected=lambda s: [("Headache", 6, 38.4, "Took paracetamol")],
    ),
    "person": Case(
        open=add_person,
        fill=(
            Step(attr("name"), "Dr. Ana Ruiz"),
            Step(attr("phone"), "+52 664 555 0101"),
            Step(attr("email"), "ana@example.org"),
            Step(attr("notes"), "Speaks English"),
        ),
        last=Step(attr("name"), "Dr. Ana Ruiz Soto"),
        stored=lambda s: [
            (c.details.name, c.details.phone, c.details.email, c.details.notes)
            for c in s.contacts.contacts()
        ],
        expected=lambda s: [
            ("Dr. Ana Ruiz Soto", "+52 664 555 0101", "ana@example.org", "Speaks English")
        ],
    ),
    "cost": Case(
        open=add_cost,
        fill=(
            Step(attr("description"), "Return flights"),
            Step(attr("expected"), "1250.50"),
            Step(attr("actual"), "1180"),
            Step(attr("paid_by"), "Companion"),
        ),
        last=Step(attr("description"), "Return flights to San Diego"),
        stored=lambda s: [
            (
                e.details.description,
                e.details.currency,
                e.details.expected_minor,
                e.details.actual_minor,
                e.details.paid_by,
            )
            for e in s.expenses.expenses()
        ],
        expected=lambda s: [("Return flights to San Diego", "USD", 125050, 118000, "Companion")],
    ),
    "itinerary item": Case(
        open=add_item,
        fill=(
            Step(lambda d: d.form.title, "Neurology visit"),
            Step(lambda d: d.form.start_date, "2026-12-02"),
            Step(lambda d: d.form.place, "Clinic"),
            Step(lambda d: d.form.notes, "Bring the MRI disc"),
        ),
        last=Step(lambda d: d.form.place, "Clinic, room 4"),
        stored=lambda s: [
            (i.details.title, i.details.start, i.details.place, i.details.notes)
            for i in s.itinerary.items()
        ],
        expected=lambda s: [
            ("Neurology visit", datetime(2026, 12, 2, 9, 0), "Clinic, room 4", "Bring the MRI disc")
        ],
    ),
    "scale": Case(
        open=add_scale,
        fill=(
            Step(attr("name"), "Tingling"),
            Step(attr("low"), "1"),
            Step(attr("high"), "5"),
            Step(attr("note"), "Left hand"),
        ),
        last=Step(attr("name"), "Tingling in the hands"),
        stored=lambda s: [
            (c.details.name, c.details.low, c.details.high, c.details.note)
            for c in s.ratings.scales()
            if not c.built_in
        ],
        expected=lambda s: [("Tingling in the hands", 1, 5, "Left hand")],
    ),
    "relapse": Case(
        open=add_record("relapses", RelapseDialog),
        fill=(
            Step(attr("started"), "2026-11-10"),
            Step(attr("ended"), "2026-11-20"),
            Step(attr("symptoms"), "Numb left leg"),
            Step(attr("steroids"), "Methylprednisolone"),
        ),
        last=Step(attr("steroids"), "Methylprednisolone 1 g a day"),
        stored=lambda s: [
            (str(r.details.started), str(r.details.ended), r.details.symptoms, r.details.steroids)
            for r in s.clinical.relapses.all()
        ],
        expected=lambda s: [
            ("2026-11-10", "2026-11-20", "Numb left leg", "Methylprednisolone 1 g a day")
        ],
    ),
    "MRI": Case(
        open=add_record("mris", MriDialog),
        fill=(
            Step(attr("on"), "2026-11-01"),
            Step(attr("new_t2"), "2"),
            Step(attr("enhancing"), "0"),
            Step(attr("report"), "Stable"),
        ),
        last=Step(attr("new_t2"), "1"),
        stored=lambda s: [
            (str(r.details.on), r.details.new_t2, r.details.enhancing, r.details.report)
            for r in s.clinical.mris.all()
        ],
        expected=lambda s: [("2026-11-01", 1, 0, "Stable")],
    ),
    "EDSS": Case(
        open=add_record("edss", EdssDialog),
        fill=(
            Step(attr("on"), "2026-11-15"),
            Step(attr("score"), "3.5"),
            Step(attr("reported_by"), "Dr. Ruiz"),
        ),
        last=Step(attr("score"), "4.0"),
        stored=lambda s: [
            (str(r.details.on), r.details.score, r.details.reported_by)
            for r in s.clinical.edss.all()
        ],
        expected=lambda s: [("2026-11-15", 4.0, "Dr. Ruiz")],
    ),
    "medication": Case(
        open=add_record("medications", MedicationDialog),
        fill=(
            Step(attr("name"), "Aciclovir"),
            Step(attr("dose"), "400 mg"),
            Step(attr("schedule"), "twice a day"),
            Step(attr("started"), "2026-11-01"),
            Step(attr("notes"), "With food"),
        ),
        last=Step(attr("dose"), "800 mg"),
        stored=lambda s: [
            (
                r.details.name,
                r.details.dose,
                r.details.schedule,
                str(r.details.started),
                r.details.notes,
            )
            for r in s.clinical.medications.all()
        ],
        expected=lambda s: [("Aciclovir", "800 mg", "twice a day", "2026-11-01", "With food")],
    ),
    "blood count": Case(
        open=add_blood_count,
        fill=(  # the first count (neutrophils) in its first unit, ×10⁹/L
            Step(attr("value"), "0.3"),
            Step(attr("source"), "Clinic lab"),
            Step(attr("notes"), "Before the transfusion"),
        ),
        last=Step(attr("value"), "0.4"),
        stored=lambda s: [(c.kind, c.value, c.source, c.notes) for c in s.blood_counts.counts()],
        expected=lambda s: [("neutrophils", 0.4, "Clinic lab", "Before the transfusion")],
    ),
    "counts recovered": Case(
        open=counts_recovered,
        fill=(
            Step(lambda d: d.moment.day, "2026-11-24"),
            Step(attr("note"), "Dr. Ruiz"),
        ),
        last=Step(attr("note"), "Dr. Ruiz, by phone"),
        stored=lambda s: [
            (str(r.at.astimezone(ZoneInfo(r.zone)).date()), r.note)
            for r in s.blood_counts.recovered_records()
        ],
        expected=lambda s: [("2026-11-24", "Dr. Ruiz, by phone")],
    ),
    "watch window": Case(  # its button says Start, not Save; it stores the window all the same
        open=start_watch_window,
        fill=(
            Step(attr("title"), "Rituximab infusion"),
            Step(attr("hours"), "48"),
        ),
        last=Step(attr("title"), "Rituximab, second infusion"),
        stored=lambda s: [(w.title, w.hours) for w in s.watch_windows.windows()],
        expected=lambda s: [("Rituximab, second infusion", 48)],
    ),
}


# --- a person at the keyboard ---------------------------------------------------------------


def buttons_of(dialog: QWidget) -> tuple[QWidget, QWidget]:
    """The dialog's Save (its accepting button, whatever it says) and Cancel."""
    (box,) = dialog.findChildren(QDialogButtonBox)
    accept = QDialogButtonBox.ButtonRole.AcceptRole
    reject = QDialogButtonBox.ButtonRole.RejectRole
    (save,) = [b for b in box.buttons() if box.buttonRole(b) == accept]
    (cancel,) = [b for b in box.buttons() if box.buttonRole(b) == reject]
    return save, cancel


def tab_until(qtbot: QtBot, field: QWidget) -> None:
    """Press Tab until ``field`` has the focus (there already: no Tab)."""
    for _ in range(40):
        if field.hasFocus():
            return
        tab(qtbot)
    pytest.fail(f"Tab never reaches {type(field).__name__} “{field.accessibleName()}”")


def type_into(qtbot: QtBot, dialog: QWidget, step: Step) -> None:
    tab_until(qtbot, step.field(dialog))
    replace_text(qtbot, step.text)
    if step.then is not None:
        press(qtbot, step.then)


def tab_round(qtbot: QtBot, dialog: QWidget) -> list[QWidget]:
    """Tab from the first field all the way round, past Save and Cancel, until the first
    field has the focus again; every control the focus went to, in order."""
    first = focused()
    save, cancel = buttons_of(dialog)
    visited: list[QWidget] = []
    for _ in range(80):
        tab(qtbot)
        visited.append(focused())
        if focused() is first:
            break
    else:
        pytest.fail("Tab never came back round to the first field")
    assert save in visited, "Tab never reached Save"
    assert cancel in visited, "Tab never reached Cancel"
    return visited


def type_and_tab_round(qtbot: QtBot, dialog: QWidget, case: Case) -> int:
    """Type every value, Tab once round the whole dialog, type into a field once more; how
    many Tabs the round took."""
    first = focused()
    assert not isinstance(first, QAbstractButton), "the dialog opened with a button focused"
    for step in case.fill:
        type_into(qtbot, dialog, step)
    tab_until(qtbot, first)  # back to the first field, then the round from there
    rounds = len(tab_round(qtbot, dialog))
    type_into(qtbot, dialog, case.last)
    return rounds


@contextmanager
def answering(qtbot: QtBot, key: Qt.Key) -> Iterator[list[str]]:
    """Answer each question box shown meanwhile with ``key``, once (a mnemonic clicks its
    button a moment later); the questions asked."""
    asked: list[str] = []
    answered: list[QMessageBox] = []
    watching = [True]

    def poll() -> None:
        if not watching[0]:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and box not in answered:
            if box.isActiveWindow():
                answered.append(box)
                asked.append(box.text())
                press(qtbot, key)
            else:
                box.activateWindow()  # a window manager activates a new dialog
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    try:
        yield asked
    finally:
        watching[0] = False


def back_into(qtbot: QtBot, dialog: QWidget) -> None:
    """After a question box closes a window manager activates the dialog again; offscreen
    Qt does not, so the test does."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


# --- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CASES))
def test_enter_after_a_tab_round_saves_what_was_typed(
    qtbot: QtBot, services: JournalServices, name: str
) -> None:
    case = CASES[name]
    case.setup(services)
    seen: dict[str, object] = {}

    def person(dialog: QWidget) -> None:
        seen["tabs in the round"] = type_and_tab_round(qtbot, dialog, case)
        with answering(qtbot, KEEP) as asked:  # Enter taken by Cancel would ask, in some
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
        seen["asked"] = list(asked)
        seen["closed"] = not dialog.isVisible()

    shown = on_next_dialog(person)
    returned = case.open(services)

    assert len(shown) == 1
    assert seen["asked"] == [], "Enter after the Tab round was taken as Cancel"
    assert seen["closed"] is True, "Enter after the Tab round left the dialog open"
    assert returned is not None, "Enter after the Tab round closed the dialog unsaved"
    assert case.stored(services) == case.expected(services)
    tabs = seen["tabs in the round"]
    assert isinstance(tabs, int)
    assert tabs >= len(case.fill) + 2  # every field typed into, Save and Cancel


@pytest.mark.parametrize("name", list(CASES))
def test_escape_after_typing_stores_nothing(
    qtbot: QtBot, services: JournalServices, name: str
) -> None:
    case = CASES[name]
    case.setup(services)
    before = case.stored(services)
    seen: dict[str, object] = {}

    def person(dialog: QWidget) -> None:
        type_and_tab_round(qtbot, dialog, case)
        field = case.last.field(dialog)
        with answering(qtbot, KEEP) as asked:
            press(qtbot, Qt.Key.Key_Escape)
        seen["first question"] = list(asked)
        seen["kept open"] = dialog.isVisible()
        seen["kept typed"] = field.text()  # type: ignore[attr-defined]
        back_into(qtbot, dialog)
        with answering(qtbot, DISCARD) as asked:
            press(qtbot, Qt.Key.Key_Escape)
        seen["second question"] = list(asked)
        seen["closed"] = not dialog.isVisible()

    shown = on_next_dialog(person)
    returned = case.open(services)

    assert len(shown) == 1
    question = ["Discard what you typed?"]
    assert seen["first question"] == question
    assert seen["kept open"] is True, "Keep it closed the form"
    assert seen["kept typed"] == case.last.text, "Keep it lost what was typed"
    assert seen["second question"] == question
    assert seen["closed"] is True, "Escape left the dialog open"
    assert returned is None
    assert case.stored(services) == before
