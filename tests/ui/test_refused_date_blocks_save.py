"""A date typed and refused is never saved as the date the box held before.

A person types a date Journey cannot read ("2026-13-45") and clicks Save with the mouse, or
presses Enter from another field: the message stays beside the date, the focus goes to it,
nothing is stored and everything typed is kept; once corrected, the entry is stored with the
corrected date. A date typed and not yet left is read when Save is pressed. Every form with a
date box is opened as the app opens it, on a temporary journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.timekeeping import shown_in
from tests.ui.helpers import HOME_ZONE
from tests.ui.keys import CTRL, focused, on_next_dialog, press, show_active
from ui.aftercare.clinical_dialogs import EdssDialog, MedicationDialog, MriDialog, RelapseDialog
from ui.aftercare.rating_dialog import RatingDialog
from ui.shell.onboarding import OnboardingWizard
from ui.side_effects.quick_log import QuickLogDialog
from ui.today.watch_panel import StartWindowDialog
from ui.trip.item_dialog import ItemDialog
from ui.widgets.forms import DateBox, write_date

TODAY = date(2026, 11, 25)  # NOW, in Toronto
BAD = "2026-13-45"  # no 13th month: refused
REFUSED = "Journey cannot read this as a date"

# Opens the form as the app does and runs the scenario on it while it is shown.
Opener = Callable[[QtBot, JournalServices, Callable[[Any], None]], None]


def type_over(qtbot: QtBot, box: DateBox, text: str) -> None:
    """Into the box: all its text selected, ``text`` typed over it (not yet read)."""
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, text)
    assert focused() is box


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # a real click: the focus moves


def area(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def assert_refusal_beside(box: DateBox) -> None:
    """The refusal's words show once, just after the box (under it, or next to it in a row
    of fields) with no other field between them; a screen reader hears them as the box's
    description."""
    assert REFUSED in box.refusal()
    window = box.window()
    shown = [
        label
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.text() == f"⚠ {box.refusal()}"
    ]
    assert len(shown) == 1, [label.text() for label in shown]
    label = shown[0]
    at, words = area(box, window), area(label, window)
    same_row = words.top() < at.bottom() and words.bottom() > at.top()
    if same_row:
        assert words.left() > at.right()  # after it, in the row
        gap = QRect(QPoint(at.right() + 1, at.top()), QPoint(words.left() - 1, at.bottom()))
    else:
        assert words.top() > at.top()  # under it
        gap = QRect(QPoint(0, at.bottom() + 1), QPoint(window.width(), words.top() - 1))
    between = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.isVisible()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not isinstance(widget, QLabel)
        and widget is not box
        and not box.isAncestorOf(widget)
        and gap.isValid()
        and gap.contains(area(widget, window).topLeft())
    ]
    assert between == [], [type(widget).__name__ for widget in between]
    assert box.accessibleDescription() == box.refusal()


def typed_values(root: QWidget, but: QWidget) -> list[str]:
    """The text of every field under ``root`` but ``but``."""
    texts: list[str] = []
    for widget in root.findChildren(QWidget):
        if widget is but:
            continue
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
    return texts


# --- how each form is opened -------------------------------------------------------------


def modal(ask: Callable[[JournalServices], object]) -> Opener:
    """A dialog the app runs with ``ask`` (its exec blocks until it closes)."""

    def open_(qtbot: QtBot, services: JournalServices, act: Callable[[Any], None]) -> None:
        seen = on_next_dialog(act)
        ask(services)
        assert seen, "the dialog never opened"

    return open_


def protocol_from_the_timeline(
    qtbot: QtBot, services: JournalServices, act: Callable[[Any], None]
) -> None:
    """The Timeline's "Lay out a protocol…": the page stores what the dialog chose."""
    from ui.trip.timeline import TimelinePage

    page = TimelinePage(services)
    page.resize(1100, 800)
    show_active(qtbot, page)
    seen = on_next_dialog(act)
    page.lay_out_protocol()
    assert seen, "the dialog never opened"
    page.close()


