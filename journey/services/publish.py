"""Publishing the itinerary, follow-up reminders included, to the user's own calendar server
(CalDAV: Nextcloud, Radicale, Fastmail, iCloud…), opt-in (issue 17, part 6).

Each itinerary item is one event, named after its UID (journey.publishing.resource_name) and
written as ``journey.calendar.export_ics`` writes it alone, so a phone subscribed to the
calendar shows what an exported file would. A publish sends only what changed since the last
one: this computer remembers, per item, the fingerprint of what it last published (in
``sync_state`` under ``publish.state``, which never travels), and deletes on the server the
items it published that are gone here (and those the journal's tombstones say were deleted
since). What a server refused is not remembered as published, so the next publish sends it
again; nothing is ever changed in the journal itself.

The events are Journey's: a publish replaces an event changed in the calendar app with the
item as it is here.

This is the only network connection Journey opens, and only when asked to (Settings →
Calendar's switch, its "Publish now", or ``journey publish``): to the address's host, over
https except to this computer (journey.publishing.Server), with no proxy from the
environment, no DNS discovery and no certificate-revocation look-ups (those would reach other
hosts), and a redirect to any other server refused. ``caldav`` (and with it the HTTP library)
and ``keyring`` are imported here only when publishing or a password is wanted, never at
start-up.

The password lives in the system's keyring (service "Journey CalDAV"), never in the journal or
any file; ``journey publish`` may take it from ``$JOURNEY_CALDAV_PASSWORD`` instead.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from journey.calendar import export_ics
from journey.changes import Change, Service, writes
from journey.itinerary import Item, reminder_minutes
from journey.models import TreatmentCourse
from journey.outbox import TOMBSTONES, read_state, write_state
from journey.publishing import (
    CALENDAR_NAME,
    KEYRING_SERVICE,
    PublishError,
    Server,
    fingerprint,
    resource_name,
    result_line,
    server_from,
)
from journey.services.settings import store_value, stored_value
from journey.settings import PUBLISH_ENABLED, PUBLISH_URL, PUBLISH_USER
from journey.timekeeping import Clock

STATE_KEY = "publish.state"
TIMEOUT_S = 30.0  # the longest wait for one answer from the server
ITEM_TABLE = "itinerary_item"
CONTENT_TYPE = "text/calendar; charset=utf-8"
_CALDAV_CALENDAR = "{urn:ietf:params:xml:ns:caldav}calendar"
_RESOURCE_TYPE = "{DAV:}resourcetype"
_QUIET = logging.NullHandler()


@dataclass(frozen=True)
class Account:
    """Where this computer publishes: the switch (off until the user turns it on), the
    server's address and the user name. Per computer: none of it travels."""

    enabled: bool = False
    url: str = ""
    user: str = ""


@dataclass(frozen=True)
class PublishResult:
    """What one publish did on the server (``unchanged``: items already there as they are)."""

    host: str
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0

    def line(self) -> str:
        """ "3 added, 1 changed, 1 removed on cloud.example.org"."""
        return result_line(self.added, self.changed, self.removed, self.host)


@dataclass(frozen=True)
class LastPublish:
    """How the last publish from this computer ended: what it did, or why it stopped."""

    at: datetime
    result: PublishResult
    error: PublishError | None = None


