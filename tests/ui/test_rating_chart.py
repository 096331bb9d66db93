"""The chart of one rating scale, tested through its artists (found by gid) and a saved PNG."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey.rating_trends import Point, baseline_band, rolling_average
from ui.aftercare.rating_chart import ScaleChart, plot_scale
from ui.widgets.themes import DARK, LIGHT, build_palette

ROOT = Path(__file__).resolve().parents[2]
TORONTO = ZoneInfo("America/Toronto")
TREATMENT = date(2026, 3, 2)
RELAPSES = [date(2026, 9, 14), date(2026, 5, 20)]
MRIS = [date(2026, 6, 1)]


def weekly_points() -> list[Point]:
    """Four baseline ratings in February (3–6), then weekly ratings for 30 weeks."""
    start = datetime(2026, 2, 2, 14, 0, tzinfo=UTC)  # 09:00 in Toronto
    baseline = [Point(start + timedelta(weeks=n), v, True) for n, v in enumerate([4, 6, 3, 5])]
    after = [
        Point(start + timedelta(weeks=5 + n), float(2 + (n * 7) % 9), False) for n in range(30)
    ]
    return baseline + after


def scale_kwargs(points: list[Point] | None = None) -> dict[str, Any]:
    points = weekly_points() if points is None else points
    return {
        "points": points,
        "rolling": rolling_average(points),
        "band": baseline_band(points),
        "treatment": TREATMENT,
        "relapses": RELAPSES,
        "mris": MRIS,
        "low": 0.0,
        "high": 10.0,
        "zone": TORONTO,
        "name": "Energy",
    }


def by_gid(ax: Any, gid: str) -> list[Any]:
    return [a for a in [*ax.lines, *ax.patches] if a.get_gid() == gid]


def midnight(day: date) -> float:
    from matplotlib import dates as mdates

    return float(mdates.date2num(datetime.combine(day, time(), tzinfo=TORONTO)))


def y_extent(patch: Any) -> tuple[float, float]:
    """The band's bottom and top in data units, whether a Rectangle or a Polygon."""
    path = patch.get_path().transformed(patch.get_patch_transform())
    ys = path.vertices[:, 1]
    return float(ys.min()), float(ys.max())


@pytest.fixture
def axes(qapp: QApplication) -> Any:
    from matplotlib.figure import Figure

    return Figure().add_subplot()


@pytest.fixture
def chart(qtbot: QtBot) -> ScaleChart:
    widget = ScaleChart()
    qtbot.addWidget(widget)
    widget.setPalette(build_palette(LIGHT))
    widget.show_scale(**scale_kwargs())
    return widget


def test_the_ratings_and_their_average(axes: Any) -> None:
    from matplotlib import dates as mdates

    points = weekly_points()
    plot_scale(axes, **scale_kwargs(list(reversed(points))))  # drawn in time order
    (ratings,) = by_gid(axes, "ratings")
    xy = ratings.get_xydata()
    assert list(xy[:, 1]) == [p.value for p in points]
    assert list(xy[:, 0]) == pytest.approx([mdates.date2num(p.at) for p in points])
    assert ratings.get_linestyle() == "-"
    assert ratings.get_marker() == "o"
    (rolling,) = by_gid(axes, "rolling")
    expected = rolling_average(points)
    assert list(rolling.get_xydata()[:, 1]) == [v for _, v in expected]
    assert list(rolling.get_xydata()[:, 0]) == pytest.approx(
        [mdates.date2num(when) for when, _ in expected]
    )
    assert rolling.get_linestyle() == "--"
    assert rolling.get_linewidth() > ratings.get_linewidth()


def test_times_are_shown_in_the_users_zone(axes: Any) -> None:
    plot_scale(axes, **scale_kwargs())
    from matplotlib import dates as mdates

    evening = mdates.date2num(datetime(2026, 3, 2, 3, 0, tzinfo=UTC))  # 22:00 on 1 March there
    assert "03-01" in axes.xaxis.get_major_formatter().format_data_short(evening)


def test_the_baseline_band_spans_the_baseline_range(axes: Any) -> None:
    plot_scale(axes, **scale_kwargs())
    (band,) = by_gid(axes, "baseline")
    assert y_extent(band) == (3.0, 6.0)
    assert band.get_facecolor()[3] == pytest.approx(0.2)
    assert band.get_hatch()  # seen in black and white too
    assert band.get_label() == "Baseline range"


def test_a_single_baseline_value_is_still_a_visible_band(axes: Any) -> None:
    points = [Point(datetime(2026, 2, 2, 14, tzinfo=UTC), 5.0, True)]
    plot_scale(axes, **scale_kwargs(points))
    (band,) = by_gid(axes, "baseline")
    bottom, top = y_extent(band)
    assert bottom == pytest.approx(4.9)
    assert top == pytest.approx(5.1)


