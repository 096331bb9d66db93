"""Calendar files (.ics, iCalendar, RFC 5545) for the itinerary: write them, read them back.

Written with the icalendar library, never by hand. Each itinerary item becomes one VEVENT whose
UID is the item's and whose SEQUENCE counts its changes, so a phone's calendar that imports the
file again replaces the events instead of adding copies. Times are the planned wall times with
the TZID of the zone where they happen (a flight may end in another zone than it starts), and
the file carries a VTIMEZONE for every zone it uses. Private ``X-JOURNEY-*`` properties keep
what iCalendar has no place for (kind, who is responsible, done), so export → import is
lossless. What people read (CATEGORIES, who is responsible in the description) is written in
the caller's words (``CalendarWording``; English by default), never as internal codes. Items
deleted from the itinerary are written too, as cancelled events with a higher SEQUENCE, so a
phone that imports the file removes them.

Reading is all or nothing: ``parse_ics`` returns every event or raises one
``CalendarFileError`` naming the event (number, UID, SUMMARY) and the property at fault.

How times without a named zone are read (the choices are ours; SPEC §4 forbids silent guesses):

- TZID that is an IANA name (or a Windows name, or ``/vendor/Area/City``, which icalendar's
  table and RFC 5545 §3.2.19 map to one): that zone, the wall time as written.
- TZID that is none of those but is defined by a VTIMEZONE in the file: the instant the
  VTIMEZONE gives, then shown like a UTC time (next point). No IANA zone is inferred from
  offsets: several zones share any set of offsets, and the wrong city would be a guess.
- UTC (``…Z``): the instant is exact but says nothing about where it happens. It is kept in
  the calendar's declared zone (X-WR-TIMEZONE, as Google Calendar writes) when there is one,
  else in the zone "UTC" – never in the computer's zone, which would be a guess.
- Floating times (no zone) and all-day events (DATE values): RFC 5545 §3.3.5 says these mean
  the same clock time wherever the reader is, so they take the calendar's X-WR-TIMEZONE, else
  ``local_zone`` (the service passes the computer's zone). An all-day event becomes 00:00 on
  its first day to 00:00 after its last, which ``ItemDetails.all_day`` recognises: it is
  shown as all day and exported as dates again (with ``X-JOURNEY-ZONE`` so that it comes
  back to the same zone).
- Google Calendar's files (X-WR-TIMEZONE) are first made standard by ``x_wr_timezone``: their
  UTC and floating times become wall times in the calendar's zone. A wall time that happens
  twice there (the night the clocks go back) keeps its instant, in UTC.
- A flight whose times are only in UTC (as airlines write them) is placed where it happens when
  its SUMMARY or LOCATION names two airports by IATA code ("AC 792 YYZ–SAN"): the start in the
  departure airport's zone, the end in the arrival's (``airportsdata``). Unknown codes change
  nothing.
- A flight from another program (no X-JOURNEY-KIND) gets its flight number from the SUMMARY
  ("AC 792"), its airports from the IATA codes named there or in LOCATION, and its booking
  reference from a "Booking reference: ABC123"-like phrase in the DESCRIPTION.

Each item's reminder (a VALARM, planned items only) is its own when it has one, else its
kind's standard (the ``alarms`` table), and none when the user chose none. A flight's LOCATION
is its departure airport ("Toronto Pearson International Airport (YYZ)") when it has no place
of its own; its number and booking reference are lines of the DESCRIPTION, in the user's words.

Repeating events (RRULE, RDATE, EXDATE, RECURRENCE-ID) are expanded by
``recurring_ical_events``, up to ``MAX_OCCURRENCES`` a file: either one item per occurrence,
whose UID is the event's plus ``/`` and the occurrence's original start (in UTC), so that a
re-import updates instead of duplicating, or (``repeats="span"``) one item from the first start
to the last end, under the event's own UID.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from importlib.resources import files
from itertools import islice
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
import x_wr_timezone
from icalendar import Alarm, Calendar, Component, Event, Timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from journey import __version__
from journey.airports import airport, airport_zones
from journey.errors import CalendarFileError, EventRef
from journey.itinerary import (
    CLINIC_KINDS,
    ITEM_KINDS,
    KIND_WORDS,
    NO_REMINDER,
    RESPONSIBLE_WORDS,
    STATUSES,
    DayNumbering,
    Item,
    ItemDetails,
    item_problems,
    reminder_minutes,
)
from journey.timekeeping import (
    EARLIEST_DATE,
    LATEST_DATE,
    date_problem,
    known_zones,
    later,
    to_instant,
    wall_time_problem,
)

PRODID = "-//Journey//Journey {version}//EN"
# Limits on what is read, so a wrong file (a whole mailbox, a years-long shared calendar) is
# refused at once instead of freezing the app: an itinerary has tens of items, a phone's
# export of several years of a busy calendar stays well under both.
MAX_BYTES = 5 * 1024 * 1024
MAX_EVENTS = 5_000
# Occurrences of repeating events read from one file: a year of daily injections fits, a
# series that never ends is refused, naming it, instead of filling the itinerary.
MAX_OCCURRENCES = 500
UID_MAX = 255  # the width of itinerary_item.uid
OCCURRENCE_SUFFIX = len("/20270301T090000Z")  # what an occurrence adds to its event's UID
UNTITLED = "Untitled event"  # SUMMARY is optional in iCalendar; an item needs a title
RESPONSIBLE_LINE = "Responsible: {who}"
DAY_LINE = "Protocol day {day}"
FLIGHT_LINE = "Flight {number}"
BOOKING_LINE = "Booking reference: {ref}"

KIND_PROPERTY = "X-JOURNEY-KIND"
RESPONSIBLE_PROPERTY = "X-JOURNEY-RESPONSIBLE"
STATUS_PROPERTY = "X-JOURNEY-STATUS"
DAY_PROPERTY = "X-JOURNEY-DAY"  # the protocol day shown in the description, e.g. "+8"
# The zone of an all-day item (its DATE values have none), so that it comes back there.
ZONE_PROPERTY = "X-JOURNEY-ZONE"
# The LOCATION written for a clinic item without a place of its own (the clinic, from the
# treatment course): read back as no place, unless the LOCATION was changed meanwhile.
CLINIC_PLACE_PROPERTY = "X-JOURNEY-CLINIC-PLACE"
# An item deleted from the itinerary, written as a cancelled event: never imported as an item.
DELETED_PROPERTY = "X-JOURNEY-DELETED"
# A flight's details and an item's own reminder, read back exactly (the DESCRIPTION says them
# in words). REMINDER is minutes before the start or "none"; absent: the kind's standard.
FLIGHT_NUMBER_PROPERTY = "X-JOURNEY-FLIGHT-NUMBER"
BOOKING_REF_PROPERTY = "X-JOURNEY-BOOKING-REF"
FROM_AIRPORT_PROPERTY = "X-JOURNEY-FROM-AIRPORT"
TO_AIRPORT_PROPERTY = "X-JOURNEY-TO-AIRPORT"
REMINDER_PROPERTY = "X-JOURNEY-REMINDER"
PINNED_PROPERTY = "X-JOURNEY-PINNED"
# An item laid out from a shipped text: its key, and a check of the SUMMARY and notes as
# written, so that the key comes back only while neither was changed in a calendar app.
TEXT_KEY_PROPERTY = "X-JOURNEY-TEXT-KEY"
TEXT_CHECK_PROPERTY = "X-JOURNEY-TEXT-CHECK"
NO_REMINDER_VALUE = "none"
UTC_ZONE = "UTC"

# How an event repeats (RFC 5545 §3.8.5); such events are expanded into their occurrences.
RECURRENCE = ("RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID")
REPEATS = ("each", "span")  # one item per occurrence, or one from the first to the last
# Properties whose value an item uses: a broken one of these fails the import, a broken one
# of any other property (an ATTENDEE, a GEO…) is ignored like the property itself.
USED = frozenset(
    {
        "UID",
        "SEQUENCE",
        "DTSTART",
        "DTEND",
        "DURATION",
        "SUMMARY",
        "LOCATION",
        "DESCRIPTION",
        "STATUS",
        "CATEGORIES",
        KIND_PROPERTY,
        RESPONSIBLE_PROPERTY,
        STATUS_PROPERTY,
        ZONE_PROPERTY,
        FLIGHT_NUMBER_PROPERTY,
        BOOKING_REF_PROPERTY,
        FROM_AIRPORT_PROPERTY,
        TO_AIRPORT_PROPERTY,
        REMINDER_PROPERTY,
        *RECURRENCE,
    }
)
_MOMENT = "expected a date like 20270301 or a date and time like 20270301T093000"
_RULE = "expected a rule like FREQ=DAILY;COUNT=5"
_MOMENTS = "expected dates like 20270301, or dates and times like 20270301T093000"
EXPECTED = {
    "DTSTART": _MOMENT,
    "DTEND": _MOMENT,
    "RECURRENCE-ID": _MOMENT,
    "DURATION": "expected a duration like PT1H30M or P2D",
    "SEQUENCE": "expected a whole number",
    "RRULE": _RULE,
    "EXRULE": _RULE,
    "RDATE": _MOMENTS,
    "EXDATE": _MOMENTS,
}
# A flight booked elsewhere (an airline's or travel agent's .ics) usually says so in words.
FLIGHT_WORDS = re.compile(r"\b(flight|flights|flug|vuelo|vol|voo|volo)\b|✈", re.IGNORECASE)
# A flight number as airlines write it: the airline's two-character code, then 1–4 digits
# ("AC 792", "AC792", "U2 1234").
FLIGHT_NUMBER = re.compile(r"\b([A-Z]{2}|[A-Z][0-9]|[0-9][A-Z]) ?-?(\d{1,4})\b")
AIRPORT_CODE = re.compile(r"\b[A-Z]{3}\b")  # IATA: three capitals ("YYZ", "TIJ", "SAN")
# A booking reference as airlines and hotels write it in a description: "Booking reference:
# ABC123", "Confirmation code ABC123", "PNR: ABC123", "Reservation # 12345678".
BOOKING_REF = re.compile(
    r"\b(?:booking|confirmation|reservation|record\s+locator|pnr)"
    r"(?:\s+(?:ref(?:erence)?|code|number|no)\.?)?\s*[:#]?\s*([A-Z0-9]{5,12})\b",
    re.IGNORECASE,
)
BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def _stored_title(details: ItemDetails) -> str:
    return details.title


def _stored_notes(details: ItemDetails) -> str:
    return details.notes


@dataclass(frozen=True)
class CalendarWording:
    """The words a calendar file shows people: each kind of item (its CATEGORIES), who is
    responsible, and the description's last lines. ``responsible_line`` holds ``{who}``,
    ``day_line`` ``{day}``, ``flight_line`` ``{number}`` and ``booking_line`` ``{ref}``.
    English by default; the window passes its translated words (the domain never imports Qt).
    A kind or person missing from a mapping is said in English. ``title`` and ``notes`` give
    an item's as people read them: an item laid out from a shipped text (``text_key``) in the
    window's language; by default as stored."""

    kinds: Mapping[str, str] = field(default_factory=lambda: dict(KIND_WORDS))
    responsible: Mapping[str, str] = field(default_factory=lambda: dict(RESPONSIBLE_WORDS))
    responsible_line: str = RESPONSIBLE_LINE
    day_line: str = DAY_LINE
    flight_line: str = FLIGHT_LINE
    booking_line: str = BOOKING_LINE
    title: Callable[[ItemDetails], str] = _stored_title
    notes: Callable[[ItemDetails], str] = _stored_notes

    def kind(self, kind: str) -> str:
        return self.kinds.get(kind) or KIND_WORDS.get(kind, kind)

    def who(self, responsible: str) -> str:
        return self.responsible.get(responsible) or RESPONSIBLE_WORDS.get(responsible, responsible)

    def footer(
        self, responsible: str, day: str | None, *, flight: str = "", booking: str = ""
    ) -> str:
        """The description's last lines: the flight's number and the booking reference (when
        there are), the protocol day (when numbered), who is responsible."""
        lines = []
        if flight:
            lines.append(self.flight_line.replace("{number}", flight))
        if booking:
            lines.append(self.booking_line.replace("{ref}", booking))
        if day:
            lines.append(self.day_line.replace("{day}", day))
        lines.append(self.responsible_line.replace("{who}", self.who(responsible)))
        return "\n".join(lines)


