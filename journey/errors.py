"""Typed errors the domain raises; ``ui`` turns their codes into translated messages.

Every validation failure names the field at fault and carries a machine-readable code plus
the values a message needs, so the form can show the message beside the right field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field of a form."""

    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def english(self) -> str:
        """A plain English sentence, for logs and the command line."""
        template = ENGLISH.get(self.code, self.code)
        return template.format(**self.params)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation under ``context`` and returns it unchanged. Journey never
    imports Qt: ``python -m ui.i18n update`` reads these marks (pyside6-lupdate knows the
    name) and ui.words.messages translates the English where it is shown."""
    return text


# The one wording of each problem code: English here (the command line, logs and imports),
# translated in the window by ui.words.messages under the context "problems". Write it for a
# tired patient: say what is expected, calmly, with an example where one helps.
ENGLISH: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("problems", "This is required."),
    "not_a_number": QT_TRANSLATE_NOOP("problems", "Enter a number, for example 3.5."),
    "not_a_year": QT_TRANSLATE_NOOP("problems", "Enter a year with four digits, for example 2015."),
    "edss_range": QT_TRANSLATE_NOOP("problems", "EDSS goes from 0 to 10."),
    "edss_step": QT_TRANSLATE_NOOP(
        "problems", "EDSS goes in steps of 0.5, for example 3.5 or 4.0."
    ),
    "year_range": QT_TRANSLATE_NOOP("problems", "Enter a year between {min} and {max}."),
    "unknown_choice": QT_TRANSLATE_NOOP("problems", "Choose one of the listed options."),
    "unknown_zone": QT_TRANSLATE_NOOP(
        "problems",
        "“{zone}” is not a place Journey knows the time of. Type a city, for example "
        "Mexico City, and pick from the list.",
    ),
    "nonexistent_time": QT_TRANSLATE_NOOP(
        "problems",
        "{time} does not exist on {date} in {zone}: the clocks jump forward that night. "
        "Choose another time.",
    ),
    "ambiguous_time": QT_TRANSLATE_NOOP(
        "problems",
        "{time} happens twice on {date} in {zone}: the clocks go back that night. "
        "Choose a time outside that hour.",
    ),
    "arrival_after_treatment": QT_TRANSLATE_NOOP(
        "problems", "The treatment cannot start before you arrive."
    ),
    "date_in_future": QT_TRANSLATE_NOOP("problems", "This date is in the future."),
    # journey.timekeeping.date_problem (SPEC §4: dates outside 1900–2200 are refused)
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "problems", "Enter a date between the years {min} and {max}. Check the year."
    ),
    "text_too_long": QT_TRANSLATE_NOOP("problems", "Keep this under {max} characters."),
    "invalid_email": QT_TRANSLATE_NOOP("problems", "This does not look like an e-mail address."),
    "text_size_range": QT_TRANSLATE_NOOP("problems", "Text size goes from {min} % to {max} %."),
    "end_before_start": QT_TRANSLATE_NOOP("problems", "The end is before the start."),
    "shift_breaks_item": QT_TRANSLATE_NOOP("problems", "Moving “{title}” fails: {problem}"),
    "shift_before_arrival": QT_TRANSLATE_NOOP(
        "problems", "This would move “{title}” before the arrival."
    ),
    "protocol_breaks_item": QT_TRANSLATE_NOOP(
        "problems", "“{title}” cannot be laid out: {problem}"
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "problems", "That item no longer exists; it may have been deleted."
    ),
    "nothing_to_save": QT_TRANSLATE_NOOP(
        "problems", "There is nothing in the timeline to save yet."
    ),
    "unknown_airport": QT_TRANSLATE_NOOP(
        "problems",
        "“{code}” is not an airport Journey knows. Type its three-letter code, for example "
        "TIJ, or its city, and pick from the list.",
    ),
    "reminder_range": QT_TRANSLATE_NOOP(
        "problems", "A reminder is at most {days} days before. Choose fewer."
    ),
    "alarm_range": QT_TRANSLATE_NOOP(
        "problems", "A reminder is between 1 hour and {max} hours before."
    ),
    # side effects
    "temperature_range": QT_TRANSLATE_NOOP(
        "problems", "A temperature is between {min} and {max} °{unit}."
    ),
    "severity_range": QT_TRANSLATE_NOOP(
        "problems", "Severity is a whole number from 0 (none) to 10 (worst)."
    ),
    "time_in_future": QT_TRANSLATE_NOOP(
        "problems", "This time is in the future. Check the date and the time."
    ),
    "window_hours_range": QT_TRANSLATE_NOOP(
        "problems", "A watch window lasts between 1 and 168 hours."
    ),
    # contacts, documents and costs
    "invalid_phone": QT_TRANSLATE_NOOP(
        "problems",
        "A phone number has only digits, spaces and + - ( ), for example +52 664 555 0101.",
    ),
    "unknown_currency": QT_TRANSLATE_NOOP(
        "problems",
        "“{code}” is not a currency code Journey knows. Type a three-letter code, for "
        "example USD, CAD or MXN, and pick from the list.",
    ),
    "not_an_amount": QT_TRANSLATE_NOOP(
        "problems", "Enter an amount in figures, for example 1250.50."
    ),
    "amount_negative": QT_TRANSLATE_NOOP("problems", "An amount cannot be below zero."),
    "amount_too_large": QT_TRANSLATE_NOOP(
        "problems", "This amount is too large. Check the number of zeros."
    ),
    "amount_decimals": QT_TRANSLATE_NOOP(
        "problems", "{currency} amounts have at most {digits} digits after the point."
    ),
    "amount_whole": QT_TRANSLATE_NOOP(
        "problems", "{currency} amounts are whole numbers, with nothing after the point."
    ),
    "amount_required": QT_TRANSLATE_NOOP(
        "problems", "Enter an expected amount, an actual amount, or both."
    ),
    "not_a_rate": QT_TRANSLATE_NOOP("problems", "Enter the rate in figures, for example 0.058."),
    "rate_positive": QT_TRANSLATE_NOOP(
        "problems", "A rate is a number above zero, for example 0.058."
    ),
    "rate_too_large": QT_TRANSLATE_NOOP(
        "problems", "This rate is too large. Check the number of zeros."
    ),
    "rate_decimals": QT_TRANSLATE_NOOP("problems", "Use at most {digits} digits after the point."),
    "file_unreadable": QT_TRANSLATE_NOOP("problems", "“{name}” cannot be read, or is not a file."),
    # journey.services.documents.ATTACHMENT_MAX
    "file_too_large": QT_TRANSLATE_NOOP(
        "problems",
        "“{name}” is {size} MB; Journey keeps copies of files up to {max} MB. "
        "Attach a smaller scan, or keep this file in your own folders.",
    ),
    "file_copy_failed": QT_TRANSLATE_NOOP(
        "problems", "“{name}” could not be copied into the journal: {reason}."
    ),
    "standard_document": QT_TRANSLATE_NOOP(
        "problems", "This document is on every checklist; untick it instead."
    ),
    # aftercare
    "rating_range": QT_TRANSLATE_NOOP(
        "problems", "A rating on this scale goes from {min} to {max}."
    ),
    "rating_required": QT_TRANSLATE_NOOP("problems", "Rate at least one scale, then save."),
    "range_order": QT_TRANSLATE_NOOP("problems", "The highest value must be above the lowest."),
    "duplicate_name": QT_TRANSLATE_NOOP(
        "problems", "There is already a scale with this name. Choose another name."
    ),
    "number_too_large": QT_TRANSLATE_NOOP(
        "problems", "This number is too large (at most {max}). Check the zeros."
    ),
    "count_negative": QT_TRANSLATE_NOOP("problems", "A count is 0 or more."),
    "built_in_scale": QT_TRANSLATE_NOOP(
        "problems", "A built-in scale cannot be changed; you can hide it."
    ),
    "range_leaves_out": QT_TRANSLATE_NOOP(
        "problems", "A rating of {value:g} is already stored; the range must still include it."
    ),
    # medications (journey.medications: schedules; the dose from the team, never a default)
    "dose_times_format": QT_TRANSLATE_NOOP(
        "problems", "Enter clock times on a 24-hour clock, for example 08:00 20:00."
    ),
    "dose_times_required": QT_TRANSLATE_NOOP(
        "problems", "Enter at least one time of day, for example 08:00."
    ),
    "dose_times_too_many": QT_TRANSLATE_NOOP("problems", "At most {max} times a day."),
    "dose_times_repeat": QT_TRANSLATE_NOOP("problems", "{time} is there twice."),
    "every_days_range": QT_TRANSLATE_NOOP(
        "problems", "Enter a number of days from 1 to {max}, for example 2."
    ),
    "weekdays_required": QT_TRANSLATE_NOOP("problems", "Tick at least one day of the week."),
    "dose_from_team": QT_TRANSLATE_NOOP("problems", "Enter the dose your team gave you."),
    # blood counts (journey.blood_counts: a value possible only in the other unit is asked
    # about, never converted; the bounds and their reasons are in resources/blood_counts/)
    "count_other_unit_neutrophils": QT_TRANSLATE_NOOP(
        "problems",
        "{entered} is not a possible neutrophil count; did you mean {other} ({converted})?",
    ),
    "count_other_unit_platelets": QT_TRANSLATE_NOOP(
        "problems",
        "{entered} is not a possible platelet count; did you mean {other} ({converted})?",
    ),
    "count_other_unit_white_cells": QT_TRANSLATE_NOOP(
        "problems",
        "{entered} is not a possible white cell count; did you mean {other} ({converted})?",
    ),
    "count_other_unit_lymphocytes": QT_TRANSLATE_NOOP(
        "problems",
        "{entered} is not a possible lymphocyte count; did you mean {other} ({converted})?",
    ),
    "count_other_unit_haemoglobin": QT_TRANSLATE_NOOP(
        "problems", "{entered} is not a possible haemoglobin; did you mean {other} ({converted})?"
    ),
    "count_range": QT_TRANSLATE_NOOP(
        "problems",
        "This is outside what a laboratory reports ({min} to {max}). Check the number and "
        "the unit.",
    ),
}


class InvalidInput(ValueError):
    """Raised by services when input breaks a rule; nothing has been stored."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.english()}" for p in self.problems))

    def for_field(self, name: str) -> Problem | None:
        return next((p for p in self.problems if p.field == name), None)


