"""Publishing the itinerary to a real CalDAV server (issue 17, part 6): Radicale on 127.0.0.1,
with its own storage folder and users, started once for this module and always stopped.

The demo journey is published, read back with the ``caldav`` client, edited and published
again (only what changed goes; the rest is untouched, to the ETag); a wrong password, a
refusal midway, a deleted calendar, a server that never answers, a bad certificate and a
redirect to another host each end in one line in our words, with nothing marked published
that was not.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from journey.demo import seed_demo
from journey.journal import Journal, open_journal
from journey.publishing import PublishError, resource_name, server_from
from journey.services import JournalServices
from journey.services.publish import PublishingService
from journey.timekeeping import Clock

WAIT_S = 30.0  # the bound on waiting for the server to start or stop
# 10 May 2026, 14:00 UTC, the demo's "now" in the other tests.
NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
HOME_ZONE = "America/Toronto"
MAX_BODY = 16_000  # bytes Radicale takes in one request here: a huge item is refused (413)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Radicale:
    """A Radicale server on 127.0.0.1: its folder (config, users, storage, log) and port."""

    folder: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def users(self) -> Path:
        return self.folder / "users"

    @property
    def log(self) -> Path:
        return self.folder / "radicale.log"

    def add_user(self, name: str, password: str) -> None:
        """Plain-text htpasswd, which Radicale 3 reads without extra packages (and reads
        again when the file changes)."""
        with self.users.open("a", encoding="utf-8") as users:
            users.write(f"{name}:{password}\n")

    def start(self, *, max_body: int = 100_000_000) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.users.touch()
        self.port = free_port()
        config = self.folder / "config"
        config.write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            f"max_content_length = {max_body}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {self.users}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"  # a wrong password is answered at once, not after a second
            "[storage]\n"
            f"filesystem_folder = {self.folder / 'collections'}\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = warning\n",
            encoding="utf-8",
        )
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + WAIT_S
        while not self.answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"Radicale did not start:\n{self.log.read_text(errors='replace')}")
            time.sleep(0.05)

    def answers(self) -> bool:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 1):
            return True
        return False

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=WAIT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=WAIT_S)


@contextlib.contextmanager
def running_radicale(folder: Path, user: str, password: str) -> Iterator[Radicale]:
    """A Radicale in ``folder`` with one user, stopped on leaving (the window's and the
    command's tests share one per module)."""
    server = Radicale(folder)
    server.start()
    server.add_user(user, password)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = Radicale(tmp_path_factory.mktemp("radicale"))
    server.start(max_body=MAX_BODY)
    try:
        yield server
    finally:
        server.stop()


_users = iter(range(1, 1_000_000))


@pytest.fixture
def account(radicale: Radicale) -> tuple[str, str]:
    """A user of the test's own on the server (so the tests share nothing there)."""
    user, password = f"user{next(_users)}", "correct horse"
    radicale.add_user(user, password)
    return user, password


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo journal at the fixed clock, made once for the module."""
    folder = tmp_path_factory.mktemp("demo") / "journal"
    journal = open_journal(folder, now=NOW)
    try:
        seed_demo(JournalServices.build(journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW)))
    finally:
        journal.close()
    return folder


@pytest.fixture
def journal(demo_template: Path, tmp_path: Path) -> Iterator[Journal]:
    folder = tmp_path / "journal"
    shutil.copytree(demo_template, folder)
    opened = open_journal(folder, now=NOW)
    yield opened
    opened.close()


@pytest.fixture
def services(journal: Journal) -> JournalServices:
    return JournalServices.build(journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW))


# --- reading the calendar back with the caldav client ------------------------------------------


@dataclass(frozen=True)
class Event:
    href: str
    etag: str
    uid: str
    sequence: int
    summary: str


def events_on(radicale: Radicale, user: str, password: str) -> dict[str, Event]:
    """Every event of the user's "Journey" calendar, by UID, with its ETag."""
    from caldav.davclient import DAVClient

    with DAVClient(radicale.url, username=user, password=password, enable_rfc6764=False) as client:
        calendars = [
            calendar
            for calendar in client.principal().calendars()
            if calendar.get_display_name() == "Journey"
        ]
        if not calendars:
            return {}
        (calendar,) = calendars
        listing: Any = client.propfind(str(calendar.url), props=["{DAV:}getetag"], depth=1)
        etags = {
            unquote(result.href.rsplit("/", 1)[-1]): str(result.properties["{DAV:}getetag"])
            for result in listing.results
            if "{DAV:}getetag" in result.properties and result.href.endswith(".ics")
        }
        found = {}
        for event in calendar.events():
            component = event.icalendar_component
            name = unquote(str(event.url).rsplit("/", 1)[-1])
            uid = str(component["UID"])
            found[uid] = Event(
                name, etags[name], uid, int(component["SEQUENCE"]), str(component["SUMMARY"])
            )
        return found


# --- publishing -----------------------------------------------------------------------------------


def test_the_demo_is_published_then_only_what_changed(
    services: JournalServices, radicale: Radicale, account: tuple[str, str]
) -> None:
    user, password = account
    items = services.itinerary.items()
    follow_ups = [item for item in items if item.details.kind in ("follow_up", "revaccination")]
    assert len(items) > 20
    assert follow_ups  # the follow-up reminders are items too: they go with the rest
    publishing = services.publishing

    first = publishing.publish(password, url=radicale.url, user=user)

    assert first.line() == f"{len(items)} added, 0 changed, 0 removed on 127.0.0.1:{radicale.port}"
    before = events_on(radicale, user, password)
    assert set(before) == {item.uid for item in items}
    for item in items:
        event = before[item.uid]
        assert event.summary == item.details.title
        assert event.sequence == item.sequence
        assert event.href == resource_name(item.uid)
    assert publishing.pending() == len(items)  # the saved account is another (none yet)
    assert publishing.pending(radicale.url, user) == 0

    edited, deleted = items[3], items[7]
    services.itinerary.update(edited.id, replace(edited.details, title="Flight moved to 9:40"))
    services.itinerary.delete(deleted.id)
    assert publishing.pending(radicale.url, user) == 2

    second = publishing.publish(password, url=radicale.url, user=user)

    assert (second.added, second.changed, second.removed) == (0, 1, 1)
    assert second.unchanged == len(items) - 2
    after = events_on(radicale, user, password)
    assert set(after) == set(before) - {deleted.uid}
    assert after[edited.uid].summary == "Flight moved to 9:40"
    assert after[edited.uid].sequence > before[edited.uid].sequence
    assert after[edited.uid].etag != before[edited.uid].etag
    untouched = set(after) - {edited.uid}
    assert {uid: after[uid].etag for uid in untouched} == {
        uid: before[uid].etag for uid in untouched
    }

    third = publishing.publish(password, url=radicale.url, user=user)
    assert (third.added, third.changed, third.removed) == (0, 0, 0)
    assert events_on(radicale, user, password) == after
    last = publishing.last()
    assert last is not None
    assert last.error is None
    assert last.result == third


def test_a_wrong_password_publishes_nothing_and_the_right_one_everything(
    services: JournalServices, radicale: Radicale, account: tuple[str, str]
) -> None:
    user, password = account
    publishing = services.publishing
    count = len(services.itinerary.items())

    with pytest.raises(PublishError) as refused:
        publishing.publish("wrong horse", url=radicale.url, user=user)

    assert str(refused.value) == "The calendar server refused the user name or password."
    assert refused.value.code == "wrong_password"
    assert events_on(radicale, user, password) == {}
    assert publishing.pending(radicale.url, user) == count
    last = publishing.last()
    assert last is not None
    assert last.error is not None
    assert last.error.code == "wrong_password"

    result = publishing.publish(password, url=radicale.url, user=user)

    assert (result.added, result.changed, result.removed) == (count, 0, 0)
    assert len(events_on(radicale, user, password)) == count


def test_the_saved_account_is_used_and_the_settings_stay_on_this_computer(
    services: JournalServices, radicale: Radicale, account: tuple[str, str]
) -> None:
    from journey.services.publish import Account
    from journey.settings import PUBLISH_ENABLED, PUBLISH_URL, PUBLISH_USER, travels

    user, password = account
    assert services.publishing.account() == Account(False, "", "")  # off until turned on
    services.publishing.save_account(Account(True, f" {radicale.url} ", user))
    assert services.publishing.account() == Account(True, radicale.url, user)
    assert not any(travels(o.name) for o in (PUBLISH_ENABLED, PUBLISH_URL, PUBLISH_USER))

    result = services.publishing.publish(password)

    assert result.added == len(services.itinerary.items())


def test_a_refusal_midway_keeps_what_went_through_and_sends_the_rest_next_time(
    services: JournalServices, radicale: Radicale, account: tuple[str, str]
) -> None:
    user, password = account
    items = services.itinerary.items()
    huge = items[10]
    # Bigger than the server takes in one request: refused (413) when its turn comes.
    services.itinerary.update(huge.id, replace(huge.details, notes="→" * (MAX_BODY // 3 + 1)))
    publishing = services.publishing

    with pytest.raises(PublishError) as refused:
        publishing.publish(password, url=radicale.url, user=user)

    assert refused.value.code == "refused"
    assert refused.value.done == 10
    assert str(refused.value) == (
        f"The calendar server refused the change (413). 10 of {len(items)} changes were "
        "published; the next publish sends the rest."
    )
    published = events_on(radicale, user, password)
    assert set(published) == {item.uid for item in items[:10]}
    assert publishing.pending(radicale.url, user) == len(items) - 10

    services.itinerary.update(huge.id, replace(huge.details, notes="Shorter now."))
    result = publishing.publish(password, url=radicale.url, user=user)

    assert (result.added, result.changed, result.removed) == (len(items) - 10, 0, 0)
    assert set(events_on(radicale, user, password)) == {item.uid for item in items}


def test_a_calendar_deleted_on_the_server_is_made_again_with_everything(
    services: JournalServices, radicale: Radicale, account: tuple[str, str]
) -> None:
    from caldav.davclient import DAVClient

    user, password = account
    publishing = services.publishing
    count = publishing.publish(password, url=radicale.url, user=user).added
    with DAVClient(radicale.url, username=user, password=password, enable_rfc6764=False) as client:
        (calendar,) = client.principal().calendars()
        calendar.delete()

    again = publishing.publish(password, url=radicale.url, user=user)

    assert (again.added, again.removed) == (count, 0)
    assert len(events_on(radicale, user, password)) == count


def test_an_address_that_is_a_calendar_is_published_into(
    services: JournalServices, radicale: Radicale, account: tuple[str, str]
) -> None:
    from caldav.davclient import DAVClient

    user, password = account
    with DAVClient(radicale.url, username=user, password=password, enable_rfc6764=False) as client:
        mine = client.principal().make_calendar(name="Our trip")
        url = str(mine.url)

    services.publishing.publish(password, url=url, user=user)

    with DAVClient(url, username=user, password=password, enable_rfc6764=False) as client:
        calendars = client.principal().calendars()
        assert [calendar.get_display_name() for calendar in calendars] == ["Our trip"]
        assert len(calendars[0].events()) == len(services.itinerary.items())


def test_an_event_already_in_the_calendar_under_another_name_is_replaced_there(
    services: JournalServices, radicale: Radicale, account: tuple[str, str]
) -> None:
    """An exported .ics imported on the phone put the item's event there already (the server
    refuses a second event with the same UID): that one is updated, not doubled."""
    from caldav.davclient import DAVClient

    from journey.calendar import export_ics

    user, password = account
    item = services.itinerary.items()[0]
    with DAVClient(radicale.url, username=user, password=password, enable_rfc6764=False) as client:
        calendar = client.principal().make_calendar(name="Journey")
        calendar.save_event(export_ics([item], now=NOW).decode())

    services.publishing.publish(password, url=radicale.url, user=user)

    events = events_on(radicale, user, password)
    assert len(events) == len(services.itinerary.items())
    assert events[item.uid].href != resource_name(item.uid)


def test_an_item_deleted_on_another_computer_is_removed_by_its_tombstone(
    services: JournalServices, journal: Journal, radicale: Radicale, account: tuple[str, str]
) -> None:
    """An item this computer never published (the companion's computer published it, and it
    was deleted before this one's next publish): the tombstone its deletion left says to
    remove it from the shared calendar."""
    from journey.outbox import read_state, write_state

    user, password = account
    publishing = services.publishing
    publishing.publish(password, url=radicale.url, user=user)
    with journal.engine.begin() as connection:
        before = read_state(connection, "publish.state")
    assert before is not None
    fleeting = services.itinerary.add(
        replace(services.itinerary.items()[0].details, title="Booked, then cancelled")
    )
    publishing.publish(password, url=radicale.url, user=user)  # as the other computer did
    assert fleeting.uid in events_on(radicale, user, password)
    with journal.engine.begin() as connection:  # this computer's memory: it never saw it
        write_state(connection, "publish.state", before)
    services.itinerary.delete(fleeting.id)

    result = publishing.publish(password, url=radicale.url, user=user)

    assert (result.added, result.changed, result.removed) == (0, 0, 1)
    assert fleeting.uid not in events_on(radicale, user, password)


# --- servers that refuse, in our words ------------------------------------------------------------


def test_a_server_that_never_answers_is_a_timeout(
    journal: Journal, services: JournalServices
) -> None:
    with socket.socket() as silent:  # accepts connections (the kernel does), never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        publishing = PublishingService(journal.session_factory, services.clock, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(PublishError) as refused:
            publishing.publish("pw", url=f"http://127.0.0.1:{port}/", user="ana")
    assert time.monotonic() - started < 10
    assert str(refused.value) == (
        f"127.0.0.1:{port} did not answer in time. Check the internet connection and publish again."
    )
    assert publishing.pending(f"http://127.0.0.1:{port}/", "ana") == len(services.itinerary.items())


def test_nothing_listening_is_said(services: JournalServices) -> None:
    port = free_port()
    with pytest.raises(PublishError) as refused:
        services.publishing.publish("pw", url=f"http://127.0.0.1:{port}/", user="ana")
    assert refused.value.code == "unreachable"


class _Recorder(BaseHTTPRequestHandler):
    """Answers every request as the server's ``answer`` says, and counts them."""

    def do_any(self) -> None:
        self.server.requests.append(self.command)  # type: ignore[attr-defined]
        status, headers = self.server.answer  # type: ignore[attr-defined]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_PUT = do_PROPFIND = do_DELETE = do_OPTIONS = do_REPORT = do_any

    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serving(
    status: int, headers: dict[str, str], tls: ssl.SSLContext | None = None
) -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.requests = []  # type: ignore[attr-defined]
    server.answer = (status, headers)  # type: ignore[attr-defined]
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(WAIT_S)


def test_a_redirect_to_another_host_is_refused_before_anything_is_sent(
    services: JournalServices,
) -> None:
    with serving(207, {}) as elsewhere:
        other = f"http://localhost:{elsewhere.server_address[1]}/dav/"
        with serving(301, {"Location": other}) as given:
            url = f"http://127.0.0.1:{given.server_address[1]}/"
            with pytest.raises(PublishError) as refused:
                services.publishing.publish("pw", url=url, user="ana")
        assert elsewhere.requests == []  # type: ignore[attr-defined]
    assert refused.value.code == "other_host"
    assert str(refused.value) == (
        f"127.0.0.1:{given.server_address[1]} sent Journey on to localhost; Journey connects "
        "only to the server you gave, so it sent nothing there."
    )


@pytest.mark.parametrize(
    ("status", "code", "words"),
    [
        (401, "wrong_password", "The calendar server refused the user name or password."),
        (403, "forbidden", "The calendar server does not let ana change that calendar (403)."),
        (404, "not_found", "There is no calendar at that address on"),
        (507, "full", "The calendar account on"),
        (412, "precondition", "The calendar server refused an event"),
        (500, "server_error", "had a problem of its own (500)"),
    ],
)
def test_each_refusal_is_one_line_in_our_words(
    services: JournalServices, status: int, code: str, words: str
) -> None:
    headers = {"WWW-Authenticate": 'Basic realm="cal"'} if status == 401 else {}
    with serving(status, headers) as server:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        with pytest.raises(PublishError) as refused:
            services.publishing.publish("pw", url=url, user="ana")
    assert refused.value.code == code
    assert words in str(refused.value)
    assert "\n" not in str(refused.value)
    assert services.publishing.pending(url, "ana") == len(services.itinerary.items())


def self_signed(folder: Path) -> ssl.SSLContext:
    """A TLS context with a certificate for 127.0.0.1 that nobody signed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    import ipaddress

    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert, private = folder / "cert.pem", folder / "key.pem"
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    private.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, private)
    return context


def test_a_bad_certificate_is_refused(services: JournalServices, tmp_path: Path) -> None:
    with serving(207, {}, tls=self_signed(tmp_path)) as server:
        url = f"https://127.0.0.1:{server.server_address[1]}/"
        with pytest.raises(PublishError) as refused:
            services.publishing.publish("pw", url=url, user="ana")
        assert server.requests == []  # type: ignore[attr-defined]
    assert str(refused.value) == (
        f"The security certificate of 127.0.0.1:{server.server_address[1]} is not valid, so "
        "Journey sent it nothing."
    )


# --- the address's rules (no network) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("", "no_address"),
        ("cloud.example.org", "bad_address"),
        ("ftp://cloud.example.org/", "bad_address"),
        ("http://cloud.example.org/remote.php/dav/", "not_https"),
        ("http://192.168.1.20:5232/", "not_https"),
        ("https://ana:secret@cloud.example.org/", "password_in_address"),
        ("https://cloud.example.org:99999/", "bad_address"),
    ],
)
def test_an_address_journey_will_not_use_is_refused(url: str, code: str) -> None:
    with pytest.raises(PublishError) as refused:
        server_from(url)
    assert refused.value.code == code


def test_https_anywhere_and_http_only_to_this_computer() -> None:
    for url in (
        "https://cloud.example.org/remote.php/dav",
        "http://127.0.0.1:5232/",
        "http://[::1]:5232/",
        "http://localhost:5232/ana/",
    ):
        assert server_from(url).url.endswith("/")
    icloud = server_from("https://caldav.icloud.com/")
    assert icloud.allows("https://p37-caldav.icloud.com:443/1234/calendars/")
    assert icloud.allows("https://caldav.icloud.com/1234/principal/")
    assert not icloud.allows("http://p37-caldav.icloud.com/1234/calendars/")
    assert not icloud.allows("https://icloud.com.evil.example/")
    assert not icloud.allows("https://example.com/")
    plain = server_from("https://example.org/dav/")
    assert not plain.allows("https://other.example.org/")  # two labels: no siblings
    local = server_from("http://127.0.0.1:5232/")
    assert local.allows("http://127.0.0.1:5232/ana/")
    assert not local.allows("http://localhost:5232/ana/")
