"""How days and times read, in the locale's words: a date, a time of day, a moment.

Python's date, time and datetime become Qt's here, once: PySide accepts them where its stubs
want QDate/QTime/QDateTime, and converting explicitly keeps every caller typed. A moment is
shown at the wall time it carries (convert it to the zone to show first).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

Format = str | QLocale.FormatType
SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(at: time) -> QTime:
    return QTime(at.hour, at.minute, at.second)


def date_text(day: date, format: Format = "d MMM yyyy") -> str:
    """ "12 Nov 2026" (or another Qt date format)."""
    return QLocale().toString(_qdate(day), format)


def weekday_date_text(day: date) -> str:
    """ "Thu 12 Nov 2026"."""
    return date_text(day, "ddd d MMM yyyy")


# The one way a time of day reads, in every language, in lists, forms, the PDF and charts
# alike: on the 24-hour clock, as clinics' schedules and airlines' tickets write it. A
# 12-hour time box starts at "12:00 p.m." and keeps the p.m. when "11:10" is typed: an arrival
# typed in the morning was stored twelve hours late. 14:30 is never read as anything else.
TIME_FORMAT = "HH:mm"


def clock_text(at: time) -> str:
    """ "14:30": a time of day as Journey writes it everywhere."""
    return QLocale().toString(_qtime(at), TIME_FORMAT)


def here_text(at: datetime, zone: str) -> str:
    """An instant as a date and time where the user is (``zone``: the services' clock's)."""
    from journey.timekeeping import shown_in

    return moment_text(shown_in(at, zone))


def moment_text(moment: datetime, day_format: str = "d MMM yyyy") -> str:
    """A date and a time together ("12 Nov 2026, 14:30"), at the wall time ``moment``
    carries, the time as ``time_format`` writes it."""
    format = f"{day_format}, {TIME_FORMAT}"
    return QLocale().toString(QDateTime(_qdate(moment.date()), _qtime(moment.time())), format)
