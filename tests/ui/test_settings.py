"""Settings apply at once (theme, text size) and persist in the journal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from journey.services import JournalServices
from tests.ui.keys import press, replace_text, show_active
from ui.settings.page import SettingsPage
from ui.widgets.themes import DARK, LIGHT, Appearance


def show_settings(qtbot: QtBot, services: JournalServices, look: Appearance) -> SettingsPage:
    page = SettingsPage(services, look)
    show_active(qtbot, page)
    return page


def window_colour(app: QApplication) -> str:
    return app.palette().color(QPalette.ColorRole.Window).name()


def test_dark_theme_applies_at_once_and_persists(
    qtbot: QtBot, qapp: QApplication, services: JournalServices, appearance: Appearance
) -> None:
    appearance.apply(Settings(theme="light"))
    services.settings.save_preferences(Settings(theme="light"))
    page = show_settings(qtbot, services, appearance)
    assert window_colour(qapp) == LIGHT["window"]

    page.theme.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Light → Dark

    assert window_colour(qapp) == DARK["window"]
    assert services.settings.preferences().theme == "dark"
    assert show_settings(qtbot, services, appearance).theme.currentData() == "dark"


def test_text_size_scales_every_font_and_persists(
    qtbot: QtBot, qapp: QApplication, services: JournalServices, appearance: Appearance
) -> None:
    base = qapp.font().pointSizeF()
    page = show_settings(qtbot, services, appearance)
    page.text_size.setFocus()
    replace_text(qtbot, "200")
    press(qtbot, Qt.Key.Key_Return)

    assert qapp.font().pointSizeF() == 2 * base
    assert page.unit.font().pointSizeF() == 2 * base
    assert services.settings.preferences().text_size == 200


def test_temperature_unit_persists(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    page = show_settings(qtbot, services, appearance)
    page.unit.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Celsius → Fahrenheit
    assert services.settings.preferences().temperature_unit == "F"


def test_calendar_reminders_are_chosen_here_and_go_into_the_export(
    qtbot: QtBot, services: JournalServices, appearance: Appearance, tmp_path: Path
) -> None:
    from datetime import datetime

    from icalendar import Calendar

    from journey.itinerary import ItemDetails

    page = show_settings(qtbot, services, appearance)
    assert page.flight_reminder.value() == 3  # the default: 180 minutes before a flight
    assert page.clinic_reminder.value() == 0
    page.flight_reminder.setFocus()
    replace_text(qtbot, "5")
    page.clinic_reminder.setFocus()
    replace_text(qtbot, "12")
    assert services.calendar.alarms()["flight"] == 5 * 60
    assert services.calendar.alarms()["reinfusion"] == 12 * 60

    services.itinerary.add(
        ItemDetails("flight", "Home", datetime(2027, 4, 1, 9, 0), "America/Tijuana")
    )
    target = tmp_path / "trip.ics"
    services.calendar.export(target)
    (alarm,) = Calendar.from_ical(target.read_bytes()).walk("VALARM")
    assert alarm.decoded("TRIGGER").total_seconds() == -5 * 3600

    page.flight_reminder.setFocus()
    replace_text(qtbot, "0")
    assert "flight" not in services.calendar.alarms()
