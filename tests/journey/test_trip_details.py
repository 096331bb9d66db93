"""The items a companion expects (issue 17, part 3): flights with their number, booking
reference and airports, a hotel stay over several nights, and a reminder on any item, as they
are stored, checked, and written into (and read back from) calendar files."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar, Event

from journey.airports import airport_candidates, find_airport
from journey.calendar import parse_ics
from journey.demo import seed_demo
from journey.errors import InvalidInput
from journey.itinerary import NO_REMINDER, ItemDetails, item_problems
from journey.services import JournalServices

TORONTO, TIJUANA, LOS_ANGELES = "America/Toronto", "America/Tijuana", "America/Los_Angeles"

FLIGHT = ItemDetails(
    kind="flight",
    title="Flight to Tijuana",
    start=datetime(2027, 3, 1, 8, 15),
    zone=TORONTO,
    end=datetime(2027, 3, 1, 11, 40),
    end_zone=TIJUANA,
    responsible="companion",
    flight_number="AC 1856",
    booking_ref="QX7M2P",
    from_airport="YYZ",
    to_airport="TIJ",
)
PICKUP = ItemDetails(
    kind="ground_transfer",
    title="Pickup at Tijuana airport",
    start=datetime(2027, 3, 1, 12, 15),
    zone=TIJUANA,
    end=datetime(2027, 3, 1, 13, 0),
    reminder_minutes=120,
)
BORDER = ItemDetails(
    kind="border_crossing",
    title="Border crossing back",
    start=datetime(2027, 3, 28, 9, 0),
    zone=TIJUANA,
    reminder_minutes=NO_REMINDER,
)
HOTEL = ItemDetails(
    kind="hotel_stay",
    title="Hotel Ejemplo Tijuana",
    start=datetime(2027, 3, 1, 15, 0),
    zone=TIJUANA,
    end=datetime(2027, 3, 4, 11, 0),
    booking_ref="HET-48213",
    reminder_minutes=24 * 60,
)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("YYZ", "YYZ"),
        ("yyz", "YYZ"),
        ("Toronto Pearson", "YYZ"),
        ("Toronto", "YYZ"),  # Pearson (in Mississauga), before the City airport
        ("Tijuana", "TIJ"),
        ("tijuana", "TIJ"),
        ("San Diego", "SAN"),
        ("Mérida", "MID"),  # accents aside, the international airport
        ("YYZ – Toronto Pearson International Airport, Mississauga", "YYZ"),  # as listed
    ],
)
def test_an_airport_is_found_by_code_name_or_city(typed: str, code: str) -> None:
    found = find_airport(typed)
    assert found is not None
    assert found.iata == code


def test_an_unknown_airport_is_none_and_candidates_are_offered() -> None:
    assert find_airport("Atlantis") is None
    assert find_airport("ZZQ") is None
    assert find_airport("") is None
    found = find_airport("Tijuana")
    assert found is not None
    assert (found.zone, found.place) == (
        TIJUANA,
        "General Abelardo L. Rodriguez International Airport (TIJ)",
    )
    assert [one.iata for one in airport_candidates("Toronto")][:2] == ["YYZ", "YTZ"]


def test_a_flight_is_stored_with_its_details(services: JournalServices) -> None:
    added = services.itinerary.add(FLIGHT)
    stored = services.itinerary.get(added.id).details
    assert (stored.flight_number, stored.booking_ref) == ("AC 1856", "QX7M2P")
    assert (stored.from_airport, stored.to_airport) == ("YYZ", "TIJ")


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"from_airport": "ZZQ"}, "from_airport", "unknown_airport"),
        ({"to_airport": "Atlantis"}, "to_airport", "unknown_airport"),
        ({"flight_number": "A" * 17}, "flight_number", "text_too_long"),
        ({"booking_ref": "B" * 65}, "booking_ref", "text_too_long"),
        ({"reminder_minutes": 29 * 24 * 60}, "reminder", "reminder_range"),
        ({"reminder_minutes": -5}, "reminder", "reminder_range"),
    ],
)
def test_wrong_trip_details_are_refused_naming_the_field(
    services: JournalServices, changes: dict[str, object], field: str, code: str
) -> None:
    details = replace(FLIGHT, **changes)  # type: ignore[arg-type]
    problems = item_problems(details)
    assert [(p.field, p.code) for p in problems] == [(field, code)]
    with pytest.raises(InvalidInput):
        services.itinerary.add(details)
    assert services.itinerary.items() == []


def test_an_unknown_airport_is_explained_in_words() -> None:
    (problem,) = item_problems(replace(FLIGHT, to_airport="ZZQ"))
    assert problem.english().startswith("“ZZQ” is not an airport Journey knows.")


def _events(path: Path) -> dict[str, Event]:
    return {str(event["SUMMARY"]): event for event in Calendar.from_ical(path.read_bytes()).events}


def _triggers(event: Event) -> list[timedelta]:
    """Each reminder's TRIGGER: how long before the start (negative)."""
    triggers: list[Any] = [alarm["TRIGGER"] for alarm in event.walk("VALARM")]
    return [trigger.dt for trigger in triggers]


