"""Charts (matplotlib in Qt): pure plotting functions, and ``ChartWidget``, the widget that
owns the canvas, which every chart widget (the temperatures here, a rating scale in
ui/aftercare/rating_chart.py) builds on, supplying only its drawing.

matplotlib takes most of a second to import, so it is imported only inside functions, when
a chart is first shown. Plotting functions take data and draw on the Axes they are given;
the widget applies the theme inside ``matplotlib.rc_context`` with colours from ui.widgets.themes
(never touching global rcParams) and redraws when the palette or the text size changes.
Every chart reads in black and white: lines differ in style and marker, not colour alone.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QFontInfo, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journey.side_effects import shown_temperature
from ui.i18n import QT_TRANSLATE_NOOP, in_locale
from ui.widgets.themes import theme_colours
from ui.words.temperature import temperature_text

# rc_context changes matplotlib's global rcParams for its duration: the report draws charts
# on a worker thread, so every themed drawing holds this lock.
STYLE_LOCK = threading.RLock()

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

Reading = tuple[datetime, float]  # (aware local moment, °C)
Threshold = tuple[float, str]  # (°C, words for the legend)
Temperatures = tuple[list[Reading], list[Threshold], str]  # readings, thresholds, unit
D = TypeVar("D")  # what a chart widget shows: the data its ``plot`` draws

FEVER_C = 38.0  # CTCAE v5 grade 1 starts here
THRESHOLD_STYLES = ("--", ":", "-.")
# A compact legend's width, in ems of the chart's font, measured with matplotlib's DejaVu Sans
# (see ``legend_columns``).
LEGEND_EM_PER_LETTER = 0.48
LEGEND_EM_PER_COLUMN = 3.4
BELOW_TICKS_EMS = 3.4  # a legend below the plot starts this far under its bottom edge
MATPLOTLIB_PX_PER_PT = 100 / 72  # a chart's figure is 100 dpi; Qt's text is 96
# A single reading (or several within the hour) is drawn with this much time either side.
ONE_READING_SPAN = timedelta(hours=1)
ONE_READING_PAD = timedelta(hours=6)
LINE_STYLE_WORDS = {
    "--": QT_TRANSLATE_NOOP("charts", "Dashed line"),
    ":": QT_TRANSLATE_NOOP("charts", "Dotted line"),
    "-.": QT_TRANSLATE_NOOP("charts", "Dash-dot line"),
}
# What each red-flag temperature means, for the legend (rule key → words).
RULE_WORDS = {
    "fever_single": QT_TRANSLATE_NOOP("charts", "one reading"),
    "fever_repeated": QT_TRANSLATE_NOOP("charts", "two readings an hour apart"),
    "hsct_isolation_fever": QT_TRANSLATE_NOOP("charts", "one reading during neutropenia"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def temperature_thresholds(
    rules: Sequence[dict[str, Any]], own: dict[str, float], unit: str = "C"
) -> list[Threshold]:
    """The red-flag temperatures, the clinic's own replacing the defaults, one line per
    temperature: "38.0 °C or more — call the clinic: two readings an hour apart, or one
    reading during neutropenia". Lowest first. The fever rules only: a line the readings
    reach (a low temperature, or a fever with a stiff neck, is said by its banner)."""
    by_value: dict[float, list[str]] = {}
    for rule in rules:
        if rule["kind"] not in ("temperature_at_least", "temperature_twice"):
            continue
        celsius = float(own.get(rule["key"], rule["celsius"]))
        words = _tr(RULE_WORDS.get(rule["key"], rule["key"].replace("_", " ")))
        by_value.setdefault(round(celsius, 2), []).append(words)
    return [
        (
            celsius,
            _tr("%1 or more — call the clinic: %2")
            .replace("%1", temperature_text(celsius, unit))
            .replace("%2", _tr(", or ").join(words)),
        )
        for celsius, words in sorted(by_value.items())
    ]


def threshold_label(celsius: float, unit: str) -> str:
    """A threshold's short name in the legend ("Call the clinic: 38.3 °C"); what it means in
    full is said beside the chart (``threshold_lines``)."""
    return _tr("Call the clinic: %1").replace("%1", temperature_text(celsius, unit))


def threshold_lines(thresholds: Sequence[Threshold]) -> list[str]:
    """What each threshold line means, naming the line by its style (not its colour):
    "Dashed line: 38.0 °C or more — call the clinic: two readings an hour apart"."""
    return [
        _tr("%1: %2")
        .replace("%1", _tr(LINE_STYLE_WORDS[THRESHOLD_STYLES[n % len(THRESHOLD_STYLES)]]))
        .replace("%2", words)
        for n, (_, words) in enumerate(thresholds)
    ]


def plot_temperatures(
    ax: Axes,
    readings: Sequence[Reading],
    thresholds: Sequence[Threshold],
    unit: str,
    legend_width: float = 0.0,
) -> None:
    """Temperatures over time (a solid line with round markers; readings of 38.0 °C or more
    drawn again as large triangles) and one dashed, dotted or dash-dot line per red-flag
    threshold, each named in the legend, compact, above the plot (``compact_legend``; the
    chart ``legend_width`` ems wide, 0: the figure's width). Values in ``unit``; times
    as given (local). A single reading is shown with a few hours either side, not
    matplotlib's four years."""
    import matplotlib
    from matplotlib import dates as mdates

    ordered = sorted(readings)
    times = [when for when, _ in ordered]
    values = [shown_temperature(c, unit) for _, c in ordered]
    symbol = "°F" if unit == "F" else "°C"
    ax.plot(times, values, linestyle="-", marker="o", label=_tr("Temperature"))  # type: ignore[arg-type]  # datetimes: matplotlib's units, not its stubs
    fevers = [(when, shown_temperature(c, unit)) for when, c in ordered if c >= FEVER_C]
    if fevers:
        ax.plot(
            [w for w, _ in fevers],  # type: ignore[arg-type]  # datetimes: matplotlib's units, not its stubs
            [v for _, v in fevers],
            linestyle="none",
            marker="^",
            markersize=11,
            markerfacecolor="none",
            markeredgewidth=1.6,
            color=matplotlib.rcParams["lines.color"],  # the theme's alert colour
            label=_tr("%1 or more (fever grade 1+)").replace("%1", temperature_text(FEVER_C, unit)),
        )
    for n, (celsius, _) in enumerate(thresholds):
        ax.axhline(
            shown_temperature(celsius, unit),
            linestyle=THRESHOLD_STYLES[n % len(THRESHOLD_STYLES)],
            linewidth=1.6,
            label=threshold_label(celsius, unit),
        )
    if ordered:
        zone = ordered[0][0].tzinfo
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(tz=zone, minticks=4, maxticks=7))
        # Month names in the app's language (matplotlib's are English).
        ax.xaxis.set_major_formatter(in_locale(mdates.DateFormatter("%d %b\n%H:%M", tz=zone)))
        if times[-1] - times[0] < ONE_READING_SPAN:
            ax.set_xlim(times[0] - ONE_READING_PAD, times[-1] + ONE_READING_PAD)  # type: ignore[arg-type]  # datetimes: matplotlib's units, not its stubs
    ax.set_ylabel(symbol)  # short: "Temperature (°C)" is clipped on a short chart at 200 %
    ax.grid(True, linestyle=":", linewidth=0.6)
    compact_legend(ax, legend_width)


