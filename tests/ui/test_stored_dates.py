"""Dates outside 1900–2200 already in the journal (written past every check, issue 21): the
pages still build and paint, the report is written, and the red-flag banner still shows a real
fever; a rule that cannot be evaluated shows a banner saying so, never nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import journey.side_effects
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.side_effects import red_flag_rules
from tests.stored_dates import FEVER_C, store_out_of_range
from tests.ui.helpers import HOME_ZONE, NOW, open_main_window, pdf_text, unnamed_focusable
from tests.ui.keys import show_active
from ui.report.document import write_report
from ui.side_effects.page import SideEffectsPage
from ui.side_effects.table import SideEffectModel
from ui.today.page import TodayPage
from ui.trip.timeline import TimelinePage
from ui.widgets.tables import SORT_ROLE
from ui.widgets.themes import Appearance

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    SORT_ROLE,
)


@pytest.fixture
def stored(services: JournalServices) -> JournalServices:
    store_out_of_range(services.session_factory, NOW, HOME_ZONE)
    return services


def painted(qtbot: QtBot, page: QWidget) -> None:
    page.resize(1200, 850)
    show_active(qtbot, page)
    assert not page.grab().isNull()


def every_cell(model: SideEffectModel) -> list[object]:
    return [
        model.index(row, column).data(role)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for role in ROLES
    ]


def test_the_side_effects_page_and_its_table_show_entries_from_the_years_1_and_9999(
    qtbot: QtBot, stored: JournalServices
) -> None:
    page = SideEffectsPage(stored)
    painted(qtbot, page)
    assert page.model.rowCount() == 3
    cells = every_cell(page.model)
    assert any("9999" in str(cell) for cell in cells)
    assert any("0001" in str(cell) or " 1 Jan 1" in str(cell) for cell in cells)
    page.model.sort(0, Qt.SortOrder.AscendingOrder)
    page.refresh()
    painted(qtbot, page)


def test_the_timeline_shows_items_from_the_years_1_and_9999(
    qtbot: QtBot, stored: JournalServices
) -> None:
    page = TimelinePage(stored)
    painted(qtbot, page)
    model = page.agenda_model
    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any("9999" in heading for heading in headings)
    for row in range(model.rowCount()):
        day = model.index(row, 0)
        for child in range(model.rowCount(day)):
            for column in range(model.columnCount(day)):
                model.index(child, column, day).data()


def test_today_builds_with_a_course_watch_windows_and_reminders_far_away(
    qtbot: QtBot, stored: JournalServices
) -> None:
    page = TodayPage(stored)
    painted(qtbot, page)
    page.refresh()
    painted(qtbot, page)


def test_the_report_is_written_beside_stored_bad_dates(
    stored: JournalServices, tmp_path: Path
) -> None:
    first = NOW.date().replace(month=1, day=1)
    path = write_report(stored, tmp_path / "report.pdf", first, NOW.date())
    text = pdf_text(path)
    assert f"{FEVER_C:.1f}" in text


def test_a_real_fever_still_raises_the_banner_beside_stored_bad_dates(
    qtbot: QtBot, stored: JournalServices, appearance: Appearance
) -> None:
    window = open_main_window(qtbot, stored, appearance)
    banner = window.banner
    assert banner is not None
    assert banner.isVisible()
    assert banner.heading.text() == "Red flags: call your clinic"  # a fever, severity 9
    assert "°C or more" in banner.message.text()
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        window.grab()
    window.close()


@pytest.fixture
def broken_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every shipped rule raises when it is evaluated (a bad rules file, a bug)."""
    rules = tuple({**rule, "kind": "no_such_kind"} for rule in red_flag_rules())
    monkeypatch.setattr(journey.side_effects, "red_flag_rules", lambda: rules)


def test_a_rule_that_raises_shows_a_could_not_check_banner_never_nothing(
    qtbot: QtBot, services: JournalServices, appearance: Appearance, broken_rule: None
) -> None:
    services.side_effects.log(
        EntryDetails("Fever", 9, NOW - timedelta(hours=1), HOME_ZONE, celsius=FEVER_C)
    )
    window = open_main_window(qtbot, services, appearance)
    banner = window.banner
    assert banner is not None
    assert banner.isVisible()
    assert banner.heading.text() == "Red flags could not be checked"
    assert "could not check" in banner.message.text()
    assert "call your clinic" in banner.message.text()
    assert "Red flags could not be checked" in window.statusBar().currentMessage()
    assert unnamed_focusable(window) == []
    # Seen: it goes until the check fails in another way, or the next start.
    qtbot.mouseClick(banner.seen_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    banner.refresh()
    assert not banner.isVisible()
    window.close()


def test_a_could_not_check_note_rides_along_with_a_real_flag(
    qtbot: QtBot,
    stored: JournalServices,
    appearance: Appearance,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rules = (*red_flag_rules(), {"key": "broken", "kind": "no_such_kind"})
    monkeypatch.setattr(journey.side_effects, "red_flag_rules", lambda: rules)
    window = open_main_window(qtbot, stored, appearance)
    banner = window.banner
    assert banner is not None
    assert banner.isVisible()
    assert banner.heading.text() == "Red flags: call your clinic"  # a fever, severity 9
    assert "°C or more" in banner.message.text()
    assert "could not check every red-flag rule" in banner.message.text()
    window.close()
