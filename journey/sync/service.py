"""Sharing a journey between computers through a folder the users' sync tool moves (issue 16):
setting it up, joining it with an invitation code, and a sync pass.

- ``init`` (the first computer): this device's keys, the folder's layout, and an invitation:
  a snapshot of the journal sealed with the invitation's secret, and the code to give the
  other person (to read out, or send another way than the folder).
- ``join`` (the other computer, on a new journal): the snapshot opened with the code becomes
  this journal; this device's card goes into the folder with a proof that it holds the code.
- ``sync``: the others' batches come in, each checked (signed by a paired device, for this
  journey, in the order its device made them, from a Journey that can read them) and applied
  whole, or kept for later, never in part; then this computer's new changes go out as one
  batch sealed to every paired device.

Attached documents travel too (journey.sync.files): each file once, sealed like a batch, named
by a keyed hash of its content; a batch says which file each document line's path has, and
the receiving computer fetches it, checks it against its name and writes it into its own
``attachments/``, on this pass or, when the sync tool has not brought it yet, a later one.

The folder stays small (compaction): payloads are compressed, and every batch acknowledges,
for each other device, the last of its batches applied here. Once every paired device has
acknowledged one of mine, the ones I wrote before it are deleted; that one stays, the link a
device paired later finds before the first batch sealed to it. An invitation's file (a whole
snapshot of the journal) is deleted once a device has joined with it, or when a new code
replaces it unused.

What this computer knows of the sharing (its keys, the folder, the paired devices, the batch
files applied) is kept in the journal's ``sync_state``, protected as the journal is.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import stat
import time
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import sessionmaker

from journey.changes import Service, changes_of
from journey.hlc import SKEW_WARNING, Stamp, ahead_by
from journey.models import Profile
from journey.outbox import CHANGES, CONFLICTS, device_id, read_state, travelling_tables, write_state
from journey.services.documents import ATTACHMENT_MAX
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
from journey.sync.files import (
    address_of,
    address_of_file,
    inside,
    is_address,
    is_key,
    new_files_key,
    referenced,
    unwrap,
    wrap,
    write_attachment,
)
from journey.sync.folder import ADDRESSED, FileRef, FolderError, SharedFolder

# 2: the payload's JSON compressed with zlib, behind _COMPRESSED; 1: the JSON alone, as the
# Journey before compaction wrote it, still read (its batches may wait in a folder).
PAYLOAD_FORMAT = 2
_READABLE = (1, 2)
_COMPRESSED = b"journey zlib\n"  # no JSON starts so: the two forms never meet
# zlib rather than lzma: a tenth of the time for a batch of 100,000 changes, and the folder
# already stays well under the journal's size (benchmarks/sync_folder_size.py).
_LEVEL = 6
# The largest sealed attachment read: the largest attachment (journey.services.documents) and
# room for the seal (age's headers, 16 bytes a 64 KiB chunk, the signature).
_SEALED_MAX = ATTACHMENT_MAX + ATTACHMENT_MAX // 1000 + 64 * 1024
# A batch deleting more than this share of a kind of record (and at least this many rows)
# asks first (issue 16: "more than about 30 %"): a mistake on one computer, or a journal
# emptied there, should not empty the other's.
DELETION_SHARE, DELETION_LEAST = 0.3, 3
_JOURNEY, _FOLDER, _KEYS, _PEERS = "share.journey", "share.folder", "share.keys", "share.peers"
_SECRETS, _SENT, _LAST, _APPLIED = "share.secrets", "share.sent", "share.last", "share.applied"
_SYNCED = "share.synced"  # when each device's batch was last applied here
_REMOVED = "share.removed"  # devices removed (a lost laptop): never paired again
_INVITES = "share.invites"  # each invitation's file and snapshot point
_BATCHES = "share.batches"  # my batches in the folder, and what was acknowledged
_FILES = "share.files"  # attached documents in the folder


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
    files_in: int = 0  # attached documents written here
    files_waiting: int = 0  # attached documents named by a document line, not arrived yet
    warnings: list[str] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)  # the tables changes came into
    # Batches kept back for deleting too much (device name, table, rows deleted, rows here):
    # the window asks whether to apply them (``sync(allow_deletions=True)``).
    held: list[tuple[str, str, int, int]] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # rows such a batch deleted, once applied

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
        if self.files_in:
            words.append(f"{self.files_in} attached document{'' if self.files_in == 1 else 's'} in")
        if self.files_waiting:
            waiting = self.files_waiting
            words.append(f"{waiting} attached document{'' if waiting == 1 else 's'} still to come")
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
            state.files.key = new_files_key()
            code = self._invite(connection, shared, state)
            state.sent = state.snapshot_sent  # no one to send to before the snapshot
            state.write(connection)
            store_value(session, RECORDED_BY, person)  # who logs here, unless they say
        return code, fingerprint(keys.card())

    def invite(self) -> str:
        """Another invitation code for this shared journey (a third computer, a lost code).

        The files of the codes given before and not used yet leave the folder: each is a whole
        snapshot of the journal, and a lost code should not open one. Their secrets stay, so
        a device that has already joined with one (its card not here yet) is still paired."""
        with self._sessions.begin() as session:
            connection = session.connection()
            state = _State.read(connection)
            shared = _folder(lambda: SharedFolder.open(state.folder, state.journey_id))
            for entry in state.invites.values():
                _drop_invitation(shared, state, entry)
            code = self._invite(connection, shared, state)
            state.write(connection)
        return code

    def _invite(self, connection: Connection, shared: SharedFolder, state: _State) -> str:
        me = state.keys.card()
        invitation, code = make_invitation(state.journey_id, me)
        if not state.files.key:  # shared before documents travelled
            state.files.key = new_files_key()
        snapshot = {
            "format": PAYLOAD_FORMAT,
            "schema": schema_revision(),
            "kind": "snapshot",
            "clock": read_state(connection, "clock") or "",
            "changes": [c.to_json() for c in snapshot_changes(connection)],
            "files_key": state.files.key,
            "files": self._files_here(connection, state),
        }
        sealed = seal_for_invitation(_encode(snapshot), state.keys, invitation)
        name = _folder(lambda: shared.write(me.device_id, "invite", sealed))
        _folder(lambda: shared.write(me.device_id, "card", _card_file(me, invitation.secret)))
        state.secrets.append(invitation.secret)
        point = _last_change_id(connection)  # the snapshot holds all before
        state.snapshot_sent = point
        state.invites[invitation.secret] = {"file": name, "snapshot": point}
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
        for ref in shared.listing(invitation.inviter_id, kind="invite"):
            data = shared.read(ref)
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
                "brought the other computer's files, then try again (or ask for a new code)"
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
                files=_Files(key=new_files_key()),
            )
            _note_files(state.files, snapshot)  # the documents to fetch, and the journey's key
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
            state.send_due = True  # the next pass tells the other devices
            state.write(connection)
        return card

    # --- a pass -----------------------------------------------------------------------------

    def sync(self, allow_deletions: bool = False, keep_deleted: bool = False) -> SyncReport:
        """One pass. A batch that would delete more than about 30 % of a kind of record here
        is kept back with a warning unless ``allow_deletions``; or, with ``keep_deleted`` (the
        person said No to those deletions), applied and the rows it deleted brought back, on
        every computer: the device's later changes flow again, and nothing is lost."""
        if keep_deleted:
            report = self._pass(allow_deletions=True)
            self._bring_back(report.deleted)
            return self._merged(report, self._pass())  # the rows go back to the others
        return self._pass(allow_deletions)

    def _bring_back(self, uids: list[str]) -> None:
        from journey.sync.history import HistoryError, HistoryService

        history = HistoryService(self._sessions)
        history.feed = self.feed
        for uid in uids:  # parents first: each brings back what was deleted with it
            with contextlib.suppress(HistoryError):  # back already, with its parent
                history.restore(uid)

    @staticmethod
    def _merged(first: SyncReport, second: SyncReport) -> SyncReport:
        first.received += second.received
        first.sent += second.sent
        first.conflicts += second.conflicts
        first.kept_back = second.kept_back
        first.warnings += second.warnings
        return first

    def _pass(self, allow_deletions: bool = False) -> SyncReport:
        report = SyncReport()
        with self._sessions.begin() as session:
            connection = session.connection()
            state = _State.read(connection)
            shared = _folder(lambda: SharedFolder.open(state.folder, state.journey_id))
            me = state.keys.device_id
            newcomers = self._meet(shared, state)
            # Received first, so that the batch sent says what was applied in this pass.
            learned = self._receive(connection, shared, state, report, me, allow_deletions)
            if learned:
                # A device this one heard of from another (not by its own card): what this one
                # wrote before was sealed to the devices it knew then, so all of it goes again,
                # to every device. Changes a device has applied are skipped there unread.
                state.sent = 0
            announced: dict[str, str] = {}
            if self._journal_folder is not None:
                self._fetch_files(connection, shared, state, report, self._journal_folder)
                announced = self._put_files(connection, shared, state, self._journal_folder)
            # A device new to us gets a batch even with nothing new: the start of its chain,
            # and what it acknowledges for the folder to be pruned.
            due = bool(newcomers or learned or announced or state.send_due)
            self._send(connection, shared, state, report, force=due, files=announced)
            self._prune(shared, state)
            state.write(connection)
        if self.feed is not None and report.touched:
            self.feed.publish(changes_of(report.touched))
        return report

    def _meet(self, shared: SharedFolder, state: _State) -> list[str]:
        """Devices whose card proves they hold one of our invitations: paired from now on."""
        met = []
        for ref in shared.listing(kind="card"):
            if ref.device_id in state.peers or ref.device_id in state.removed:
                continue
            if ref.device_id == state.keys.device_id:
                continue
            data = shared.read(ref)
            found = None if data is None else _read_card(data, state.secrets)
            if found is None or found[0].device_id != ref.device_id:
                continue
            card, secret = found
            state.peers[card.device_id] = card
            met.append(card.device_id)
            invitation = state.invites.get(secret, {})
            # It starts from its invitation's snapshot: send it what came after that.
            state.sent = min(state.sent, int(invitation.get("snapshot", state.snapshot_sent)))
            _drop_invitation(shared, state, invitation)  # used: its snapshot can go
        return met

    def _send(
        self,
        connection: Connection,
        shared: SharedFolder,
        state: _State,
        report: SyncReport,
        force: bool = False,
        files: dict[str, str] | None = None,
    ) -> None:
        outgoing = pending_changes(connection, state.sent)
        if not outgoing and not force:
            return
        payload: dict[str, Any] = {
            "format": PAYLOAD_FORMAT,
            "schema": schema_revision(),
            "kind": "batch",
            "prev": state.last,
            "peers": [card.to_json() for card in state.peers.values()],
            "removed": sorted(state.removed),  # a lost laptop, removed on every computer
            "changes": [change.to_json() for _, change in outgoing],
            # for each device, the last of its batches applied here (and so all before it)
            "acks": dict(sorted(state.acks.items())),
        }
        if files:  # document paths → the names of their files in the folder
            payload["files"] = files
            payload["files_key"] = state.files.key
        sealed = seal(_encode(payload), state.keys, list(state.peers.values()), state.journey_id)
        name = _folder(lambda: shared.write(state.keys.device_id, "batch", sealed))
        state.last = name
        state.written.append(name)
        state.applied.append(name)  # our own: never applied here
        state.send_due = False
        state.files.announced.update(files or {})
        if outgoing:
            state.sent = outgoing[-1][0]
        report.sent += len(outgoing)

    def _prune(self, shared: SharedFolder, state: _State) -> None:
        """Delete my batches every paired device has applied: those before the latest one
        all of them acknowledge (that one stays: a device paired later finds there the batch
        its first one names as ``prev``). With no one paired, all but the last go: no one can
        read them, and a device joining later starts from its snapshot."""
        written = state.written
        position = {name: n for n, name in enumerate(written)}
        cut = len(written) - 1
        for device in state.peers:
            cut = min(cut, position.get(state.acked.get(device, ""), -1))
        if cut <= 0:
            return
        try:
            shared.remove(state.keys.device_id, written[:cut])
        except FolderError:
            return  # the folder is read-only or went away: the next pass tries again
        state.written = written[cut:]

    def _receive(
        self,
        connection: Connection,
        shared: SharedFolder,
        state: _State,
        report: SyncReport,
        me: str,
        allow_deletions: bool = False,
    ) -> list[str]:
        """Apply the other devices' new batches; returns the devices they made known here."""
        applied = set(state.applied)
        known = {**state.peers, me: state.keys.card()}
        mine = {name: n for n, name in enumerate(state.written)}
        learned: list[str] = []
        strangers: set[str] = set()  # devices whose batches no paired key signed
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
                if exc.kind == "not_for_us":  # sealed before this device was paired
                    applied.add(ref.name)
                    state.applied.append(ref.name)
                    continue
                if exc.kind == "unknown_signer" and ref.device_id not in state.removed:
                    # A device paired since, that a batch not applied yet makes known: the
                    # same file opens on a later pass. Or a stranger's: said, never applied.
                    report.kept_back += 1
                    strangers.add(ref.device_id)
                    continue
                report.warnings.append(f"{ref.name} from {ref.device_id} was not applied: {exc}")
                applied.add(ref.name)
                state.applied.append(ref.name)  # never trusted; kept in the folder for a look
                continue
            try:
                payload = _decode(opened.payload)
            except _NewerPayload:
                sender = opened.sender.name
                report.warnings.append(
                    f"Update Journey on this computer to read {sender}'s latest changes"
                )
                report.kept_back += 1
                continue
            except SharingError as exc:
                report.warnings.append(f"{ref.name} from {ref.device_id} was not applied: {exc}")
                applied.add(ref.name)
                state.applied.append(ref.name)
                continue
            if payload.get("schema") not in known_revisions():
                sender = opened.sender.name
                report.warnings.append(
                    f"Update Journey on this computer to read {sender}'s latest changes"
                )
                report.kept_back += 1
                continue
            pending[ref.name] = (opened.sender.device_id, payload)
        for device in sorted(strangers - set(state.peers)):
            if shared.listing(device, kind="card"):
                continue  # a computer that joined with another's code: known once told of
            report.warnings.append(
                f"Files from a computer not paired with this journey ({device}) are in the "
                "shared folder: kept, not applied. If no one has just joined, check who else "
                "writes in that folder"
            )
        progress = True
        held: set[str] = set()  # batches kept back for deleting too much here
        while pending and progress:  # each device's batches in the order it wrote them
            progress = False
            for name, (device, payload) in sorted(pending.items()):
                if payload.get("prev") and payload["prev"] not in applied:
                    continue
                if name in held:
                    continue  # asked about once a pass, however often this loop comes round
                changes = [Change.from_json(c) for c in payload.get("changes", [])]
                too_many = self._too_many_deletions(connection, changes, report, device, state)
                if too_many and not allow_deletions:
                    held.add(name)
                    continue
                if too_many:  # applied as the person said: the warning no longer holds
                    report.warnings.pop()
                    report.held.pop()
                    order = {t.name: n for n, t in enumerate(travelling_tables())}
                    gone = [c for c in changes if c.op == "delete"]
                    report.deleted += [c.uid for c in sorted(gone, key=lambda c: order[c.tbl])]
                self._warn_if_ahead(changes, report, device, state, self._wall_ms())
                result = apply_changes(connection, changes, self._wall_ms())
                if result.waiting:
                    continue
                report.received += result.applied
                report.touched.update(c.tbl for c in changes)
                report.conflicts += result.conflicts
                for gone in payload.get("removed", []):
                    if gone != me and gone not in state.removed:
                        state.peers.pop(gone, None)
                        known.pop(gone, None)
                        state.removed.append(gone)
                for card in payload.get("peers", []):
                    trusted = DeviceCard.from_json(card)
                    if trusted.device_id not in known and trusted.device_id not in state.removed:
                        state.peers[trusted.device_id] = trusted
                        known[trusted.device_id] = trusted
                        learned.append(trusted.device_id)
                applied.add(name)
                state.applied.append(name)
                state.synced[device] = _now_iso(self._wall_ms())
                state.acks[device] = name
                if changes or payload.get("files"):
                    state.send_due = True  # its device waits for our word to prune it
                _note_ack(state, device, payload.get("acks"), me, mine)
                _note_files(state.files, payload)
                del pending[name]
                progress = True
        report.kept_back += len(pending)
        return learned

    # --- attached documents -----------------------------------------------------------------

    def _files_here(self, connection: Connection, state: _State) -> dict[str, str]:
        """The address of each attachment the document lines name: those here, and those
        still to fetch (a device joining can fetch them from whoever put them there)."""
        if self._journal_folder is None:
            return {}
        files = state.files
        found = {}
        for path in sorted(referenced(connection)):
            wanted = files.wanted.get(path)
            target = inside(self._journal_folder, path)
            if wanted is not None and wanted[1] == files.key:
                found[path] = wanted[0]
            elif target is not None and (address := _local_address(files, path, target)):
                found[path] = address
        return found

    def _fetch_files(
        self,
        connection: Connection,
        shared: SharedFolder,
        state: _State,
        report: SyncReport,
        journal_folder: Path,
    ) -> None:
        """Write into ``attachments/`` the documents the other devices announced, once their
        file is in the folder, opened and checked against its name. One not arrived yet is
        counted in ``files_waiting`` and fetched on a later pass."""
        files = state.files
        if not files.wanted:
            return
        named = referenced(connection)
        for path, (address, key) in sorted(files.wanted.items()):
            if path not in named:  # no line names it now (replaced, deleted): not fetched
                continue
            target = inside(journal_folder, path)
            if target is None:
                report.warnings.append(
                    f"An attached document from another computer was not fetched: its name "
                    f"{path!r} points outside the journal's attachments folder"
                )
                del files.wanted[path]
                continue
            here = _address_or_none(key, target)
            if here is not None and here != address and files.received.get(path) != here:
                # Attached here under the same name, not one fetched before: never overwritten.
                report.warnings.append(
                    f"{path} was not fetched: another computer attached a different file of the "
                    "same name; this computer's is kept"
                )
                del files.wanted[path]
                continue
            if here != address:
                content = self._fetch_one(shared, state, report, path, address, key)
                if content is None:
                    report.files_waiting += 1
                    continue
                try:
                    write_attachment(target, content)
                except OSError as exc:
                    reason = exc.strerror or str(exc)
                    report.warnings.append(
                        f"{path} could not be written here ({reason}): it is tried again on "
                        "the next sync"
                    )
                    report.files_waiting += 1
                    continue
                report.files_in += 1
            files.received[path] = address
            files.announced[path] = address  # the others have it: not announced back
            if address not in files.put:
                files.put.append(address)
            del files.wanted[path]

    def _fetch_one(
        self,
        shared: SharedFolder,
        state: _State,
        report: SyncReport,
        path: str,
        address: str,
        key: str,
    ) -> bytes | None:
        """The content of the file ``address`` from any paired device's folder, checked, or
        None when no copy can be used yet."""
        files = state.files
        me = state.keys.device_id
        known = {**state.peers, me: state.keys.card()}
        for ref in _folder(shared.find, address, known):
            if ref.size > _SEALED_MAX:  # not read into memory: no attachment is so big
                mark, reason = _mark(ref, b""), "It is larger than an attached document can be."
            else:
                data = _folder(shared.read, ref)
                if data is None:
                    continue
                mark, reason = _mark(ref, data), ""
            if mark in files.refused:
                continue
            if not reason:
                try:
                    opened = open_sealed(data, state.keys, state.journey_id, known)
                except SealError as exc:
                    # Still arriving; or sealed before this device was paired (its writer
                    # seals it again for it): a later pass.
                    if exc.kind in ("truncated", "not_for_us"):
                        continue
                    reason = str(exc)
                else:
                    content = unwrap(opened.payload)
                    if content is not None and hmac.compare_digest(
                        address_of(key, content), address
                    ):
                        return content
                    reason = "Its content is not the document its name says."
            files.refused.append(mark)  # said once; another copy under that name is tried
            report.warnings.append(
                f"The copy of {path} from {_name(ref, known)} was refused: {reason}"
            )
        return None

    def _put_files(
        self, connection: Connection, shared: SharedFolder, state: _State, journal_folder: Path
    ) -> dict[str, str]:
        """Put into this device's folder each attachment here that is not in the folder yet,
        sealed to the paired devices; returns the paths to announce (path → address)."""
        files = state.files
        if not state.peers:
            return {}  # no one to seal them to: once a device is paired
        if not files.key:  # shared before documents travelled
            files.key = new_files_key()
        me = state.keys.device_id
        if set(state.peers) - set(files.sealed_to):
            self._reseal(shared, state)
        files.sealed_to = sorted(state.peers)
        present = {me, *state.peers}
        put = set(files.put)
        announce: dict[str, str] = {}
        for path in sorted(referenced(connection)):
            if path in files.wanted:
                continue  # not here yet
            target = inside(journal_folder, path)
            address = None if target is None else _local_address(files, path, target)
            if target is None or address is None:
                continue
            if address not in put:
                if not _folder(shared.find, address, present):
                    content = _read_or_none(target)
                    if content is None or address_of(files.key, content) != address:
                        continue  # gone or changed since it was named: the next pass
                    peers = list(state.peers.values())
                    sealed = seal(wrap(content), state.keys, peers, state.journey_id)
                    _folder(shared.write, me, ADDRESSED, sealed, address)
                put.add(address)
                files.put.append(address)
            if files.announced.get(path) != address:
                announce[path] = address
        return announce

    def _reseal(self, shared: SharedFolder, state: _State) -> None:
        """Seal this device's files again, to every device paired now: one paired since
        cannot open them as they are."""
        me = state.keys.device_id
        peers = list(state.peers.values())
        for ref in _folder(shared.listing, me):
            if ref.kind != ADDRESSED:
                continue
            data = _folder(shared.read, ref)
            try:
                if data is None:
                    raise SealError("truncated")
                opened = open_sealed(data, state.keys, state.journey_id, {me: state.keys.card()})
            except SealError:
                # Damaged (or gone): removed, and written anew from the document if it is here.
                address = ref.name.partition(".")[0]
                state.files.put = [a for a in state.files.put if a != address]
                _folder(shared.remove, me, [ref.name])
                continue
            sealed = seal(opened.payload, state.keys, peers, state.journey_id)
            _folder(shared.write, me, ADDRESSED, sealed, ref.name.partition(".")[0])

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
                report.held.append((name, tbl, count, rows))
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
class _Files:
    """What this device knows of the attached documents in the shared folder."""

    key: str = ""  # the journey's files key (hex): the files' names are keyed hashes
    put: list[str] = field(default_factory=list)  # addresses in the folder: never put again
    sealed_to: list[str] = field(default_factory=list)  # who this device's files open for
    # path → [address, size, mtime_ns] of an attachment here: hashed once, not every pass
    known: dict[str, list[Any]] = field(default_factory=dict)
    announced: dict[str, str] = field(default_factory=dict)  # path → address the others know
    wanted: dict[str, list[str]] = field(default_factory=dict)  # path → [address, key]
    received: dict[str, str] = field(default_factory=dict)  # path → address fetched here
    refused: list[str] = field(default_factory=list)  # copies refused (``_mark``)

    @classmethod
    def from_json(cls, data: Any) -> _Files:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in names})


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
    # secret → {"file": its invitation's name while in the folder, "snapshot": change id}
    invites: dict[str, dict[str, Any]] = field(default_factory=dict)
    written: list[str] = field(default_factory=list)  # my batches in the folder, oldest first
    acks: dict[str, str] = field(default_factory=dict)  # device → its last batch applied here
    acked: dict[str, str] = field(default_factory=dict)  # device → my last batch it applied
    send_due: bool = False  # a batch applied here waits for our acknowledgement
    files: _Files = field(default_factory=_Files)

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
        last = loaded(_LAST, "")
        # Shared before compaction: only the last batch is known to be this device's.
        batches = loaded(_BATCHES, {"written": [last] if last else []})
        return cls(
            journey_id,
            Path(loaded(_FOLDER, "")),
            keys,
            {d: DeviceCard.from_json(c) for d, c in loaded(_PEERS, {}).items()},
            loaded(_SECRETS, []),
            int(sent["sent"]),
            last,
            loaded(_APPLIED, []),
            loaded(_SYNCED, {}),
            int(sent["snapshot"]),
            loaded(_REMOVED, []),
            loaded(_INVITES, {}),
            list(batches.get("written", [])),
            dict(batches.get("acks", {})),
            dict(batches.get("acked", {})),
            bool(batches.get("send_due", False)),
            _Files.from_json(loaded(_FILES, {})),
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
            (_INVITES, self.invites),
            (
                _BATCHES,
                {
                    "written": self.written,
                    "acks": self.acks,
                    "acked": self.acked,
                    "send_due": self.send_due,
                },
            ),
            (_FILES, asdict(self.files)),
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


def _folder(action: Callable[..., Any], *args: Any) -> Any:
    try:
        return action(*args)
    except FolderError as exc:
        raise SharingError(str(exc)) from exc


def _drop_invitation(shared: SharedFolder, state: _State, invitation: dict[str, Any]) -> None:
    """Delete an invitation's file (a whole snapshot of the journal) from this device's
    folder; if that cannot be done now, a later pass or invitation tries again."""
    name = invitation.get("file")
    if not name:
        return
    try:
        shared.remove(state.keys.device_id, [name])
    except FolderError:
        return
    invitation["file"] = None


def _note_ack(state: _State, device: str, acks: Any, me: str, mine: dict[str, int]) -> None:
    """Record which of my batches ``device`` says it has applied (``mine``: name → order), if
    later than what it said before."""
    name = acks.get(me) if isinstance(acks, dict) else None
    if not isinstance(name, str) or name not in mine:
        return
    if mine[name] > mine.get(state.acked.get(device, ""), -1):
        state.acked[device] = name


def _note_files(files: _Files, payload: dict[str, Any]) -> None:
    """Remember the documents a batch or snapshot announces, to fetch them."""
    key, announced = payload.get("files_key"), payload.get("files")
    if not is_key(key):
        return
    if not files.put and not files.announced and files.key != key:
        files.key = key  # one key for the journey, when this device has not used its own yet
        files.known = {}
    if not isinstance(announced, dict):
        return
    for path, address in announced.items():
        if isinstance(path, str) and is_address(address):
            files.wanted[path] = [address, key]


def _local_address(files: _Files, path: str, target: Path) -> str | None:
    """The address of the attachment at ``target`` under the journey's key, hashed again only
    when its size or time changed; None when it is not here."""
    try:
        status = target.stat()
    except OSError:
        return None
    if not stat.S_ISREG(status.st_mode):
        return None
    cached = files.known.get(path)
    if cached and cached[1:] == [status.st_size, status.st_mtime_ns]:
        return str(cached[0])
    address = _address_or_none(files.key, target)
    if address is not None:
        files.known[path] = [address, status.st_size, status.st_mtime_ns]
    return address


def _address_or_none(key: str, target: Path) -> str | None:
    try:
        return address_of_file(key, target) if target.is_file() else None
    except OSError:
        return None


def _read_or_none(target: Path) -> bytes | None:
    try:
        return target.read_bytes()
    except OSError:
        return None


def _name(ref: FileRef, known: dict[str, DeviceCard]) -> str:
    return known[ref.device_id].name if ref.device_id in known else ref.device_id


def _mark(ref: FileRef, data: bytes) -> str:
    """A refused copy, by where it is and what it holds."""
    return f"{ref.device_id}/{ref.name}:{hashlib.sha256(data).hexdigest()[:32]}"


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


def _read_card(data: bytes, secrets: list[str]) -> tuple[DeviceCard, str] | None:
    """The card in a card file and the secret its proof is made with, if one of ``secrets``."""
    try:
        found = json.loads(data)
        text, proof = found["card"], found["proof"]
        card = DeviceCard.from_json(json.loads(text))
    except (ValueError, KeyError, TypeError, SealError):
        return None
    for secret in secrets:
        wanted = hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()
        if hmac.compare_digest(wanted, str(proof)):
            return card, secret
    return None


class _NewerPayload(SharingError):
    """A payload from a newer Journey: kept until this one is updated."""


def _encode(payload: dict[str, Any]) -> bytes:
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return _COMPRESSED + zlib.compress(text, _LEVEL)


def _decode(data: bytes) -> dict[str, Any]:
    """A payload of either format: compressed (2) or plain JSON (1)."""
    unreadable = SharingError("a file in the shared folder is in a form this Journey cannot read")
    try:
        if data.startswith(_COMPRESSED):
            data = zlib.decompress(data[len(_COMPRESSED) :])
        found = json.loads(data)
    except (zlib.error, ValueError, RecursionError) as exc:
        raise unreadable from exc
    if not isinstance(found, dict) or type(found.get("format")) is not int:
        raise unreadable
    if found["format"] > PAYLOAD_FORMAT:
        raise _NewerPayload("the other computer's Journey is newer: update Journey here first")
    if found["format"] not in _READABLE:
        raise unreadable
    return found


def _now_iso(wall_ms: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(wall_ms / 1000, UTC).isoformat(timespec="seconds")


def table_named(name: str) -> Any:
    return next(t for t in travelling_tables() if t.name == name)
