"""The itinerary's rules: kinds of item, validation, protocol day numbering and shifting.

Pure functions over DTOs; the service (journey.services.itinerary) stores the results.

HSCT day numbering (SPEC §2.3): day 0 is the reinfusion of the stem cells; days before it
are −N…−1 and days after +1, +2… For other protocols the days count from arrival (day 1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from journey.errors import Problem
from journey.timekeeping import (
    date_problem,
    later,
    later_day,
    to_instant,
    wall_time_problem,
    zone_problem,
)
from journey.validation import notes_problem, optional_text

ITEM_KINDS = (
    "flight",
    "ground_transfer",
    "border_crossing",
    "hotel_stay",  # from check-in to check-out, over the nights between
    "hotel_check_in",
    "hotel_check_out",
    "clinic_appointment",
    "tests",
    "iv_infusion",
    "intrathecal_injection",
    "mobilisation",
    "stem_cell_collection",
    "conditioning",
    "reinfusion",
    "isolation",
    "discharge",
    "follow_up",
    "revaccination",
    "other",
)
# Things that happen at the clinic (a calendar reminder before each, when the user asks).
CLINIC_KINDS = (
    "clinic_appointment",
    "tests",
    "iv_infusion",
    "intrathecal_injection",
    "mobilisation",
    "stem_cell_collection",
    "conditioning",
    "reinfusion",
    "discharge",
    "follow_up",
    "revaccination",
)
# Marking one of these done opens a 24–48 h watch window (SPEC §2.4, issue 4).
# Reminders of the follow-up plan after treatment (SPEC §2.6), shown on Today until done.
FOLLOW_UP_KINDS = ("follow_up", "revaccination")
INFUSION_KINDS = frozenset({"iv_infusion", "intrathecal_injection", "reinfusion"})
RESPONSIBLE = ("patient", "companion", "clinic")

# The English words for the codes, where people read them (calendar files, spreadsheets);
# the window passes its own, translated.
KIND_WORDS = {
    "flight": "Flight",
    "ground_transfer": "Ground transfer / pickup",
    "border_crossing": "Border crossing",
    "hotel_stay": "Hotel stay",
    "hotel_check_in": "Hotel check-in",
    "hotel_check_out": "Hotel check-out",
    "clinic_appointment": "Clinic appointment",
    "tests": "Tests",
    "iv_infusion": "IV infusion",
    "intrathecal_injection": "Intrathecal injection",
    "mobilisation": "Mobilisation",
    "stem_cell_collection": "Stem-cell collection",
    "conditioning": "Conditioning",
    "reinfusion": "Reinfusion (day 0)",
    "isolation": "Isolation",
    "discharge": "Discharge",
    "follow_up": "Follow-up",
    "revaccination": "Revaccination",
    "other": "Other",
}
RESPONSIBLE_WORDS = {"patient": "Patient", "companion": "Companion", "clinic": "Clinic"}
STATUSES = ("planned", "done", "cancelled")
TITLE_MAX = 200
PLACE_MAX = 300  # the width of itinerary_item.place
MIDNIGHT = time()
NO_REMINDER = -1  # an item's reminder_minutes when the user wants none
FLIGHT_NUMBER_MAX = 16  # the width of itinerary_item.flight_number
BOOKING_REF_MAX = 64  # the width of itinerary_item.booking_ref
# A reminder up to four weeks ahead (to book the pickup, say); longer is a to-do, not a reminder.
REMINDER_MAX_MINUTES = 28 * 24 * 60
# Kinds that carry a booking reference in the item's form (any kind may store one).
BOOKED_KINDS = ("flight", "hotel_stay", "hotel_check_in", "hotel_check_out", "ground_transfer")
MINUS = "\u2212"  # a real minus sign: "Day −3" reads better than "Day -3"


@dataclass(frozen=True)
class ItemDetails:
    """What the user edits: a planned item as wall times where it happens plus zones."""

    kind: str
    title: str
    start: datetime  # naive wall time in ``zone``
    zone: str
    end: datetime | None = None  # naive wall time in ``end_zone`` (or ``zone``)
    end_zone: str | None = None  # None: the same zone as the start (a flight may differ)
    place: str = ""
    notes: str = ""
    responsible: str = "patient"
    status: str = "planned"
    flight_number: str = ""  # "AC 992"; a flight's only
    booking_ref: str = ""  # the airline's or hotel's booking reference
    from_airport: str = ""  # IATA codes of a flight's airports ("YYZ", "TIJ")
    to_airport: str = ""
    reminder_minutes: int | None = None  # None: the kind's standard; NO_REMINDER: none
    pinned: bool = False  # booked: Shift leaves it unless the user ticks it
    # Laid out from a shipped text (a protocol's step, the follow-up plan): that text's
    # English words, by which the window shows the title and notes in its language. None
    # for the user's own words.
    text_key: str | None = None

    @property
    def finish_zone(self) -> str:
        return self.end_zone or self.zone

    @property
    def all_day(self) -> bool:
        """Whole days where it happens: from 00:00 to 00:00 one or more days later, in one
        zone. That is how an all-day calendar event is kept, and how it is shown and
        exported again (as dates, not times)."""
        return (
            self.end is not None
            and (self.end_zone is None or self.end_zone == self.zone)
            and self.start.time() == MIDNIGHT
            and self.end.time() == MIDNIGHT
            and self.end.date() > self.start.date()
        )

    def start_instant(self) -> datetime:
        return to_instant(self.start, self.zone)

    def end_instant(self) -> datetime | None:
        return None if self.end is None else to_instant(self.end, self.finish_zone)

    def moved(self, delta: timedelta) -> ItemDetails:
        """The same item with its wall times moved by ``delta`` (local clock time); moved past
        the ends of Python's dates it stops there, and ``item_problems`` refuses it."""
        return replace(
            self,
            start=later(self.start, delta),
            end=None if self.end is None else later(self.end, delta),
        )


