"""The cryptography of a shared journey: device keys, fingerprints, sealed batches and
invitations. Pure: bytes in, bytes out; no files, no database, no clock.

Every device has its own keys: an age X25519 identity (to receive) and an Ed25519 signing key
(to sign). Its public half, the ``DeviceCard``, is what the other devices keep. A batch is
signed, then encrypted with age to every device of the journey and to the sender itself, so a
device can read back what it wrote.

The sealed bytes, for a batch and for an invitation alike::

    b"journey-sealed v1\\n"          the frame tag, 18 bytes
    length                          8 bytes, big-endian: the length of the age file that follows
    age file                        age v1, binary (X25519 recipients, or one scrypt passphrase)

and inside the age file, the plaintext (PyNaCl's signed-message layout)::

    signature                       64 bytes, Ed25519 over everything that follows
    tag                             b"journey batch v1\\n" or b"journey invitation v1\\n"
    header length                   4 bytes, big-endian
    header                          compact JSON: the journey id and who signed
    payload                         the caller's bytes

Why the frame: age authenticates its chunks but cannot tell a file cut short from one damaged
in its last chunk (pyrage says "decryption error" for both), and a sync tool delivering a file
half-written is the everyday case, one the caller should wait out rather than report as an
attack. With the length in front, a prefix of a sealed file is always ``truncated``, whole files
that fail are ``tampered``. The length is a hint, not a proof: it is not authenticated, so
damage to the length itself may be called ``truncated``; nothing damaged is ever accepted.

The tags differ for batches and invitations so that a signature made for one is never accepted
as the other, and neither tag appears outside the encryption.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import secrets
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyrage
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey
from pyrage import passphrase, x25519

PERSONS = ("patient", "companion")

KINDS = ("malformed", "tampered", "unknown_signer", "not_for_us", "other_journey", "truncated")

_MESSAGES = {
    "malformed": "The data is not in the expected form.",
    "tampered": "The sealed data is damaged or was altered.",
    "unknown_signer": "The sealed data was signed by a device that is not part of this journey.",
    "not_for_us": "The sealed data is not addressed to this device.",
    "other_journey": "The sealed data belongs to another journey.",
    "truncated": "The sealed data is incomplete; it may still be arriving.",
}

_ID_BYTES = 12  # device and journey ids: 96 random bits, 20 base32 letters
_SECRET_BYTES = 16  # the invitation secret: 128 random bits
_SEED_BYTES = 32  # an Ed25519 seed
_SIGNATURE_BYTES = 64
_MAX_NAME = 100

_FRAME_TAG = b"journey-sealed v1\n"
_FRAME_LENGTH = struct.Struct(">Q")
_BATCH_TAG = b"journey batch v1\n"
_INVITATION_TAG = b"journey invitation v1\n"
_HEADER_LENGTH = struct.Struct(">I")
_FINGERPRINT_CONTEXT = b"journey device fingerprint v1\n"
_KEYS_FORMAT = "journey-sync-device-keys"
_KEYS_VERSION = 1

# Crockford's base32: digits and capitals without I, L, O, U, so nothing read aloud is ambiguous.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})

# An invitation code: "JRNY1" then 85 letters (425 bits) in groups of five. The bits, from the
# top: 13 reserved zeros, journey id (96), inviter id (96), inviter fingerprint (60), secret
# (128), CRC-32 (32). CRC-32 finds every error within 32 consecutive bits, so any one mistyped
# letter (5 bits) or two swapped neighbours; the test suite tries every single substitution.
_CODE_PREFIX = "JRNY1"
_CODE_LETTERS = 85
_CODE_GROUP = 5
_CODE_RESERVED = 13
_FINGERPRINT_BITS = 60
_CHECKSUM_BITS = 32


class SealError(Exception):
    """Sealed data, a card, keys or a code that cannot be used, and why, as ``kind``:

    - ``malformed``: not a card, keys or invitation code (a typo, garbage);
    - ``tampered``: damaged or altered: a signature or the structure inside does not hold;
    - ``unknown_signer``: signed by a device that is not in this journey, or with another key;
    - ``not_for_us``: not encrypted to this device (or the invitation's secret is wrong);
    - ``other_journey``: genuine, but sealed for another journey;
    - ``truncated``: cut short, as a file the sync tool has not finished delivering.

    ``str()`` is one English line, never containing a secret."""

    def __init__(self, kind: str, message: str | None = None) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown SealError kind {kind!r}")
        super().__init__(message or _MESSAGES[kind])
        self.kind = kind


# --- identifiers and encodings ---------------------------------------------------------------


def _b32(raw: bytes) -> str:
    """Lowercase base32 without padding: ids and secrets that survive file names and URLs."""
    return base64.b32encode(raw).decode("ascii").rstrip("=").lower()


def _unb32(text: str, size: int) -> bytes | None:
    """The bytes behind ``_b32`` text of ``size`` bytes, or None; only the canonical spelling
    is accepted, so one id has one spelling."""
    if not isinstance(text, str) or not re.fullmatch(r"[a-z2-7]+", text):
        return None
    try:
        raw = base64.b32decode(text.upper() + "=" * (-len(text) % 8))
    except binascii.Error:
        return None
    return raw if len(raw) == size and _b32(raw) == text else None


def _new_id() -> str:
    return _b32(secrets.token_bytes(_ID_BYTES))


def new_journey_id() -> str:
    """A new journey's id: 20 lowercase base32 letters from 96 random bits."""
    return _new_id()


def _is_id(text: object) -> bool:
    return isinstance(text, str) and _unb32(text, _ID_BYTES) is not None


def _require_id(text: str, what: str) -> None:
    """For the sealing side: a bad id there is the caller's mistake, not bad data."""
    if not _is_id(text):
        raise ValueError(f"{what} must be 20 lowercase base32 letters")


def _crockford(number: int, letters: int) -> str:
    """``number`` as exactly ``letters`` Crockford base32 letters, most significant first."""
    out = [_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(letters))]
    return "".join(out)


