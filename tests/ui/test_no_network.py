"""No network access at all (SPEC §5): a whole session — onboarding, the quick log, a rating,
every page with its charts, the doctor's report and a JSON export — with every way Python
has to reach the network made to fail, and not one attempt made.

Two layers record attempts: the ``socket`` functions a library would call are replaced, and a
Python audit hook sees the same operations at the C level (a module that took
``socket.getaddrinfo`` before the patch, or a raw ``_socket`` object). Qt's own C++ networking
is out of Python's sight, so the test also checks that Qt's network library was never loaded.
Local (AF_UNIX) sockets count too: the app has no use for any socket, and offscreen Qt opens
none from Python; a failure names the family and address so that a legitimate one can be told
apart.
"""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.journal import Journal
from tests.ui.helpers import pdf_text
from tests.ui.keys import (
    back_to,
    focused,
    on_next_dialog,
    press,
    replace_text,
    show_active,
    tab,
    type_text,
)
from ui.shell.app import attach_journal
from ui.shell.main_window import MainWindow
from ui.widgets.themes import Appearance


@dataclass(frozen=True)
class Attempt:
    what: str  # the call or audit event
    family: str  # AF_INET, AF_INET6, AF_UNIX… or "" for a name lookup
    address: str


# Audit hooks cannot be removed, so one is installed for the whole run and records only while
# a test has a list here.
_recording: list[list[Attempt]] = []
_AUDITED = {
    "socket.connect",
    "socket.sendto",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
    "http.client.connect",
    "urllib.Request",
}


def _family(sock: Any) -> str:
    family = getattr(sock, "family", None)
    if family is None:
        return ""
    try:
        return socket.AddressFamily(family).name  # a raw _socket gives a plain int
    except ValueError:
        return str(family)


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _recording or event not in _AUDITED:
        return
    if event in ("socket.connect", "socket.sendto"):
        attempt = Attempt(event, _family(args[0]), repr(args[1]))
    else:
        attempt = Attempt(event, "", repr(args[:3]))
    _recording[-1].append(attempt)
    raise OSError(f"no network in Journey: {attempt}")


_hook_installed: list[bool] = []


def _refuse(attempts: list[Attempt], what: str, family: str, address: Any) -> None:
    attempt = Attempt(what, family, repr(address))
    attempts.append(attempt)
    raise OSError(f"no network in Journey: {attempt}")


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Attempt]]:
    """Every attempt to reach the network from now on is recorded here and fails."""
    attempts: list[Attempt] = []
    if not _hook_installed:
        sys.addaudithook(_audit)
        _hook_installed.append(True)

    def on_socket(what: str) -> Callable[..., Any]:
        def refuse(self: socket.socket, address: Any, *rest: Any) -> Any:
            _refuse(attempts, what, _family(self), address if not rest else rest[-1])

        return refuse

    def lookup(what: str) -> Callable[..., Any]:
        def refuse(*args: Any, **_: Any) -> Any:
            _refuse(attempts, what, "", args[:2])

        return refuse

    monkeypatch.setattr(socket.socket, "connect", on_socket("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", on_socket("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", on_socket("socket.sendto"))
    monkeypatch.setattr(
        socket,
        "create_connection",
        lambda address, *_a, **_k: _refuse(attempts, "socket.create_connection", "", address),
    )
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, lookup(f"socket.{name}"))
    _recording.append(attempts)
    try:
        yield attempts
    finally:
        _recording.remove(attempts)


def qt_network_loaded() -> bool:
    """Whether Qt's network library is in this process (Linux: its memory map says)."""
    maps = Path("/proc/self/maps")
    in_process = maps.exists() and "libQt6Network" in maps.read_text()
    return in_process or "PySide6.QtNetwork" in sys.modules


def test_the_fixture_catches_and_refuses_an_attempt(network_attempts: list[Attempt]) -> None:
    """Otherwise the session test below could never fail."""
    with pytest.raises(OSError, match="no network"):
        socket.create_connection(("example.org", 80))
    with pytest.raises(OSError, match="no network"):
        socket.getaddrinfo("example.org", 443)
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp,
        pytest.raises(OSError, match="no network"),
    ):
        udp.sendto(b"telemetry", ("192.0.2.1", 53))
    with socket.socket(socket.AF_INET6) as tcp, pytest.raises(OSError, match="no network"):
        tcp.connect_ex(("2001:db8::1", 443))
    import _socket

    raw = _socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # below the patched class
    with pytest.raises(OSError, match="no network"):
        raw.connect(("192.0.2.1", 80))
    raw.close()
    assert network_attempts == [
        Attempt("socket.create_connection", "", "('example.org', 80)"),
        Attempt("socket.getaddrinfo", "", "('example.org', 443)"),
        Attempt("socket.sendto", "AF_INET", "('192.0.2.1', 53)"),
        Attempt("socket.connect_ex", "AF_INET6", "('2001:db8::1', 443)"),
        Attempt("socket.connect", "AF_INET", "('192.0.2.1', 80)"),
    ]