@dataclass
class _State:
    """What this computer published, to which calendar of which account."""

    account: str = ""  # the address and user name it was published with
    calendar: str = ""  # the calendar's URL on the server, once found
    items: dict[str, list[Any]] = field(default_factory=dict)  # uid → [sequence, print, href]
    tombstones: str = ""  # the newest tombstone stamp already looked at
    last: dict[str, Any] | None = None

    @classmethod
    def read(cls, text: str | None) -> _State:
        try:
            data = json.loads(text) if text else {}
            return cls(
                account=str(data.get("account", "")),
                calendar=str(data.get("calendar", "")),
                items={str(uid): list(entry) for uid, entry in dict(data["items"]).items()},
                tombstones=str(data.get("tombstones", "")),
                last=data.get("last"),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls()  # never published, or written by another version: start afresh

    def text(self) -> str:
        return json.dumps(
            {
                "account": self.account,
                "calendar": self.calendar,
                "items": self.items,
                "tombstones": self.tombstones,
                "last": self.last,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )


@dataclass(frozen=True)
class _Put:
    uid: str
    sequence: int
    print: str
    body: bytes
    new: bool


@dataclass
class _Plan:
    puts: list[_Put]
    deletes: list[str]  # UIDs
    unchanged: int
    newest_tombstone: str

    @property
    def total(self) -> int:
        return len(self.puts) + len(self.deletes)


# --- the password, in the system's keyring ---------------------------------------------------


def _keyring_user(server: Server, user: str) -> str:
    return f"{user} on {server.host}"


def saved_password(url: str, user: str) -> str | None:
    """The password kept for ``user`` on the server at ``url``, or None (none kept, no keyring
    on this computer, or the keyring refused)."""
    server = server_from(url)
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _keyring_user(server, user))
    except (KeyringError, RuntimeError, OSError):
        return None


def keep_password(url: str, user: str, password: str) -> None:
    """Keep the password in the system's keyring; PublishError "no_keyring" when there is none
    that will take it (the password is then simply not kept)."""
    server = server_from(url)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(server, user), password)
    except (KeyringError, RuntimeError, OSError) as exc:
        raise PublishError("no_keyring") from exc
    # A keyring that takes nothing (keyring's "null" backend, chosen where there is none)
    # says nothing either: read it back, so the window never says "kept" of a lost password.
    if saved_password(url, user) != password:
        raise PublishError("no_keyring")


def forget_password(url: str, user: str) -> None:
    """Remove the kept password, if there is one."""
    server = server_from(url)
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with suppress(KeyringError, PasswordDeleteError, RuntimeError, OSError):
        keyring.delete_password(KEYRING_SERVICE, _keyring_user(server, user))


# --- the service -----------------------------------------------------------------------------