def _uncrockford(text: str) -> int | None:
    """The number behind Crockford letters (upper case, aliases already mapped), or None."""
    number = 0
    for letter in text:
        value = _CROCKFORD.find(letter)
        if value < 0:
            return None
        number = number << 5 | value
    return number


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object, size: int) -> bytes | None:
    """Strict standard base64 of ``size`` bytes, or None."""
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == size and _b64(raw) == text else None


def _canonical_recipient(text: object) -> bool:
    """An age X25519 recipient in its one lowercase spelling (pyrage also takes upper case)."""
    if not isinstance(text, str):
        return False
    try:
        return str(x25519.Recipient.from_str(text)) == text
    except pyrage.RecipientError:
        return False


def _canonical_identity(text: object) -> bool:
    if not isinstance(text, str):
        return False
    try:
        return str(x25519.Identity.from_str(text)) == text
    except pyrage.IdentityError:
        return False


def _name_ok(name: object) -> bool:
    """A device's name is shown to the other person: one short line, not blank."""
    return (
        isinstance(name, str)
        and bool(name.strip())
        and len(name) <= _MAX_NAME
        and name.isprintable()
    )


# --- devices ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeviceCard:
    """The public half of a device, what the other devices of the journey keep. Built only
    valid: a card that cannot be encrypted to or verified is refused as ``malformed``."""

    device_id: str
    name: str
    person: str
    recipient: str  # age X25519 public key, "age1…"
    verify_key: str  # Ed25519 verify key, standard base64 of 32 bytes

    def __post_init__(self) -> None:
        valid = (
            _is_id(self.device_id)
            and _name_ok(self.name)
            and self.person in PERSONS
            and _canonical_recipient(self.recipient)
            and _unb64(self.verify_key, 32) is not None
        )
        if not valid:
            raise SealError("malformed", "This device card is not valid.")

    def to_json(self) -> dict[str, str]:
        return {
            "device_id": self.device_id,
            "name": self.name,
            "person": self.person,
            "recipient": self.recipient,
            "verify_key": self.verify_key,
        }

    @classmethod
    def from_json(cls, data: Any) -> DeviceCard:
        """The card from ``to_json``'s dict; anything else, extra keys included, is refused:
        a card comes from another device, so it is checked like any input."""
        fields = ("device_id", "name", "person", "recipient", "verify_key")
        if not isinstance(data, dict) or set(data) != set(fields):
            raise SealError("malformed", "This device card is not valid.")
        if not all(isinstance(data[key], str) for key in fields):
            raise SealError("malformed", "This device card is not valid.")
        return cls(**{key: data[key] for key in fields})


