"""Two computers sharing one journey through a folder a sync tool moves (issue 16): the
patient shares, the companion joins with the code, both work apart and sync; the folder never
holds their health data in the clear; bad files are refused whole."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import datetime

import pytest

from journey.itinerary import ItemDetails
from journey.services import JournalServices
from journey.settings import RECORDED_BY
from journey.sync.service import SharingError
from journey.timekeeping import Clock
from tests.journey.computers import (
    SECRET_NOTE,
    Computer,
    onboard,
    shared_and_joined,
    symptom_entry,
    sync_round,
)
from tests.journey.helpers import HOME_ZONE, NOW
from tests.journey.sync_tool import FakeSyncTool


def test_the_companion_joins_with_the_code_and_starts_from_the_patients_journal(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    shared_and_joined(computers)
    assert companion.services.profile.get().name == "Elena Ramírez"
    assert companion.symptoms() == [("Headache", SECRET_NOTE)]
    assert companion.services.onboarding.is_complete()
    (peer,) = companion.sharing.status().peers
    assert (peer.card.name, peer.card.person) == ("Elena's laptop", "patient")
    # "Recorded by" follows whose computer it is, and stays on each.
    assert companion.services.settings.get(RECORDED_BY) == "companion"
    assert patient.services.settings.get(RECORDED_BY) == "patient"


def test_planning_and_logging_apart_then_syncing_leaves_both_with_everything(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    flight = companion.services.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight Toronto → San Diego",
            start=datetime(2026, 6, 1, 8, 15),
            zone="America/Toronto",
            responsible="companion",
        )
    )
    patient.services.side_effects.log(symptom_entry("Nausea", "after the flight"))
    sync_round(tool, patient, companion)
    for computer in computers:
        assert computer.symptoms() == [("Headache", SECRET_NOTE), ("Nausea", "after the flight")]
        titles = [i.details.title for i in computer.services.itinerary.items()]
        assert titles.count("Flight Toronto → San Diego") == 1
    # both edit the flight's notes while apart: one kept, the other to choose
    (mine,) = [i for i in patient.services.itinerary.items() if i.details.kind == "flight"]
    patient.services.itinerary.update(mine.id, replace(mine.details, notes="Seat 12A"))
    companion.services.itinerary.update(flight.id, replace(flight.details, notes="Gate 34"))
    sync_round(tool, patient, companion)
    notes = {
        c: [i.details.notes for i in c.services.itinerary.items() if i.details.kind == "flight"]
        for c in computers
    }
    assert notes[patient] == notes[companion]
    assert patient.sharing.status().conflicts == companion.sharing.status().conflicts == 1
    report = patient.sharing.sync()
    assert (report.received, report.sent) == (0, 0)  # nothing new: nothing moves


def test_the_shared_folder_never_holds_health_data_in_the_clear(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    companion.services.side_effects.log(
        symptom_entry("Fatigue", "slept all afternoon", "companion")
    )
    sync_round(tool, patient, companion)
    assert ("Fatigue", "slept all afternoon") in patient.symptoms()
    for root in (patient.shared, companion.shared):
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for secret in (SECRET_NOTE, "slept all afternoon", "Elena Ramírez", "Headache"):
                    assert secret.encode() not in data, (path, secret)


def test_a_tampered_batch_is_refused_whole_and_said(computers: tuple[Computer, Computer]) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    companion_folder = (
        patient.shared / "Journey" / "devices" / companion.sharing.status().me.device_id
    )
    before = set(companion_folder.glob("*.batch"))
    companion.services.side_effects.log(symptom_entry("Rash", "arms", "companion"))
    companion.sharing.sync()
    tool.deliver_all()
    (batch,) = set(companion_folder.glob("*.batch")) - before
    data = bytearray(batch.read_bytes())
    data[-20] ^= 0xFF
    batch.write_bytes(bytes(data))
    report = patient.sharing.sync()
    assert report.received == 0
    assert any("was not applied" in w for w in report.warnings)
    assert ("Rash", "arms") not in patient.symptoms()


def test_a_code_with_a_typo_or_for_an_empty_folder_says_so(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    onboard(patient.services)
    code, _ = patient.sharing.init(patient.shared, "Elena's laptop", "patient")
    typo = code[:-3] + ("A" if code[-3] != "A" else "B") + code[-2:]
    with pytest.raises(SharingError, match="invitation code"):
        companion.sharing.join(companion.shared, typo, "Tomás's laptop", "companion")
    with pytest.raises(SharingError):  # the sync tool has not brought anything yet
        companion.sharing.join(companion.shared, code, "Tomás's laptop", "companion")
    assert not companion.sharing.is_shared()
    assert companion.services.profile.get() is None


def test_sharing_twice_or_joining_a_journal_with_a_journey_is_refused(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    tool = FakeSyncTool([patient.shared, companion.shared])
    onboard(patient.services)
    code, _ = patient.sharing.init(patient.shared, "Elena's laptop", "patient")
    with pytest.raises(SharingError, match="already shared"):
        patient.sharing.init(patient.shared, "Elena's laptop", "patient")
    tool.deliver_all()
    onboard(companion.services)
    with pytest.raises(SharingError, match="already has a journey"):
        companion.sharing.join(companion.shared, code, "Tomás's laptop", "companion")


def test_changes_from_a_newer_journey_are_kept_until_this_one_can_read_them(
    computers: tuple[Computer, Computer], monkeypatch: pytest.MonkeyPatch
) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    companion.services.side_effects.log(symptom_entry("Rash", "arms", "companion"))
    with monkeypatch.context() as newer:  # the companion's Journey was updated first
        newer.setattr("journey.sync.service.schema_revision", lambda: "0099_future")
        companion.sharing.sync()
    tool.deliver_all()
    report = patient.sharing.sync()
    assert report.warnings == [
        "Update Journey on this computer to read Tomás's laptop's latest changes"
    ]
    assert (report.received, report.kept_back) == (0, 1)
    assert ("Rash", "arms") not in patient.symptoms()
    from journey.sync import service

    known = service.known_revisions()
    monkeypatch.setattr(service, "known_revisions", lambda: known | {"0099_future"})
    report = patient.sharing.sync()  # this computer updated: nothing was dropped
    assert report.warnings == []
    assert ("Rash", "arms") in patient.symptoms()


def test_a_clock_more_than_a_day_ahead_is_applied_with_a_warning(
    computers: tuple[Computer, Computer],
) -> None:
    from time import time_ns

    from journey.db import make_session_factory
    from journey.outbox import install

    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    fast = make_session_factory(companion.journal.engine)
    install(fast, wall_ms=lambda: time_ns() // 1_000_000 + int(49.5 * 3600 * 1000))
    JournalServices.build(fast, Clock(HOME_ZONE, fixed_now=NOW)).side_effects.log(
        symptom_entry("Dizziness", "standing up", "companion")
    )
    companion.sharing.sync()
    tool.deliver_all()
    report = patient.sharing.sync()
    assert ("Dizziness", "standing up") in patient.symptoms()
    (warning,) = report.warnings
    assert warning.startswith("Tomás's laptop's clock is 49 hours ahead of this computer's")


def test_a_shared_folder_that_is_gone_or_holds_another_journey_is_said(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    onboard(patient.services)
    patient.sharing.init(patient.shared, "Elena's laptop", "patient")
    onboard(companion.services)
    with pytest.raises(SharingError, match="another journey"):
        companion.sharing.init(patient.shared, "Tomás's laptop", "companion")
    shutil.rmtree(patient.shared)  # the USB stick is not plugged in
    with pytest.raises(SharingError, match=str(patient.shared.name)):
        patient.sharing.sync()
    assert patient.sharing.is_shared()


def test_a_batch_from_an_older_journey_is_applied(
    computers: tuple[Computer, Computer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A computer not yet updated (its batches name the schema before sharing's, 0008, whose
    tables are the same as today's) still shares: its changes are applied."""
    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    with monkeypatch.context() as older:
        older.setattr("journey.sync.service.schema_revision", lambda: "0008_medication_schedules")
        companion.services.side_effects.log(symptom_entry("Cough", "dry", "companion"))
        companion.sharing.sync()
    tool.deliver_all()
    report = patient.sharing.sync()
    assert (report.received, report.warnings) == (2, [])  # the symptom's row and the entry
    assert ("Cough", "dry") in patient.symptoms()


