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

import textwrap
import threading
import time
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

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
LEGEND_WIDTH = 44  # characters on one line of the legend
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


def plot_temperatures(
    ax: Axes, readings: Sequence[Reading], thresholds: Sequence[Threshold], unit: str
) -> None:
    """Temperatures over time (a solid line with round markers; readings of 38.0 °C or more
    drawn again as large triangles) and one dashed, dotted or dash-dot line per red-flag
    threshold, each named in the legend. Values in ``unit``; times as given (local)."""
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
            label=_tr("%1 or more (fever grade 1+)").replace("%1", temperature_text(FEVER_C, unit)),
        )
    for n, (celsius, words) in enumerate(thresholds):
        ax.axhline(
            shown_temperature(celsius, unit),
            linestyle=THRESHOLD_STYLES[n % len(THRESHOLD_STYLES)],
            linewidth=1.6,
            label=textwrap.fill(words, LEGEND_WIDTH),
        )
    if ordered:
        zone = ordered[0][0].tzinfo
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(tz=zone, minticks=4, maxticks=7))
        # Month names in the app's language (matplotlib's are English).
        ax.xaxis.set_major_formatter(in_locale(mdates.DateFormatter("%d %b\n%H:%M", tz=zone)))
    ax.set_ylabel(symbol)  # short: "Temperature (°C)" is clipped on a short chart at 200 %
    ax.grid(True, linestyle=":", linewidth=0.6)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=1, frameon=False)


def chart_style(colours: dict[str, str], font_points: float) -> dict[Any, Any]:
    """rcParams for one chart: the theme's colours, the app's text size. A theme may name
    its own "chart_series" and "chart_alert" colours (high contrast: white on black);
    otherwise series take the highlight colour and alerts the error colour."""
    text = colours["text"]
    series = colours.get("chart_series", colours["highlight"])
    alert = colours.get("chart_alert", colours["error"])
    return {
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
        # Readings in the highlight colour; thresholds in the error colour, told apart by
        # their dashes as well.
        "axes.prop_cycle": _cycle([series] + [alert] * 5),
    }


def _cycle(colours: list[str]) -> Any:
    from cycler import cycler

    return cycler(color=colours)


@cache
def _canvas_class() -> type[FigureCanvasQTAgg]:
    """matplotlib's Qt canvas, but the mouse wheel over it scrolls the page it is on (issue
    19): these charts have nothing to zoom or pan, and matplotlib's canvas kept the wheel,
    so a page stopped scrolling wherever a chart passed under the pointer."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    class PageScrollingCanvas(FigureCanvasQTAgg):
        def wheelEvent(self, event: QWheelEvent) -> None:
            event.ignore()  # Qt hands it to the widgets around: the page's scroll area

    return PageScrollingCanvas


class ChartWidget(QWidget, Generic[D]):
    """What every chart widget shares: a Figure in a FigureCanvasQTAgg (never pyplot), built,
    and matplotlib imported, the first time something is shown; a height that grows with the
    text size; the theme's colours, applied inside ``matplotlib.rc_context``; a redraw when the
    palette or the text size changes. A chart says how tall it is in lines of text, what a
    screen reader calls its canvas (``canvas_name``) and how to draw what it shows (``plot``,
    given a fresh Axes inside the theme's style)."""

    least_height = 260  # px, at any text size
    height_lines = 18  # the least height, in lines of text
    hint_lines = (30, 22)  # the preferred width and height, in lines of text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self._data: D | None = None
        self.redraw_seconds = 0.0  # how long the last redraw took (building, not painting)
        self._fit_height()

    def plot(self, ax: Axes, data: D) -> None:
        """Draw ``data`` on ``ax`` (inside the theme's style)."""
        raise NotImplementedError

    def canvas_name(self, data: D) -> str:
        """What a screen reader calls the canvas while it shows ``data``."""
        raise NotImplementedError

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
        return self.figure.axes[0] if self.figure is not None and self.figure.axes else None

    def redraw(self) -> None:
        data = self._data
        if data is None:
            return
        started = time.perf_counter()
        import matplotlib
        from matplotlib.figure import Figure

        style = chart_style(self.colours(), self.font().pointSizeF())
        with STYLE_LOCK, matplotlib.rc_context(style):
            if self.figure is None or self.canvas is None:
                self.figure = Figure(layout="constrained")
                self.canvas = _canvas_class()(self.figure)
                self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture; the table reads
                self._layout.addWidget(self.canvas)
            self.canvas.setAccessibleName(self.canvas_name(data))
            self.figure.clear()
            self.figure.set_facecolor(style["figure.facecolor"])
            ax = self.figure.add_subplot()
            self.plot(ax, data)
            # Ticks are made when drawn, after this context: give them the theme now.
            ax.tick_params(colors=style["xtick.color"], labelsize=style["font.size"])
        self.canvas.draw_idle()
        self.redraw_seconds = time.perf_counter() - started

    def save_png(self, path: str) -> None:
        if self.figure is not None:
            self.figure.savefig(path, facecolor=self.figure.get_facecolor())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._fit_height()
            self.redraw()


class TemperatureChart(ChartWidget[Temperatures]):
    """A temperature chart: readings and red-flag thresholds (``plot_temperatures``)."""

    def show_readings(
        self, readings: Sequence[Reading], thresholds: Sequence[Threshold], unit: str
    ) -> None:
        self.show_data((list(readings), list(thresholds), unit))

    def canvas_name(self, data: Temperatures) -> str:
        return _tr("Temperature chart")

    def plot(self, ax: Axes, data: Temperatures) -> None:
        plot_temperatures(ax, *data)