@dataclass(frozen=True)
class DeviceKeys:
    """This device's secrets and who it is. ``to_bytes`` is for the caller to store protected
    (the journal's encryption, the system keyring); the secrets stay out of ``repr`` so that a
    log line or a traceback does not carry them."""

    device_id: str
    name: str
    person: str
    identity: str = field(repr=False)  # age X25519 secret key, "AGE-SECRET-KEY-1…"
    signing_seed: bytes = field(repr=False)  # Ed25519 seed, 32 bytes

    def __post_init__(self) -> None:
        valid = (
            _is_id(self.device_id)
            and _name_ok(self.name)
            and self.person in PERSONS
            and _canonical_identity(self.identity)
            and isinstance(self.signing_seed, bytes)
            and len(self.signing_seed) == _SEED_BYTES
        )
        if not valid:
            raise SealError("malformed", "These device keys are not valid.")

    @classmethod
    def generate(cls, name: str, person: str) -> DeviceKeys:
        """New keys for this device, with a new random id."""
        if person not in PERSONS:
            raise ValueError(f"person must be one of {PERSONS}")
        if not _name_ok(name):
            raise ValueError(f"a device needs a name of one line, 1 to {_MAX_NAME} characters")
        return cls(
            device_id=_new_id(),
            name=name,
            person=person,
            identity=str(x25519.Identity.generate()),
            signing_seed=secrets.token_bytes(_SEED_BYTES),
        )

    def card(self) -> DeviceCard:
        """The public half, to give to the other devices."""
        recipient = x25519.Identity.from_str(self.identity).to_public()
        verify_key = SigningKey(self.signing_seed).verify_key
        return DeviceCard(
            device_id=self.device_id,
            name=self.name,
            person=self.person,
            recipient=str(recipient),
            verify_key=_b64(bytes(verify_key)),
        )

    def to_bytes(self) -> bytes:
        """A JSON document of the secrets, versioned so that a later format can read it."""
        document = {
            "format": _KEYS_FORMAT,
            "version": _KEYS_VERSION,
            "device_id": self.device_id,
            "name": self.name,
            "person": self.person,
            "identity": self.identity,
            "signing_seed": _b64(self.signing_seed),
        }
        return json.dumps(document, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> DeviceKeys:
        """The keys from ``to_bytes``; anything else is ``malformed``."""
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, AttributeError, RecursionError) as exc:
            raise SealError("malformed", "These device keys are not valid.") from exc
        expected = {"format", "version", "device_id", "name", "person", "identity"}
        if (
            not isinstance(document, dict)
            or set(document) != expected | {"signing_seed"}
            or document["format"] != _KEYS_FORMAT
            or document["version"] != _KEYS_VERSION
            or isinstance(document["version"], bool)
        ):
            raise SealError("malformed", "These device keys are not valid.")
        seed = _unb64(document["signing_seed"], _SEED_BYTES)
        if seed is None:
            raise SealError("malformed", "These device keys are not valid.")
        return cls(
            device_id=document["device_id"],
            name=document["name"],
            person=document["person"],
            identity=document["identity"],
            signing_seed=seed,
        )


def fingerprint(card: DeviceCard) -> str:
    """Twelve letters in three groups ("K7Q2-M9XA-4HTB") that two people compare aloud to be
    sure a card is the other's: the first 60 bits of SHA-256 over the card's two keys. The
    name, person and id are not in it: they say who, the keys are what must not be swapped."""
    digest = hashlib.sha256(
        _FINGERPRINT_CONTEXT
        + card.recipient.encode("ascii")
        + b"\n"
        + base64.b64decode(card.verify_key)
    ).digest()
    return _fingerprint_text(_fingerprint_number(digest))