def test_a_removed_device_gets_nothing_more_and_is_not_heard(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    with pytest.raises(SharingError, match="no one device"):
        patient.sharing.remove("Carlos's laptop")
    removed = patient.sharing.remove("tomás's laptop")  # the laptop was lost
    assert removed.name == "Tomás's laptop"
    assert patient.sharing.status().peers == ()
    patient.services.side_effects.log(symptom_entry("Cough", "after removal"))
    companion.services.side_effects.log(symptom_entry("Rash", "from the lost laptop", "companion"))
    sync_round(tool, patient, companion)
    assert ("Cough", "after removal") not in companion.symptoms()
    assert ("Rash", "from the lost laptop") not in patient.symptoms()
    assert patient.sharing.status().peers == ()  # its card in the folder pairs it no more


def test_a_batch_deleting_most_of_a_kind_of_record_asks_first(
    computers: tuple[Computer, Computer],
) -> None:
    from journey.services.people import ContactDetails

    patient, companion = computers
    tool = shared_and_joined(computers)
    for name in ("Lupita", "Jorge", "Hotel", "Dr. Molina"):
        patient.services.contacts.add(ContactDetails(name=name, role="other"))
    sync_round(tool, patient, companion)
    companion.services.side_effects.log(symptom_entry("Nausea", "", "companion"))
    companion.sharing.sync()  # a batch before the deletion's, applied in the same pass
    # 5 contacts: the 4 and the companion the set-up wizard put on People.
    assert len(patient.services.contacts.contacts()) == 5
    for contact in companion.services.contacts.contacts()[:3]:  # 3 of 5: 60 %
        companion.services.contacts.delete(contact.id)
    companion.sharing.sync()
    tool.deliver_all()
    report = patient.sharing.sync()
    assert report.warnings == [
        "Tomás's laptop's changes would delete 3 of the 5 rows of contact here: nothing from "
        "it was applied; `journey sync --allow-deletions` accepts them"
    ]
    assert (report.received, report.kept_back) == (2, 1)  # the nausea (and its symptom) only
    assert report.held == [("Tomás's laptop", "contact", 3, 5)]  # for the window to ask
    assert len(patient.services.contacts.contacts()) == 5
    accepted = patient.sharing.sync(allow_deletions=True)
    assert (accepted.received, accepted.warnings) == (3, [])
    assert len(patient.services.contacts.contacts()) == 2


def test_deleting_a_few_records_does_not_ask(computers: tuple[Computer, Computer]) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    for symptom in ("Nausea", "Fatigue", "Chills"):
        patient.services.side_effects.log(symptom_entry(symptom))
    sync_round(tool, patient, companion)
    for entry in companion.services.side_effects.entries()[:2]:  # 2 of 4: under 3 rows
        companion.services.side_effects.delete(entry.id)
    sync_round(tool, patient, companion)
    assert len(patient.services.side_effects.entries()) == 2


def test_every_travelling_table_says_what_it_changes_for_the_pages() -> None:
    """Another computer's changes refresh the pages that show them: every table that travels
    is named in journey.changes, so none falls back to refreshing everything unseen."""
    from journey.changes import TABLE_CHANGES
    from journey.outbox import travelling_tables

    assert {t.name for t in travelling_tables()} == set(TABLE_CHANGES)


def test_every_row_saved_together_reaches_the_other_computer(
    computers: tuple[Computer, Computer],
) -> None:
    """A rating form saves one set and a rating per scale in one go: each row's change has a
    stamp of its own, so the other computer takes them all, not the first alone."""
    from journey.aftercare import RatingDetails

    patient, companion = computers
    tool = shared_and_joined(computers)
    ids = {scale.key: scale.id for scale in patient.services.ratings.scales()}
    values = ((ids["energy"], 6.0), (ids["fatigue"], 7.0), (ids["pain"], 3.0))
    patient.services.ratings.record(RatingDetails(NOW, HOME_ZONE, tuple(sorted(values))))
    sync_round(tool, patient, companion)
    (there,) = companion.services.ratings.ratings()
    names = {scale.id: scale.key for scale in companion.services.ratings.scales()}
    assert sorted((names[i], v) for i, v in there.details.values) == [
        ("energy", 6.0),
        ("fatigue", 7.0),
        ("pain", 3.0),
    ]


def test_the_checklist_laid_out_on_both_computers_is_one_checklist(
    computers: tuple[Computer, Computer],
) -> None:
    """Each computer adds the standard document lines the first time its checklist is shown:
    a line of each kind is the same line on both, so after syncing there is one of each, and
    a tick made on either is the tick on both."""
    patient, companion = computers
    tool = shared_and_joined(computers)
    mine = patient.services.documents.documents()
    theirs = companion.services.documents.documents()
    sync_round(tool, patient, companion)
    for computer in computers:
        kinds = [line.kind for line in computer.services.documents.documents()]
        assert kinds == [line.kind for line in mine] == [line.kind for line in theirs]
    passport = next(line for line in theirs if line.kind == "passport")
    companion.services.documents.set_done(passport.id, True)
    sync_round(tool, patient, companion)
    assert next(d for d in patient.services.documents.documents() if d.kind == "passport").done


def test_a_pass_that_applied_changes_tells_the_open_pages(
    computers: tuple[Computer, Computer],
) -> None:
    """The window refreshes what another computer changed: a pass tells the journal's feed
    the kinds of record it touched, as a write through the services does."""
    from journey.changes import Change

    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    told: list[Change] = []
    patient.services.changes.subscribe(told.append)
    companion.services.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight Toronto → San Diego",
            start=datetime(2026, 6, 1, 8, 15),
            zone="America/Toronto",
            responsible="companion",
        )
    )
    companion.sharing.sync()
    tool.deliver_all()
    patient.services.sharing.sync()
    assert len(told) == 1
    assert Change.ITINERARY in told[0]
    assert Change.SIDE_EFFECTS not in told[0]
    patient.services.sharing.sync()  # nothing new: nobody is told
    assert len(told) == 1


