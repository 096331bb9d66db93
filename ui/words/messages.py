"""The user's words for the domain's problem codes, translated.

Each code is worded once, in English, in journey.errors.ENGLISH (the command line uses it as
it is); the window translates that wording where it shows it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey.errors import ENGLISH, Problem, StorageFailed
from journey.timekeeping import known_zones


def _tr(text: str) -> str:
    """``text`` in the interface's language; journey.errors marks its wordings under the same
    context ("problems")."""
    return QCoreApplication.translate("problems", text)


def problem_text(problem: Problem) -> str:
    """What to show beside the field: the domain's one wording of the problem
    (journey.errors.ENGLISH, marked there for translation under "problems"), translated,
    then its {fields} filled in. A code with no wording shows the domain's fallback."""
    template = ENGLISH.get(problem.code)
    if template is None:
        return problem.english()
    params = dict(problem.params)
    zone = params.get("zone")
    if isinstance(zone, str) and zone in known_zones():  # a place, never "America/Toronto"
        from ui.words.itinerary import place_of

        params["zone"] = place_of(zone)
    return _tr(template).format(**params)


def storage_text(error: StorageFailed, *, in_a_dialog: bool = True) -> str:
    """Why a save did not happen: in the dialog that keeps what was typed, or (not
    ``in_a_dialog``) in a message over the page, whose own fields still hold it."""
    texts = {
        "full": _tr("The disk is full, so nothing was saved. Free some space and save again."),
        "read_only": _tr("The journal's folder cannot be written to, so nothing was saved."),
        "read_only_journal": _tr(
            "This journal is read-only, so nothing was saved: the file journal.sqlite3 "
            "cannot be written."
        ),
        "io": _tr(
            "The disk reported an error while saving, so nothing was saved. Try again; if it "
            "keeps happening, copy the journal folder somewhere safe."
        ),
        "busy": _tr(
            "Another program is holding the journal, so nothing was saved. Try again in a moment."
        ),
    }
    reason = "⚠ " + texts.get(error.reason, str(error))
    return reason + " " + _tr("What you typed is kept here.") if in_a_dialog else reason
