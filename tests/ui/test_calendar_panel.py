"""Settings → Calendar (issue 17, part 6): off by default; turned on, the typed password goes to
the system's keyring and "Publish now" publishes to a real CalDAV server (Radicale on
127.0.0.1), off the GUI thread, saying the result in words; a wrong password is said in ours.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.integration.test_caldav import Radicale, running_radicale
from tests.ui.keys import show_active
from ui.settings.calendar_panel import CalendarPanel
from ui.settings.page import SettingsPage
from ui.widgets.themes import Appearance

USER, PASSWORD = "ana", "correct horse"
WAIT_MS = 30_000


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    with running_radicale(tmp_path_factory.mktemp("radicale"), USER, PASSWORD) as server:
        yield server


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)


def publish(qtbot: QtBot, panel: CalendarPanel) -> str:
    with qtbot.waitSignal(panel.published, timeout=WAIT_MS) as said:
        qtbot.mouseClick(panel.publish_button, Qt.MouseButton.LeftButton)
    words: str = said.args[0]  # type: ignore[index]
    assert panel.state.text() == words
    return words


def test_the_panel_is_off_until_turned_on_and_touches_nothing(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    page = SettingsPage(demo_services, appearance)
    show_active(qtbot, page)
    panel = page.calendar
    assert not panel.switch.isChecked()
    assert not panel.publish_button.isEnabled()
    assert panel.password.echoMode() == panel.password.EchoMode.Password
    assert panel.state.text() == "Nothing has been published from this computer yet."
    panel.switch.setChecked(True)
    assert panel.publish_button.isEnabled()
    assert demo_services.publishing.account().enabled
    panel.switch.setChecked(False)
    assert not demo_services.publishing.account().enabled


def test_publish_now_keeps_the_password_in_the_keyring_and_says_the_result(
    qtbot: QtBot,
    demo_services: JournalServices,
    radicale: Radicale,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    panel = CalendarPanel(demo_services)
    show_active(qtbot, panel)
    panel.switch.setChecked(True)
    panel.url.setText(radicale.url)
    panel.user.setText(USER)
    panel.password.setText("wrong horse")
    count = len(demo_services.itinerary.items())
    host = f"127.0.0.1:{radicale.port}"

    assert publish(qtbot, panel) == "The calendar server refused the user name or password."

    panel.password.setText(PASSWORD)
    assert publish(qtbot, panel) == f"{count} added, 0 changed, 0 removed on {host}"
    assert memory_keyring.kept == {("Journey CalDAV", f"{USER} on {host}"): PASSWORD}
    assert panel.password.text() == ""  # kept in the keyring, not in the field
    assert demo_services.publishing.account().url == radicale.url

    item = demo_services.itinerary.items()[0]
    demo_services.itinerary.delete(item.id)
    assert publish(qtbot, panel) == f"0 added, 0 changed, 1 removed on {host}"  # from the keyring

    again = CalendarPanel(demo_services)  # what the panel says when next shown
    assert again.state.text().startswith("Last published ")
    assert again.state.text().endswith(f": 0 added, 0 changed, 1 removed on {host}")
    assert (again.url.text(), again.user.text()) == (radicale.url, USER)


@pytest.mark.parametrize("kind", ["fail", "null"])  # one that refuses, one that drops it
def test_without_a_keyring_the_typed_password_is_used_once_and_said(
    qtbot: QtBot, demo_services: JournalServices, radicale: Radicale, kind: str
) -> None:
    from keyring.backends import fail, null

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring() if kind == "fail" else null.Keyring())
    try:
        panel = CalendarPanel(demo_services)
        show_active(qtbot, panel)
        panel.switch.setChecked(True)
        panel.url.setText(radicale.url)
        panel.user.setText(USER)
        panel.password.setText(PASSWORD)
        words = publish(qtbot, panel)
    finally:
        keyring.set_keyring(before)
    assert words.startswith(f"{len(demo_services.itinerary.items())} added")
    assert words.endswith(
        "This computer has no keyring to keep the password in, so it was not kept: type it "
        "again next time."
    )
    assert panel.password.text() == PASSWORD


def test_once_turned_on_the_calendar_follows_each_change_by_itself(
    qtbot: QtBot, demo_services: JournalServices, radicale: Radicale, memory_keyring: MemoryKeyring
) -> None:
    from journey.services.publish import Account, keep_password
    from tests.integration.test_caldav import events_on
    from ui.shell.publish_keeper import PublishKeeper

    user = "ben"  # the module's server is shared: a calendar of the test's own
    radicale.add_user(user, PASSWORD)
    keeper = PublishKeeper(demo_services)
    keeper.timer.setInterval(10)  # the quiet after a change, shortened for the test
    stop = demo_services.changes.subscribe(keeper.changed)
    try:
        # Off: a change publishes nothing.
        items = demo_services.itinerary.items()
        demo_services.itinerary.delete(items[-1].id)
        qtbot.wait(50)
        assert keeper.operation is None
        assert events_on(radicale, user, PASSWORD) == {}

        # On, with the password kept when "Publish now" was first used.
        demo_services.publishing.save_account(Account(True, radicale.url, user))
        keep_password(radicale.url, user, PASSWORD)
        with qtbot.waitSignal(keeper.said, timeout=WAIT_MS) as said:
            demo_services.itinerary.delete(items[0].id)  # a change: everything goes up
        assert said.args[0].startswith(f"Calendar updated: {len(items) - 2} added")
        on_server = events_on(radicale, user, PASSWORD)
        assert items[0].uid not in on_server
        assert items[1].uid in on_server

        host = radicale.url.split("//", 1)[1].split("/", 1)[0]
        with qtbot.waitSignal(keeper.said, timeout=WAIT_MS) as said:
            demo_services.itinerary.delete(items[1].id)
        assert said.args[0] == f"Calendar updated: 0 added, 0 changed, 1 removed on {host}"
        assert items[1].uid not in events_on(radicale, user, PASSWORD)

        # A refused password is said; nothing is lost: the next change sends both.
        keep_password(radicale.url, user, "wrong")
        with qtbot.waitSignal(keeper.said, timeout=WAIT_MS) as said:
            demo_services.itinerary.delete(items[2].id)
        assert said.args[0] == (
            "Calendar not updated: The calendar server refused the user name or password."
        )
        assert items[2].uid in events_on(radicale, user, PASSWORD)
        keep_password(radicale.url, user, PASSWORD)
        with qtbot.waitSignal(keeper.said, timeout=WAIT_MS) as said:
            demo_services.itinerary.delete(items[3].id)
        assert said.args[0] == f"Calendar updated: 0 added, 0 changed, 2 removed on {host}"
    finally:
        stop()
