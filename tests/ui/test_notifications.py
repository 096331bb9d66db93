"""Reminders that reach the person while Journey runs (issue 19, part 10): a due check-in is
told once, on the desktop where there is a tray and in the status bar always; quiet hours hold
it until they end; the tray's menu logs, rates and opens the window; Settings keeps the quiet
hours and writes (and removes) the login entry; ``--minimised`` starts in the tray.

The demo at the tests' clock (NOW: 09:00 in Tijuana, where the demo's person is) has a
platelet transfusion's watch window open with nothing logged for 12 hours, and a rating due.
"""

from __future__ import annotations

import gc
import sys
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from journey.journal import Journal
from journey.medications import DoseSchedule
from journey.services import JournalServices
from journey.services.medications import MedicationDetails
from journey.settings import NOTIFICATIONS_ON, QUIET_FROM, QUIET_UNTIL
from journey.timekeeping import Clock
from tests.ui.helpers import HOME_ZONE, NOW, open_main_window
from tests.ui.keys import back_to, focused, on_next_dialog, press, show_active, tab, type_text
from ui.aftercare.rating_dialog import RatingDialog
from ui.settings.page import SettingsPage
from ui.shell import app as ui_app
from ui.shell.main_window import MainWindow
from ui.shell.notifications import Notifier
from ui.side_effects.quick_log import QuickLogDialog
from ui.widgets.themes import Appearance

CHECK_IN = (
    "Nothing logged in “Platelet transfusion” for 12 hours. How do you feel, and what is your "
    "temperature? Press Ctrl+L in Journey to log it."
)
RATING = "Your rating is due. It takes about a minute: press Ctrl+R in Journey."


class RecordingTray(QSystemTrayIcon):
    """The desktop's tray, as if it had one: what is shown on it is kept."""

    messages: list[tuple[str, str]] = []  # noqa: RUF012 (one list per test: the fixture's)

    @staticmethod
    def isSystemTrayAvailable() -> bool:
        return True

    def showMessage(self, title: str, message: str, *_args: object) -> None:
        RecordingTray.messages.append((title, message))


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    RecordingTray.messages = []
    monkeypatch.setattr("ui.shell.notifications.QSystemTrayIcon", RecordingTray)
    monkeypatch.setattr("ui.settings.notifications_panel.QSystemTrayIcon", RecordingTray)
    return RecordingTray.messages


def notifier_on(qtbot: QtBot, services: JournalServices) -> tuple[Notifier, QMainWindow]:
    window = QMainWindow()
    show_active(qtbot, window)
    logged: list[str] = []
    notifier = Notifier(services, window, log=lambda: logged.append("log"), rate=lambda: None)
    return notifier, window


def later(journal: Journal, minutes: int) -> JournalServices:
    return JournalServices.build(
        journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW + timedelta(minutes=minutes))
    )


# --- told once ------------------------------------------------------------------------------