def _fingerprint_number(digest: bytes) -> int:
    return int.from_bytes(digest[:8], "big") >> (64 - _FINGERPRINT_BITS)


def _fingerprint_text(number: int) -> str:
    letters = _crockford(number, 12)
    return "-".join(letters[i : i + 4] for i in range(0, 12, 4))


def _fingerprint_letters(text: object) -> int | None:
    """The 60 bits behind a fingerprint as ``fingerprint`` writes it, or None."""
    if not isinstance(text, str) or not re.fullmatch(
        r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}", text
    ):
        return None
    return _uncrockford(text.replace("-", ""))


# --- the frame and the signed plaintext --------------------------------------------------------


def _frame(age_file: bytes) -> bytes:
    return _FRAME_TAG + _FRAME_LENGTH.pack(len(age_file)) + age_file


def _unframe(data: bytes) -> bytes:
    """The age file inside the frame. A prefix of a frame is ``truncated`` (a sync tool still
    writing it); anything else that is not one whole frame is ``tampered``."""
    tag_size = len(_FRAME_TAG)
    if len(data) < tag_size:
        kind = "truncated" if _FRAME_TAG.startswith(data) else "tampered"
        raise SealError(kind)
    if not data.startswith(_FRAME_TAG):
        raise SealError("tampered", "This is not a sealed Journey file, or its start is damaged.")
    start = tag_size + _FRAME_LENGTH.size
    if len(data) < start:
        raise SealError("truncated")
    (length,) = _FRAME_LENGTH.unpack_from(data, tag_size)
    if len(data) - start < length:
        raise SealError("truncated")
    if len(data) - start > length:
        raise SealError("tampered", "The sealed data has bytes after its end.")
    return data[start:]


def _decrypt_error(exc: Exception) -> SealError:
    """pyrage raises one DecryptError type for everything; its message tells "none of my keys
    opens this" (X25519) and "wrong passphrase" (scrypt) apart from damage. Damage inside a
    recipient's stanza also reads "no matching keys": from here it is ``not_for_us``."""
    text = str(exc)
    if text in ("No matching keys found", "Decryption failed"):
        return SealError("not_for_us")
    return SealError("tampered")


def _sign(tag: bytes, header: dict[str, Any], payload: bytes, seed: bytes) -> bytes:
    """Signature then message, the message binding the tag, the header and the payload."""
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    message = tag + _HEADER_LENGTH.pack(len(head)) + head + payload
    return bytes(SigningKey(seed).sign(message))


@dataclass(frozen=True)
class _Unverified:
    """A decrypted plaintext taken apart, its signature not checked yet: the header names the
    key to check it with."""

    header: dict[str, Any]
    payload: bytes
    signed: bytes

    def verified_by(self, verify_key: str) -> bool:
        try:
            VerifyKey(base64.b64decode(verify_key)).verify(self.signed)
        except BadSignatureError:
            return False
        return True