def onboard_by_keyboard(qtbot: QtBot, wizard: QWidget) -> None:
    from ui.shell.onboarding import OnboardingWizard

    assert isinstance(wizard, OnboardingWizard)
    if focused() is not wizard.profile_form.name:
        wizard.profile_form.name.setFocus()
    type_text(qtbot, "Ana López")
    tab(qtbot)
    type_text(qtbot, "P")  # Primary progressive MS
    tab(qtbot)
    type_text(qtbot, "2016")
    tab(qtbot)
    type_text(qtbot, "3.5")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "Your treatment"
    type_text(qtbot, "M")  # Mesenchymal stem cells
    tab(qtbot)
    type_text(qtbot, "Clínica Prueba")
    tab(qtbot)
    type_text(qtbot, "Tijuana, Mexico")
    tab(qtbot)
    replace_text(qtbot, "America/Tijuana")
    tab(qtbot, 3)  # arrival today, at the time offered; then the treatment's first day
    press(qtbot, Qt.Key.Key_Up)  # a day after arriving
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().title() == "Your companion"
    type_text(qtbot, "Luis López")
    press(qtbot, Qt.Key.Key_Return)


def test_a_whole_session_makes_no_network_attempt(
    network_attempts: list[Attempt],  # first, so that opening the journal is watched too
    qtbot: QtBot,
    journal: Journal,
    appearance: Appearance,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qt_network_before = qt_network_loaded()
    pdf, exported = tmp_path / "report.pdf", tmp_path / "journey.json"
    monkeypatch.setattr(
        "ui.report.page.choose_save_path",
        lambda _p, _t, _s, kinds: pdf if "PDF" in kinds else exported,
    )

    # Start as the app does: the window, then the journal; a new journal asks for onboarding.
    window = MainWindow(appearance)
    show_active(qtbot, window)
    seen = on_next_dialog(lambda wizard: onboard_by_keyboard(qtbot, wizard))
    assert attach_journal(window, journal, demo=False) is None
    assert seen, "a new journal opened without onboarding"
    back_to(qtbot, window)
    services = window.services
    assert services is not None
    assert window.windowTitle() == "Journey — Ana López"

    # The quick log: Ctrl+L, "head", Enter, 5, Enter.
    def log(dialog: QWidget) -> None:
        type_text(qtbot, "head")
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, "5")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(log)
    with qtbot.waitSignal(window.statusBar().messageChanged):
        press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen
    back_to(qtbot, window)
    (entry,) = services.side_effects.entries()
    assert (entry.details.symptom, entry.details.severity) == ("Headache", 5)

    # A rating: Ctrl+R, 6 for energy, Enter.
    def rate(dialog: QWidget) -> None:
        type_text(qtbot, "6")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(rate)
    with qtbot.waitSignal(window.statusBar().messageChanged):
        press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert seen
    back_to(qtbot, window)
    (rating,) = services.ratings.ratings()

    # Every page, by its shortcut (Ctrl+1 … Ctrl+9, Ctrl+0 for Settings; Costs from the list),
    # each shown as a person would.
    for number in range(9):
        key = Qt.Key(Qt.Key.Key_1.value + number)
        press(qtbot, key, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == number
    window.sidebar.setCurrentRow(9)  # Costs
    assert window.pages.currentIndex() == 9
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 10  # Settings
    side_effects = window.page(3)
    assert side_effects.model.rowCount() == 1  # type: ignore[attr-defined]
    aftercare = window.page(4)
    energy = next(s for s in services.ratings.scales() if s.key == "energy")
    qtbot.waitUntil(lambda: aftercare.chart.axes() is not None)  # type: ignore[attr-defined]
    (line,) = [
        a
        for a in aftercare.chart.axes().get_lines()  # type: ignore[attr-defined]
        if a.get_gid() == "ratings"
    ]
    assert list(line.get_ydata()) == [rating.value(energy.id)] == [6.0]

    # The doctor's report (Ctrl+E on the Report page), then everything as JSON.
    press(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    report = window.page(6)
    said: list[str] = []
    report.status.connect(said.append)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: f"Saved the report to {pdf}." in said, timeout=30000)
    assert "Ana López" in pdf_text(pdf)
    qtbot.mouseClick(report.json_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(s.startswith("Exported ") for s in said), timeout=30000)
    assert "Headache" in json.dumps(json.loads(exported.read_text(encoding="utf-8")))

    assert network_attempts == []
    assert qt_network_loaded() == qt_network_before, "Qt's network library was loaded"