class JournalError(Exception):
    """The journal cannot be opened as asked. ``code`` says why; ``path`` names the file."""

    code = "journal_error"

    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        self.detail = detail
        super().__init__(self.message())

    def message(self) -> str:
        return f"{self.path}: {self.detail}" if self.detail else str(self.path)


class NotAJournal(JournalError):
    code = "not_a_journal"

    def message(self) -> str:
        return (
            f"{self.path} is not a readable Journey journal"
            f"{' (' + self.detail + ')' if self.detail else ''}. It was left untouched."
        )


class KeysLost(NotAJournal):
    """The journal file does not read as SQLite and journal.keys is missing: an encrypted
    journal whose key file was lost (its recovery key opens it), or a damaged plain one."""

    code = "keys_lost"

    def __init__(self, path: Path) -> None:
        super().__init__(
            path,
            "it is not a SQLite database; if it is an encrypted journal whose journal.keys "
            "was lost, its recovery key opens it",
        )


class NewerJournal(JournalError):
    code = "newer_journal"

    def message(self) -> str:
        return (
            f"{self.path} was written by a newer version of Journey (schema {self.detail}). "
            "Install that version to open it; the file was left untouched."
        )


class UpgradeFailed(JournalError):
    """A schema upgrade failed; it ran in one transaction, so the journal is as it was."""

    code = "upgrade_failed"

    def __init__(self, path: Path, detail: str, backup: Path) -> None:
        self.backup = backup
        super().__init__(path, detail)

    def message(self) -> str:
        return (
            f"Journey could not upgrade {self.path} ({self.detail}). The journal was left as "
            f"it was; a copy from before the attempt is {self.backup}."
        )


