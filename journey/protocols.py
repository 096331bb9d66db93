"""Protocol templates: data files in resources/protocols/ (each citing its sources) and the
custom protocols a user saves; laid out as itinerary items from an arrival date.

A step's ``day`` counts from arrival (day 1 is the arrival date); its ``time`` is the local
time where the treatment happens. Either ``minutes`` or ``end_day`` + ``end_time`` gives its end.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib.resources import files
from typing import Any

from journey.itinerary import ITEM_KINDS, RESPONSIBLE, Item, ItemDetails
from journey.timekeeping import later, later_day, shown_in, to_instant

BUILT_IN = ("msc", "hsct")
# Steps that never start before the arrival when the arrival's time is known: the hotel.
CHECK_IN_KINDS = frozenset({"hotel_check_in", "hotel_stay"})
# How far from arrival a step may be: ten years, as a timeline saved as a protocol may hold
# follow-ups years later (SPEC §2.6: live vaccines not before 24 months).
DAY_LIMIT = 3660


class TemplateError(ValueError):
    """A protocol template that cannot be used; the message names the step at fault."""


@dataclass(frozen=True)
class ProtocolStep:
    day: int
    start_time: time
    kind: str
    title: str
    minutes: int | None = None
    end_day: int | None = None
    end_time: time | None = None
    responsible: str = "clinic"
    notes: str = ""
    place: str = ""
    # The shipped step's English title, by which its title and notes are shown in the
    # interface's language (a built-in template's steps, and the steps saved from them).
    text_key: str | None = None


@dataclass(frozen=True)
class ProtocolTemplate:
    key: str
    name: str
    steps: tuple[ProtocolStep, ...]
    note: str = ""
    sources: tuple[str, ...] = ()


def _parse_step(number: int, raw: dict[str, Any]) -> ProtocolStep:
    where = f"step {number}"
    try:
        step = ProtocolStep(
            day=int(raw["day"]),
            start_time=time.fromisoformat(raw["time"]),
            kind=str(raw["kind"]),
            title=str(raw["title"]),
            minutes=None if raw.get("minutes") is None else int(raw["minutes"]),
            end_day=None if raw.get("end_day") is None else int(raw["end_day"]),
            end_time=None if raw.get("end_time") is None else time.fromisoformat(raw["end_time"]),
            responsible=str(raw.get("responsible", "clinic")),
            notes=str(raw.get("notes", "")),
            place=str(raw.get("place", "")),
            text_key=None if raw.get("text_key") is None else str(raw["text_key"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TemplateError(f"{where}: {exc}") from exc
    if not -DAY_LIMIT < step.day <= DAY_LIMIT:
        raise TemplateError(f"{where}: day {step.day} is out of range")
    if step.kind not in ITEM_KINDS:
        raise TemplateError(f"{where}: unknown kind {step.kind!r}")
    if step.responsible not in RESPONSIBLE:
        raise TemplateError(f"{where}: unknown responsible {step.responsible!r}")
    if (step.end_day is None) != (step.end_time is None):
        raise TemplateError(f"{where}: end_day and end_time go together")
    return step


def parse_template(data: dict[str, Any]) -> ProtocolTemplate:
    try:
        steps = tuple(_parse_step(n, raw) for n, raw in enumerate(data["steps"], start=1))
        return ProtocolTemplate(
            key=str(data["key"]),
            name=str(data["name"]),
            steps=steps,
            note=str(data.get("note", "")),
            sources=tuple(str(s) for s in data.get("sources", ())),
        )
    except (KeyError, TypeError) as exc:
        raise TemplateError(f"template: {exc}") from exc


def template_to_data(template: ProtocolTemplate) -> dict[str, Any]:
    steps = []
    for step in template.steps:
        raw: dict[str, Any] = {
            "day": step.day,
            "time": step.start_time.strftime("%H:%M"),
            "kind": step.kind,
            "title": step.title,
            "responsible": step.responsible,
        }
        if step.minutes is not None:
            raw["minutes"] = step.minutes
        if step.end_day is not None and step.end_time is not None:
            raw["end_day"] = step.end_day
            raw["end_time"] = step.end_time.strftime("%H:%M")
        if step.notes:
            raw["notes"] = step.notes
        if step.place:
            raw["place"] = step.place
        if step.text_key is not None:
            raw["text_key"] = step.text_key
        steps.append(raw)
    return {
        "key": template.key,
        "name": template.name,
        "note": template.note,
        "sources": list(template.sources),
        "steps": steps,
    }


@cache
def builtin_template(key: str) -> ProtocolTemplate:
    text = files("resources.protocols").joinpath(f"{key}.json").read_text(encoding="utf-8")
    template = parse_template(json.loads(text))
    # Each step is a shipped text: its English title is the key it is shown by.
    steps = tuple(replace(step, text_key=step.title) for step in template.steps)
    return replace(template, steps=steps)


def lay_out(
    template: ProtocolTemplate, arrival: date, zone: str, arrived: datetime | None = None
) -> list[ItemDetails]:
    """The template's steps as itinerary items, dated from ``arrival`` in ``zone``. A day past
    the ends of Python's dates stops there; the itinerary's rules refuse it (1900–2200).

    ``arrived``, the course's arrival as a wall time in ``zone``, keeps a hotel check-in (or
    stay) from starting before it: one the template puts earlier starts at the arrival."""
    items = []
    for step in template.steps:
        start = datetime.combine(later_day(arrival, timedelta(days=step.day - 1)), step.start_time)
        end: datetime | None = None
        if step.end_day is not None and step.end_time is not None:
            day = later_day(arrival, timedelta(days=step.end_day - 1))
            end = datetime.combine(day, step.end_time)
        elif step.minutes is not None:
            end = later(start, timedelta(minutes=step.minutes))
        if arrived is not None and step.kind in CHECK_IN_KINDS and start < arrived:
            # Its length kept, unless it already ends after the arrival (a stay of nights).
            if end is not None and (step.minutes is not None or end < arrived):
                end = later(arrived, end - start)
            start = arrived
        items.append(
            ItemDetails(
                kind=step.kind,
                title=step.title,
                start=start,
                zone=zone,
                end=end,
                place=step.place,
                notes=step.notes,
                responsible=step.responsible,
                text_key=step.text_key,
            )
        )
    return items


def template_from_items(name: str, items: list[Item], arrival: date) -> ProtocolTemplate:
    """A reusable protocol from an edited timeline: each item's day counted from arrival."""
    steps = []
    for item in items:
        details = item.details
        if details.status == "cancelled":
            continue
        end_day = end_time = minutes = None
        end = details.end
        if end is not None and details.finish_zone != details.zone:
            # A template has one zone: read an end elsewhere (a flight) on the start's clock,
            # so the step keeps its real length and never ends before it starts.
            end = shown_in(to_instant(end, details.finish_zone), details.zone).replace(tzinfo=None)
        if end is not None:
            if end.date() == details.start.date():
                minutes = int((end - details.start).total_seconds() // 60)
            else:
                end_day = (end.date() - arrival).days + 1
                end_time = end.time()
        steps.append(
            ProtocolStep(
                day=(details.start.date() - arrival).days + 1,
                start_time=details.start.time(),
                kind=details.kind,
                title=details.title,
                minutes=minutes,
                end_day=end_day,
                end_time=end_time,
                responsible=details.responsible,
                notes=details.notes,
                place=details.place,
                text_key=details.text_key,
            )
        )
    return ProtocolTemplate(key="custom", name=name, steps=tuple(steps))