ENGLISH_WORDING = CalendarWording()


@dataclass(frozen=True)
class ParsedEvent:
    """One event read from a calendar file, as the itinerary item it describes.

    ``number`` is the event's place in the file (from 1); an occurrence of a repeating event
    (or the span of all of them) has ``series``, the event's own UID, and ``occurrences``, how
    many there are; ``deleted`` is an item Journey wrote as deleted (never imported)."""

    uid: str
    sequence: int
    details: ItemDetails
    number: int = 0
    series: str | None = None
    occurrences: int = 1
    deleted: bool = False


# --- alarms -----------------------------------------------------------------------------------


def load_alarms(text: str | None = None) -> dict[str, int]:
    """Reminders per kind of item, in minutes before the start, from
    resources/calendar_alarms.json (or ``text`` in that shape)."""
    if text is None:
        text = files("resources").joinpath("calendar_alarms.json").read_text(encoding="utf-8")
    raw = json.loads(text)["minutes_before"]
    alarms: dict[str, int] = {}
    for kind, minutes in raw.items():
        if kind not in ITEM_KINDS:
            raise ValueError(f"calendar alarms: unknown kind of item {kind!r}")
        if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes:
            raise ValueError(f"calendar alarms: {kind}: minutes must be a whole number ≥ 0")
        alarms[kind] = minutes
    return alarms


