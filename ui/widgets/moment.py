"""When something was logged: a date and a time that, left as offered, mean the very instant
the form was opened (so no guess is needed even in the hour that happens twice when the
clocks go back); a typed time that does not exist or happens twice is refused, never guessed
(SPEC §4). Shared by the quick log and the rating form."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QCoreApplication, QDate, QTime

from journey.errors import Problem
from journey.timekeeping import shown_in, to_instant, wall_time_problem
from ui.widgets.forms import Form, date_box, refused_date_problem, time_box


class MomentFields:
    def __init__(self, opened_at: datetime, zone: str) -> None:
        self.zone = zone
        self.day = date_box()
        self.at = time_box()
        self.offer(opened_at)

    def add_to(self, form: Form) -> None:
        tr = QCoreApplication.translate
        form.add("day", tr("moment", "&Date"), self.day)
        place = self.zone.rsplit("/", 1)[-1].replace("_", " ")
        form.add("at", tr("moment", "T&ime (%1 time)").replace("%1", place), self.at)

    def offer(self, at: datetime) -> None:
        """Show ``at`` (now, or a stored moment being edited): left so, it is that instant."""
        self._opened_at = at
        local = shown_in(at, self.zone)
        self._offered = (local.date(), local.hour, local.minute)
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.at.setTime(QTime(local.hour, local.minute))

    def read(self) -> tuple[datetime, list[Problem]]:
        refused = refused_date_problem("day", self.day)
        if refused is not None:  # a typed date was not taken: nothing is saved on a guess
            return self._opened_at, [refused]
        # QDate.toPython gives a datetime.date, QTime's a datetime.time; the stubs say object.
        day = cast(date, self.day.date().toPython())
        clock = self.at.time()
        if (day, clock.hour(), clock.minute()) == self._offered:
            return self._opened_at, []
        wall = datetime.combine(day, cast(time, clock.toPython()))
        problem = wall_time_problem("at", wall.date(), wall.time(), self.zone)
        if problem is not None:
            return self._opened_at, [problem]
        return to_instant(wall, self.zone), []
