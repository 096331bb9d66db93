"""The shared folder two or three journals exchange files through: files only, bytes in and out.

The user picks a folder their own sync tool moves between computers (Syncthing, Nextcloud,
Dropbox, iCloud, a USB stick). Journey keeps everything it puts there under one subfolder::

    <root>/Journey/journey.json                  format version and journey id, nothing else
    <root>/Journey/devices/<device_id>/<name>    one folder per device, written by it alone

Each device writes only into its own folder and reads the others'. The names, the only ones
read (anything else is left alone)::

    <32 random lowercase hex>.batch       one batch of changes
    <32 random lowercase hex>.snapshot    a whole journal
    <32 random lowercase hex>.card        a device's public card
    <32 random lowercase hex>.invite      an invitation (a snapshot sealed with its code)
    <64 lowercase hex>.file               an attached document, named by its content

Random names: two devices, or a device and a sync tool, never pick the same name, and the name
says nothing about what the file holds or when it was written. A ``.file`` is named by the
caller, by a keyed hash of its content (journey.sync.files) that only the journey's devices
can compute: the same document is written once, and its name reveals nothing of it. The
contents are opaque bytes, already encrypted by the caller (journey.sync.crypto); the
journal's database never goes here.

Sync tools deliver files late, out of order, twice, half-written or as conflict copies, so:

- a file is written under a temporary name, flushed to the disk and renamed: this device
  never shows a partial file under a final name, even when the disk fills;
- ``listing`` and ``incoming`` take only names of exactly the form above, which leaves out
  every sync tool's temporary files and conflict copies (see ``_WELL_NAMED``), and skip
  empty files;
- the caller remembers the files it has applied by name, never by a sequence number, and
  ``incoming`` offers every other name, whatever order they arrive in;
- a file can vanish between listing and reading (a sync tool replaced it): ``read`` then
  returns None.

A tool that writes straight into the final name can still show a truncated file there for a
while; this module cannot tell, but the caller's decryption fails on it, and a caller that
leaves a file it could not open out of ``seen`` is offered it again once it is complete.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from journey.files import new_private_file, sync_folder

KINDS = ("batch", "snapshot", "card", "invite", "file")
# The kind named by its content (the caller's 64 hex digits) rather than by chance.
ADDRESSED = "file"
_ADDRESS = re.compile(r"[0-9a-f]{64}")

# The version of this layout and of journey.json. A folder set up by a newer Journey is
# refused rather than half understood.
FORMAT = 1

JOURNEY_FOLDER = "Journey"
MARKER = "journey.json"
DEVICES = "devices"

# A device's folder name: lower case only, so two ids never meet as one folder on a
# case-insensitive disk (Windows, macOS); no dot first, so Syncthing's .stfolder, .stversions
# and the like are never taken for a device.
_DEVICE_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")

# The only names read. Everything else in a device folder is left alone, among them:
#   Journey's own files being written     .tmp-<name>.tmp
#   Syncthing's files being received      .syncthing.<name>.tmp, ~syncthing~<name>.tmp
#   Syncthing conflict copies             <stem>.sync-conflict-20260510-140000-ABCDEFG.batch
#   Dropbox conflict copies               <stem> (Ana's conflicted copy 2026-05-10).batch
#   Nextcloud conflict copies             <stem> (conflicted copy 2026-05-10 140000).batch
#   OneDrive duplicates                   <stem>-LAPTOP.batch
#   other programs' temporary files       *.tmp, *.part, .DS_Store, desktop.ini, …
_WELL_NAMED = re.compile(r"[0-9a-f]{32}\.(?:batch|snapshot|card|invite)|[0-9a-f]{64}\.file")

# How much of journey.json is read: it holds two short fields.
_MARKER_LIMIT = 64 * 1024

# errno values that mean the folder itself went away: a USB stick pulled out, a network
# share no longer mounted.
_GONE = {
    errno.ENOENT,
    errno.ENOTDIR,
    errno.EIO,
    errno.ENODEV,
    errno.ENXIO,
    getattr(errno, "ENOTCONN", -1),
    getattr(errno, "ESTALE", -1),
    getattr(errno, "ENOMEDIUM", -1),
}
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", -1)}


class FolderError(Exception):
    """The shared folder cannot be used as asked. ``kind`` says why (one of KINDS_OF_ERROR);
    ``folder`` is the folder the user picked; ``detail`` is the system's words, if any."""

    def __init__(self, kind: str, folder: Path, detail: str = "") -> None:
        if kind not in _ENGLISH:
            raise ValueError(f"unknown FolderError kind: {kind!r}")
        self.kind = kind
        self.folder = folder
        self.detail = detail
        super().__init__(_ENGLISH[kind].format(folder=folder, detail=detail or "no reason given"))


