"""What is saved, and a red flag when it appears, is said to everyone: a line in the status bar
and an announcement to the screen reader (ui.widgets.announce). A screen reader's side is
captured by standing in for Qt's QAccessible.updateAccessibility, as if one were listening."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.ui.helpers import neutropenic_now, open_main_window
from tests.ui.keys import CTRL, back_to, on_next_dialog, press, replace_text, tab, tab_to, type_text
from tests.ui.questions import DISCARD, answer_next_question
from ui.shell.main_window import MainWindow
from ui.side_effects.quick_log import QuickLogDialog
from ui.widgets.themes import Appearance

POLITE = QAccessible.AnnouncementPoliteness.Polite
ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive

Heard = list[tuple[str, QAccessible.AnnouncementPoliteness]]


@pytest.fixture
def window(qtbot: QtBot, demo_services: JournalServices, appearance: Appearance) -> MainWindow:
    return open_main_window(qtbot, demo_services, appearance)


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Heard:
    """The announcements a screen reader would be sent."""
    said: Heard = []

    def update(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append((event.message(), event.politeness()))  # type: ignore[attr-defined]

    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return said


def in_dialog(qtbot: QtBot, keys: Callable[[], None], act: Callable[[], None]) -> None:
    """Open a dialog with ``keys`` and fill it with ``act``."""
    seen = on_next_dialog(lambda _dialog: act())
    keys()
    assert seen, "no dialog opened"


def quick_log(qtbot: QtBot, window: MainWindow) -> None:
    def fill() -> None:
        type_text(qtbot, "head")
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, "5")
        press(qtbot, Qt.Key.Key_Return)

    in_dialog(qtbot, lambda: press(qtbot, Qt.Key.Key_L, CTRL), fill)


def rating(qtbot: QtBot, window: MainWindow) -> None:
    def fill() -> None:
        type_text(qtbot, "6")
        press(qtbot, Qt.Key.Key_Return)

    in_dialog(qtbot, lambda: press(qtbot, Qt.Key.Key_R, CTRL), fill)


def itinerary_item(qtbot: QtBot, window: MainWindow) -> None:
    def fill() -> None:
        type_text(qtbot, "Hot")  # Hotel check-in
        tab(qtbot)
        type_text(qtbot, "Hotel Lucerna")
        press(qtbot, Qt.Key.Key_Return)

    in_dialog(qtbot, lambda: press(qtbot, Qt.Key.Key_N, CTRL), fill)


def side_effect_edit(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_4, CTRL)
    tab_to(qtbot, "Side-effect log, newest first")
    press(qtbot, Qt.Key.Key_Down)  # an entry

    def fill() -> None:
        replace_text(qtbot, "2")  # the severity, first in the form
        press(qtbot, Qt.Key.Key_Return)

    in_dialog(qtbot, lambda: press(qtbot, Qt.Key.Key_F2), fill)


def contact(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_8, CTRL)
    tab_to(qtbot, "Add person…")

    def fill() -> None:
        type_text(qtbot, "Rosa (driver)")
        press(qtbot, Qt.Key.Key_Return)

    in_dialog(qtbot, lambda: press(qtbot, Qt.Key.Key_Space), fill)


SAVES: dict[str, tuple[Callable[[QtBot, MainWindow], None], str]] = {
    "quick log": (quick_log, "Logged Headache, severity 5 (moderate), at 09:00."),
    "rating": (rating, "Rating saved: 1 scale."),
    "itinerary item": (itinerary_item, "Added “Hotel Lucerna”."),
    "side effect": (side_effect_edit, "Saved "),
    "person": (contact, "Added Rosa (driver)."),
}


@pytest.mark.parametrize("what", list(SAVES))
def test_a_save_is_shown_in_the_status_bar_and_announced_politely(
    qtbot: QtBot, window: MainWindow, heard: Heard, what: str
) -> None:
    save, message = SAVES[what]
    save(qtbot, window)
    back_to(qtbot, window)
    shown = window.statusBar().currentMessage()
    assert shown.startswith(message)
    assert (shown, POLITE) in heard
    assert all(politeness == POLITE for _, politeness in heard)


def test_a_new_red_flag_is_announced_at_once_and_stays_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, demo_services: JournalServices, heard: Heard
) -> None:
    neutropenic_now(demo_services)  # the demo engrafted on day +8: the strict rule needs it

    def fill() -> None:
        type_text(qtbot, "fever")
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, "5")
        tab(qtbot)
        type_text(qtbot, "39.2")
        press(qtbot, Qt.Key.Key_Return)

    in_dialog(qtbot, lambda: press(qtbot, Qt.Key.Key_L, CTRL), fill)
    back_to(qtbot, window)
    assert window.banner is not None
    assert window.banner.isVisible()
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Red flag: ")
    assert "Clinic's 24-hour number: +52 664 555 0100" in shown
    logged, flagged = heard
    assert logged == ("Logged Fever, severity 5 (moderate), at 09:00. Temperature 39.2 °C.", POLITE)
    assert flagged == (shown, ASSERTIVE)  # a screen reader interrupts itself for it

    # One reading, one banner: both rules it raised (neutropenia, and 38.3 °C at any time) are
    # in the one announcement, and one Space marks them seen, said calmly.
    assert "during neutropenia" in shown
    assert "38.3 °C or more" in shown
    tab_to(qtbot, "I have seen this red flag")
    before = len(heard)
    press(qtbot, Qt.Key.Key_Space)
    assert heard[before:] == [("Red flag marked as seen.", POLITE)]
    assert not window.banner.isVisible()
    assert window.statusBar().currentMessage() == "Red flag marked as seen."
    assert len([m for m, p in heard if p == ASSERTIVE]) == 1


def test_without_announcements_in_qt_the_status_bar_still_says_it(
    qtbot: QtBot, window: MainWindow, heard: Heard, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt before 6.8 has no QAccessibleAnnouncementEvent: nothing breaks, the words show."""
    monkeypatch.delattr(QtGui, "QAccessibleAnnouncementEvent")
    quick_log(qtbot, window)
    back_to(qtbot, window)
    assert (
        window.statusBar().currentMessage() == "Logged Headache, severity 5 (moderate), at 09:00."
    )
    assert heard == []


