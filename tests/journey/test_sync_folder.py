"""The shared folder (journey.sync.folder): what each device puts there, and what it takes from
the others' folders whatever the sync tool does to the files on the way."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from journey.sync import folder as folder_module
from journey.sync.folder import FileRef, FolderError, SharedFolder
from tests.journey.sync_tool import FakeSyncTool, conflict_names

JOURNEY = "7f3a9c1e-2b4d-4e6f-8a0b-1c2d3e4f5a6b"
PATIENT, COMPANION, SISTER = "patient", "companion", "sister"
HEX = "0123456789abcdef0123456789abcdef"
JOURNEY_NAME = re.compile(r"[0-9a-f]{32}\.(batch|snapshot|card|invite)")


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """The folder the user picked (a Syncthing folder, a USB stick)."""
    picked = tmp_path / "Shared"
    picked.mkdir()
    return picked


@pytest.fixture
def shared(root: Path) -> SharedFolder:
    return SharedFolder.create(root, JOURNEY)


def device_folder(root: Path, device: str) -> Path:
    return root / "Journey" / "devices" / device


def put(root: Path, device: str, name: str, data: bytes = b"opaque sealed bytes") -> Path:
    """A file as a sync tool (or another program) leaves it in a device's folder."""
    folder = device_folder(root, device)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


# --- layout --------------------------------------------------------------------------------


def test_layout_and_marker_hold_no_health_data(root: Path) -> None:
    shared = SharedFolder.create(root, JOURNEY)
    # Stands in for a batch: the crypto layer seals it before it reaches the folder.
    name = shared.write(PATIENT, "batch", b"headache at night")

    everything = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    assert everything == [
        "Journey",
        "Journey/devices",
        "Journey/devices/patient",
        f"Journey/devices/patient/{name}",
        "Journey/journey.json",
    ]
    assert not any("headache" in path or "night" in path for path in everything)
    marker = (root / "Journey" / "journey.json").read_bytes()
    assert json.loads(marker) == {"format": 1, "journey_id": JOURNEY}
    assert b"headache" not in marker
    assert JOURNEY_NAME.fullmatch(name)
    assert (device_folder(root, PATIENT) / name).read_bytes() == b"headache at night"