class PublishingService(Service):
    def __init__(
        self, session_factory: sessionmaker[Any], clock: Clock, *, timeout: float = TIMEOUT_S
    ) -> None:
        self._sessions = session_factory
        self._clock = clock
        self._timeout = timeout
        self._busy = threading.Lock()
        # The fingerprint of each item's event as last worked out, by what it is made of:
        # writing an event takes a millisecond, and a publish looks at every item.
        self._prints: dict[tuple[Any, ...], str] = {}

    # --- the account (settings) --------------------------------------------------------------

    def account(self) -> Account:
        with self._sessions() as session:
            return Account(
                stored_value(session, PUBLISH_ENABLED),
                stored_value(session, PUBLISH_URL),
                stored_value(session, PUBLISH_USER),
            )

    @writes(Change.SETTINGS)
    def save_account(self, account: Account) -> Account:
        """Store the switch, the address and the user name as typed (the address is checked
        when publishing, where a refusal can be said)."""
        account = Account(account.enabled, account.url.strip(), account.user.strip())
        with self._sessions.begin() as session:
            store_value(session, PUBLISH_ENABLED, account.enabled)
            store_value(session, PUBLISH_URL, account.url)
            store_value(session, PUBLISH_USER, account.user)
        return account

    # --- what was published --------------------------------------------------------------------

    def last(self) -> LastPublish | None:
        """How the last publish from this computer ended, if there was one."""
        last = self._state().last
        if not last:
            return None
        try:
            result = PublishResult(**last["result"])
            error = last.get("error")
            refusal = (
                None
                if error is None
                else PublishError(
                    error["code"], error["params"], done=error["done"], total=error["total"]
                )
            )
            return LastPublish(datetime.fromisoformat(last["at"]), result, refusal)
        except (KeyError, TypeError, ValueError):
            return None

    def pending(self, url: str | None = None, user: str | None = None) -> int:
        """How many changes the next publish would send (events to add, change or remove),
        worked out here, without the network. Everything, when nothing was published yet to
        this account."""
        account = self.account()
        try:
            server = server_from(url if url is not None else account.url)
        except PublishError:
            return len(self._items())
        state = self._state()
        if state.account != _account_key(server, user if user is not None else account.user):
            state = _State()
        return self._plan(state).total

    # --- publishing ------------------------------------------------------------------------------

    def publish(
        self, password: str, *, url: str | None = None, user: str | None = None
    ) -> PublishResult:
        """Send the itinerary's changes since the last publish to the calendar server: the
        saved account's, or ``url`` and ``user`` when given (the command line). Raises
        PublishError, one line in our words, when the address is wrong or the server
        refuses; what went through before a refusal is remembered, the rest is sent next
        time."""
        account = self.account()
        server = server_from(url if url is not None else account.url)
        user = (user if user is not None else account.user).strip()
        if not user:
            raise PublishError("no_user")
        if not password:
            raise PublishError("no_password", {"user": user, "host": server.host})
        if not self._busy.acquire(blocking=False):
            raise PublishError("busy_here")
        try:
            return self._publish(server, user, password)
        finally:
            self._busy.release()

    def _publish(self, server: Server, user: str, password: str) -> PublishResult:
        state = self._state()
        key = _account_key(server, user)
        if state.account != key:
            state = _State(account=key)
        counts = {"added": 0, "changed": 0, "removed": 0, "unchanged": 0}
        plan: _Plan | None = None
        done = 0
        try:
            with _connected(server, user, password, self._timeout) as client:
                calendar = self._calendar(client, server, state)
                plan = self._plan(state)
                counts["unchanged"] = plan.unchanged
                for put in plan.puts:
                    href = _put(client, server, user, calendar, put, state.items.get(put.uid))
                    state.items[put.uid] = [put.sequence, put.print, href]
                    counts["added" if put.new else "changed"] += 1
                    done += 1
                for uid in plan.deletes:
                    entry = state.items.get(uid)
                    href = str(entry[2]) if entry else urljoin(calendar, resource_name(uid))
                    if _delete(client, server, user, href):
                        counts["removed"] += 1
                    state.items.pop(uid, None)
                    done += 1
                state.tombstones = max(state.tombstones, plan.newest_tombstone)
        except Exception as exc:
            refusal = _refusal(exc, server, user)
            if refusal is None:  # a bug: what went through is remembered all the same
                self._write(state)
                raise
            total = plan.total if plan is not None else 0
            refusal = refusal.partly(done, total) if done else refusal
            self._remember(state, PublishResult(server.host, **counts), refusal)
            raise refusal from exc
        result = PublishResult(server.host, **counts)
        self._remember(state, result, None)
        return result

    def _calendar(self, client: Any, server: Server, state: _State) -> str:
        """The calendar's URL: the one found last time if it is still there (else everything
        is published again, to the calendar found anew); the address itself when it is a
        calendar; else the account's calendar named "Journey", made if missing."""
        if state.calendar:
            response = client.propfind(state.calendar, props=[_RESOURCE_TYPE], depth=0)
            if response.status in (200, 207) and _is_calendar(response):
                return state.calendar
            if response.status not in (404, 410, 200, 207):
                raise _status_error(response.status, server, user=client.username)
            state.calendar, state.items = "", {}  # deleted on the server: publish it all again
        response = client.propfind(server.url, props=[_RESOURCE_TYPE], depth=0)
        if response.status in (404, 410):
            raise PublishError("not_found", {"host": server.host})
        if response.status in (405, 501) or (
            response.status in (200, 207) and not getattr(response, "results", None)
        ):
            raise PublishError("not_caldav", {"host": server.host})
        if response.status not in (200, 207):
            raise _status_error(response.status, server, user=client.username)
        if _is_calendar(response):
            state.calendar = server.url
            return state.calendar
        from caldav.lib import error

        try:
            principal = client.principal()
            calendars = principal.calendars()
            named = [cal for cal in calendars if cal.get_display_name() == CALENDAR_NAME]
            calendar = named[0] if named else principal.make_calendar(name=CALENDAR_NAME)
        except (error.NotFoundError, error.PropfindError, error.ReportError) as exc:
            if getattr(exc, "status", None) in (401, 403, 507):
                raise
            raise PublishError("not_caldav", {"host": server.host}) from exc
        state.calendar = str(calendar.url)
        if not state.calendar.endswith("/"):
            state.calendar += "/"
        return state.calendar

    def _plan(self, state: _State) -> _Plan:
        """What to send: each item whose event differs from the one published (or was never
        published), and the removal of each published item that is gone."""
        from journey.services.calendar import CalendarService
        from journey.services.itinerary import ItineraryService

        itinerary = ItineraryService(self._sessions, self._clock)
        items = itinerary.items()
        alarms = CalendarService(self._sessions, self._clock).alarms()
        numbering = itinerary.numbering()
        clinic = self._clinic_place()
        now = self._clock.now()

        def event(item: Item) -> bytes:  # as an exported file writes it (English words)
            return export_ics(
                [item], alarms=alarms, now=now, numbering=numbering, clinic_place=clinic
            )

        puts: list[_Put] = []
        unchanged = 0
        prints: dict[tuple[Any, ...], str] = {}
        for item in items:
            # Everything the event is made of: the same, the same event (within this run).
            made_of = (
                item,
                reminder_minutes(item.details, alarms),  # its own, or its kind's standard
                numbering.label(item.day) if numbering is not None else None,
                clinic,
            )
            printed = self._prints.get(made_of)
            body = None
            if printed is None:
                body = event(item)
                printed = fingerprint(body)
            prints[made_of] = printed
            published = state.items.get(item.uid)
            if published is not None and published[1] == printed:
                unchanged += 1
                continue
            if body is None:
                body = event(item)
            puts.append(_Put(item.uid, item.sequence, printed, body, published is None))
        self._prints = prints
        here = {item.uid for item in items}
        deletes = [uid for uid in state.items if uid not in here]
        newest = state.tombstones
        for uid, stamp in self._tombstones(state.tombstones):
            newest = max(newest, stamp)
            # A tombstone since the last publish: published from another computer maybe.
            if state.calendar and state.items and uid not in here and uid not in deletes:
                deletes.append(uid)
        return _Plan(puts, deletes, unchanged, newest)

    def _tombstones(self, after: str) -> Iterator[tuple[str, str]]:
        """The UIDs of itinerary items deleted after the stamp ``after``, with their stamps."""
        query = select(TOMBSTONES.c.stamp, TOMBSTONES.c.row).where(
            TOMBSTONES.c.tbl == ITEM_TABLE, TOMBSTONES.c.stamp > after
        )
        with self._sessions() as session:
            rows = session.execute(query).all()
        for stamp, row in rows:
            try:
                uid = json.loads(row).get("uid")
            except (ValueError, AttributeError):
                continue
            if isinstance(uid, str) and uid:
                yield uid, str(stamp)

    def _clinic_place(self) -> str:
        """The LOCATION of a clinic item without a place, as an export writes it
        (CalendarService's): the clinic's name and city from the treatment course."""
        with self._sessions() as session:
            course = session.scalars(select(TreatmentCourse)).first()
        if course is None:
            return ""
        parts = (course.clinic_name.strip(), course.clinic_city.strip())
        return ", ".join(part for part in parts if part)

    def _items(self) -> list[Item]:
        from journey.services.itinerary import ItineraryService

        return ItineraryService(self._sessions, self._clock).items()

    # --- this computer's state -------------------------------------------------------------

    def _state(self) -> _State:
        with self._sessions() as session:
            return _State.read(read_state(session.connection(), STATE_KEY))

    def _remember(self, state: _State, result: PublishResult, error: PublishError | None) -> None:
        state.last = {
            "at": self._clock.now().isoformat(),
            "result": {
                "host": result.host,
                "added": result.added,
                "changed": result.changed,
                "removed": result.removed,
                "unchanged": result.unchanged,
            },
            "error": None
            if error is None
            else {
                "code": error.code,
                "params": error.params,
                "done": error.done,
                "total": error.total,
            },
        }
        self._write(state)

    def _write(self, state: _State) -> None:
        with self._sessions.begin() as session:
            write_state(session.connection(), STATE_KEY, state.text())


