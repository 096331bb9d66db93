"""Journey by keyboard alone (issue 8): every page by its shortcut; log, rate, plan, report and
help from the keys; Tab reaches every control of every page and dialog, in reading order, and
comes back round (no traps). Only key presses drive the window here; the tests read state."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from tests.ui.helpers import NOW, open_main_window, pdf_text
from tests.ui.keys import (
    CTRL,
    back_to,
    focused,
    name_of,
    on_next_dialog,
    press,
    tab,
    tab_to,
    type_text,
)
from ui.aftercare.rating_dialog import RatingDialog
from ui.settings.page import SettingsPage
from ui.shell.help import HelpPage
from ui.shell.main_window import MainWindow
from ui.side_effects.quick_log import QuickLogDialog
from ui.trip.item_dialog import ItemDialog
from ui.widgets.themes import Appearance

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]  # Ctrl+1 … Ctrl+9: rows 0–8
SETTINGS_ROW, HELP_ROW = 10, 11  # Ctrl+0 (or Ctrl+,) and F1; Costs (row 9) has the list


def open_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    """The page at ``row`` of the list, by its keys: a digit, Ctrl+0, F1, or for a page with
    none, the list itself and the arrow key."""
    if row < len(DIGITS):
        press(qtbot, DIGITS[row], CTRL)
    elif row == SETTINGS_ROW:
        press(qtbot, Qt.Key.Key_0, CTRL)
    elif row == HELP_ROW:
        press(qtbot, Qt.Key.Key_F1)
    else:
        press(qtbot, DIGITS[-1], CTRL)
        tab_to(qtbot, "Sections")
        for _ in range(row - len(DIGITS) + 1):
            press(qtbot, Qt.Key.Key_Down)
    assert window.pages.currentIndex() == row


@pytest.fixture
def window(qtbot: QtBot, demo_services: JournalServices, appearance: Appearance) -> MainWindow:
    """The main window on the demo journal, active, with the keyboard's focus in it."""
    return open_main_window(qtbot, demo_services, appearance)


def described(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}[{name_of(w)}]" for w in widgets]


def reachable(root: QWidget) -> list[QWidget]:
    """Every control of ``root``'s window that Tab should reach: shown, enabled, taking Tab
    focus (a widget whose focus goes to another, its focus proxy, counts as that one)."""
    found: list[QWidget] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            continue
        while widget.focusProxy() is not None:
            widget = widget.focusProxy()
        if widget.window() is root.window() and widget not in found:
            found.append(widget)
    return found


def tab_round(qtbot: QtBot) -> list[QWidget]:
    """Press Tab from the focused control until the focus comes back to it. Every press must
    move the focus (a visible focus frame follows it) and the round must end: no trap."""
    start = focused()
    order = [start]
    for _ in range(300):
        tab(qtbot)
        now = focused()
        assert now.hasFocus()
        if now is start:
            return order
        assert now is not order[-1], f"Tab stays in {described([now])}"
        assert now not in order, f"Tab goes round without {described([start])}: {described(order)}"
        order.append(now)
    pytest.fail(f"Tab never comes back: {described(order[-10:])}")


def backward_jumps(order: list[QWidget], root: QWidget) -> list[str]:
    """Steps that go up and to the left, against reading order (up and to the right is the
    top of the next column)."""
    jumps = []
    for before, after in pairwise(order):
        a, b = before.mapTo(root, QPoint(0, 0)), after.mapTo(root, QPoint(0, 0))
        if b.y() < a.y() - 4 and b.x() <= a.x() + 4:
            jumps.append(f"{described([before])[0]} → {described([after])[0]}")
    return jumps


