"""Today's watch windows: hours elapsed and left, expected effects, the check-in prompt."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journey.itinerary import ItemDetails
from journey.services import JournalServices
from tests.ui.helpers import HOME_ZONE, NOW, reinfusion_done, unnamed_focusable
from tests.ui.keys import back_to, focused, on_next_dialog, press, show_active, type_text
from ui.shell.main_window import MainWindow
from ui.side_effects.quick_log import QuickLogDialog
from ui.today.page import TodayPage
from ui.today.watch_panel import StartWindowDialog
from ui.trip.timeline import TimelinePage
from ui.widgets.themes import Appearance


def open_today(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> tuple[MainWindow, TodayPage]:
    window = MainWindow(appearance)
    show_active(qtbot, window)
    window.attach(services)
    today = window.page(0)
    assert isinstance(today, TodayPage)
    return window, today


def test_the_demos_transfusion_window_shows_hours_entries_and_a_check_in_prompt(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    # The demo's only open window: the platelet transfusion's, started by hand on day +9 at
    # 15:00 in Tijuana (23:00 UTC), 18 hours ago; the reinfusion's closed on day +2.
    (open_window,) = demo_services.watch_windows.open_now()
    assert (open_window.kind, open_window.title) == ("manual", "Platelet transfusion")
    assert open_window.opened_at == NOW - timedelta(hours=18)
    window, today = open_today(qtbot, demo_services, appearance)
    text = today.watch.windows_text.text()
    assert text == (
        "<p><b>Platelet transfusion</b>: 18 h since, 30 h left (open until Thu 26 Nov 15:00); "
        "2 entries logged in it.</p>"
    )  # a window started by hand lists no expected effects
    # Nothing logged in it for 12 hours (since 21:00 in Tijuana): a prompt on the page, not a
    # popup.
    assert today.watch.prompt.isVisible()
    assert today.watch.prompt.text() == (
        "Time for a check-in: nothing logged in “Platelet transfusion” for 6 hours. How do you "
        "feel, and what is your temperature?"
    )
    assert today.watch.check_in_button.isVisible()
    assert unnamed_focusable(window) == []

    def check_in(dialog: QWidget) -> None:
        assert isinstance(dialog, QuickLogDialog)
        assert dialog.symptom.text() == ""
        type_text(qtbot, "fati")
        press(qtbot, Qt.Key.Key_Return)
        type_text(qtbot, "4")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "37.2")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(check_in)
    qtbot.mouseClick(today.watch.check_in_button, Qt.MouseButton.LeftButton)
    assert seen
    back_to(qtbot, window)
    assert "3 entries logged in it" in today.watch.windows_text.text()
    assert not today.watch.prompt.isVisible()
    assert "Logged Fatigue, severity 4 (moderate)" in window.statusBar().currentMessage()
    assert "09:00 · Fatigue · 4 (moderate) · 37.2 °C" in today.entries.lines.text()


def test_a_reinfusion_window_lists_its_expected_effects(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    reinfusion_done(services, hours_ago=45)  # the demo's reinfusion window closed on day +2
    window, today = open_today(qtbot, services, appearance)
    text = today.watch.windows_text.text()
    assert "Reinfusion of your stem cells" in text
    assert "45 h since, 3 h left" in text
    assert "Expected effects:" in text
    assert "The effects your transplant team told you to expect" in text
    assert "any temperature of 38.0 °C or more is a red flag" in text
    assert "0 entries logged in it" in text
    # Nothing logged since it opened, 45 hours ago: the check-in prompt.
    assert today.watch.prompt.isVisible()
    assert "Time for a check-in" in today.watch.prompt.text()
    assert unnamed_focusable(window) == []


def test_the_minute_timer_refreshes_without_taking_the_focus(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    window, today = open_today(qtbot, demo_services, appearance)
    assert today.watch.timer.isActive()
    assert today.watch.timer.interval() == 60_000
    window.sidebar.setFocus()
    today.watch.timer.timeout.emit()
    assert focused() is window.sidebar


def test_marking_an_infusion_done_in_the_timeline_opens_a_window_on_today(
    qtbot: QtBot,
    services: JournalServices,
    appearance: Appearance,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned = ItemDetails(
        kind="iv_infusion",
        title="MSC infusion",
        start=datetime(2026, 11, 25, 9, 0),
        end=datetime(2026, 11, 25, 10, 0),
        zone=HOME_ZONE,
    )
    item = services.itinerary.add(planned)
    window, today = open_today(qtbot, services, appearance)
    assert "No watch window is open" in today.watch.windows_text.text()
    window.sidebar.setCurrentRow(2)
    timeline = window.page(2)
    assert isinstance(timeline, TimelinePage)
    timeline.select_item(item.id)
    monkeypatch.setattr(  # the dialog's Save: the item marked done, stored
        "ui.trip.item_dialog.ItemDialog.ask",
        lambda _check, save, *_args, **_kw: save(replace(planned, status="done")),
    )
    timeline.edit_item()
    # Today hears of the write once the event that made it is handled (MainWindow).
    qtbot.waitUntil(lambda: "MSC infusion" in today.watch.windows_text.text())
    text = today.watch.windows_text.text()
    assert "MSC infusion" in text
    assert "2 h since, 46 h left" in text
    assert "Low-grade fever" in text


def test_a_window_can_be_started_by_hand(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    window, today = open_today(qtbot, services, appearance)

    def start(dialog: QWidget) -> None:
        assert isinstance(dialog, StartWindowDialog)
        assert dialog.hours.value() == 48
        assert unnamed_focusable(dialog) == []
        press(qtbot, Qt.Key.Key_Return)  # no title yet
        assert "required" in dialog.form.errors["title"].text()
        type_text(qtbot, "Rituximab at a local clinic")
        press(qtbot, Qt.Key.Key_Return)

    seen = on_next_dialog(start)
    qtbot.mouseClick(today.watch.start_button, Qt.MouseButton.LeftButton)
    assert seen
    back_to(qtbot, window)
    (started,) = services.watch_windows.open_now()
    assert started.title == "Rituximab at a local clinic"
    assert started.opened_at == NOW
    assert started.hours == 48
    assert "0 h since, 48 h left" in today.watch.windows_text.text()


def test_the_open_windows_length_can_be_changed(
    qtbot: QtBot,
    demo_services: JournalServices,
    appearance: Appearance,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _window, today = open_today(qtbot, demo_services, appearance)
    asked: list[str] = []

    def answer(
        _parent: object, _title: str, label: str, value: int, *_range: int
    ) -> tuple[int, bool]:
        asked.append(label)
        assert value == 48
        return 72, True

    monkeypatch.setattr("ui.today.watch_panel.QInputDialog.getInt", answer)
    with qtbot.waitSignal(today.watch.status) as said:
        qtbot.mouseClick(today.watch.length_button, Qt.MouseButton.LeftButton)
    assert "“Platelet transfusion”" in asked[0]  # the demo's open window
    assert said.args == ["“Platelet transfusion” now lasts 72 hours."]
    hours = {w.title: w.hours for w in demo_services.watch_windows.windows()}
    assert hours == {"Platelet transfusion": 72, "Reinfusion of your stem cells": 48}
    qtbot.waitUntil(
        lambda: (
            "18 h since, 54 h left (open until Fri 27 Nov 15:00)" in today.watch.windows_text.text()
        )
    )