def test_the_exported_calendar_reminds_as_each_item_says(
    services: JournalServices, tmp_path: Path
) -> None:
    for details in (FLIGHT, PICKUP, BORDER, HOTEL):
        services.itinerary.add(details)
    path = tmp_path / "trip.ics"
    services.calendar.export(path)
    events = _events(path)
    # The flight left at its kind's standard: 3 hours before (resources/calendar_alarms.json).
    assert _triggers(events[FLIGHT.title]) == [timedelta(hours=-3)]
    assert _triggers(events[PICKUP.title]) == [timedelta(hours=-2)]  # its own
    assert _triggers(events[BORDER.title]) == []  # none, as chosen
    assert _triggers(events[HOTEL.title]) == [timedelta(days=-1)]
    assert "TRIGGER:-PT2H" in path.read_text(encoding="utf-8").replace("\r\n ", "")


def test_the_users_standard_reminders_apply_to_items_without_their_own(
    services: JournalServices, tmp_path: Path
) -> None:
    services.calendar.save_alarms({"flight": 5 * 60, "ground_transfer": 60})
    services.itinerary.add(FLIGHT)
    services.itinerary.add(PICKUP)
    path = tmp_path / "trip.ics"
    services.calendar.export(path)
    events = _events(path)
    assert _triggers(events[FLIGHT.title]) == [timedelta(hours=-5)]
    assert _triggers(events[PICKUP.title]) == [timedelta(hours=-2)]  # its own wins


def test_a_flights_event_says_its_number_booking_and_departure_airport(
    services: JournalServices, tmp_path: Path
) -> None:
    services.itinerary.add(FLIGHT)
    path = tmp_path / "trip.ics"
    services.calendar.export(path)
    event = _events(path)[FLIGHT.title]
    description = str(event["DESCRIPTION"])
    assert "Flight AC 1856" in description
    assert "Booking reference: QX7M2P" in description
    assert str(event["LOCATION"]) == "Toronto Pearson International Airport (YYZ)"


def test_trip_details_come_back_from_an_exported_calendar(
    services: JournalServices, other_services: JournalServices, tmp_path: Path
) -> None:
    pinned = replace(PICKUP, pinned=True, booking_ref="TX-1", notes="Sign with our name.")
    for details in (FLIGHT, pinned, BORDER, HOTEL):
        services.itinerary.add(details)
    path = tmp_path / "trip.ics"
    services.calendar.export(path)
    other_services.calendar.import_(path)
    back = {item.details.title: item.details for item in other_services.itinerary.items()}
    assert back == {d.title: d for d in (FLIGHT, pinned, BORDER, HOTEL)}


AIRLINE_FILE = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Some Airline//EN\r
BEGIN:VEVENT\r
UID:booking-ac992@airline.example\r
DTSTAMP:20270101T000000Z\r
DTSTART:20270301T131500Z\r
DTEND:20270301T184000Z\r
SUMMARY:AC 992 YYZ-TIJ\r
DESCRIPTION:Booking reference: ABC123. Seat 14C.\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_airlines_flight_is_read_with_its_number_airports_and_booking() -> None:
    (event,) = parse_ics(AIRLINE_FILE, local_zone=TORONTO)
    details = event.details
    assert details.kind == "flight"
    assert details.flight_number == "AC 992"
    assert (details.from_airport, details.to_airport) == ("YYZ", "TIJ")
    assert details.booking_ref == "ABC123"
    # Placed where it happens, from the airports' zones.
    assert (details.start, details.zone) == (datetime(2027, 3, 1, 8, 15), TORONTO)
    assert (details.end, details.end_zone) == (datetime(2027, 3, 1, 10, 40), TIJUANA)


def test_an_airlines_flight_imports_into_the_itinerary(
    services: JournalServices, tmp_path: Path
) -> None:
    path = tmp_path / "airline.ics"
    path.write_bytes(AIRLINE_FILE)
    services.calendar.import_(path)
    (item,) = services.itinerary.items()
    assert (item.details.flight_number, item.details.from_airport, item.details.to_airport) == (
        "AC 992",
        "YYZ",
        "TIJ",
    )


def test_the_demos_flights_and_hotel_are_booked_and_pinned(services: JournalServices) -> None:
    seed_demo(services)
    items = services.itinerary.items()
    flights = [item.details for item in items if item.details.kind == "flight"]
    assert [(f.flight_number, f.from_airport, f.to_airport) for f in flights] == [
        ("AC 1856", "YYZ", "SAN"),
        ("AC 1857", "SAN", "YYZ"),
    ]
    assert all(f.booking_ref and f.pinned for f in flights)
    kinds = [item.details.kind for item in items]
    assert "hotel_check_in" not in kinds
    assert "hotel_check_out" not in kinds
    (stay,) = [item.details for item in items if item.details.kind == "hotel_stay"]
    assert stay.pinned
    assert stay.booking_ref
    assert stay.end is not None
    assert (stay.end.date() - stay.start.date()).days == 27  # day 1 to day 28 of the stay