def check_tab_order(qtbot: QtBot, root: QWidget, inside: QWidget | None = None) -> list[QWidget]:
    """Tab reaches every control of ``root``'s window, in reading order within ``inside``
    (the whole window if None), and Shift+Tab goes the same way back."""
    order = tab_round(qtbot)
    expected = reachable(root)
    assert set(order) == set(expected), (
        f"not reached: {described([w for w in expected if w not in order])}; "
        f"unexpected: {described([w for w in order if w not in expected])}"
    )
    area = inside or root

    def within(widget: QWidget) -> bool:
        return widget is area or area.isAncestorOf(widget)

    # The round is a circle: read it from where it enters the area.
    entry = next((n for n in range(len(order)) if within(order[n]) and not within(order[n - 1])), 0)
    in_area = [w for w in order[entry:] + order[:entry] if within(w)]
    assert backward_jumps(in_area, root) == []
    back = [focused()]
    for _ in range(len(order) - 1):
        press(qtbot, Qt.Key.Key_Backtab)
        back.append(focused())
    assert back == [order[0], *order[:0:-1]]
    return order


# --- every page by its shortcut -------------------------------------------------------------


def test_every_page_opens_by_its_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    for row, digit in enumerate(DIGITS):
        press(qtbot, digit, CTRL)
        assert window.sidebar.currentRow() == row
        assert window.pages.currentIndex() == row
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert isinstance(window.pages.currentWidget(), SettingsPage)
    assert window.sidebar.currentRow() == SETTINGS_ROW
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_F1)
    assert isinstance(window.pages.currentWidget(), HelpPage)
    assert window.sidebar.currentItem().text() == "Help"
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    assert isinstance(window.pages.currentWidget(), SettingsPage)


# --- the frequent actions, end to end ----------------------------------------------------------


def test_log_rate_plan_report_and_help_by_keyboard_alone(
    qtbot: QtBot,
    window: MainWindow,
    demo_services: JournalServices,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = demo_services
    status = window.statusBar()

    # Ctrl+L: a few letters, Enter, the digit, Enter.
    entries = len(services.side_effects.entries())

    def log(dialog: QWidget) -> None:
        assert isinstance(dialog, QuickLogDialog)
        type_text(qtbot, "naus")
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, "3")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(log)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert seen
    back_to(qtbot, window)
    assert len(services.side_effects.entries()) == entries + 1
    newest = max(services.side_effects.entries(), key=lambda e: e.id)
    assert (newest.details.symptom, newest.details.severity) == ("Nausea", 3)
    assert status.currentMessage() == "Logged Nausea, severity 3 (mild), at 09:00."

    # Ctrl+R: the first scale's digit, Enter (the others left empty are skipped).
    ratings = len(services.ratings.ratings())

    def rate(dialog: QWidget) -> None:
        assert isinstance(dialog, RatingDialog)
        type_text(qtbot, "7")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(rate)
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert seen
    back_to(qtbot, window)
    assert len(services.ratings.ratings()) == ratings + 1
    rated = next(r for r in services.ratings.ratings() if r.details.at == NOW)
    energy = next(s for s in services.ratings.scales() if s.key == "energy")
    assert rated.value(energy.id) == 7
    assert status.currentMessage() == "Rating saved: 1 scale."

    # Ctrl+N from Today: the Timeline opens with the new item's form.
    press(qtbot, Qt.Key.Key_1, CTRL)

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, ItemDialog)
        type_text(qtbot, "Fli")  # Flight
        tab(qtbot)
        type_text(qtbot, "Flight home")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(plan)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert seen
    back_to(qtbot, window)
    assert window.sidebar.currentItem().text() == "Timeline"
    assert [
        i.details.kind for i in services.itinerary.items() if i.details.title == "Flight home"
    ] == ["flight"]
    assert status.currentMessage() == "Added “Flight home”."

    # Ctrl+E from the Timeline: the Report page opens and saves the PDF.
    target = tmp_path / "report.pdf"
    monkeypatch.setattr("ui.report.page.choose_save_path", lambda *_: target)
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert window.sidebar.currentItem().text() == "Report and data"
    qtbot.waitUntil(
        lambda: status.currentMessage() == f"Saved the report to {target}.", timeout=30000
    )
    assert "Journey report — Elena Ramírez" in pdf_text(target)
    back_to(qtbot, window)  # the progress dialog has gone

    # F1: the Help page, listing the keys just used.
    press(qtbot, Qt.Key.Key_F1)
    help_page = window.pages.currentWidget()
    assert isinstance(help_page, HelpPage)
    listed = help_page.shortcuts.rows_model.rows()
    for row in [
        ("Ctrl+L", "Log a symptom"),
        ("Ctrl+R", "Rate your week"),
        ("Ctrl+N", "Add an itinerary item"),
        ("Ctrl+E", "Save the report as a PDF"),
        ("F1", "Help and keyboard shortcuts"),
    ]:
        assert row in listed


