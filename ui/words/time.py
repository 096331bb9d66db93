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


def time_format() -> str:
    """The one way a time of day reads in the interface's language, in lists, forms, the PDF
    and charts alike: the locale's short time, "h:mm AP" (2:30 p.m.) in the US, Canada and
    Mexico, "HH:mm" (14:30) in Spain, Britain or the tests' C locale."""
    return QLocale().timeFormat(SHORT)


def twelve_hour() -> bool:
    """Whether times read on a 12-hour clock (with a.m. and p.m.)."""
    return "a" in time_format().lower()


def clock_text(at: time, format: Format = SHORT) -> str:
    """ "14:30" or "2:30 PM", as the locale writes a time of day."""
    return QLocale().toString(_qtime(at), format)


def here_text(at: datetime, zone: str) -> str:
    """An instant as a date and time where the user is (``zone``: the services' clock's)."""
    from journey.timekeeping import shown_in

    return moment_text(shown_in(at, zone))


def moment_text(moment: datetime, day_format: str = "d MMM yyyy") -> str:
    """A date and a time together ("12 Nov 2026, 14:30"), at the wall time ``moment``
    carries, the time as ``time_format`` writes it."""
    format = f"{day_format}, {time_format()}"
    return QLocale().toString(QDateTime(_qdate(moment.date()), _qtime(moment.time())), format)
