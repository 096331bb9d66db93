"""Sharing a journey between computers through a folder the users' sync tool moves (issue 16):
setting it up, joining it with an invitation code, and a sync pass.

- ``init`` (the first computer): this device's keys, the folder's layout, and an invitation:
  a snapshot of the journal sealed with the invitation's secret, and the code to give the
  other person (to read out, or send another way than the folder).
- ``join`` (the other computer, on a new journal): the snapshot opened with the code becomes
  this journal; this device's card goes into the folder with a proof that it holds the code.
- ``sync``: this computer's new changes go out as one batch sealed to every paired device;
  the others' batches come in, each checked (signed by a paired device, for this journey, in
  the order its device made them, from a Journey that can read them) and applied whole, or
  kept for later, never in part.

What this computer knows of the sharing (its keys, the folder, the paired devices, the batch
files applied) is kept in the journal's ``sync_state``, protected as the journal is.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import sessionmaker

from journey.changes import Service, changes_of
from journey.hlc import SKEW_WARNING, Stamp, ahead_by
from journey.models import Profile
from journey.outbox import CHANGES, CONFLICTS, device_id, read_state, travelling_tables, write_state
from journey.services.settings import store_value
from journey.settings import RECORDED_BY
from journey.sync.apply import (
    Change,
    apply_changes,
    apply_snapshot,
    pending_changes,
    snapshot_changes,
)
from journey.sync.crypto import (
    DeviceCard,
    DeviceKeys,
    SealError,
    fingerprint,
    make_invitation,
    new_journey_id,
    open_invitation_sealed,
    open_sealed,
    parse_invitation,
    seal,
    seal_for_invitation,
)
from journey.sync.folder import FolderError, SharedFolder

PAYLOAD_FORMAT = 1
# A batch deleting more than this share of a kind of record (and at least this many rows)
# asks first (issue 16: "more than about 30 %"): a mistake on one computer, or a journal
# emptied there, should not empty the other's.
DELETION_SHARE, DELETION_LEAST = 0.3, 3
_JOURNEY, _FOLDER, _KEYS, _PEERS = "share.journey", "share.folder", "share.keys", "share.peers"
_SECRETS, _SENT, _LAST, _APPLIED = "share.secrets", "share.sent", "share.last", "share.applied"
_SYNCED = "share.synced"  # when each device's batch was last applied here
_REMOVED = "share.removed"  # devices removed (a lost laptop): never paired again


class SharingError(Exception):
    """Sharing could not be done: one line saying why, where the user is."""


@dataclass(frozen=True)
class Peer:
    card: DeviceCard
    fingerprint: str
    last_heard: str | None  # ISO instant of the last batch applied from it, if any


@dataclass(frozen=True)
class Status:
    folder: Path
    me: DeviceCard
    fingerprint: str
    peers: tuple[Peer, ...]
    conflicts: int


@dataclass
class SyncReport:
    received: int = 0  # changes applied here
    sent: int = 0  # changes sent
    conflicts: int = 0  # found in this pass
    kept_back: int = 0  # batch files not applied yet (waiting, or from a newer Journey)
    warnings: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)  # the tables changes came into

    def line(self) -> str:
        words = [
            f"{self.received} change{'' if self.received == 1 else 's'} in",
            f"{self.sent} out",
            f"{self.conflicts} conflict{'' if self.conflicts == 1 else 's'} to choose",
        ]
        if self.kept_back:
            words.append(
                f"{self.kept_back} file{'' if self.kept_back == 1 else 's'} kept for later"
            )
        return ", ".join(words)


def schema_revision() -> str:
    from journey.journal import head_revision

    return head_revision()


def known_revisions() -> set[str]:
    from journey.journal import known_revisions as known

    return set(known())


class SharingService(Service):
    """Sharing one journal. A pass that applied another computer's changes tells the feed
    (journey.changes) what they touched, as any write does, so the open pages refresh."""

    def __init__(
        self,
        session_factory: sessionmaker[Any],
        wall_ms: Callable[[], int] | None = None,
        journal_folder: Path | None = None,
    ) -> None:
        self._sessions = session_factory
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._journal_folder = journal_folder  # where the attachments are, if any

    # --- state ------------------------------------------------------------------------------

    def is_shared(self) -> bool:
        with self._sessions() as session:
            return read_state(session.connection(), _JOURNEY) is not None

    def status(self) -> Status:
        with self._sessions() as session:
            connection = session.connection()
            state = _State.read(connection)
            conflicts = connection.execute(select(func.count()).select_from(CONFLICTS)).scalar_one()
        synced = state.synced
        peers = tuple(
            Peer(card, fingerprint(card), synced.get(device))
            for device, card in sorted(state.peers.items())
        )
        me = state.keys.card()
        return Status(state.folder, me, fingerprint(me), peers, conflicts)

    # --- the first computer -----------------------------------------------------------------

    def init(self, folder: Path, name: str, person: str) -> tuple[str, str]:
        """Share this journal through ``folder``: returns the invitation code and this
        device's fingerprint."""
        if self.is_shared():
            raise SharingError("this journal is already shared; `journey share status` says where")
        keys = _keys(name, person, self._sessions)
        journey_id = new_journey_id()
        shared = _folder(lambda: SharedFolder.create(folder, journey_id))
        with self._sessions.begin() as session:
            connection = session.connection()
            state = _State(journey_id, folder, keys, {}, [], 0, "", [], {})
            code = self._invite(connection, shared, state)
            state.sent = state.snapshot_sent  # no one to send to before the snapshot
            state.write(connection)
            store_value(session, RECORDED_BY, person)  # who logs here, unless they say
        return code, fingerprint(keys.card())

    def invite(self) -> str:
        """Another invitation code for this shared journey (a third computer, a lost code)."""
        with self._sessions.begin() as session:
            connection = session.connection()
            state = _State.read(connection)
            shared = _folder(lambda: SharedFolder.open(state.folder, state.journey_id))
            code = self._invite(connection, shared, state)
            state.write(connection)
        return code

    def _invite(self, connection: Connection, shared: SharedFolder, state: _State) -> str:
        me = state.keys.card()
        invitation, code = make_invitation(state.journey_id, me)
        snapshot = {
            "format": PAYLOAD_FORMAT,
            "schema": schema_revision(),
            "kind": "snapshot",
            "clock": read_state(connection, "clock") or "",
            "changes": [c.to_json() for c in snapshot_changes(connection)],
        }
        sealed = seal_for_invitation(_encode(snapshot), state.keys, invitation)
        _folder(lambda: shared.write(me.device_id, "invite", sealed))
        _folder(lambda: shared.write(me.device_id, "card", _card_file(me, invitation.secret)))
        state.secrets.append(invitation.secret)
        state.snapshot_sent = _last_change_id(connection)  # the snapshot holds all before
        return code

    # --- the other computer -----------------------------------------------------------------

    def join(self, folder: Path, code: str, name: str, person: str) -> tuple[str, str]:
        """Make this (new) journal the shared journey's: returns the inviter's fingerprint
        and this device's."""
        if self.is_shared():
            raise SharingError("this journal is already shared; join with a new one")
        try:
            invitation = parse_invitation(code)
        except SealError as exc:
            raise SharingError(f"the invitation code is not right: {exc}") from exc
        shared = _folder(lambda: SharedFolder.open(folder, invitation.journey_id))
        opened = None
        for ref in shared.listing(invitation.inviter_id):
            data = shared.read(ref) if ref.kind == "invite" else None
            if data is None:
                continue
            try:
                opened = open_invitation_sealed(data, invitation)
                break
            except SealError:
                continue
        if opened is None:
            raise SharingError(
                f"nothing in {folder} opens with this code yet: wait until the sync tool has "
                "brought the other computer's files, then try again"
            )
        snapshot = _decode(opened.payload)
        if snapshot.get("schema") not in known_revisions():
            raise SharingError("the other computer's Journey is newer: update Journey here first")
        keys = _keys(name, person, self._sessions)
        with self._sessions.begin() as session:
            connection = session.connection()
            if connection.execute(select(func.count()).select_from(Profile)).scalar_one():
                raise SharingError(
                    "this journal already has a journey: join with a new one (--data-dir)"
                )
            changes = [Change.from_json(c) for c in snapshot["changes"]]
            _apply_all(connection, changes, self._wall_ms())
            inviter = opened.sender
            state = _State(
                invitation.journey_id,
                folder,
                keys,
                {inviter.device_id: inviter},
                [invitation.secret],
                _last_change_id(connection),
                "",
                [],
                {},
                _last_change_id(connection),
            )
            state.write(connection)
            store_value(session, RECORDED_BY, person)  # who logs here, unless they say
        me = keys.card()
        _folder(lambda: shared.write(me.device_id, "card", _card_file(me, invitation.secret)))
        return fingerprint(inviter), fingerprint(me)

    def remove(self, which: str) -> DeviceCard:
        """Stop sharing with a device (a lost laptop), named by its name or fingerprint: later
        batches are no longer encrypted to it, and its own are no longer applied."""
        wanted = which.strip().casefold()
        with self._sessions.begin() as session:
            connection = session.connection()
            state = _State.read(connection)
            found = [
                card
                for card in state.peers.values()
                if wanted in (card.name.casefold(), fingerprint(card).casefold())
            ]
            if len(found) != 1:
                names = ", ".join(sorted(c.name for c in state.peers.values())) or "none"
                raise SharingError(f"no one device is called {which!r} (paired: {names})")
            (card,) = found
            del state.peers[card.device_id]
            state.removed.append(card.device_id)
            state.write(connection)
        return card

    # --- a pass -----------------------------------------------------------------------------

    def sync(self, allow_deletions: bool = False) -> SyncReport:
        """One pass. A batch that would delete more than about 30 % of a kind of record here
        is kept back with a warning unless ``allow_deletions``."""
        report = SyncReport()
        with self._sessions.begin() as session:
            connection = session.connection()
            state = _State.read(connection)
            shared = _folder(lambda: SharedFolder.open(state.folder, state.journey_id))
            me = state.keys.device_id
            newcomers = self._meet(shared, state)
            if newcomers:  # they start from their snapshot: send them what came after it
                state.sent = min(state.sent, state.snapshot_sent)
            self._send(connection, shared, state, report, force=bool(newcomers))
            self._receive(connection, shared, state, report, me, allow_deletions)
            state.write(connection)
        if self.feed is not None and report.touched:
            self.feed.publish(changes_of(report.touched))
        return report

    def _meet(self, shared: SharedFolder, state: _State) -> list[str]:
        """Devices whose card proves they hold one of our invitations: paired from now on."""
        met = []
        for ref in shared.listing():
            if ref.kind != "card" or ref.device_id in state.peers or ref.device_id in state.removed:
                continue
            if ref.device_id == state.keys.device_id:
                continue
            data = shared.read(ref)
            card = None if data is None else _read_card(data, state.secrets)
            if card is not None and card.device_id == ref.device_id:
                state.peers[card.device_id] = card
                met.append(card.device_id)
        return met

    def _send(
        self,
        connection: Connection,
        shared: SharedFolder,
        state: _State,
        report: SyncReport,
        force: bool = False,
    ) -> None:
        outgoing = pending_changes(connection, state.sent)
        if not outgoing and not force:
            return
        payload = {
            "format": PAYLOAD_FORMAT,
            "schema": schema_revision(),
            "kind": "batch",
            "prev": state.last,
            "peers": [card.to_json() for card in state.peers.values()],
            "changes": [change.to_json() for _, change in outgoing],
        }
        sealed = seal(_encode(payload), state.keys, list(state.peers.values()), state.journey_id)
        name = _folder(lambda: shared.write(state.keys.device_id, "batch", sealed))
        state.last = name
        state.applied.append(name)  # our own: never applied here
        if outgoing:
            state.sent = outgoing[-1][0]
        report.sent += len(outgoing)

    def _receive(
        self,
        connection: Connection,
        shared: SharedFolder,
        state: _State,
        report: SyncReport,
        me: str,
        allow_deletions: bool = False,
    ) -> None:
        applied = set(state.applied)
        known = {**state.peers, me: state.keys.card()}
        pending: dict[str, tuple[str, dict[str, Any]]] = {}
        for ref in shared.incoming(me, applied):
            if ref.kind != "batch":
                continue
            data = shared.read(ref)
            if data is None:
                continue
            try:
                opened = open_sealed(data, state.keys, state.journey_id, known)
            except SealError as exc:
                if exc.kind == "truncated":  # still arriving: next pass
                    report.kept_back += 1
                    continue
                report.warnings.append(f"{ref.name} from {ref.device_id} was not applied: {exc}")
                state.applied.append(ref.name)  # never trusted; kept in the folder for a look
                continue
            payload = _decode(opened.payload)
            if payload.get("schema") not in known_revisions():
                sender = opened.sender.name
                report.warnings.append(
                    f"Update Journey on this computer to read {sender}'s latest changes"
                )
                report.kept_back += 1
                continue
            pending[ref.name] = (opened.sender.device_id, payload)
        progress = True
        while pending and progress:  # each device's batches in the order it wrote them
            progress = False
            for name, (device, payload) in sorted(pending.items()):
                if payload.get("prev") and payload["prev"] not in applied:
                    continue
                changes = [Change.from_json(c) for c in payload.get("changes", [])]
                if not allow_deletions and self._too_many_deletions(
                    connection, changes, report, device, state
                ):
                    continue
                self._warn_if_ahead(changes, report, device, state, self._wall_ms())
                result = apply_changes(connection, changes, self._wall_ms())
                if result.waiting:
                    continue
                report.received += result.applied
                report.touched.update(c.tbl for c in changes)
                report.conflicts += result.conflicts
                for card in payload.get("peers", []):
                    trusted = DeviceCard.from_json(card)
                    if trusted.device_id not in known and trusted.device_id not in state.removed:
                        state.peers[trusted.device_id] = trusted
                applied.add(name)
                state.applied.append(name)
                state.synced[device] = _now_iso(self._wall_ms())
                del pending[name]
                progress = True
        report.kept_back += len(pending)

    @staticmethod
    def _too_many_deletions(
        connection: Connection,
        changes: list[Change],
        report: SyncReport,
        device: str,
        state: _State,
    ) -> bool:
        """Whether ``changes`` delete more than DELETION_SHARE of a kind of record here (and
        at least DELETION_LEAST rows): then they are kept back, and said."""
        deleted: dict[str, int] = {}
        for change in changes:
            if change.op == "delete":
                deleted[change.tbl] = deleted.get(change.tbl, 0) + 1
        for tbl, count in sorted(deleted.items()):
            here = connection.execute(select(func.count()).select_from(table_named(tbl)))
            rows = here.scalar_one()
            if count >= DELETION_LEAST and count > DELETION_SHARE * rows:
                name = state.peers[device].name if device in state.peers else device
                what = tbl.replace("_", " ")
                report.warnings.append(
                    f"{name}'s changes would delete {count} of the {rows} rows of {what} here: "
                    "nothing from it was applied; `journey sync --allow-deletions` accepts them"
                )
                return True
        return False

    @staticmethod
    def _warn_if_ahead(
        changes: list[Change], report: SyncReport, device: str, state: _State, now_ms: int
    ) -> None:
        if not changes:
            return
        newest = Stamp.parse(max(c.stamp for c in changes))
        ahead = ahead_by(newest, now_ms)  # the service's clock, as everything else here
        if ahead > SKEW_WARNING:
            name = state.peers[device].name if device in state.peers else device
            hours = int(ahead.total_seconds() // 3600)
            report.warnings.append(
                f"{name}'s clock is {hours} hours ahead of this computer's: its changes were "
                "applied; check the date and time on both"
            )


# --- helpers ----------------------------------------------------------------------------------


@dataclass
class _State:
    journey_id: str
    folder: Path
    keys: DeviceKeys
    peers: dict[str, DeviceCard]
    secrets: list[str]
    sent: int  # the last outbox entry sent
    last: str  # the name of the last batch written
    applied: list[str]  # batch files applied (or refused) here, by name
    synced: dict[str, str]  # device → when its last batch was applied here
    snapshot_sent: int = 0
    removed: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, connection: Connection) -> _State:
        journey_id = read_state(connection, _JOURNEY)
        if journey_id is None:
            raise SharingError("this journal is not shared; `journey share init` shares it")

        def loaded(key: str, default: Any) -> Any:
            text = read_state(connection, key)
            return default if text is None else json.loads(text)

        keys = DeviceKeys.from_bytes(base64.b64decode(loaded(_KEYS, "")))
        sent = loaded(_SENT, {"sent": 0, "snapshot": 0})
        return cls(
            journey_id,
            Path(loaded(_FOLDER, "")),
            keys,
            {d: DeviceCard.from_json(c) for d, c in loaded(_PEERS, {}).items()},
            loaded(_SECRETS, []),
            int(sent["sent"]),
            loaded(_LAST, ""),
            loaded(_APPLIED, []),
            loaded(_SYNCED, {}),
            int(sent["snapshot"]),
            loaded(_REMOVED, []),
        )

    def write(self, connection: Connection) -> None:
        for key, value in (
            (_FOLDER, str(self.folder)),
            (_KEYS, base64.b64encode(self.keys.to_bytes()).decode()),
            (_PEERS, {d: c.to_json() for d, c in self.peers.items()}),
            (_SECRETS, self.secrets),
            (_SENT, {"sent": self.sent, "snapshot": self.snapshot_sent}),
            (_LAST, self.last),
            (_APPLIED, self.applied),
            (_SYNCED, self.synced),
            (_REMOVED, self.removed),
        ):
            write_state(connection, key, json.dumps(value))
        write_state(connection, _JOURNEY, self.journey_id)