def test_the_keys_a_page_shares_with_the_window_work_once_on_that_page(
    qtbot: QtBot, window: MainWindow, demo_services: JournalServices
) -> None:
    """On the Timeline, Ctrl+N is both the page's and the window's: it must still open one
    form (two owners of one key make Qt run neither)."""
    press(qtbot, Qt.Key.Key_3, CTRL)
    tab_to(qtbot, "Agenda, day by day")  # inside the page, where its own Ctrl+N applies
    opened: list[QWidget] = []

    def cancel(dialog: QWidget) -> None:
        opened.append(dialog)
        press(qtbot, Qt.Key.Key_Escape)

    on_next_dialog(cancel)
    press(qtbot, Qt.Key.Key_N, CTRL)
    back_to(qtbot, window)
    assert len(opened) == 1
    assert isinstance(opened[0], ItemDialog)
    assert window.sidebar.currentItem().text() == "Timeline"


# --- Tab order: pages ---------------------------------------------------------------------------


def page_variants(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """The page as it opens, then each other tab of its tab bars, chosen by keyboard: Tab to
    the tab bar, then the Right arrow."""
    yield "as it opens"
    page = window.pages.currentWidget()
    for bar in page.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(1, bar.count()):
            for _ in range(100):
                if focused() is bar:
                    break
                tab(qtbot)
            assert focused() is bar
            press(qtbot, Qt.Key.Key_Right)
            assert bar.currentIndex() == index
            yield bar.tabText(index).replace("&", "")


@pytest.mark.parametrize("row", range(12))
def test_tab_reaches_every_control_of_each_page_in_reading_order(
    qtbot: QtBot, window: MainWindow, row: int
) -> None:
    open_row(qtbot, window, row)
    page = window.pages.currentWidget()
    for variant in page_variants(qtbot, window):
        order = check_tab_order(qtbot, window, inside=page)
        assert window.sidebar in order, variant
        assert window.log_button in order, variant
        assert any(page.isAncestorOf(w) for w in order), variant


# --- Tab order: dialogs, each opened from the keyboard ------------------------------------------


def _open_by_button(row: int, button: str) -> Callable[[QtBot, MainWindow], None]:
    def open_(qtbot: QtBot, window: MainWindow) -> None:
        open_row(qtbot, window, row)
        tab_to(qtbot, button)
        press(qtbot, Qt.Key.Key_Space)

    return open_


def _open_by_keys(row: int, key: Qt.Key, table: str = "") -> Callable[[QtBot, MainWindow], None]:
    def open_(qtbot: QtBot, window: MainWindow) -> None:
        open_row(qtbot, window, row)
        if table:
            tab_to(qtbot, table)
            press(qtbot, Qt.Key.Key_Down)
        modifier = CTRL if key != Qt.Key.Key_F2 else Qt.KeyboardModifier.NoModifier
        press(qtbot, key, modifier)

    return open_


def _clinical_tab(index: int, button: str) -> Callable[[QtBot, MainWindow], None]:
    def open_(qtbot: QtBot, window: MainWindow) -> None:
        open_row(qtbot, window, 5)  # Clinical events
        for _ in range(index):
            bar = next(b for b in window.pages.currentWidget().findChildren(QTabBar))
            for _ in range(100):
                if focused() is bar:
                    break
                tab(qtbot)
            press(qtbot, Qt.Key.Key_Right)
        tab_to(qtbot, button)
        press(qtbot, Qt.Key.Key_Space)

    return open_


def _open_from_more(item: int) -> Callable[[QtBot, MainWindow], None]:
    """The Timeline's "More" menu: Space opens it, Down to the item, Enter."""

    def open_(qtbot: QtBot, window: MainWindow) -> None:
        open_row(qtbot, window, 2)  # Timeline
        tab_to(qtbot, "More")

        chosen: list[bool] = []

        def choose() -> None:  # the menu pops up once the key is handled
            menu = QApplication.activePopupWidget()
            if menu is None:
                QTimer.singleShot(10, choose)
                return
            for _ in range(item + 1):
                qtbot.keyClick(menu, Qt.Key.Key_Down)
            qtbot.keyClick(menu, Qt.Key.Key_Return)  # returns when its dialog has closed
            chosen.append(True)

        QTimer.singleShot(0, choose)
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: bool(chosen))

    return open_


