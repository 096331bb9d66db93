"""The shared folder stays small (issue 16): payloads are compressed, a device deletes its own
batches once every paired device has applied them (never one a device has not), an
invitation's snapshot leaves the folder once used or replaced, and a computer joining after
all that still ends with the same journal. A folder written before compaction is still read."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from journey.sync import service
from journey.sync.service import SharingError, SyncReport
from tests.journey.computers import Computer as Shared
from tests.journey.computers import onboard, symptom_entry
from tests.journey.sync_tool import FakeSyncTool


class Computer(Shared):
    """A computer that logs, syncs (saying nothing alarming) and lists its own files."""

    def log(self, symptom: str, notes: str = "") -> None:
        self.services.side_effects.log(symptom_entry(symptom, notes))

    def sync(self) -> SyncReport:
        report = self.sharing.sync()
        assert report.warnings == []
        return report

    def own(self, root: Path, kind: str = "batch") -> set[str]:
        """The names of this device's files of ``kind`` in the copy of the folder at ``root``."""
        return {path.name for path in self.device_folder(root).glob(f"*.{kind}")}


@pytest.fixture
def make(template_folder: Path, tmp_path: Path) -> Iterator[Any]:
    made: list[Computer] = []

    def computer(name: str) -> Computer:
        made.append(Computer(template_folder, tmp_path / name, tmp_path / f"shared-{name}"))
        return made[-1]

    yield computer
    for one in made:
        one.journal.close()


def _join(inviter: Computer, joiner: Computer, code: str, tool: FakeSyncTool, name: str) -> None:
    tool.deliver_all()
    joiner.sharing.join(joiner.shared, code, name, "companion")
    tool.deliver_all()


def _pair(make: Any) -> tuple[Computer, Computer, FakeSyncTool]:
    patient, companion = make("patient"), make("companion")
    tool = FakeSyncTool([patient.shared, companion.shared], seed=7, reorder=True)
    onboard(patient.services)
    patient.log("Headache", "at night")
    code, _ = patient.sharing.init(patient.shared, "Elena's laptop", "patient")
    _join(patient, companion, code, tool, "Tomás's laptop")
    return patient, companion, tool


def _joined_by(tool: FakeSyncTool, computer: Computer) -> FakeSyncTool:
    """The sync tool once ``computer``'s copy of the folder is added: it brings everything."""
    tool.deliver_all()
    bigger = FakeSyncTool([*tool.copies, computer.shared], seed=11, reorder=True)
    bigger.deliver_all()
    return bigger


def _round(tool: FakeSyncTool, *computers: Computer) -> None:
    for computer in computers:
        computer.sync()
        tool.deliver_all()


def test_batches_every_device_has_applied_leave_the_folder(make: Any) -> None:
    patient, companion, tool = _pair(make)
    written: list[str] = []
    for n in range(4):
        before = patient.own(patient.shared)
        patient.log("Nausea", f"day {n}")
        companion.log("Fatigue", f"day {n}")
        _round(tool, patient, companion)
        _round(tool, patient, companion)  # both have synced twice
        written += sorted(patient.own(patient.shared) - before)
    assert len(written) >= 4
    mine = patient.own(patient.shared)
    assert len(mine) <= 2  # the last one every device acknowledges, and perhaps one after it
    assert not set(written[:-2]) & mine  # the older ones are gone
    assert not set(written[:-2]) & patient.own(companion.shared)  # from every copy
    assert len(companion.own(companion.shared)) <= 2
    assert patient.rows() == companion.rows()
    assert len(patient.services.side_effects.entries()) == 9
    assert patient.own(patient.shared, "invite") == set()  # used: the snapshot went too


def test_a_batch_an_offline_device_has_not_applied_is_never_deleted(make: Any) -> None:
    patient, companion, tool = _pair(make)
    third = make("third")
    tool = _joined_by(tool, third)
    code = patient.sharing.invite()
    _join(patient, third, code, tool, "Clinic tablet")
    for _ in range(3):
        _round(tool, patient, companion, third)
    # The tablet is switched off: its folder still receives files, but it applies none.
    unseen: set[str] = set()
    for n in range(4):
        before = patient.own(patient.shared)
        patient.log("Chills", f"evening {n}")
        _round(tool, patient, companion)
        _round(tool, patient, companion)
        unseen |= patient.own(patient.shared) - before
    assert len(unseen) >= 4
    assert unseen <= patient.own(patient.shared)
    assert unseen <= patient.own(third.shared)  # in the tablet's copy, ready for it
    assert third.rows() != patient.rows()
    for _ in range(3):  # back on
        _round(tool, patient, companion, third)
    assert third.rows() == patient.rows() == companion.rows()
    assert len(patient.own(patient.shared)) <= 2


def test_a_computer_joining_after_the_folder_was_pruned_ends_the_same(make: Any) -> None:
    patient, companion, tool = _pair(make)
    first = set()
    for n in range(3):
        patient.log("Nausea", f"day {n}")
        companion.log("Rash", f"arm {n}")
        _round(tool, patient, companion)
        _round(tool, patient, companion)
        first |= patient.own(patient.shared) | companion.own(companion.shared)
    mine = patient.own(patient.shared) | companion.own(companion.shared)
    assert first - mine  # pruned
    third = make("third")
    tool = _joined_by(tool, third)
    code = patient.sharing.invite()
    _join(patient, third, code, tool, "Clinic tablet")
    companion.log("Dizziness", "after the flight")
    for _ in range(3):
        _round(tool, patient, companion, third)
    third.log("Cough", "dry")
    for _ in range(3):
        _round(tool, third, companion, patient)
    assert third.rows() == patient.rows() == companion.rows()
    assert len(third.services.side_effects.entries()) == 9
    assert patient.own(patient.shared, "invite") == set()
    peers = {peer.card.name for peer in companion.sharing.status().peers}
    assert peers == {"Elena's laptop", "Clinic tablet"}