def _keys(name: str, person: str, sessions: sessionmaker[Any]) -> DeviceKeys:
    """New keys for this computer, under the device id its changes are stamped with (journey
    .outbox): a stamp then says which paired device made a change, and so who."""
    try:
        keys = DeviceKeys.generate(name, person)
    except (ValueError, SealError) as exc:
        raise SharingError(f"this computer's name or person is not right: {exc}") from exc
    with sessions.begin() as session:
        return replace(keys, device_id=device_id(session.connection()))


def _folder(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except FolderError as exc:
        raise SharingError(str(exc)) from exc


def _apply_all(connection: Connection, changes: list[Change], wall_ms: int) -> None:
    """Apply a snapshot whole, or nothing (the transaction is rolled back)."""
    if apply_snapshot(connection, changes, wall_ms).waiting:
        raise SharingError("the snapshot refers to rows it does not hold")


def _last_change_id(connection: Connection) -> int:
    return int(connection.execute(select(func.max(CHANGES.c.id))).scalar() or 0)


def _card_file(card: DeviceCard, secret: str) -> bytes:
    """A device's public card, with proof that it holds the invitation's secret."""
    text = json.dumps(card.to_json(), sort_keys=True)
    proof = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
    return json.dumps({"card": text, "proof": proof}).encode()


def _read_card(data: bytes, secrets: list[str]) -> DeviceCard | None:
    try:
        found = json.loads(data)
        text, proof = found["card"], found["proof"]
        card = DeviceCard.from_json(json.loads(text))
    except (ValueError, KeyError, TypeError, SealError):
        return None
    for secret in secrets:
        wanted = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
        if hmac.compare_digest(wanted, str(proof)):
            return card
    return None


def _encode(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def _decode(data: bytes) -> dict[str, Any]:
    found = json.loads(data)
    if not isinstance(found, dict) or found.get("format") != PAYLOAD_FORMAT:
        raise SharingError("a file in the shared folder is in a form this Journey cannot read")
    return found


def _now_iso(wall_ms: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(wall_ms / 1000, UTC).isoformat(timespec="seconds")


def table_named(name: str) -> Any:
    return next(t for t in travelling_tables() if t.name == name)