def clinic_checks(qtbot: QtBot, services: JournalServices, act: Callable[[Any], None]) -> None:
    """The Documents page's clinic checks, its first question selected."""
    from ui.trip.documents import DocumentsPage

    page = DocumentsPage(services.documents, services.due_diligence)
    page.resize(1000, 900)
    show_active(qtbot, page)
    page.tabs.setCurrentWidget(page.clinic)
    page.clinic.table.selectRow(0)
    act(page.clinic)
    page.close()


def profile_on_today(qtbot: QtBot, services: JournalServices, act: Callable[[Any], None]) -> None:
    """Today's "Edit profile": the profile's form in place of its summary."""
    from ui.today.page import TodayPage

    page = TodayPage(services)
    page.resize(1100, 900)
    show_active(qtbot, page)
    page.open_profile_editor()
    act(page)
    page.close()


def wizard(qtbot: QtBot, services: JournalServices, act: Callable[[Any], None]) -> None:
    """The first-run wizard (shown as its tests show it)."""
    shown = OnboardingWizard(services)
    show_active(qtbot, shown)
    act(shown)
    shown.close()


# --- filling each form -------------------------------------------------------------------


def nothing(_qtbot: QtBot, _form: Any) -> None:
    pass


def item_title(_qtbot: QtBot, dialog: ItemDialog) -> None:
    dialog.form.title.setText("Blood test")
    dialog.form.notes.setPlainText("Fasting since midnight")


def relapse(_qtbot: QtBot, dialog: RelapseDialog) -> None:
    write_date(dialog.started, date(2026, 11, 1))
    dialog.symptoms.setPlainText("Numb left leg")


def mri(_qtbot: QtBot, dialog: MriDialog) -> None:
    dialog.new_t2.setText("0")
    dialog.report.setPlainText("Stable")


def edss(_qtbot: QtBot, dialog: EdssDialog) -> None:
    dialog.score.setText("3.5")
    dialog.reported_by.setText("Dr. Ruiz")


def medication(_qtbot: QtBot, dialog: MedicationDialog) -> None:
    dialog.name.setText("Aciclovir")
    dialog.dose.setText("400 mg")
    write_date(dialog.started, date(2026, 11, 1))


def quick_log(_qtbot: QtBot, dialog: QuickLogDialog) -> None:
    dialog.symptom.setText("Headache")
    dialog.severity.setText("4")


def rating(_qtbot: QtBot, dialog: RatingDialog) -> None:
    first = next(iter(dialog.values.values()))
    first.setText("6")


def watch_window(_qtbot: QtBot, dialog: StartWindowDialog) -> None:
    dialog.title.setText("Cyclophosphamide")


def clinic_note(_qtbot: QtBot, tab: Any) -> None:
    tab.note.setPlainText("Asked by e-mail")


def profile_edit(_qtbot: QtBot, page: Any) -> None:
    form = page.profile_form
    form.name.setText("Ana López")
    form.edss.setText("3.5")
    form.last_mri_findings.setPlainText("Stable")


def about_you(_qtbot: QtBot, shown: OnboardingWizard) -> None:
    shown.profile_form.name.setText("Ana López")
    shown.profile_form.edss.setText("3.5")


def to_treatment(qtbot: QtBot, shown: OnboardingWizard) -> None:
    about_you(qtbot, shown)
    click(qtbot, shown.button(QWizard.WizardButton.NextButton))
    assert shown.currentPage().title() == "Your treatment"
    shown.course_form.clinic_name.setText("Clínica Prueba")


def finish_wizard(qtbot: QtBot, shown: OnboardingWizard) -> None:
    """After the page with the date was let through: on to Finish."""
    for _ in range(3):
        if shown.result() == QWizard.DialogCode.Accepted:
            return
        button = (
            QWizard.WizardButton.FinishButton
            if shown.currentId() == shown.pageIds()[-1]
            else QWizard.WizardButton.NextButton
        )
        click(qtbot, shown.button(button))
    assert shown.result() == QWizard.DialogCode.Accepted