_ENGLISH = {
    "gone": "The shared folder {folder} is not there: connect the drive or mount the folder.",
    "not_shared": "{folder} is not a Journey shared folder: it has no Journey/journey.json.",
    "other_journey": "The shared folder {folder} already holds another journey; "
    "choose another folder.",
    "newer_format": "The shared folder {folder} was set up by a newer version of Journey; "
    "install that version to use it.",
    "full": "The disk holding the shared folder {folder} is full, so nothing was written. "
    "Free some space and try again.",
    "unwritable": "Journey cannot use the shared folder {folder}: {detail}.",
}
KINDS_OF_ERROR = tuple(_ENGLISH)


@dataclass(frozen=True)
class FileRef:
    """One complete-looking file in a device's folder, as listed (not read)."""

    device_id: str
    name: str
    kind: str
    size: int
    path: Path


class SharedFolder:
    """The Journey part of one shared folder, for one journey."""

    def __init__(self, root: Path, journey_id: str) -> None:
        """Use ``create`` or ``open``; this does not look at the disk."""
        self.root = root
        self.base = root / JOURNEY_FOLDER
        self._journey_id = journey_id

    @property
    def journey_id(self) -> str:
        return self._journey_id

    @classmethod
    def create(cls, root: Path, journey_id: str) -> SharedFolder:
        """Set up ``root`` for ``journey_id``: Journey/, its marker and devices/. Doing it
        again for the same journey changes nothing. ``root`` must exist: it is never made,
        so a drive that is not mounted is reported rather than written under its mount
        point."""
        if not journey_id or not isinstance(journey_id, str):
            raise ValueError("a journey id is a non-empty string")
        _check_root(root)
        base = root / JOURNEY_FOLDER
        try:
            (base / DEVICES).mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise _error(exc, root) from exc
        if (base / MARKER).exists():
            return cls.open(root, journey_id)
        marker = {"format": FORMAT, "journey_id": journey_id}
        _write_whole(base, MARKER, json.dumps(marker).encode(), root)
        return cls(root, journey_id)

    @classmethod
    def open(cls, root: Path, journey_id: str | None = None) -> SharedFolder:
        """The shared folder at ``root``, which must hold ``journey_id`` (or, when None, any
        journey: a device joining takes the one it finds)."""
        _check_root(root)
        try:
            with (root / JOURNEY_FOLDER / MARKER).open("rb") as stream:
                raw = stream.read(_MARKER_LIMIT + 1)
        except FileNotFoundError as exc:
            raise FolderError("not_shared", root) from exc
        except OSError as exc:
            raise _error(exc, root) from exc
        found = _parse_marker(raw)
        if found is None:
            raise FolderError("not_shared", root, "its journey.json cannot be read")
        version, held = found
        if version > FORMAT:
            raise FolderError("newer_format", root, f"format {version}")
        if journey_id is not None and held != journey_id:
            raise FolderError("other_journey", root, f"it holds journey {held}")
        return cls(root, held)

    # --- writing (into this device's own folder only) ----------------------------------------

    def write(self, device_id: str, kind: str, data: bytes, address: str | None = None) -> str:
        """Store ``data`` as a new file of ``kind`` in ``device_id``'s folder; returns its
        name. Either the whole file is there under that name, or nothing is.

        A ``file`` is named ``<address>.file`` (``address``: 64 lowercase hex digits) and
        replaces the file of that name, if any: the same content sealed again (for a device
        paired since). Every other kind gets a new random name and takes no address."""
        _check_device(device_id)
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; expected one of {KINDS}")
        if (kind == ADDRESSED) != (address is not None):
            raise ValueError(f"a {ADDRESSED!r} file, and only it, is written with an address")
        if address is not None and not _ADDRESS.fullmatch(address):
            raise ValueError("an address is 64 lowercase hex digits")
        self._check_base()
        folder = self.base / DEVICES / device_id
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise self._error(exc) from exc
        name = f"{address or secrets.token_hex(16)}.{kind}"
        _write_whole(folder, name, data, self.root)
        return name

    def remove(self, device_id: str, names: Iterable[str]) -> None:
        """Remove the files ``names`` from ``device_id``'s folder (the caller's own, after
        compaction). Names already gone are fine; a name not of Journey's form is refused,
        so nothing outside that folder, nor the marker, can be removed this way."""
        _check_device(device_id)
        names = list(names)
        odd = [name for name in names if not _WELL_NAMED.fullmatch(name)]
        if odd:
            raise ValueError(f"not names of Journey's files: {odd}")
        self._check_base()
        folder = self.base / DEVICES / device_id
        try:
            for name in names:
                (folder / name).unlink(missing_ok=True)
        except OSError as exc:
            raise self._error(exc) from exc
        sync_folder(folder)

    # --- reading ----------------------------------------------------------------------------

    def devices(self) -> list[str]:
        """The devices that have a folder here, sorted."""
        return sorted(name for name, _ in self._device_folders())

    def listing(self, device_id: str | None = None, kind: str | None = None) -> list[FileRef]:
        """Every well-named, non-empty file of every device (or of ``device_id``; of ``kind``
        alone if given), sorted by device and name. Names are picked before any file is
        looked at: the cards among a thousand batches cost a stat each, not a thousand."""
        if device_id is not None:
            _check_device(device_id)
        suffix = "" if kind is None else f".{kind}"
        refs = []
        for device, folder in self._device_folders(device_id):
            names = [name for name in _names(folder) if name.endswith(suffix)]
            refs += [ref for name in names if (ref := _ref(device, folder, name))]
        return refs

    def incoming(self, me: str, seen: Collection[str]) -> list[FileRef]:
        """The other devices' files whose name is not in ``seen``, sorted by device and name.

        Only names are compared (``seen`` is turned into a set once), and only the files not
        yet seen are looked at further: a pass with nothing new costs one directory listing
        per device."""
        _check_device(me)
        known = seen if isinstance(seen, set | frozenset) else set(seen)
        refs = []
        for device, folder in self._device_folders():
            if device == me:
                continue
            fresh = [name for name in _names(folder) if name not in known]
            refs += [ref for name in fresh if (ref := _ref(device, folder, name))]
        return refs

    def find(self, address: str, devices: Collection[str] | None = None) -> list[FileRef]:
        """The copies of the ``file`` named by ``address`` in every device's folder (or in
        those of ``devices``), sorted by device. One stat per device folder."""
        if not _ADDRESS.fullmatch(address):
            raise ValueError("an address is 64 lowercase hex digits")
        name = f"{address}.{ADDRESSED}"
        return [
            ref
            for device, folder in self._device_folders()
            if devices is None or device in devices
            if (ref := _ref(device, folder, name))
        ]

    def read(self, ref: FileRef) -> bytes | None:
        """The bytes of ``ref``, or None when the file is no longer there (a sync tool
        removed or is replacing it)."""
        try:
            return ref.path.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError) as exc:
            if not self.base.is_dir():
                raise FolderError("gone", self.root, str(exc)) from exc
            return None
        except OSError as exc:
            raise self._error(exc) from exc

    # --- helpers ----------------------------------------------------------------------------

    def _device_folders(self, only: str | None = None) -> list[tuple[str, Path]]:
        """(device id, folder) of each device folder present, sorted by id."""
        self._check_base()
        devices = self.base / DEVICES
        try:
            with os.scandir(devices) as entries:
                found = [
                    (entry.name, Path(entry.path))
                    for entry in entries
                    if (only is None or entry.name == only)
                    and _DEVICE_ID.fullmatch(entry.name)
                    and entry.is_dir(follow_symlinks=False)
                ]
        except FileNotFoundError:
            # Some sync tools do not carry empty folders: a joining device may get the
            # marker before any device has written a file.
            self._check_base()
            return []
        except OSError as exc:
            raise self._error(exc) from exc
        return sorted(found)

    def _check_base(self) -> None:
        """Raise "gone" when Journey/ is no longer there (the drive was removed, or only an
        empty mount point is left)."""
        if not self.base.is_dir():
            raise FolderError("gone", self.root)

    def _error(self, exc: OSError) -> FolderError:
        return _error(exc, self.root)


