"""Attached documents travel with a shared journey (issue 16): the companion attaches a scan to
a document line, and after syncing the patient's journal has the line and the file, with the
same bytes. In the shared folder the file is sealed and named by a keyed hash: its content
cannot be found there, nor guessed from its name. A file arriving after its batch is fetched
on a later pass; a damaged or swapped one is refused, said, and never written."""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from journey.outbox import read_state
from journey.services.documents import DocumentEntry
from journey.sync import service
from journey.sync.files import address_of, inside, new_files_key
from journey.sync.folder import SharedFolder
from tests.journey.computers import Computer as Shared
from tests.journey.computers import onboard
from tests.journey.sync_tool import FakeSyncTool

SECRET_LINE = b"Passport of Elena Ramirez, number X1234567, born 1981-03-14"
SCAN = b"%PDF-1.4\n" + SECRET_LINE + b"\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


class Computer(Shared):
    """A computer whose document lines and attached files can be looked at."""

    def line(self, kind: str) -> DocumentEntry:
        (entry,) = [e for e in self.services.documents.documents() if e.kind == kind]
        return entry

    def attached(self, kind: str) -> bytes | None:
        path = self.services.documents.attachment_path(self.line(kind))
        return None if path is None or not path.exists() else path.read_bytes()


@pytest.fixture
def computers(template_folder: Path, tmp_path: Path) -> Iterator[tuple[Computer, Computer]]:
    patient = Computer(template_folder, tmp_path / "patient", tmp_path / "shared-patient")
    companion = Computer(template_folder, tmp_path / "companion", tmp_path / "shared-companion")
    yield patient, companion
    patient.journal.close()
    companion.journal.close()


def _shared_and_joined(computers: tuple[Computer, Computer], tool: FakeSyncTool) -> None:
    patient, companion = computers
    onboard(patient.services)
    patient.services.documents.documents()  # the checklist's lines, before sharing
    code, _ = patient.sharing.init(patient.shared, "Elena's laptop", "patient")
    tool.deliver_all()
    companion.sharing.join(companion.shared, code, "Tomás's laptop", "companion")
    tool.deliver_all()


def _round(tool: FakeSyncTool, *computers: Computer) -> None:
    for _ in range(2):
        for computer in computers:
            report = computer.sharing.sync()
            assert report.warnings == []
            tool.deliver_all()


def _scan(tmp_path: Path, name: str = "passport scan.pdf", content: bytes = SCAN) -> Path:
    source = tmp_path / "Downloads" / name
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(content)
    return source


def _files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*.file") if path.is_file())


def test_an_attached_scan_reaches_the_other_journal_and_never_the_folder_in_the_clear(
    computers: tuple[Computer, Computer], tmp_path: Path
) -> None:
    patient, companion = computers
    tool = FakeSyncTool([patient.shared, companion.shared], seed=5, reorder=True)
    _shared_and_joined(computers, tool)
    attached = companion.services.documents.attach(companion.line("passport").id, _scan(tmp_path))
    assert attached.attachment == "attachments/passport scan.pdf"
    _round(tool, companion, patient)
    assert patient.line("passport").attachment == "attachments/passport scan.pdf"
    assert patient.attached("passport") == SCAN
    assert (patient.folder / "attachments" / "passport scan.pdf").read_bytes() == SCAN
    # In the folder: one sealed file, named by a 64-hex keyed hash; the scan's bytes, its
    # name and its plain SHA-256 are nowhere.
    (sealed,) = _files(patient.shared)
    assert len(sealed.stem) == 64
    for root in (patient.shared, companion.shared):
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for clear in (SECRET_LINE, SCAN[:64], b"passport scan"):
                    assert clear not in data, (path, clear)
                assert hashlib.sha256(SCAN).hexdigest() not in path.name
    # Nothing moves again: the patient does not send the scan back, nor announce it.
    before = _files(patient.shared)
    report = patient.sharing.sync()
    assert (report.files_in, report.files_waiting, report.sent) == (0, 0, 0)
    tool.deliver_all()
    assert _files(patient.shared) == before


