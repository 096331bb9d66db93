"""The user's words for the domain's problem codes, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey.errors import Problem, StorageFailed


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
        "end_before_start": _tr("The end is before the start."),
        "shift_breaks_item": _tr("Moving “{title}” fails: {problem}"),
        "shift_before_arrival": _tr("This would move “{title}” before the arrival."),
        "protocol_breaks_item": _tr("“{title}” cannot be laid out: {problem}"),
        "not_found": _tr("That item no longer exists; it may have been deleted."),
        "nothing_to_save": _tr("There is nothing in the timeline to save yet."),
        "alarm_range": _tr("A reminder is between 1 hour and {max} hours before."),
        # contacts, documents and costs
        "invalid_phone": _tr(
            "A phone number has only digits, spaces and + - ( ), for example +52 664 555 0101."
        ),
        "unknown_currency": _tr(
            "“{code}” is not a currency code Journey knows. Type a three-letter code, for "
            "example USD, CAD or MXN, and pick from the list."
        ),
        "not_an_amount": _tr("Enter an amount in figures, for example 1250.50."),
        "amount_negative": _tr("An amount cannot be below zero."),
        "amount_too_large": _tr("This amount is too large. Check the number of zeros."),
        "amount_decimals": _tr("{currency} amounts have at most {digits} digits after the point."),
        "amount_whole": _tr("{currency} amounts are whole numbers, with nothing after the point."),
        "amount_required": _tr("Enter an expected amount, an actual amount, or both."),
        "not_a_rate": _tr("Enter the rate in figures, for example 0.058."),
        "rate_positive": _tr("A rate is a number above zero, for example 0.058."),
        "rate_too_large": _tr("This rate is too large. Check the number of zeros."),
        "rate_decimals": _tr("Use at most {digits} digits after the point."),
        "file_unreadable": _tr("“{name}” cannot be read, or is not a file."),
        "file_copy_failed": _tr("“{name}” could not be copied into the journal: {reason}."),
        "standard_document": _tr("This document is on every checklist; untick it instead."),
        # side effects
        "temperature_range": _tr("A temperature is between {min} and {max} °{unit}."),
        "severity_range": _tr("Severity is a whole number from 0 (none) to 10 (worst)."),
        "time_in_future": _tr("This time is in the future. Check the date and the time."),
        "window_hours_range": _tr("A watch window lasts between 1 and 168 hours."),
        # aftercare
        "rating_range": _tr("A rating on this scale goes from {min} to {max}."),
        "rating_required": _tr("Rate at least one scale, then save."),
        "range_order": _tr("The highest value must be above the lowest."),
        "duplicate_name": _tr("There is already a scale with this name. Choose another name."),
        "number_too_large": _tr("This number is too large (at most {max}). Check the zeros."),
        "count_negative": _tr("A count is 0 or more."),
        "built_in_scale": _tr("A built-in scale cannot be changed; you can hide it."),
        "range_leaves_out": _tr(
            "A rating of {value:g} is already stored; the range must still include it."
        ),
    }
    template = templates.get(problem.code)
    return template.format(**problem.params) if template else problem.english()


def storage_text(error: StorageFailed, *, in_a_dialog: bool = True) -> str:
    """Why a save did not happen: in the dialog that keeps what was typed, or (not
    ``in_a_dialog``) in a message over the page, whose own fields still hold it."""
    texts = {
        "full": _tr("The disk is full, so nothing was saved. Free some space and save again."),
        "read_only": _tr("The journal's folder cannot be written to, so nothing was saved."),
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