def legend_place(labels: Sequence[str], width: float, beside: float = 0.0) -> tuple[int, bool]:
    """Where a compact legend goes on a chart ``width`` ems (of its font) wide: (entries per
    row, above the plot). Above at the right, beside ``beside`` ems (a title), in at most two
    rows; if it would take more there, below the plot across its width."""
    columns = legend_columns(labels, width - beside)
    if max(len(chunk) for chunk in legend_chunks(labels, columns)) <= 2:
        return columns, True
    return legend_columns(labels, width), False


def compact_legend(ax: Axes, width: float = 0.0, beside: float = 0.0) -> None:
    """The legend in a smaller font, in rows that fit (``legend_place``), never over the data.
    ``width``: the chart's width in ems of its font; 0: the figure's own."""
    import matplotlib

    labels = ax.get_legend_handles_labels()[1]
    if not labels:
        return
    if not width:
        points = ax.get_figure(root=True).get_figwidth() * 72  # type: ignore[union-attr]
        width = points / float(matplotlib.rcParams["font.size"])
    columns, above = legend_place(labels, width, beside)
    from matplotlib.transforms import ScaledTranslation

    # Below: under the tick labels (two lines: a date's and its year's), whatever the height.
    drop = -BELOW_TICKS_EMS * float(matplotlib.rcParams["font.size"]) / 72
    below = ax.transAxes + ScaledTranslation(0, drop, ax.get_figure(root=True).dpi_scale_trans)  # type: ignore[union-attr]
    ax.legend(
        loc="lower right" if above else "upper center",
        bbox_to_anchor=(1.0, 1.01) if above else (0.5, 0.0),
        bbox_transform=ax.transAxes if above else below,
        ncols=columns,
        fontsize="small",
        frameon=False,
        borderaxespad=0.0,
        handlelength=2.4,
        columnspacing=1.2,
    )


