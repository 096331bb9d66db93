"""A chart of one self-rating scale over months (SPEC §2.7): the user's ratings, a 4-week
average, their baseline range as a band, and the treatment, relapses and MRIs as vertical lines.

Like ui/widgets/charts.py: matplotlib is imported only when a chart is first drawn,
``plot_scale`` is a pure function drawing on the Axes it is given, and the widget, a
``ChartWidget`` that supplies only that drawing, applies the theme inside
``matplotlib.rc_context`` (never global rcParams), redrawing when the palette or text size
changes. Every element reads in black and white: each differs by line style, width,
marker or hatching, not by colour alone. Each artist carries a gid ("ratings", "rolling",
"baseline", "treatment", "relapse", "mri") so that tests and the report can find it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, TypedDict, Unpack
from zoneinfo import ZoneInfo

from journey.rating_trends import Point
from ui.i18n import in_locale
from ui.widgets.charts import ChartWidget, _tr

if TYPE_CHECKING:
    from matplotlib.axes import Axes

SINGLE_VALUE_PAD = 0.1  # a one-value baseline is still drawn as a visible band
Y_PAD = 0.04  # of the scale's range, above and below
BAND_ALPHA = 0.2
HATCH_ALPHA = 0.55


class ScaleData(TypedDict):
    """One scale as ``ScaleChart.show_scale`` takes it: the arguments of ``plot_scale``."""

    points: Sequence[Point]
    rolling: Sequence[tuple[datetime, float]]
    band: tuple[float, float] | None
    treatment: date | None
    relapses: Sequence[date]
    mris: Sequence[date]
    low: float
    high: float
    zone: ZoneInfo
    name: str


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
            [when.astimezone(zone) for when, _ in rolling],  # type: ignore[arg-type]  # datetimes: matplotlib's units, not its stubs
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
            local_midnight(treatment, zone),  # type: ignore[arg-type]  # datetimes: matplotlib's units, not its stubs
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
                local_midnight(day, zone),  # type: ignore[arg-type]  # datetimes: matplotlib's units, not its stubs
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


class ScaleChart(ChartWidget[ScaleData]):
    """A chart of one rating scale (``plot_scale``)."""

    least_height = 280
    height_lines = 20
    hint_lines = (36, 24)

    def show_scale(self, **scale: Unpack[ScaleData]) -> None:
        """Show one scale; the arguments are those of ``plot_scale``."""
        self.show_data(
            {
                **scale,
                "points": list(scale["points"]),
                "rolling": list(scale["rolling"]),
                "relapses": list(scale["relapses"]),
                "mris": list(scale["mris"]),
            }
        )

    def canvas_name(self, data: ScaleData) -> str:
        return _tr("Chart of %1").replace("%1", data["name"])

    def plot(self, ax: Axes, data: ScaleData) -> None:
        plot_scale(ax, **data)