# --- writing ----------------------------------------------------------------------------------


def export_ics(
    items: list[Item],
    *,
    alarms: Mapping[str, int] | None = None,
    now: datetime,
    numbering: DayNumbering | None = None,
    deleted: Sequence[Item] = (),
    wording: CalendarWording | None = None,
    clinic_place: str = "",
) -> bytes:
    """The items as an iCalendar file: one VEVENT each, with the VTIMEZONEs they use.

    ``alarms`` gives, per kind, the standard reminder in minutes before the start, used by
    the items without a reminder of their own (planned items only);
    ``now`` (timezone-aware) is the DTSTAMP; ``numbering`` puts each item's protocol day
    ("Protocol day −3") in its description, where a phone's calendar shows it. ``deleted``
    are items no longer in the itinerary, written as cancelled events (their SEQUENCE as the
    caller gives it, higher than when they were last written); ``wording`` gives the words
    people read; ``clinic_place`` is the LOCATION of a clinic item without a place.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    words = wording or ENGLISH_WORDING
    stamp = now.astimezone(UTC)
    calendar = Calendar()
    calendar.add("PRODID", PRODID.format(version=__version__))
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.calendar_name = "Journey"
    written = [(item, False) for item in items] + [(item, True) for item in deleted]
    for item, gone in written:
        day = numbering.label(item.day) if numbering is not None and not gone else None
        event = _event(item, alarms or {}, stamp, day, words, clinic_place)
        if gone:
            event.add(DELETED_PROPERTY, "TRUE")
        calendar.add_component(event)
    if written:
        # Within 1900–2200 (SPEC §4): an item stored outside them anyway is written as it is,
        # and its zone's rules stop at the bounds (icalendar cannot work them out near the
        # years 1 and 9999).
        years = [
            min(max(year, EARLIEST_DATE.year), LATEST_DATE.year)
            for item, _ in written
            for year in (
                item.details.start.year,
                *([item.details.end.year] if item.details.end is not None else []),
            )
        ]
        # The VTIMEZONEs describe the zones' rules over the years the items span (icalendar's
        # default range, 1970–2038, would miss items after 2037).
        calendar.add_missing_timezones(
            first_date=date(min(years), 1, 1), last_date=date(max(years) + 2, 1, 1)
        )
        # icalendar adds them in a set's order; sorted, the same itinerary gives the same bytes.
        calendar.subcomponents.sort(
            key=lambda part: (part.name != "VTIMEZONE", str(part.get("TZID", "")))
        )
    return calendar.to_ical()


def _event(
    item: Item,
    alarms: Mapping[str, int],
    stamp: datetime,
    day: str | None,
    words: CalendarWording,
    clinic_place: str,
) -> Event:
    details = item.details
    event = Event()
    event.add("UID", item.uid)
    event.add("SEQUENCE", item.sequence)
    event.add("DTSTAMP", stamp)
    if details.all_day and details.end is not None:
        # Dates, as calendars show whole days; the zone rides along for Journey.
        event.add("DTSTART", details.start.date())
        event.add("DTEND", details.end.date())
        event.add(ZONE_PROPERTY, details.zone)
    else:
        event.add("DTSTART", *_timed(details.start, details.zone))
        if details.end is not None:
            event.add("DTEND", *_timed(details.end, details.finish_zone))
    event.add("SUMMARY", words.title(details))
    departure = airport(details.from_airport) if details.from_airport else None
    if details.place:
        event.add("LOCATION", details.place)
    elif details.kind == "flight" and departure is not None:
        event.add("LOCATION", departure.place)
    elif clinic_place and details.kind in CLINIC_KINDS:
        event.add("LOCATION", clinic_place)
        event.add(CLINIC_PLACE_PROPERTY, clinic_place)
    event.add("DESCRIPTION", _description(details, day, words))
    event.add("STATUS", "CANCELLED" if details.status == "cancelled" else "CONFIRMED")
    event.add("CATEGORIES", [words.kind(details.kind)])
    event.add(KIND_PROPERTY, details.kind)
    event.add(RESPONSIBLE_PROPERTY, details.responsible)
    event.add(STATUS_PROPERTY, details.status)
    if day is not None:
        event.add(DAY_PROPERTY, day)
    for prop, value in (
        (FLIGHT_NUMBER_PROPERTY, details.flight_number),
        (BOOKING_REF_PROPERTY, details.booking_ref),
        (FROM_AIRPORT_PROPERTY, details.from_airport),
        (TO_AIRPORT_PROPERTY, details.to_airport),
    ):
        if value:
            event.add(prop, value)
    if details.reminder_minutes is not None:
        own = details.reminder_minutes
        event.add(REMINDER_PROPERTY, NO_REMINDER_VALUE if own == NO_REMINDER else str(own))
    if details.pinned:
        event.add(PINNED_PROPERTY, "TRUE")
    if details.text_key:
        event.add(TEXT_KEY_PROPERTY, details.text_key)
        event.add(TEXT_CHECK_PROPERTY, _text_check(words.title(details), words.notes(details)))
    minutes = reminder_minutes(details, alarms)
    if minutes is not None and details.status == "planned":
        alarm = Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", words.title(details))
        alarm.add("TRIGGER", timedelta(minutes=-minutes))
        event.add_component(alarm)
    return event


def _text_check(title: str, notes: str) -> str:
    return hashlib.sha256(f"{title.strip()}\n{notes}".encode()).hexdigest()[:16]


def _text_key(one: _EventFields, title: str, notes: str) -> str | None:
    """The shipped text's key Journey wrote, while the title and notes are as it wrote them."""
    key = one.text(TEXT_KEY_PROPERTY).strip()
    if not key or one.text(TEXT_CHECK_PROPERTY).strip() != _text_check(title, notes):
        return None
    return key