def legend_columns(labels: Sequence[str], width: float) -> int:
    """How many legend entries fit on one row of a chart ``width`` ems (of the chart's font)
    wide. Measured with matplotlib's DejaVu Sans, its "small" legend font: a legend is
    about 0.48 em a letter of its widest label in each column, and 3.4 em a column (line
    sample and spacing). At least one."""
    for columns in range(len(labels), 1, -1):
        chunks = legend_chunks(labels, columns)
        letters = sum(max(len(label) for label in chunk) for chunk in chunks)
        if letters * LEGEND_EM_PER_LETTER + columns * LEGEND_EM_PER_COLUMN <= width:
            return columns
    return 1


def legend_chunks(labels: Sequence[str], columns: int) -> list[Sequence[str]]:
    """The labels in each column, as matplotlib's legend fills them: column by column, the
    first columns one longer when they do not divide evenly."""
    rows, longer = divmod(len(labels), columns)
    chunks, start = [], 0
    for column in range(columns):
        end = start + rows + (1 if column < longer else 0)
        chunks.append(labels[start:end])
        start = end
    return chunks


def chart_style(
    colours: dict[str, str], font_points: float, font_family: str = ""
) -> dict[Any, Any]:
    """rcParams for one chart (its matplotlib style per theme): the theme's colours, the
    app's text size and, when matplotlib has it, the app's font. A theme may name its own
    "chart_series", "chart_calm" and "chart_alert" colours (high contrast: white on black);
    otherwise series take the highlight colour, averages the quiet border colour (calm, not
    an alarm) and alerts the error colour."""
    text = colours["text"]
    series = colours.get("chart_series", colours["highlight"])
    calm = colours.get("chart_calm", colours.get("border", text))
    alert = colours.get("chart_alert", colours["error"])
    style = {
        "font.size": font_points,
        "figure.facecolor": colours["window"],
        "axes.facecolor": colours["base"],
        "axes.edgecolor": text,
        "axes.labelcolor": text,
        "text.color": text,
        "xtick.color": text,
        "ytick.color": text,
        "grid.color": colours["mid"],
        "legend.labelcolor": text,
        "lines.linewidth": 2.0,
        # Lines not drawn through the cycle (the thresholds) take this, resolved now: "C0"
        # would be looked up when drawn, outside this style.
        "lines.color": alert,
        "lines.markersize": 7,
        # The first series (readings, ratings) in the highlight colour, the second (an
        # average) calm; the rest in the error colour, every line told apart by its dashes.
        "axes.prop_cycle": _cycle([series, calm] + [alert] * 4),
    }
    if font_family and _matplotlib_has(font_family):
        style["font.family"] = [font_family, "DejaVu Sans"]  # DejaVu: any missing glyph
    return style


@cache
def _matplotlib_has(family: str) -> bool:
    """Whether matplotlib knows the font (asked for one it lacks, it warns on every text)."""
    from matplotlib import font_manager

    return any(font.name == family for font in font_manager.fontManager.ttflist)


def _cycle(colours: list[str]) -> Any:
    from cycler import cycler

    return cycler(color=colours)


def changing_artists(figure: Figure) -> list[Any]:
    """The artists drawn over the kept background (marked "animated" by ``ChartWidget``)."""
    return [artist for ax in figure.axes for artist in ax.get_children() if artist.get_animated()]


