"""A calendar export that phones follow (issue 17, part 5): an item deleted or cancelled in
Journey is written as a cancelled event with a higher SEQUENCE, so the phone removes it; what
people read (the kind, who is responsible, where) is in their words, never internal codes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar, Event

from journey.calendar import CalendarWording, parse_ics
from journey.dto import CourseData, ProfileData
from journey.itinerary import ItemDetails
from journey.services import JournalServices

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
TIJUANA, TORONTO, LOS_ANGELES = "America/Tijuana", "America/Toronto", "America/Los_Angeles"

PICKUP = ItemDetails(
    kind="ground_transfer",
    title="Pickup at San Diego airport",
    start=datetime(2027, 2, 28, 11, 30),
    zone=LOS_ANGELES,
    end=datetime(2027, 2, 28, 13, 0),
    end_zone=TIJUANA,
    notes="Driver holds a sign.",
    responsible="companion",
)
INFUSION = ItemDetails(
    kind="iv_infusion",
    title="Rituximab infusion",
    start=datetime(2027, 3, 20, 9, 0),
    zone=TIJUANA,
    end=datetime(2027, 3, 20, 13, 0),
    responsible="clinic",
)
SPANISH = CalendarWording(
    kinds={"ground_transfer": "Traslado / recogida", "iv_infusion": "Infusión IV"},
    responsible={"companion": "Acompañante", "clinic": "Clínica", "patient": "Paciente"},
    responsible_line="Responsable: {who}",
    day_line="Día del protocolo {day}",
)


def events_of(path: Path) -> dict[str, list[Event]]:
    """The file's events by UID (a UID may appear once only)."""
    found: dict[str, list[Event]] = {}
    for event in Calendar.from_ical(path.read_bytes()).events:
        found.setdefault(str(event["UID"]), []).append(event)
    return found


def test_a_deleted_item_is_exported_cancelled_with_a_higher_sequence(
    services: JournalServices, tmp_path: Path
) -> None:
    pickup = services.itinerary.add(PICKUP)
    services.itinerary.add(INFUSION)
    services.itinerary.update(pickup.id, dataclasses.replace(PICKUP, place="Arrivals, door 4"))
    first = tmp_path / "first.ics"
    services.calendar.export(first)
    [before] = events_of(first)[pickup.uid]
    assert str(before["STATUS"]) == "CONFIRMED"

    services.itinerary.delete(pickup.id)
    second = tmp_path / "second.ics"
    result = services.calendar.export(second)

    assert (result.events, result.deleted) == (1, 1)
    [after] = events_of(second)[pickup.uid]  # once: not a copy beside a live event
    assert str(after["STATUS"]) == "CANCELLED"
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after["DTSTART"].dt == before["DTSTART"].dt  # the same event, to be removed
    assert str(after["SUMMARY"]) == PICKUP.title
    # A phone's calendar reads it as cancelled; Journey never imports it as an item.
    [read] = [e for e in parse_ics(second.read_bytes()) if e.uid == pickup.uid]
    assert read.details.status == "cancelled"
    assert read.deleted


def test_a_deleted_item_is_not_brought_into_another_journal(
    services: JournalServices, other_services: JournalServices, tmp_path: Path
) -> None:
    pickup = services.itinerary.add(PICKUP)
    services.itinerary.add(INFUSION)
    services.itinerary.delete(pickup.id)
    target = tmp_path / "trip.ics"
    services.calendar.export(target)

    result = other_services.calendar.import_(target)

    assert result.added == 1
    assert [i.details.title for i in other_services.itinerary.items()] == [INFUSION.title]


def test_an_item_deleted_then_restored_is_exported_once_live(
    services: JournalServices, tmp_path: Path
) -> None:
    pickup = services.itinerary.add(PICKUP)
    services.itinerary.restore(services.itinerary.delete(pickup.id))  # delete, then Undo
    target = tmp_path / "trip.ics"

    result = services.calendar.export(target)

    assert (result.events, result.deleted) == (1, 0)
    [event] = events_of(target)[pickup.uid]
    assert str(event["STATUS"]) == "CONFIRMED"


def test_deleted_items_follow_the_exports_dates(services: JournalServices, tmp_path: Path) -> None:
    pickup = services.itinerary.add(PICKUP)
    services.itinerary.delete(pickup.id)
    march = services.calendar.export(tmp_path / "march.ics", date(2027, 3, 1), date(2027, 3, 31))
    february = services.calendar.export(tmp_path / "feb.ics", date(2027, 2, 1), date(2027, 2, 28))
    assert (march.deleted, february.deleted) == (0, 1)