def _check_root(root: Path) -> None:
    if not root.is_dir():
        raise FolderError("gone", root)


def _check_device(device_id: str) -> None:
    if not isinstance(device_id, str) or not _DEVICE_ID.fullmatch(device_id):
        raise ValueError(
            f"{device_id!r} is not a device id (1 to 64 of a-z, 0-9, - and _, not - or _ first)"
        )


def _names(folder: Path) -> list[str]:
    """The names in ``folder`` of Journey's form that are files, sorted. No stat: on Linux
    and macOS the entry's type comes with the listing."""
    try:
        with os.scandir(folder) as entries:
            return sorted(
                entry.name
                for entry in entries
                if _WELL_NAMED.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
            )
    except (FileNotFoundError, NotADirectoryError):
        return []  # the folder went away between the two listings


def _ref(device_id: str, folder: Path, name: str) -> FileRef | None:
    """A FileRef for ``name``, or None when it is empty (a sync tool has only just created
    it) or no longer there."""
    path = folder / name
    try:
        size = os.stat(path, follow_symlinks=False).st_size
    except (FileNotFoundError, NotADirectoryError):
        return None
    if size == 0:
        return None
    return FileRef(device_id, name, name.rpartition(".")[2], size, path)


def _write_whole(folder: Path, name: str, data: bytes, root: Path) -> None:
    """Write ``data`` into ``folder/name`` whole: into a private (0600) temporary file named
    ``.tmp-<name>.tmp``, flushed to the disk, then renamed. On any failure the temporary file
    is removed and nothing is left under ``name``."""
    temporary = folder / f".tmp-{name}.tmp"
    try:
        new_private_file(temporary)
        descriptor = os.open(temporary, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view) :]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, folder / name)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise _error(exc, root) from exc
        raise
    sync_folder(folder)  # make the rename itself durable


def _error(exc: OSError, root: Path) -> FolderError:
    """The FolderError an OSError met under ``root`` means."""
    detail = exc.strerror or str(exc)
    if exc.errno in _FULL:
        return FolderError("full", root, detail)
    if exc.errno in _GONE or not root.is_dir():
        return FolderError("gone", root, detail)
    return FolderError("unwritable", root, detail[:1].lower() + detail[1:])


def _parse_marker(raw: bytes) -> tuple[int, str] | None:
    """(format, journey id) from journey.json's bytes, or None when they are not a marker."""
    if len(raw) > _MARKER_LIMIT:
        return None
    try:
        marker = json.loads(raw)
    except ValueError:  # also UnicodeDecodeError
        return None
    if not isinstance(marker, dict):
        return None
    version, journey_id = marker.get("format"), marker.get("journey_id")
    if type(version) is not int or version < 1:
        return None
    if version > FORMAT:  # a newer layout may name the journey differently
        return version, journey_id if isinstance(journey_id, str) else ""
    if not isinstance(journey_id, str) or not journey_id:
        return None
    return version, journey_id
