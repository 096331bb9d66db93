"""A reminder in words (journey.reminders.Reminder): the notification's title and its one or
two calm sentences, translated under "reminders". Doses keep the medicines page's own words
(ui.words.medications.reminder_text)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.words.itinerary import kind_text
from ui.words.medications import reminder_text
from ui.words.time import weekday_date_text

if TYPE_CHECKING:
    from datetime import date

    from journey.reminders import Reminder


def _tr(text: str) -> str:
    return QCoreApplication.translate("reminders", text)


def reminder_title(reminder: Reminder) -> str:
    """The notification's heading."""
    titles = {
        "check_in": _tr("Journey: time for a check-in"),
        "rating": _tr("Journey: a rating is due"),
        "baseline": _tr("Journey: a baseline rating is wanted"),
        "follow_up": _tr("Journey: a follow-up is due"),
        "dose": _tr("Journey: a dose is due"),
    }
    return titles.get(reminder.kind, _tr("Journey"))


def reminder_words(reminder: Reminder, today: date) -> str:
    """The notification's text; the same words go to the status bar."""
    kind = reminder.kind
    if kind == "check_in":
        return (
            _tr(
                "Nothing logged in “%1” for %2 hours. How do you feel, and what is your "
                "temperature? Press Ctrl+L in Journey to log it."
            )
            .replace("%1", reminder.title)
            .replace("%2", str(reminder.hours))
        )
    if kind == "baseline":
        return _tr(
            "Before treatment starts, rate how you are now: it becomes your baseline. It takes "
            "about a minute."
        )
    if kind == "rating":
        return _tr("Your rating is due. It takes about a minute: press Ctrl+R in Journey.")
    if kind == "follow_up" and reminder.local is not None:
        day = reminder.local.date()
        text = (
            _tr("%1 (%2) is planned for today. Mark it done on Today once it is done.")
            if day >= today
            else _tr("%1 (%2) was planned for %3. Mark it done on Today once it is done.")
        )
        return (
            text.replace("%1", reminder.title)
            .replace("%2", kind_text(reminder.detail))
            .replace("%3", weekday_date_text(day))
        )
    if kind == "dose" and reminder.local is not None:
        return reminder_text(reminder.title, reminder.detail, reminder.local)
    return reminder.title
