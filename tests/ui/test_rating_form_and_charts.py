"""Issue 19, parts 4, 5 and 12: the rating form fits a laptop screen and says which end of
each scale is better; charts draw better upward, give a single point a sensible range, keep
their legends compact and out of nested scroll panes; the Aftercare page shows before its
chart (and matplotlib) follows."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from journey.aftercare import RatingDetails
from journey.dto import Settings
from journey.rating_trends import Point, baseline_band, rolling_average
from journey.services import JournalServices
from tests.ui.helpers import HOME_ZONE, NOW
from tests.ui.keys import focused, press, replace_text, show_active, tab, type_text
from ui.aftercare.page import AftercarePage
from ui.aftercare.rating_chart import plot_scale
from ui.aftercare.rating_dialog import RatingDialog
from ui.widgets.charts import chart_style, plot_temperatures
from ui.widgets.themes import LIGHT, Appearance

ROOT = Path(__file__).resolve().parents[2]
TORONTO = ZoneInfo(HOME_ZONE)
LAPTOP_HEIGHT = 655  # what the form takes on a 1366×768 screen: 90 % of 728 px above a taskbar


def scale_id(services: JournalServices, key: str) -> int:
    return next(s.id for s in services.ratings.scales() if s.key == key)


def stored_values(services: JournalServices) -> dict[str, float]:
    (rating,) = services.ratings.ratings()
    keys = {s.id: s.key for s in services.ratings.scales()}
    return {keys[scale]: value for scale, value in rating.details.values}


def open_form(qtbot: QtBot, services: JournalServices) -> RatingDialog:
    dialog = RatingDialog(services)
    show_active(qtbot, dialog)
    return dialog


def fully_visible(widget: QWidget) -> bool:
    return widget.visibleRegion().boundingRect().size() == widget.size()


# --- the rating form ---------------------------------------------------------------------------


def test_a_rating_by_keyboard_digits_arrows_tab_and_enter(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = open_form(qtbot, services)
    assert focused() is dialog.values[scale_id(services, "energy")]
    type_text(qtbot, "lots")
    press(qtbot, Qt.Key.Key_Up)  # not a number: left as typed, for its message
    assert focused().text() == "lots"  # type: ignore[attr-defined]
    replace_text(qtbot, "7")
    tab(qtbot)  # fatigue: empty, Up starts in the middle, then one more
    press(qtbot, Qt.Key.Key_Up)
    assert focused().text() == "5"  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Up)
    tab(qtbot)  # thinking clarity: typed, then one down
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Down)
    tab(qtbot)  # walking: Up stops at the top of the scale
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)
    assert focused().text() == "10"  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert stored_values(services) == {
        "energy": 7.0,
        "fatigue": 6.0,
        "thinking": 2.0,
        "walking": 10.0,
    }


def test_each_scale_marks_its_better_end_with_a_word_and_a_symbol(
    qtbot: QtBot, services: JournalServices
) -> None:
    dialog = open_form(qtbot, services)
    energy = dialog.values[scale_id(services, "energy")].accessibleDescription()
    fatigue = dialog.values[scale_id(services, "fatigue")].accessibleDescription()
    pain = dialog.values[scale_id(services, "pain")].accessibleDescription()
    better = "▲\u00a0better"
    assert energy == f"0 = No energy at all · 10 = Full of energy {better}"
    assert fatigue == f"0 = No fatigue {better} · 10 = Worst fatigue I can imagine"
    assert pain.startswith(f"0 = No pain {better} ·")
    dialog.done(0)


def test_the_form_fits_a_laptop_screen_and_keeps_save_in_view_at_200_percent(
    qtbot: QtBot, services: JournalServices, appearance: Appearance
) -> None:
    dialog = open_form(qtbot, services)
    assert dialog.height() <= 768
    dialog.resize(dialog.width(), LAPTOP_HEIGHT)
    qtbot.waitUntil(lambda: dialog.height() == LAPTOP_HEIGHT)
    # Every scale is in view at once, the buttons below them: nothing to scroll to rate.
    for edit in dialog.values.values():
        assert fully_visible(edit), edit.accessibleName()
    assert fully_visible(dialog.save_button)
    dialog.done(0)

    appearance.apply(Settings(text_size=200))
    dialog = open_form(qtbot, services)
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    assert fully_visible(dialog.save_button)
    assert fully_visible(dialog.cancel_button)
    tab(qtbot, len(dialog.values) - 1)  # to the last scale: the scales scroll, not the buttons
    last = list(dialog.values.values())[-1]
    assert focused() is last
    assert fully_visible(last)
    assert fully_visible(dialog.save_button)
    dialog.done(0)


# --- the charts --------------------------------------------------------------------------------


@pytest.fixture
def axes(qapp: QApplication) -> Any:
    from matplotlib.figure import Figure

    return Figure().add_subplot()


def weekly(values: list[float]) -> list[Point]:
    start = datetime(2026, 2, 2, 14, tzinfo=UTC)
    return [Point(start + timedelta(weeks=n), v, n < 3) for n, v in enumerate(values)]


def scale(points: list[Point], **more: Any) -> dict[str, Any]:
    return {
        "points": points,
        "rolling": rolling_average(points),
        "band": baseline_band(points),
        "treatment": None,
        "relapses": [],
        "mris": [],
        "low": 0.0,
        "high": 10.0,
        "zone": TORONTO,
        "name": "Fatigue",
        **more,
    }


def test_a_scale_where_lower_is_better_is_drawn_with_better_up(axes: Any) -> None:
    points = weekly([8, 7, 8, 5, 3, 2])
    plot_scale(axes, **scale(points), higher_is_better=False)
    assert axes.yaxis_inverted()
    bottom, top = axes.get_ylim()
    assert bottom > 10  # 10 (worst fatigue) at the bottom
    assert top < 0
    assert axes.get_ylabel() == "▲ better (reversed: 0 at the top)"
    (ratings,) = [line for line in axes.lines if line.get_gid() == "ratings"]
    assert list(ratings.get_ydata()) == [8, 7, 8, 5, 3, 2]  # the numbers as rated


def test_a_scale_where_higher_is_better_is_not_reversed(axes: Any) -> None:
    plot_scale(axes, **scale(weekly([2, 4, 6]), name="Energy"), higher_is_better=True)
    assert not axes.yaxis_inverted()
    assert axes.get_ylabel() == "▲ better"


def test_a_single_rating_gets_a_few_weeks_around_it_not_years(axes: Any) -> None:
    from matplotlib import dates as mdates

    (point,) = weekly([6])
    plot_scale(axes, **scale([point], band=None, rolling=[]))
    left, right = axes.get_xlim()
    at = mdates.date2num(point.at)
    assert left < at < right
    assert 14 <= right - left <= 60  # days, where matplotlib alone spans 2025–2029


def test_a_single_temperature_gets_hours_around_it(axes: Any) -> None:
    from matplotlib import dates as mdates

    at = datetime(2026, 11, 16, 1, tzinfo=TORONTO)
    plot_temperatures(axes, [(at, 37.4)], [(38.3, "call")], "C")
    left, right = axes.get_xlim()
    assert left < mdates.date2num(at) < right
    assert right - left <= 1  # a day at most


def test_the_average_is_calm_and_dashed_beside_the_solid_ratings(qapp: QApplication) -> None:
    import matplotlib
    from matplotlib.colors import to_hex
    from matplotlib.figure import Figure

    with matplotlib.rc_context(chart_style(LIGHT, 10)):
        axes = Figure().add_subplot()
        plot_scale(axes, **scale(weekly([4, 5, 6, 5, 4, 6])), higher_is_better=True)
    lines = {line.get_gid(): line for line in axes.lines}
    assert to_hex(lines["rolling"].get_color()) == LIGHT["border"]  # grey, not alarm red
    assert to_hex(lines["rolling"].get_color()) != LIGHT["error"]
    assert lines["rolling"].get_linestyle() == "--"
    assert lines["ratings"].get_linestyle() == "-"


def test_charts_take_the_windows_font_when_matplotlib_has_it() -> None:
    assert chart_style(LIGHT, 12, "DejaVu Sans")["font.family"][0] == "DejaVu Sans"
    assert "font.family" not in chart_style(LIGHT, 12, "No Such Font Family")


# --- the Aftercare page ------------------------------------------------------------------------


@pytest.fixture
def rated(services: JournalServices) -> JournalServices:
    """Ten weekly ratings of energy, thinking (both better high) and fatigue."""
    ids = {key: scale_id(services, key) for key in ("energy", "thinking", "fatigue")}
    first = NOW - timedelta(weeks=10)
    for week in range(10):
        values = (
            (ids["energy"], float(week % 7)),
            (ids["thinking"], float(10 - week)),
            (ids["fatigue"], float(3 + week % 4)),
        )
        services.ratings.record(RatingDetails(first + timedelta(weeks=week), HOME_ZONE, values))
    return services


def choose(page: AftercarePage, name: str) -> None:
    page.scale_box.setCurrentIndex(page.scale_box.findText(name))


def test_the_page_shows_the_chart_better_up_for_every_scale(
    qtbot: QtBot, rated: JournalServices
) -> None:
    page = AftercarePage(rated)
    page.resize(1200, 900)
    show_active(qtbot, page)
    choose(page, "Fatigue")
    ax = page.chart.axes()
    assert ax is not None
    assert ax.yaxis_inverted()
    choose(page, "Energy")
    ax = page.chart.axes()
    assert ax is not None
    assert not ax.yaxis_inverted()


def test_another_scale_of_the_same_shape_shows_its_own_numbers(
    qtbot: QtBot, rated: JournalServices, tmp_path: Path
) -> None:
    """Energy then thinking clarity: drawn over the same axes, each shows its own ratings,
    name and baseline, and the picture changes with them."""
    page = AftercarePage(rated)
    page.resize(1200, 900)
    show_active(qtbot, page)
    for name, key in (("Energy", "energy"), ("Thinking clarity", "thinking")):
        choose(page, name)
        qtbot.wait(10)  # painted
        ax = page.chart.axes()
        assert ax is not None
        lines: dict[str | None, Any] = {a.get_gid(): a for a in ax.get_children()}
        wanted = [r.value(scale_id(rated, key)) for r in rated.ratings.ratings()]
        assert list(lines["ratings"].get_ydata()) == wanted
        assert lines["title"].get_text() == name
        page.chart.save_png(str(tmp_path / f"{key}.png"))
    assert (tmp_path / "energy.png").read_bytes() != (tmp_path / "thinking.png").read_bytes()


def test_the_page_shows_before_matplotlib_loads_and_the_chart_follows(tmp_path: Path) -> None:
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
        from ui.aftercare.page import AftercarePage
        journal = open_journal(Path({str(tmp_path / "journal")!r}))
        clock = Clock("America/Toronto", fixed_now=NOW)
        services = JournalServices.build(journal.session_factory, clock)
        seed_demo(services)
        page = AftercarePage(services)
        page.show()
        app.processEvents()
        print("painted", page.rows.rowCount() > 0, bool(page.summary.text()))
        print("placeholder", page.chart.placeholder is not None)
        print("matplotlib", "matplotlib" in sys.modules)
        while page.chart.figure is None:
            app.processEvents()
        print("then", "matplotlib" in sys.modules, page.chart.placeholder is None)
        page.close()
        journal.close()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "painted True True" in result.stdout  # the table and sentence at once
    assert "placeholder True" in result.stdout
    assert "matplotlib False" in result.stdout
    assert "then True True" in result.stdout


# --- the temperature chart ---------------------------------------------------------------------


def test_the_temperature_chart_is_compact_and_in_no_scroll_pane_of_its_own(
    qtbot: QtBot, demo_services: JournalServices
) -> None:
    from tests.ui.test_side_effects_page import choose as choose_window
    from tests.ui.test_side_effects_page import open_page

    page = open_page(qtbot, demo_services)
    choose_window(page.window_filter, "Reinfusion of your stem cells")
    chart = page.panel.chart
    ancestor = chart.parentWidget()
    while ancestor is not None:
        assert not isinstance(ancestor, QScrollArea), "the chart scrolls inside the page"
        ancestor = ancestor.parentWidget()
    ax = chart.axes()
    assert ax is not None
    assert chart.canvas is not None
    chart.canvas.draw()
    legend: Any = ax.get_legend()
    assert legend.get_window_extent().y0 >= ax.get_window_extent().y1 - 1  # above the plot
    assert legend.get_window_extent().height < ax.get_window_extent().height  # not taller
    small: float = legend.get_texts()[0].get_fontsize()
    assert small < float(ax.yaxis.label.get_fontsize())
    # One line per reading, the date without its year.
    readings = page.panel.readings
    qtbot.waitUntil(lambda: readings.reflow._fitted_width == readings.viewport().width())
    first = readings.model().index(0, 0).data()
    assert str(date(2026, 1, 1).year) not in first
    line = readings.fontMetrics().lineSpacing()
    assert readings.rowHeight(0) < 2 * line  # the table may wrap, but has room not to