def as_imported(existing: ItemDetails, event: ItemDetails, words: CalendarWording) -> ItemDetails:
    """What an event read from a calendar file stores over the item it updates: an item laid
    out from a shipped text whose title and notes come back as exported (in the window's
    words or as stored) keeps its key and stored words, so a round trip through a phone's
    calendar changes nothing; an event whose title or notes were changed there is stored
    as it reads, in its own words."""
    if existing.text_key is None:
        return event
    titles = {words.title(existing), existing.title}
    notes = {words.notes(existing), existing.notes}
    if event.title not in titles or event.notes not in notes:
        return event
    return replace(event, title=existing.title, notes=existing.notes, text_key=existing.text_key)


def _timed(wall: datetime, zone: str) -> tuple[datetime, dict[str, str]]:
    """A DATE-TIME value: UTC as ``…Z``, any other zone as wall time with its TZID.

    The TZID is written explicitly: icalendar would otherwise write zones it finds equivalent
    to UTC (Etc/UTC, Africa/Abidjan…) as ``Z``, and the zone's name would not come back.
    """
    wall = wall.replace(microsecond=0)
    if zone == UTC_ZONE:
        return wall.replace(tzinfo=UTC), {}
    return wall, {"TZID": zone}


def _description(details: ItemDetails, day: str | None, words: CalendarWording) -> str:
    footer = words.footer(
        details.responsible, day, flight=details.flight_number, booking=details.booking_ref
    )
    notes = words.notes(details)
    return f"{notes}\n\n{footer}" if notes else footer


def _notes(
    description: str,
    responsible: str | None,
    day: str | None,
    wordings: Iterable[CalendarWording],
    *,
    flight: str = "",
    booking: str = "",
) -> str:
    """The notes from a DESCRIPTION written by ``_description`` in any of ``wordings`` (or
    anybody's DESCRIPTION)."""
    if responsible is None:
        return description
    for words in wordings:
        footer = words.footer(responsible, day, flight=flight, booking=booking)
        if description == footer:
            return ""
        if description.endswith(f"\n\n{footer}"):
            return description.removesuffix(f"\n\n{footer}")
    return description


# --- reading ----------------------------------------------------------------------------------


def parse_ics(
    data: bytes,
    *,
    local_zone: str = UTC_ZONE,
    max_bytes: int = MAX_BYTES,
    max_events: int = MAX_EVENTS,
    max_occurrences: int = MAX_OCCURRENCES,
    repeats: str = "each",
    wording: CalendarWording | None = None,
) -> list[ParsedEvent]:
    """Every event of an iCalendar file as an itinerary item, or ``CalendarFileError``.

    ``local_zone`` is where floating times and all-day events are placed when the calendar
    does not declare its zone (X-WR-TIMEZONE); see the module's docstring. A repeating event
    gives an item per occurrence (``repeats="each"``) or one from its first start to its
    last end (``"span"``). ``wording`` is the words an export may have used besides English.
    """
    if repeats not in REPEATS:
        raise ValueError(f"repeats must be one of {REPEATS}, not {repeats!r}")
    if not data.strip():
        raise CalendarFileError("ics_empty")
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CalendarFileError("ics_not_utf8", {"offset": exc.start}) from exc
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first_line.upper() != "BEGIN:VCALENDAR":
        raise CalendarFileError(
            "ics_not_icalendar",
            {"detail": f"it begins with “{_short(first_line, 40)}”, not BEGIN:VCALENDAR"},
        )
    # Counted before parsing so a huge calendar is refused before it costs time.
    _check_count(len(BEGIN_EVENT.findall(text)), max_events)
    try:
        calendar = Calendar.from_ical(text)
        events = [event for event in calendar.walk("VEVENT") if isinstance(event, Event)]
    except Exception as exc:  # icalendar raises ValueError, KeyError, RecursionError…
        raise CalendarFileError("ics_not_icalendar", {"detail": _short(exc)}) from exc
    if calendar.name != "VCALENDAR":
        raise CalendarFileError(
            "ics_not_icalendar", {"detail": "it does not begin with BEGIN:VCALENDAR"}
        )
    _check_count(len(events), max_events)
    for number, event in enumerate(events, start=1):  # before anything reads the values
        ref = _ref(number, event)
        _check_errors(event, ref)
        for prop in ("DTSTART", "DTEND", "RECURRENCE-ID"):  # before a zone moves them
            moment = getattr(event.get(prop), "dt", None)
            if isinstance(moment, date):
                _check_range(moment, ref, prop)
    declared = _declared_zone(calendar)
    in_utc = {_plain(event.get("UID")).strip() for event in events if _is_utc(event)}
    if declared is not None:
        calendar = _standard(calendar, declared)
        events = [event for event in calendar.walk("VEVENT") if isinstance(event, Event)]
    wordings = [wording, ENGLISH_WORDING] if wording is not None else [ENGLISH_WORDING]
    reader = _Reader(
        calendar,
        instant_zone=declared or UTC_ZONE,
        local_zone=declared or local_zone,
        in_utc=in_utc,
        wordings=wordings,
    )
    return reader.read(events, repeats=repeats, max_occurrences=max_occurrences)


def _standard(calendar: Calendar, declared: str) -> Calendar:
    """Google Calendar's file (X-WR-TIMEZONE) made standard: its UTC and floating times as
    wall times in the calendar's zone (x_wr_timezone)."""
    try:
        standard = x_wr_timezone.to_standard(calendar, timezone=declared)
    except Exception as exc:  # a zone it cannot apply to some value
        raise CalendarFileError(
            "ics_calendar_zone", {"zone": declared}, prop="X-WR-TIMEZONE"
        ) from exc
    return standard if isinstance(standard, Calendar) else calendar


def _is_utc(event: Event) -> bool:
    """Whether the event's DTSTART is a UTC time (``…Z``): where it happens is not said."""
    value = event.get("DTSTART")
    moment = getattr(value, "dt", None)
    return (
        isinstance(moment, datetime)
        and moment.tzinfo is not None
        and "TZID" not in getattr(value, "params", {})
        and moment.utcoffset() == timedelta(0)
    )


def _check_count(count: int, limit: int) -> None:
    if count > limit:
        raise CalendarFileError(
            "ics_too_many_events", {"count": f"{count:,}", "limit": f"{limit:,}"}
        )


def too_large(size: int, limit: int) -> CalendarFileError:
    return CalendarFileError("ics_too_large", {"size": _size(size), "limit": _size(limit)})


def _size(count: int) -> str:
    if count < 1024 * 1024:
        return f"{count:,} bytes"
    return f"{count / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


def _short(what: BaseException | str, limit: int = 120) -> str:
    """One line, not too long, for a message (file content may be anything)."""
    text = " ".join(str(what).split())
    if not text and isinstance(what, BaseException):
        text = type(what).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _declared_zone(calendar: Calendar) -> str | None:
    declared = calendar.get("X-WR-TIMEZONE")
    if declared is None or isinstance(declared, list):
        return None
    return iana_zone(str(declared))