def _account_key(server: Server, user: str) -> str:
    return f"{server.url} {user.strip()}"


# --- the connection --------------------------------------------------------------------------


@contextmanager
def _connected(server: Server, user: str, password: str, timeout: float) -> Iterator[Any]:
    """A CalDAV client that reaches only ``server`` (see the module's docstring)."""
    from caldav.davclient import DAVClient
    from caldav.lib import http_sync

    # The library's warnings are not ours to print (they may quote the server's answer): a
    # refusal is said once, in our words. An app that sets up logging still gets them.
    logging.getLogger("caldav").addHandler(_QUIET)
    client = DAVClient(
        url=server.url,
        username=user,
        password=password,
        timeout=timeout,  # type: ignore[arg-type]  # a float is what the HTTP library takes
        ssl_verify_cert=True,
        enable_rfc6764=False,  # no DNS discovery: the address is the server
    )
    client.session.close()
    client.session = _session_for(http_sync.requests, server)
    try:
        yield client
    finally:
        client.close()


def _session_for(library: Any, server: Server) -> Any:
    """An HTTP session whose every request, redirects included, goes to ``server`` (or is
    refused before anything is sent), with nothing taken from the environment."""

    class OneServer(library.Session):  # type: ignore[misc, name-defined]
        def send(self, request: Any, **kwargs: Any) -> Any:
            url = str(request.url)
            if not server.allows(url):
                other = urlsplit(url).hostname or url
                raise PublishError("other_host", {"host": server.host, "other": other})
            return super().send(request, **kwargs)

    try:  # niquests: no revocation look-ups (OCSP, CRL: other hosts), no QUIC probing
        session = OneServer(revocation_configuration=None, disable_http3=True)
    except TypeError:  # requests
        session = OneServer()
    session.trust_env = False  # no proxy or .netrc from the environment
    return session


