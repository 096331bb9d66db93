"""Bad files and bad places in the shared folder (issue 16, part 9): a batch signed by a key
no paired device holds, one sealed for another journey, a file the sync tool has not finished
writing, a full disk. Each is said in one line, nothing is applied in part, nothing is lost."""

from __future__ import annotations

import json
import time
import uuid

import pytest

from journey.hlc import Stamp
from journey.sync.apply import Change
from journey.sync.crypto import DeviceKeys, new_journey_id, seal
from journey.sync.folder import FolderError, SharedFolder
from journey.sync.service import SharingError, _State, schema_revision
from tests.journey.computers import Computer, shared_and_joined, symptom_entry, sync_round

FORGED = "Forged contact"


def _keys(computer: Computer) -> tuple[DeviceKeys, str]:
    """A computer's own keys and journey id, as its sharing keeps them."""
    with computer.journal.session_factory() as session:
        state = _State.read(session.connection())
    return state.keys, state.journey_id


def _forged_batch(sender: DeviceKeys, to: Computer, journey_id: str) -> bytes:
    """A well-formed batch adding a contact "Forged", sealed to ``to`` by ``sender``: were it
    applied, the contact would show."""
    to_keys, _ = _keys(to)
    stamp = Stamp(time.time_ns() // 1_000_000, 0, sender.device_id).text()
    forged = Change(
        stamp, "contact", uuid.uuid4().hex, "insert", {"name": FORGED, "role": "other"}, {}
    )
    payload = {
        "format": 1,  # plain JSON: still read
        "schema": schema_revision(),
        "kind": "batch",
        "prev": "",
        "peers": [],
        "changes": [forged.to_json()],
    }
    return seal(json.dumps(payload).encode(), sender, [to_keys.card()], journey_id)


def _names(computer: Computer) -> list[str]:
    return [c.details.name for c in computer.services.contacts.contacts()]


def test_a_batch_signed_by_a_key_no_paired_computer_holds_is_refused_and_said(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    _, journey_id = _keys(patient)
    stranger = DeviceKeys.generate("Someone's laptop", "companion")
    folder = SharedFolder.open(patient.shared, journey_id)
    folder.write(stranger.device_id, "batch", _forged_batch(stranger, patient, journey_id))
    report = patient.sharing.sync()
    assert report.received == 0
    assert FORGED not in _names(patient)
    (warning,) = report.warnings
    assert warning.startswith("Files from a computer not paired with this journey")
    assert patient.sharing.status().peers[0].card.name == "Tomás's laptop"  # no one new


def test_a_batch_sealed_for_another_journey_is_refused_whole(
    computers: tuple[Computer, Computer],
) -> None:
    """The companion's own keys, but another journey's id (a second journey pointed at the
    same folder by mistake): its batch is not applied here."""
    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    keys, journey_id = _keys(companion)
    other = new_journey_id()
    folder = SharedFolder.open(patient.shared, journey_id)
    folder.write(keys.device_id, "batch", _forged_batch(keys, patient, other))
    report = patient.sharing.sync()
    assert report.received == 0
    assert FORGED not in _names(patient)
    assert any("was not applied" in w for w in report.warnings)


def test_a_batch_still_being_written_waits_and_is_applied_once_whole(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    companion_id = companion.sharing.status().me.device_id
    mine = patient.shared / "Journey" / "devices" / companion_id
    before = set(mine.glob("*.batch"))
    companion.services.side_effects.log(symptom_entry("Rash", "arms", "companion"))
    companion.sharing.sync()
    tool.deliver_all()
    (batch,) = set(mine.glob("*.batch")) - before
    whole = batch.read_bytes()
    batch.write_bytes(whole[: len(whole) // 2])  # the sync tool is half way through
    report = patient.sharing.sync()
    assert report.received == 0
    assert report.kept_back == 1
    assert report.warnings == []  # nothing alarming: it is on its way
    assert ("Rash", "arms") not in patient.symptoms()
    batch.write_bytes(whole)  # it has arrived
    report = patient.sharing.sync()
    assert ("Rash", "arms") in patient.symptoms()


def test_a_full_disk_says_so_and_sends_the_changes_at_the_next_pass(
    computers: tuple[Computer, Computer], monkeypatch: pytest.MonkeyPatch
) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    sync_round(tool, patient, companion)
    patient.services.side_effects.log(symptom_entry("Cough", "at night"))

    def full(self: SharedFolder, *args: object, **kwargs: object) -> str:
        raise FolderError("full", self.root)

    with monkeypatch.context() as disk:
        disk.setattr(SharedFolder, "write", full)
        with pytest.raises(SharingError, match="is full"):
            patient.sharing.sync()
    assert ("Cough", "at night") in patient.symptoms()  # the journal keeps it
    sync_round(tool, patient, companion)  # space freed
    assert ("Cough", "at night") in companion.symptoms()