def iana_zone(tzid: str) -> str | None:
    """The IANA zone a TZID names, if any: itself, a Windows zone name (icalendar's table), or
    the ``Area/City`` at the end of a globally unique ``/vendor/…/Area/City`` (RFC 5545
    §3.2.19, written by libical, Evolution and Lightning)."""
    zones = known_zones()
    cleaned = tzid.strip().strip("/")
    candidates = [cleaned, WINDOWS_TO_OLSON.get(cleaned, "")]
    if tzid.startswith("/"):
        parts = cleaned.split("/")
        candidates += ["/".join(parts[start:]) for start in range(1, len(parts))]
    return next((zone for zone in candidates if zone in zones), None)


def occurrence_key(moment: date) -> str:
    """An occurrence's original start as its UID ends: UTC for a time in a zone, the wall time
    for a floating one, the date for an all-day one."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            return f"{moment:%Y%m%dT%H%M%S}"
        return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return f"{moment:%Y%m%d}"


# --- airports and flight numbers --------------------------------------------------------------


def _codes(text: str) -> list[str]:
    known = airport_zones()
    return list(dict.fromkeys(code for code in AIRPORT_CODE.findall(text) if code in known))


def flight_airports(summary: str, location: str) -> tuple[str, str] | None:
    """The departure and arrival airports a flight's SUMMARY and LOCATION name by IATA code:
    the first two in the SUMMARY ("AC 792 YYZ–SAN"), else the LOCATION's (where an event
    starts) then the SUMMARY's. None unless two known airports are named."""
    in_summary, in_location = _codes(summary), _codes(location)
    if len(in_summary) >= 2:
        return in_summary[0], in_summary[1]
    if in_location and in_summary and in_location[0] != in_summary[0]:
        return in_location[0], in_summary[0]
    if len(in_location) >= 2:
        return in_location[0], in_location[1]
    return None


def flight_number(title: str) -> str | None:
    """The flight number in a title, as "AC 792" (None if there is none)."""
    found = FLIGHT_NUMBER.search(title)
    return None if found is None else f"{found[1]} {int(found[2])}"


def _in_zone(instant: datetime, zone: str) -> tuple[datetime, str]:
    """The instant's wall time in ``zone``; in UTC if that wall time happens twice there."""
    wall = instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    if wall_time_problem("start", wall.date(), wall.time(), zone) is not None:
        return instant.astimezone(UTC).replace(tzinfo=None), UTC_ZONE
    return wall, zone


# --- possible duplicates ----------------------------------------------------------------------

DUPLICATE_FLIGHT_WINDOW = timedelta(days=3)  # a rebooked flight moves a day or two
DUPLICATE_TITLE_WINDOW = timedelta(hours=4)  # "a few hours": the same thing, retimed


@dataclass(frozen=True)
class PossibleDuplicate:
    """An event of a file that looks like an item already in the itinerary under another UID:
    the same flight (``flight``, e.g. "AC 792"), or the same title a few hours apart."""

    existing: Item
    event: ParsedEvent
    flight: str | None = None


def _flight_of(details: ItemDetails) -> str | None:
    """A flight's number as "AC 792": the one stored, else the one in its title."""
    if details.kind != "flight":
        return None
    stored = flight_number(details.flight_number) if details.flight_number else None
    return stored or flight_number(details.title)


def _same_title(title: str) -> str:
    return " ".join(title.split()).casefold()


def possible_duplicates(
    events: Sequence[ParsedEvent], items: Sequence[Item]
) -> list[PossibleDuplicate]:
    """Which ``events`` look like which ``items`` (each item taken by one event at most, the
    first in the file): a flight with the same flight number within three days, or anything
    with the same title starting within four hours."""
    flights: dict[str, list[tuple[Item, datetime]]] = {}
    titles: dict[str, list[tuple[Item, datetime]]] = {}
    for item in items:  # indexed once: a big file against a long itinerary stays quick
        entry = (item, item.details.start_instant())
        titles.setdefault(_same_title(item.details.title), []).append(entry)
        number = _flight_of(item.details)
        if number is not None:
            flights.setdefault(number, []).append(entry)
    found: list[PossibleDuplicate] = []
    taken: set[int] = set()

    def first(
        candidates: list[tuple[Item, datetime]], start: datetime, window: timedelta
    ) -> Item | None:
        return next(
            (
                item
                for item, begins in candidates
                if item.id not in taken and abs(begins - start) <= window
            ),
            None,
        )

    for event in events:
        start = event.details.start_instant()
        number = _flight_of(event.details)
        match: PossibleDuplicate | None = None
        if number is not None:
            same_flight = first(flights.get(number, []), start, DUPLICATE_FLIGHT_WINDOW)
            if same_flight is not None:
                match = PossibleDuplicate(same_flight, event, number)
        if match is None:
            candidates = titles.get(_same_title(event.details.title), [])
            same_title = first(candidates, start, DUPLICATE_TITLE_WINDOW)
            if same_title is not None:
                match = PossibleDuplicate(same_title, event)
        if match is not None:
            taken.add(match.existing.id)
            found.append(match)
    return found


# --- the reader -------------------------------------------------------------------------------


def _ref(number: int, event: Component) -> EventRef:
    return EventRef(number, _plain(event.get("UID")), _plain(event.get("SUMMARY")))


def _check_errors(event: Component, ref: EventRef) -> None:
    """Refuse a line icalendar could not read, or a broken value of a property an item uses."""
    for prop, message in event.errors:
        if prop is None:
            raise CalendarFileError("ics_bad_line", {"detail": _short(message)}, event=ref)
        if prop.upper() in USED:
            detail = EXPECTED.get(prop.upper(), message)
            raise CalendarFileError(
                "ics_bad_value",
                {"value": _short(_plain(event.get(prop)), 60), "detail": _short(detail)},
                event=ref,
                prop=prop.upper(),
            )


