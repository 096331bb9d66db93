"""Rating the week (SPEC §2.7): Ctrl+R, a digit, Tab, a digit… Enter; Today says when a
rating is due and shows the follow-up reminders; the Aftercare page charts each scale beside a
table of the same numbers, a sentence in words, the change from baseline and NEDA-3."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.aftercare import MriDetails, RatingDetails, RelapseDetails, rating_field
from journey.changes import Change
from journey.dto import CourseData, ProfileData
from journey.services import JournalServices
from tests.ui.helpers import HOME_ZONE, NOW, unnamed_focusable
from tests.ui.keys import back_to, focused, on_next_dialog, press, show_active, tab, type_text
from ui.aftercare.page import AftercarePage
from ui.aftercare.rating_dialog import RatingDialog
from ui.aftercare.scales_dialog import ScaleDialog, ScalesDialog
from ui.shell.main_window import MainWindow
from ui.today.page import TodayPage
from ui.widgets.themes import Appearance

VALUES = [6, 7, 5, 4, 3, 8, 2, 6, 5, 7, 6]  # energy … overall, in the form's order
DAY = timedelta(days=1)


def open_window(qtbot: QtBot, services: JournalServices, appearance: Appearance) -> MainWindow:
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(services)
    return window


def onboard(services: JournalServices, treatment: date) -> None:
    services.onboarding.complete(
        ProfileData(name="Ana Souza", ms_type="RRMS"),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica de Prueba",
            clinic_city="Puebla",
            arrival_date=treatment - 2 * DAY,
            arrival_time=datetime(2026, 1, 1, 15, 0).time(),
            destination_zone="America/Mexico_City",
            treatment_start=treatment,
            home_zone=HOME_ZONE,
        ),
        None,
    )


def weekly(services: JournalServices, first: datetime, values: list[float], key: str) -> None:
    scale = next(s for s in services.ratings.scales() if s.key == key)
    for n, value in enumerate(values):
        at = first + timedelta(weeks=n)
        services.ratings.record(RatingDetails(at, HOME_ZONE, ((scale.id, float(value)),)))


def test_a_full_rating_by_keyboard_is_stored_with_its_instant_and_zone(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    window = open_window(qtbot, services, appearance)
    today = window.page(0)
    assert isinstance(today, TodayPage)
    assert today.aftercare.due_line.text() == "No ratings yet. Rating takes about a minute."
    assert today.aftercare.rate_button.isVisible()

    def rate(dialog: QWidget) -> None:
        assert isinstance(dialog, RatingDialog)
        assert dialog.windowTitle() == "Rate your week"
        for n, value in enumerate(VALUES):
            assert focused() is list(dialog.values.values())[n]
            type_text(qtbot, str(value))
            if n < len(VALUES) - 1:
                tab(qtbot)
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(rate)
    with qtbot.waitSignal(window.statusBar().messageChanged) as said:
        press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+R opened no dialog"
    back_to(qtbot, window)

    (stored,) = services.ratings.ratings()
    assert stored.details.at == NOW
    assert stored.details.zone == HOME_ZONE
    by_key = {s.key: s.id for s in services.ratings.scales()}
    assert [stored.value(by_key[key]) for key in by_key] == VALUES
    assert said.args[0] == "Rating saved: 11 scales."
    # Today: no longer due; the next one a week later.
    assert today.aftercare.due_line.text() == "Your next rating is due on Wed 2 Dec 2026."
    assert not today.aftercare.rate_button.isVisible()


def test_a_rating_outside_its_scale_is_refused_beside_it_and_the_input_kept(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = RatingDialog(services)
    show_active(qtbot, dialog)
    type_text(qtbot, "11")
    tab(qtbot)
    type_text(qtbot, "abc")
    tab(qtbot)
    type_text(qtbot, "4")
    dialog.save()
    energy, fatigue, thinking = list(dialog.scales)[:3]
    errors = dialog.form.errors
    assert errors[rating_field(energy)].text() == "⚠ A rating on this scale goes from 0 to 10."
    assert errors[rating_field(fatigue)].text() == "⚠ Enter a number, for example 3.5."
    assert errors[rating_field(thinking)].text() == ""
    assert focused() is dialog.values[energy]
    assert [edit.text() for edit in list(dialog.values.values())[:3]] == ["11", "abc", "4"]
    assert dialog.isVisible()
    assert services.ratings.ratings() == []
    dialog.close()


def test_an_empty_form_is_not_stored(qtbot: QtBot, services: JournalServices) -> None:
    dialog = RatingDialog(services)
    show_active(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible()
    first = rating_field(next(iter(dialog.values)))
    assert dialog.form.errors[first].text() == "⚠ Rate at least one scale, then save."
    assert services.ratings.ratings() == []
    dialog.close()


def test_before_treatment_today_asks_for_a_baseline(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services, date(2026, 12, 3))
    today = TodayPage(services)
    show_active(qtbot, today)
    assert today.aftercare.due_line.text().startswith(
        "Before treatment starts, rate how you are now: these ratings become your baseline"
    )
    services.ratings.record(RatingDetails(NOW, HOME_ZONE, ((1, 5.0),)))
    today.refresh()
    assert today.aftercare.due_line.text() == "Your next rating is due on Wed 2 Dec 2026."


def test_a_follow_up_reminder_shows_on_today_until_marked_done(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services, date(2026, 8, 25))
    for draft in services.clinical.follow_up_drafts("hsct", date(2026, 8, 25), HOME_ZONE):
        services.itinerary.add(draft)
    today = TodayPage(services)
    show_active(qtbot, today)
    # 25 Nov: the 3-month steps after day 0 (the reinfusion of 6 Sep) are due within two
    # weeks, and the trip's fit-to-fly check, never marked done, is overdue.
    texts = [label.text() for label in today.aftercare.reminder_lines]
    assert texts == [
        "Sat 19 Sep 2026 (overdue) — Fit-to-fly check (Follow-up)",
        "Sun 6 Dec 2026 — EDSS review with your neurologist (Follow-up)",
        "Sun 6 Dec 2026 — Ask your team when inactivated vaccines can start (commonly from "
        "3–6 months) — as your team decides (Revaccination)",
    ]
    changes: list[Change] = []
    services.changes.subscribe(changes.append)
    qtbot.mouseClick(_done_button(today), Qt.MouseButton.LeftButton)
    assert changes == [Change.ITINERARY | Change.WATCH_WINDOWS]  # marked done
    today.refresh()
    assert [label.text() for label in today.aftercare.reminder_lines] == texts[1:]
    (done,) = [i for i in services.itinerary.items() if i.details.status == "done"]
    assert done.details.title == "Fit-to-fly check"


def test_tab_reaches_the_reminders_before_the_profile_below_them(
    qtbot: QtBot, services: JournalServices
) -> None:
    """Issue 21, part 13: "Mark done" sits above "Edit profile", so Tab reaches it first
    (it was added after the page was built, so it came last in Qt's focus chain)."""
    from PySide6.QtWidgets import QPushButton

    onboard(services, date(2026, 8, 25))
    for draft in services.clinical.follow_up_drafts("hsct", date(2026, 8, 25), HOME_ZONE):
        services.itinerary.add(draft)
    today = TodayPage(services)
    show_active(qtbot, today)
    today.aftercare.rate_button.setFocus()
    order: list[str] = []
    for _ in range(30):
        tab(qtbot)
        widget = focused()
        if isinstance(widget, QPushButton) and widget.text() in ("Mark &done", "&Edit profile"):
            order.append(widget.text())
    first_round = order[: order.index("&Edit profile") + 1]
    assert first_round == ["Mark &done", "Mark &done", "Mark &done", "&Edit profile"]


def _done_button(today: TodayPage) -> QWidget:
    """The first reminder's "Mark done" button."""
    from PySide6.QtWidgets import QPushButton

    buttons = [b for b in today.aftercare.findChildren(QPushButton) if b.text() == "Mark &done"]
    assert len(buttons) == 3
    return min(buttons, key=lambda b: b.mapTo(today, b.rect().topLeft()).y())


# --- the Aftercare page ---------------------------------------------------------------------


@pytest.fixture
def rated(services: JournalServices) -> JournalServices:
    """Energy rated weekly: 4 before the treatment (1 Sep 2026), then climbing."""
    onboard(services, date(2026, 9, 1))
    weekly(services, datetime(2026, 8, 4, 23, 0, tzinfo=NOW.tzinfo), [4, 5, 4, 5], "energy")
    weekly(
        services,
        datetime(2026, 9, 8, 23, 0, tzinfo=NOW.tzinfo),
        [3, 4, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7],
        "energy",
    )
    services.clinical.relapses.add(RelapseDetails(date(2026, 10, 1)))
    services.clinical.mris.add(MriDetails(date(2026, 11, 2), 0, 0))
    return services


def test_the_page_charts_the_stored_ratings_beside_their_table_and_in_words(
    qtbot: QtBot, rated: JournalServices
) -> None:
    from matplotlib.dates import date2num

    page = AftercarePage(rated)
    page.resize(1200, 900)
    show_active(qtbot, page)
    assert page.scale_box.currentText() == "Energy"
    ax = page.chart.axes()
    assert ax is not None
    (line,) = [a for a in ax.get_lines() if a.get_gid() == "ratings"]
    stored = [
        (r.details.at, r.value(page.current_scale().id))
        for r in rated.ratings.ratings()  # type: ignore[union-attr]
    ]
    assert list(line.get_ydata()) == [value for _, value in stored]
    assert list(date2num(line.get_xdata())) == pytest.approx([date2num(at) for at, _ in stored])
    model = page.rows
    assert model.rowCount() == 16
    assert [model.index(0, c).data() for c in range(4)] == ["Tue 24 Nov 2026", "7", "7.0", ""]
    assert model.index(15, 3).data() == "✓ yes"
    assert page.summary.text() == (
        "Energy: last 4 weeks average 7.0, +2.5 against your baseline of 4.5 — "
        "better, by your own ratings."
    )
    changes = page.changes
    assert [changes.index(r, 0).data() for r in range(changes.rowCount())] == ["Months 0–3"]
    assert changes.index(0, 3).data() == "+1.3"  # 70 / 12 − 4.5
    # NEDA-3 since day 0 (the re-baseline MRI is not due yet): the relapse of 1 Oct fails
    # it; the EDSS is missing, and said so.
    assert page.neda_result.text().splitlines() == [
        "✗ NEDA-3 does not hold from Sun 13 Sep 2026 to Wed 25 Nov 2026:",
        "✗ Relapse starting Thu 1 Oct 2026.",
        "Missing: no EDSS score in this period.",
    ]
    assert "Kappos" in page.neda_rule.text()


def test_deleting_a_rating_from_the_table_can_be_undone(
    qtbot: QtBot, rated: JournalServices
) -> None:
    page = AftercarePage(rated)
    show_active(qtbot, page)
    page.table.setFocus()
    page.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert page.rows.rowCount() == 15
    assert len(rated.ratings.ratings()) == 15
    assert page.undo_bar.message.text() == "Deleted the rating of Tue 24 Nov 2026 18:00."
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(rated.ratings.ratings()) == 16
    assert page.rows.rowCount() == 16


def test_the_page_and_its_dialogs_name_every_control(qtbot: QtBot, rated: JournalServices) -> None:
    page = AftercarePage(rated)
    show_active(qtbot, page)
    assert unnamed_focusable(page) == []
    for dialog in (RatingDialog(rated), ScalesDialog(rated), ScaleDialog(rated)):
        show_active(qtbot, dialog)
        assert unnamed_focusable(dialog) == [], dialog.windowTitle()
        dialog.close()


def test_a_custom_scale_is_added_and_appears_in_the_form(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = ScaleDialog(services)
    show_active(qtbot, dialog)
    type_text(qtbot, "SDMT score")
    tab(qtbot)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "50")
    tab(qtbot)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "40")  # lowest above highest
    dialog.accept()
    assert dialog.form.errors["high"].text() == "⚠ The highest value must be above the lowest."
    assert dialog.isVisible()
    dialog.high.setText("110")
    dialog.low.setText("0")
    dialog.accept()
    assert not dialog.isVisible()
    assert services.ratings.scales()[-1].name == "SDMT score"
    form = RatingDialog(services)
    assert list(form.scales.values())[-1].name == "SDMT score"
    hint = form.form.fields[rating_field(services.ratings.scales()[-1].id)].accessibleDescription()
    assert hint == "0 to 110, higher is better (▲\u00a0better at 110)"  # one line
    # A duplicate name is refused beside the name.
    again = ScaleDialog(services)
    again.name.setText("sdmt SCORE")
    again.accept()
    assert again.form.errors["name"].text().startswith("⚠ There is already a scale")
    assert len(services.ratings.scales()) == 12
    again.close()
    form.close()