def treatment_then_finish(qtbot: QtBot, shown: OnboardingWizard) -> None:
    """On from "About you": the clinic's name, then Finish."""
    shown.course_form.clinic_name.setText("Clínica Prueba")
    finish_wizard(qtbot, shown)


# --- what each stores --------------------------------------------------------------------


def item_starts(services: JournalServices) -> list[date | None]:
    return [i.details.start.date() for i in services.itinerary.items()]


def item_ends(services: JournalServices) -> list[date | None]:
    return [
        None if i.details.end is None else i.details.end.date() for i in services.itinerary.items()
    ]


def first_protocol_day(services: JournalServices) -> list[date | None]:
    days = [i.day for i in services.itinerary.items()]
    return [min(days)] if days else []


def dates_of(records: str, field: str) -> Callable[[JournalServices], list[date | None]]:
    def stored(services: JournalServices) -> list[date | None]:
        return [getattr(r.details, field) for r in getattr(services.clinical, records).all()]

    return stored


def side_effect_days(services: JournalServices) -> list[date | None]:
    return [shown_in(e.details.at, e.details.zone).date() for e in services.side_effects.entries()]


def rating_days(services: JournalServices) -> list[date | None]:
    return [shown_in(r.details.at, r.details.zone).date() for r in services.ratings.ratings()]


def watch_window_days(services: JournalServices) -> list[date | None]:
    return [
        shown_in(w.opened_at, HOME_ZONE).date()
        for w in services.watch_windows.windows()
        if w.title == "Cyclophosphamide"
    ]


def clinic_check_date(services: JournalServices) -> list[date | None]:
    return [services.due_diligence.get("licence").checked_on]


def profile_date(field: str) -> Callable[[JournalServices], list[date | None]]:
    def stored(services: JournalServices) -> list[date | None]:
        profile = services.profile.get()
        return [] if profile is None else [getattr(profile, field)]

    return stored


def course_date(field: str) -> Callable[[JournalServices], list[date | None]]:
    def stored(services: JournalServices) -> list[date | None]:
        course = services.course.get()
        return [] if course is None else [getattr(course, field)]

    return stored


# --- every form with a date box ----------------------------------------------------------


def ok_button(dialog: QWidget) -> QAbstractButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def save_button(dialog: Any) -> QAbstractButton:
    return dialog.save_button


def on_page(title: str) -> Callable[[OnboardingWizard], bool]:
    return lambda shown: shown.isVisible() and shown.currentPage().title() == title


@dataclass(frozen=True)
class Case:
    open: Opener
    fill: Callable[[QtBot, Any], None]
    box: Callable[[Any], DateBox]
    save: Callable[[Any], QAbstractButton]
    stored: Callable[[JournalServices], list[date | None]]
    new: date  # a date the field takes, other than the one it offers
    still_open: Callable[[Any], bool] = lambda form: bool(form.isVisible())
    finish: Callable[[QtBot, Any], None] = nothing  # after the date was let through
    enter_from: Callable[[Any], QWidget] | None = None  # a field where Enter saves


def _ask_item(services: JournalServices) -> object:
    return ItemDialog.ask(services.itinerary.check, services.itinerary.add, HOME_ZONE, TODAY)


def _ask_record(kind: Any, records: str) -> Callable[[JournalServices], object]:
    def ask(services: JournalServices) -> object:
        store = getattr(services.clinical, records)
        return kind.ask(store, store.add, TODAY)

    return ask