class _Reader:
    """Reads one calendar's events into items, knowing the calendar's zones."""

    def __init__(
        self,
        calendar: Calendar,
        *,
        instant_zone: str,
        local_zone: str,
        in_utc: set[str] | None = None,
        wordings: Sequence[CalendarWording] = (ENGLISH_WORDING,),
    ) -> None:
        self._timezones: dict[str, Timezone] = {
            str(timezone.get("TZID", "")): timezone
            for timezone in calendar.walk("VTIMEZONE")
            if isinstance(timezone, Timezone)
        }
        self._instant_zone = instant_zone
        self._local_zone = local_zone
        self._in_utc = in_utc or set()
        self._wordings = list(wordings)
        self._kind_words = {
            text.strip().casefold(): kind
            for words in reversed(self._wordings)
            for kind, text in words.kinds.items()
            if kind in ITEM_KINDS
        }

    def read(self, events: list[Event], *, repeats: str, max_occurrences: int) -> list[ParsedEvent]:
        """Every event in file order; a repeating one as its occurrences, in time order."""
        repeating: dict[str, list[tuple[int, Event]]] = {}
        for event in events:
            uid = _plain(event.get("UID")).strip()
            if uid and any(prop in event for prop in RECURRENCE):
                repeating[uid] = []
        parsed: list[ParsedEvent] = []
        order: list[tuple[int, Event] | str] = []
        for number, event in enumerate(events, start=1):
            uid = _plain(event.get("UID")).strip()
            if uid in repeating:
                if not repeating[uid]:
                    order.append(uid)
                repeating[uid].append((number, event))
            else:
                order.append((number, event))
        budget = max_occurrences
        first_with_uid: dict[str, int] = {}
        for entry in order:
            if isinstance(entry, str):
                found = self.series(repeating[entry], budget, max_occurrences, repeats)
                budget -= found[0].occurrences if found else 0
            else:
                found = [self.event(*entry)]
            for one in found:
                if one.uid in first_with_uid:
                    raise CalendarFileError(
                        "ics_duplicate_uid",
                        {"other": first_with_uid[one.uid]},
                        event=EventRef(one.number, one.uid, one.details.title),
                        prop="UID",
                    )
                first_with_uid[one.uid] = one.number
            parsed.extend(found)
        return parsed

    def series(
        self, group: list[tuple[int, Event]], budget: int, limit: int, repeats: str
    ) -> list[ParsedEvent]:
        """A repeating event's occurrences (or their span), expanded by recurring_ical_events."""
        for number, component in group:
            _check_errors(component, _ref(number, component))
        masters = [(number, event) for number, event in group if "RECURRENCE-ID" not in event]
        if len(masters) > 1:
            number, second = masters[1]
            raise CalendarFileError(
                "ics_duplicate_uid",
                {"other": masters[0][0]},
                event=_ref(number, second),
                prop="UID",
            )
        number, master = masters[0] if masters else group[0]
        ref = _ref(number, master)
        prop = next((p for p in RECURRENCE if p in master), "RECURRENCE-ID")
        uid = _plain(master.get("UID")).strip()
        if len(uid) > UID_MAX - OCCURRENCE_SUFFIX:
            raise CalendarFileError(
                "ics_uid_too_long", {"max": UID_MAX - OCCURRENCE_SUFFIX}, event=ref, prop="UID"
            )
        origins: dict[str, tuple[int, Event]] = {}
        for at, component in group:
            one = _EventFields(component, _ref(at, component))
            self._moment(one, "DTSTART")  # refused here, in our words, not by the expansion
            recurrence = one.single("RECURRENCE-ID")
            if recurrence is not None:
                origins[occurrence_key(recurrence.dt)] = (at, component)
        only = Calendar()
        for _, component in group:
            only.add_component(component)
        try:
            found = list(islice(recurring_ical_events.of(only).all(), budget + 1))
        except CalendarFileError:
            raise
        except Exception as exc:  # the library's own errors, said in ours
            raise CalendarFileError("ics_cannot_repeat", event=ref, prop=prop) from exc
        if len(found) > budget:
            if budget == limit:
                raise CalendarFileError(
                    "ics_too_many_occurrences", {"limit": limit}, event=ref, prop=prop
                )
            raise CalendarFileError(
                "ics_too_many_occurrences_in_file",
                {"limit": limit, "before": limit - budget},
                event=ref,
                prop=prop,
            )
        occurrences: list[ParsedEvent] = []
        for occurrence in found:
            recurrence = occurrence.get("RECURRENCE-ID")
            original = recurrence.dt if recurrence is not None else occurrence["DTSTART"].dt
            at, origin = origins.get(occurrence_key(original), (number, master))
            if "DTEND" not in origin and "DURATION" not in origin:
                # The library gives every occurrence an end; the event had none.
                occurrence.pop("DTEND", None)
                occurrence.pop("DURATION", None)
            occurrences.append(
                self.event(at, occurrence, occurrence=original, series=uid, size=len(found))
            )
        if repeats == "span" and occurrences:
            return [self._span(uid, number, master, occurrences)]
        return occurrences

    @staticmethod
    def _span(uid: str, number: int, master: Event, occurrences: list[ParsedEvent]) -> ParsedEvent:
        """One item from the first occurrence's start to the last one's end."""
        first = min(occurrences, key=lambda one: one.details.start_instant())
        last = max(
            occurrences,
            key=lambda one: one.details.end_instant() or one.details.start_instant(),
        )
        details = first.details
        if len(occurrences) > 1:
            end = last.details.end if last.details.end is not None else last.details.start
            zone = last.details.finish_zone if last.details.end is not None else last.details.zone
            details = replace(
                details,
                title=_plain(master.get("SUMMARY")).strip() or details.title,
                end=end,
                end_zone=None if zone == details.zone else zone,
            )
        return ParsedEvent(
            uid=uid,
            sequence=max(one.sequence for one in occurrences),
            details=details,
            number=number,
            series=uid,
            occurrences=len(occurrences),
        )

    def event(
        self,
        number: int,
        event: Event,
        *,
        occurrence: date | None = None,
        series: str | None = None,
        size: int = 1,
    ) -> ParsedEvent:
        ref = _ref(number, event)
        _check_errors(event, ref)
        one = _EventFields(event, ref)
        uid = one.text("UID").strip()
        if not uid:
            raise CalendarFileError("ics_missing", event=ref, prop="UID")
        if len(uid) > UID_MAX:
            raise CalendarFileError("ics_uid_too_long", {"max": UID_MAX}, event=ref, prop="UID")
        sequence = one.sequence()
        start, zone, all_day = self._moment(one, "DTSTART")
        end, end_zone, end_prop = self._end(one, start, zone, all_day)
        kind = self._kind(one)
        trip = _trip_details(one, kind)
        if kind == "flight" and not all_day and uid in self._in_utc:
            airports = flight_airports(one.text("SUMMARY"), one.text("LOCATION"))
            if airports is not None:
                zones = airport_zones()
                start, zone = _in_zone(to_instant(start, zone), zones[airports[0]])
                if end is not None:
                    end, end_zone = _in_zone(to_instant(end, end_zone), zones[airports[1]])
        responsible = one.text(RESPONSIBLE_PROPERTY).strip() or None
        place = one.text("LOCATION").strip()
        if place and place == one.text(CLINIC_PLACE_PROPERTY).strip():
            place = ""  # the clinic's, written for a clinic item without a place
        departure = airport(trip.from_airport) if trip.from_airport else None
        if kind == "flight" and departure is not None and place == departure.place:
            place = ""  # the departure airport's, written for a flight without a place
        details = ItemDetails(
            kind=kind,
            title=one.text("SUMMARY").strip() or UNTITLED,
            start=start,
            zone=zone,
            end=end,
            end_zone=None if end is None or end_zone == zone else end_zone,
            place=place,
            notes=_notes(
                one.text("DESCRIPTION"),
                responsible,
                one.text(DAY_PROPERTY).strip() or None,
                self._wordings,
                flight=trip.flight_number,
                booking=trip.booking_ref,
            ),
            responsible=responsible or "patient",
            status=self._status(one),
            flight_number=trip.flight_number,
            booking_ref=trip.booking_ref,
            from_airport=trip.from_airport,
            to_airport=trip.to_airport,
            reminder_minutes=trip.reminder_minutes,
            pinned=trip.pinned,
        )
        details = replace(details, text_key=_text_key(one, details.title, details.notes))
        _check_item(details, ref, end_prop)
        if occurrence is not None:
            uid = f"{uid}/{occurrence_key(occurrence)}"
        return ParsedEvent(
            uid=uid,
            sequence=sequence,
            details=details,
            number=number,
            series=series,
            occurrences=size,
            deleted=one.text(DELETED_PROPERTY).strip().upper() == "TRUE",
        )

    def _moment(self, one: _EventFields, prop: str) -> tuple[datetime, str, bool]:
        """A DTSTART or DTEND as (wall time, zone, is a date)."""
        value = one.single(prop)
        if value is None:
            raise CalendarFileError("ics_missing", event=one.ref, prop=prop)
        moment = getattr(value, "dt", None)
        if isinstance(moment, date):  # a date, or a date and time
            _check_range(moment, one.ref, prop)  # before any conversion: they overflow
        if isinstance(moment, datetime):
            tzid = value.params.get("TZID")
            wall = moment.replace(tzinfo=None, microsecond=0)
            if tzid is not None:
                zone = iana_zone(str(tzid))
                if zone is not None:
                    if moment.tzinfo is not None and _twice(wall, zone):
                        # The night the clocks go back: the instant, in UTC (the fold the
                        # file or x_wr_timezone gave says which of the two it is).
                        return moment.astimezone(UTC).replace(tzinfo=None), UTC_ZONE, False
                    return wall, zone, False
                return (*self._from_vtimezone(wall, str(tzid), one.ref, prop), False)
            if moment.tzinfo is not None:  # UTC, "…Z"
                return (*self._from_instant(moment.astimezone(UTC)), False)
            return wall, self._local_zone, False  # floating
        if isinstance(moment, date):
            stated = iana_zone(one.text(ZONE_PROPERTY)) if one.text(ZONE_PROPERTY) else None
            return datetime.combine(moment, time()), stated or self._local_zone, True
        raise CalendarFileError(
            "ics_bad_value",
            {"value": _short(_plain(value), 60), "detail": "not a date, nor a date with a time"},
            event=one.ref,
            prop=prop,
        )

    def _from_instant(self, instant: datetime) -> tuple[datetime, str]:
        # An instant in the hour the clocks go back has a wall time that happens twice; UTC
        # keeps it unambiguous.
        return _in_zone(instant, self._instant_zone)

    def _from_vtimezone(
        self, wall: datetime, tzid: str, ref: EventRef, prop: str
    ) -> tuple[datetime, str]:
        timezone = self._timezones.get(tzid)
        if timezone is None:
            raise CalendarFileError("ics_unknown_zone", {"zone": tzid}, event=ref, prop=prop)
        try:
            # Built from this file's VTIMEZONE, not icalendar's process-wide cache, where an
            # earlier file's zone of the same name may sit.
            tzinfo = timezone.to_tz(lookup_tzid=False)
            instant = wall.replace(tzinfo=tzinfo).astimezone(UTC)
        except Exception as exc:  # a VTIMEZONE icalendar cannot turn into rules
            raise CalendarFileError(
                "ics_bad_value",
                {"value": tzid, "detail": f"its VTIMEZONE cannot be read: {_short(exc)}"},
                event=ref,
                prop=prop,
            ) from exc
        return self._from_instant(instant)

    def _end(
        self, one: _EventFields, start: datetime, zone: str, all_day: bool
    ) -> tuple[datetime | None, str, str]:
        """The end as (wall time or None, zone, the property it came from)."""
        has_end = one.single("DTEND") is not None
        duration_value = one.single("DURATION")
        if has_end and duration_value is not None:
            raise CalendarFileError("ics_end_and_duration", event=one.ref, prop="DURATION")
        if has_end:
            end, end_zone, end_all_day = self._moment(one, "DTEND")
            if end_all_day != all_day:
                raise CalendarFileError("ics_mixed_value_types", event=one.ref, prop="DTEND")
            return end, end_zone, "DTEND"
        if duration_value is not None:
            duration = getattr(duration_value, "dt", None)
            if not isinstance(duration, timedelta):
                raise CalendarFileError(
                    "ics_bad_value",
                    {"value": _short(_plain(duration_value), 60), "detail": "not a duration"},
                    event=one.ref,
                    prop="DURATION",
                )
            if duration < timedelta(0):
                raise CalendarFileError(
                    "ics_bad_value",
                    {"value": _plain(duration_value), "detail": "a duration cannot be negative"},
                    event=one.ref,
                    prop="DURATION",
                )
            # RFC 5545 §3.3.6: days are nominal (the same clock time on a later day), hours,
            # minutes and seconds exact.
            nominal = later(start, timedelta(days=duration.days))
            _check_range(nominal, one.ref, "DURATION")
            exact = timedelta(seconds=duration.seconds)
            if not exact:
                return nominal, zone, "DURATION"
            tz = ZoneInfo(zone)
            end = nominal.replace(tzinfo=tz).astimezone(UTC) + exact
            return end.astimezone(tz).replace(tzinfo=None), zone, "DURATION"
        if all_day:  # RFC 5545 §3.6.1: a one-day event
            return start + timedelta(days=1), zone, "DTSTART"
        return None, zone, "DTEND"

    def _kind(self, one: _EventFields) -> str:
        stated = one.text(KIND_PROPERTY).strip()
        if stated:
            return stated
        categories = [str(category).strip().casefold() for category in one.categories()]
        known = next(
            (
                category if category in ITEM_KINDS else self._kind_words[category]
                for category in categories
                if category in ITEM_KINDS or category in self._kind_words
            ),
            None,
        )
        if known is not None:
            return known
        summary = one.text("SUMMARY")
        if FLIGHT_WORDS.search(" ".join([summary, *categories])):
            return "flight"
        # An airline's file: a flight number and the two airports ("AC 792 YYZ–SAN").
        if flight_number(summary) and flight_airports(summary, one.text("LOCATION")):
            return "flight"
        return "other"

    @staticmethod
    def _status(one: _EventFields) -> str:
        """STATUS is what other calendar apps edit; X-JOURNEY-STATUS tells done from planned."""
        standard = one.text("STATUS").strip().upper()
        stated = one.text(STATUS_PROPERTY).strip()
        if standard == "CANCELLED":
            return "cancelled"
        if stated == "cancelled":  # cancelled here, then restored in a calendar app?
            return "planned" if standard else "cancelled"
        if stated and stated not in STATUSES:
            return stated  # refused by the item's rules, naming X-JOURNEY-STATUS
        return stated or "planned"