@dataclass(frozen=True)
class Item:
    """A stored itinerary item: its id, iCalendar UID and change count, and its details."""

    id: int
    uid: str
    sequence: int
    details: ItemDetails

    @property
    def day(self) -> date:
        """The date it starts on, where it happens."""
        return self.details.start.date()


def item_problems(details: ItemDetails) -> list[Problem]:
    problems: list[Problem | None] = []
    if details.kind not in ITEM_KINDS:
        problems.append(Problem("kind", "unknown_choice"))
    title = details.title.strip()
    if not title:
        problems.append(Problem("title", "required"))
    elif len(title) > TITLE_MAX:
        problems.append(Problem("title", "text_too_long", {"max": TITLE_MAX}))
    if details.text_key is not None and len(details.text_key) > TITLE_MAX:
        problems.append(Problem("title", "text_too_long", {"max": TITLE_MAX}))
    if details.responsible not in RESPONSIBLE:
        problems.append(Problem("responsible", "unknown_choice"))
    problems.append(optional_text("place", details.place, PLACE_MAX))
    problems.append(notes_problem("notes", details.notes))
    if details.status not in STATUSES:
        problems.append(Problem("status", "unknown_choice"))
    start_zone = zone_problem("zone", details.zone)
    problems.append(start_zone)
    start_range = date_problem("start", details.start)
    problems.append(start_range)
    if start_zone is None and start_range is None:
        problems.append(
            wall_time_problem("start", details.start.date(), details.start.time(), details.zone)
        )
    if details.end is not None:
        # With no zone of its own the end is in the start's zone, already checked above.
        end_zone = None if details.end_zone is None else zone_problem("end_zone", details.end_zone)
        problems.append(end_zone)
        end_range = date_problem("end", details.end)
        problems.append(end_range)
        if (
            end_zone is None
            and end_range is None
            and (details.end_zone is not None or start_zone is None)
        ):
            problems.append(
                wall_time_problem(
                    "end", details.end.date(), details.end.time(), details.finish_zone
                )
            )
    problems += _trip_detail_problems(details)
    found = [p for p in problems if p is not None]
    if not found and details.end is not None:
        end = details.end_instant()
        if end is not None and end < details.start_instant():
            found.append(Problem("end", "end_before_start"))
    return found


