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


# English wording for the command line and logs. The UI has its own translated table.
ENGLISH: dict[str, str] = {
    "required": "This is required.",
    "not_a_number": "Enter a number.",
    "not_a_year": "Enter a year with four digits.",
    "edss_range": "EDSS is between 0 and 10.",
    "edss_step": "EDSS goes in steps of 0.5 (for example 3.5).",
    "year_range": "Enter a year between {min} and {max}.",
    "unknown_choice": "Choose one of the listed options.",
    "unknown_zone": "“{zone}” is not a known time zone (for example America/Mexico_City).",
    "nonexistent_time": "{time} does not exist on {date} in {zone}: the clocks jump forward.",
    "ambiguous_time": "{time} happens twice on {date} in {zone}: the clocks go back.",
    "arrival_after_treatment": "Arrival must not be after the treatment starts.",
    "date_in_future": "This date is in the future.",
    "text_too_long": "Keep this under {max} characters.",
    "invalid_email": "This does not look like an e-mail address.",
    "text_size_range": "Text size is between {min} % and {max} %.",
    "end_before_start": "The end is before the start.",
    "shift_breaks_item": "Moving “{title}” fails: {problem}",
    "shift_before_arrival": "This would move “{title}” before the arrival.",
    "protocol_breaks_item": "“{title}” cannot be laid out: {problem}",
    "not_found": "That item no longer exists.",
    "nothing_to_save": "There is nothing in the timeline to save yet.",
    "alarm_range": "A reminder is between 1 hour and {max} hours before.",
    # side effects
    "temperature_range": "A temperature is between {min} and {max} °{unit}.",
    "severity_range": "Severity goes from 0 to 10.",
    "time_in_future": "This time is in the future.",
    "window_hours_range": "A watch window lasts between 1 and 168 hours.",
    # contacts, documents and costs
    "invalid_phone": "A phone number has digits, spaces and + - ( ) only.",
    "unknown_currency": "“{code}” is not a currency code Journey knows (for example USD, MXN).",
    "not_an_amount": "Enter an amount, for example 1250.50.",
    "amount_negative": "An amount cannot be below zero.",
    "amount_too_large": "This amount is too large.",
    "amount_decimals": "{currency} amounts have at most {digits} digits after the point.",
    "amount_whole": "{currency} amounts are whole numbers.",
    "amount_required": "Enter an expected or an actual amount.",
    "not_a_rate": "Enter the rate in figures, for example 0.058.",
    "rate_positive": "A rate is a number above zero.",
    "rate_too_large": "This rate is too large.",
    "rate_decimals": "Use at most {digits} digits after the point.",
    "file_unreadable": "“{name}” cannot be read, or is not a file.",
    "file_copy_failed": "“{name}” could not be copied into the journal: {reason}.",
    "standard_document": "A standard document stays on the list; untick it instead.",
    # aftercare
    "rating_range": "A rating on this scale is between {min} and {max}.",
    "rating_required": "Rate at least one scale.",
    "range_order": "The highest value must be above the lowest.",
    "duplicate_name": "There is already a scale with this name.",
    "number_too_large": "This number is too large (at most {max}).",
    "count_negative": "A count cannot be below zero.",
    "built_in_scale": "A built-in scale cannot be changed; hide it instead.",
    "range_leaves_out": "A rating of {value:g} is already stored outside this range.",
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


class JournalInUse(JournalError):
    code = "journal_in_use"

    def message(self) -> str:
        return (
            f"The journal in {self.path} is already open in another Journey window. "
            "Switch to that window, or close it first."
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
    "ics_repeating": (
        "it repeats ({prop}); Journey imports single events, so export the occurrences one by one."
    ),
    "ics_item_problem": "{prop}: {problem}",
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
    "io": "The disk reported an error while saving, so nothing was saved. Try again; if it "
    "keeps happening, copy the journal folder somewhere safe.",
    "busy": "Another program is holding the journal, so nothing was saved. Try again in a moment.",
}
