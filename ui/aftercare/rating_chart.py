"""A chart of one self-rating scale over months (SPEC §2.7): the user's ratings, a 4-week
average, their baseline range as a band, and the treatment, relapses and MRIs as vertical lines.

Like ui/widgets/charts.py: matplotlib is imported only when a chart is first drawn,
``plot_scale`` is a pure function drawing on the Axes it is given, and the widget applies the
theme inside ``matplotlib.rc_context`` (never global rcParams), redrawing when the palette or
text size changes. Every element reads in black and white: each differs by line style, width,
marker or hatching, not by colour alone. Each artist carries a gid ("ratings", "rolling",
"baseline", "treatment", "relapse", "mri") so that tests and the report can find it.
"""

from __future__ import annotations

import time as timer
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from journey.rating_trends import Point
from ui.i18n import in_locale
from ui.widgets.charts import STYLE_LOCK, _tr, chart_style
from ui.widgets.themes import theme_colours

if TYPE_CHECKING:
    from matplotlib.axes import Axes

SINGLE_VALUE_PAD = 0.1  # a one-value baseline is still drawn as a visible band
Y_PAD = 0.04  # of the scale's range, above and below
BAND_ALPHA = 0.2
HATCH_ALPHA = 0.55


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone)


def plot_scale(
    ax: Axes,
    points: Sequence[Point],
    rolling: Sequence[tuple[datetime, float]],
    band: tuple[float, float] | None,
    treatment: date | None,
    relapses: Sequence[date],
    mris: Sequence[date],
    low: float,
    high: float,
    zone: ZoneInfo,
    name: str,
) -> None:
    """The user's ratings on one scale (a solid line with round markers), their 4-week average
    (a thicker dashed line), their baseline range (a hatched band), the treatment date (a solid
    vertical line), relapses (dotted, a triangle at the top) and MRIs (dash-dot, a square at the
    top). Times shown in ``zone``; the y axis runs from ``low`` to ``high``."""
    import matplotlib
    from matplotlib import dates as mdates
    from matplotlib.colors import to_rgba

    text_colour = matplotlib.rcParams["text.color"]
    ordered = sorted(points, key=lambda p: p.at)
    (ratings,) = ax.plot(
        [p.at.astimezone(zone) for p in ordered],  # type: ignore[arg-type]  # datetimes: matplotlib's units, not its stubs
        [p.value for p in ordered],
        linestyle="-",
        marker="o",
        label=_tr("Your ratings"),
        gid="ratings",
    )
    if rolling:
        ax.plot(
            [when.astimezone(zone) for when, _ in rolling],  # type: ignore[arg-type]
            [value for _, value in rolling],
            linestyle="--",
            linewidth=3.2,
            label=_tr("4-week average"),
            gid="rolling",
        )
    if band is not None:
        bottom, top = band
        if bottom == top:
            bottom, top = bottom - SINGLE_VALUE_PAD, top + SINGLE_VALUE_PAD
        colour = ratings.get_color()
        ax.axhspan(
            bottom,
            top,
            facecolor=to_rgba(colour, BAND_ALPHA),
            edgecolor=to_rgba(colour, HATCH_ALPHA),  # the hatching: seen without colour
            hatch="//",
            linewidth=0,
            label=_tr("Baseline range"),
            gid="baseline",
        )
    if treatment is not None:
        ax.axvline(
            local_midnight(treatment, zone),  # type: ignore[arg-type]
            color=text_colour,
            linestyle="-",
            linewidth=2.0,
            label=_tr("Treatment"),
            gid="treatment",
        )
    markers = (  # relapses in the theme's error colour, MRIs in its text colour
        (relapses, ":", "v", _tr("Relapse"), "relapse", matplotlib.rcParams["lines.color"]),
        (mris, "-.", "s", _tr("MRI"), "mri", text_colour),
    )
    for days, style, marker, label, gid, colour in markers:
        for n, day in enumerate(sorted(days)):
            ax.axvline(
                local_midnight(day, zone),  # type: ignore[arg-type]
                color=colour,
                linestyle=style,
                linewidth=1.6,
                marker=marker,
                markevery=[1],  # only at the top end of the line
                markersize=9,
                clip_on=False,
                label=label if n == 0 else f"_{label}",
                gid=gid,
            )
    span = high - low
    ax.set_ylim(low - span * Y_PAD, high + span * Y_PAD)
    locator = mdates.AutoDateLocator(tz=zone, minticks=4, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    # Month names in the app's language (matplotlib's are English).
    ax.xaxis.set_major_formatter(in_locale(mdates.ConciseDateFormatter(locator, tz=zone)))
    ax.set_title(name, loc="left")
    ax.grid(True, linestyle=":", linewidth=0.6)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncols=2, frameon=False)


class ScaleChart(QWidget):
    """A chart of one rating scale: owns a Figure in a FigureCanvasQTAgg (never pyplot), built
    the first time something is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.figure: Any = None
        self.canvas: Any = None
        self._data: dict[str, Any] | None = None
        self.redraw_seconds = 0.0  # how long the last redraw took (building, not painting)
        self._fit_height()

    def _fit_height(self) -> None:
        self.setMinimumHeight(max(280, self.fontMetrics().lineSpacing() * 20))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 36, line * 24)

    def colours(self) -> dict[str, str]:
        return theme_colours(self.palette())

    def show_scale(
        self,
        *,
        points: Sequence[Point],
        rolling: Sequence[tuple[datetime, float]],
        band: tuple[float, float] | None,
        treatment: date | None,
        relapses: Sequence[date],
        mris: Sequence[date],
        low: float,
        high: float,
        zone: ZoneInfo,
        name: str,
    ) -> None:
        """Show one scale; the arguments are those of ``plot_scale``."""
        self._data = {
            "points": list(points),
            "rolling": list(rolling),
            "band": band,
            "treatment": treatment,
            "relapses": list(relapses),
            "mris": list(mris),
            "low": low,
            "high": high,
            "zone": zone,
            "name": name,
        }
        self.redraw()

    def axes(self) -> Axes | None:
        return self.figure.axes[0] if self.figure is not None and self.figure.axes else None

    def redraw(self) -> None:
        if self._data is None:
            return
        started = timer.perf_counter()
        import matplotlib
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        style = chart_style(self.colours(), self.font().pointSizeF())
        with STYLE_LOCK, matplotlib.rc_context(style):
            if self.figure is None:
                self.figure = Figure(layout="constrained")
                self.canvas = FigureCanvasQTAgg(self.figure)
                self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture; the table reads
                self._layout.addWidget(self.canvas)
            self.canvas.setAccessibleName(_tr("Chart of %1").replace("%1", self._data["name"]))
            self.figure.clear()
            self.figure.set_facecolor(style["figure.facecolor"])
            ax = self.figure.add_subplot()
            plot_scale(ax, **self._data)
            # Ticks are made when drawn, after this context: give them the theme now.
            ax.tick_params(colors=style["xtick.color"], labelsize=style["font.size"])
        self.canvas.draw_idle()
        self.redraw_seconds = timer.perf_counter() - started

    def save_png(self, path: str) -> None:
        if self.figure is not None:
            self.figure.savefig(path, facecolor=self.figure.get_facecolor())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._fit_height()
            self.redraw()