def test_without_a_tray_a_due_check_in_is_said_once_in_the_status_bar(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray
    notifier, window = notifier_on(qtbot, demo_services)
    assert notifier.tray is None
    told = notifier.check()
    assert [r.kind for r in told] == ["rating", "check_in"]  # oldest first
    assert notifier.shown == [
        ("Journey: a rating is due", RATING),
        ("Journey: time for a check-in", CHECK_IN),
    ]
    assert window.statusBar().currentMessage() == CHECK_IN
    assert QApplication.activeModalWidget() is None
    assert notifier.check() == []  # never twice
    assert len(notifier.shown) == 2
    window.close()


def test_with_a_tray_a_due_check_in_is_one_desktop_notification(
    qtbot: QtBot, demo_services: JournalServices, tray: list[tuple[str, str]]
) -> None:
    notifier, window = notifier_on(qtbot, demo_services)
    assert isinstance(notifier.tray, RecordingTray)
    notifier.check()
    notifier.check()
    check_ins = [m for m in tray if m[0] == "Journey: time for a check-in"]
    assert check_ins == [("Journey: time for a check-in", CHECK_IN)]
    assert window.statusBar().currentMessage() == CHECK_IN  # in the window too
    assert QApplication.activeModalWidget() is None
    window.close()


def test_a_check_in_due_in_quiet_hours_waits_until_they_end(
    qtbot: QtBot, demo_services: JournalServices, journal: Journal, tray: list[tuple[str, str]]
) -> None:
    demo_services.settings.set(QUIET_FROM, "08:00")  # NOW is 09:00 where the person is
    demo_services.settings.set(QUIET_UNTIL, "09:30")
    notifier, window = notifier_on(qtbot, demo_services)
    assert notifier.check() == []
    notifier.services = later(journal, 29)  # 09:29: still quiet
    assert notifier.check() == []
    assert tray == []
    assert window.statusBar().currentMessage() == ""
    notifier.services = later(journal, 30)  # 09:30: quiet hours are over
    assert [r.kind for r in notifier.check()] == ["rating", "check_in"]
    assert tray[-1] == ("Journey: time for a check-in", CHECK_IN)
    window.close()


def test_a_dose_that_fell_due_while_the_computer_slept_is_told_once_on_waking(
    qtbot: QtBot, services: JournalServices, journal: Journal
) -> None:
    today = services.clock.today()  # NOW is 12:00 in Toronto
    schedule = DoseSchedule("times_a_day", (time(12, 30),))
    services.clinical.medications.add(
        MedicationDetails("Aciclovir", today, dose="400 mg", dose_schedule=schedule)
    )
    notifier, window = notifier_on(qtbot, services)
    assert [r.kind for r in notifier.check()] == ["rating"]  # no rating yet: one is due
    notifier.services = later(journal, 3 * 60)  # asleep from 12:00 to 15:00
    assert [r.kind for r in notifier.check()] == ["dose"]
    dose = "12:30: time for Aciclovir 400 mg (as your team prescribed). Record it on Today."
    assert notifier.shown[-1] == ("Journey: a dose is due", dose)
    notifier.services = later(journal, 3 * 60 + 1)
    assert notifier.check() == []
    window.close()


def test_turned_off_nothing_is_told(qtbot: QtBot, demo_services: JournalServices) -> None:
    demo_services.settings.set(NOTIFICATIONS_ON, False)
    notifier, window = notifier_on(qtbot, demo_services)
    assert notifier.check() == []
    assert window.statusBar().currentMessage() == ""
    window.close()


# --- the tray's menu ------------------------------------------------------------------------


def test_the_tray_menu_opens_the_quick_log_the_rating_form_and_the_window(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    window = open_main_window(qtbot, demo_services, appearance)
    notifier = window.notifier
    texts = [a.text() for a in notifier.menu.actions() if not a.isSeparator()]
    assert texts == ["Log a symptom…", "Rate now…", "Open Journey", "Quit Journey"]

    window.showMinimized()
    seen = on_next_dialog(lambda dialog: press(qtbot, Qt.Key.Key_Escape))
    notifier.log_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], QuickLogDialog)
    assert not window.isMinimized()  # the window came back with it
    back_to(qtbot, window)

    seen = on_next_dialog(lambda dialog: press(qtbot, Qt.Key.Key_Escape))
    notifier.rate_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], RatingDialog)
    back_to(qtbot, window)

    window.hide()
    notifier.open_action.trigger()
    assert window.isVisible()
    window.close()


# --- Settings -------------------------------------------------------------------------------


def settings_page(qtbot: QtBot, services: JournalServices, appearance: Appearance) -> SettingsPage:
    page = SettingsPage(services, appearance)
    show_active(qtbot, page)
    return page


