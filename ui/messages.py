"""The user's words for the domain's problem codes, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey.errors import Problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("problems", text)


def problem_text(problem: Problem) -> str:
    """What to show beside the field. Falls back to the domain's English wording."""
    templates = {
        "required": _tr("This is required."),
        "not_a_number": _tr("Enter a number, for example 3.5."),
        "not_a_year": _tr("Enter a year with four digits, for example 2015."),
        "edss_range": _tr("EDSS goes from 0 to 10."),
        "edss_step": _tr("EDSS goes in steps of 0.5, for example 3.5 or 4.0."),
        "year_range": _tr("Enter a year between {min} and {max}."),
        "unknown_choice": _tr("Choose one of the listed options."),
        "unknown_zone": _tr(
            "“{zone}” is not a time zone Journey knows. Type a city, for example "
            "Mexico_City, and pick from the list."
        ),
        "nonexistent_time": _tr(
            "{time} does not exist on {date} in {zone}: the clocks jump forward that night. "
            "Choose another time."
        ),
        "ambiguous_time": _tr(
            "{time} happens twice on {date} in {zone}: the clocks go back that night. "
            "Choose a time outside that hour."
        ),
        "arrival_after_treatment": _tr("The treatment cannot start before you arrive."),
        "date_in_future": _tr("This date is in the future."),
        "text_too_long": _tr("Keep this under {max} characters."),
        "invalid_email": _tr("This does not look like an e-mail address."),
        "text_size_range": _tr("Text size goes from {min} % to {max} %."),
    }
    template = templates.get(problem.code)
    return template.format(**problem.params) if template else problem.english()
