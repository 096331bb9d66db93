"""Shift on the Timeline, as a companion uses it (issue 17): the dialog lists what would move,
old time → new time, a booked flight unticked; Space ticks it; only the ticked items move; a
refused shift keeps the dialog open and moves nothing. And the week view opens on the trip's
week when the trip is near."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from journey.dto import CourseData, ProfileData, Settings
from journey.itinerary import Item, shift_plan
from journey.journal import Journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.ui.helpers import HOME_ZONE, unnamed_focusable
from tests.ui.keys import back_to, focused, on_next_dialog, press, replace_text, show_active, tab
from ui.trip.item_dialog import ItemDialog
from ui.trip.shift_dialog import ShiftDialog
from ui.trip.timeline import TimelinePage
from ui.widgets.themes import Appearance

ARRIVAL = date(2027, 6, 7)  # a Monday
TIJUANA = "America/Tijuana"
SHIFT = (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def onboard(services: JournalServices, arrival: date = ARRIVAL) -> None:
    """An MSC course in Tijuana arriving at 14:00; onboarding lays out its few days."""
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="msc",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=arrival,
            arrival_time=time(14, 0),
            destination_zone=TIJUANA,
            treatment_start=arrival + timedelta(days=1),
            home_zone=HOME_ZONE,
        ),
        None,
    )


def titled(services: JournalServices, title: str) -> Item:
    (found,) = [i for i in services.itinerary.items() if i.details.title == title]
    return found


@pytest.fixture
def booked(services: JournalServices) -> JournalServices:
    """The MSC course with its flight home booked (pinned)."""
    onboard(services)
    flight = titled(services, "Flight home")
    services.itinerary.update(flight.id, replace(flight.details, pinned=True))
    return services


def open_shift(qtbot: QtBot, services: JournalServices, title: str) -> TimelinePage:
    """The Timeline with ``title`` selected, ready for Ctrl+Shift+H."""
    page = TimelinePage(services)
    show_active(qtbot, page)
    page.agenda.setFocus()
    page.select_item(titled(services, title).id)
    return page


def rows(dialog: ShiftDialog) -> list[tuple[str, bool]]:
    """What the list shows: each row's text and whether it is ticked."""
    moves = dialog.moves
    return [
        (moves.item(r).text(), moves.item(r).checkState() == Qt.CheckState.Checked)
        for r in range(moves.count())
    ]


def test_the_dialog_lists_what_moves_old_to_new_with_the_booked_flight_unticked(
    qtbot: QtBot, booked: JournalServices
) -> None:
    page = open_shift(qtbot, booked, "Discharge and aftercare papers")
    before = {i.id: i for i in booked.itinerary.items()}
    seen: list[list[tuple[str, bool]]] = []
    said: list[tuple[str, str]] = []
    told: list[str] = []
    page.status.connect(told.append)

    def look_then_shift(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftDialog)
        assert focused() is dialog.amount
        seen.append(rows(dialog))
        current = dialog.moves.currentItem()
        said.append((dialog.count.text(), current.text() if current else ""))
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(look_then_shift)
    press(qtbot, *SHIFT)

    assert seen[0] == [
        ("Discharge and aftercare papers: Wed 9 Jun 14:00 → Thu 10 Jun 14:00 Tijuana time", True),
        ("Hotel check-out: Thu 10 Jun 10:00 → Fri 11 Jun 10:00 Tijuana time", True),
        ("Flight home: Thu 10 Jun 13:00 → Fri 11 Jun 13:00 Tijuana time (booked)", False),
    ]
    assert said == [("2 of 3 ticked: they move.", seen[0][0][0])]  # the one shifted, selected
    flight = titled(booked, "Flight home")
    assert flight == before[flight.id]  # booked: left where it is
    assert told == ["Moved 2 ticked items; the others stayed where they were."]
    assert titled(booked, "Hotel check-out").details.start == datetime(2027, 6, 11, 10, 0)
    assert titled(booked, "Discharge and aftercare papers").details.start == datetime(
        2027, 6, 10, 14, 0
    )


def test_space_ticks_the_booked_flight_and_then_it_moves_too(
    qtbot: QtBot, booked: JournalServices
) -> None:
    page = open_shift(qtbot, booked, "Discharge and aftercare papers")
    ticked: list[list[bool]] = []
    told: list[str] = []
    page.status.connect(told.append)

    def tick_the_flight(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftDialog)
        tab(qtbot, 2)  # past the unit, to the list of what moves
        assert focused() is dialog.moves
        assert isinstance(focused(), QListWidget)
        press(qtbot, Qt.Key.Key_End)  # the flight, last
        press(qtbot, Qt.Key.Key_Space)
        ticked.append([tick for _, tick in rows(dialog)])
        press(qtbot, Qt.Key.Key_Return)

    on_next_dialog(tick_the_flight)
    press(qtbot, *SHIFT)

    assert ticked == [[True, True, True]]
    assert told == ["Moved “Discharge and aftercare papers” and everything after it."]
    flight = titled(booked, "Flight home")
    assert flight.details.start == datetime(2027, 6, 11, 13, 0)
    assert flight.details.pinned

    back_to(qtbot, page)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo: all back
    assert titled(booked, "Flight home").details.start == datetime(2027, 6, 10, 13, 0)
    assert titled(booked, "Hotel check-out").details.start == datetime(2027, 6, 10, 10, 0)


