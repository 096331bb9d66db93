"""Today's side-effect boxes (SPEC §2.4): the open watch windows with their hours, expected
effects and check-in prompt, and the entries logged today.

The check-in prompt is a line and a button on the page: never a popup, never taking the focus.
The minute timer only changes texts, so it cannot disturb someone typing.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journey.errors import InvalidInput, Problem
from journey.services.side_effects import expected_effects, watch_defaults
from journey.timekeeping import shown_in, to_instant, wall_time_problem
from ui.widgets.form_dialog import SavesInPlace, keep_the_default
from ui.words.data import symptom_text, tr_data
from ui.words.itinerary import time_text
from ui.words.severity import severity_text
from ui.words.temperature import temperature_text
from ui.words.time import clock_text, date_text

if TYPE_CHECKING:
    from journey.services import JournalServices
    from journey.services.side_effects import Window

MINUTE_MS = 60_000


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _hours(value: float) -> str:
    """Whole hours, or tenths in the first hour (a window just opened says 0.5, not 0)."""
    return str(int(value)) if value >= 1 or value == 0 else QLocale().toString(value, "f", 1)


class WatchPanel(QGroupBox):
    """The open watch windows; ``refresh`` reads them again (every minute, after each log)."""

    status = Signal(str)

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Watch windows"))
        self.services = services
        layout = QVBoxLayout(self)
        self.windows_text = QLabel()
        self.windows_text.setWordWrap(True)
        self.windows_text.setTextFormat(Qt.TextFormat.RichText)
        self.windows_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.windows_text)

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-weight: bold")
        self.check_in_button = QPushButton(self.tr("Check &in now"))
        self.check_in_button.setMinimumHeight(36)
        self.check_in_button.clicked.connect(self.check_in)
        prompt_row = QHBoxLayout()
        prompt_row.addWidget(self.prompt, 1)
        prompt_row.addWidget(self.check_in_button)
        layout.addLayout(prompt_row)

        self.start_button = QPushButton(self.tr("Start a &watch window…"))
        self.start_button.setMinimumHeight(36)
        self.start_button.setToolTip(
            self.tr("For an infusion that is not in the timeline: 48 hours from when it ended.")
        )
        self.start_button.clicked.connect(self.start_window)
        self.length_button = QPushButton(self.tr("Change the &length…"))
        self.length_button.setMinimumHeight(36)
        self.length_button.setToolTip(
            self.tr("48 hours by default; your clinic may say otherwise.")
        )
        self.length_button.clicked.connect(self.change_length)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addWidget(self.length_button)
        start_row.addStretch(1)
        layout.addLayout(start_row)

        self.timer = QTimer(self)
        self.timer.setInterval(MINUTE_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.due: list[Window] = []
        self.open_windows: list[Window] = []

    def refresh(self) -> None:
        """Read the open windows again. Only texts change: the focus stays where it is."""
        windows = self.services.watch_windows
        now = self.services.clock.now()
        open_now = windows.open_now()
        self.open_windows = open_now
        self.length_button.setVisible(bool(open_now))
        self.due = [w for w in open_now if windows.check_in_due(w)]
        if not open_now:
            self.windows_text.setText(
                self.tr(
                    "No watch window is open. One opens for 48 hours when you mark an "
                    "infusion done in the Timeline."
                )
            )
        else:
            self.windows_text.setText("".join(self._describe(w, now) for w in open_now))
        self.prompt.setVisible(bool(self.due))
        self.check_in_button.setVisible(bool(self.due))
        if self.due:
            hours = watch_defaults()[1]
            self.prompt.setText(
                self.tr(
                    "Time for a check-in: nothing logged in “%1” for %2 hours. How do you feel, "
                    "and what is your temperature?"
                )
                .replace("%1", self.due[0].title)
                .replace("%2", str(hours))
            )
            self.check_in_button.setAccessibleName(self.tr("Check in now: log how you feel"))

    def _describe(self, window: Window, now: datetime) -> str:
        count = self.services.side_effects.count(window_id=window.id)
        hours = (
            self.tr("%1 h since, %2 h left")
            .replace("%1", _hours(window.elapsed_hours(now)))
            .replace("%2", _hours(window.remaining_hours(now)))
        )
        closes = shown_in(window.closes_at, self.services.clock.zone)
        until = self.tr("open until %1").replace(
            "%1",
            f"{date_text(closes.date(), 'ddd d MMM')} {clock_text(closes.time())}",
        )
        logged = (
            self.tr("1 entry logged in it")
            if count == 1
            else self.tr("%1 entries logged in it").replace("%1", str(count))
        )
        effects = expected_effects(window.kind)
        listed = "".join(f"<li>{_escape(tr_data(e))}</li>" for e in effects)
        expected = (
            f"{self.tr('Expected effects:')}<ul style='margin-top:0'>{listed}</ul>"
            if effects
            else ""
        )
        return f"<p><b>{_escape(window.title)}</b>: {hours} ({until}); {logged}.</p>{expected}"

    def check_in(self) -> None:
        title = self.tr("Check in: how do you feel?")
        from ui.side_effects.quick_log import log_symptom

        said = log_symptom(self.services, self, title=title)
        if said is not None:
            self.status.emit(said)

    def change_length(self) -> None:
        """Lengthen or shorten the newest open window (SPEC §2.4: 48 h by default, adjustable)."""
        if not self.open_windows:
            return
        window = self.open_windows[0]
        hours, ok = QInputDialog.getInt(
            self,
            self.tr("Length of the watch window"),
            self.tr("Hours that “%1” lasts, from when it opened (1 to 168):").replace(
                "%1", window.title
            ),
            window.hours,
            1,
            168,
        )
        if not ok or hours == window.hours:
            return
        self.services.watch_windows.set_hours(window.id, hours)
        self.status.emit(
            self.tr("“%1” now lasts %2 hours.")
            .replace("%1", window.title)
            .replace("%2", str(hours))
        )

    def start_window(self) -> None:
        window = StartWindowDialog.ask(self.services, self)
        if window is not None:
            self.status.emit(
                self.tr("Watch window “%1” started: %2 hours.")
                .replace("%1", window.title)
                .replace("%2", str(window.hours))
            )


class TodayEntries(QGroupBox):
    """Today's side-effect entries, briefly, the newest first."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Side effects logged today"))
        self.services = services
        layout = QVBoxLayout(self)
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.lines)

    def refresh(self) -> None:
        clock = self.services.clock
        today = clock.today()
        since = to_instant(datetime.combine(today, time()), clock.zone)
        until = to_instant(datetime.combine(today + timedelta(days=1), time()), clock.zone)
        entries = self.services.side_effects.entries(since=since, until=until, limit=20)
        unit = self.services.settings.preferences().temperature_unit
        flagged = self.services.red_flags.flagged_entries() if entries else set()
        lines = []
        for entry in entries:
            details = entry.details
            at = time_text(details.at, details.zone, clock.zone)
            symptom = symptom_text(details.symptom)
            if entry.id in flagged:  # its red flag was seen: it keeps the mark
                symptom = self.tr("⚑ %1 (red flag seen)").replace("%1", symptom)
            parts = [at, symptom, severity_text(details.severity)]
            if details.celsius is not None:
                parts.append(temperature_text(details.celsius, unit))
            lines.append(" · ".join(parts))
        self.lines.setText(
            "\n".join(lines)
            if lines
            else self.tr("Nothing logged today. Press Ctrl+L to log a symptom.")
        )


