"""The trip's details on the Timeline (issue 17, parts 3 and 7), used as a companion would: a
flight typed with its number, booking and airports; a reminder chosen on any item; a hotel
stay on every day of the week it covers; the agenda saying the booking without opening it."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey.itinerary import NO_REMINDER, ItemDetails
from journey.services import JournalServices
from tests.ui.keys import focused, press, show_active, tab, type_text
from ui.trip.item_dialog import ItemDialog
from ui.trip.itinerary_models import AgendaModel, WeekModel
from ui.trip.timeline import TimelinePage

TORONTO, TIJUANA = "America/Toronto", "America/Tijuana"
DAY = date(2027, 3, 1)


def item_dialog(qtbot: QtBot, services: JournalServices) -> ItemDialog:
    dialog = ItemDialog(
        services.itinerary.check,
        TIJUANA,
        DAY,
        save=services.itinerary.add,
        standard_reminders=services.calendar.alarms(),
    )
    show_active(qtbot, dialog)
    return dialog


def test_a_flight_typed_with_its_airports_takes_their_zones(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = item_dialog(qtbot, services)
    form = dialog.form
    assert focused() is form.kind
    type_text(qtbot, "Fli")  # Flight
    assert form.flight_number.isVisible()
    tab(qtbot)
    type_text(qtbot, "To Tijuana")
    tab(qtbot)
    assert focused() is form.flight_number
    type_text(qtbot, "AC 1856")
    tab(qtbot)
    type_text(qtbot, "QX7M2P")
    tab(qtbot)
    type_text(qtbot, "yyz")
    tab(qtbot)
    assert form.from_airport.text() == "YYZ – Toronto Pearson International Airport, Mississauga"
    assert form.zone.zone() == TORONTO
    type_text(qtbot, "Tijuana")
    tab(qtbot)
    assert form.end_zone.zone() == TIJUANA
    assert form.reminder.choice.currentText() == "Standard (3 hours before)"
    form.end_date.setDate(DAY)
    form.title.setFocus()
    press(qtbot, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    (item,) = services.itinerary.items()
    details = item.details
    assert (details.flight_number, details.booking_ref) == ("AC 1856", "QX7M2P")
    assert (details.from_airport, details.to_airport) == ("YYZ", "TIJ")
    assert (details.zone, details.end_zone) == (TORONTO, TIJUANA)
    assert details.reminder_minutes is None  # the kind's standard


def test_an_unknown_airport_is_explained_beside_it_and_nothing_is_stored(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = item_dialog(qtbot, services)
    form = dialog.form
    type_text(qtbot, "Fli")
    tab(qtbot)
    type_text(qtbot, "To Tijuana")
    form.to_airport.setFocus()
    type_text(qtbot, "ZZQ")
    form.title.setFocus()
    press(qtbot, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert "“ZZQ” is not an airport Journey knows" in form.errors["to_airport"].text()
    assert focused() is form.to_airport
    assert form.to_airport.text() == "ZZQ"
    assert services.itinerary.items() == []
    dialog.done(0)


def test_a_pickup_reminds_two_hours_before_as_chosen(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = item_dialog(qtbot, services)
    form = dialog.form
    type_text(qtbot, "Gro")  # Ground transfer / pickup
    assert form.booking_ref.isVisible()
    assert not form.flight_number.isVisible()
    tab(qtbot)
    type_text(qtbot, "Pickup at the airport")
    assert form.reminder.choice.currentText() == "Standard (none)"
    form.reminder.choice.setFocus()
    type_text(qtbot, "B")  # Before the start…
    assert form.reminder.amount.isVisible()
    tab(qtbot)
    assert focused() is form.reminder.amount
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "2")
    tab(qtbot)
    type_text(qtbot, "h")  # hours
    form.title.setFocus()
    press(qtbot, Qt.Key.Key_Return)

    (item,) = services.itinerary.items()
    assert item.details.reminder_minutes == 120


def test_no_reminder_is_kept_and_shown_again(qtbot: QtBot, services: JournalServices) -> None:
    crossing = services.itinerary.add(
        ItemDetails(
            kind="border_crossing",
            title="Border crossing",
            start=datetime(2027, 3, 1, 12, 0),
            zone=TIJUANA,
            reminder_minutes=NO_REMINDER,
        )
    )
    dialog = item_dialog(qtbot, services)
    dialog.form.write(crossing.details)
    assert dialog.form.reminder.choice.currentText() == "No reminder"
    assert not dialog.form.reminder.amount.isVisible()
    assert dialog.form.read() == crossing.details
    dialog.done(0)


HOTEL = ItemDetails(
    kind="hotel_stay",
    title="Hotel Ejemplo Tijuana",
    start=datetime(2027, 3, 2, 15, 0),  # Tuesday
    zone=TIJUANA,
    end=datetime(2027, 3, 5, 11, 0),  # Friday: three nights
    booking_ref="HET-48213",
)


def test_a_hotel_stay_shows_on_every_day_it_covers(services: JournalServices) -> None:
    stay = services.itinerary.add(HOTEL)
    week = WeekModel(TIJUANA)
    week.set_week(date(2027, 3, 1), services.itinerary.items(), None)
    shown = {
        column: week.index(0, column).data()
        for column in range(7)
        if week.item_at(week.index(0, column)) == stay
    }
    assert shown == {
        1: "15:00–5 Mar 11:00\nHotel Ejemplo Tijuana",
        2: "Continues\nHotel Ejemplo Tijuana",
        3: "Continues\nHotel Ejemplo Tijuana",
        4: "Until 11:00\nHotel Ejemplo Tijuana",
    }
    # The next week, from a stay that began the week before: there on its days only.
    week.set_week(date(2027, 2, 22), services.itinerary.items(), None)
    assert all(week.item_at(week.index(0, column)) is None for column in range(7))


def test_the_agenda_shows_the_booking_flight_and_first_note_line(
    qtbot: QtBot, services: JournalServices
) -> None:
    flight = services.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight to San Diego",
            start=datetime(2027, 3, 1, 8, 15),
            zone=TORONTO,
            end=datetime(2027, 3, 1, 10, 40),
            end_zone="America/Los_Angeles",
            notes="Wheelchair at both airports.\nGate closes 30 minutes before.",
            flight_number="AC 1856",
            booking_ref="QX7M2P",
            from_airport="YYZ",
            to_airport="SAN",
            pinned=True,
        )
    )
    page = TimelinePage(services)
    show_active(qtbot, page)
    what = page.select_item(flight.id).siblingAtColumn(1).data()
    assert what == (
        "Flight to San Diego (Flight)\n"
        "Booked · AC 1856, YYZ → SAN · Booking: QX7M2P · Wheelchair at both airports."
    )


def test_item_models_with_stays_keep_qts_model_contract(
    qtmodeltester, services: JournalServices
) -> None:
    services.itinerary.add(HOTEL)
    items = services.itinerary.items()
    agenda = AgendaModel(TIJUANA)
    agenda.set_items(items, None)
    qtmodeltester.check(agenda)
    week = WeekModel(TIJUANA)
    week.set_week(date(2027, 3, 1), items, None)
    qtmodeltester.check(week)