def test_the_list_follows_the_amount_and_keeps_the_ticks(
    qtbot: QtBot, booked: JournalServices
) -> None:
    page = open_shift(qtbot, booked, "Hotel check-out")
    seen: list[list[tuple[str, bool]]] = []

    def change_the_amount(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftDialog)
        dialog.moves.setFocus()
        press(qtbot, Qt.Key.Key_Space)  # untick the check-out (the first row)
        dialog.amount.setFocus()
        replace_text(qtbot, "3")
        seen.append(rows(dialog))
        tab(qtbot)
        press(qtbot, Qt.Key.Key_Down)  # hours
        seen.append(rows(dialog))
        press(qtbot, Qt.Key.Key_Escape)

    on_next_dialog(change_the_amount)
    before = booked.itinerary.items()
    press(qtbot, *SHIFT)

    assert seen == [
        [
            ("Hotel check-out: Thu 10 Jun 10:00 → Sun 13 Jun 10:00 Tijuana time", False),
            ("Flight home: Thu 10 Jun 13:00 → Sun 13 Jun 13:00 Tijuana time (booked)", False),
        ],
        [
            ("Hotel check-out: Thu 10 Jun 10:00 → Thu 10 Jun 13:00 Tijuana time", False),
            ("Flight home: Thu 10 Jun 13:00 → Thu 10 Jun 16:00 Tijuana time (booked)", False),
        ],
    ]
    assert booked.itinerary.items() == before  # Escape: nothing moved
    assert page.isVisible()


def test_a_refused_shift_keeps_the_dialog_open_and_moves_nothing(
    qtbot: QtBot, booked: JournalServices
) -> None:
    before = booked.itinerary.items()
    page = open_shift(qtbot, booked, "IV infusion of stem cells")
    said: list[str] = []
    still_open: list[bool] = []

    def shift_too_far_back(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftDialog)
        # A day back: 09:00 on the arrival day, before the 14:00 arrival.
        replace_text(qtbot, "-1")
        press(qtbot, Qt.Key.Key_Return)
        still_open.append(dialog.isVisible())
        said.append(dialog.error.text())
        press(qtbot, Qt.Key.Key_Escape)

    on_next_dialog(shift_too_far_back)
    press(qtbot, *SHIFT)

    assert still_open == [True]
    assert "IV infusion of stem cells" in said[0]
    assert "before the arrival" in said[0]
    assert booked.itinerary.items() == before
    assert page.isVisible()


def test_nothing_ticked_or_no_amount_is_said_and_nothing_moves(
    qtbot: QtBot, booked: JournalServices
) -> None:
    before = booked.itinerary.items()
    open_shift(qtbot, booked, "Flight home")
    said: list[str] = []

    def untick_then_shift(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftDialog)
        # The booked flight chosen itself is ticked: the user picked it.
        assert rows(dialog) == [
            ("Flight home: Thu 10 Jun 13:00 → Fri 11 Jun 13:00 Tijuana time (booked)", True)
        ]
        dialog.moves.setFocus()
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Return)
        said.append(dialog.error.text())
        press(qtbot, Qt.Key.Key_Space)
        dialog.amount.setFocus()
        replace_text(qtbot, "0")
        press(qtbot, Qt.Key.Key_Return)
        said.append(dialog.error.text())

    on_next_dialog(untick_then_shift)
    press(qtbot, *SHIFT)

    assert said == [
        "⚠ Nothing is ticked: tick the items to move.",
        "⚠ Moving by 0 changes nothing: choose how far to move.",
    ]
    assert booked.itinerary.items() == before


def test_the_shift_dialog_is_named_for_screen_readers(
    qtbot: QtBot, booked: JournalServices
) -> None:
    items = booked.itinerary.items()
    first = titled(booked, "Hotel check-out")
    dialog = ShiftDialog(
        first.details.title,
        lambda delta: shift_plan(items, first, delta),
        lambda _delta, _ids: [],
        HOME_ZONE,
    )
    show_active(qtbot, dialog)
    assert unnamed_focusable(dialog) == []
    assert dialog.moves.accessibleName() == "What moves"
    assert "Space ticks or unticks" in dialog.moves.accessibleDescription()
    dialog.close()


