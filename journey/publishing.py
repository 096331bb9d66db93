"""The rules of publishing the itinerary to the user's own calendar server (CalDAV, issue 17):
which addresses Journey may connect to, what an event's resource is called on the server, how
a change is recognised, and the words for each way a server can refuse.

Plain Python: no storage, no network (journey.services.publish does both).

The one network connection Journey ever opens goes to the host of the address the user gave:
https, or plain http only to this computer (127.0.0.1, ::1, localhost). A server may send
Journey on to a host of its own beside it (iCloud keeps a user's calendars on
``p37-caldav.icloud.com`` behind ``caldav.icloud.com``): that is allowed over https when both
names end in the same domain of at least two labels (``icloud.com``), and nothing else is.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from journey.errors import QT_TRANSLATE_NOOP

KEYRING_SERVICE = "Journey CalDAV"  # the passwords' service name in the system's keyring
CALENDAR_NAME = "Journey"  # the calendar Journey makes when the address is not one
LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
URL_MAX = 2000
USER_MAX = 320
_DTSTAMP = re.compile(rb"^DTSTAMP[:;][^\r\n]*\r?\n", re.MULTILINE)


# The one wording of each refusal, in English here (the command line), translated in the
# window under the context "publishing". One line each, in our words, never the server's.
MESSAGES: dict[str, str] = {
    "no_address": QT_TRANSLATE_NOOP(
        "publishing", "Enter the address of your calendar server, beginning with https://."
    ),
    "bad_address": QT_TRANSLATE_NOOP(
        "publishing",
        "“{url}” is not a server address. It begins with https://, for example "
        "https://cloud.example.org/remote.php/dav/.",
    ),
    "not_https": QT_TRANSLATE_NOOP(
        "publishing",
        "Use an address beginning with https://: Journey sends your itinerary unencrypted "
        "(http://) only to a server on this computer.",
    ),
    "password_in_address": QT_TRANSLATE_NOOP(
        "publishing",
        "Leave the password out of the address and type it in the password field instead.",
    ),
    "no_user": QT_TRANSLATE_NOOP("publishing", "Enter your user name on the calendar server."),
    "no_password": QT_TRANSLATE_NOOP(
        "publishing",
        "There is no password for {user} on {host}: type it in Settings → Calendar "
        "(or set JOURNEY_CALDAV_PASSWORD for the command).",
    ),
    "no_keyring": QT_TRANSLATE_NOOP(
        "publishing",
        "This computer has no keyring to keep the password in, so it was not kept: "
        "type it again next time.",
    ),
    "off": QT_TRANSLATE_NOOP(
        "publishing",
        "Publishing to a calendar is off: turn it on in Settings → Calendar, or give the "
        "command --url and --user.",
    ),
    "busy_here": QT_TRANSLATE_NOOP(
        "publishing", "Journey is already publishing; wait for it to finish."
    ),
    "wrong_password": QT_TRANSLATE_NOOP(
        "publishing", "The calendar server refused the user name or password."
    ),
    "forbidden": QT_TRANSLATE_NOOP(
        "publishing",
        "The calendar server does not let {user} change that calendar (403). Check the "
        "address, or the account's permissions.",
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "publishing",
        "There is no calendar at that address on {host} (404). Check the address.",
    ),
    "not_caldav": QT_TRANSLATE_NOOP(
        "publishing",
        "{host} does not answer as a calendar (CalDAV) server. Check the address.",
    ),
    "precondition": QT_TRANSLATE_NOOP(
        "publishing",
        "The calendar server refused an event it would not accept as it is (412).",
    ),
    "full": QT_TRANSLATE_NOOP(
        "publishing",
        "The calendar account on {host} is full (507). Free some space there and publish again.",
    ),
    "busy": QT_TRANSLATE_NOOP(
        "publishing", "{host} is busy and asks to be left alone for now; publish again later."
    ),
    "server_error": QT_TRANSLATE_NOOP(
        "publishing", "{host} had a problem of its own ({status}); publish again later."
    ),
    "refused": QT_TRANSLATE_NOOP(
        "publishing", "The calendar server refused the change ({status})."
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "publishing",
        "{host} did not answer in time. Check the internet connection and publish again.",
    ),
    "certificate": QT_TRANSLATE_NOOP(
        "publishing",
        "The security certificate of {host} is not valid, so Journey sent it nothing.",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "publishing",
        "Journey cannot reach {host}. Check the address and the internet connection.",
    ),
    "other_host": QT_TRANSLATE_NOOP(
        "publishing",
        "{host} sent Journey on to {other}; Journey connects only to the server you gave, "
        "so it sent nothing there.",
    ),
}
# Added after a refusal that came after part of the changes went through.
PARTLY = QT_TRANSLATE_NOOP(
    "publishing", "{done} of {total} changes were published; the next publish sends the rest."
)
RESULT = QT_TRANSLATE_NOOP(
    "publishing", "{added} added, {changed} changed, {removed} removed on {host}"
)


class PublishError(Exception):
    """Publishing could not be done, or not all of it: ``code`` (a key of MESSAGES) with the
    values its words need. Nothing is lost: whatever was not published goes at the next
    publish. ``done`` and ``total`` count the changes that went through and those there were."""

    def __init__(
        self, code: str, params: dict[str, Any] | None = None, *, done: int = 0, total: int = 0
    ) -> None:
        self.code = code
        self.params = dict(params or {})
        self.done = done
        self.total = total
        super().__init__(self.english())

    def english(self) -> str:
        words = MESSAGES.get(self.code, self.code).format(**self.params)
        if self.done:
            words += " " + PARTLY.format(done=self.done, total=self.total)
        return words

    def partly(self, done: int, total: int) -> PublishError:
        """The same refusal, knowing how much had gone through before it."""
        return PublishError(self.code, self.params, done=done, total=total)


@dataclass(frozen=True)
class Server:
    """A calendar server's address as the user gave it, checked."""

    url: str  # normalised: scheme and host in lower case, the path ending in "/"
    scheme: str
    hostname: str  # without brackets or port
    port: int | None
    host: str = field(default="")  # as shown in messages: the name, and the port if given

    def allows(self, url: str) -> bool:
        """Whether Journey may connect to ``url``: this server's host, or (over https) one of
        its own beside it in the same domain (see the module's docstring)."""
        try:
            parts = urlsplit(url)
            hostname = (parts.hostname or "").lower()
        except ValueError:
            return False
        if not hostname:
            return False
        if hostname == self.hostname:
            return parts.scheme in ("https", self.scheme)
        if parts.scheme != "https" or self.scheme != "https":
            return False
        return _same_domain(hostname, self.hostname)


