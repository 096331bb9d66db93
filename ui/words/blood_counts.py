"""How blood counts read on screen: the kinds, units and values, and the engraftment and
neutropenia state in words (shared by the Side effects page's blood counts and Today)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from journey.blood_counts import count_kind, from_stored, transfusion_title, unit_symbol
from journey.itinerary import DayNumbering
from journey.services.blood_counts import (
    BloodCountEntry,
    EngraftmentState,
    NeutropeniaState,
    day_of,
)
from journey.timekeeping import shown_in
from ui.i18n import QT_TRANSLATE_NOOP
from ui.words.data import tr_data
from ui.words.time import clock_text, date_text

KIND_WORDS = {
    "neutrophils": QT_TRANSLATE_NOOP("blood_counts", "Neutrophils (ANC)"),
    "platelets": QT_TRANSLATE_NOOP("blood_counts", "Platelets"),
    "haemoglobin": QT_TRANSLATE_NOOP("blood_counts", "Haemoglobin"),
    "white_cells": QT_TRANSLATE_NOOP("blood_counts", "White cells"),
    "lymphocytes": QT_TRANSLATE_NOOP("blood_counts", "Lymphocytes (optional)"),
}
SHORT_WORDS = {
    "neutrophils": QT_TRANSLATE_NOOP("blood_counts", "ANC"),
    "platelets": QT_TRANSLATE_NOOP("blood_counts", "platelets"),
    "haemoglobin": QT_TRANSLATE_NOOP("blood_counts", "haemoglobin"),
    "white_cells": QT_TRANSLATE_NOOP("blood_counts", "white cells"),
    "lymphocytes": QT_TRANSLATE_NOOP("blood_counts", "lymphocytes"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("blood_counts", text)


def kind_text(kind: str) -> str:
    return _tr(KIND_WORDS.get(kind, kind))


def product_text(product: str) -> str:
    """ "Platelet transfusion", "Red-cell transfusion" (resources/blood_counts)."""
    return tr_data(transfusion_title(product))


def short_text(kind: str) -> str:
    return _tr(SHORT_WORDS.get(kind, kind))


def number_text(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def value_text(entry: BloodCountEntry, unit: str | None = None) -> str:
    """ "0.3 ×10⁹/L", "98 g/L": the value in ``unit`` (the stored unit by default)."""
    unit = unit or count_kind(entry.kind).stored_unit
    return f"{number_text(from_stored(entry.value, unit))} {unit_symbol(unit)}"


def protocol_day_text(day: date, numbering: DayNumbering | None) -> str:
    """ "Day +8" (HSCT), "Day 3" (other protocols), or the date when the day has no number."""
    label = None if numbering is None else numbering.label(day)
    return date_text(day) if label is None else _tr("Day %1").replace("%1", label)


def engraftment_text(state: EngraftmentState, numbering: DayNumbering | None) -> str:
    """ "Neutrophils engrafted on Day +9 (three days at or above 0.5 from 12 Mar)." or "Not yet
    engrafted: latest ANC 0.3 on Day +6." (the definition and its source are in
    resources/blood_counts/counts.json)."""
    threshold = number_text(state.definition.at_least)
    if state.found is not None:
        template = (
            _tr("Neutrophils engrafted on %1 (three days at or above %2 from %3).")
            if state.kind == "neutrophils"
            else _tr("Platelets engrafted on %1 (three days at or above %2 from %3).")
        )
        return (
            template.replace("%1", protocol_day_text(state.found.day, numbering))
            .replace("%2", threshold)
            .replace("%3", date_text(state.found.day, "d MMM"))
        )
    if state.latest is None:
        return _tr("No %1 count recorded yet.").replace("%1", short_text(state.kind))
    return (
        _tr("Not yet engrafted: latest %1 %2 on %3.")
        .replace("%1", short_text(state.kind))
        .replace("%2", number_text(state.latest.value))
        .replace("%3", protocol_day_text(day_of(state.latest), numbering))
    )


def neutropenia_text(state: NeutropeniaState, zone: str) -> str:
    """Whether the neutropenic period (the strict fever rule's) is open, in one line."""
    if not state.periods:
        return _tr("No neutropenic period: no conditioning and no neutrophil count below 0.5.")
    start, end = state.periods[-1]
    if end is None or state.open_now:
        local = shown_in(start, zone)
        if state.open_now:
            text = _tr(
                "Neutropenic period since %1 %2: any temperature of 38.0 °C or more raises a "
                "red flag until engraftment is recorded or your team says your counts have "
                "recovered."
            )
        else:  # it starts with the conditioning, still to come
            text = _tr(
                "Neutropenic period from %1 %2, with the conditioning: from then, any "
                "temperature of 38.0 °C or more raises a red flag until engraftment is "
                "recorded or your team says your counts have recovered."
            )
        return text.replace("%1", date_text(local.date(), "d MMM")).replace(
            "%2", clock_text(local.time())
        )
    local = shown_in(end, zone)
    when = f"{date_text(local.date(), 'd MMM')} {clock_text(local.time())}"
    if state.ended_by == "recovered":
        return _tr(
            "Neutropenic period ended %1: your team said your counts had recovered."
        ).replace("%1", when)
    return _tr("Neutropenic period ended %1, at neutrophil engraftment.").replace("%1", when)


def latest_text(latest: dict[str, BloodCountEntry], numbering: DayNumbering | None) -> str:
    """ "Latest counts (Day +6): ANC 0.3 ×10⁹/L, platelets 24 ×10⁹/L, haemoglobin 92 g/L"."""
    if not latest:
        return _tr("No blood counts recorded yet.")
    newest = max(latest.values(), key=lambda entry: entry.at)
    parts = [f"{short_text(kind)} {value_text(entry)}" for kind, entry in latest.items()]
    return (
        _tr("Latest counts (%1): %2")
        .replace("%1", protocol_day_text(day_of(newest), numbering))
        .replace("%2", ", ".join(parts))
    )
