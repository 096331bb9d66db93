"""Adding or editing one clinical record: a relapse, an MRI result, an EDSS report or a
medication. Numbers are typed and read here (a count that is not a whole number, an EDSS
score with a comma or a point); the domain's problems show beside their fields; nothing is
stored until everything is right, and what was typed stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from journey.aftercare import EdssDetails, MedicationDetails, MriDetails, RelapseDetails
from journey.errors import Problem
from ui.widgets.form_dialog import FormDialog
from ui.widgets.forms import (
    DateBox,
    choice_box,
    date_box,
    line,
    notes_box,
    parse_number,
    read_date,
    set_choice,
    write_date,
)


def parse_count(field: str, text: str) -> tuple[int | None, Problem | None]:
    """A whole number of lesions; empty means the report does not say."""
    text = text.strip()
    if not text:
        return None, None
    value, ok = QLocale().toInt(text)
    if ok:
        return value, None
    try:
        return int(text), None
    except ValueError:
        return None, Problem(field, "not_a_number")


def count_text(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


class RecordDialog(FormDialog):
    """The shared part: Save checks with the records' own rules, plus what could not be read
    from the typing (which wins over the domain's word on the same field)."""

    def __init__(
        self,
        records: Any,
        today: date,
        initial: Any | None = None,
        parent: QWidget | None = None,
        save: Callable[[Any], Any] | None = None,
    ) -> None:
        super().__init__(self.title(initial is None), parent, save)
        self.records = records
        self.today = today
        self.details: Any | None = None
        self.build()
        if initial is not None:
            self.write(initial)

    def title(self, adding: bool) -> str:
        raise NotImplementedError

    def build(self) -> None:
        raise NotImplementedError

    def write(self, details: Any) -> None:
        raise NotImplementedError

    def read(self) -> tuple[Any, list[Problem]]:
        raise NotImplementedError

    def date_box(self, optional: bool = False) -> DateBox:
        box = date_box(optional, start_from=self.today)
        if not optional:
            write_date(box, self.today)
        return box

    def accept(self) -> None:
        details, typing = self.read()
        typed_wrong = {p.field for p in typing}
        problems = [p for p in self.records.check(details) if p.field not in typed_wrong]
        order = list(self.form.fields)  # the focus goes to the first wrong field from the top
        problems = sorted(
            problems + typing, key=lambda p: order.index(p.field) if p.field in order else 0
        )
        if self.show_problems(problems):
            return
        self.finish(details)

    @classmethod
    def ask(
        cls,
        records: Any,
        save: Callable[[Any], Any],
        today: date,
        initial: Any | None = None,
        parent: QWidget | None = None,
    ) -> Any | None:
        """The record as stored by ``save``, or None if the user cancelled."""
        return cls(records, today, initial, parent, save).run()


class RelapseDialog(RecordDialog):
    def title(self, adding: bool) -> str:
        return self.tr("Add a relapse") if adding else self.tr("Edit relapse")

    def build(self) -> None:
        add = self.form.add
        self.started = add("started", self.tr("St&arted on"), self.date_box())
        self.ended = add(
            "ended",
            self.tr("&Ended on"),
            self.date_box(optional=True),
            self.tr(
                "Leave it “Not set” while the relapse goes on. To clear a date, select it "
                "all and press Delete."
            ),
        )
        self.symptoms = add("symptoms", self.tr("S&ymptoms"), notes_box())
        self.steroids = add(
            "steroids",
            self.tr("S&teroid treatment"),
            line(placeholder=self.tr("for example methylprednisolone 1 g a day for 3 days")),
            self.tr("Leave empty if there was none."),
        )
        self.started.setFocus()

    def write(self, details: RelapseDetails) -> None:
        write_date(self.started, details.started)
        write_date(self.ended, details.ended)
        self.symptoms.setPlainText(details.symptoms)
        self.steroids.setText(details.steroids)

    def read(self) -> tuple[RelapseDetails, list[Problem]]:
        details = RelapseDetails(
            started=read_date(self.started) or self.today,
            ended=read_date(self.ended),
            symptoms=self.symptoms.toPlainText(),
            steroids=self.steroids.text(),
        )
        return details, []


class MriDialog(RecordDialog):
    COUNTS = ("new_t2", "enhancing")

    def title(self, adding: bool) -> str:
        return self.tr("Add an MRI result") if adding else self.tr("Edit MRI result")

    def build(self) -> None:
        add = self.form.add
        self.on = add("on", self.tr("&Date of the scan"), self.date_box())
        self.new_t2 = add(
            "new_t2",
            self.tr("&New or enlarging T2 lesions"),
            line(placeholder=self.tr("for example 0")),
            self.tr("Leave empty if the report does not say."),
        )
        self.enhancing = add(
            "enhancing",
            self.tr("&Gadolinium-enhancing lesions"),
            line(placeholder=self.tr("for example 0")),
            self.tr(
                "Lesions that light up with contrast — leave empty if the report does not say."
            ),
        )
        self.report = add(
            "report",
            self.tr("&Report"),
            notes_box(),
            self.tr("The radiologist's words, or what your neurologist told you."),
        )
        self.on.setFocus()

    def write(self, details: MriDetails) -> None:
        write_date(self.on, details.on)
        self.new_t2.setText(count_text(details.new_t2))
        self.enhancing.setText(count_text(details.enhancing))
        self.report.setPlainText(details.report)

    def read(self) -> tuple[MriDetails, list[Problem]]:
        new_t2, new_t2_problem = parse_count("new_t2", self.new_t2.text())
        enhancing, enhancing_problem = parse_count("enhancing", self.enhancing.text())
        details = MriDetails(
            on=read_date(self.on) or self.today,
            new_t2=new_t2,
            enhancing=enhancing,
            report=self.report.toPlainText(),
        )
        return details, [p for p in (new_t2_problem, enhancing_problem) if p is not None]

    def show_problems(self, problems: list[Problem]) -> bool:
        shown = super().show_problems(problems)
        # "Enter a number, for example 3.5" would mislead here: a count is whole.
        for problem in problems:
            if problem.field in self.COUNTS and problem.code == "not_a_number":
                self.form.errors[problem.field].show_problem(
                    self.tr("Enter a whole number, for example 0 or 2.")
                )
        return shown


class EdssDialog(RecordDialog):
    def title(self, adding: bool) -> str:
        return self.tr("Add an EDSS report") if adding else self.tr("Edit EDSS report")

    def build(self) -> None:
        add = self.form.add
        self.on = add("on", self.tr("&Date of the examination"), self.date_box())
        self.score = add(
            "score",
            self.tr("S&core"),
            line(placeholder=self.tr("for example 3.5")),
            self.tr(
                "As your neurologist reported it: 0 to 10 in steps of 0.5. "
                "Journey never works it out."
            ),
        )
        self.reported_by = add(
            "reported_by",
            self.tr("&Reported by"),
            line(placeholder=self.tr("for example Dr. Ruiz, neurologist")),
        )
        self.on.setFocus()

    def write(self, details: EdssDetails) -> None:
        write_date(self.on, details.on)
        self.score.setText(QLocale().toString(details.score, "f", 1))
        self.reported_by.setText(details.reported_by)

    def read(self) -> tuple[EdssDetails, list[Problem]]:
        score, problem = parse_number("score", self.score.text())
        if score is None and problem is None:
            problem = Problem("score", "required")
        details = EdssDetails(
            on=read_date(self.on) or self.today,
            score=0.0 if score is None else score,  # stands in while the typing is wrong
            reported_by=self.reported_by.text(),
        )
        return details, [] if problem is None else [problem]


class MedicationDialog(RecordDialog):
    """A medicine as the team prescribed it: the dose and schedule in the user's words (as
    before), and, for reminders, a structured schedule and what stops it. Nothing is filled in
    as advice: the dose is the user's to type."""

    def title(self, adding: bool) -> str:
        return self.tr("Add a medication") if adding else self.tr("Edit medication")

    def build(self) -> None:
        from ui.words.medications import (
            ROUTE_CHOICES,
            SCHEDULE_CHOICES,
            STOP_CHOICES,
            choices,
            weekday_name,
        )

        add = self.form.add
        self.name = add(
            "name", self.tr("&Name"), line(placeholder=self.tr("for example aciclovir"))
        )
        self.dose = add(
            "dose", self.tr("&Dose"), line(placeholder=self.tr("as your team wrote it"))
        )
        self.schedule = add(
            "schedule",
            self.tr("S&chedule in your words"),
            line(placeholder=self.tr("for example twice a day, after meals")),
        )
        self.started = add("started", self.tr("St&arted on"), self.date_box())
        self.stopped = add(
            "stopped",
            self.tr("S&topped on"),
            self.date_box(optional=True),
            self.tr(
                "The first day without it. Leave it “Not set” while you still take it. To clear "
                "a date, select it all and press Delete."
            ),
        )
        self.route = add("route", self.tr("&Route"), choice_box(choices(ROUTE_CHOICES)))
        self.kind = add(
            "schedule_kind",
            self.tr("Re&minders"),
            choice_box(choices(SCHEDULE_CHOICES)),
            self.tr("Journey reminds you of each dose while it is open, and Today lists them."),
        )
        self.times = add(
            "dose_times",
            self.tr("T&imes of day"),
            line(placeholder=self.tr("for example 08:00 20:00")),
            self.tr("On a 24-hour clock, separated by spaces, where you are."),
        )
        self.every_days = add("every_days", self.tr("E&very how many days"), line(placeholder="2"))
        self.weekdays = add("weekdays", self.tr("Days of the &week"), QWidget())
        row = QHBoxLayout(self.weekdays)
        row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: dict[int, QCheckBox] = {}
        for iso_day in range(1, 8):
            box = QCheckBox(weekday_name(iso_day)[:3])
            box.setAccessibleName(weekday_name(iso_day))
            self.day_boxes[iso_day] = box
            row.addWidget(box)
        row.addStretch(1)
        self.stop_when = add("stop_when", self.tr("It sto&ps"), choice_box(choices(STOP_CHOICES)))
        self.notes = add("notes", self.tr("N&otes"), notes_box())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        # A long form: it scrolls inside the dialog rather than outgrow a small screen at
        # 200 % text (Save and Cancel stay in view).
        column = self.layout()
        assert isinstance(column, QVBoxLayout)  # FormDialog's
        column.removeWidget(self.form)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.form)
        column.insertWidget(0, self.scroller, 1)
        self.name.setFocus()

    def fit_height(self) -> None:
        """The whole form when it fits, else nine tenths of the screen (it scrolls)."""
        width = max(self.width(), self.minimumWidth())
        self.form.layout_.invalidate()
        wanted = self.form.heightForWidth(width) + self.save_button.sizeHint().height() + 64
        screen = self.screen().availableGeometry().height() if self.screen() else wanted
        self.resize(width, min(wanted, int(screen * 0.9)))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.times.setEnabled(kind in ("times_a_day", "every_n_days", "weekdays"))
        self.every_days.setEnabled(kind == "every_n_days")
        self.weekdays.setEnabled(kind == "weekdays")

    def write(self, details: MedicationDetails) -> None:
        from journey.medications import times_text

        self.name.setText(details.name)
        self.dose.setText(details.dose)
        set_choice(self.route, details.route)
        self.schedule.setText(details.schedule)
        plan = details.dose_schedule
        set_choice(self.kind, plan.kind if plan else "")
        self.times.setText(times_text(plan.times) if plan else "")
        self.every_days.setText(str(plan.every_days) if plan and plan.every_days else "")
        for iso_day, box in self.day_boxes.items():
            box.setChecked(plan is not None and iso_day in plan.weekdays)
        write_date(self.started, details.started)
        set_choice(self.stop_when, details.stop_when)
        write_date(self.stopped, details.stopped)
        self.notes.setPlainText(details.notes)

    def read(self) -> tuple[MedicationDetails, list[Problem]]:
        from journey.medications import DoseSchedule, parse_times

        typing: list[Problem] = []
        kind = self.kind.currentData() or ""
        plan = None
        if kind:
            times, problem = parse_times("dose_times", self.times.text())
            if problem is not None and kind != "as_needed":
                typing.append(problem)
            every = None
            if kind == "every_n_days":
                number, problem = parse_count("every_days", self.every_days.text())
                if problem is not None:
                    typing.append(problem)
                every = number
            days = tuple(d for d, box in self.day_boxes.items() if box.isChecked())
            plan = DoseSchedule(
                kind,
                times if kind != "as_needed" else (),
                every,
                days if kind == "weekdays" else (),
            )
        details = MedicationDetails(
            name=self.name.text(),
            started=read_date(self.started) or self.today,
            stopped=read_date(self.stopped),
            dose=self.dose.text(),
            schedule=self.schedule.text(),
            notes=self.notes.toPlainText(),
            route=self.route.currentData() or "",
            dose_schedule=plan,
            stop_when=self.stop_when.currentData() or "date",
        )
        return details, typing
