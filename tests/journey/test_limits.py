"""Limits with messages (issue 21): a note's length, a document's size, an import's number of
records. Each is a named constant with its reason; past it the entrance refuses with a message
naming the field (or the JSON path, or the file) and the journal is unchanged."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Text

from journey.aftercare import (
    DischargeDetails,
    MedicationDetails,
    MriDetails,
    RatingDetails,
    RelapseDetails,
)
from journey.errors import InvalidInput
from journey.exchange.json_document import ImportRefused, export_document, import_json
from journey.exchange.json_tables import sections
from journey.exchange.json_validation import IMPORT_RECORDS_MAX
from journey.itinerary import PLACE_MAX, ItemDetails
from journey.services import JournalServices
from journey.services.documents import ATTACHMENT_MAX, DueDiligenceAnswer
from journey.services.people import ContactDetails
from journey.services.side_effects import EntryDetails
from journey.validation import ALLERGIES_MAX, NOTE_MAX
from tests.journey.helpers import HOME_ZONE, NOW

TOO_LONG = "x" * (NOTE_MAX + 1)
LONGEST = "x" * NOTE_MAX
UNDER = f"Keep this under {NOTE_MAX} characters."
Call = Callable[[JournalServices, str], Any]


def state(services: JournalServices) -> dict[str, Any]:
    return export_document(services.session_factory, now=NOW)


def _first_document(s: JournalServices) -> int:
    return s.documents.documents()[0].id


def _question(s: JournalServices) -> str:
    return s.due_diligence.items()[0].key


def _rating(s: JournalServices, notes: str) -> Any:
    scale = s.ratings.scales()[0]
    return s.ratings.record(RatingDetails(NOW, HOME_ZONE, ((scale.id, 5.0),), notes=notes))


NOTE_CASES: dict[str, tuple[Call, str]] = {
    "side effect": (
        lambda s, text: s.side_effects.log(
            EntryDetails("Headache", 3, NOW - timedelta(hours=1), HOME_ZONE, notes=text)
        ),
        "notes",
    ),
    "itinerary item": (
        lambda s, text: s.itinerary.add(
            ItemDetails("follow_up", "Visit", datetime(2026, 6, 1, 9), HOME_ZONE, notes=text)
        ),
        "notes",
    ),
    "contact": (lambda s, text: s.contacts.add(ContactDetails("Dr Ruiz", notes=text)), "notes"),
    "document": (lambda s, text: s.documents.set_note(_first_document(s), text), "note"),
    "clinic question": (
        lambda s, text: s.due_diligence.save(_question(s), DueDiligenceAnswer(False, note=text)),
        "note",
    ),
    "rating": (_rating, "notes"),
    "medication": (
        lambda s, text: s.clinical.medications.add(
            MedicationDetails("Aciclovir", date(2026, 5, 1), notes=text)
        ),
        "notes",
    ),
    "relapse": (
        lambda s, text: s.clinical.relapses.add(RelapseDetails(date(2026, 5, 1), symptoms=text)),
        "symptoms",
    ),
    "MRI report": (
        lambda s, text: s.clinical.mris.add(MriDetails(date(2026, 5, 1), report=text)),
        "report",
    ),
    "discharge": (
        lambda s, text: s.clinical.save_discharge(DischargeDetails(instructions=text)),
        "instructions",
    ),
}


@pytest.mark.parametrize("case", list(NOTE_CASES))
def test_a_note_over_the_limit_is_refused_naming_the_field_and_nothing_changes(
    case: str, services: JournalServices
) -> None:
    call, field = NOTE_CASES[case]
    services.documents.documents()  # the checklist's standard lines, written when first read
    before = state(services)

    with pytest.raises(InvalidInput) as refused:
        call(services, TOO_LONG)

    problem = refused.value.for_field(field)
    assert problem is not None, refused.value.problems
    assert problem.english() == UNDER
    assert state(services) == before


@pytest.mark.parametrize("case", list(NOTE_CASES))
def test_a_note_of_exactly_the_limit_is_kept_whole(case: str, services: JournalServices) -> None:
    call, _ = NOTE_CASES[case]
    call(services, LONGEST)
    assert LONGEST in json.dumps(state(services))


def test_an_itinerary_place_is_as_long_as_its_column(services: JournalServices) -> None:
    start = datetime(2026, 6, 1, 9)
    with pytest.raises(InvalidInput) as refused:
        services.itinerary.add(
            ItemDetails("follow_up", "Visit", start, HOME_ZONE, place="p" * (PLACE_MAX + 1))
        )
    assert refused.value.for_field("place") is not None
    assert services.itinerary.items() == []


# --- a JSON journal -------------------------------------------------------------------------

# Free text with no width of its own (SQL "Text"); the two holding JSON are checked as JSON.
HOLDS_JSON = {("custom_protocol", "steps"), ("setting", "value")}
TEXT_COLUMNS = [
    (section.name, column.name)
    for section in sections()
    for column in section.table.columns
    if type(column.type) is Text and (section.name, column.name) not in HOLDS_JSON
]
# Free text with a limit of its own, shorter than a note's.
OWN_LIMITS = {("profile", "allergies"): ALLERGIES_MAX}


def test_every_free_text_column_of_the_journal_is_in_the_table() -> None:
    assert ("side_effect_entry", "notes") in TEXT_COLUMNS
    assert ("profile", "dmt_history") in TEXT_COLUMNS
    assert len(TEXT_COLUMNS) >= 15


@pytest.mark.parametrize(("section", "column"), TEXT_COLUMNS)
def test_a_json_text_over_the_limit_is_refused_by_its_path(
    section: str,
    column: str,
    demo_document: dict[str, Any],
    services: JournalServices,
    tmp_path: Path,
) -> None:
    document = copy.deepcopy(demo_document)
    records = document["journal"][section]
    assert records, f"the demo has no {section} to change"
    records[0][column] = TOO_LONG
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = state(services)

    with pytest.raises(ImportRefused) as refused:
        import_json(services.session_factory, path, merge=True)

    where = f"$.journal.{section}[0].{column}"
    limit = OWN_LIMITS.get((section, column), NOTE_MAX)
    assert str(refused.value) == f"{where}: Keep this under {limit} characters."
    assert state(services) == before


def test_a_json_journal_with_too_many_records_is_refused_before_reading_them(
    demo_document: dict[str, Any], services: JournalServices, tmp_path: Path
) -> None:
    document = copy.deepcopy(demo_document)
    entries = document["journal"]["side_effect_entry"]
    total = sum(len(records) for records in document["journal"].values())
    entries.extend([entries[0]] * (IMPORT_RECORDS_MAX - total + 1))  # ids repeat: never read
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = state(services)

    with pytest.raises(ImportRefused) as refused:
        import_json(services.session_factory, path, merge=True)

    assert str(refused.value) == (
        f"$.journal: holds {IMPORT_RECORDS_MAX + 1:,} records; "
        f"Journey imports at most {IMPORT_RECORDS_MAX:,} at once"
    )
    assert state(services) == before


# --- an attached file -----------------------------------------------------------------------


def _sized(path: Path, size: int) -> Path:
    with path.open("wb") as file:
        file.truncate(size)  # sparse: no disk used, reads as zeros
    return path


def test_a_file_over_the_limit_is_not_copied_and_the_message_says_both_sizes(
    services: JournalServices, tmp_path: Path
) -> None:
    scan = _sized(tmp_path / "whole hospital file.pdf", ATTACHMENT_MAX + 1)
    document = services.documents.documents()[0]

    with pytest.raises(InvalidInput) as refused:
        services.documents.attach(document.id, scan)

    problem = refused.value.for_field("attachment")
    assert problem is not None
    assert problem.english() == (
        "“whole hospital file.pdf” is 50.1 MB; Journey keeps copies of files up to 50 MB. "
        "Attach a smaller scan, or keep this file in your own folders."
    )
    assert services.documents.get(document.id).attachment is None
    folder = services.documents.attachments_folder
    assert not folder.exists() or not any(folder.iterdir())


def test_a_file_of_exactly_the_limit_is_copied(services: JournalServices, tmp_path: Path) -> None:
    scan = _sized(tmp_path / "scan.pdf", ATTACHMENT_MAX)
    document = services.documents.documents()[0]
    attached = services.documents.attach(document.id, scan)
    copied = services.documents.attachment_path(attached)
    assert copied is not None
    assert copied.stat().st_size == ATTACHMENT_MAX