@cache
def _canvas_class() -> type[FigureCanvasQTAgg]:
    """matplotlib's Qt canvas, but the mouse wheel over it scrolls the page it is on (issue
    19): these charts have nothing to zoom or pan, and matplotlib's canvas kept the wheel,
    so a page stopped scrolling wherever a chart passed under the pointer.

    It also lays the figure out (constrained layout, the slowest part of a draw) only when
    what decides the margins changed: its size, or the widget's ``layout_key`` (the text size,
    the legend's rows, the axes' labels). Choosing another scale of the same shape keeps the
    margins and draws in about half the time (issue 19, part 12)."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class PageScrollingCanvas(FigureCanvasQTAgg):
        layout_key: object = None
        _laid_out: object = None
        _background: Any = None  # the picture without its changing artists, and its key
        _background_key: object = None

        def wheelEvent(self, event: QWheelEvent) -> None:
            event.ignore()  # Qt hands it to the widgets around: the page's scroll area

        def full_key(self) -> object:
            return (self.width(), self.height(), self.device_pixel_ratio, self.layout_key)

        def draw(self) -> None:
            key = self.full_key()
            if key != self._laid_out:
                self.figure.set_layout_engine("constrained")
                self._laid_out = key
            else:
                self.figure.set_layout_engine("none")  # the axes keep their last positions
            super().draw()  # every artist but the changing ones (they are "animated")
            changing = changing_artists(self.figure)
            if changing:
                self._background = self.copy_from_bbox(self.figure.bbox)
                self._background_key = key
                renderer = self.get_renderer()
                for artist in changing:
                    artist.draw(renderer)

        def redraw_changing(self) -> bool:
            """Draw only the changing artists over the kept background, if it was drawn for
            this very size and layout key; False if a full draw is needed."""
            changing = changing_artists(self.figure)
            if not changing or self._background_key != self.full_key():
                return False
            self.restore_region(self._background)
            renderer = self.get_renderer()
            for artist in changing:
                artist.draw(renderer)
            self.blit(self.figure.bbox)
            return True

    return PageScrollingCanvas


class ChartWidget(QWidget, Generic[D]):
    """What every chart widget shares: a Figure in a FigureCanvasQTAgg (never pyplot), built,
    and matplotlib imported, the first time something is shown; a height that grows with the
    text size; the theme's colours and font, applied inside ``matplotlib.rc_context``; a
    redraw when the palette or the text size changes. A chart says how tall it is in lines of
    text, what a screen reader calls its canvas (``canvas_name``), how to draw what it shows
    (``plot``, given its Axes, cleared, inside the theme's style) and what decides its margins
    (``layout_key``). The Figure and its Axes are kept from one redraw to the next."""

    least_height = 260  # px, at any text size
    height_lines = 18  # the least height, in lines of text
    hint_lines = (30, 22)  # the preferred width and height, in lines of text
    # The gids of the artists that differ between two charts of one ``layout_key`` (one
    # scale's ratings and another's): only they are drawn again, over the rest kept as a
    # picture. Everything else must follow from the layout key.
    changing_gids: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None, *, after_first_paint: bool = False) -> None:
        """``after_first_paint``: the first chart is drawn (and matplotlib, most of a second,
        imported) only once the widget has been painted, a placeholder saying so meanwhile,
        so that the page around it shows at once (issue 19, part 12)."""
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._data: D | None = None
        self.redraw_seconds = 0.0  # how long the last redraw took (building, not painting)
        self._last_key: object = None
        self.placeholder: QLabel | None = None
        if after_first_paint:
            self.placeholder = QLabel(_tr("Drawing the chart…"))
            self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(self.placeholder)
        self._fit_height()

    def plot(self, ax: Axes, data: D) -> None:
        """Draw ``data`` on ``ax`` (inside the theme's style)."""
        raise NotImplementedError

    def canvas_name(self, data: D) -> str:
        """What a screen reader calls the canvas while it shows ``data``."""
        raise NotImplementedError

    def update_plot(self, ax: Axes, data: D) -> bool:
        """Show ``data`` on ``ax``, which shows a chart of the same ``layout_key``, changing
        only the ``changing_gids`` artists in place; False to have it drawn afresh."""
        return False

    def layout_key(self, data: D) -> object:
        """What, besides the size and the text size, decides the chart's margins: while it is
        the same, a redraw keeps them. None: lay out every time."""
        return None

    def width_in_ems(self) -> float:
        """The chart's width in ems of its text as matplotlib draws it (for its legend)."""
        return self.width() / max(1.0, self.font().pointSizeF() * MATPLOTLIB_PX_PER_PT)

    def _fit_height(self) -> None:
        lines = self.fontMetrics().lineSpacing() * self.height_lines
        self.setMinimumHeight(max(self.least_height, lines))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        width, height = self.hint_lines
        return QSize(line * width, line * height)

    def colours(self) -> dict[str, str]:
        return theme_colours(self.palette())

    def show_data(self, data: D) -> None:
        self._data = data
        self.redraw()

    def axes(self) -> Axes | None:
        """The chart's Axes; asked for them, a chart still waiting for its first paint draws
        now."""
        if self.placeholder is not None and self._data is not None:
            self._draw_first()
        return self.figure.axes[0] if self.figure is not None and self.figure.axes else None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.placeholder is not None:  # the page is on screen: the chart follows
            QTimer.singleShot(0, self, self._draw_first)

    def _draw_first(self) -> None:
        if self.placeholder is None:
            return
        self.placeholder.hide()
        self.placeholder.deleteLater()
        self.placeholder = None
        self.redraw()

    def redraw(self) -> None:
        data = self._data
        if data is None or self.placeholder is not None:
            return
        started = time.perf_counter()
        import matplotlib
        from matplotlib.figure import Figure

        font = self.font()
        style = chart_style(self.colours(), font.pointSizeF(), QFontInfo(font).family())
        with STYLE_LOCK, matplotlib.rc_context(style):
            if self.figure is None or self.canvas is None:
                self.figure = Figure(layout="constrained")
                self.canvas = _canvas_class()(self.figure)
                self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture; the table reads
                self._layout.addWidget(self.canvas)
            self.canvas.setAccessibleName(self.canvas_name(data))
            key = self.layout_key(data)
            # None: margins never kept (a fresh object differs from the last one).
            full_key = (style, key) if key is not None else object()
            ax = self.axes()
            same = ax is not None and full_key == self.canvas.layout_key  # type: ignore[attr-defined]
            if ax is not None and same and self.update_plot(ax, data):
                if not self.canvas.redraw_changing():  # type: ignore[attr-defined]
                    self.canvas.draw_idle()
                self.redraw_seconds = time.perf_counter() - started
                return
            self._last_key = key
            self.canvas.layout_key = full_key  # type: ignore[attr-defined]
            self.figure.set_facecolor(style["figure.facecolor"])
            if ax is None:
                ax = self.figure.add_subplot()
            else:
                ax.clear()  # its position is kept
                ax.set_facecolor(style["axes.facecolor"])  # clear() keeps the old one
            self.plot(ax, data)
            # Ticks are made when drawn, after this context: give them the theme now.
            ax.tick_params(colors=style["xtick.color"], labelsize=style["font.size"])
            # After ``plot`` made the legend: its samples are copies, drawn with the rest.
            for artist in ax.get_children():
                artist.set_animated(artist.get_gid() in self.changing_gids)
            if not self.canvas.redraw_changing():  # type: ignore[attr-defined]
                self.canvas.draw_idle()
        self.redraw_seconds = time.perf_counter() - started

    def save_png(self, path: str) -> None:
        if self.figure is None:
            return
        changing = changing_artists(self.figure)
        for artist in changing:  # a saved picture draws everything at once
            artist.set_animated(False)
        try:
            self.figure.savefig(path, facecolor=self.figure.get_facecolor())
        finally:
            for artist in changing:
                artist.set_animated(True)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._fit_height()
            self.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wider or narrower: drawn again only if the legend's rows change with it (the
        canvas lays itself out again at its new size anyway)."""
        super().resizeEvent(event)
        data = self._data
        if data is not None and self.layout_key(data) != self._last_key:
            self.redraw()


class TemperatureChart(ChartWidget[Temperatures]):
    """A temperature chart: readings and red-flag thresholds (``plot_temperatures``)."""

    # Its least height: small, for the watch window's panel to fit the page at 200 % text; it
    # is drawn as tall as its page allows (its size hint, 22 lines).
    least_height = 120
    height_lines = 4

    def show_readings(
        self, readings: Sequence[Reading], thresholds: Sequence[Threshold], unit: str
    ) -> None:
        self.show_data((list(readings), list(thresholds), unit))

    def canvas_name(self, data: Temperatures) -> str:
        return _tr("Temperature chart")

    def _legend_labels(self, data: Temperatures) -> list[str]:
        readings, thresholds, unit = data
        labels = [_tr("Temperature")]
        if any(celsius >= FEVER_C for _, celsius in readings):
            fever = temperature_text(FEVER_C, unit)
            labels.append(_tr("%1 or more (fever grade 1+)").replace("%1", fever))
        return labels + [threshold_label(celsius, unit) for celsius, _ in thresholds]

    def layout_key(self, data: Temperatures) -> object:
        labels = self._legend_labels(data)
        return (tuple(labels), legend_place(labels, self.width_in_ems()))

    def plot(self, ax: Axes, data: Temperatures) -> None:
        plot_temperatures(ax, *data, legend_width=self.width_in_ems())