def test_the_same_scan_on_two_lines_is_put_in_the_folder_once(
    computers: tuple[Computer, Computer], tmp_path: Path
) -> None:
    patient, companion = computers
    tool = FakeSyncTool([patient.shared, companion.shared])
    _shared_and_joined(computers, tool)
    documents = companion.services.documents
    documents.attach(companion.line("passport").id, _scan(tmp_path, "passport.pdf"))
    documents.attach(companion.line("medical_records").id, _scan(tmp_path, "records.pdf"))
    _round(tool, companion, patient)
    assert patient.attached("passport") == patient.attached("medical_records") == SCAN
    assert len(_files(patient.shared)) == 1


def test_a_scan_arriving_after_its_batch_is_fetched_on_a_later_pass(
    computers: tuple[Computer, Computer], tmp_path: Path
) -> None:
    patient, companion = computers
    tool = FakeSyncTool([patient.shared, companion.shared])
    _shared_and_joined(computers, tool)
    _round(tool, patient, companion)
    companion.services.documents.attach(companion.line("passport").id, _scan(tmp_path))
    tool.hold("*.file")  # the sync tool brings the batch first
    companion.sharing.sync()
    tool.deliver_all()
    report = patient.sharing.sync()
    assert (report.warnings, report.files_in, report.files_waiting) == ([], 0, 1)
    assert "1 attached document still to come" in report.line()
    assert patient.line("passport").attachment == "attachments/passport scan.pdf"
    assert patient.attached("passport") is None
    tool.release()
    tool.deliver_all()
    report = patient.sharing.sync()
    assert (report.warnings, report.files_in, report.files_waiting) == ([], 1, 0)
    assert patient.attached("passport") == SCAN


def test_a_damaged_or_swapped_scan_is_refused_said_once_and_not_written(
    computers: tuple[Computer, Computer], tmp_path: Path
) -> None:
    patient, companion = computers
    tool = FakeSyncTool([patient.shared, companion.shared])
    _shared_and_joined(computers, tool)
    _round(tool, patient, companion)
    other = b"%PDF-1.4\ninsurance card\n%%EOF\n"
    documents = companion.services.documents
    documents.attach(companion.line("passport").id, _scan(tmp_path))
    documents.attach(companion.line("insurance").id, _scan(tmp_path, "insurance.pdf", other))
    companion.sharing.sync()
    tool.deliver_all()
    theirs = companion.device_folder(patient.shared)
    key = _files_key(companion)
    passport = theirs / f"{address_of(key, SCAN)}.file"
    insurance = theirs / f"{address_of(key, other)}.file"
    sealed = passport.read_bytes()
    insurance.write_bytes(sealed)  # sealed and signed by the companion: the wrong scan
    damaged = bytearray(sealed)
    damaged[-20] ^= 0xFF
    passport.write_bytes(bytes(damaged))
    report = patient.sharing.sync()
    assert sorted(report.warnings) == [
        "The copy of attachments/insurance.pdf from Tomás's laptop was refused: "
        "Its content is not the document its name says.",
        "The copy of attachments/passport scan.pdf from Tomás's laptop was refused: "
        "The sealed data is damaged or was altered.",
    ]
    assert (report.files_in, report.files_waiting) == (0, 2)
    assert patient.attached("passport") is None
    assert patient.attached("insurance") is None
    assert not (patient.folder / "attachments").exists()
    again = patient.sharing.sync()  # said once; still waiting for a good copy
    assert (again.warnings, again.files_waiting) == ([], 2)
    passport.write_bytes(sealed)  # the sync tool brings the whole file again
    mended = patient.sharing.sync()
    assert (mended.warnings, mended.files_in, mended.files_waiting) == ([], 1, 1)
    assert patient.attached("passport") == SCAN
    assert patient.attached("insurance") is None


def test_a_device_joining_later_gets_the_scans_sealed_before_it_was_paired(
    computers: tuple[Computer, Computer], template_folder: Path, tmp_path: Path
) -> None:
    patient, companion = computers
    third = Computer(template_folder, tmp_path / "third", tmp_path / "shared-third")
    try:
        tool = FakeSyncTool([patient.shared, companion.shared, third.shared])
        _shared_and_joined(computers, tool)
        companion.services.documents.attach(companion.line("passport").id, _scan(tmp_path))
        _round(tool, companion, patient)
        code = patient.sharing.invite()
        tool.deliver_all()
        third.sharing.join(third.shared, code, "Clinic tablet", "companion")
        tool.deliver_all()
        for _ in range(3):
            for computer in (patient, companion, third):
                computer.sharing.sync()
                tool.deliver_all()
        assert third.line("passport").attachment == "attachments/passport scan.pdf"
        assert third.attached("passport") == SCAN
        assert len(_files(third.shared)) == 1  # sealed again for it, not written twice
    finally:
        third.journal.close()


