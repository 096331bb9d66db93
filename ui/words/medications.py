"""How medications and their doses read on screen (issue 18, part 6): the route, the
structured schedule, what stops a medicine, and one dose's line, each worded once here."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from journey.aftercare import MedicationDetails
from journey.medications import DoseRecord, DoseSchedule
from journey.timekeeping import shown_in
from ui.i18n import QT_TRANSLATE_NOOP
from ui.words.time import clock_text, weekday_date_text
from ui.words.vocabulary import recorded_by_text

CONTEXT = "medications"

ROUTE_CHOICES = [
    ("", QT_TRANSLATE_NOOP("medications", "Not said")),
    ("mouth", QT_TRANSLATE_NOOP("medications", "By mouth")),
    ("under_skin", QT_TRANSLATE_NOOP("medications", "Injection under the skin")),
    ("vein", QT_TRANSLATE_NOOP("medications", "Into a vein")),
    ("other", QT_TRANSLATE_NOOP("medications", "Other")),
]
SCHEDULE_CHOICES = [
    ("", QT_TRANSLATE_NOOP("medications", "No reminders: the schedule in words only")),
    ("times_a_day", QT_TRANSLATE_NOOP("medications", "Every day, at given times")),
    ("every_n_days", QT_TRANSLATE_NOOP("medications", "Every few days, at given times")),
    ("weekdays", QT_TRANSLATE_NOOP("medications", "On given days of the week")),
    ("as_needed", QT_TRANSLATE_NOOP("medications", "As needed")),
]
STOP_CHOICES = [
    ("date", QT_TRANSLATE_NOOP("medications", "On a date (or not known yet)")),
    ("neutrophils", QT_TRANSLATE_NOOP("medications", "When my neutrophils recover")),
    ("team", QT_TRANSLATE_NOOP("medications", "When my team says")),
]
STATUS_CHOICES = [
    ("taken", QT_TRANSLATE_NOOP("medications", "taken")),
    ("late", QT_TRANSLATE_NOOP("medications", "taken late")),
    ("skipped", QT_TRANSLATE_NOOP("medications", "skipped")),
]


def _tr(text: str) -> str:
    return QCoreApplication.translate("medications", text)


def choices(options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(stored value, translated words) pairs for a choice box."""
    return [(value, _tr(text)) for value, text in options]


def shown(options: list[tuple[str, str]], value: str) -> str:
    return next((_tr(text) for code, text in options if code == value), value)


def weekday_name(iso_day: int) -> str:
    """ "Monday"… in the user's language (ISO: Monday is 1)."""
    return QLocale().dayName(iso_day)


def schedule_text(schedule: DoseSchedule | None) -> str:
    """ "08:00 and 20:00 every day", "every 2 days at 08:00", "Mon, Wed, Fri at 08:00",
    "as needed"; empty for no structured schedule."""
    if schedule is None:
        return ""
    times = ", ".join(clock_text(t) for t in schedule.times)
    if schedule.kind == "as_needed":
        return _tr("as needed")
    if schedule.kind == "every_n_days":
        return (
            _tr("every %1 days at %2")
            .replace("%1", QLocale().toString(schedule.every_days or 1))
            .replace("%2", times)
        )
    if schedule.kind == "weekdays":
        days = ", ".join(
            QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in schedule.weekdays
        )
        return _tr("%1 at %2").replace("%1", days).replace("%2", times)
    return _tr("every day at %1").replace("%1", times)


def stop_text(details: MedicationDetails) -> str:
    """What ends it, for the Stop column: a date, "ongoing", or the condition."""
    if details.stopped is not None:
        return weekday_date_text(details.stopped)
    if details.stop_when == "neutrophils":
        return _tr("when neutrophils recover")
    if details.stop_when == "team":
        return _tr("when the team says")
    return _tr("ongoing")


def medicine_text(name: str, dose: str, route: str = "") -> str:
    """ "Aciclovir 400 mg, by mouth"."""
    text = f"{name} {dose}".strip()
    if route:
        text += ", " + shown(ROUTE_CHOICES, route).lower()
    return text


def record_text(record: DoseRecord, zone: str) -> str:
    """ "✓ taken at 08:05 by the patient": what was recorded, its time and who (on its
    day, if it was not recorded the day the dose was due)."""
    status = shown(STATUS_CHOICES, record.status)
    at = shown_in(record.recorded_at, zone)
    when = clock_text(at.time())
    if at.date() != record.due_local.date():
        when = f"{weekday_date_text(at.date())} {when}"
    mark = "✗" if record.status == "skipped" else "✓"
    return (
        _tr("%1 %2, recorded %3 by %4")
        .replace("%1", mark)
        .replace("%2", status)
        .replace("%3", when)
        .replace("%4", recorded_by_text(record.recorded_by).lower())
    )


def due_line(name: str, dose: str, route: str, local: datetime) -> str:
    """ "08:00 — Aciclovir 400 mg, by mouth"."""
    return f"{clock_text(local.time())} — {medicine_text(name, dose, route)}"


def reminder_text(name: str, dose: str, local: datetime) -> str:
    """The reminder's words: "08:00: time for Aciclovir 400 mg."."""
    return (
        _tr("%1: time for %2 (as your team prescribed). Record it on Today.")
        .replace("%1", clock_text(local.time()))
        .replace("%2", f"{name} {dose}".strip())
    )
