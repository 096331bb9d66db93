"""Two computers sharing one journey through a folder real Syncthing moves (issue 16, "A real
sync tool"): two Syncthing daemons on this machine, each syncing one journal's copy of the
shared folder with the other over 127.0.0.1 only (no discovery, relays, NAT, usage reports or
upgrades). The patient shares, the companion joins once Syncthing has brought the invitation,
both work apart, and after sync passes both journals hold everything and the same conflict.

Needs the ``syncthing`` binary (Debian's package; CI installs it): skipped without it, except
on CI (``CI`` set), where its absence fails the test."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from journey.itinerary import ItemDetails
from journey.sync.service import SyncReport
from tests.journey.computers import Computer as Shared
from tests.journey.computers import onboard, symptom_entry

FOLDER_ID = "journey-shared"
WAIT_S = 60.0  # the bound on every wait
SECRET_NOTE = "headache at night, worse lying down"
FLIGHT = "Flight Toronto → San Diego"
# What Syncthing writes while a file is arriving, and its own marker: not the folder's content.
_SYNCTHING_TEMPORARY = (".syncthing.", "~syncthing~")
_MARKER = ".stfolder"
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update(STNODEFAULTFOLDER="1", STNOUPGRADE="1", STNORESTART="1")
    return env


@dataclass
class Syncthing:
    """One Syncthing daemon: its home (config, keys, database, log) and its copy of the
    shared folder."""

    name: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    api_key: str
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    def generate(self, binary: str) -> None:
        self.home.mkdir(parents=True)
        for args in (["generate", "--no-default-folder"], ["serve", "--device-id"]):
            done = subprocess.run(
                [binary, *args, "--home", str(self.home)],
                env=_environment(),
                capture_output=True,
                text=True,
                timeout=WAIT_S,
                check=False,
            )
            assert done.returncode == 0, f"syncthing {args[0]} failed: {done.stderr}"
        self.device_id = done.stdout.strip()
        assert self.device_id, "syncthing serve --device-id printed no id"

    def configure(self, other: Syncthing, *, dials: bool) -> None:
        """Loopback only, no discovery/relays/NAT/usage reports/upgrades, the other device,
        and the shared folder with it. The device and folder entries start from the
        generated config's own defaults.

        Only one of the two dials the other (``dials``: at its static address; the other
        has it as "dynamic", which with discovery off means it only accepts): when both dial
        at once, Syncthing 1.19 can lose both connections to a 20 s hello timeout."""
        config = self.home / "config.xml"
        tree = ET.parse(config)
        root = tree.getroot()
        gui = _child(root, "gui")
        gui.set("tls", "false")
        _child(gui, "address").text = f"127.0.0.1:{self.gui_port}"
        _child(gui, "apikey").text = self.api_key
        options = _child(root, "options")
        for tag, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "urAccepted": "-1",
            "autoUpgradeIntervalH": "0",
            "startBrowser": "false",
            "crashReportingEnabled": "false",
            "reconnectionIntervalS": "5",
            "setLowPriority": "false",
        }.items():
            _child(options, tag).text = value
        defaults = _child(root, "defaults")
        device = _copy(_child(defaults, "device"))
        device.set("id", other.device_id)
        device.set("name", other.name)
        _child(device, "address").text = (
            f"tcp://127.0.0.1:{other.listen_port}" if dials else "dynamic"
        )
        root.insert(list(root).index(gui), device)
        folder = _copy(_child(defaults, "folder"))
        folder.attrib.update(
            id=FOLDER_ID,
            label="Journey",
            path=str(self.folder),
            rescanIntervalS="2",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        shared_with = ET.Element("device", id=other.device_id, introducedBy="")
        ET.SubElement(shared_with, "encryptionPassword")
        folder.insert(list(folder).index(_child(folder, "device")) + 1, shared_with)
        root.insert(0, folder)
        tree.write(config, encoding="utf-8")
        self.folder.mkdir(parents=True)
        (self.folder / _MARKER).mkdir()  # Syncthing's "this folder is there" marker

    def start(self, binary: str) -> None:
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [binary, "serve", "--home", str(self.home), "--no-browser", "--no-restart"],
                env=_environment(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: the monitor and its child
            )

    def stop(self) -> None:
        """Stop Syncthing's monitor and the syncthing it runs (one process group, started
        here): terminate, wait, kill."""
        if self.process is None or self.process.poll() is not None:
            return
        group = self.process.pid  # the group's id: start_new_session made it the leader
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)  # the monitor waits for its child to exit
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):  # the child included
                os.killpg(group, signal.SIGKILL)
            self.process.wait(timeout=10)

    def rest(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        try:
            with _NO_PROXY.open(request, timeout=WAIT_S) as response:
                body = response.read()
        except urllib.error.HTTPError as exc:
            pytest.fail(
                f"{self.name}'s syncthing answered {method} {path} with {exc.code}: "
                f"{exc.read().decode(errors='replace').strip()}\n{self.tail()}"
            )
        return json.loads(body) if body.strip() else None

    def answers(self) -> bool:
        try:
            return self.rest("/rest/system/ping") == {"ping": "pong"}
        except (urllib.error.URLError, ConnectionError):  # not listening yet
            return False

    def connected_to(self, other: Syncthing) -> bool:
        connections = self.rest("/rest/system/connections")["connections"]
        return bool(connections.get(other.device_id, {}).get("connected"))

    def folder_idle(self) -> bool:
        """The shared folder is started, scanned and not in error."""
        return self.rest(f"/rest/db/status?folder={FOLDER_ID}")["state"] == "idle"

    def scan(self) -> None:
        """Look at the folder now (it returns once the scan is done), not at the next rescan."""
        self.rest(f"/rest/db/scan?folder={FOLDER_ID}", method="POST")

    def tail(self, lines: int = 30) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            text = "(no log)"
        return f"--- {self.name}'s syncthing log, last {lines} lines ---\n" + "\n".join(
            text.splitlines()[-lines:]
        )


def _child(element: ET.Element, tag: str) -> ET.Element:
    found = element.find(tag)
    assert found is not None, f"syncthing's generated config has no <{tag}>"
    return found


def _copy(element: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(element))


def _wait(
    what: str | Callable[[], str], done: Callable[[], bool], daemons: tuple[Syncthing, ...]
) -> None:
    """Poll ``done`` until it holds, for at most WAIT_S; fail saying what (``what()`` when
    a callable: found out then) and the logs' tails."""
    deadline = time.monotonic() + WAIT_S
    while not done():
        dead = [d.name for d in daemons if d.process is not None and d.process.poll() is not None]
        if dead or time.monotonic() > deadline:
            why = f"{', '.join(dead)}'s syncthing exited" if dead else f"not within {WAIT_S:.0f} s"
            said = what if isinstance(what, str) else what()
            pytest.fail(f"{said}: {why}\n" + "\n".join(d.tail() for d in daemons))
        time.sleep(0.1)