def test_the_item_form_marks_an_item_booked_by_keyboard(
    qtbot: QtBot, services: JournalServices
) -> None:
    onboard(services)
    page = open_shift(qtbot, services, "Flight home")

    def book_it(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        assert not dialog.form.pinned.isChecked()
        press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # its mnemonic ticks it
        qtbot.waitUntil(dialog.form.pinned.isChecked)
        assert focused() is dialog.form.pinned
        press(qtbot, Qt.Key.Key_Return)  # saves

    on_next_dialog(book_it)
    press(qtbot, Qt.Key.Key_F2)
    assert titled(services, "Flight home").details.pinned

    shown: list[list[tuple[str, bool]]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ShiftDialog)
        shown.append(rows(dialog))

    back_to(qtbot, page)
    page.select_item(titled(services, "Hotel check-out").id)
    on_next_dialog(look)
    press(qtbot, *SHIFT)
    assert shown == [
        [
            ("Hotel check-out: Thu 10 Jun 10:00 → Fri 11 Jun 10:00 Tijuana time", True),
            ("Flight home: Thu 10 Jun 13:00 → Fri 11 Jun 13:00 Tijuana time (booked)", False),
        ]
    ]


def test_at_200_percent_long_rows_wrap_instead_of_scrolling_sideways(
    qtbot: QtBot, booked: JournalServices, appearance: Appearance
) -> None:
    appearance.apply(Settings(theme="high_contrast", text_size=200))
    long_title = "Discharge, aftercare papers and the clinic's letter for the airline"
    papers = titled(booked, "Discharge and aftercare papers")
    booked.itinerary.update(papers.id, replace(papers.details, title=long_title))
    items = booked.itinerary.items()
    first = titled(booked, long_title)
    dialog = ShiftDialog(
        long_title,
        lambda delta: shift_plan(items, first, delta),
        lambda _delta, _ids: [],
        HOME_ZONE,
    )
    show_active(qtbot, dialog)
    QApplication.processEvents()
    assert dialog.moves.horizontalScrollBar().maximum() == 0
    row = dialog.moves.visualItemRect(dialog.moves.item(0))
    assert row.width() <= dialog.moves.viewport().width()
    assert dialog.width() <= 1280
    assert dialog.height() <= 800
    dialog.close()


# --- the week the Timeline opens on -------------------------------------------------------------


@pytest.fixture
def nov_25(journal: Journal) -> JournalServices:
    """Services whose today is Wednesday 25 November 2026 (in Toronto)."""
    now = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)
    return JournalServices.build(journal.session_factory, Clock(HOME_ZONE, fixed_now=now))


def week_shown(page: TimelinePage) -> str:
    return page.week_title.text()


def test_the_week_opens_on_the_trip_week_five_days_before_arrival(
    qtbot: QtBot, nov_25: JournalServices
) -> None:
    assert nov_25.clock.today() == date(2026, 11, 25)
    onboard(nov_25, arrival=date(2026, 11, 30))  # next Monday, in five days
    page = TimelinePage(nov_25)
    show_active(qtbot, page)
    page.views.setCurrentIndex(1)
    assert week_shown(page) == "Mon 30 Nov 2026 to Sun 6 Dec 2026"
    assert page.week_model.headerData(0, Qt.Orientation.Horizontal) == "Mon 30 Nov\nDay 1"
    assert "Hotel check-in" in page.week_model.index(0, 0).data()

    qtbot.mouseClick(page.this_week, Qt.MouseButton.LeftButton)
    assert week_shown(page) == "Mon 23 Nov 2026 to Sun 29 Nov 2026"
    page.trip_week.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert week_shown(page) == "Mon 30 Nov 2026 to Sun 6 Dec 2026"


def test_a_trip_weeks_away_leaves_the_week_on_this_week(
    qtbot: QtBot, nov_25: JournalServices
) -> None:
    onboard(nov_25, arrival=date(2026, 12, 28))
    page = TimelinePage(nov_25)
    show_active(qtbot, page)
    assert week_shown(page) == "Mon 23 Nov 2026 to Sun 29 Nov 2026"
    qtbot.mouseClick(page.trip_week, Qt.MouseButton.LeftButton)
    assert week_shown(page) == "Mon 28 Dec 2026 to Sun 3 Jan 2027"


def test_without_a_course_there_is_no_trip_week(qtbot: QtBot, nov_25: JournalServices) -> None:
    page = TimelinePage(nov_25)
    show_active(qtbot, page)
    page.views.setCurrentIndex(1)
    assert week_shown(page) == "Mon 23 Nov 2026 to Sun 29 Nov 2026"
    assert not page.trip_week.isVisible()