def _trip_detail_problems(details: ItemDetails) -> list[Problem | None]:
    """A flight's number, a booking reference, the airports (known IATA codes) and the
    reminder (none, the kind's standard, or up to four weeks before)."""
    from journey.airports import airport  # the airports' table loads only when one is named

    problems = [
        optional_text("flight_number", details.flight_number, FLIGHT_NUMBER_MAX),
        optional_text("booking_ref", details.booking_ref, BOOKING_REF_MAX),
    ]
    for field_name, code in (
        ("from_airport", details.from_airport),
        ("to_airport", details.to_airport),
    ):
        if code.strip() and airport(code) is None:
            problems.append(Problem(field_name, "unknown_airport", {"code": code.strip()}))
    minutes = details.reminder_minutes
    if minutes is not None and minutes != NO_REMINDER and not 0 <= minutes <= REMINDER_MAX_MINUTES:
        problems.append(
            Problem("reminder", "reminder_range", {"days": REMINDER_MAX_MINUTES // (24 * 60)})
        )
    return problems


def kept_key(before: ItemDetails, after: ItemDetails) -> str | None:
    """The shipped text's key an edited item keeps: its own while its title and notes are
    the ones it had; None once the user changed either (what they typed is theirs, shown as
    typed in every language)."""
    if after.text_key is None or after.text_key != before.text_key:
        return None
    if after.title.strip() != before.title.strip() or after.notes != before.notes:
        return None
    return after.text_key


def reminder_minutes(details: ItemDetails, standard: Mapping[str, int]) -> int | None:
    """How many minutes before its start the item reminds: its own choice, else its kind's
    standard (``standard``, kind → minutes); None for no reminder."""
    if details.reminder_minutes is None:
        return standard.get(details.kind)
    if details.reminder_minutes == NO_REMINDER:
        return None
    return details.reminder_minutes


# --- protocol days --------------------------------------------------------------------------


@dataclass(frozen=True)
class DayNumbering:
    """Which protocol day a date is. HSCT counts from day 0 (reinfusion), others from arrival."""

    protocol: str
    arrival: date
    day_zero: date | None = None

    def number(self, day: date) -> int | None:
        if self.protocol == "hsct":
            return None if self.day_zero is None else (day - self.day_zero).days
        count = (day - self.arrival).days + 1
        return count if count >= 1 else None

    def label(self, day: date) -> str | None:
        """The day's number as shown: "−3", "0", "+5" for HSCT; "3" otherwise."""
        number = self.number(day)
        if number is None:
            return None
        if self.protocol != "hsct":
            return str(number)
        if number == 0:
            return "0"
        return f"+{number}" if number > 0 else f"{MINUS}{-number}"


def day_zero(items: list[Item]) -> date | None:
    """The date of the first reinfusion that is not cancelled: HSCT's day 0."""
    reinfusions = [
        item.details
        for item in items
        if item.details.kind == "reinfusion" and item.details.status != "cancelled"
    ]
    if not reinfusions:
        return None
    return min(reinfusions, key=ItemDetails.start_instant).start.date()


# --- shifting -------------------------------------------------------------------------------


def items_from(items: list[Item], first: Item) -> list[Item]:
    """``first`` and every item that starts at or after it."""
    start = first.details.start_instant()
    return [item for item in items if item.details.start_instant() >= start]


def shift_problems(
    moved: list[tuple[Item, ItemDetails]], arrival: datetime | None
) -> list[Problem]:
    """Problems with the shifted items: a new time that does not exist, or an item that was
    not before the arrival moved to before it."""
    problems: list[Problem] = []
    for before, after in moved:
        for problem in item_problems(after):
            problems.append(
                Problem(
                    "shift",
                    "shift_breaks_item",
                    {"title": after.title, "problem": problem.english()},
                )
            )
        if (
            arrival is not None
            and before.details.start_instant() >= arrival
            and after.start_instant() < arrival
        ):
            problems.append(Problem("shift", "shift_before_arrival", {"title": after.title}))
    return problems


@dataclass(frozen=True)
class PlannedMove:
    """One item Shift offers to move: the item, its times once moved, and whether it is ticked
    (moved) unless the user changes that."""

    item: Item
    moved: ItemDetails
    ticked: bool


def shift_plan(items: list[Item], first: Item, delta: timedelta) -> list[PlannedMove]:
    """What Shift offers to move, in time order: ``first`` and every item that starts at or
    after it, each with its times moved by ``delta``.

    ``first`` is always offered ticked: the user chose it. Of the others, a booked item
    (pinned: a flight, a hotel) is offered unticked, so it stays unless the user ticks it; a
    cancelled one moves with the plan, so restoring it later finds it in its place; one marked
    done is not offered at all: what happened stays where it happened."""
    plan = []
    for item in sorted(items_from(items, first), key=lambda i: (i.details.start_instant(), i.id)):
        chosen = item.id == first.id
        if item.details.status == "done" and not chosen:
            continue
        ticked = chosen or not item.details.pinned
        plan.append(PlannedMove(item, item.details.moved(delta), ticked))
    return plan


# --- the trip's weeks -----------------------------------------------------------------------

TRIP_NEAR_DAYS = 14  # from two weeks before the arrival the trip is near: its week comes first


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def trip_last_day(items: list[Item], arrival: date) -> date:
    """The trip's last day: the last day an item that is not cancelled starts or ends on,
    follow-ups and revaccinations (at home, months later) aside; the arrival if none is later."""
    last = arrival
    for item in items:
        details = item.details
        if details.status == "cancelled" or details.kind in FOLLOW_UP_KINDS:
            continue
        last = max(last, details.start.date())
        if details.end is not None and details.end > details.start:
            # An end at midnight (a whole day's) is the day before's last moment.
            last = max(last, later(details.end, -timedelta(microseconds=1)).date())
    return last


def trip_monday(items: list[Item], arrival: date, today: date) -> date:
    """The Monday of the trip's week: this week while the trip is under way, the arrival's
    week before or after it."""
    if arrival <= today <= trip_last_day(items, arrival):
        return monday_of(today)
    return monday_of(arrival)


def opening_monday(items: list[Item], arrival: date | None, today: date) -> date:
    """The week the Timeline opens on: the trip's week while the trip is near or under way
    (from two weeks before the arrival to its last day), otherwise this week."""
    if arrival is None:
        return monday_of(today)
    near = later_day(arrival, -timedelta(days=TRIP_NEAR_DAYS))
    if near <= today <= trip_last_day(items, arrival):
        return trip_monday(items, arrival, today)
    return monday_of(today)
