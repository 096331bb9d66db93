"""The Help page: the keys that work from every page, read from the window's own actions; how
to move around by keyboard; where the journal is kept; not a medical device."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from journey.services import JournalServices
from tests.ui.helpers import open_main_window
from tests.ui.keys import CTRL, press, tab_to
from ui.shell.help import HelpPage
from ui.shell.main_window import MainWindow
from ui.shell.shortcuts import window_actions
from ui.widgets.themes import Appearance


@pytest.fixture
def window(qtbot: QtBot, demo_services: JournalServices, appearance: Appearance) -> MainWindow:
    return open_main_window(qtbot, demo_services, appearance)


def open_help(qtbot: QtBot, window: MainWindow) -> HelpPage:
    press(qtbot, Qt.Key.Key_F1)
    page = window.pages.currentWidget()
    assert isinstance(page, HelpPage)
    return page


def test_help_is_the_last_section_and_is_built_when_first_opened(
    qtbot: QtBot, window: MainWindow
) -> None:
    last = window.sidebar.count() - 1
    assert window.sidebar.item(last).text() == "Help"
    assert not isinstance(window.pages.widget(last), HelpPage)  # start-up does not pay for it
    assert open_help(qtbot, window) is window.pages.widget(last)
    assert window.sidebar.currentRow() == last


def test_the_shortcuts_listed_are_the_window_s_own(qtbot: QtBot, window: MainWindow) -> None:
    listed = open_help(qtbot, window).shortcuts.rows_model.rows()
    assert listed[:5] == [
        ("Ctrl+L", "Log a symptom"),
        ("Ctrl+R", "Rate your week"),
        ("Ctrl+N", "Add an itinerary item"),
        ("Ctrl+E", "Save the report as a PDF"),
        ("F1", "Help and keyboard shortcuts"),
    ]
    assert ("Ctrl+1", "Go to Today") in listed
    assert ("Ctrl+2", "Go to Month") in listed
    assert ("Ctrl+9", "Go to Documents") in listed
    assert ("Ctrl+0 or Ctrl+,", "Go to Settings") in listed
    assert len(listed) == len(window_actions(window))


def test_an_action_added_later_is_listed_the_next_time_help_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A shortcut another part of Journey adds (locking the journal, say) lists itself."""
    page = open_help(qtbot, window)
    press(qtbot, Qt.Key.Key_1, CTRL)
    added = QAction("Do something new", window)
    added.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    window.addAction(added)
    hidden = QAction("Not for this journal", window)
    hidden.setShortcut(QKeySequence("Ctrl+Shift+U"))
    hidden.setVisible(False)  # as locking is, where the journal has no passphrase
    window.menuBar().actions()[0].menu().addAction(hidden)  # type: ignore[union-attr]
    assert open_help(qtbot, window) is page
    listed = page.shortcuts.rows_model.rows()
    assert ("Ctrl+Shift+Y", "Do something new") in listed
    assert [row for row in listed if row[1] == "Not for this journal"] == []


def test_no_key_does_two_things(qtbot: QtBot, window: MainWindow) -> None:
    """Two actions on one key make Qt run neither: every key is listed once."""
    keys = Counter(
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window_actions(window)
        for key in action.shortcuts()
    )
    assert [key for key, count in keys.items() if count > 1] == []


def test_help_says_how_to_move_around_and_that_journey_is_not_a_medical_device(
    qtbot: QtBot, window: MainWindow, demo_services: JournalServices, tmp_path: Path
) -> None:
    page = open_help(qtbot, window)
    moving = page.moving.text()
    for words in ("Tab", "Shift+Tab", "Ctrl+1", "Ctrl+0", "Escape", "Enter", "F1", "Alt"):
        assert f"<b>{words}</b>" in moving
    assert "closes a window without saving" in moving
    folder = str(tmp_path / "journal")
    assert page.where.text().endswith("\n" + folder)
    assert "makes no network connections" in page.where.text()
    assert page.medical.text().startswith("Journey is not a medical device.")


def test_the_folder_s_location_is_copied_by_keyboard(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_help(qtbot, window)
    tab_to(qtbot, "Copy the journal folder's location")
    press(qtbot, Qt.Key.Key_Space)
    folder = str(tmp_path / "journal")
    assert QGuiApplication.clipboard().text() == folder
    assert window.statusBar().currentMessage() == f"Copied {folder}"


def test_the_whole_list_shows_without_scrolling_the_table_at_any_text_size(
    qtbot: QtBot, window: MainWindow, appearance: Appearance
) -> None:
    table = open_help(qtbot, window).shortcuts
    for size in (100, 200):
        appearance.apply(Settings(text_size=size))
        qtbot.waitUntil(lambda: table.viewport().height() >= table.verticalHeader().length())
        assert table.verticalHeader().length() >= table.rows_model.rowCount() * (
            table.fontMetrics().height()
        )