def test_saying_no_to_a_large_deletion_keeps_the_rows_on_both_computers(
    computers: tuple[Computer, Computer],
) -> None:
    """No to "delete these entries here too?": the batch is applied and the rows it deleted
    come back, on both computers; the other computer's later changes flow again."""
    from journey.services.people import ContactDetails

    patient, companion = computers
    tool = shared_and_joined(computers)
    for name in ["Dr. Molina", "Hotel", "Jorge", "Lupita"]:
        patient.services.contacts.add(ContactDetails(name=name, role="other"))
    sync_round(tool, patient, companion)
    # With the companion the set-up wizard put on People: 5.
    names = sorted(c.details.name for c in patient.services.contacts.contacts())
    for contact in companion.services.contacts.contacts()[:3]:
        companion.services.contacts.delete(contact.id)
    companion.sharing.sync()
    tool.deliver_all()
    assert patient.sharing.sync().held == [("Tomás's laptop", "contact", 3, 5)]
    kept = patient.sharing.sync(keep_deleted=True)
    assert kept.held == []
    assert sorted(c.details.name for c in patient.services.contacts.contacts()) == names
    tool.deliver_all()
    companion.services.contacts.add(ContactDetails(name="Clínica, 24 h", role="other"))
    sync_round(tool, companion, patient)
    for computer in computers:
        shown = sorted(c.details.name for c in computer.services.contacts.contacts())
        assert shown == sorted([*names, "Clínica, 24 h"])