class DataDirUnusable(JournalError):
    code = "data_dir_unusable"

    def message(self) -> str:
        return f"The journal folder {self.path} cannot be used: {self.detail}."


class JournalReadOnly(JournalError):
    """The journal file cannot be written by this user (journey.files.read_only): it opens
    read-only, and what would write it is refused, naming the file. ``detail`` says what was
    not done."""

    code = "journal_read_only"

    def message(self) -> str:
        return (
            f"{self.path} is read-only, so {self.detail}. Check the file's permissions, or "
            "copy it somewhere you can write; it was left untouched."
        )


class JournalInUse(JournalError):
    code = "journal_in_use"

    def message(self) -> str:
        return (
            f"The journal in {self.path} is already in use by Journey: a window that is "
            "open, or a command still running. Switch to that window, or wait for the "
            "command to end, then try again."
        )


class RealJournalNotDemo(JournalError):
    code = "real_journal_not_demo"

    def message(self) -> str:
        return f"{self.path} holds a real journal, not the demo; --demo never opens a real journal."


# English wording for CalendarFileError's codes (calendar .ics files, import and export).
CALENDAR_ENGLISH: dict[str, str] = {
    "ics_empty": "The file is empty.",
    "ics_too_large": "The file is {size}; Journey reads calendar files of up to {limit}.",
    "ics_too_many_events": (
        "The file has {count} events; Journey reads up to {limit} events from one file."
    ),
    "ics_not_utf8": (
        "The file is not UTF-8 text (byte {offset} cannot be read); calendar files are UTF-8."
    ),
    "ics_not_icalendar": "This is not an iCalendar file Journey can read: {detail}",
    "ics_missing": "{prop} is missing.",
    "ics_repeated": "{prop} appears more than once.",
    "ics_bad_value": "{prop} cannot be read: “{value}” ({detail}).",
    "ics_bad_line": "a line cannot be read ({detail}).",
    "ics_uid_too_long": "the UID is longer than {max} characters.",
    "ics_duplicate_uid": "event {other} has the same UID; each event needs its own.",
    "ics_unknown_zone": (
        "{prop} is in the time zone “{zone}”, which is not an IANA time zone this computer "
        "knows, and the file does not define it (no VTIMEZONE)."
    ),
    "ics_mixed_value_types": "{prop} and DTSTART must both be dates, or both dates with times.",
    "ics_end_and_duration": "DTEND and DURATION are both given; an event has one or the other.",
    "ics_end_before_start": "{prop} ({end}) is before DTSTART ({start}).",
    "ics_too_many_occurrences": (
        "it repeats more than {limit} times ({prop}); Journey imports up to {limit} "
        "occurrences of repeating events from one file. Shorten the series in your calendar "
        "app, or export only the weeks of the trip."
    ),
    "ics_too_many_occurrences_in_file": (
        "with its repeats ({prop}) the file holds more than {limit} occurrences of repeating "
        "events ({before} before this event); Journey imports up to {limit} from one file. "
        "Export only the weeks of the trip."
    ),
    "ics_cannot_repeat": (
        "its repeats ({prop}) cannot be worked out into dates; check the rule in your calendar app."
    ),
    "ics_calendar_zone": (
        "the calendar's time zone ({prop} “{zone}”) cannot be applied to its times."
    ),
    "ics_item_problem": "{prop}: {problem}",
    "ics_date_out_of_range": "{prop} ({value}): {problem}",
    "ics_cannot_read": "The file cannot be read: {detail}.",
    "ics_cannot_write": "The file cannot be written: {detail}. Nothing was written.",
}


