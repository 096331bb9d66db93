"""``journey publish``: the itinerary to the user's own CalDAV server (a real Radicale on
127.0.0.1), one line out; off until asked for; and nothing of it loaded before then."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from journey.journal import open_journal
from journey.services import JournalServices
from journey.services.publish import Account
from journey.timekeeping import Clock
from tests.cli.helpers import one_line, run_journey
from tests.integration.test_caldav import Radicale, running_radicale

USER, PASSWORD = "ana", "correct horse"
HEADLESS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
# The keyring that keeps nothing: a test never reads (or unlocks) this computer's own.
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    with running_radicale(tmp_path_factory.mktemp("radicale"), USER, PASSWORD) as server:
        yield server


def items_in(folder: Path) -> int:
    journal = open_journal(folder)
    try:
        return len(JournalServices.build(journal.session_factory, Clock()).itinerary.items())
    finally:
        journal.close()


def test_publish_sends_the_itinerary_then_only_what_changed(
    real_journal: Path, radicale: Radicale
) -> None:
    count = items_in(real_journal)
    assert count > 5  # onboarding laid out the MSC protocol
    host = f"127.0.0.1:{radicale.port}"
    args = ("publish", "--data-dir", str(real_journal), "--url", radicale.url, "--user", USER)
    password = {"JOURNEY_CALDAV_PASSWORD": PASSWORD, **NO_KEYRING}

    first = run_journey(*args, env=password, drop=HEADLESS)
    again = run_journey(*args, env=password, drop=HEADLESS)

    assert (first.returncode, first.stderr) == (0, "")
    assert first.stdout == f"{count} added, 0 changed, 0 removed on {host}\n"
    assert (again.returncode, again.stdout) == (0, f"0 added, 0 changed, 0 removed on {host}\n")


def test_a_wrong_password_is_one_line_and_exit_1(real_journal: Path, radicale: Radicale) -> None:
    result = run_journey(
        "publish",
        "--data-dir",
        str(real_journal),
        "--url",
        radicale.url,
        "--user",
        USER,
        env={"JOURNEY_CALDAV_PASSWORD": "wrong horse"},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert one_line(result.stderr) == (
        "journey: The calendar server refused the user name or password."
    )


def test_the_saved_account_publishes_once_turned_on(real_journal: Path, radicale: Radicale) -> None:
    off = run_journey("publish", "--data-dir", str(real_journal))
    assert off.returncode == 1
    assert one_line(off.stderr) == (
        "journey: Publishing to a calendar is off: turn it on in Settings → Calendar, or give "
        "the command --url and --user."
    )
    journal = open_journal(real_journal)
    try:
        services = JournalServices.build(journal.session_factory, Clock())
        services.publishing.save_account(Account(True, radicale.url, USER))
    finally:
        journal.close()

    without = run_journey("publish", "--data-dir", str(real_journal), env=NO_KEYRING)
    on = run_journey(
        "publish",
        "--data-dir",
        str(real_journal),
        env={"JOURNEY_CALDAV_PASSWORD": PASSWORD, **NO_KEYRING},
    )

    assert without.returncode == 1  # no keyring here, and no password in the environment
    assert one_line(without.stderr) == (
        f"journey: There is no password for {USER} on 127.0.0.1:{radicale.port}: type it in "
        "Settings → Calendar (or set JOURNEY_CALDAV_PASSWORD for the command)."
    )
    assert on.returncode == 0, on.stderr
    assert on.stdout.endswith(f" on 127.0.0.1:{radicale.port}\n")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        (
            "http://cloud.example.org/dav/",
            "Use an address beginning with https://: Journey sends your itinerary unencrypted "
            "(http://) only to a server on this computer.",
        ),
        (
            "https://ana:secret@cloud.example.org/dav/",
            "Leave the password out of the address and type it in the password field instead.",
        ),
    ],
)
def test_an_address_journey_will_not_use_is_refused_before_any_connection(
    real_journal: Path, url: str, words: str
) -> None:
    result = run_journey(
        "publish",
        "--data-dir",
        str(real_journal),
        "--url",
        url,
        "--user",
        USER,
        env={"JOURNEY_CALDAV_PASSWORD": PASSWORD},
    )
    assert result.returncode == 1
    assert one_line(result.stderr) == f"journey: {words}"


def test_the_window_and_the_settings_page_load_no_network_or_keyring_library(
    real_journal: Path,
) -> None:
    """Publishing is imported when publishing, not before: opening the window's settings (the
    Calendar panel included) loads neither the CalDAV client nor its HTTP library nor the
    keyring."""
    script = textwrap.dedent(
        """
        import os
        import sys
        from pathlib import Path

        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        from journey.journal import open_journal
        from journey.services import JournalServices
        from journey.timekeeping import Clock
        from ui.settings.page import SettingsPage
        from ui.widgets.themes import Appearance

        journal = open_journal(Path(sys.argv[1]))
        services = JournalServices.build(journal.session_factory, Clock("America/Toronto"))
        page = SettingsPage(services, Appearance(app))
        page.show()
        app.processEvents()
        services.publishing.pending()
        heavy = ("caldav", "keyring", "niquests", "requests", "urllib3", "urllib3_future")
        print(sorted(m for m in heavy if m in sys.modules))
        page.close()
        journal.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(real_journal)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.strip().splitlines()[-1:] == ["[]"], result.stderr