def _same_domain(one: str, other: str) -> bool:
    if _is_address(one) or _is_address(other):
        return False
    if one.count(".") < 2 or other.count(".") < 2:
        return False
    return one.split(".", 1)[1] == other.split(".", 1)[1]


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def server_from(url: str) -> Server:
    """The server at ``url``, or PublishError saying what is wrong with the address."""
    text = url.strip()
    if not text:
        raise PublishError("no_address")
    if "://" not in text:
        raise PublishError("bad_address", {"url": _short(text)})
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise PublishError("bad_address", {"url": _short(text)}) from exc
    scheme = parts.scheme.lower()
    hostname = (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not hostname or len(text) > URL_MAX:
        raise PublishError("bad_address", {"url": _short(text)})
    if parts.password is not None:
        raise PublishError("password_in_address")
    if scheme == "http" and hostname not in LOOPBACK:
        raise PublishError("not_https")
    shown_name = f"[{hostname}]" if ":" in hostname else hostname
    netloc = shown_name if port is None else f"{shown_name}:{port}"
    path = parts.path or "/"
    if not path.endswith("/"):
        path += "/"
    normal = urlunsplit((scheme, netloc, path, parts.query, ""))
    return Server(normal, scheme, hostname, port, netloc)


def _short(text: str, limit: int = 80) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def resource_name(uid: str) -> str:
    """The name of an item's event in the calendar: the same on every computer that publishes
    the journey (its UID's digest), and safe in any URL whatever the UID holds."""
    return "journey-" + hashlib.sha256(uid.encode("utf-8")).hexdigest()[:32] + ".ics"


def fingerprint(resource: bytes) -> str:
    """What an event's resource says, leaving out when it was written (DTSTAMP): equal
    fingerprints need no publishing."""
    return hashlib.sha256(_DTSTAMP.sub(b"", resource)).hexdigest()[:32]


def result_line(added: int, changed: int, removed: int, host: str) -> str:
    return RESULT.format(added=added, changed=changed, removed=removed, host=host)