@dataclass(frozen=True)
class EventRef:
    """Which event of a calendar file: its number in the file (from 1), UID and SUMMARY."""

    number: int
    uid: str = ""
    summary: str = ""

    def english(self) -> str:
        named = [f"UID {self.uid}" if self.uid else "", f"“{self.summary}”" if self.summary else ""]
        details = ", ".join(part for part in named if part)
        return f"event {self.number}" + (f" ({details})" if details else "")


class CalendarFileError(ValueError):
    """A calendar (.ics) file cannot be imported, or written; nothing was changed.

    ``code`` says what is wrong (a key of ``CALENDAR_ENGLISH``) and ``params`` hold the values
    its message needs; ``event`` names the event at fault and ``prop`` the iCalendar property
    (DTSTART, UID…) when the problem lies in one event; ``path`` names the file.
    """

    def __init__(
        self,
        code: str,
        params: dict[str, Any] | None = None,
        *,
        event: EventRef | None = None,
        prop: str | None = None,
        path: Path | None = None,
    ) -> None:
        self.code = code
        self.params: dict[str, Any] = dict(params or {})
        if prop is not None:
            self.params.setdefault("prop", prop)
        self.event = event
        self.prop = prop
        self.path = path
        super().__init__(self.message())

    def detail(self) -> str:
        """What is wrong, without saying where."""
        template = CALENDAR_ENGLISH.get(self.code, self.code)
        return template.format(**self.params)

    def message(self) -> str:
        """One line: the file, the event, what is wrong."""
        where = [str(self.path)] if self.path is not None else []
        if self.event is not None:
            where.append(self.event.english())
        detail = self.detail()
        return f"{', '.join(where)}: {detail}" if where else detail

    def at(self, path: Path) -> CalendarFileError:
        """The same error, naming the file it is about."""
        return CalendarFileError(
            self.code, self.params, event=self.event, prop=self.prop, path=path
        )