def test_a_dialog_s_news_goes_to_the_main_window_s_status_bar(
    qtbot: QtBot, window: MainWindow, heard: Heard
) -> None:
    from ui.widgets.announce import announce

    child = QWidget(window, Qt.WindowType.Dialog)
    announce(child, "Scale added.")
    assert window.statusBar().currentMessage() == "Scale added."
    assert heard == [("Scale added.", POLITE)]


def test_a_refusal_beside_a_field_reaches_the_screen_reader(
    qtbot: QtBot, window: MainWindow, heard: Heard
) -> None:
    """Issue 21, part 13: with the severity empty, Enter refuses the entry; the focused field
    itself describes the problem and it is announced, not only shown in a label."""
    problems: list[tuple[str, str]] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QuickLogDialog)
        dialog.symptom.setText("Headache")
        dialog.severity.setFocus()
        press(qtbot, Qt.Key.Key_Return)  # the severity is empty
        field = QApplication.focusWidget()
        assert field is dialog.severity
        problems.append((field.accessibleDescription(), dialog.form.errors["severity"].text()))
        answer_next_question(qtbot, DISCARD)  # "Discard what you typed?"
        press(qtbot, Qt.Key.Key_Escape)

    in_dialog(qtbot, lambda: press(qtbot, Qt.Key.Key_L, CTRL), fill)
    ((description, shown),) = problems
    assert shown.startswith("⚠ ")
    assert description == shown.removeprefix("⚠ ")
    assert (description, ASSERTIVE) in heard
