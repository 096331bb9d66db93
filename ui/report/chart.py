"""The report's chart of one rating scale, drawn with QPainter as vectors (issue 20).

The report once drew each chart with matplotlib as a 200-dpi picture: four fifths of a
year's report time, and blurred when zoomed or printed large. This chart is painted straight
into the PDF (and the preview) where the report's HTML names it (ui.widgets.pdf
``Drawing``): lines stay sharp at any size, and its words are real text that can be
searched, copied and read aloud.

It shows what the screen's chart shows (ui.aftercare.rating_chart.plot_scale, same data and
the same legend words), told apart in black and white by line style, never by colour alone:
the ratings as a solid line with dots, the 4-week average as thick grey dashes, the baseline
range as a hatched band, the treatment as a solid vertical line, relapses dotted with a ▼ and
MRIs dash-dot with a ■ at the top. Better is always up: the axis runs from the scale's low to
its high end, reversed (and labelled so) where lower is better; the numbers stay as rated.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
)

from ui.aftercare.rating_chart import (
    ONE_DAY,
    ONE_POINT_PAD,
    SINGLE_VALUE_PAD,
    Y_PAD,
    ScaleData,
    legend_entries,
    local_midnight,
    x_extent,
)
from ui.widgets.charts import _tr
from ui.words.aftercare import number_text
from ui.words.time import date_text

# Black and white: each mark differs by its line as well as its grey.
INK = QColor("#000000")
RATINGS = QColor("#1a1a1a")
AVERAGE = QColor("#6e6e6e")
BAND_FILL = QColor("#ececec")
HATCH = QColor("#8c8c8c")
RELAPSE = QColor("#4d4d4d")
GRID = QColor("#b0b0b0")
FONT_POINTS = 7.5  # the chart's words, a little under the report's tables
X_MARGIN = 0.03  # of the time shown, either side, so that the first and last dots are whole
MOST_TICKS = 7
MONTH_STEPS = (1, 2, 3, 4, 6, 12)
DAY_STEPS = (1, 2, 7, 14)


def paint_scale(painter: QPainter, rect: QRectF, data: ScaleData) -> None:
    """Draw the chart of ``data`` in ``rect`` (device units of ``painter``'s device)."""
    painter.save()
    try:
        _Chart(painter, rect, data).paint()
    finally:
        painter.restore()


class _Chart:
    """One drawing: sizes in points (``pt``) turned into the painter's device units."""

    def __init__(self, painter: QPainter, rect: QRectF, data: ScaleData) -> None:
        self.painter = painter
        self.rect = rect
        self.data = data
        device = painter.device()
        self.unit = (device.logicalDpiY() if device is not None else 96) / 72
        self.font = QFont(painter.font())
        self.font.setPointSizeF(FONT_POINTS)
        self.font.setBold(False)
        self.metrics = QFontMetricsF(self.font, device)
        self.line = self.metrics.height()

    def pt(self, points: float) -> float:
        return points * self.unit

    def pen(
        self, colour: QColor, points: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine
    ) -> QPen:
        pen = QPen(colour, self.pt(points), style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    # --- layout -------------------------------------------------------------------------------

    def paint(self) -> None:
        painter = self.painter
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        data = self.data
        marker_room = self.pt(7)  # the ▼ and ■ above the plot
        top = self._legend() + marker_room
        bottom = self.rect.bottom() - self.line * 2 - self.pt(3)  # month and year below
        if bottom <= top:
            return
        axis_name, axis_lines = self._axis_name(bottom - top)
        y_ticks = value_ticks(data["low"], data["high"])
        tick_width = max(self.metrics.horizontalAdvance(number_text(v)) for v in y_ticks)
        left = self.rect.left() + self.line * axis_lines + tick_width + self.pt(4)
        plot = QRectF(QPointF(left, top), QPointF(self.rect.right() - self.pt(2), bottom))
        if plot.width() <= 0:
            return
        start, end = self._x_range()
        span = (end - start).total_seconds() or 1.0

        def x(moment: datetime) -> float:
            return plot.left() + (moment - start).total_seconds() / span * plot.width()

        low, high = data["low"], data["high"]
        pad = (high - low) * Y_PAD
        y_min, y_max = low - pad, high + pad
        better_up = data.get("higher_is_better", True)

        def y(value: float) -> float:
            share = (value - y_min) / ((y_max - y_min) or 1.0)
            return (
                plot.bottom() - share * plot.height()
                if better_up
                else plot.top() + share * plot.height()
            )

        self._value_axis(plot, y_ticks, y, axis_name, axis_lines)
        self._time_axis(plot, start, end, x)
        self._band(plot, y)
        self._events(plot, x)
        self._lines(plot, x, y)
        painter.setPen(self.pen(INK, 0.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)

    def _axis_name(self, height: float) -> tuple[str, int]:
        """The value axis's name ("▲ better", and that it is reversed where so) and the
        lines it takes when turned upright beside an axis ``height`` long."""
        low = number_text(self.data["low"])
        name = (
            _tr("▲ better")
            if self.data.get("higher_is_better", True)
            else _tr("▲ better (reversed: %1 at the top)").replace("%1", low)
        )
        wrapped = self.metrics.boundingRect(
            QRectF(0, 0, height, self.line * 4), int(Qt.TextFlag.TextWordWrap), name
        )
        return name, max(1, round(wrapped.height() / self.line))

    def _legend(self) -> float:
        """The legend along the top, wrapping onto more lines when it must (the scale's name
        is the report's heading just above); the y where the plot may start."""
        painter = self.painter
        painter.setFont(self.font)
        gap, sample = self.pt(8), self.pt(14)
        x, y = self.rect.left(), self.rect.top()
        for gid, label in legend_entries(self.data):
            width = sample + self.pt(3) + self.metrics.horizontalAdvance(label)
            if x > self.rect.left() and x + width > self.rect.right():
                x, y = self.rect.left(), y + self.line
            self._sample(gid, QRectF(x, y, sample, self.line))
            painter.setPen(INK)
            painter.drawText(
                QRectF(x + sample + self.pt(3), y, width, self.line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x += width + gap
        return y + self.line + self.pt(2)

    def _x_range(self) -> tuple[datetime, datetime]:
        data = self.data
        zone = data["zone"]
        extent = x_extent(data["points"], data["treatment"], data["relapses"], data["mris"], zone)
        if extent is None:
            today = local_midnight(date.today(), zone)
            return today - ONE_POINT_PAD, today + ONE_POINT_PAD
        first, last = extent
        if last - first < ONE_DAY:
            return first - ONE_POINT_PAD, last + ONE_POINT_PAD
        margin = (last - first) * X_MARGIN
        return first - margin, last + margin

    # --- marks --------------------------------------------------------------------------------

    def _value_axis(
        self,
        plot: QRectF,
        ticks: Sequence[float],
        y: Callable[[float], float],
        name: str,
        lines: int,
    ) -> None:
        """The values at the left with their grid lines, and the axis's name turned upright
        beside them."""
        painter = self.painter
        grid = self.pen(GRID, 0.4, Qt.PenStyle.DotLine)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for value in ticks:
            level = y(value)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), level), QPointF(plot.right(), level))
            painter.setPen(INK)
            label = QRectF(plot.left() - self.pt(60), level - self.line / 2, self.pt(57), self.line)
            painter.drawText(label, right, number_text(value))
        painter.save()
        painter.translate(self.rect.left(), plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), self.line * lines),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            name,
        )
        painter.restore()

    def _time_axis(
        self, plot: QRectF, start: datetime, end: datetime, x: Callable[[datetime], float]
    ) -> None:
        """Months (or days) below the plot, each with its grid line."""
        painter = self.painter
        grid = self.pen(GRID, 0.4, Qt.PenStyle.DotLine)
        for tick, words in time_ticks(start, end, self.data["zone"]):
            across = x(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(across, plot.top()), QPointF(across, plot.bottom()))
            painter.setPen(INK)
            for n, word in enumerate(words):
                width = self.metrics.horizontalAdvance(word) + self.pt(2)
                below = plot.bottom() + self.pt(2) + n * self.line
                painter.drawText(
                    QRectF(across - width / 2, below, width, self.line),
                    int(Qt.AlignmentFlag.AlignCenter),
                    word,
                )

    def _band(self, plot: QRectF, y: Callable[[float], float]) -> None:
        band = self.data["band"]
        if band is None:
            return
        bottom, top = band
        if bottom == top:
            bottom, top = bottom - SINGLE_VALUE_PAD, top + SINGLE_VALUE_PAD
        area = QRectF(QPointF(plot.left(), y(top)), QPointF(plot.right(), y(bottom))).normalized()
        self._hatched(area)

    def _hatched(self, area: QRectF) -> None:
        """A pale band with diagonal lines: seen without colour and on any printer."""
        painter = self.painter
        painter.fillRect(area, BAND_FILL)
        painter.save()
        painter.setClipRect(area)
        painter.setPen(self.pen(HATCH, 0.5))
        step = self.pt(4)
        offset = 0.0
        while offset < area.width() + area.height():
            painter.drawLine(
                QPointF(area.left() + offset, area.bottom()),
                QPointF(area.left() + offset + area.height(), area.top()),
            )
            offset += step
        painter.restore()

    def _events(self, plot: QRectF, x: Callable[[datetime], float]) -> None:
        data = self.data
        zone: ZoneInfo = data["zone"]
        painter = self.painter
        if data["treatment"] is not None:
            painter.setPen(self.pen(INK, 1.4))
            across = x(local_midnight(data["treatment"], zone))
            painter.drawLine(QPointF(across, plot.top()), QPointF(across, plot.bottom()))
        for days, gid in ((data["relapses"], "relapse"), (data["mris"], "mri")):
            for day in days:
                across = x(local_midnight(day, zone))
                painter.setPen(self._event_pen(gid))
                painter.drawLine(QPointF(across, plot.top()), QPointF(across, plot.bottom()))
                self._event_mark(gid, QPointF(across, plot.top() - self.pt(3.5)))

    def _event_pen(self, gid: str) -> QPen:
        if gid == "relapse":
            return self.pen(RELAPSE, 1.1, Qt.PenStyle.DotLine)
        return self.pen(INK, 0.9, Qt.PenStyle.DashDotLine)

    def _event_mark(self, gid: str, centre: QPointF) -> None:
        """▼ for a relapse, ■ for an MRI, centred on ``centre``."""
        painter = self.painter
        half = self.pt(3)
        painter.setPen(Qt.PenStyle.NoPen)
        if gid == "relapse":
            painter.setBrush(RELAPSE)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x() - half, centre.y() - half),
                        QPointF(centre.x() + half, centre.y() - half),
                        QPointF(centre.x(), centre.y() + half),
                    ]
                )
            )
        else:
            painter.setBrush(INK)
            painter.drawRect(
                QRectF(centre.x() - half * 0.8, centre.y() - half * 0.8, half * 1.6, half * 1.6)
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _lines(
        self, plot: QRectF, x: Callable[[datetime], float], y: Callable[[float], float]
    ) -> None:
        data = self.data
        zone = data["zone"]
        painter = self.painter
        painter.save()
        painter.setClipRect(plot.adjusted(-self.pt(3), -self.pt(3), self.pt(3), self.pt(3)))
        if data["rolling"]:
            average = [
                QPointF(x(when.astimezone(zone)), y(value)) for when, value in data["rolling"]
            ]
            pen = self.pen(AVERAGE, 2.4)
            pen.setDashPattern([2.2, 1.4])  # in widths of the pen: long, calm dashes
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(average))
        ordered = sorted(data["points"], key=lambda p: p.at)
        ratings = [QPointF(x(p.at.astimezone(zone)), y(p.value)) for p in ordered]
        painter.setPen(self.pen(RATINGS, 0.9))
        painter.drawPolyline(QPolygonF(ratings))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(RATINGS)
        radius = self.pt(1.6)
        for point in ratings:
            painter.drawEllipse(point, radius, radius)
        painter.restore()

    def _sample(self, gid: str, box: QRectF) -> None:
        """The legend's sample of the mark ``gid`` stands for, in ``box``."""
        painter = self.painter
        middle = box.center().y()
        left, right = QPointF(box.left(), middle), QPointF(box.right(), middle)
        if gid == "ratings":
            painter.setPen(self.pen(RATINGS, 0.9))
            painter.drawLine(left, right)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(RATINGS)
            painter.drawEllipse(box.center(), self.pt(1.6), self.pt(1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif gid == "rolling":
            pen = self.pen(AVERAGE, 2.4)
            pen.setDashPattern([2.2, 1.4])
            painter.setPen(pen)
            painter.drawLine(left, right)
        elif gid == "baseline":
            self._hatched(box.adjusted(0, box.height() * 0.2, 0, -box.height() * 0.2))
        elif gid == "treatment":
            painter.setPen(self.pen(INK, 1.4))
            painter.drawLine(
                QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom())
            )
        else:  # relapse, mri: their line upright, their mark at the top
            painter.setPen(self._event_pen(gid))
            painter.drawLine(left, right)


def value_ticks(low: float, high: float) -> list[float]:
    """Round values from ``low`` to ``high``: steps of 1, 2 or 5 times a power of ten,
    at most six of them (0–10: 0, 2, 4, 6, 8, 10)."""
    span = high - low
    if span <= 0:
        return [low]
    step = 10 ** math.floor(math.log10(span))
    for factor in (0.1, 0.2, 0.5, 1, 2, 5):
        if span / (step * factor) <= 5:
            step *= factor
            break
    first = math.ceil(low / step - 1e-9) * step
    ticks = []
    value = first
    while value <= high + 1e-9:
        ticks.append(round(value, 6))
        value += step
    return ticks


def time_ticks(
    start: datetime, end: datetime, zone: ZoneInfo
) -> list[tuple[datetime, Sequence[str]]]:
    """Ticks between ``start`` and ``end``, each with its words: the first of every month
    (or every second, third… month, at most seven ticks), the month's short name with the
    year under the first tick and under each January; for less than three months, days."""
    first = start.astimezone(zone).date()
    last = end.astimezone(zone).date()
    months = []
    day = date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            months.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    if len(months) >= 3:
        step = next((s for s in MONTH_STEPS if math.ceil(len(months) / s) <= MOST_TICKS), 12)
        kept = months[::step]
        return [
            (
                local_midnight(month, zone),
                (date_text(month, "MMM"), date_text(month, "yyyy"))
                if n == 0 or month.month == 1
                else (date_text(month, "MMM"),),
            )
            for n, month in enumerate(kept)
        ]
    days = (last - first).days + 1
    step = next((s for s in DAY_STEPS if math.ceil(days / s) <= MOST_TICKS), 28)
    ticks = [first + timedelta(days=n) for n in range(1, days, step)]
    return [
        (
            local_midnight(day, zone),
            (date_text(day, "d MMM"), date_text(day, "yyyy"))
            if n == 0
            else (date_text(day, "d MMM"),),
        )
        for n, day in enumerate(ticks)
    ]
