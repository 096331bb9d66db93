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
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, Unpack
from zoneinfo import ZoneInfo

from journey.rating_trends import Point
from ui.i18n import in_locale
from ui.widgets.charts import ChartWidget, _tr, compact_legend, legend_place
from ui.words.aftercare import number_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes

SINGLE_VALUE_PAD = 0.1  # a one-value baseline is still drawn as a visible band
# Ratings all on one day are drawn with this much time either side (matplotlib's own range
# for a single date is four years: 2025–2029 around one rating).
ONE_DAY = timedelta(days=1)
ONE_POINT_PAD = timedelta(days=14)
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
    higher_is_better: NotRequired[bool]


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
    higher_is_better: bool = True,
    legend_width: float = 0.0,
) -> None:
    """The user's ratings on one scale (a solid line with round markers), their 4-week average
    (a thicker dashed line in a calm colour), their baseline range (a hatched band), the
    treatment date (a solid vertical line), relapses (dotted, a triangle at the top) and MRIs
    (dash-dot, a square at the top). Times shown in ``zone``. Better is always up: the y axis
    runs from ``low`` to ``high``, reversed (and labelled so) for a scale where lower is
    better; the numbers stay as rated. The scale's ``name`` stands above the plot at the left,
    the legend compact at its right, or below the plot if it needs more than two rows there
    (``compact_legend``; the chart ``legend_width`` ems wide, 0: the figure's width)."""
    import matplotlib
    from matplotlib import dates as mdates

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
        draw_baseline_band(ax, band, ratings.get_color())
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
    if higher_is_better:
        ax.set_ylim(low - span * Y_PAD, high + span * Y_PAD)
        ax.set_ylabel(_tr("▲ better"))
    else:
        ax.set_ylim(high + span * Y_PAD, low - span * Y_PAD)  # reversed: better is up
        ax.set_ylabel(_tr("▲ better (reversed: %1 at the top)").replace("%1", number_text(low)))
    extent = x_extent(ordered, treatment, relapses, mris, zone)
    if extent is not None and extent[1] - extent[0] < ONE_DAY:
        ax.set_xlim(extent[0] - ONE_POINT_PAD, extent[1] + ONE_POINT_PAD)  # type: ignore[arg-type]  # datetimes: matplotlib's units, not its stubs
    locator = mdates.AutoDateLocator(tz=zone, minticks=4, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    # Month names in the app's language (matplotlib's are English).
    ax.xaxis.set_major_formatter(in_locale(mdates.ConciseDateFormatter(locator, tz=zone)))
    ax.set_title(name, loc="left", gid="title")
    ax.grid(True, linestyle=":", linewidth=0.6)
    compact_legend(ax, legend_width, beside=title_ems(name))


def title_ems(name: str) -> float:
    """The room the title takes at the left above the plot, in ems of the chart's font (it is
    "large", 1.2 ×, about 0.55 em a letter), with two ems of space before the legend."""
    return len(name) * 0.66 + 2


def draw_baseline_band(ax: Axes, band: tuple[float, float], colour: Any) -> Any:
    """The baseline range as a hatched band in the ratings' colour, pale."""
    from matplotlib.colors import to_rgba

    bottom, top = band
    if bottom == top:
        bottom, top = bottom - SINGLE_VALUE_PAD, top + SINGLE_VALUE_PAD
    return ax.axhspan(
        bottom,
        top,
        facecolor=to_rgba(colour, BAND_ALPHA),
        edgecolor=to_rgba(colour, HATCH_ALPHA),  # the hatching: seen without colour
        hatch="//",
        linewidth=0,
        label=_tr("Baseline range"),
        gid="baseline",
    )


def update_scale(ax: Axes, data: ScaleData) -> bool:
    """Show another scale on an Axes ``plot_scale`` drew one of the same shape on (the same
    moments, range, direction and legend): its name, ratings, average and band change in
    place, the rest is kept. False if the Axes lacks what it would change."""
    found: dict[str | None, Any] = {artist.get_gid(): artist for artist in ax.get_children()}
    ratings, title = found.get("ratings"), found.get("title")
    rolling, band = found.get("rolling"), found.get("baseline")
    if ratings is None or title is None or (rolling is None) != (not data["rolling"]):
        return False
    if (band is None) != (data["band"] is None):
        return False
    zone = data["zone"]
    ordered = sorted(data["points"], key=lambda p: p.at)
    ratings.set_data([p.at.astimezone(zone) for p in ordered], [p.value for p in ordered])
    if rolling is not None:
        rolling.set_data(
            [when.astimezone(zone) for when, _ in data["rolling"]],
            [value for _, value in data["rolling"]],
        )
    if band is not None and data["band"] is not None:
        band.remove()
        draw_baseline_band(ax, data["band"], ratings.get_color()).set_animated(True)
    title.set_text(data["name"])
    return True


def x_extent(
    points: Sequence[Point],
    treatment: date | None,
    relapses: Sequence[date],
    mris: Sequence[date],
    zone: ZoneInfo,
) -> tuple[datetime, datetime] | None:
    """The first and last moment the chart shows: ratings, treatment, relapses and MRIs."""
    moments = [p.at.astimezone(zone) for p in points]
    days = [*relapses, *mris, *([treatment] if treatment else [])]
    moments += [local_midnight(day, zone) for day in days]
    return (min(moments), max(moments)) if moments else None


def legend_entries(data: ScaleData) -> list[tuple[str, str]]:
    """What the legend of ``plot_scale`` lists for ``data``, in order: each mark's gid and
    its words."""
    shown = (
        (True, "ratings", _tr("Your ratings")),
        (bool(data["rolling"]), "rolling", _tr("4-week average")),
        (data["band"] is not None, "baseline", _tr("Baseline range")),
        (data["treatment"] is not None, "treatment", _tr("Treatment")),
        (bool(data["relapses"]), "relapse", _tr("Relapse")),
        (bool(data["mris"]), "mri", _tr("MRI")),
    )
    return [(gid, label) for present, gid, label in shown if present]


def legend_labels(data: ScaleData) -> list[str]:
    """The words of the legend of ``plot_scale`` for ``data``, in order."""
    return [label for _, label in legend_entries(data)]


class ScaleChart(ChartWidget[ScaleData]):
    """A chart of one rating scale (``plot_scale``)."""

    least_height = 280
    height_lines = 20
    hint_lines = (36, 24)
    # Another scale of the same shape: only its name, ratings, average and band change.
    changing_gids = frozenset({"title", "ratings", "rolling", "baseline"})

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

    def _legend_place(self, data: ScaleData) -> tuple[int, bool]:
        beside = title_ems(data["name"])
        return legend_place(legend_labels(data), self.width_in_ems(), beside)

    def layout_key(self, data: ScaleData) -> object:
        """Scales rated at the same moments, with the same range and direction, share their
        margins, axes, ticks and legend: only the name, the ratings, the average and the band
        are drawn again (``changing_gids``)."""
        extent = x_extent(
            data["points"], data["treatment"], data["relapses"], data["mris"], data["zone"]
        )
        direction = data.get("higher_is_better", True)
        labels = tuple(legend_labels(data))
        place = self._legend_place(data)
        return (labels, place, data["low"], data["high"], direction, extent)

    def plot(self, ax: Axes, data: ScaleData) -> None:
        plot_scale(ax, **data, legend_width=self.width_in_ems())

    def update_plot(self, ax: Axes, data: ScaleData) -> bool:
        return update_scale(ax, data)