@pytest.mark.skipif(os.name != "posix", reason="Windows has no owner-only mode bits")
def test_files_are_private_to_their_owner(shared: SharedFolder, root: Path) -> None:
    name = shared.write(PATIENT, "batch", b"sealed")
    for path in (device_folder(root, PATIENT) / name, root / "Journey" / "journey.json"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_create_again_for_the_same_journey_changes_nothing(root: Path) -> None:
    SharedFolder.create(root, JOURNEY)
    marker = (root / "Journey" / "journey.json").read_bytes()
    again = SharedFolder.create(root, JOURNEY)
    assert again.journey_id == JOURNEY
    assert (root / "Journey" / "journey.json").read_bytes() == marker
    assert SharedFolder.open(root).journey_id == JOURNEY  # joining: whatever it holds
    assert SharedFolder.open(root, JOURNEY).journey_id == JOURNEY


def test_devices_are_the_device_folders(shared: SharedFolder, root: Path) -> None:
    shared.write(PATIENT, "card", b"card")
    shared.write(COMPANION, "card", b"card")
    for junk in (".stversions", "companion (conflicted copy 2026-05-10)", "Companion"):
        (root / "Journey" / "devices" / junk).mkdir()
    (root / "Journey" / "devices" / "sister").write_bytes(b"a file, not a folder")
    assert shared.devices() == [COMPANION, PATIENT]


# --- writing -------------------------------------------------------------------------------


def fail_writes_part_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills after the first few bytes of a file have gone in."""
    real_write = os.write

    def write(descriptor: int, data: bytes) -> int:
        real_write(descriptor, bytes(data[:5]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", write)


def fail_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills when the written bytes are flushed (delayed allocation, a network
    share)."""

    def fsync(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.parametrize("fill_the_disk", [fail_writes_part_way, fail_fsync])
def test_a_full_disk_leaves_no_file_behind(
    shared: SharedFolder,
    root: Path,
    monkeypatch: pytest.MonkeyPatch,
    fill_the_disk: Callable[[pytest.MonkeyPatch], None],
) -> None:
    shared.write(PATIENT, "batch", b"an earlier batch")
    before = sorted(os.listdir(device_folder(root, PATIENT)))
    fill_the_disk(monkeypatch)
    with pytest.raises(FolderError) as caught:
        shared.write(PATIENT, "batch", b"x" * 100_000)
    monkeypatch.undo()
    assert caught.value.kind == "full"
    assert str(root) in str(caught.value)
    assert "full" in str(caught.value)
    assert sorted(os.listdir(device_folder(root, PATIENT))) == before  # no final, no temp
    assert len(shared.listing(PATIENT)) == 1
    shared.write(PATIENT, "batch", b"once there is space")
    assert len(shared.listing(PATIENT)) == 2


@pytest.mark.parametrize(
    ("code", "kind"),
    [(errno.EDQUOT, "full"), (errno.EROFS, "unwritable"), (errno.EACCES, "unwritable")],
)
def test_write_failures_say_what_went_wrong(
    shared: SharedFolder, root: Path, monkeypatch: pytest.MonkeyPatch, code: int, kind: str
) -> None:
    def refuse(_path: Path) -> Path:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(folder_module, "new_private_file", refuse)
    with pytest.raises(FolderError) as caught:
        shared.write(PATIENT, "batch", b"sealed")
    assert caught.value.kind == kind
    assert str(root) in str(caught.value)
    assert os.listdir(device_folder(root, PATIENT)) == []


def test_names_are_random_and_never_repeat(
    shared: SharedFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", lambda _descriptor: None)  # names, not durability
    names = [shared.write(PATIENT, "batch", b"same bytes each time") for _ in range(1000)]
    assert len(set(names)) == 1000
    assert all(JOURNEY_NAME.fullmatch(name) for name in names)
    assert names != sorted(names)  # the order of writing cannot be read from the names
    assert [ref.name for ref in shared.listing(PATIENT)] == sorted(names)


def test_bad_device_ids_and_kinds_are_refused(shared: SharedFolder, root: Path) -> None:
    for device in ("../elsewhere", "", ".stfolder", "Patient", "a/b"):
        with pytest.raises(ValueError, match="device id"):
            shared.write(device, "batch", b"sealed")
    with pytest.raises(ValueError, match="kind"):
        shared.write(PATIENT, "note", b"sealed")
    assert os.listdir(root / "Journey" / "devices") == []
    assert sorted(os.listdir(root)) == ["Journey"]


def test_remove_touches_only_the_named_files_of_that_device(
    shared: SharedFolder, root: Path
) -> None:
    compacted = shared.write(PATIENT, "batch", b"one")
    kept = shared.write(PATIENT, "snapshot", b"all")
    theirs = shared.write(COMPANION, "batch", b"theirs")
    shared.remove(PATIENT, [compacted, theirs, f"{HEX}.batch"])  # theirs is not in mine
    assert [ref.name for ref in shared.listing(PATIENT)] == [kept]
    assert [ref.name for ref in shared.listing(COMPANION)] == [theirs]
    for outside in ("../../journey.json", "journey.json", f"../{COMPANION}/{theirs}"):
        with pytest.raises(ValueError, match="not names"):
            shared.remove(PATIENT, [outside])
    assert (root / "Journey" / "journey.json").exists()
    assert [ref.name for ref in shared.listing(COMPANION)] == [theirs]


# --- reading -------------------------------------------------------------------------------

IGNORED_NAMES = [
    f".tmp-{HEX}.batch.tmp",  # Journey's own file being written
    f"{HEX}.batch.tmp",
    f".syncthing.{HEX}.batch.tmp",  # Syncthing receiving it
    f"~syncthing~{HEX}.batch.tmp",
    *conflict_names(f"{HEX}.batch"),  # Syncthing, Dropbox, Nextcloud, OneDrive
    f"{HEX} (Ana's conflicted copy 2026-05-10).snapshot",
    f"{HEX}.batch.part",
    f"{HEX[:31]}.batch",  # one hex digit short, one too many
    f"{HEX}0.batch",
    f"{HEX.upper()}.batch",
    f"{HEX[:31]}g.batch",
    f"{HEX}.BATCH",
    f"{HEX}.note",  # not a kind
    f"{HEX}",
    f" {HEX}.batch",
    f"{HEX}.batch ",
    "journey.json",
    ".DS_Store",
    "desktop.ini",
]


@pytest.mark.parametrize("name", IGNORED_NAMES)
def test_odd_names_are_never_offered(shared: SharedFolder, root: Path, name: str) -> None:
    put(root, COMPANION, name)
    assert shared.incoming(PATIENT, set()) == []
    assert shared.listing() == []
    put(root, COMPANION, f"{HEX}.batch")  # the same folder, a well-named file: offered
    assert [ref.name for ref in shared.incoming(PATIENT, set())] == [f"{HEX}.batch"]


def test_empty_files_and_folders_are_not_offered(shared: SharedFolder, root: Path) -> None:
    put(root, COMPANION, f"{HEX}.batch", b"")  # a sync tool has only just created it
    (device_folder(root, COMPANION) / f"{'1' * 32}.batch").mkdir()
    assert shared.incoming(PATIENT, set()) == []
    put(root, COMPANION, f"{HEX}.batch", b"now complete")
    [ref] = shared.incoming(PATIENT, set())
    assert ref == FileRef(
        COMPANION, f"{HEX}.batch", "batch", 12, device_folder(root, COMPANION) / f"{HEX}.batch"
    )


def test_incoming_offers_other_devices_files_not_yet_seen(shared: SharedFolder) -> None:
    mine = shared.write(PATIENT, "batch", b"mine")
    theirs = {shared.write(COMPANION, "batch", b"theirs %d" % i) for i in range(3)}
    card = shared.write(SISTER, "card", b"card")
    offered = shared.incoming(PATIENT, [])
    assert {ref.name for ref in offered} == theirs | {card}
    assert mine not in {ref.name for ref in offered}
    assert [(ref.device_id, ref.name) for ref in offered] == sorted(
        (ref.device_id, ref.name) for ref in offered
    )
    seen = [ref.name for ref in offered]  # any collection will do
    assert shared.incoming(PATIENT, seen) == []
    assert {ref.name for ref in shared.incoming(COMPANION, frozenset())} == {mine, card}


def test_files_arriving_in_reverse_order_are_all_found_once(tmp_path: Path) -> None:
    there, here = tmp_path / "companion", tmp_path / "patient"
    there.mkdir()
    here.mkdir()
    companion = SharedFolder.create(there, JOURNEY)
    written = [companion.write(COMPANION, "batch", b"batch %d" % i) for i in range(6)]
    shutil.copytree(there / "Journey", here / "Journey", ignore=lambda *_: written)
    patient = SharedFolder.open(here, JOURNEY)

    seen: set[str] = set()
    for name in reversed(written):  # the sync tool delivers the newest first
        shutil.copy2(device_folder(there, COMPANION) / name, device_folder(here, COMPANION))
        offered = patient.incoming(PATIENT, seen)
        assert [ref.name for ref in offered] == [name]  # the new one only, never again
        assert patient.read(offered[0]) == b"batch %d" % written.index(name)
        seen.add(name)
    assert seen == set(written)
    assert patient.incoming(PATIENT, seen) == []


def test_a_file_that_vanished_reads_as_none(shared: SharedFolder) -> None:
    shared.write(COMPANION, "batch", b"sealed")
    [ref] = shared.incoming(PATIENT, set())
    assert shared.read(ref) == b"sealed"
    ref.path.unlink()  # the sync tool removed it, or is replacing it
    assert shared.read(ref) is None


# --- folders that cannot be used -----------------------------------------------------------


def test_a_second_journey_cannot_use_the_same_folder(root: Path) -> None:
    SharedFolder.create(root, JOURNEY)
    marker = (root / "Journey" / "journey.json").read_bytes()
    for attempt in (SharedFolder.create, SharedFolder.open):
        with pytest.raises(FolderError) as caught:
            attempt(root, "another-journey")
        assert caught.value.kind == "other_journey"
        assert str(root) in str(caught.value)
    assert (root / "Journey" / "journey.json").read_bytes() == marker


def test_a_removed_drive_is_gone(tmp_path: Path) -> None:
    stick = tmp_path / "USB-STICK"
    stick.mkdir()
    shared = SharedFolder.create(stick, JOURNEY)
    shared.write(COMPANION, "batch", b"sealed")
    [ref] = shared.incoming(PATIENT, set())
    shutil.rmtree(stick)  # pulled out

    attempts: dict[str, Callable[[], object]] = {
        "write": lambda: shared.write(PATIENT, "batch", b"sealed"),
        "listing": shared.listing,
        "incoming": lambda: shared.incoming(PATIENT, set()),
        "devices": shared.devices,
        "read": lambda: shared.read(ref),
        "remove": lambda: shared.remove(PATIENT, [ref.name]),
        "open": lambda: SharedFolder.open(stick, JOURNEY),
        "create": lambda: SharedFolder.create(stick, JOURNEY),
    }
    for what, attempt in attempts.items():
        with pytest.raises(FolderError) as caught:
            attempt()
        assert (what, caught.value.kind) == (what, "gone")
        assert str(stick) in str(caught.value)
    assert not stick.exists()  # nothing was written under the mount point

    stick.mkdir()  # the empty mount point is back, without the stick
    with pytest.raises(FolderError) as caught:
        shared.write(PATIENT, "batch", b"sealed")
    assert caught.value.kind == "gone"
    assert os.listdir(stick) == []


def test_a_folder_without_a_marker_is_not_shared(root: Path) -> None:
    with pytest.raises(FolderError) as caught:
        SharedFolder.open(root)
    assert caught.value.kind == "not_shared"
    assert str(root) in str(caught.value)
    marker = root / "Journey" / "journey.json"
    marker.parent.mkdir()
    marker.write_bytes(b'{"format": 1, "jour')  # half of it synced
    for attempt in (SharedFolder.open, SharedFolder.create):
        with pytest.raises(FolderError) as caught:
            attempt(root, JOURNEY)
        assert caught.value.kind == "not_shared"
    assert marker.read_bytes() == b'{"format": 1, "jour'


def test_a_folder_from_a_newer_version_is_refused(root: Path) -> None:
    marker = root / "Journey" / "journey.json"
    marker.parent.mkdir()
    marker.write_text(json.dumps({"format": 2, "journey_id": JOURNEY, "shards": 4}))
    for attempt in (SharedFolder.open, SharedFolder.create):
        with pytest.raises(FolderError) as caught:
            attempt(root, JOURNEY)
        assert caught.value.kind == "newer_format"
        assert "newer version" in str(caught.value)
    with pytest.raises(FolderError, match="newer version"):
        SharedFolder.open(root)


@pytest.mark.parametrize("kind", folder_module.KINDS_OF_ERROR)
def test_every_error_is_one_line_naming_the_folder(root: Path, kind: str) -> None:
    message = str(FolderError(kind, root, "Read-only file system"))
    assert str(root) in message
    assert "\n" not in message


# --- through a sync tool -------------------------------------------------------------------


def copies_of_the_folder(tmp_path: Path, devices: list[str]) -> list[Path]:
    copies = [tmp_path / device for device in devices]
    for copy in copies:
        copy.mkdir()
    return copies


def test_two_journals_exchange_everything(tmp_path: Path) -> None:
    here, there = copies_of_the_folder(tmp_path, [PATIENT, COMPANION])
    tool = FakeSyncTool([here, there])
    patient = SharedFolder.create(here, JOURNEY)
    tool.deliver_all()
    companion = SharedFolder.open(there)  # joining: takes the journey it finds
    assert companion.journey_id == JOURNEY
    assert companion.incoming(COMPANION, set()) == []  # the tool carries no empty folder

    sent = {
        PATIENT: {patient.write(PATIENT, "batch", b"p%d" % i): b"p%d" % i for i in range(4)},
        COMPANION: {companion.write(COMPANION, "card", b"card"): b"card"},
    }
    tool.deliver_all()
    for shared, me, other in ((patient, PATIENT, COMPANION), (companion, COMPANION, PATIENT)):
        offered = shared.incoming(me, set())
        assert {ref.name: shared.read(ref) for ref in offered} == sent[other]
        assert shared.devices() == [COMPANION, PATIENT]


def sync_pass(shared: SharedFolder, me: str, seen: set[str], sent: dict[str, bytes]) -> int:
    """What the caller does on each pass; returns how many files it could not open."""
    unopened = 0
    for ref in shared.incoming(me, seen):
        assert ref.name in sent, f"{ref.name} was never written by a journal"
        data = shared.read(ref)
        if data != sent[ref.name]:  # decryption fails on a truncated file: try it later
            unopened += 1
            continue
        seen.add(ref.name)
    return unopened


@pytest.mark.parametrize("bad", [False, True])
def test_three_journals_through_a_careless_tool(tmp_path: Path, bad: bool) -> None:
    devices = [PATIENT, COMPANION, SISTER]
    copies = copies_of_the_folder(tmp_path, devices)
    tool = FakeSyncTool(copies, seed=16, reorder=True, duplicate=True, half_written=True, bad=bad)
    SharedFolder.create(copies[0], JOURNEY)
    tool.deliver_all()
    folders = [SharedFolder.open(copy, JOURNEY) for copy in copies]
    sent: dict[str, dict[str, bytes]] = {device: {} for device in devices}
    seen: dict[str, set[str]] = {device: set() for device in devices}
    odd_names: set[str] = set()
    unopened = 0
    for round_ in range(4):
        for device, shared in zip(devices, folders, strict=True):
            data = f"{device} round {round_} ".encode() * 8
            sent[device][shared.write(device, "batch", data)] = data
        for _ in range(3):
            tool.step()
            for device, shared in zip(devices, folders, strict=True):
                every = {name: data for files in sent.values() for name, data in files.items()}
                unopened += sync_pass(shared, device, seen[device], every)
            odd_names |= {
                path.name
                for copy in copies
                for path in (copy / "Journey" / "devices").rglob("*")
                if not JOURNEY_NAME.fullmatch(path.name) and path.is_file()
            }
    tool.deliver_all()
    for device, shared in zip(devices, folders, strict=True):
        every = {name: data for files in sent.values() for name, data in files.items()}
        assert sync_pass(shared, device, seen[device], every) == 0
        others = {name for other, files in sent.items() if other != device for name in files}
        assert seen[device] == others
        assert shared.incoming(device, seen[device]) == []

    # The tool did what it was asked: the journals met its temporary files and conflict
    # copies on the way (and, for the bad tool, truncated files under final names).
    assert any(name.startswith((".syncthing.", "~syncthing~")) for name in odd_names)
    assert any(".sync-conflict-" in name for name in odd_names)
    assert any("conflicted copy" in name for name in odd_names)
    assert any(name.endswith("-LAPTOP.batch") for name in odd_names)
    assert (unopened > 0) == bad


def test_held_files_arrive_late_and_are_offered_then(tmp_path: Path) -> None:
    here, there = copies_of_the_folder(tmp_path, [PATIENT, COMPANION])
    tool = FakeSyncTool([here, there])
    companion = SharedFolder.create(there, JOURNEY)
    tool.deliver_all()
    patient = SharedFolder.open(here, JOURNEY)
    late = companion.write(COMPANION, "snapshot", b"everything so far")
    early = {companion.write(COMPANION, "batch", b"b%d" % i) for i in range(3)}
    tool.hold(late)
    tool.deliver_all()
    seen = {ref.name for ref in patient.incoming(PATIENT, set())}
    assert seen == early
    tool.release()
    tool.deliver_all()
    assert [ref.name for ref in patient.incoming(PATIENT, seen)] == [late]


def test_compaction_removals_reach_the_other_copies(tmp_path: Path) -> None:
    here, there = copies_of_the_folder(tmp_path, [PATIENT, COMPANION])
    tool = FakeSyncTool([here, there])
    patient = SharedFolder.create(here, JOURNEY)
    old = [patient.write(PATIENT, "batch", b"b%d" % i) for i in range(3)]
    tool.deliver_all()
    companion = SharedFolder.open(there, JOURNEY)
    assert {ref.name for ref in companion.incoming(COMPANION, set())} == set(old)
    snapshot = patient.write(PATIENT, "snapshot", b"all three")
    patient.remove(PATIENT, old)
    tool.deliver_all()
    assert [ref.name for ref in companion.incoming(COMPANION, set())] == [snapshot]


def test_a_listing_of_one_kind_leaves_the_others_out(tmp_path: Path) -> None:
    shared = SharedFolder.create(tmp_path, "a" * 20)
    card = shared.write("laptop", "card", b"card")
    shared.write("laptop", "batch", b"batch")
    assert [ref.name for ref in shared.listing(kind="card")] == [card]
    assert sorted(ref.kind for ref in shared.listing("laptop")) == ["batch", "card"]