@pytest.mark.parametrize(
    ("relative", "allowed"),
    [
        ("attachments/passport.pdf", True),
        ("attachments/scans/passport.pdf", True),
        ("attachments/../journal.sqlite3", False),
        ("../attachments/passport.pdf", False),
        ("/etc/passwd", False),
        ("attachments", False),
        ("elsewhere/passport.pdf", False),
        ("attachments\\..\\journal.sqlite3", False),
        ("attachments/C:passport.pdf", False),
    ],
)
def test_a_received_path_is_written_only_inside_attachments(
    tmp_path: Path, relative: str, allowed: bool
) -> None:
    target = inside(tmp_path, relative)
    assert (target is not None) == allowed
    if target is not None:
        assert target.is_relative_to(tmp_path / "attachments")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_a_link_out_of_attachments_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "outside.txt"
    victim.write_text("keep me")
    (tmp_path / "journal" / "attachments").mkdir(parents=True)
    (tmp_path / "journal" / "attachments" / "link.pdf").symlink_to(victim)
    assert inside(tmp_path / "journal", "attachments/link.pdf") is None


def test_the_name_depends_on_the_key() -> None:
    one, two = new_files_key(), new_files_key()
    assert address_of(one, SCAN) == address_of(one, SCAN)
    assert address_of(one, SCAN) != address_of(two, SCAN)


# --- helpers -----------------------------------------------------------------------------------


def _files_key(computer: Computer) -> str:
    """The journey's files key, as the computer keeps it (to name the files in a test)."""
    with computer.journal.session_factory() as session:
        return str(json.loads(read_state(session.connection(), "share.files") or "{}")["key"])


def test_a_copy_larger_than_any_attachment_is_not_read(
    computers: tuple[Computer, Computer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient, companion = computers
    tool = FakeSyncTool([patient.shared, companion.shared])
    _shared_and_joined(computers, tool)
    companion.services.documents.attach(companion.line("passport").id, _scan(tmp_path))
    companion.sharing.sync()
    tool.deliver_all()
    monkeypatch.setattr(service, "_SEALED_MAX", len(SCAN) // 2)
    report = patient.sharing.sync()
    assert report.warnings == [
        "The copy of attachments/passport scan.pdf from Tomás's laptop was refused: "
        "It is larger than an attached document can be."
    ]
    assert patient.attached("passport") is None


def test_the_folder_names_a_file_by_its_address_and_finds_it(tmp_path: Path) -> None:
    shared = SharedFolder.create(tmp_path, "a" * 20)
    address = address_of(new_files_key(), SCAN)
    name = shared.write("patient", "file", b"sealed once", address)
    assert name == f"{address}.file"
    assert shared.write("patient", "file", b"sealed again", address) == name  # replaced
    (ref,) = shared.find(address)
    assert (ref.device_id, ref.kind, shared.read(ref)) == ("patient", "file", b"sealed again")
    assert shared.find(address, {"companion"}) == []
    assert [r.name for r in shared.incoming("companion", set())] == [name]
    with pytest.raises(ValueError, match="address"):
        shared.write("patient", "file", b"sealed")
    with pytest.raises(ValueError, match="address"):
        shared.write("patient", "batch", b"sealed", address)
    with pytest.raises(ValueError, match="64 lowercase hex"):
        shared.write("patient", "file", b"sealed", address.upper())
    folder = tmp_path / "Journey" / "devices" / "patient"
    (folder / f"{address}.batch").write_bytes(b"not a Journey name")  # 64 hex: only a .file
    (folder / f"{address[:32]}.file").write_bytes(b"nor this")  # 32 hex: never a .file
    assert [r.name for r in shared.listing("patient")] == [name]
    shared.remove("patient", [name])
    assert shared.find(address) == []