def _put(
    client: Any,
    server: Server,
    user: str,
    calendar: str,
    put: _Put,
    published: list[Any] | None,
) -> str:
    """Write one item's event; returns its URL."""
    href = str(published[2]) if published else urljoin(calendar, resource_name(put.uid))
    text = put.body.decode("utf-8")
    response = client.put(href, text, {"Content-Type": CONTENT_TYPE})
    if response.status == 409 and _uid_conflict(response):
        # The calendar has this event already, under another name (imported on the phone from
        # an exported file): it is replaced where it is.
        from caldav.collection import Calendar
        from caldav.lib import error

        try:
            found: Any = Calendar(client=client, url=calendar).get_event_by_uid(put.uid)
        except error.NotFoundError as exc:
            raise _status_error(409, server, user) from exc
        href = str(found.url)
        response = client.put(href, text, {"Content-Type": CONTENT_TYPE})
    if not 200 <= response.status < 300:
        raise _status_error(response.status, server, user)
    return href


def _delete(client: Any, server: Server, user: str, href: str) -> bool:
    """Remove one event; whether it was there."""
    response = client.delete(href)
    if response.status in (404, 410):
        return False
    if not 200 <= response.status < 300:
        raise _status_error(response.status, server, user)
    return True


def _is_calendar(response: Any) -> bool:
    results = getattr(response, "results", None) or []
    for result in results[:1]:
        kinds = result.properties.get(_RESOURCE_TYPE) or []
        return _CALDAV_CALENDAR in kinds
    return False


def _uid_conflict(response: Any) -> bool:
    body = getattr(response, "_raw", b"") or b""
    if isinstance(body, str):
        body = body.encode("utf-8", "replace")
    return b"no-uid-conflict" in body


def _status_error(status: int | None, server: Server, user: str | None) -> PublishError:
    """A server's HTTP status as a refusal in our words."""
    host = {"host": server.host}
    if status == 401:
        return PublishError("wrong_password")
    if status == 403:
        return PublishError("forbidden", {"user": user or "", **host})
    if status in (404, 410):
        return PublishError("not_found", host)
    if status == 412:
        return PublishError("precondition")
    if status == 507:
        return PublishError("full", host)
    if status in (429, 503):
        return PublishError("busy", host)
    if status is not None and status >= 500:
        return PublishError("server_error", {"status": status, **host})
    return PublishError("refused", {"status": status if status is not None else "?"})


def _refusal(error: BaseException, server: Server, user: str) -> PublishError | None:
    """What stopped a publish, in our words; None for an error nobody foresaw (a bug: the
    caller lets it through, to be logged)."""
    if isinstance(error, PublishError):
        return error
    from caldav.lib import error as dav

    if isinstance(error, dav.RateLimitError):
        return PublishError("busy", {"host": server.host})
    if isinstance(error, dav.DAVError):
        status = error.status
        if status is None and isinstance(error, dav.AuthorizationError):
            status = 403 if "forbidden" in str(error.reason).lower() else 401
        return _status_error(status, server, user)
    # Told by the kinds' names: the HTTP library is niquests or requests, each wrapping
    # urllib3's and the socket's errors (urllib3 calls a refused connection a timeout too).
    within = {kind.__name__ for each in _chain(error) for kind in type(each).__mro__}
    kinds = {kind.__name__ for kind in type(error).__mro__}
    host = {"host": server.host}
    if within & {"SSLError", "CertificateError", "SSLCertVerificationError"}:
        return PublishError("certificate", host)
    if "Timeout" in kinds or isinstance(error, TimeoutError):
        return PublishError("timeout", host)
    if kinds & {"ConnectionError", "RequestException", "HTTPError", "OSError"}:
        return PublishError("unreachable", host)
    return None


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error and those it came from (an HTTP library wraps the socket's)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        for arg in current.args:
            if isinstance(arg, BaseException) and id(arg) not in seen:
                yield arg
        current = current.__cause__ or current.__context__
