"""The Side-effects page: the log filtered and fetched lazily, edit and delete with undo,
and a watch window's temperatures as a chart, a table and a sentence."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey.changes import Change
from journey.dto import Settings
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.side_effects import red_flag_rules
from tests.ui.helpers import NOW, unnamed_focusable
from tests.ui.keys import on_next_dialog, press, replace_text, show_active, tab
from ui.side_effects.entry_dialog import EntryDialog
from ui.side_effects.page import SideEffectsPage
from ui.side_effects.table import SideEffectModel
from ui.widgets.charts import plot_temperatures, temperature_thresholds
from ui.widgets.tables import DTO_ROLE, SORT_ROLE
from ui.widgets.themes import Appearance

ROOT = Path(__file__).resolve().parents[2]


def open_page(qtbot: QtBot, services: JournalServices) -> SideEffectsPage:
    page = SideEffectsPage(services)
    page.resize(1200, 850)
    show_active(qtbot, page)
    return page


def shown(page: SideEffectsPage, column: int = SideEffectModel.SYMPTOM) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose(box, text: str) -> None:  # type: ignore[no-untyped-def]
    index = box.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, text
    box.setCurrentIndex(index)


def log_many(services: JournalServices, count: int) -> None:
    for n in range(count):
        services.side_effects.log(
            EntryDetails(
                symptom="Headache" if n % 2 else "Fatigue",
                severity=n % 11,
                at=NOW - timedelta(minutes=10 * (n + 1)),
                zone="America/Toronto",
            )
        )


def test_the_log_shows_newest_first_in_words(qtbot: QtBot, demo_services: JournalServices) -> None:
    page = open_page(qtbot, demo_services)
    assert page.count_line.text() == "16 entries."
    assert shown(page) == [
        # In the platelet transfusion's window, open since day +9 at 15:00.
        "Fatigue",
        "Rash",
        # An evening check-in on each day of isolation after the reinfusion's window.
        "Fatigue",
        "Mouth sores",
        "Hair loss",
        "Fatigue",
        "Diarrhoea",
        "Mouth sores",
        # In the reinfusion's window (day 0 to +2).
        "Nausea",
        "Mouth sores",
        "Fatigue",
        "Chills",
        "⚑ Chills (red flag seen)",  # its red flag was acknowledged: it keeps the mark
        "Headache",
        "Nausea",
        "Fatigue",
    ]
    model = page.model
    windows = [model.index(row, SideEffectModel.WINDOW).data() for row in range(16)]
    assert (
        windows == ["Platelet transfusion"] * 2 + [""] * 6 + ["Reinfusion of your stem cells"] * 8
    )
    # The 38.1 °C reading on day +1, made in Tijuana, where the plan has the patient (the
    # computer keeps Toronto's time): no zone to name.
    row = 12
    assert model.index(row, SideEffectModel.WHEN).data() == "Mon 16 Nov 2026 01:00"
    assert model.index(row, SideEffectModel.SEVERITY).data() == "4 (moderate)"
    assert model.index(row, SideEffectModel.TEMPERATURE).data() == "38.1 °C · grade 1"
    assert model.index(row - 1, SideEffectModel.TEMPERATURE).data() == "37.9 °C"
    assert model.index(row, SideEffectModel.WINDOW).data() == "Reinfusion of your stem cells"
    assert model.index(row, SideEffectModel.RECORDED_BY).data() == "Companion"
    assert model.index(row, SideEffectModel.NOTES).data() == "Called the 24-hour line; nurse came."
    assert model.index(row, SideEffectModel.TEMPERATURE).data(SORT_ROLE) == 38.1
    assert model.index(row, 0).data(DTO_ROLE).details.celsius == 38.1


def test_fahrenheit_follows_the_setting(qtbot: QtBot, demo_services: JournalServices) -> None:
    demo_services.settings.save_preferences(Settings(temperature_unit="F"))
    page = open_page(qtbot, demo_services)
    assert page.model.index(12, SideEffectModel.TEMPERATURE).data() == "100.6 °F · grade 1"


def test_filters_change_what_is_shown(qtbot: QtBot, demo_services: JournalServices) -> None:
    page = open_page(qtbot, demo_services)
    choose(page.symptom, "Chills")
    assert shown(page) == ["Chills", "⚑ Chills (red flag seen)"]
    assert page.count_line.text() == "2 entries."
    choose(page.symptom, "All")
    choose(page.recorded_by, "Companion")
    assert shown(page) == ["Rash", "Diarrhoea", "Chills", "⚑ Chills (red flag seen)", "Headache"]
    choose(page.recorded_by, "All")
    everything = shown(page)
    assert len(everything) == 16
    # Dates where the patient is by the plan (Tijuana), not the computer's (Toronto): the
    # newest fatigue, at 21:00 on the 24th in Tijuana (the 25th in Toronto), is the 24th's.
    page.to_date.setDate(QDate(2026, 11, 24))
    assert shown(page) == everything
    page.to_date.setDate(QDate(2026, 11, 23))
    assert shown(page) == everything[:1] + everything[3:]
    assert page.count_line.text() == "14 entries."
    page.from_date.setDate(QDate(2026, 11, 23))
    assert shown(page) == ["Fatigue"]
    page.to_date.setDate(QDate(2026, 11, 22))
    assert shown(page) == []
    assert page.count_line.text() == "0 entries."


def test_the_log_is_fetched_a_page_at_a_time(qtbot: QtBot, services: JournalServices) -> None:
    log_many(services, 450)
    page = open_page(qtbot, services)
    assert page.count_line.text() == "450 entries."
    assert page.model.rowCount() == 200
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 400
    page.table.scrollToBottom()  # as a person scrolls: the view asks for the rest
    qtbot.waitUntil(lambda: page.model.rowCount() == 450)
    assert not page.model.canFetchMore()
    times = [page.model.index(r, 0).data(SORT_ROLE) for r in range(450)]
    assert times == sorted(times, reverse=True)
    assert len({page.model.index(r, 0).data(DTO_ROLE).id for r in range(450)}) == 450


def test_delete_then_ctrl_z_brings_the_entry_back(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    page = open_page(qtbot, demo_services)
    changes: list[Change] = []
    demo_services.changes.subscribe(changes.append)
    page.table.setFocus()
    page.table.selectRow(12)  # the 38.1 °C reading
    press(qtbot, Qt.Key.Key_Delete)
    assert demo_services.side_effects.count() == 15
    assert "Chills" in page.undo_bar.message.text()
    assert [e.details.celsius for e in page.model.entries()].count(38.1) == 0
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert demo_services.side_effects.count() == 16
    restored = page.current_entry()
    assert restored is not None
    assert restored.details.celsius == 38.1
    assert restored.details.notes == "Called the 24-hour line; nurse came."
    assert page.undo_bar.isHidden()
    assert changes == [Change.SIDE_EFFECTS, Change.SIDE_EFFECTS]  # deleted, brought back


def test_edit_severity_and_notes(qtbot: QtBot, demo_services: JournalServices) -> None:
    page = open_page(qtbot, demo_services)
    page.table.setFocus()
    page.table.selectRow(0)  # the newest: fatigue at 21:00 in Tijuana yesterday, 37.0 °C

    def fill(dialog: EntryDialog) -> None:
        replace_text(qtbot, "7")
        tab(qtbot, 2)
        replace_text(qtbot, "Worse after dinner.")
        dialog.accept()

    on_next_dialog(fill)  # type: ignore[arg-type]
    press(qtbot, Qt.Key.Key_F2)
    saved = demo_services.side_effects.entries(limit=1)[0]
    assert (saved.details.severity, saved.details.notes) == (7, "Worse after dinner.")
    assert saved.details.celsius == 37.0  # unchanged
    assert page.model.index(0, SideEffectModel.SEVERITY).data() == "7 (severe)"


def test_the_model_keeps_qts_contract(qtmodeltester, demo_services: JournalServices) -> None:  # type: ignore[no-untyped-def]
    log_many(demo_services, 30)
    model = SideEffectModel("America/Toronto", page_size=16)
    entries = demo_services.side_effects.entries
    model.load(lambda offset, limit: entries(offset=offset, limit=limit))
    qtmodeltester.check(model)
    assert model.rowCount() == 46  # the tester fetched every page: the demo's 16 and 30


def test_a_watch_window_shows_its_temperatures(
    qtbot: QtBot, demo_services: JournalServices, tmp_path: Path
) -> None:
    page = open_page(qtbot, demo_services)
    assert page.panel.isHidden()
    choose(page.window_filter, "Reinfusion of your stem cells")
    assert page.panel.isVisible()
    assert page.panel.summary.text() == (
        "Highest 38.1 °C at 01:00 on 16 Nov, 13 hours after the reinfusion; "
        "8 readings, 1 at or above 38.0 °C."
    )
    assert page.panel.readings.rows_model.rowCount() == 8
    from matplotlib import dates as mdates

    ax = page.panel.chart.axes()
    assert ax is not None
    expected = [37.2, 37.4, 37.8, 38.1, 37.9, 37.6, 37.3, 37.1]
    xy = ax.lines[0].get_xydata()
    assert [round(y, 1) for y in xy[:, 1]] == expected
    (reinfusion,) = [w for w in demo_services.watch_windows.windows() if w.kind == "reinfusion"]
    opened = reinfusion.opened_at
    hours = [1, 4, 8, 13, 14, 19, 25, 31]  # after the reinfusion ended, 12:00 on day 0
    assert list(xy[:, 0]) == pytest.approx(
        [mdates.date2num(opened + timedelta(hours=h)) for h in hours]
    )
    assert list(ax.lines[1].get_ydata()) == [38.1]  # the fever reading, marked again
    thresholds = sorted(line.get_ydata()[0] for line in ax.lines[2:])
    assert thresholds == [38.0, 38.3]
    labels = ax.get_legend_handles_labels()[1]
    assert "Call the clinic: 38.3 °C" in labels  # short in the legend; in full beside it
    assert "Dotted line: 38.3 °C or more — call the clinic" in page.panel.thresholds_note.text()
    styles = {line.get_linestyle() for line in ax.lines[2:]}
    assert len(styles) == 2  # told apart without colour
    page.panel.chart.save_png(str(tmp_path / "chart.png"))
    assert (tmp_path / "chart.png").stat().st_size > 10_000


def test_the_clinics_own_threshold_replaces_the_default(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    demo_services.red_flags.save_thresholds({"fever_single": 38.5})
    lines = temperature_thresholds(red_flag_rules(), demo_services.red_flags.thresholds(), "F")
    assert [round(c, 1) for c, _ in lines] == [38.0, 38.5]
    assert lines[1][1] == "101.3 °F or more — call the clinic: one reading"


def test_plot_temperatures_in_fahrenheit(qapp: QApplication) -> None:
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    readings = [(datetime(2026, 11, 24, 10, tzinfo=UTC), 38.0)]
    plot_temperatures(ax, readings, [(38.3, "call")], "F")
    assert list(ax.lines[0].get_ydata()) == [100.4]
    assert list(ax.lines[2].get_ydata()) == [100.9, 100.9]
    assert ax.get_ylabel() == "°F"


def test_every_control_is_named(
    qtbot: QtBot, demo_services: JournalServices, appearance: Appearance
) -> None:
    appearance.apply(Settings(theme="dark", text_size=200))
    page = open_page(qtbot, demo_services)
    assert unnamed_focusable(page) == []
    choose(page.window_filter, "Reinfusion")
    page.table.selectRow(0)
    page.undo_bar.push("Deleted something.", lambda: None)
    assert unnamed_focusable(page) == []


def test_matplotlib_loads_only_when_a_chart_is_shown(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import os, sys
        from pathlib import Path
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from journey.demo import seed_demo
        from journey.journal import open_journal
        from journey.services import JournalServices
        from journey.timekeeping import Clock
        from tests.ui.helpers import NOW
        from ui.side_effects.page import SideEffectsPage
        journal = open_journal(Path({str(tmp_path / "journal")!r}))
        clock = Clock("America/Toronto", fixed_now=NOW)
        services = JournalServices.build(journal.session_factory, clock)
        seed_demo(services)
        page = SideEffectsPage(services)
        page.show()
        app.processEvents()
        print("before", "matplotlib" in sys.modules)
        page.window_filter.setCurrentIndex(1)
        print("after", "matplotlib" in sys.modules)
        page.close()
        journal.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "before False" in result.stdout
    assert "after True" in result.stdout
