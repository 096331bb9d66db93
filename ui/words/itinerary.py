"""How itinerary items read on screen: times in the item's own zone, the zone named when it
is not the computer's, protocol days ("Day −3"), kinds and statuses in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from journey.itinerary import MINUS, DayNumbering, Item, ItemDetails
from journey.timekeeping import shown_in
from ui.words.data import tr_data
from ui.words.time import clock_text, date_text, weekday_date_text
from ui.words.vocabulary import ITEM_KIND_CHOICES, RESPONSIBLE_CHOICES, STATUS_CHOICES, shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("itinerary", text)


def place_of(zone: str) -> str:
    """A zone as people say it, in the user's language: "America/Los_Angeles" → "Los
    Angeles" ("Los Ángeles" in Spanish); UTC is "UTC", never "Etc/UTC"."""
    from journey.places import zone_place
    from ui.i18n import current_language

    return zone_place(zone, current_language())


def clock_time(moment: datetime) -> str:
    return clock_text(moment.time())


def zone_time(text: str, zone: str) -> str:
    """ "8:05 Toronto time": a time (or a date and time) labelled with its place."""
    return _tr("%1 %2 time").replace("%1", text).replace("%2", place_of(zone))


def moved_time(moment: datetime, beside: date) -> str:
    """ "01:30 +1 day": ``moment``'s time, marked when its date is not ``beside`` (the same
    instant shown in another zone can fall on the next day or the day before)."""
    days = (moment.date() - beside).days
    text = clock_time(moment)
    if days == 0:
        return text
    sign = "+" if days > 0 else MINUS
    mark = _tr("%1 day") if abs(days) == 1 else _tr("%1 days")
    return f"{text} {mark.replace('%1', f'{sign}{abs(days)}')}"


def day_heading(day: date, numbering: DayNumbering | None) -> str:
    """ "Thu 12 Nov 2026 · Day −3"."""
    text = weekday_date_text(day)
    label = numbering.label(day) if numbering else None
    return f"{text} · {_tr('Day %1').replace('%1', label)}" if label else text


def item_time(item: Item, computer_zone: str) -> str:
    """ "08:15–10:40", with zones named where they are not the computer's:
    "08:15 America/Toronto → 10:40 America/Los_Angeles"; "All day" for whole days."""
    details = item.details
    if details.all_day and details.end is not None:  # whole days: no clock times to show
        last = details.end.date() - timedelta(days=1)
        if last == details.start.date():
            return _tr("All day")
        return _tr("All day, to %1").replace("%1", date_text(last, "d MMM"))
    start = clock_time(details.start)
    if details.end is None:
        return start if details.zone == computer_zone else f"{start} {place_of(details.zone)}"
    end = clock_time(details.end)
    if details.end.date() != details.start.date():
        end = f"{date_text(details.end.date(), 'd MMM')} {end}"
    if details.finish_zone != details.zone:
        return f"{start} {place_of(details.zone)} → {end} {place_of(details.finish_zone)}"
    if details.zone != computer_zone:
        span = f"{start}–{end}"
        return zone_time(span, details.zone)
    return f"{start}–{end}"


def kind_text(kind: str) -> str:
    return shown(ITEM_KIND_CHOICES, kind)


def responsible_text(responsible: str) -> str:
    return shown(RESPONSIBLE_CHOICES, responsible)


def status_text(status: str) -> str:
    return shown(STATUS_CHOICES, status)


def item_title(details: ItemDetails) -> str:
    """An item's title as shown: one laid out from a shipped text (a protocol's step, the
    follow-up plan) in the interface's language, whatever language it was laid out in; the
    user's own words as typed."""
    return tr_data(details.text_key) if details.text_key else details.title


def item_notes(details: ItemDetails) -> str:
    """An item's notes as shown: a shipped text's in the interface's language, the user's
    as typed."""
    from journey.shipped_texts import shipped_notes

    english = shipped_notes().get(details.text_key) if details.text_key else None
    return details.notes if english is None else tr_data(english)


def item_as_edited(before: ItemDetails | None, edited: ItemDetails) -> ItemDetails:
    """What to store from an item's form: an item laid out from a shipped text whose title
    and notes still read as they were shown keeps its key and stored words, so it goes on
    following the interface's language; once either was changed, what was typed, as typed."""
    if (
        before is None
        or before.text_key is None
        or edited.title.strip() != item_title(before).strip()
        or edited.notes != item_notes(before)
    ):
        return replace(edited, text_key=None)
    return replace(edited, title=before.title, notes=before.notes, text_key=before.text_key)


def item_line(item: Item, computer_zone: str) -> str:
    """One line for lists and screen readers: time, title, kind, status."""
    details = item.details
    parts = [item_time(item, computer_zone), item_title(details), f"({kind_text(details.kind)})"]
    if details.status != "planned":
        parts.append(f"— {status_text(details.status)}")
    return " ".join(parts)


def local_moment(at: datetime, zone: str) -> datetime:
    """``at`` in ``zone`` (in UTC for a stored instant that would be past the ends of Python's
    dates there: shown, never a failure)."""
    return shown_in(at, zone)


def time_text(at: datetime, zone: str, computer_zone: str) -> str:
    """ "02:09", or "02:09 Tijuana time" when it happened in another zone than the computer's."""
    local = local_moment(at, zone)
    if zone != computer_zone:
        return zone_time(clock_time(local), zone)
    return clock_time(local)


def when_text(at: datetime, zone: str, computer_zone: str) -> str:
    """ "Tue 24 Nov 2026 02:00", with the zone named when it is not the computer's:
    "Tue 24 Nov 2026 02:00 Tijuana time"."""
    local = local_moment(at, zone)
    text = f"{weekday_date_text(local.date())} {clock_time(local)}"
    if zone != computer_zone:
        return zone_time(text, zone)
    return text
