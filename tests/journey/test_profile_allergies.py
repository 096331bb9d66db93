"""Allergies and blood type in the patient's profile (issue 20, part 5): stored, checked,
exported and imported, shared with the other computer. Nothing here imports Qt."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from journey.dto import BLOOD_TYPES, CourseData, ProfileData
from journey.errors import InvalidInput
from journey.exchange.json_document import ImportRefused, export_document, import_document
from journey.journal import Journal
from journey.services import JournalServices
from journey.validation import ALLERGIES_MAX
from tests.journey.helpers import NOW
from tests.journey.test_exchange_json import fresh_journal
from tests.journey.test_sync_apply import Replica, sync


def test_allergies_and_blood_type_are_stored_and_read_back(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    services.onboarding.complete(profile, course, None)
    assert services.profile.get() == profile  # not entered
    assert (profile.allergies, profile.blood_type) == ("", "")

    services.profile.save(
        replace(profile, allergies=" Latex (hives)\nIodine contrast ", blood_type="AB-")
    )

    stored = services.profile.get()
    assert stored is not None
    assert stored.allergies == "Latex (hives)\nIodine contrast"  # spaces around trimmed
    assert stored.blood_type == "AB-"


def test_the_blood_type_is_one_of_the_choices_or_not_entered(
    services: JournalServices, profile: ProfileData
) -> None:
    assert BLOOD_TYPES == ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")
    for blood_type in ("", *BLOOD_TYPES):
        assert services.profile.check(replace(profile, blood_type=blood_type)) == []
    for wrong in ("O", "0+", "o+", "A−", "AB+ "):
        problems = services.profile.check(replace(profile, blood_type=wrong))
        assert [(p.field, p.code) for p in problems] == [("blood_type", "unknown_choice")]


def test_allergies_longer_than_the_card_and_report_allow_are_refused(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    services.onboarding.complete(profile, course, None)
    assert services.profile.check(replace(profile, allergies="x" * ALLERGIES_MAX)) == []
    with pytest.raises(InvalidInput) as refused:
        services.profile.save(replace(profile, allergies="x" * (ALLERGIES_MAX + 1)))
    problem = refused.value.for_field("allergies")
    assert problem is not None
    assert problem.english() == "Keep this under 1000 characters."
    assert services.profile.get() == profile


def test_the_json_document_keeps_allergies_and_blood_type(
    demo_document: dict[str, Any], empty_journal: Journal
) -> None:
    [record] = demo_document["journal"]["profile"]
    assert (record["allergies"], record["blood_type"]) == ("Penicillin (rash)", "O+")

    import_document(empty_journal.session_factory, demo_document)

    again = export_document(empty_journal.session_factory, now=NOW)
    assert again["journal"]["profile"] == demo_document["journal"]["profile"]


def test_an_export_from_before_allergies_imports_them_as_not_entered(
    demo_document: dict[str, Any], empty_journal: Journal
) -> None:
    document = copy.deepcopy(demo_document)
    [record] = document["journal"]["profile"]
    del record["allergies"], record["blood_type"]

    import_document(empty_journal.session_factory, document)

    [restored] = export_document(empty_journal.session_factory, now=NOW)["journal"]["profile"]
    assert (restored["allergies"], restored["blood_type"]) == ("", "")
    assert restored["name"] == record["name"]


def test_a_json_blood_type_outside_the_choices_is_refused_by_its_path(
    demo_document: dict[str, Any], empty_journal: Journal
) -> None:
    document = copy.deepcopy(demo_document)
    document["journal"]["profile"][0]["blood_type"] = "O positive"
    with pytest.raises(ImportRefused) as refused:
        import_document(empty_journal.session_factory, document)
    assert refused.value.path == "$.journal.profile[0].blood_type"


def test_allergies_and_blood_type_travel_to_the_other_computer(
    template_folder: Path, tmp_path: Path, profile: ProfileData, course: CourseData
) -> None:
    patient = Replica(template_folder, tmp_path / "patient")
    companion = Replica(template_folder, tmp_path / "companion")
    try:
        patient.services.onboarding.complete(profile, course, None)
        sync(patient, companion)
        theirs = companion.services.profile.get()
        assert theirs is not None
        assert (theirs.allergies, theirs.blood_type) == ("", "")

        companion.services.profile.save(
            replace(theirs, allergies="Penicillin (rash)", blood_type="O+")
        )
        sync(patient, companion)
        mine = patient.services.profile.get()
        assert mine is not None
        assert (mine.allergies, mine.blood_type) == ("Penicillin (rash)", "O+")
        assert patient.contents() == companion.contents()
    finally:
        patient.close()
        companion.close()


@pytest.fixture
def empty_journal(template_folder: Path) -> Iterator[Journal]:
    with fresh_journal(template_folder) as (journal, _):
        yield journal