CASES: dict[str, Case] = {
    "itinerary item: date": Case(
        modal(_ask_item),
        item_title,
        lambda d: d.form.start_date,
        save_button,
        item_starts,
        date(2026, 12, 3),
        enter_from=lambda d: d.form.title,
    ),
    "itinerary item: end date": Case(
        modal(_ask_item),
        item_title,
        lambda d: d.form.end_date,
        save_button,
        item_ends,
        date(2026, 11, 27),
        enter_from=lambda d: d.form.place,
    ),
    "lay out a protocol: arrival": Case(
        protocol_from_the_timeline,
        nothing,
        lambda d: d.arrival,
        ok_button,
        first_protocol_day,
        date(2026, 12, 7),
    ),
    "relapse: started": Case(
        modal(_ask_record(RelapseDialog, "relapses")),
        lambda qtbot, d: d.symptoms.setPlainText("Numb left leg"),
        lambda d: d.started,
        save_button,
        dates_of("relapses", "started"),
        date(2026, 11, 10),
        enter_from=lambda d: d.steroids,
    ),
    "relapse: ended": Case(
        modal(_ask_record(RelapseDialog, "relapses")),
        relapse,
        lambda d: d.ended,
        save_button,
        dates_of("relapses", "ended"),
        date(2026, 11, 10),
        enter_from=lambda d: d.steroids,
    ),
    "MRI: date of the scan": Case(
        modal(_ask_record(MriDialog, "mris")),
        mri,
        lambda d: d.on,
        save_button,
        dates_of("mris", "on"),
        date(2026, 11, 10),
        enter_from=lambda d: d.new_t2,
    ),
    "EDSS: date of the examination": Case(
        modal(_ask_record(EdssDialog, "edss")),
        edss,
        lambda d: d.on,
        save_button,
        dates_of("edss", "on"),
        date(2026, 11, 10),
        enter_from=lambda d: d.score,
    ),
    "medication: started": Case(
        modal(_ask_record(MedicationDialog, "medications")),
        lambda qtbot, d: d.name.setText("Aciclovir"),
        lambda d: d.started,
        save_button,
        dates_of("medications", "started"),
        date(2026, 11, 10),
        enter_from=lambda d: d.dose,
    ),
    "medication: stopped": Case(
        modal(_ask_record(MedicationDialog, "medications")),
        medication,
        lambda d: d.stopped,
        save_button,
        dates_of("medications", "stopped"),
        date(2026, 11, 10),
        enter_from=lambda d: d.name,
    ),
    "quick log: date": Case(
        modal(lambda services: QuickLogDialog.ask(services)),
        quick_log,
        lambda d: d.day,
        save_button,
        side_effect_days,
        date(2026, 11, 20),
        enter_from=lambda d: d.severity,
    ),
    "rating: date": Case(
        modal(lambda services: RatingDialog.ask(services)),
        rating,
        lambda d: d.moment.day,
        save_button,
        rating_days,
        date(2026, 11, 20),
        enter_from=lambda d: next(iter(d.values.values())),
    ),
    "start a watch window: date it ended": Case(
        modal(lambda services: StartWindowDialog.ask(services)),
        watch_window,
        lambda d: d.day,
        ok_button,
        watch_window_days,
        date(2026, 11, 24),
        enter_from=lambda d: d.title,
    ),
    "clinic checks: checked on": Case(
        clinic_checks,
        clinic_note,
        lambda tab: tab.checked_on,
        save_button,
        clinic_check_date,
        date(2026, 11, 20),
        still_open=lambda tab: tab.editor.isVisible() and tab._editing.key == "licence",
    ),
    "Today's profile: EDSS date": Case(
        profile_on_today,
        profile_edit,
        lambda page: page.profile_form.edss_date,
        lambda page: page.save_profile,
        profile_date("edss_date"),
        date(2026, 10, 2),
        still_open=lambda page: page.profile_form.isVisible(),
    ),
    "Today's profile: last MRI": Case(
        profile_on_today,
        profile_edit,
        lambda page: page.profile_form.last_mri_date,
        lambda page: page.save_profile,
        profile_date("last_mri_date"),
        date(2026, 9, 14),
        still_open=lambda page: page.profile_form.isVisible(),
    ),
    "first run, about you: EDSS date": Case(
        wizard,
        about_you,
        lambda shown: shown.profile_form.edss_date,
        lambda shown: shown.button(QWizard.WizardButton.NextButton),
        profile_date("edss_date"),
        date(2026, 10, 2),
        still_open=on_page("About you"),
        finish=treatment_then_finish,
        enter_from=lambda shown: shown.profile_form.edss,
    ),
    "first run, treatment: arrival date": Case(
        wizard,
        to_treatment,
        lambda shown: shown.course_form.arrival_date,
        lambda shown: shown.button(QWizard.WizardButton.NextButton),
        course_date("arrival_date"),
        date(2026, 11, 20),
        still_open=on_page("Your treatment"),
        finish=finish_wizard,
        enter_from=lambda shown: shown.course_form.clinic_city,
    ),
    "first run, treatment: treatment starts on": Case(
        wizard,
        to_treatment,
        lambda shown: shown.course_form.treatment_start,
        lambda shown: shown.button(QWizard.WizardButton.NextButton),
        course_date("treatment_start"),
        date(2026, 11, 28),
        still_open=on_page("Your treatment"),
        finish=finish_wizard,
        enter_from=lambda shown: shown.course_form.clinic_city,
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_refused_date_is_not_saved_by_a_click_on_save_and_the_corrected_one_is(
    qtbot: QtBot, services: JournalServices, name: str
) -> None:
    case = CASES[name]
    before = case.stored(services)
    ran: list[bool] = []

    def act(form: Any) -> None:
        case.fill(qtbot, form)
        box = case.box(form)
        type_over(qtbot, box, BAD)
        typed = typed_values(form.window(), box)
        click(qtbot, case.save(form))  # the focus leaves the box for the button

        assert case.still_open(form)
        assert_refusal_beside(box)
        assert focused() is box
        assert box.text() == BAD  # kept, to be corrected
        assert typed_values(form.window(), box) == typed  # and everything else typed
        assert case.stored(services) == before  # nothing stored

        type_over(qtbot, box, case.new.isoformat())
        click(qtbot, case.save(form))
        case.finish(qtbot, form)
        ran.append(True)

    case.open(qtbot, services, act)
    assert ran == [True]
    stored = case.stored(services)
    assert case.new in stored
    assert len(stored) == max(len(before), 1)


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.enter_from is not None])
def test_enter_from_another_field_does_not_save_a_refused_date(
    qtbot: QtBot, services: JournalServices, name: str
) -> None:
    case = CASES[name]
    assert case.enter_from is not None
    before = case.stored(services)
    ran: list[bool] = []

    def act(form: Any) -> None:
        assert case.enter_from is not None
        case.fill(qtbot, form)
        box = case.box(form)
        type_over(qtbot, box, BAD)
        elsewhere = case.enter_from(form)
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)  # left: the date is refused
        assert focused() is elsewhere
        press(qtbot, Qt.Key.Key_Return)  # Enter saves from any field: not with that date

        assert case.still_open(form)
        assert_refusal_beside(box)
        assert focused() is box
        assert box.text() == BAD
        assert case.stored(services) == before

        type_over(qtbot, box, case.new.isoformat())
        press(qtbot, Qt.Key.Key_Return)  # Enter in the date box reads it, then saves
        case.finish(qtbot, form)
        ran.append(True)

    case.open(qtbot, services, act)
    assert ran == [True]
    assert case.new in case.stored(services)


