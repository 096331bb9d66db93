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
    "not_found": "That item no longer exists.",
    "nothing_to_save": "There is nothing in the timeline to save yet.",
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
