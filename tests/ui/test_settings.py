"""Settings apply at once (theme, text size) and persist in the journal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from journey.services import JournalServices
from tests.ui.keys import press, replace_text, show_active
from ui.pages.settings import SettingsPage
from ui.themes import DARK, LIGHT, Appearance


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
    services.settings.save(Settings(theme="light"))
    page = show_settings(qtbot, services, appearance)
    assert window_colour(qapp) == LIGHT["window"]

    page.theme.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Light → Dark

    assert window_colour(qapp) == DARK["window"]
    assert services.settings.get().theme == "dark"
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
    assert services.settings.get().text_size == 200


def test_temperature_unit_persists(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    page = show_settings(qtbot, services, appearance)
    page.unit.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # Celsius → Fahrenheit
    assert services.settings.get().temperature_unit == "F"