@pytest.mark.parametrize("name", CASES)
def test_a_date_typed_and_not_yet_left_is_read_when_save_is_pressed(
    qtbot: QtBot, services: JournalServices, name: str
) -> None:
    """Save pressed while the focus is still in the date box (as Save's shortcut does: the
    button is pressed without taking the focus): the typed date is read, then saved."""
    case = CASES[name]
    ran: list[bool] = []

    def act(form: Any) -> None:
        case.fill(qtbot, form)
        box = case.box(form)
        type_over(qtbot, box, case.new.isoformat())
        assert focused() is box  # not left: not yet read
        case.save(form).click()  # pressed without taking the focus
        assert box.refusal() == ""
        case.finish(qtbot, form)
        ran.append(True)

    case.open(qtbot, services, act)
    assert ran == [True]
    assert case.new in case.stored(services)


@pytest.mark.parametrize("name", CASES)
def test_an_unreadable_date_typed_and_not_yet_left_is_refused_when_save_is_pressed(
    qtbot: QtBot, services: JournalServices, name: str
) -> None:
    case = CASES[name]
    before = case.stored(services)
    ran: list[bool] = []

    def act(form: Any) -> None:
        case.fill(qtbot, form)
        box = case.box(form)
        type_over(qtbot, box, BAD)
        case.save(form).click()  # pressed without taking the focus: read now, and refused
        assert case.still_open(form)
        assert_refusal_beside(box)
        assert focused() is box
        assert box.text() == BAD
        assert case.stored(services) == before
        ran.append(True)

    case.open(qtbot, services, act)
    assert ran == [True]
    assert case.stored(services) == before


