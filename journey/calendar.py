"""Calendar files (.ics, iCalendar, RFC 5545) for the itinerary: write them, read them back.

Written with the icalendar library, never by hand. Each itinerary item becomes one VEVENT whose
UID is the item's and whose SEQUENCE counts its changes, so a phone's calendar that imports the
file again replaces the events instead of adding copies. Times are the planned wall times with
the TZID of the zone where they happen (a flight may end in another zone than it starts), and
the file carries a VTIMEZONE for every zone it uses. Private ``X-JOURNEY-*`` properties keep
what iCalendar has no place for (kind, who is responsible, done), so export → import is
lossless.

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
  its first day to 00:00 after its last.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Component, Event, Timezone
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from journey import __version__
from journey.errors import CalendarFileError, EventRef
from journey.itinerary import ITEM_KINDS, STATUSES, DayNumbering, Item, ItemDetails, item_problems
from journey.timekeeping import (
    EARLIEST_DATE,
    LATEST_DATE,
    date_problem,
    known_zones,
    later,
    wall_time_problem,
)

PRODID = "-//Journey//Journey {version}//EN"
# Limits on what is read, so a wrong file (a whole mailbox, a years-long shared calendar) is
# refused at once instead of freezing the app: an itinerary has tens of items, a phone's
# export of several years of a busy calendar stays well under both.
MAX_BYTES = 5 * 1024 * 1024
MAX_EVENTS = 5_000
UID_MAX = 255  # the width of itinerary_item.uid
UNTITLED = "Untitled event"  # SUMMARY is optional in iCalendar; an item needs a title
RESPONSIBLE_LINE = "Responsible: {who}"

KIND_PROPERTY = "X-JOURNEY-KIND"
RESPONSIBLE_PROPERTY = "X-JOURNEY-RESPONSIBLE"
STATUS_PROPERTY = "X-JOURNEY-STATUS"
DAY_PROPERTY = "X-JOURNEY-DAY"  # the protocol day shown in the description, e.g. "+8"
DAY_LINE = "Protocol day {day}"
UTC_ZONE = "UTC"

# Recurrence cannot be kept by a single item; such events are refused, not cut to one date.
REPEATING = ("RRULE", "RDATE", "EXRULE", "RECURRENCE-ID")
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
        *REPEATING,
    }
)
_MOMENT = "expected a date like 20270301 or a date and time like 20270301T093000"
EXPECTED = {
    "DTSTART": _MOMENT,
    "DTEND": _MOMENT,
    "DURATION": "expected a duration like PT1H30M or P2D",
    "SEQUENCE": "expected a whole number",
}
# A flight booked elsewhere (an airline's or travel agent's .ics) usually says so in words.
FLIGHT_WORDS = re.compile(r"\b(flight|flights|flug|vuelo|vol|voo|volo)\b|✈", re.IGNORECASE)
BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class ParsedEvent:
    """One event read from a calendar file, as the itinerary item it describes."""

    uid: str
    sequence: int
    details: ItemDetails


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
) -> bytes:
    """The items as an iCalendar file: one VEVENT each, with the VTIMEZONEs they use.

    ``alarms`` gives, per kind, a reminder in minutes before the start (planned items only);
    ``now`` (timezone-aware) is the DTSTAMP; ``numbering`` puts each item's protocol day
    ("Protocol day −3") in its description, where a phone's calendar shows it.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    stamp = now.astimezone(UTC)
    calendar = Calendar()
    calendar.add("PRODID", PRODID.format(version=__version__))
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.calendar_name = "Journey"
    for item in items:
        day = numbering.label(item.day) if numbering is not None else None
        calendar.add_component(_event(item, alarms or {}, stamp, day))
    if items:
        # Within 1900–2200 (SPEC §4): an item stored outside them anyway is written as it is,
        # and its zone's rules stop at the bounds (icalendar cannot work them out near the
        # years 1 and 9999).
        years = [
            min(max(year, EARLIEST_DATE.year), LATEST_DATE.year)
            for item in items
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


def _event(item: Item, alarms: Mapping[str, int], stamp: datetime, day: str | None) -> Event:
    details = item.details
    event = Event()
    event.add("UID", item.uid)
    event.add("SEQUENCE", item.sequence)
    event.add("DTSTAMP", stamp)
    event.add("DTSTART", *_timed(details.start, details.zone))
    if details.end is not None:
        event.add("DTEND", *_timed(details.end, details.finish_zone))
    event.add("SUMMARY", details.title)
    if details.place:
        event.add("LOCATION", details.place)
    event.add("DESCRIPTION", _description(details.notes, details.responsible, day))
    event.add("STATUS", "CANCELLED" if details.status == "cancelled" else "CONFIRMED")
    event.add("CATEGORIES", [details.kind])
    event.add(KIND_PROPERTY, details.kind)
    event.add(RESPONSIBLE_PROPERTY, details.responsible)
    event.add(STATUS_PROPERTY, details.status)
    if day is not None:
        event.add(DAY_PROPERTY, day)
    minutes = alarms.get(details.kind)
    if minutes is not None and details.status == "planned":
        alarm = Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", details.title)
        alarm.add("TRIGGER", timedelta(minutes=-minutes))
        event.add_component(alarm)
    return event


def _timed(wall: datetime, zone: str) -> tuple[datetime, dict[str, str]]:
    """A DATE-TIME value: UTC as ``…Z``, any other zone as wall time with its TZID.

    The TZID is written explicitly: icalendar would otherwise write zones it finds equivalent
    to UTC (Etc/UTC, Africa/Abidjan…) as ``Z``, and the zone's name would not come back.
    """
    wall = wall.replace(microsecond=0)
    if zone == UTC_ZONE:
        return wall.replace(tzinfo=UTC), {}
    return wall, {"TZID": zone}


def _footer(responsible: str, day: str | None) -> str:
    line = RESPONSIBLE_LINE.format(who=responsible)
    return f"{DAY_LINE.format(day=day)}\n{line}" if day else line


def _description(notes: str, responsible: str, day: str | None) -> str:
    footer = _footer(responsible, day)
    return f"{notes}\n\n{footer}" if notes else footer


def _notes(description: str, responsible: str | None, day: str | None) -> str:
    """The notes from a DESCRIPTION written by ``_description`` (or anybody's DESCRIPTION)."""
    if responsible is None:
        return description
    footer = _footer(responsible, day)
    if description == footer:
        return ""
    return description.removesuffix(f"\n\n{footer}")


# --- reading ----------------------------------------------------------------------------------


def parse_ics(
    data: bytes,
    *,
    local_zone: str = UTC_ZONE,
    max_bytes: int = MAX_BYTES,
    max_events: int = MAX_EVENTS,
) -> list[ParsedEvent]:
    """Every event of an iCalendar file as an itinerary item, or ``CalendarFileError``.

    ``local_zone`` is where floating times and all-day events are placed when the calendar
    does not declare its zone (X-WR-TIMEZONE); see the module's docstring.
    """
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
    declared = _declared_zone(calendar)
    reader = _Reader(calendar, instant_zone=declared or UTC_ZONE, local_zone=declared or local_zone)
    parsed: list[ParsedEvent] = []
    first_with_uid: dict[str, int] = {}
    for number, event in enumerate(events, start=1):
        one = reader.event(number, event)
        other = first_with_uid.setdefault(one.uid, number)
        if other != number:
            raise CalendarFileError(
                "ics_duplicate_uid",
                {"other": other},
                event=EventRef(number, one.uid, one.details.title),
                prop="UID",
            )
        parsed.append(one)
    return parsed


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


class _Reader:
    """Reads one calendar's events into items, knowing the calendar's zones."""

    def __init__(self, calendar: Calendar, *, instant_zone: str, local_zone: str) -> None:
        self._timezones: dict[str, Timezone] = {
            str(timezone.get("TZID", "")): timezone
            for timezone in calendar.walk("VTIMEZONE")
            if isinstance(timezone, Timezone)
        }
        self._instant_zone = instant_zone
        self._local_zone = local_zone

    def event(self, number: int, event: Event) -> ParsedEvent:
        ref = EventRef(number, _plain(event.get("UID")), _plain(event.get("SUMMARY")))
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
        for prop in REPEATING:
            if prop in event:
                raise CalendarFileError("ics_repeating", event=ref, prop=prop)
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
        responsible = one.text(RESPONSIBLE_PROPERTY).strip() or None
        details = ItemDetails(
            kind=kind,
            title=one.text("SUMMARY").strip() or UNTITLED,
            start=start,
            zone=zone,
            end=end,
            end_zone=None if end is None or end_zone == zone else end_zone,
            place=one.text("LOCATION").strip(),
            notes=_notes(
                one.text("DESCRIPTION"), responsible, one.text(DAY_PROPERTY).strip() or None
            ),
            responsible=responsible or "patient",
            status=self._status(one),
        )
        _check_item(details, ref, end_prop)
        return ParsedEvent(uid=uid, sequence=sequence, details=details)

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
                    return wall, zone, False
                return (*self._from_vtimezone(wall, str(tzid), one.ref, prop), False)
            if moment.tzinfo is not None:  # UTC, "…Z"
                return (*self._from_instant(moment.astimezone(UTC)), False)
            return wall, self._local_zone, False  # floating
        if isinstance(moment, date):
            return datetime.combine(moment, time()), self._local_zone, True
        raise CalendarFileError(
            "ics_bad_value",
            {"value": _short(_plain(value), 60), "detail": "not a date, nor a date with a time"},
            event=one.ref,
            prop=prop,
        )

    def _from_instant(self, instant: datetime) -> tuple[datetime, str]:
        wall = instant.astimezone(ZoneInfo(self._instant_zone)).replace(tzinfo=None)
        # An instant in the hour the clocks go back has a wall time that happens twice; UTC
        # keeps it unambiguous.
        if wall_time_problem("start", wall.date(), wall.time(), self._instant_zone) is not None:
            return instant.replace(tzinfo=None), UTC_ZONE
        return wall, self._instant_zone

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
        categories = [str(category).strip().lower() for category in one.categories()]
        known = next((category for category in categories if category in ITEM_KINDS), None)
        if known is not None:
            return known
        words = " ".join([one.text("SUMMARY"), *categories])
        return "flight" if FLIGHT_WORDS.search(words) else "other"

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