def test_treatment_relapses_and_mris_sit_at_their_dates(axes: Any) -> None:
    plot_scale(axes, **scale_kwargs())
    (treatment,) = by_gid(axes, "treatment")
    assert list(treatment.get_xydata()[:, 0]) == pytest.approx([midnight(TREATMENT)] * 2)
    relapses = by_gid(axes, "relapse")
    assert [line.get_xydata()[0, 0] for line in relapses] == pytest.approx(
        [midnight(day) for day in sorted(RELAPSES)]
    )
    (mri,) = by_gid(axes, "mri")
    assert mri.get_xydata()[0, 0] == pytest.approx(midnight(MRIS[0]))
    # Told apart without colour: each kind of line has its own style.
    styles = {
        gid: (by_gid(axes, gid)[0].get_linestyle(), by_gid(axes, gid)[0].get_marker())
        for gid in ("ratings", "rolling", "treatment", "relapse", "mri")
    }
    assert len(set(styles.values())) == len(styles)
    assert styles["relapse"] == (":", "v")
    assert styles["mri"] == ("-.", "s")


def test_the_legend_names_each_kind_once_in_small_rows_above_the_axes(axes: Any) -> None:
    plot_scale(axes, **scale_kwargs())
    labels = [text.get_text() for text in axes.get_legend().get_texts()]
    assert labels == [
        "Your ratings",
        "4-week average",
        "Baseline range",
        "Treatment",
        "Relapse",
        "MRI",
    ]
    legend = axes.get_legend()
    assert legend.get_bbox_to_anchor().y0 > axes.bbox.y1  # above the plot, never over it
    assert legend.get_texts()[0].get_fontsize() < axes.yaxis.label.get_fontsize()


def test_the_y_axis_covers_the_scale_with_a_little_room(axes: Any) -> None:
    plot_scale(axes, **scale_kwargs())
    bottom, top = axes.get_ylim()
    assert -1 < bottom < 0
    assert 10 < top < 11
    assert axes.get_title(loc="left") == "Energy"


def test_nothing_to_show_yet(axes: Any) -> None:
    plot_scale(
        axes,
        points=[],
        rolling=[],
        band=None,
        treatment=None,
        relapses=[],
        mris=[],
        low=0.0,
        high=10.0,
        zone=TORONTO,
        name="Energy",
    )
    (ratings,) = by_gid(axes, "ratings")
    assert len(ratings.get_xydata()) == 0
    assert by_gid(axes, "baseline") == []
    assert by_gid(axes, "treatment") == []


def test_the_widget_draws_names_and_saves(chart: ScaleChart, tmp_path: Path) -> None:
    ax = chart.axes()
    assert ax is not None
    assert len(by_gid(ax, "ratings")) == 1
    assert chart.canvas.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert chart.canvas.accessibleName() == "Chart of Energy"
    assert chart.redraw_seconds > 0
    chart.save_png(str(tmp_path / "scale.png"))
    assert (tmp_path / "scale.png").stat().st_size > 10_000


def test_a_dark_palette_redraws_in_dark_colours(chart: ScaleChart) -> None:
    from matplotlib.colors import to_rgba

    ax = chart.axes()
    assert ax is not None
    assert ax.get_facecolor() == to_rgba(LIGHT["base"])
    chart.setPalette(build_palette(DARK))
    ax = chart.axes()
    assert ax is not None
    assert ax.get_facecolor() == to_rgba(DARK["base"])
    assert chart.figure.get_facecolor() == to_rgba(DARK["window"])
    (ratings,) = by_gid(ax, "ratings")
    assert to_rgba(ratings.get_color()) == to_rgba(DARK["highlight"])


def test_a_larger_text_size_redraws_with_it(chart: ScaleChart) -> None:
    font = chart.font()
    font.setPointSizeF(21.0)
    chart.setFont(font)
    ax = chart.axes()
    assert ax is not None
    # The legend in matplotlib's "small", a step below the text around it.
    assert ax.get_legend().get_texts()[0].get_fontsize() == pytest.approx(21.0 * 0.833)
    assert ax.yaxis.get_major_ticks()[0].label1.get_fontsize() == 21.0


def test_drawing_leaves_global_rcparams_alone(qtbot: QtBot, tmp_path: Path) -> None:
    import matplotlib
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: F401

    # Raw copies: reading rcParams["backend"] through the mapping would itself resolve it.
    before = dict.copy(matplotlib.rcParams)
    widget = ScaleChart()
    qtbot.addWidget(widget)
    widget.show_scale(**scale_kwargs())
    widget.setPalette(build_palette(DARK))
    font = widget.font()
    font.setPointSizeF(17.0)
    widget.setFont(font)
    widget.save_png(str(tmp_path / "scale.png"))
    assert dict.copy(matplotlib.rcParams) == before
    assert matplotlib.rcParams["axes.facecolor"] != DARK["base"]


def test_importing_the_chart_does_not_load_matplotlib() -> None:
    script = textwrap.dedent(
        """
        import sys
        import ui.aftercare.rating_chart
        print("loaded", "matplotlib" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "loaded False" in result.stdout
