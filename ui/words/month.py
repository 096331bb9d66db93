"""How a day of the month at a glance reads: a cell's short lines (each number with its word or
unit, some with shorter forms for narrow cells), its whole sentence for screen readers, and the
day's entries as lines with their times."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale

from journey.month import ItemNote, Month, MonthDay, RatingNote, SymptomNote
from journey.timekeeping import shown_in, to_instant
from ui.words.data import symptom_text, tr_data
from ui.words.itinerary import kind_text, place_of, status_text
from ui.words.severity import severity_band_text, severity_text
from ui.words.temperature import route_text, temperature_text, temperature_with_grade
from ui.words.time import clock_text, date_text

NO_BREAK = "\u00a0"  # holds a temperature to its unit when a cell wraps its words


def _tr(text: str) -> str:
    return QCoreApplication.translate("month", text)


def _count(number: int) -> str:
    return QLocale().toString(number)


def month_title(year: int, month: int) -> str:
    """ "November 2026"."""
    return date_text(date(year, month, 1), _tr("MMMM yyyy"))


def day_name(day: date) -> str:
    """ "Tuesday 24 November" (the year is in the page's title)."""
    return date_text(day, _tr("dddd d MMMM"))


def long_day_name(day: date) -> str:
    """ "Tuesday 24 November 2026"."""
    return date_text(day, _tr("dddd d MMMM yyyy"))


def fever_threshold_text(month: Month) -> str:
    """ "38.0 °C" in the user's unit."""
    return temperature_text(month.fever_from_c, month.unit)


# --- a cell -----------------------------------------------------------------------------------


def severity_forms(day: MonthDay) -> list[str]:
    """ "6 moderate"; none for a day without symptoms. Never the bare number: a narrow cell
    wraps the word under it (ui.month.grid.painted_lines)."""
    highest = day.highest_severity
    if highest is None:
        return []
    return [f"{highest} {severity_band_text(highest)}"]


def fever_forms(day: MonthDay, month: Month) -> list[str]:
    """ "38.6 °C (2)" for the highest of two fevers, then "38.6 °C"; never without its unit,
    which is held to its number (a no-break space); none without a fever."""
    highest = day.highest_celsius
    if highest is None:
        return []
    shown = temperature_text(highest, month.unit).replace(" ", NO_BREAK)
    if len(day.fevers) == 1:
        return [shown]
    return [f"{shown} ({_count(len(day.fevers))})", shown]


def rating_forms(day: MonthDay) -> list[str]:
    """ "Rated" (a word, never a sign alone)."""
    return [_tr("Rated")] if day.rated else []


def item_forms(day: MonthDay) -> list[str]:
    """ "2 items"; one item is "1 item" (its title is in the day's list). Never the bare
    number: a narrow cell wraps the word under it."""
    planned = len(day.planned)
    if not planned:
        return []
    words = _tr("1 item") if planned == 1 else _tr("%1 items").replace("%1", _count(planned))
    return [words]


def cell_lines(day: MonthDay, month: Month) -> list[list[str]]:
    """The lines under the day's number, each from its longest form to its shortest; every
    form says what its number is (a word or a unit), none is a bare number."""
    lines = [severity_forms(day), fever_forms(day, month), rating_forms(day), item_forms(day)]
    return [forms for forms in lines if forms]


def day_summary(day: MonthDay, month: Month, today: date) -> str:
    """ "Tuesday 24 November: highest severity 6 moderate, 1 temperature of 38.0 °C or more
    (highest 38.4 °C), quality-of-life rating made, 2 itinerary items"."""
    parts = []
    highest = day.highest_severity
    if highest is not None:
        parts.append(
            _tr("highest severity %1 %2")
            .replace("%1", str(highest))
            .replace("%2", severity_band_text(highest))
        )
    if day.fevers and day.highest_celsius is not None:
        threshold = fever_threshold_text(month)
        count = len(day.fevers)
        words = (
            _tr("1 temperature of %1 or more (%2)")
            if count == 1
            else _tr("%3 temperatures of %1 or more (highest %2)")
        )
        parts.append(
            words.replace("%1", threshold)
            .replace("%2", temperature_text(day.highest_celsius, month.unit))
            .replace("%3", _count(count))
        )
    if day.rated:
        parts.append(_tr("quality-of-life rating made"))
    planned = len(day.planned)
    if planned:
        parts.append(
            _tr("1 itinerary item")
            if planned == 1
            else _tr("%1 itinerary items").replace("%1", _count(planned))
        )
    if not parts:
        parts.append(_tr("nothing recorded"))
    name = day_name(day.day)
    if day.day == today:
        name = _tr("Today, %1").replace("%1", name)
    return f"{name}: {', '.join(parts)}"


# --- the day's entries --------------------------------------------------------------------------


def _at(moment: datetime, zone: str) -> str:
    return clock_text(shown_in(moment, zone).time())


def symptom_line(note: SymptomNote, month: Month) -> str:
    """ "21:00 — Fatigue, severity 4 (moderate), 37.0 °C in the mouth"."""
    parts = [
        _tr("%1, severity %2")
        .replace("%1", symptom_text(note.symptom))
        .replace("%2", severity_text(note.severity))
    ]
    if note.celsius is not None:
        temperature = temperature_with_grade(note.celsius, month.unit)
        route = route_text(note.route)
        parts.append(f"{temperature} {route}" if route else temperature)
    if note.recorded_by == "companion":
        parts.append(_tr("logged by the companion"))
    return f"{_at(note.at, month.zone)} — {', '.join(parts)}"


def rating_line(note: RatingNote, month: Month, scale_names: dict[int, str]) -> str:
    """ "20:00 — Quality-of-life rating: Energy 6, Pain 2"."""
    from ui.words.aftercare import number_text

    values = ", ".join(
        f"{scale_names.get(scale_id, '?')} {number_text(value)}" for scale_id, value in note.values
    )
    words = _tr("Quality-of-life rating: %1").replace("%1", values) if values else ""
    return f"{_at(note.at, month.zone)} — {words or _tr('Quality-of-life rating')}"


def item_line(note: ItemNote, month: Month) -> str:
    """ "10:00 — Reinfusion of your stem cells · Reinfusion (day 0) · ✓ Done": its place
    named when it is not where the user is, its status when not planned."""
    time = clock_text(note.start.time())
    if note.zone != month.zone:
        time = f"{time} {place_of(note.zone)}"
    # As ui.words.itinerary.item_title shows a title: a shipped text's in the user's language.
    title = tr_data(note.text_key) if note.text_key else note.title
    line = f"{time} — {title} · {kind_text(note.kind)}"
    if note.status != "planned":
        line = f"{line} · {status_text(note.status)}"
    return line


def entry_lines(day: MonthDay, month: Month, scale_names: dict[int, str]) -> list[str]:
    """Every entry of the day as a line, in time order: items, symptoms and ratings."""
    found: list[tuple[datetime, int, str]] = []
    for item in day.items:
        found.append((to_instant(item.start, item.zone), 0, item_line(item, month)))
    for symptom in day.symptoms:
        found.append((symptom.at, 1, symptom_line(symptom, month)))
    for rating in day.ratings:
        found.append((rating.at, 2, rating_line(rating, month, scale_names)))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return [line for _, _, line in found]
