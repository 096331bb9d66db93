"""Small file-system steps shared by everything that writes a file whole."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

# The wrapped key of an encrypted journal (journey.cipher). Named here, where the claim can
# look for it without loading the cipher's modules: a plain journal starts faster.
KEYS_FILE = "journal.keys"

# What a journal file that could not be read is renamed to, with a timestamp after it
# (journey.backup.recover): ``journal.sqlite3.damaged-20260510T140000Z``.
DAMAGED = ".damaged-"

# A copy under way is written beside its final name, under a hidden name ending in what is
# being done, and renamed into place only once complete: ``.journal.sqlite3.building`` (a
# backup, an export, a recovery), ``.journal.sqlite3.restoring`` (a restore),
# ``.NAME.encrypting`` (journey.cipher). SQLite may give the copy a journal of its own beside it
# (``-journal``, ``-wal``, ``-shm``). Older versions nested two of these steps
# (``..journal.sqlite3.restoring.building``): the pattern takes any number.
BUILDING = "building"
RESTORING = "restoring"
ENCRYPTING = "encrypting"
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
_UNDER_WAY = re.compile(r"^\..+\.(building|restoring|encrypting)(-journal|-wal|-shm)?$")


def sync_folder(folder: Path) -> None:
    """Make renames into ``folder`` durable (not possible, nor needed, on Windows)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def under_way(target: Path, step: str = BUILDING) -> Path:
    """The hidden name beside ``target`` a copy of it is written under until it is complete."""
    return target.with_name(f".{target.name}.{step}")


def new_private_file(path: Path) -> Path:
    """Create ``path`` new and empty, readable and writable by its owner alone (0600), after
    removing whatever an earlier attempt left there (the file and SQLite's side files).

    This is how every copy is private from its first byte: SQLite writes into an empty file
    that exists rather than creating one (``VACUUM INTO`` and ``ATTACH`` accept an empty
    file), the file keeps the mode it was created with, and SQLite creates the side files of
    a database with that database's mode. Created with O_EXCL, never opened through a link
    someone else put there. (Windows ignores the mode; a user's folder is private there.)
    """
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in SQLITE_SIDE_FILES)):
        leftover.unlink(missing_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, 0o600))
    return path


def is_leftover(name: str) -> bool:
    """A file name a copy under way has (``under_way``), or one of its SQLite side files."""
    return _UNDER_WAY.match(name) is not None


def find_leftovers(folders: Iterable[Path]) -> list[Path]:
    """The files in ``folders`` (not below them) named as copies under way, sorted."""
    found = []
    for folder in folders:
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            with os.scandir(folder) as entries:
                found += [
                    Path(entry.path)
                    for entry in entries
                    if is_leftover(entry.name) and entry.is_file(follow_symlinks=False)
                ]
    return sorted(found)


def remove_files(paths: Iterable[Path]) -> list[Path]:
    """Remove each of ``paths`` that is still there; returns those removed."""
    removed = []
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def read_only(path: Path) -> bool:
    """Whether the existing file ``path`` is read-only for this process: no one may write it
    (no write bit in its mode, as ``chmod 0400`` leaves it), this user may not (``os.access``),
    or it is on a file system mounted read-only. The mode bits are asked as well as
    ``os.access`` because root may write any file, and its ``os.access`` says so: a file
    whose owner made it read-only is still treated as read-only when Journey runs as root
    (as CI does), which is what its owner meant. False for a missing file, or one that
    cannot be looked at (whoever opens it then says why)."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not stat.S_ISREG(mode):
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return True
    if not os.access(path, os.W_OK):
        return True
    if hasattr(os, "statvfs"):
        with contextlib.suppress(OSError):
            return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    return False