DIALOGS: dict[str, tuple[Callable[[QtBot, MainWindow], None], str]] = {
    "quick log": (_open_by_keys(0, Qt.Key.Key_L), "QuickLogDialog"),
    "rating": (_open_by_keys(0, Qt.Key.Key_R), "RatingDialog"),
    "watch window": (_open_by_button(0, "Start a watch window…"), "StartWindowDialog"),
    "watch window length": (_open_by_button(0, "Change the length…"), "QInputDialog"),
    "itinerary item": (_open_by_keys(2, Qt.Key.Key_N), "ItemDialog"),
    "shift": (_open_by_button(2, "Shift…"), "ShiftDialog"),
    "protocol": (_open_from_more(0), "ProtocolDialog"),
    "save as a protocol": (_open_from_more(1), "QInputDialog"),
    "side effect": (
        _open_by_keys(3, Qt.Key.Key_F2, "Side-effect log, newest first"),
        "EntryDialog",
    ),
    "scales": (_open_by_button(4, "Your scales…"), "ScalesDialog"),
    "relapse": (_clinical_tab(0, "Add relapse…"), "RelapseDialog"),
    "MRI": (_clinical_tab(1, "Add MRI result…"), "MriDialog"),
    "EDSS": (_clinical_tab(2, "Add EDSS report…"), "EdssDialog"),
    "medication": (_clinical_tab(3, "Add medication…"), "MedicationDialog"),
    "contact": (_open_by_button(7, "Add person…"), "ContactDialog"),
    "cost": (_open_by_button(9, "Add cost…"), "ExpenseDialog"),
}


@pytest.mark.parametrize("dialog_name", list(DIALOGS))
def test_each_dialog_opens_from_the_keyboard_tabs_round_and_escape_closes_it(
    qtbot: QtBot, window: MainWindow, demo_services: JournalServices, dialog_name: str
) -> None:
    open_, kind = DIALOGS[dialog_name]
    before = demo_services.side_effects.entries(), demo_services.ratings.ratings()
    checked: list[str] = []

    def walk(dialog: QWidget) -> None:
        assert type(dialog).__name__ == kind
        assert dialog.isModal()
        order = check_tab_order(qtbot, dialog)
        assert len(order) >= 2
        # After the Tab round, Enter in a field still saves: Cancel never became the default.
        defaults = [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]
        assert "Cancel" not in [text.replace("&", "") for text in defaults], defaults
        checked.append(kind)
        press(qtbot, Qt.Key.Key_Escape)
        assert not dialog.isVisible()

    on_next_dialog(walk)
    open_(qtbot, window)
    back_to(qtbot, window)
    assert checked == [kind]
    assert (demo_services.side_effects.entries(), demo_services.ratings.ratings()) == before


def test_the_scales_dialog_opens_the_scale_form_from_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    checked: list[str] = []

    def scale(dialog: QWidget) -> None:
        check_tab_order(qtbot, dialog)
        checked.append(type(dialog).__name__)
        press(qtbot, Qt.Key.Key_Escape)

    def scales(dialog: QWidget) -> None:
        tab_to(qtbot, "Add a scale…")
        on_next_dialog(scale)
        press(qtbot, Qt.Key.Key_Space)
        back_to(qtbot, dialog)
        checked.append(type(dialog).__name__)
        press(qtbot, Qt.Key.Key_Escape)

    on_next_dialog(scales)
    _open_by_button(4, "Your scales…")(qtbot, window)
    back_to(qtbot, window)
    assert checked == ["ScaleDialog", "ScalesDialog"]