@dataclass(frozen=True)
class _TripDetails:
    flight_number: str = ""
    booking_ref: str = ""
    from_airport: str = ""
    to_airport: str = ""
    reminder_minutes: int | None = None
    pinned: bool = False


def _trip_details(one: _EventFields, kind: str) -> _TripDetails:
    """A flight's number, booking reference and airports, the item's own reminder and
    whether it is pinned: as Journey wrote them (X-JOURNEY-*), or, for a flight from another
    program, found in its SUMMARY, LOCATION and DESCRIPTION."""
    if one.text(KIND_PROPERTY).strip():  # Journey's own: exactly what was written
        return _TripDetails(
            flight_number=one.text(FLIGHT_NUMBER_PROPERTY).strip(),
            booking_ref=one.text(BOOKING_REF_PROPERTY).strip(),
            from_airport=one.text(FROM_AIRPORT_PROPERTY).strip().upper(),
            to_airport=one.text(TO_AIRPORT_PROPERTY).strip().upper(),
            reminder_minutes=_reminder(one),
            pinned=one.text(PINNED_PROPERTY).strip().upper() == "TRUE",
        )
    if kind != "flight":
        return _TripDetails()
    summary, location = one.text("SUMMARY"), one.text("LOCATION")
    airports = flight_airports(summary, location)
    booking = BOOKING_REF.search(one.text("DESCRIPTION"))
    return _TripDetails(
        flight_number=flight_number(summary) or "",
        booking_ref=booking[1].upper() if booking else "",
        from_airport=airports[0] if airports else "",
        to_airport=airports[1] if airports else "",
    )