def test_hiding_a_scale_leaves_it_out_of_the_form(qtbot: QtBot, services: JournalServices) -> None:
    dialog = ScalesDialog(services)
    show_active(qtbot, dialog)
    dialog.table.setFocus()
    dialog.table.selectRow(6)  # Pain
    press(qtbot, Qt.Key.Key_Space)
    assert [s.key for s in services.ratings.scales() if s.hidden] == ["pain"]
    assert dialog.model.index(6, 0).data() == "☐ "
    form = RatingDialog(services)
    assert "Pain" not in [s.name for s in form.scales.values()]
    form.close()
    dialog.close()


def test_the_rating_tables_pass_the_model_tester(qtmodeltester, rated: JournalServices) -> None:  # type: ignore[no-untyped-def]
    page = AftercarePage(rated)
    qtmodeltester.check(page.rows)
    qtmodeltester.check(page.changes)
    page.deleteLater()


def test_the_follow_up_plan_is_added_once_after_showing_its_steps_and_sources(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services, date(2026, 8, 25))
    before = len(services.itinerary.items())
    page = AftercarePage(services)
    show_active(qtbot, page)
    shown: list[str] = []

    def add(box: QWidget) -> None:
        from PySide6.QtWidgets import QMessageBox

        assert isinstance(box, QMessageBox)
        shown.extend([box.informativeText(), box.detailedText()])
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(add)
    changes: list[Change] = []
    services.changes.subscribe(changes.append)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert seen
    assert changes  # the plan's items were added …
    assert all(change & Change.ITINERARY for change in changes)  # … to the itinerary
    steps, sources = shown
    assert steps.splitlines()[0] == "• Sun 6 Dec 2026 — EDSS review with your neurologist"
    assert "live vaccines" in steps
    assert "Sharrack B" in sources
    added = [
        i for i in services.itinerary.items() if i.details.kind in ("follow_up", "revaccination")
    ]
    assert len(services.itinerary.items()) == before + 9
    # Counted from day 0, the reinfusion of 6 Sep, not the treatment start of 25 Aug.
    assert {i.details.start.date() for i in added} >= {date(2026, 12, 6), date(2028, 9, 6)}
    # Once is enough: asking again adds nothing.
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert said.args[0] == "The follow-up reminders are already in your timeline."
    assert len(services.itinerary.items()) == before + 9


def test_each_rating_starts_as_this_computers_person(
    qtbot: QtBot, services: JournalServices
) -> None:
    """Issue 19: the patient's own rating had defaulted to "The companion", who rated last."""
    from journey.settings import RECORDED_BY

    assert services.settings.get(RECORDED_BY) == "patient"  # this computer's person
    dialog = RatingDialog(services)
    show_active(qtbot, dialog)
    type_text(qtbot, "6")
    dialog.recorded_by.setCurrentIndex(dialog.recorded_by.findData("companion"))
    dialog.save()
    assert [r.details.recorded_by for r in services.ratings.ratings()] == ["companion"]
    again = RatingDialog(services)
    show_active(qtbot, again)
    assert again.recorded_by.currentData() == "patient"
    again.close()