class StartWindowDialog(SavesInPlace, QDialog):
    """Start a watch window by hand, for an infusion that is not in the timeline. Escape with
    something typed asks before discarding it (SavesInPlace)."""

    def __init__(self, services: JournalServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.window_: Window | None = None
        self.zone = services.clock.zone
        self.setWindowTitle(self.tr("Start a watch window"))
        layout = QVBoxLayout(self)
        from ui.widgets.forms import Form, date_box, line, time_box

        self.form = Form()
        self.title = self.form.add("title", self.tr("&What was given"), line())
        now = shown_in(services.clock.now(), self.zone)
        self.day = date_box()
        self.day.setDate(QDate(now.year, now.month, now.day))
        self.at = time_box()
        self.at.setTime(QTime(now.hour, now.minute))
        self.form.add("day", self.tr("&Date it ended"), self.day)
        self.form.add("opened_at", self.tr("T&ime it ended (this computer's time)"), self.at)
        self.hours = QSpinBox()
        self.hours.setRange(1, 168)
        self.hours.setValue(watch_defaults()[0])
        self.hours.setSuffix(self.tr(" hours"))
        self.form.add("hours", self.tr("&Length of the window"), self.hours)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(self.tr("Start"))
        self.save_button = start
        for button in buttons.buttons():
            button.setMinimumHeight(36)
        keep_the_default(buttons, start)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        from ui.widgets.forms import take_typed_dates

        if not take_typed_dates(self.form):  # a date typed is read first; refused, it stays
            return
        day = cast(date, self.day.date().toPython())  # Qt's stub says object
        at = cast(time, self.at.time().toPython())
        problem: Problem | None = wall_time_problem("opened_at", day, at, self.zone)
        if problem is not None:  # a time in the gap, or in the hour that happens twice
            self.form.show_problems([problem])
            return
        wall = datetime.combine(day, at)
        try:
            self.window_ = self.services.watch_windows.start(
                self.title.text(), to_instant(wall, self.zone), self.hours.value()
            )
        except InvalidInput as exc:
            self.form.show_problems(list(exc.problems))
            return
        self.accept()

    @classmethod
    def ask(cls, services: JournalServices, parent: QWidget | None = None) -> Window | None:
        dialog = cls(services, parent)
        try:
            return dialog.window_ if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
