"""Encryption at rest, optional: the journal and its backups as SQLCipher files.

The database is encrypted with a random 256-bit data key, given to SQLCipher as a raw key (so
SQLCipher runs no key derivation of its own on every connection). The data key is kept in
``journal.keys`` beside the journal, wrapped (AES-256-GCM) by a key derived from the person's
passphrase with scrypt. The recovery key shown when encryption is turned on is the data key
itself, written in groups of letters with a checksum, so it opens the journal and every backup
even if the passphrase is forgotten or ``journal.keys`` is lost. Until the person confirms they
have kept it, ``journal.keys`` says so (``recovery_pending``): a crash while encryption was
being turned on, or before the key was confirmed, then shows it again at the next unlock (the
key itself is not stored twice: it is the data key, wrapped by the passphrase already).

Changing the passphrase rewraps the data key; the database is not rewritten. Every file whole
is written beside its name, private to the user from its first byte, and moved into place, so
a crash leaves the old state or the new.

A journal moved aside as damaged (``journal.sqlite3.damaged-<time>``, journey.backup.recover)
may not be readable by SQLite, so it cannot become a SQLCipher file: it is sealed instead,
its bytes encrypted whole (AES-256-GCM, under a key derived from the data key) into
``<name>.sealed``; ``unseal`` gives them back, with the passphrase's data key or the recovery
key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from journey.driver import (
    connect,
    database_errors,
    driver,
    key_pragma,
)
from journey.errors import (  # noqa: F401  # named here too: older callers import them from here
    BadRecoveryKey,
    EncryptionFailed,
    JournalError,
    WrongPassphrase,
)
from journey.files import (
    DAMAGED,
    ENCRYPTING,
    KEYS_FILE,
    SQLITE_SIDE_FILES,
    find_leftovers,
    new_private_file,
    remove_files,
    sync_folder,
    under_way,
)
from journey.journal_file import BACKUP_DIR, JOURNAL_FILE, SQLITE_HEADER
from journey.validation import MIN_PASSPHRASE  # named here too, as before

KEYS_FORMAT = "journey-keys"
KEYS_VERSION = 1
KEY_BYTES = 32  # AES-256: SQLCipher 4's cipher, and the key wrap below

# scrypt's cost: N=2^17, r=8, p=1, the minimum the OWASP Password Storage Cheat Sheet (2024)
# recommends; about 0.4 s and 128 MiB once per unlock on this kind of machine
# (benchmarks/encryption.py). Stored in the keys file, so a later version may raise them.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
_WRAP_CONTEXT = b"journey journal data key v1"  # AES-GCM associated data

# The recovery key: 32 key bytes and 3 checksum bytes in base32, in groups of five letters.
_RECOVERY_CHECKSUM = 3
_RECOVERY_GROUP = 5

# A sealed file: this line, a 12-byte nonce, then the AES-256-GCM ciphertext and tag.
SEALED = ".sealed"
_SEAL_FORMAT = b"journey-sealed-file v1\n"
_SEAL_CONTEXT = b"journey sealed file v1"  # HKDF info: the sealing key is not the data key


@dataclass(frozen=True)
class WrappedKey:
    """The contents of ``journal.keys``: the data key wrapped by the passphrase."""

    salt: bytes
    n: int
    r: int
    p: int
    nonce: bytes
    wrapped: bytes
    recovery_pending: bool = False  # the recovery key not yet confirmed as kept: show it again

    def to_json(self) -> str:
        b64 = base64.b64encode
        pending = {"recovery_pending": True} if self.recovery_pending else {}
        return json.dumps(
            {
                "format": KEYS_FORMAT,
                "version": KEYS_VERSION,
                "kdf": {
                    "name": "scrypt",
                    "salt": b64(self.salt).decode(),
                    "n": self.n,
                    "r": self.r,
                    "p": self.p,
                },
                "wrap": {
                    "name": "AES-256-GCM",
                    "nonce": b64(self.nonce).decode(),
                    "key": b64(self.wrapped).decode(),
                },
                **pending,
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> WrappedKey:
        """Raises ValueError (or KeyError/TypeError) for anything that is not a keys file."""
        data = json.loads(text)
        if data.get("format") != KEYS_FORMAT or data.get("version") != KEYS_VERSION:
            raise ValueError("not a Journey keys file of a version this Journey knows")
        kdf, wrap = data["kdf"], data["wrap"]
        if kdf["name"] != "scrypt" or wrap["name"] != "AES-256-GCM":
            raise ValueError("unknown key derivation or wrap")
        decode = base64.b64decode
        return cls(
            salt=decode(kdf["salt"]),
            n=int(kdf["n"]),
            r=int(kdf["r"]),
            p=int(kdf["p"]),
            nonce=decode(wrap["nonce"]),
            wrapped=decode(wrap["key"]),
            recovery_pending=data.get("recovery_pending") is True,
        )


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def wrap_key(data_key: bytes, passphrase: str, *, recovery_pending: bool = False) -> WrappedKey:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    kek = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _WRAP_CONTEXT)
    return WrappedKey(salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, nonce, wrapped, recovery_pending)


def unwrap_key(keys: WrappedKey, passphrase: str, path: Path) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        kek = _derive(passphrase, keys.salt, keys.n, keys.r, keys.p)
        return AESGCM(kek).decrypt(keys.nonce, keys.wrapped, _WRAP_CONTEXT)
    except (InvalidTag, ValueError, MemoryError) as exc:
        raise WrongPassphrase(path) from exc


def new_data_key() -> bytes:
    return os.urandom(KEY_BYTES)


def recovery_key(data_key: bytes) -> str:
    """The data key as a person can write it down: base32 in groups of five, with a checksum."""
    checksum = hashlib.sha256(data_key).digest()[:_RECOVERY_CHECKSUM]
    letters = base64.b32encode(data_key + checksum).decode().rstrip("=")
    groups = [letters[i : i + _RECOVERY_GROUP] for i in range(0, len(letters), _RECOVERY_GROUP)]
    return "-".join(groups)


def key_from_recovery(text: str) -> bytes:
    """The data key a typed recovery key stands for; spaces, dashes and case do not matter,
    and 0/1/8 typed for O/I/B are read as the letters. Raises BadRecoveryKey."""
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    letters = letters.translate(str.maketrans("018", "OIB"))
    expected = len(recovery_key(bytes(KEY_BYTES)).replace("-", ""))
    if len(letters) != expected:
        raise BadRecoveryKey(f"a recovery key has {expected} letters; this has {len(letters)}")
    try:
        raw = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError as exc:
        raise BadRecoveryKey("it has a character a recovery key never has") from exc
    data_key, checksum = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if hashlib.sha256(data_key).digest()[:_RECOVERY_CHECKSUM] != checksum:
        raise BadRecoveryKey("a letter or digit is wrong")
    return data_key


def keys_path(folder: Path) -> Path:
    return folder / KEYS_FILE


def recovery_pending(folder: Path) -> bool:
    """``journal.keys`` says the recovery key has not been confirmed as kept yet."""
    try:
        return read_keys(folder).recovery_pending
    except WrongPassphrase:
        return False


def confirm_recovery(folder: Path) -> None:
    """The person has kept the recovery key: ``journal.keys`` stops saying to show it."""
    keys = read_keys(folder)
    if keys.recovery_pending:
        write_keys(folder, replace(keys, recovery_pending=False))


def read_keys(folder: Path) -> WrappedKey:
    """The journal's wrapped key; a keys file that cannot be read is WrongPassphrase's "damaged
    file" (no passphrase could open it)."""
    path = keys_path(folder)
    try:
        return WrappedKey.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise WrongPassphrase(path, "the keys file cannot be read") from exc