def _reminder(one: _EventFields) -> int | None:
    """X-JOURNEY-REMINDER: minutes before the start, or "none"; absent: the standard."""
    text = one.text(REMINDER_PROPERTY).strip()
    if not text:
        return None
    if text.casefold() == NO_REMINDER_VALUE:
        return NO_REMINDER
    if text.isdigit():
        return int(text)
    raise CalendarFileError(
        "ics_bad_value",
        {"value": _short(text, 60), "detail": "expected a number of minutes, or none"},
        event=one.ref,
        prop=REMINDER_PROPERTY,
    )


def _twice(wall: datetime, zone: str) -> bool:
    """Whether the wall time happens twice in ``zone`` (the night the clocks go back)."""
    problem = wall_time_problem("start", wall.date(), wall.time(), zone)
    return problem is not None and problem.code == "ambiguous_time"


class _EventFields:
    """One VEVENT's properties, each read once and refused if it is repeated."""

    def __init__(self, event: Event, ref: EventRef) -> None:
        self.event = event
        self.ref = ref

    def single(self, prop: str) -> Any:
        value = self.event.get(prop)
        if isinstance(value, list):
            raise CalendarFileError("ics_repeated", event=self.ref, prop=prop)
        return value

    def text(self, prop: str) -> str:
        value = self.single(prop)
        return "" if value is None else str(value)

    def sequence(self) -> int:
        value = self.single("SEQUENCE")
        if value is None:
            return 0
        number = int(value)
        if number < 0:
            raise CalendarFileError(
                "ics_bad_value",
                {"value": str(number), "detail": "a SEQUENCE counts from 0"},
                event=self.ref,
                prop="SEQUENCE",
            )
        return number

    def categories(self) -> list[str]:
        value = self.event.get("CATEGORIES")
        values = value if isinstance(value, list) else [value] if value is not None else []
        return [str(category) for each in values for category in getattr(each, "cats", [])]


# Which iCalendar property an item's field comes from, to name it in an error.
FIELD_PROPERTY = {
    "kind": KIND_PROPERTY,
    "title": "SUMMARY",
    "responsible": RESPONSIBLE_PROPERTY,
    "status": STATUS_PROPERTY,
    "zone": "DTSTART",
    "start": "DTSTART",
    "flight_number": FLIGHT_NUMBER_PROPERTY,
    "booking_ref": BOOKING_REF_PROPERTY,
    "from_airport": FROM_AIRPORT_PROPERTY,
    "to_airport": TO_AIRPORT_PROPERTY,
    "reminder": REMINDER_PROPERTY,
}


def _check_item(details: ItemDetails, ref: EventRef, end_prop: str) -> None:
    """Refuse what the itinerary would refuse, naming the property at fault."""
    for problem in item_problems(details):
        prop = FIELD_PROPERTY.get(problem.field, end_prop)
        if problem.code == "end_before_start" and details.end is not None:
            raise CalendarFileError(
                "ics_end_before_start",
                {
                    "start": _shown(details.start, details.zone),
                    "end": _shown(details.end, details.finish_zone),
                },
                event=ref,
                prop=end_prop,
            )
        raise CalendarFileError(
            "ics_item_problem", {"problem": problem.english()}, event=ref, prop=prop
        )


def _check_range(moment: date, ref: EventRef, prop: str) -> None:
    """Refuse a date or time outside 1900–2200 (SPEC §4), naming the property and its value."""
    wall = moment.replace(tzinfo=None) if isinstance(moment, datetime) else moment
    problem = date_problem(prop, wall)
    if problem is None:
        return
    shown = (
        wall.isoformat(sep=" ", timespec="minutes")
        if isinstance(wall, datetime)
        else wall.isoformat()
    )
    raise CalendarFileError(
        "ics_date_out_of_range",
        {"value": shown, "problem": problem.english()},
        event=ref,
        prop=prop,
    )


def _shown(wall: datetime, zone: str) -> str:
    return f"{wall:%Y-%m-%d %H:%M} {zone}"


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return _plain(value[0]) if value else ""
    if isinstance(value, Component):
        return ""
    return str(value)
