"""The itinerary: add, edit, duplicate, delete (and restore), shift, lay out a protocol.

Every change bumps the item's ``sequence`` (iCalendar SEQUENCE), so a calendar that already
has the event replaces it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from journey.changes import Change, Service, writes
from journey.errors import InvalidInput, Problem
from journey.itinerary import (
    DayNumbering,
    Item,
    ItemDetails,
    PlannedMove,
    day_zero,
    item_problems,
    kept_key,
    shift_plan,
    shift_problems,
)
from journey.models import CustomProtocol, ItineraryItem, TreatmentCourse
from journey.protocols import (
    BUILT_IN,
    ProtocolTemplate,
    builtin_template,
    lay_out,
    parse_template,
    template_from_items,
    template_to_data,
)
from journey.services.side_effects import open_window_for_item
from journey.timekeeping import (
    Clock,
    date_problem,
    later_day,
    shown_in,
    to_instant,
    zone_problem,
)

UID_DOMAIN = "journey.invalid"  # RFC 6761: a domain that is never anybody's


def new_uid() -> str:
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


def _to_item(row: ItineraryItem) -> Item:
    return Item(
        id=row.id,
        uid=row.uid,
        sequence=row.sequence,
        details=ItemDetails(
            kind=row.kind,
            title=row.title,
            start=row.start_local,
            zone=row.start_zone,
            end=row.end_local,
            end_zone=row.end_zone,
            place=row.place,
            notes=row.notes,
            responsible=row.responsible,
            status=row.status,
            flight_number=row.flight_number,
            booking_ref=row.booking_ref,
            from_airport=row.from_airport,
            to_airport=row.to_airport,
            reminder_minutes=row.reminder_minutes,
            pinned=row.pinned,
            text_key=row.text_key,
        ),
    )


def _write(row: ItineraryItem, details: ItemDetails, clock: Clock) -> None:
    row.kind = details.kind
    row.title = details.title.strip()
    row.start_local = details.start
    row.start_zone = details.zone
    row.end_local = details.end
    row.end_zone = (
        None if details.end is None or details.end_zone == details.zone else details.end_zone
    )
    row.place = details.place.strip()
    row.notes = details.notes
    row.responsible = details.responsible
    row.status = details.status
    row.flight_number = details.flight_number.strip()
    row.booking_ref = details.booking_ref.strip()
    row.from_airport = details.from_airport
    row.to_airport = details.to_airport
    row.reminder_minutes = details.reminder_minutes
    row.pinned = details.pinned
    row.text_key = details.text_key
    row.updated_at = clock.now()
    row.updated_zone = clock.zone


def add_items(session: Session, drafts: list[ItemDetails], clock: Clock) -> list[ItineraryItem]:
    """Insert validated items in an open unit of work (for protocol lay-outs and onboarding)."""
    rows = []
    for details in drafts:
        row = ItineraryItem(uid=new_uid(), sequence=0)
        _write(row, details, clock)
        session.add(row)
        rows.append(row)
    session.flush()
    return rows


def protocol_problems(drafts: list[ItemDetails]) -> list[Problem]:
    return [
        Problem("protocol", "protocol_breaks_item", {"title": d.title, "problem": p.english()})
        for d in drafts
        for p in item_problems(d)
    ]


def _check(details: ItemDetails) -> None:
    problems = item_problems(details)
    if problems:
        raise InvalidInput(problems)


def _after(last: date) -> datetime:
    """The first moment after the day ``last`` (its end, for the last day there is)."""
    after = later_day(last, timedelta(days=1))
    return datetime.combine(after, datetime.min.time() if after > last else datetime.max.time())


def _arrival_in(course: TreatmentCourse, zone: str) -> datetime | None:
    """The course's arrival as a wall time in ``zone``: a protocol laid out there puts no
    hotel check-in before it."""
    if zone_problem("zone", zone) is not None:
        return None  # refused with the laid-out items
    arrived = shown_in(to_instant(course.arrival_local, course.destination_zone), zone)
    return arrived.replace(tzinfo=None)


def _sorted(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda item: (item.details.start_instant(), item.id))


class ItineraryService(Service):
    def __init__(self, session_factory: sessionmaker[Any], clock: Clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def check(self, details: ItemDetails) -> list[Problem]:
        return item_problems(details)

    # --- reading ------------------------------------------------------------------------

    def items(self, first: date | None = None, last: date | None = None) -> list[Item]:
        """Items in time order (by instant), optionally those starting between two dates
        (inclusive, as dates where each item happens)."""
        query = select(ItineraryItem)
        if first is not None:
            query = query.where(
                ItineraryItem.start_local >= datetime.combine(first, datetime.min.time())
            )
        if last is not None:
            query = query.where(ItineraryItem.start_local < _after(last))
        with self._sessions() as session:
            return _sorted([_to_item(row) for row in session.scalars(query)])

    def on_days(self, first: date, last: date) -> list[Item]:
        """Items that start between two dates or are still going on then (an isolation,
        daily injections), in time order. Reads only those, however long the journal."""
        start = datetime.combine(first, datetime.min.time())
        after = _after(last)
        query = select(ItineraryItem).where(
            ItineraryItem.start_local < after,
            or_(ItineraryItem.start_local >= start, ItineraryItem.end_local >= start),
        )
        with self._sessions() as session:
            return _sorted([_to_item(row) for row in session.scalars(query)])

    def get(self, item_id: int) -> Item:
        with self._sessions() as session:
            row = session.get(ItineraryItem, item_id)
            if row is None:
                raise InvalidInput([Problem("item", "not_found")])
            return _to_item(row)

    def numbering(self) -> DayNumbering | None:
        """How dates are numbered for the course (None before onboarding)."""
        with self._sessions() as session:
            course = session.scalars(select(TreatmentCourse)).first()
            if course is None:
                return None
            reinfusions = session.scalars(
                select(ItineraryItem).where(ItineraryItem.kind == "reinfusion")
            ).all()
            return DayNumbering(
                protocol=course.protocol,
                arrival=course.arrival_local.date(),
                day_zero=day_zero([_to_item(row) for row in reinfusions]),
            )

    # --- writing ------------------------------------------------------------------------

    @writes(Change.ITINERARY | Change.WATCH_WINDOWS)
    def add(self, details: ItemDetails, uid: str | None = None) -> Item:
        _check(details)
        with self._sessions.begin() as session:
            row = ItineraryItem(uid=uid or new_uid(), sequence=0)
            _write(row, details, self._clock)
            session.add(row)
            session.flush()
            self._after_marking(session, row)
            return _to_item(row)

    @writes(Change.ITINERARY | Change.WATCH_WINDOWS)
    def update(self, item_id: int, details: ItemDetails) -> Item:
        _check(details)
        with self._sessions.begin() as session:
            row = self._row(session, item_id)
            # A shipped text's key goes with the first change to its title or notes.
            details = replace(details, text_key=kept_key(_to_item(row).details, details))
            _write(row, details, self._clock)
            row.sequence += 1
            session.flush()
            self._after_marking(session, row)
            return _to_item(row)

    def duplicate(self, item_id: int) -> Item:
        return self.add(self.get(item_id).details)

    @writes(Change.ITINERARY)
    def delete(self, item_id: int) -> Item:
        """Remove an item; returns it whole so ``restore`` can bring it back (undo)."""
        with self._sessions.begin() as session:
            row = self._row(session, item_id)
            item = _to_item(row)
            session.delete(row)
            return item

    @writes(Change.ITINERARY)
    def restore(self, item: Item) -> Item:
        """Put a deleted item back with its id, UID and sequence. SQLite hands a deleted
        highest id to the next new item, so if the id is taken by then it gets a new one."""
        _check(item.details)
        with self._sessions.begin() as session:
            free = session.get(ItineraryItem, item.id) is None
            # A calendar import may have brought the same event back in the meantime.
            uid_taken = session.scalars(
                select(ItineraryItem.id).where(ItineraryItem.uid == item.uid)
            ).first()
            row = ItineraryItem(
                id=item.id if free else None,
                uid=new_uid() if uid_taken is not None else item.uid,
                sequence=item.sequence + 1,
            )
            _write(row, item.details, self._clock)
            session.add(row)
            session.flush()
            return _to_item(row)

    def shift_plan(self, item_id: int, delta: timedelta) -> list[PlannedMove]:
        """What Shift offers to move from ``item_id`` by ``delta``, each ticked or not
        (journey.itinerary.shift_plan): the dialog shows it before anything moves."""
        with self._sessions() as session:
            items = [_to_item(row) for row in session.scalars(select(ItineraryItem))]
        first = next((item for item in items if item.id == item_id), None)
        if first is None:
            raise InvalidInput([Problem("item", "not_found")])
        return shift_plan(items, first, delta)

    @writes(Change.ITINERARY)
    def shift(self, item_id: int, delta: timedelta) -> list[Item]:
        """Move an item and every item after it that Shift ticks unasked (not booked, not
        done) by ``delta``, all or none."""
        with self._sessions.begin() as session:
            rows = {row.id: row for row in session.scalars(select(ItineraryItem))}
            if item_id not in rows:
                raise InvalidInput([Problem("item", "not_found")])
            items = [_to_item(row) for row in rows.values()]
            plan = shift_plan(items, _to_item(rows[item_id]), delta)
            return self._move(session, rows, [move.item.id for move in plan if move.ticked], delta)

    @writes(Change.ITINERARY)
    def shift_items(self, item_ids: Iterable[int], delta: timedelta) -> list[Item]:
        """Move exactly the items ``item_ids`` by ``delta`` (wall times where each happens),
        all or none: refused if any would get a time that does not exist or move to before
        the arrival."""
        with self._sessions.begin() as session:
            rows = {row.id: row for row in session.scalars(select(ItineraryItem))}
            chosen = list(dict.fromkeys(item_ids))
            if any(item_id not in rows for item_id in chosen):
                raise InvalidInput([Problem("item", "not_found")])
            return self._move(session, rows, chosen, delta)

    def _move(
        self,
        session: Session,
        rows: dict[int, ItineraryItem],
        item_ids: list[int],
        delta: timedelta,
    ) -> list[Item]:
        moved = [
            (item, item.details.moved(delta)) for item in (_to_item(rows[i]) for i in item_ids)
        ]
        course = session.scalars(select(TreatmentCourse)).first()
        arrival = (
            None if course is None else to_instant(course.arrival_local, course.destination_zone)
        )
        problems = shift_problems(moved, arrival)
        if problems:
            raise InvalidInput(problems)
        for item, details in moved:
            row = rows[item.id]
            _write(row, details, self._clock)
            row.sequence += 1
        session.flush()
        return _sorted([_to_item(rows[item.id]) for item, _ in moved])

    # --- protocols ----------------------------------------------------------------------

    def protocols(self) -> list[ProtocolTemplate]:
        """The built-in templates, then the user's saved ones by name."""
        with self._sessions() as session:
            saved = session.scalars(select(CustomProtocol).order_by(CustomProtocol.name)).all()
            custom = [parse_template(json.loads(row.steps)) for row in saved]
        return [builtin_template(key) for key in BUILT_IN] + custom

    @writes(Change.ITINERARY)
    def lay_out_protocol(self, template: ProtocolTemplate, arrival: date, zone: str) -> list[Item]:
        """Add the template's steps as items from ``arrival``; all or none."""
        out_of_range = date_problem("arrival", arrival)
        if out_of_range is not None:
            raise InvalidInput([out_of_range])
        with self._sessions() as session:
            course = session.scalars(select(TreatmentCourse)).first()
            arrived = None if course is None else _arrival_in(course, zone)
        drafts = lay_out(template, arrival, zone, arrived)
        problems = protocol_problems(drafts)
        if problems:
            raise InvalidInput(problems)
        with self._sessions.begin() as session:
            return _sorted([_to_item(row) for row in add_items(session, drafts, self._clock)])

    @writes(Change.ITINERARY)
    def save_as_protocol(self, name: str) -> ProtocolTemplate:
        """Save the current timeline as a protocol to lay out again later."""
        name = name.strip()
        if not name:
            raise InvalidInput([Problem("name", "required")])
        with self._sessions.begin() as session:
            course = session.scalars(select(TreatmentCourse)).first()
            items = _sorted([_to_item(row) for row in session.scalars(select(ItineraryItem))])
            arrival = course.arrival_local.date() if course else (items[0].day if items else None)
            if arrival is None:
                raise InvalidInput([Problem("name", "nothing_to_save")])
            template = template_from_items(name, items, arrival)
            steps = json.dumps(template_to_data(template))
            saved = session.scalars(
                select(CustomProtocol).where(CustomProtocol.name == name)
            ).first()
            if saved is None:
                session.add(CustomProtocol(name=name, steps=steps))
            else:  # saved again under its name: changed in place, so the change travels
                saved.steps = steps
        return template

    def _after_marking(self, session: Session, row: ItineraryItem) -> None:
        """An infusion marked done opens its 24–48 h watch window (SPEC §2.4)."""
        if row.status == "done":
            open_window_for_item(session, row, self._clock.now())

    @staticmethod
    def _row(session: Session, item_id: int) -> ItineraryItem:
        row = session.get(ItineraryItem, item_id)
        if row is None:
            raise InvalidInput([Problem("item", "not_found")])
        return row