def write_keys(folder: Path, keys: WrappedKey) -> None:
    """Write ``journal.keys`` whole: beside its name, synced, then moved into place (0600)."""
    path = keys_path(folder)
    building = path.with_name(f".{path.name}.writing")
    fd = os.open(building, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(keys.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(building, path)
    sync_folder(folder)


def looks_encrypted(db: Path) -> bool:
    """A file with content that does not start as a plain SQLite file does. (Random bytes
    look the same: only the key tells an encrypted journal from a damaged file.)"""
    try:
        with db.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER


def is_encrypted(folder: Path, db: Path) -> bool:
    """The journal ``db`` in ``folder`` is encrypted: it has a keys file and the file does
    not read as plain SQLite."""
    return keys_path(folder).exists() and looks_encrypted(db)


def key_opens(db: Path, key: bytes) -> bool:
    """``key`` decrypts ``db`` (its first page reads as a database). Read-only, and nothing is
    made beside it (journey.journal_file: immutable when the file alone is the journal)."""
    from journey.journal_file import _connect_read_only

    try:
        conn = _connect_read_only(db, key)
    except database_errors():
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except database_errors():
        return False
    finally:
        conn.close()


# --- Turning encryption on, and changing the passphrase ----------------------------------


def export_copy(source: Path, target: Path, *, source_key: bytes | None, target_key: bytes) -> None:
    """Copy the closed database ``source`` into a new file ``target`` encrypted with
    ``target_key`` (SQLCipher's ``sqlcipher_export``), checked row for row against the source.
    ``target`` is written beside its name, private to the user from its first byte
    (``journey.files.new_private_file``), and moved into place."""
    building = new_private_file(under_way(target, ENCRYPTING))
    conn = None
    try:
        conn = driver(target_key).connect(str(source), isolation_level=None)  # SQLCipher's
        if source_key is not None:
            conn.execute(f'PRAGMA key = "{key_pragma(source_key)}"')
        conn.execute(
            "ATTACH DATABASE ? AS encrypted KEY ?", (str(building), key_pragma(target_key))
        )
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
        _same_rows(conn, building, target_key)
        conn.close()
        _set_wal(building, target_key)
    except BaseException:
        if conn is not None:
            conn.close()  # before its files go (closing twice does nothing)
        remove_files([building, *(Path(f"{building}{s}") for s in SQLITE_SIDE_FILES)])
        raise
    os.replace(building, target)


def _same_rows(source: Any, copy: Path, key: bytes) -> None:
    """The copy passes ``quick_check`` and has the same rows in every table as ``source``."""
    tables = [
        row[0]
        for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not row[0].startswith("sqlite_")
    ]
    check = connect(copy, key, isolation_level=None)
    try:
        verdict = check.execute("PRAGMA quick_check").fetchone()
        if verdict is None or verdict[0] != "ok":
            raise EncryptionFailed(copy, f"the encrypted copy failed its check: {verdict}")
        for table in tables:
            query = f'SELECT * FROM "{table}" ORDER BY rowid'
            if source.execute(query).fetchall() != check.execute(query).fetchall():
                raise EncryptionFailed(copy, f"the encrypted copy of {table} differs")
    finally:
        check.close()


def _set_wal(db: Path, key: bytes) -> None:
    conn = connect(db, key, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


def turn_on(folder: Path, files: list[Path], passphrase: str) -> str:
    """Encrypt the closed journal's ``files`` (the journal first, then its backups) with a new
    data key wrapped by ``passphrase``; returns the recovery key, to be shown until the person
    confirms it is kept (``confirm_recovery``; until then ``journal.keys`` says to show it
    again, so a crash before it was seen does not lose it).

    No plain copy of the journal is left in the folder (the caller holds its lock):
    - the partial copies a crash left (``.journal.sqlite3.building`` and the like, in the
      folder and in backups/) are removed first: none is a copy that took effect, so removing
      them loses nothing (journey.backup.remove_leftovers says why), and encrypting them
      would only keep what is not a journal;
    - the journals moved aside as damaged (``journal.sqlite3.damaged-*`` and their -wal and
      -shm) are sealed, not removed: they were kept because nothing is deleted when a journal
      is recovered, and they may not even be readable by SQLite (``seal_damaged``).

    The keys file is written first: until the journal itself is replaced, a plain journal
    beside a keys file still opens as plain. A crash part-way leaves some backups plain, or
    damaged journals unsealed; opening the journal with its key converts the backups
    (``encrypt_files``) and seals the damaged journals (journey.backup.tidy). A damaged
    journal that cannot be sealed (a full disk) raises EncryptionFailed, never passes
    silently; the journal is encrypted by then, and the next opening tries again."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValueError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    remove_files(find_leftovers([folder, folder / BACKUP_DIR]))
    data_key = new_data_key()
    write_keys(folder, wrap_key(data_key, passphrase, recovery_pending=True))
    encrypt_files(files, data_key)
    seal_damaged(folder, data_key)
    sync_folder(folder)
    return recovery_key(data_key)


def encrypt_files(files: list[Path], key: bytes) -> list[Path]:
    """Encrypt, each in place, the closed plain databases among ``files``; each encrypted copy
    is built and checked row for row beside its file before it replaces it. Returns those
    encrypted."""
    done = []
    for path in files:
        if not path.exists() or looks_encrypted(path):
            continue
        _checkpoint_plain(path)
        try:
            export_copy(path, path, source_key=None, target_key=key)
        except database_errors() as exc:
            raise EncryptionFailed(path, str(exc)) from exc
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        done.append(path)
    return done


def _checkpoint_plain(db: Path) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def change_passphrase(folder: Path, data_key: bytes, new_passphrase: str) -> None:
    """Wrap the (already unlocked) data key with ``new_passphrase``; the database is not
    touched, and the recovery key stays the same (still to be shown if it was not confirmed).
    Writes a new ``journal.keys`` when it was lost."""
    if len(new_passphrase) < MIN_PASSPHRASE:
        raise ValueError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    pending = keys_path(folder).exists() and recovery_pending(folder)
    write_keys(folder, wrap_key(data_key, new_passphrase, recovery_pending=pending))


def unlock(folder: Path, db: Path, passphrase: str) -> bytes:
    """The data key for ``passphrase``; raises WrongPassphrase. AES-GCM authenticates the
    unwrapped key: a key returned here is the one ``journal.keys`` holds (whether it opens
    ``db`` is ``key_opens``)."""
    return unwrap_key(read_keys(folder), passphrase, db)


def opens_a_backup(folder: Path, key: bytes) -> bool:
    """``key`` opens one of the encrypted backups in ``folder``'s backups/: it is this
    journal's key, so a journal file it does not open is damaged."""
    backups = folder / BACKUP_DIR
    try:
        candidates = sorted(backups.glob("*.sqlite3")) if backups.is_dir() else []
    except OSError:
        return False
    return any(looks_encrypted(path) and key_opens(path, key) for path in candidates)


def unlock_with_recovery(db: Path, text: str) -> bytes:
    """The data key from a typed recovery key, checked against the journal file; raises
    BadRecoveryKey for a typo and WrongPassphrase when it is a key for another journal."""
    key = key_from_recovery(text)
    if not key_opens(db, key):
        raise WrongPassphrase(db)
    return key


# --- Damaged journals kept aside, sealed --------------------------------------------------


def damaged_copies(folder: Path) -> list[Path]:
    """The journals moved aside as damaged in ``folder`` (with their -wal and -shm) that are
    not sealed yet."""
    return sorted(
        path
        for path in folder.glob(f"{JOURNAL_FILE}{DAMAGED}*")
        if not path.name.endswith(SEALED) and path.is_file()
    )


def sealed_name(path: Path) -> Path:
    return path.with_name(path.name + SEALED)


def _sealing_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_SEAL_CONTEXT)
    return hkdf.derive(data_key)


def seal(path: Path, key: bytes) -> Path:
    """Encrypt the file ``path`` whole with the journal's data key into ``<path>.sealed``
    (private, written beside its name and moved into place), then remove ``path``. Returns
    the sealed file. A crash part-way leaves ``path`` as it was (and perhaps a partial copy
    under way, removed at the next opening). Raises EncryptionFailed, or OSError."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = sealed_name(path)
    building = under_way(sealed, ENCRYPTING)
    nonce = os.urandom(12)
    try:
        content = AESGCM(_sealing_key(key)).encrypt(nonce, path.read_bytes(), _SEAL_FORMAT)
    except (OverflowError, MemoryError) as exc:  # beyond what AES-GCM takes at once (2 GiB)
        raise EncryptionFailed(path, f"it is too large to seal ({exc})") from exc
    new_private_file(building)
    try:
        with open(building, "r+b") as handle:
            handle.write(_SEAL_FORMAT + nonce + content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(building, sealed)
    except BaseException:
        building.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    path.unlink()
    sync_folder(path.parent)
    return sealed


def unseal(sealed: Path, key: bytes) -> bytes:
    """The bytes of the file sealed at ``sealed``, for the journal's data key (or the key a
    recovery key stands for, ``key_from_recovery``). Raises WrongPassphrase when the key is
    not the one it was sealed with, or the file is damaged."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    data = sealed.read_bytes()
    if not data.startswith(_SEAL_FORMAT):
        raise WrongPassphrase(sealed, "not a sealed file")
    nonce = data[len(_SEAL_FORMAT) : len(_SEAL_FORMAT) + 12]
    content = data[len(_SEAL_FORMAT) + 12 :]
    try:
        return AESGCM(_sealing_key(key)).decrypt(nonce, content, _SEAL_FORMAT)
    except (InvalidTag, ValueError) as exc:
        raise WrongPassphrase(sealed) from exc


def seal_damaged(folder: Path, key: bytes) -> list[Path]:
    """Seal (``seal``) every damaged journal kept aside in ``folder`` that is not sealed yet;
    returns the sealed files. Raises EncryptionFailed, naming the file, for one that cannot
    be sealed."""
    done = []
    for path in damaged_copies(folder):
        try:
            done.append(seal(path, key))
        except OSError as exc:
            raise EncryptionFailed(path, f"it could not be sealed ({exc.strerror or exc})") from exc
    return done