def test_settings_say_reminders_go_to_the_status_bar_without_a_tray(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    page = settings_page(qtbot, services, appearance)
    panel = page.notifications
    assert "no notification area" in panel.where.text()
    assert "status bar" in panel.where.text()
    assert panel.notify.isChecked()
    qtbot.mouseClick(panel.notify, Qt.MouseButton.LeftButton)
    assert services.settings.get(NOTIFICATIONS_ON) is False
    page.close()


def test_quiet_hours_typed_in_settings_are_kept(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    page = settings_page(qtbot, services, appearance)
    panel = page.notifications
    assert panel.quiet_from.time().toString("HH:mm") == "22:00"
    assert panel.quiet_until.time().toString("HH:mm") == "07:00"
    panel.notify.setFocus()
    tab(qtbot)  # as a person reaches it
    assert focused() is panel.quiet_from
    type_text(qtbot, "21:30")
    tab(qtbot)
    assert services.settings.get(QUIET_FROM) == "21:30"
    assert services.settings.get(QUIET_UNTIL) == "07:00"
    page.close()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG autostart entry")
def test_start_minimised_writes_and_removes_the_login_entry(
    qtbot: QtBot,
    services: JournalServices,
    appearance: Appearance,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    entry = config / "autostart" / "journey.desktop"
    page = settings_page(qtbot, services, appearance)
    box = page.notifications.autostart
    assert box.isEnabled()
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    lines = entry.read_text(encoding="utf-8").splitlines()
    folder = services.journal.folder
    assert lines[0] == "[Desktop Entry]"
    assert f"Exec={sys.executable} -m ui --data-dir {folder} --minimised" in lines
    assert "Type=Application" in lines
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not entry.exists()
    page.close()


def test_start_minimised_is_not_offered_where_it_is_not_done_yet(
    qtbot: QtBot,
    services: JournalServices,
    appearance: Appearance,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setattr("ui.settings.autostart.sys.platform", "win32")
    page = settings_page(qtbot, services, appearance)
    panel = page.notifications
    assert not panel.autostart.isEnabled()
    assert panel.autostart_note.text() == (
        "Not yet on this system: for now, start Journey yourself."
    )
    qtbot.mouseClick(panel.autostart, Qt.MouseButton.LeftButton)  # disabled: nothing happens
    assert not config.exists()
    page.close()


# --- journey --minimised --------------------------------------------------------------------


def start_minimised(tmp_path: Path) -> dict[str, object]:
    """Run ``journey --demo --minimised`` until its window has its journal, then quit it from
    the tray's menu; what the window was like."""
    from ui.shell.cli import open_services

    folder = tmp_path / "demo"
    with open_services(str(folder), demo=True):  # a closed demo, as `journey --demo` made it
        pass
    seen: dict[str, object] = {}
    tries = iter(range(750))

    def look() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.services
        ]
        if not windows:
            if next(tries, None) is None:  # 15 s: never wait for ever on a window not made
                QApplication.closeAllWindows()
                QCoreApplication.quit()
                return
            QTimer.singleShot(20, look)
            return
        window = windows[0]
        seen["visible"] = window.isVisible()
        seen["minimised"] = window.isMinimized()
        seen["tray shown"] = window.notifier.tray is not None and window.notifier.tray.isVisible()
        window.notifier.quit_action.trigger()  # the tray's Quit ends Journey

    QTimer.singleShot(20, look)
    gc.collect()  # earlier tests' widgets go now, not while the app sets its style
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    seen["exit code"] = ui_app.main(["--data-dir", str(folder), "--demo", "--minimised"])
    return seen


def test_minimised_starts_with_the_window_hidden_in_the_tray(
    qtbot: QtBot, tmp_path: Path, tray: list[tuple[str, str]]
) -> None:
    seen = start_minimised(tmp_path)
    assert seen == {"visible": False, "minimised": False, "tray shown": True, "exit code": 0}


def test_minimised_without_a_tray_starts_minimised_in_the_taskbar(
    qtbot: QtBot, tmp_path: Path
) -> None:
    seen = start_minimised(tmp_path)
    assert seen == {"visible": True, "minimised": True, "tray shown": False, "exit code": 0}
