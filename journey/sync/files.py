"""Attached documents travelling with a shared journey (issue 16): how a file in the journal's
``attachments/`` is named in the shared folder, and how one received is written back.

A document's row (``travel_document.attachment``, "attachments/passport.pdf") travels in the
batches like any row; the file itself goes into the shared folder once, sealed like a batch,
under a name derived from its content: ``<address>.file``, the address being HMAC-SHA256 of
the content under the journey's *files key*. The key is random, made by the first computer and
given to the others inside the invitation's sealed snapshot, so it is known to the journey's
devices alone. Keyed rather than a plain SHA-256 because a plain hash would let anyone who
sees the folder (the sync tool's company, a shared Dropbox) test whether it holds a document
they also have (a clinic's standard form, a published leaflet); with the key the name says
nothing, and the same content still gets the same name, so it is written once.

Pure helpers: no shared folder, no sealing, no state (journey.sync.service does those).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path, PurePosixPath
from typing import TypeGuard

from sqlalchemy import select
from sqlalchemy.engine import Connection

from journey.files import new_private_file, sync_folder, under_way
from journey.services.documents import ATTACHMENTS_DIR
from journey.trip_models import TravelDocument

# Inside the sealed payload, before the content: a sealed file is never taken for a batch
# (whose payload is JSON) nor a batch for a file.
FILE_TAG = b"journey attachment v1\n"
_ADDRESS = re.compile(r"[0-9a-f]{64}")
_KEY = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1024 * 1024


def new_files_key() -> str:
    """A journey's files key: 256 random bits, as 64 hex digits."""
    return secrets.token_hex(32)


def is_address(text: object) -> TypeGuard[str]:
    return isinstance(text, str) and _ADDRESS.fullmatch(text) is not None


def is_key(text: object) -> TypeGuard[str]:
    return isinstance(text, str) and _KEY.fullmatch(text) is not None


def address_of(key: str, content: bytes) -> str:
    """The name ``content`` has in the shared folder under the files key ``key``."""
    return hmac.new(bytes.fromhex(key), content, hashlib.sha256).hexdigest()


def address_of_file(key: str, path: Path) -> str:
    """``address_of`` the file at ``path``, read in chunks (an attachment can be 50 MB)."""
    digest = hmac.new(bytes.fromhex(key), digestmod=hashlib.sha256)
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def wrap(content: bytes) -> bytes:
    return FILE_TAG + content


def unwrap(payload: bytes) -> bytes | None:
    """The content of a sealed file's payload, or None when it is not one."""
    return payload[len(FILE_TAG) :] if payload.startswith(FILE_TAG) else None


def referenced(connection: Connection) -> set[str]:
    """The attachment paths this journal's document lines name."""
    rows = connection.execute(
        select(TravelDocument.attachment).where(TravelDocument.attachment.is_not(None))
    )
    return {path for (path,) in rows if path}


def inside(journal_folder: Path, relative: str) -> Path | None:
    """Where ``relative`` (a row's "attachments/…") is in the journal's folder, or None when it
    would be anywhere but inside ``attachments/`` (an absolute path, a ``..``, a link out):
    the path came from another computer, so it is checked as DocumentService checks its own."""
    if not isinstance(relative, str):
        return None
    pure = PurePosixPath(relative.replace("\\", "/"))
    parts = pure.parts
    if pure.is_absolute() or ".." in parts or len(parts) < 2 or parts[0] != ATTACHMENTS_DIR:
        return None
    if any(":" in part for part in parts):  # a Windows drive or stream ("C:x", "a.pdf:s")
        return None
    attachments = journal_folder / ATTACHMENTS_DIR
    path = journal_folder.joinpath(*parts)
    try:
        path.resolve().relative_to(attachments.resolve())
    except (ValueError, OSError):
        return None
    return path


def write_attachment(target: Path, content: bytes) -> None:
    """Put ``content`` at ``target`` whole: written under a name the journal's clean-up knows
    (journey.files.under_way), flushed, then renamed; private to the user (0600)."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = under_way(target)
    try:
        new_private_file(temporary)
        with temporary.open("r+b") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(target.parent)
