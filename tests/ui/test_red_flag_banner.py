"""The red-flag banner: on every page until seen, with the clinic's 24-hour number."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from tests.ui.helpers import HOME_ZONE, NOW, neutropenic_now, unnamed_focusable
from tests.ui.keys import back_to, on_next_dialog, press, show_active, tab, type_text
from ui.shell.main_window import MainWindow
from ui.widgets.themes import Appearance


def open_window(qtbot: QtBot, services: JournalServices, appearance: Appearance) -> MainWindow:
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(services)
    return window


def test_an_acknowledged_flag_shows_no_banner(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    window = open_window(qtbot, demo_services, appearance)
    assert window.banner is not None
    assert not window.banner.isVisible()


def test_a_fever_logged_shows_the_banner_on_every_page_until_seen(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    neutropenic_now(demo_services)  # the demo engrafted on day +8: the strict rule needs it
    window = open_window(qtbot, demo_services, appearance)
    banner = window.banner
    assert banner is not None
    before = len(demo_services.red_flags.acknowledgements())

    def log(_dialog: QWidget) -> None:
        type_text(qtbot, "fever")
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, "5")
        tab(qtbot)
        type_text(qtbot, "38.6")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(log)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen
    back_to(qtbot, window)
    assert banner.isVisible()
    assert banner.heading.text() == "Red flags: call your clinic"
    assert banner.icon.pixmap() is not None
    assert not banner.icon.pixmap().isNull()
    # 38.6 °C during neutropenia raises two rules: one banner lists both, each with its source.
    shown = banner.message.text()
    assert "38.0 °C or more during neutropenia" in shown
    assert "38.3 °C or more: call the clinic" in shown
    assert shown.count("(Source: IDSA, Freifeld 2011)") == 2  # short, in the banner
    assert "Freifeld AG et al., Clin Infect Dis 2011" in banner.message.toolTip()  # whole
    assert "more after this one" not in shown
    assert banner.number.text() == "Clinic's 24-hour number: +52 664 555 0100"
    assert "Red flag:" in window.statusBar().currentMessage()
    assert unnamed_focusable(window) == []
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        assert banner.isVisible()
    qtbot.mouseClick(banner.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "+52 664 555 0100"

    qtbot.mouseClick(banner.seen_button, Qt.MouseButton.LeftButton)  # one click for both
    assert not banner.isVisible()
    acknowledgements = demo_services.red_flags.acknowledgements()
    assert len(acknowledgements) == before + 2
    assert all(at == NOW for _, _, at in acknowledgements[before:])
    assert demo_services.red_flags.raised() == []


def test_without_a_clinic_number_the_banner_says_where_to_add_it(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    services.side_effects.log(EntryDetails("Back pain", 9, NOW - timedelta(minutes=30), HOME_ZONE))
    window = open_window(qtbot, services, appearance)
    banner = window.banner
    assert banner is not None
    assert banner.isVisible()
    assert "rated 9 out of 10" in banner.message.text()
    # Logged in Toronto: Canada's emergency number, and one click to add the clinic's.
    assert banner.number.text() == (
        "No clinic 24-hour number yet. In an emergency call 911 (the emergency number where "
        "this was logged)."
    )
    assert banner.copy_button.isVisible()
    assert unnamed_focusable(window) == []

    def add(dialog: QWidget) -> None:
        assert dialog.role.currentData() == "clinic_24h"  # type: ignore[attr-defined]
        dialog.name.setText("Clínica Regenera")  # type: ignore[attr-defined]
        dialog.phone.setFocus()  # type: ignore[attr-defined]
        type_text(qtbot, "+52 664 555 0100")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(add)
    qtbot.mouseClick(banner.add_number_button, Qt.MouseButton.LeftButton)
    assert seen
    back_to(qtbot, window)
    assert banner.number.text() == "Clinic's 24-hour number: +52 664 555 0100"
    assert not banner.add_number_button.isVisible()


def test_the_clinics_own_thresholds_replace_the_defaults_in_the_users_unit(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    from dataclasses import replace

    from ui.settings.page import SettingsPage

    page = SettingsPage(services, appearance)
    show_active(qtbot, page)
    single = page.thresholds["fever_single"]
    assert single.value() == 38.3
    assert page.threshold_defaults["fever_single"].text() == "Journey's default: 38.3 °C"
    single.setValue(38.0)
    assert services.red_flags.thresholds() == {"fever_single": 38.0}
    page.unit.setCurrentIndex(page.unit.findData("F"))
    assert services.settings.preferences() == replace(
        services.settings.preferences(), temperature_unit="F"
    )
    assert single.suffix() == " °F"
    assert single.value() == 100.4
    assert page.threshold_defaults["fever_single"].text() == "Journey's default: 100.9 °F"
    single.setValue(100.9)  # back to the default: nothing of the clinic's own is kept
    assert services.red_flags.thresholds() == {}
    assert unnamed_focusable(page) == []


def test_times_read_in_the_zone_where_the_entry_was_made(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    """SPEC §4: a logged moment shows in the zone where it happened, named when it is not
    where the user is (back in Toronto, looking at an entry made in Tijuana)."""
    from datetime import timedelta

    from journey.services.side_effects import EntryDetails
    from ui.side_effects.red_flag_banner import RedFlagBanner
    from ui.today.watch_panel import TodayEntries

    demo_services.whereabouts.say("America/Toronto")
    at = demo_services.clock.now() - timedelta(minutes=30)  # 16:30 UTC = 08:30 in Tijuana
    demo_services.side_effects.log(EntryDetails("Fever", 4, at, "America/Tijuana", celsius=38.6))
    entries = TodayEntries(demo_services)
    qtbot.addWidget(entries)
    entries.refresh()
    assert "08:30 Tijuana time · Fever" in entries.lines.text()
    banner = RedFlagBanner(demo_services)
    qtbot.addWidget(banner)
    banner.refresh()
    assert "Wed 25 Nov 2026 08:30 Tijuana time" in banner.message.text()


def test_an_acknowledged_entry_keeps_its_mark_on_today_and_in_the_log(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    from ui.side_effects.table import SideEffectModel

    services.side_effects.log(
        EntryDetails("Fever", 4, NOW - timedelta(minutes=30), HOME_ZONE, celsius=38.4)
    )
    window = open_window(qtbot, services, appearance)
    banner = window.banner
    assert banner is not None
    today = window.page(0)
    assert "⚑" not in today.entries.lines.text()  # type: ignore[attr-defined]
    qtbot.mouseClick(banner.seen_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    lines = today.entries.lines  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "⚑ Fever (red flag seen)" in lines.text())  # refreshed after it
    window.sidebar.setCurrentRow(3)  # Side effects
    page = window.pages.currentWidget()
    symptom = page.model.index(0, SideEffectModel.SYMPTOM).data()  # type: ignore[attr-defined]
    assert symptom == "⚑ Fever (red flag seen)"