def _unpack(tag: bytes, plaintext: bytes) -> _Unverified:
    """Signature, tag, header and payload; any other shape is ``tampered``."""
    start = _SIGNATURE_BYTES + len(tag)
    if len(plaintext) < start + _HEADER_LENGTH.size or plaintext[_SIGNATURE_BYTES:start] != tag:
        raise SealError("tampered")
    (length,) = _HEADER_LENGTH.unpack_from(plaintext, start)
    body = start + _HEADER_LENGTH.size
    if len(plaintext) < body + length:
        raise SealError("tampered")
    try:
        header = json.loads(plaintext[body : body + length].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise SealError("tampered") from exc
    if not isinstance(header, dict):
        raise SealError("tampered")
    return _Unverified(header=header, payload=plaintext[body + length :], signed=plaintext)


# --- batches ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    """What a sealed batch or invitation held, and the device that signed it."""

    sender: DeviceCard
    payload: bytes


def seal(
    payload: bytes, sender: DeviceKeys, recipients: Sequence[DeviceCard], journey_id: str
) -> bytes:
    """``payload`` signed by ``sender`` for ``journey_id``, encrypted to every recipient and to
    the sender itself."""
    _require_id(journey_id, "journey_id")
    card = sender.card()
    header = {"journey": journey_id, "sender": card.device_id, "verify_key": card.verify_key}
    plaintext = _sign(_BATCH_TAG, header, payload, sender.signing_seed)
    keys = list(dict.fromkeys([card.recipient, *(r.recipient for r in recipients)]))
    age_file = pyrage.encrypt(plaintext, [x25519.Recipient.from_str(key) for key in keys])
    return _frame(age_file)


def open_sealed(
    data: bytes, me: DeviceKeys, journey_id: str, known: Mapping[str, DeviceCard]
) -> Opened:
    """The payload of a sealed batch and its sender's card from ``known`` (device id → card).
    Checked in this order, so each error names the first thing wrong: whole (``truncated``),
    addressed to me (``not_for_us``), intact and signed by the key it names (``tampered``),
    that key one of this journey's devices (``unknown_signer``), and only then, as the claim of
    a device we trust, the journey (``other_journey``)."""
    age_file = _unframe(data)
    try:
        plaintext = pyrage.decrypt(age_file, [x25519.Identity.from_str(me.identity)])
    except pyrage.DecryptError as exc:
        raise _decrypt_error(exc) from exc
    unverified = _unpack(_BATCH_TAG, plaintext)
    header = unverified.header
    if set(header) != {"journey", "sender", "verify_key"} or not all(
        isinstance(value, str) for value in header.values()
    ):
        raise SealError("tampered")
    if _unb64(header["verify_key"], 32) is None or not unverified.verified_by(header["verify_key"]):
        raise SealError("tampered")
    sender = known.get(header["sender"])
    if (
        sender is None
        or sender.device_id != header["sender"]
        or sender.verify_key != header["verify_key"]
    ):
        raise SealError("unknown_signer")
    if header["journey"] != journey_id:
        raise SealError("other_journey")
    return Opened(sender=sender, payload=unverified.payload)


# --- invitations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Invitation:
    """What the invitation code carries: which journey, who invites (id and fingerprint, to
    check the card the joiner receives) and a secret to open what the inviter seals for it."""

    journey_id: str
    inviter_id: str
    inviter_fingerprint: str
    secret: str = field(repr=False)  # 26 lowercase base32 letters, 128 random bits

    def __post_init__(self) -> None:
        valid = (
            _is_id(self.journey_id)
            and _is_id(self.inviter_id)
            and _fingerprint_letters(self.inviter_fingerprint) is not None
            and _unb32(self.secret, _SECRET_BYTES) is not None
        )
        if not valid:
            raise SealError("malformed", "This invitation is not valid.")


def make_invitation(journey_id: str, inviter: DeviceCard) -> tuple[Invitation, str]:
    """A new invitation to ``journey_id`` from ``inviter``, and its code to copy or read out."""
    _require_id(journey_id, "journey_id")
    invitation = Invitation(
        journey_id=journey_id,
        inviter_id=inviter.device_id,
        inviter_fingerprint=fingerprint(inviter),
        secret=_b32(secrets.token_bytes(_SECRET_BYTES)),
    )
    return invitation, _invitation_code(invitation)


def _invitation_fields(
    journey: bytes, inviter: bytes, fingerprint_number: int, secret: bytes
) -> bytes:
    """The bytes the code's checksum covers, its prefix (the version) included."""
    return (
        _CODE_PREFIX.encode("ascii")
        + journey
        + inviter
        + fingerprint_number.to_bytes(8, "big")
        + secret
    )


def _invitation_code(invitation: Invitation) -> str:
    journey = _unb32(invitation.journey_id, _ID_BYTES)
    inviter = _unb32(invitation.inviter_id, _ID_BYTES)
    secret = _unb32(invitation.secret, _SECRET_BYTES)
    fingerprint_number = _fingerprint_letters(invitation.inviter_fingerprint)
    if journey is None or inviter is None or secret is None or fingerprint_number is None:
        raise ValueError("not a valid invitation")  # unreachable: Invitation checks itself
    checksum = binascii.crc32(_invitation_fields(journey, inviter, fingerprint_number, secret))
    number = int.from_bytes(journey + inviter, "big")
    number = number << _FINGERPRINT_BITS | fingerprint_number
    number = number << (8 * _SECRET_BYTES) | int.from_bytes(secret, "big")
    number = number << _CHECKSUM_BITS | checksum
    letters = _crockford(number, _CODE_LETTERS)
    groups = [letters[i : i + _CODE_GROUP] for i in range(0, _CODE_LETTERS, _CODE_GROUP)]
    return "-".join([_CODE_PREFIX, *groups])


def parse_invitation(code: str) -> Invitation:
    """The invitation behind a code as a person typed it: any case, spaces or dashes anywhere
    or none, O for 0 and I or L for 1 (Crockford's reading). A typo is ``malformed``."""
    bad = SealError("malformed", "This invitation code is not valid; check it for a typo.")
    text = re.sub(r"[\s\-]", "", code).upper().translate(_CROCKFORD_ALIASES)
    if not text.startswith(_CODE_PREFIX) or len(text) != len(_CODE_PREFIX) + _CODE_LETTERS:
        raise bad
    number = _uncrockford(text[len(_CODE_PREFIX) :])
    if number is None or number >> (_CODE_LETTERS * 5 - _CODE_RESERVED):
        raise bad
    checksum = number & (2**_CHECKSUM_BITS - 1)
    number >>= _CHECKSUM_BITS
    secret = (number & (2 ** (8 * _SECRET_BYTES) - 1)).to_bytes(_SECRET_BYTES, "big")
    number >>= 8 * _SECRET_BYTES
    fingerprint_number = number & (2**_FINGERPRINT_BITS - 1)
    number >>= _FINGERPRINT_BITS
    ids = number.to_bytes(2 * _ID_BYTES, "big")
    journey, inviter = ids[:_ID_BYTES], ids[_ID_BYTES:]
    if binascii.crc32(_invitation_fields(journey, inviter, fingerprint_number, secret)) != checksum:
        raise bad
    return Invitation(
        journey_id=_b32(journey),
        inviter_id=_b32(inviter),
        inviter_fingerprint=_fingerprint_text(fingerprint_number),
        secret=_b32(secret),
    )


def seal_for_invitation(payload: bytes, sender: DeviceKeys, invitation: Invitation) -> bytes:
    """``payload`` for whoever holds the invitation's code: signed by the inviter, with the
    inviter's card inside (the joiner does not have it yet), encrypted with the code's secret.
    The secret is an age passphrase, so age's scrypt runs: about a second, each side."""
    card = sender.card()
    if card.device_id != invitation.inviter_id or fingerprint(card) != (
        invitation.inviter_fingerprint
    ):
        raise ValueError("only the inviting device can seal for its invitation")
    header = {"journey": invitation.journey_id, "card": card.to_json()}
    plaintext = _sign(_INVITATION_TAG, header, payload, sender.signing_seed)
    return _frame(passphrase.encrypt(plaintext, invitation.secret))


def open_invitation_sealed(data: bytes, invitation: Invitation) -> Opened:
    """The payload sealed for ``invitation`` and the inviter's card, once the card is the one
    the code names (id and fingerprint) and its key signed the payload."""
    age_file = _unframe(data)
    try:
        plaintext = passphrase.decrypt(age_file, invitation.secret)
    except pyrage.DecryptError as exc:
        raise _decrypt_error(exc) from exc
    unverified = _unpack(_INVITATION_TAG, plaintext)
    header = unverified.header
    if set(header) != {"journey", "card"} or not isinstance(header["journey"], str):
        raise SealError("tampered")
    try:
        card = DeviceCard.from_json(header["card"])
    except SealError as exc:
        raise SealError("tampered") from exc
    if card.device_id != invitation.inviter_id or fingerprint(card) != (
        invitation.inviter_fingerprint
    ):
        raise SealError("tampered", "The sealed data is not from the device that invited you.")
    if not unverified.verified_by(card.verify_key):
        raise SealError("tampered")
    if header["journey"] != invitation.journey_id:
        raise SealError("other_journey")
    return Opened(sender=card, payload=unverified.payload)