# --- encryption (journey.cipher) ----------------------------------------------------------


class WrongPassphrase(JournalError):
    """The passphrase (or recovery key) does not open the journal. From the keys file alone a
    wrong passphrase cannot be told from a damaged file, so the message says both."""

    def message(self) -> str:
        return f"Wrong passphrase or damaged file: {self.path}"


class BadRecoveryKey(ValueError):
    """What was typed is not a recovery key (a letter wrong or missing)."""


class EncryptionFailed(JournalError):
    def message(self) -> str:
        return f"The journal was not encrypted ({self.detail}); it is unchanged: {self.path}"


class Cancelled(Exception):
    """The user cancelled slow work (an export, an import); nothing it wrote was left behind
    and nothing was stored."""


class StorageFailed(Exception):
    """SQLite could not write the journal (a full disk, a read-only or failing drive, another
    program holding it): the whole unit of work was rolled back, nothing of it was stored.
    ``reason`` is one of STORAGE_REASONS; raised in place of the driver's error by the engine
    (journey.db)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(STORAGE_REASONS[reason])


STORAGE_REASONS = {
    "full": "The disk is full, so nothing was saved. Free some space and save again.",
    "read_only": "The journal's folder cannot be written to, so nothing was saved.",
    # The journal file itself cannot be written (journey.db: a read-only journal).
    "read_only_journal": "This journal is read-only, so nothing was saved: the file "
    "journal.sqlite3 cannot be written.",
    "io": "The disk reported an error while saving, so nothing was saved. Try again; if it "
    "keeps happening, copy the journal folder somewhere safe.",
    "busy": "Another program is holding the journal, so nothing was saved. Try again in a moment.",
}