def _content(root: Path) -> dict[str, bytes]:
    """What a copy of the folder holds: relative path → bytes, without Syncthing's own."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file() and not path.name.startswith(_SYNCTHING_TEMPORARY):
            relative = path.relative_to(root)
            if relative.parts[0] != _MARKER:
                found[relative.as_posix()] = path.read_bytes()
    return found


@dataclass
class Pair:
    patient: Syncthing
    companion: Syncthing

    @property
    def both(self) -> tuple[Syncthing, Syncthing]:
        return self.patient, self.companion

    def deliver(self) -> None:
        """Have Syncthing scan both copies now, and wait until they hold the same files."""
        for daemon in self.both:
            daemon.scan()

        def same() -> bool:
            try:
                return _content(self.patient.folder) == _content(self.companion.folder)
            except FileNotFoundError:  # a file renamed into place while being read
                return False

        def differences() -> str:
            mine, theirs = _content(self.patient.folder), _content(self.companion.folder)
            apart = sorted(
                name for name in mine.keys() | theirs.keys() if mine.get(name) != theirs.get(name)
            )
            return f"the two copies of the shared folder still differ in {apart}"

        _wait(differences, same, self.both)


@pytest.fixture
def syncthing(tmp_path: Path) -> Iterator[Pair]:
    binary = shutil.which("syncthing")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("syncthing is not installed, and CI installs it (.ci/run)")
        pytest.skip("syncthing is not installed: apt-get install syncthing")
    pair = Pair(
        *(
            Syncthing(
                name,
                tmp_path / f"syncthing-{name}",
                tmp_path / f"shared-{name}",
                _free_port(),
                _free_port(),
                f"journey-test-{os.urandom(12).hex()}",
            )
            for name in ("patient", "companion")
        )
    )
    try:
        for daemon in pair.both:
            daemon.generate(binary)
        pair.patient.configure(pair.companion, dials=True)
        pair.companion.configure(pair.patient, dials=False)
        for daemon in (pair.companion, pair.patient):  # the one dialled listens first
            daemon.start(binary)
            _wait(f"{daemon.name}'s syncthing did not answer", daemon.answers, pair.both)
        _wait(
            "the two syncthings did not connect",
            lambda: (
                pair.patient.connected_to(pair.companion)
                and pair.companion.connected_to(pair.patient)
            ),
            pair.both,
        )
        for daemon in pair.both:
            _wait(f"{daemon.name}'s shared folder was not ready", daemon.folder_idle, pair.both)
        yield pair
    finally:
        for daemon in pair.both:
            daemon.stop()


class Computer(Shared):
    """One person's computer: a journal of its own, its services, and its copy of the shared
    folder (the one its Syncthing moves)."""

    def flights(self) -> list[tuple[str, str]]:
        return [
            (i.details.title, i.details.notes)
            for i in self.services.itinerary.items()
            if i.details.kind == "flight"
        ]


@pytest.fixture
def computers(tmp_path: Path, syncthing: Pair) -> Iterator[tuple[Computer, Computer]]:
    patient = Computer(None, tmp_path / "patient", syncthing.patient.folder)
    companion = Computer(None, tmp_path / "companion", syncthing.companion.folder)
    yield patient, companion
    patient.journal.close()
    companion.journal.close()


def _settle(pair: Pair, *computers: Computer, rounds: int = 6) -> dict[Computer, list[SyncReport]]:
    """Sync passes on each computer in turn, Syncthing delivering after each, until a whole
    round moves nothing; each computer's reports (what its sync line said)."""
    reports: dict[Computer, list[SyncReport]] = {computer: [] for computer in computers}
    for _ in range(rounds):
        moved = False
        for computer in computers:
            report = computer.sharing.sync()
            reports[computer].append(report)
            assert report.warnings == []
            moved |= bool(report.received or report.sent or report.kept_back)
            pair.deliver()
        if not moved:
            return reports
    pytest.fail(f"the journals did not settle in {rounds} rounds: {reports}")