def test_a_new_invitation_takes_the_unused_one_out_of_the_folder(make: Any) -> None:
    patient, companion, tool = _pair(make)
    _round(tool, patient, companion)
    assert patient.own(patient.shared, "invite") == set()
    lost = patient.sharing.invite()
    (first,) = patient.own(patient.shared, "invite")
    code = patient.sharing.invite()  # the first code was lost
    (second,) = patient.own(patient.shared, "invite")
    assert second != first
    third = make("third")
    tool = _joined_by(tool, third)
    with pytest.raises(SharingError, match="ask for a new code"):
        third.sharing.join(third.shared, lost, "Clinic tablet", "companion")
    third.sharing.join(third.shared, code, "Clinic tablet", "companion")
    tool.deliver_all()
    _round(tool, patient, companion, third)
    assert patient.own(patient.shared, "invite") == set()


def _old_encode(payload: dict[str, Any]) -> bytes:
    """How the Journey before compaction wrote a payload: plain JSON, format 1."""
    return json.dumps({**payload, "format": 1}, ensure_ascii=False).encode()


def test_a_folder_written_before_compaction_is_still_read(
    make: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient, companion = make("patient"), make("companion")
    tool = FakeSyncTool([patient.shared, companion.shared])
    onboard(patient.services)
    patient.log("Headache", "at night")
    with monkeypatch.context() as older:  # both computers ran the Journey before compaction
        older.setattr(service, "_encode", _old_encode)
        code, _ = patient.sharing.init(patient.shared, "Elena's laptop", "patient")
        _join(patient, companion, code, tool, "Tomás's laptop")
        patient.log("Nausea", "written in the old form")
        _round(tool, patient, companion)
    assert companion.rows() == patient.rows()
    companion.log("Fatigue", "written in the new form")
    patient.log("Chills", "new form too")
    for _ in range(2):
        _round(tool, patient, companion)
    assert companion.rows() == patient.rows()
    assert len(patient.services.side_effects.entries()) == 4


def test_payloads_are_compressed_and_either_form_is_read() -> None:
    payload = {
        "format": service.PAYLOAD_FORMAT,
        "changes": [{"tbl": "side_effect_entry", "notes": f"day {n}"} for n in range(500)],
    }
    encoded = service._encode(payload)
    assert service._decode(encoded) == payload
    assert len(encoded) * 10 < len(json.dumps(payload))
    assert service._decode(_old_encode(payload))["changes"] == payload["changes"]
    with pytest.raises(SharingError, match="newer"):
        service._decode(service._encode({**payload, "format": 99}))
    with pytest.raises(SharingError, match="cannot read"):
        service._decode(b"journey zlib\nnot zlib at all")


def test_what_a_computer_wrote_before_it_heard_of_a_newcomer_reaches_it(make: Any) -> None:
    """The companion logs while the patient is inviting a tablet, and syncs before it hears of
    it: its batch is sealed to the patient alone. Once it hears of the tablet (from the
    patient's batch, not by the tablet's card) it sends its changes again, to everyone."""
    patient, companion, tool = _pair(make)
    _round(tool, patient, companion)
    third = make("third")
    tool = _joined_by(tool, third)
    code = patient.sharing.invite()
    _join(patient, third, code, tool, "Clinic tablet")
    companion.log("Dizziness", "after the flight")
    _round(tool, companion)  # sealed to the patient only
    for _ in range(3):
        _round(tool, patient, companion, third)
    assert ("Dizziness", "after the flight") in {
        (e.details.symptom, e.details.notes) for e in third.services.side_effects.entries()
    }
    assert third.rows() == patient.rows() == companion.rows()


def test_a_computer_removed_on_one_is_removed_on_every_one(make: Any) -> None:
    """A lost tablet removed on the patient's laptop: the companion's laptop stops sharing
    with it too, and what either writes afterwards is not sealed to it."""
    patient, companion, tool = _pair(make)
    third = make("third")
    tool = _joined_by(tool, third)
    code = patient.sharing.invite()
    _join(patient, third, code, tool, "Clinic tablet")
    for _ in range(3):
        _round(tool, patient, companion, third)
    assert {p.card.name for p in companion.sharing.status().peers} == {
        "Elena's laptop",
        "Clinic tablet",
    }
    patient.sharing.remove("Clinic tablet")
    for _ in range(2):
        _round(tool, patient, companion)
    assert {p.card.name for p in companion.sharing.status().peers} == {"Elena's laptop"}
    companion.log("Rash", "after removal")
    patient.log("Chills", "after removal")
    for _ in range(2):
        _round(tool, patient, companion)
    third.sharing.sync()  # its batches are refused elsewhere; nothing new opens for it
    notes = {e.details.notes for e in third.services.side_effects.entries()}
    assert "after removal" not in notes