def test_a_cancelled_item_is_exported_cancelled_with_a_higher_sequence(
    services: JournalServices, tmp_path: Path
) -> None:
    infusion = services.itinerary.add(INFUSION)
    services.calendar.export(tmp_path / "first.ics")
    services.itinerary.update(infusion.id, dataclasses.replace(INFUSION, status="cancelled"))

    services.calendar.export(tmp_path / "second.ics")

    [before] = events_of(tmp_path / "first.ics")[infusion.uid]
    [after] = events_of(tmp_path / "second.ics")[infusion.uid]
    assert (str(before["STATUS"]), str(after["STATUS"])) == ("CONFIRMED", "CANCELLED")
    assert after["SEQUENCE"] > before["SEQUENCE"]


def test_categories_and_who_is_responsible_are_in_words_english_by_default(
    services: JournalServices, tmp_path: Path
) -> None:
    pickup = services.itinerary.add(PICKUP)
    target = tmp_path / "trip.ics"
    services.calendar.export(target)

    [event] = events_of(target)[pickup.uid]
    assert [str(c) for c in event.categories] == ["Ground transfer / pickup"]
    assert str(event["DESCRIPTION"]) == "Driver holds a sign.\n\nResponsible: Companion"
    text = target.read_text(encoding="utf-8")
    assert "CATEGORIES:ground_transfer" not in text
    assert "Responsible: companion" not in text


def test_the_callers_words_are_written_and_read_back(
    services: JournalServices, other_services: JournalServices, tmp_path: Path
) -> None:
    pickup = services.itinerary.add(PICKUP)
    infusion = services.itinerary.add(INFUSION)
    target = tmp_path / "viaje.ics"
    services.calendar.export(target, wording=SPANISH)

    events = events_of(target)
    [transfer] = events[pickup.uid]
    assert [str(c) for c in transfer.categories] == ["Traslado / recogida"]
    assert str(transfer["DESCRIPTION"]) == "Driver holds a sign.\n\nResponsable: Acompañante"
    [drip] = events[infusion.uid]
    assert str(drip["DESCRIPTION"]) == "Responsable: Clínica"

    # Imported with the same words, the notes come back without the line export added.
    other_services.calendar.import_(target, wording=SPANISH)
    assert [i.details for i in other_services.itinerary.items()] == [
        i.details for i in services.itinerary.items()
    ]


def test_a_category_in_words_gives_the_kind_of_an_event_from_elsewhere() -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:c@test\r\nSUMMARY:Drip\r\nDTSTART:20270320T160000Z\r\nCATEGORIES:Infusión IV\r\n"
        "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:d@test\r\nSUMMARY:Pickup\r\n"
        "DTSTART:20270320T160000Z\r\nCATEGORIES:Ground transfer / pickup\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    ).encode()
    kinds = [e.details.kind for e in parse_ics(data, wording=SPANISH)]
    assert kinds == ["iv_infusion", "ground_transfer"]


def test_a_clinic_item_without_a_place_is_located_at_the_clinic(
    services: JournalServices,
    other_services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    tmp_path: Path,
) -> None:
    services.onboarding.complete(profile, course, None)
    infusion = services.itinerary.add(INFUSION)
    pickup = services.itinerary.add(PICKUP)
    target = tmp_path / "trip.ics"
    services.calendar.export(target)

    events = events_of(target)
    [drip] = events[infusion.uid]
    assert str(drip["LOCATION"]) == "Clínica de Prueba, Puebla"
    assert "LOCATION" not in events[pickup.uid][0]  # not a clinic item: no place is said

    # Read back, the item still has no place of its own…
    other_services.calendar.import_(target)
    copy = {i.uid: i for i in other_services.itinerary.items()}
    assert copy[infusion.uid].details.place == ""
    # …unless the location was changed in the calendar app.
    target.write_bytes(target.read_bytes().replace(b"LOCATION:Cl", b"LOCATION:Room 2 of Cl"))
    other_services.calendar.import_(target)
    changed = {i.uid: i for i in other_services.itinerary.items()}[infusion.uid]
    assert changed.details.place == "Room 2 of Clínica de Prueba, Puebla"
