"""The itinerary's shipped texts: every built-in protocol step and follow-up step, by its
English title (the key an item laid out from it keeps, journey.itinerary.ItemDetails.text_key)
with its English notes. The window shows both in its language (ui.words.itinerary)."""

from __future__ import annotations

from functools import cache


@cache
def shipped_notes() -> dict[str, str]:
    """English title → the English notes laid out with it ("" for none)."""
    from journey.aftercare import follow_up_plan
    from journey.protocols import BUILT_IN, builtin_template

    notes: dict[str, str] = {}
    for key in BUILT_IN:
        for step in builtin_template(key).steps:
            notes.setdefault(step.title, step.notes)
    for protocol in BUILT_IN:
        for raw in follow_up_plan(protocol):
            notes.setdefault(str(raw["title"]), str(raw["source"]))
    return notes
