"""Every focusable widget on every page and dialog has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from journey.services import JournalServices
from tests.ui.keys import show_active
from ui.main_window import MainWindow, about_box
from ui.onboarding import OnboardingWizard
from ui.pages.today import TodayPage
from ui.themes import Appearance


def unnamed_focusable(root: QWidget) -> list[str]:
    """Describe each visible, focusable widget under ``root`` that has no accessible name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_page_of_the_main_window_is_named(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance, theme: str
) -> None:
    appearance.apply(Settings(theme=theme, text_size=200))
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(demo_services)
    checked = 0
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.waitUntil(lambda r=row: window.pages.currentIndex() == r)
        assert unnamed_focusable(window) == [], window.sidebar.item(row).text()
        checked += 1
    assert checked == window.sidebar.count() >= 3  # Today, Timeline, Settings…

    window.sidebar.setCurrentRow(0)
    today = window.page(0)
    assert isinstance(today, TodayPage)
    today.open_profile_editor()
    assert today.profile_form is not None
    assert today.profile_form.isVisible()
    assert unnamed_focusable(window) == [], "Today, editing the profile"


def test_every_onboarding_page_is_named(qtbot: QtBot, services: JournalServices) -> None:
    wizard = OnboardingWizard(services)
    show_active(qtbot, wizard)
    for page_id in wizard.pageIds():
        while wizard.currentId() != page_id:
            wizard.next()  # the wizard refuses empty pages, so jump straight there
            if wizard.currentId() != page_id:
                wizard.setStartId(page_id)
                wizard.restart()
        assert unnamed_focusable(wizard) == [], wizard.currentPage().title()


def test_about_box_is_named_and_says_not_a_medical_device(qtbot: QtBot) -> None:
    box = about_box()
    show_active(qtbot, box)
    assert unnamed_focusable(box) == []
    assert "not a medical device" in box.text()
    assert "no network connections" in box.text()