def test_two_journals_kept_in_step_by_real_syncthing(
    syncthing: Pair, computers: tuple[Computer, Computer]
) -> None:
    patient, companion = computers
    onboard(patient.services)
    patient.services.side_effects.log(symptom_entry("Headache", SECRET_NOTE))
    code, patient_print = patient.sharing.init(patient.shared, "Elena's laptop", "patient")
    syncthing.deliver()  # the invitation reaches the companion's copy
    inviter, companion_print = companion.sharing.join(
        companion.shared, code, "Tomás's laptop", "companion"
    )
    assert inviter == patient_print  # the fingerprints read out match
    assert patient.sharing.status().fingerprint == patient_print
    assert companion.sharing.status().fingerprint == companion_print
    profile = companion.services.profile.get()
    assert profile is not None
    assert profile.name == "Elena Ramírez"
    assert companion.symptoms() == [("Headache", SECRET_NOTE)]
    syncthing.deliver()  # the companion's card reaches the patient's copy

    # Apart: the companion plans the flight, the patient logs a symptom.
    flight = companion.services.itinerary.add(
        ItemDetails(
            kind="flight",
            title=FLIGHT,
            start=datetime(2026, 6, 1, 8, 15),
            zone="America/Toronto",
            responsible="companion",
        )
    )
    patient.services.side_effects.log(symptom_entry("Nausea", "after the flight"))
    _settle(syncthing, patient, companion)
    for computer in computers:
        assert computer.symptoms() == [("Headache", SECRET_NOTE), ("Nausea", "after the flight")]
        assert computer.flights() == [(FLIGHT, "")]
    assert [p.card.name for p in patient.sharing.status().peers] == ["Tomás's laptop"]
    assert [p.card.name for p in companion.sharing.status().peers] == ["Elena's laptop"]

    # Apart again: both note something different on the same flight.
    (mine,) = [i for i in patient.services.itinerary.items() if i.details.kind == "flight"]
    patient.services.itinerary.update(mine.id, replace(mine.details, notes="Seat 12A"))
    companion.services.itinerary.update(flight.id, replace(flight.details, notes="Gate 34"))
    reports = _settle(syncthing, patient, companion)
    # The newer edit is shown on both; the other is kept on each for the user to choose.
    assert patient.flights() == companion.flights() == [(FLIGHT, "Gate 34")]
    assert patient.sharing.status().conflicts == companion.sharing.status().conflicts == 1
    for computer in computers:  # each said "1 conflict to choose" once
        assert sum(report.conflicts for report in reports[computer]) == 1
    for computer in computers:  # nothing left to move
        report = computer.sharing.sync()
        assert (report.received, report.sent, report.kept_back) == (0, 0, 0)
    # Syncthing saw no file changed on both sides: no conflict copies of its own.
    for daemon in syncthing.both:
        assert not [p for p in daemon.folder.rglob("*") if ".sync-conflict-" in p.name]