# --- pages that act on a period: never on dates the user did not mean --------------------


def leave(qtbot: QtBot, box: DateBox) -> None:
    """Tab on: the date is read as the field is left."""
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not box


def test_the_report_is_not_made_for_a_period_with_a_refused_date(
    qtbot: QtBot, services: JournalServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.report.page import ReportPage

    asked: list[str] = []
    monkeypatch.setattr("ui.report.page.choose_save_path", lambda *args: asked.append("path"))
    page = ReportPage(services)
    page.resize(1100, 800)
    show_active(qtbot, page)
    said: list[str] = []
    page.status.connect(said.append)

    type_over(qtbot, page.first, BAD)
    click(qtbot, page.preview_button)  # the focus leaves the box for the button
    assert page.operation is None  # no report made
    assert page.shown_report is None
    assert_refusal_beside(page.first)
    assert focused() is page.first
    assert page.first.text() == BAD

    press(qtbot, Qt.Key.Key_E, CTRL)  # Save as PDF from the box itself: not with that date
    assert asked == []
    assert page.operation is None
    assert page.first.text() == BAD

    type_over(qtbot, page.first, "2026-01-05")
    click(qtbot, page.preview_button)
    qtbot.waitUntil(lambda: "The report is ready to read below." in said, timeout=30000)
    assert "From Mon 5 Jan 2026 to Wed 25 Nov 2026" in page.preview.toPlainText()
    page.close()


def test_neda3_keeps_its_last_period_while_a_date_typed_is_refused(
    qtbot: QtBot, services: JournalServices
) -> None:
    from ui.aftercare.page import AftercarePage

    page = AftercarePage(services)
    page.resize(1100, 900)
    show_active(qtbot, page)
    period, result = page.neda_period(), page.neda_result.text()

    type_over(qtbot, page.neda_from, BAD)
    leave(qtbot, page.neda_from)
    assert_refusal_beside(page.neda_from)
    assert page.neda_period() == period
    assert page.neda_result.text() == result
    page.refresh()  # something saved elsewhere: the typing and its message stay
    assert page.neda_from.text() == BAD
    assert_refusal_beside(page.neda_from)
    assert page.neda_period() == period

    type_over(qtbot, page.neda_from, "2026-01-05")
    leave(qtbot, page.neda_from)
    assert page.neda_period() == (date(2026, 1, 5), period[1])
    assert not page.neda_from.refusal()
    page.close()


def test_the_side_effect_filters_keep_their_last_dates_while_a_date_typed_is_refused(
    qtbot: QtBot, services: JournalServices
) -> None:
    from datetime import UTC, datetime

    from journey.services.side_effects import EntryDetails
    from ui.side_effects.page import SideEffectsPage

    for day in (10, 20):
        at = datetime(2026, 11, day, 17, 0, tzinfo=UTC)
        services.side_effects.log(EntryDetails("Headache", 4, at, HOME_ZONE))
    page = SideEffectsPage(services)
    page.resize(1200, 900)
    show_active(qtbot, page)
    assert page.model.rowCount() == 2

    type_over(qtbot, page.from_date, "2026-11-15")
    leave(qtbot, page.from_date)
    assert page.model.rowCount() == 1
    filters = page.filters()

    type_over(qtbot, page.from_date, BAD)
    leave(qtbot, page.from_date)
    assert_refusal_beside(page.from_date)
    assert page.filters() == filters  # the last dates read, not a guess
    assert page.model.rowCount() == 1
    page.refresh()  # something logged elsewhere: the typing and its message stay
    assert page.from_date.text() == BAD
    assert_refusal_beside(page.from_date)
    assert page.model.rowCount() == 1
    page.close()
