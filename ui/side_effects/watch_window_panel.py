"""One watch window's temperatures: a chart, a table of the same readings beside it and a
sentence that says what the chart shows (a chart is only an image to a screen reader).

Compact (issue 19, part 5): the chart's legend is one row of short names above the plot,
what each red-flag line means is said in full in a line of text under it, and the table keeps
one line per reading; the panel sits in the page with no scroll pane of its own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from journey.services.side_effects import Entry, Window
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.charts import FEVER_C, TemperatureChart, Threshold, threshold_lines
from ui.widgets.tables import Column, RowsModel, RowsTable
from ui.words.data import symptom_text
from ui.words.itinerary import clock_time, local_moment, zone_time
from ui.words.temperature import temperature_text, temperature_with_grade
from ui.words.time import date_text

AFTER_WHAT = {
    "reinfusion": QT_TRANSLATE_NOOP("watch_window", "the reinfusion"),
    "iv_infusion": QT_TRANSLATE_NOOP("watch_window", "the infusion"),
    "intrathecal_injection": QT_TRANSLATE_NOOP("watch_window", "the intrathecal injection"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("watch_window", text)


def readings_of(entries: Sequence[Entry]) -> list[tuple[datetime, float]]:
    """(local moment, °C) of every entry with a temperature, oldest first."""
    return sorted(
        (local_moment(e.details.at, e.details.zone), e.details.celsius)
        for e in entries
        if e.details.celsius is not None
    )


def reading_time(at: datetime, zone: str, computer_zone: str) -> str:
    """ "Mon 16 Nov 01:00" — short, for one line per reading (a watch window lasts days, not
    years), with the place named when it is not the computer's: "Mon 16 Nov 01:00 Tijuana
    time"."""
    local = local_moment(at, zone)
    text = f"{date_text(local.date(), 'ddd d MMM')} {clock_time(local)}"
    return zone_time(text, zone) if zone != computer_zone else text


def temperature_summary(
    readings: Sequence[tuple[datetime, float]], window: Window, unit: str
) -> str:
    """ "Highest 38.1 °C at 02:00 on 24 Nov, 14 hours after the reinfusion; 8 readings, 1 at
    or above 38.0 °C." Times in the zone of the reading."""
    if not readings:
        return _tr("No temperatures logged in this watch window yet.")
    when, highest = max(readings, key=lambda r: (r[1], -r[0].timestamp()))
    hours = round((when - window.opened_at).total_seconds() / 3600)
    after = AFTER_WHAT.get(window.kind)
    since = (
        _tr("%1 %2 after %3")
        .replace("%1", str(hours))
        .replace("%2", _tr("hour") if abs(hours) == 1 else _tr("hours"))
        .replace("%3", _tr(after) if after else _tr("the watch window opened"))
    )
    fevers = sum(1 for _, c in readings if c >= FEVER_C)
    count = len(readings)
    return (
        _tr("Highest %1 at %2 on %3, %4; %5 %6, %7 at or above %8.")
        .replace("%1", temperature_text(highest, unit))
        .replace("%2", clock_time(when))
        .replace("%3", date_text(when.date(), "d MMM"))
        .replace("%4", since)
        .replace("%5", str(count))
        .replace("%6", _tr("reading") if count == 1 else _tr("readings"))
        .replace("%7", str(fevers))
        .replace("%8", temperature_text(FEVER_C, unit))
    )


class WatchWindowPanel(QWidget):
    """The selected watch window: heading, summary sentence, chart and readings table."""

    def __init__(self, computer_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.computer_zone = computer_zone
        self.unit = "C"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setProperty("role", "headline")
        self.heading.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.chart = TemperatureChart()
        # What each red-flag line means, in full: text wraps here, not in the chart's legend.
        self.thresholds_note = QLabel()
        self.thresholds_note.setWordWrap(True)
        self.thresholds_note.setEnabled(False)  # the palette's quieter, still ≥ 4.5:1, text
        self.readings = RowsTable(
            RowsModel(
                [
                    Column(
                        _tr("When"),
                        lambda e: reading_time(e.details.at, e.details.zone, self.computer_zone),
                        sort=lambda e: e.details.at.timestamp(),
                    ),
                    Column(
                        _tr("Temperature"),
                        lambda e: temperature_with_grade(e.details.celsius, self.unit),
                        sort=lambda e: e.details.celsius,
                        numeric=True,
                    ),
                    Column(
                        _tr("Symptom"), lambda e: symptom_text(e.details.symptom), secondary=True
                    ),
                ],
                key=lambda e: e.id,
                parent=self,
            ),
            _tr("Temperatures in this watch window"),
        )  # short texts (reading_time): one line per reading where the panel has room
        # Short at any text size (the panel has no scroll pane of its own: issue 19): the
        # table scrolls its rows, the chart takes what height the page gives it; side by side
        # even at 200 % text, where one above the other no longer fits an 800 px window.
        self.readings.visible_rows = 2
        self.row.addWidget(self.chart, 3)
        self.row.addWidget(self.readings, 2)
        layout.addLayout(self.row, 1)
        layout.addWidget(self.thresholds_note)  # the panel's full width: fewer lines

    def show_window(
        self, window: Window, entries: Sequence[Entry], thresholds: Sequence[Threshold], unit: str
    ) -> None:
        self.unit = unit
        with_temperature = sorted(
            (e for e in entries if e.details.celsius is not None), key=lambda e: e.details.at
        )
        readings = readings_of(with_temperature)
        self.heading.setText(_tr("Temperatures: %1").replace("%1", window.title))
        self.summary.setText(temperature_summary(readings, window, unit))
        self.chart.setAccessibleName(_tr("Temperature chart"))
        self.chart.setAccessibleDescription(self.summary.text())
        self.readings.reload(with_temperature)
        self.thresholds_note.setText("\n".join(threshold_lines(thresholds)))
        self.thresholds_note.setVisible(bool(thresholds))
        self.chart.show_readings(readings, thresholds, unit)
