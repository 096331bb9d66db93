"""What is due to be told while Journey runs (journey.reminders): check-ins, ratings, doses,
told once each, held in quiet hours and told when they end. No Qt here."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from journey.medications import DoseSchedule
from journey.reminders import (
    QuietHours,
    Reminder,
    ReminderBook,
    check_in_reminder,
    clock_time,
    due_reminders,
)
from journey.services import JournalServices
from journey.services.medications import MedicationDetails
from journey.services.side_effects import EntryDetails, Window
from journey.settings import QUIET_FROM
from tests.journey.helpers import HOME_ZONE, NOW

SIX_HOURS = timedelta(hours=6)  # the check-in interval (SPEC §2.4, watch_defaults)
WINDOW = Window(1, None, "manual", "Infusion", NOW - timedelta(hours=7), HOME_ZONE, 48)


def test_a_check_in_falls_due_after_the_interval_with_nothing_logged() -> None:
    opened = WINDOW.opened_at
    assert (
        check_in_reminder(WINDOW, None, opened + SIX_HOURS - timedelta(minutes=1), SIX_HOURS)
        is None
    )
    due = check_in_reminder(WINDOW, None, opened + SIX_HOURS, SIX_HOURS)
    assert due is not None
    assert (due.kind, due.title, due.hours, due.due_at) == (
        "check_in",
        "Infusion",
        6,
        opened + SIX_HOURS,
    )
    # The same one a minute later; a new one six hours on, if still nothing is logged.
    a_minute_later = check_in_reminder(
        WINDOW, None, opened + SIX_HOURS + timedelta(minutes=1), SIX_HOURS
    )
    assert a_minute_later == due
    again = check_in_reminder(WINDOW, None, opened + 2 * SIX_HOURS, SIX_HOURS)
    assert again is not None
    assert again.key != due.key
    assert again.hours == 12


def test_an_entry_in_the_window_starts_the_interval_again() -> None:
    logged = WINDOW.opened_at + timedelta(hours=4)
    assert check_in_reminder(WINDOW, logged, logged + timedelta(hours=5), SIX_HOURS) is None
    due = check_in_reminder(WINDOW, logged, logged + SIX_HOURS, SIX_HOURS)
    assert due is not None
    assert due.due_at == logged + SIX_HOURS


def test_no_check_in_once_the_window_has_closed() -> None:
    assert check_in_reminder(WINDOW, None, WINDOW.closes_at, SIX_HOURS) is None


@pytest.mark.parametrize(
    ("at", "quiet"),
    [
        (time(21, 59), False),
        (time(22, 0), True),
        (time(2, 0), True),
        (time(6, 59), True),
        (time(7, 0), False),
        (time(12, 0), False),
    ],
)
def test_quiet_hours_past_midnight(at: time, quiet: bool) -> None:
    # Toronto in May is UTC−4.
    moment = datetime.combine(NOW.date(), at, tzinfo=UTC) + timedelta(hours=4)
    assert QuietHours(time(22), time(7)).covers(moment, HOME_ZONE) is quiet


def test_quiet_hours_within_a_day_and_none() -> None:
    noon = datetime(2026, 5, 10, 16, 0, tzinfo=UTC)  # 12:00 in Toronto
    assert QuietHours(time(12), time(14)).covers(noon, HOME_ZONE)
    assert not QuietHours(time(13), time(14)).covers(noon, HOME_ZONE)
    assert not QuietHours(time(12), time(12)).covers(noon, HOME_ZONE)


def test_clock_time_reads_only_hh_mm() -> None:
    assert clock_time("07:30") == time(7, 30)
    with pytest.raises(ValueError, match="HH:MM"):
        clock_time("7:30")


def _reminder(key: str, minutes: int = 0, kind: str = "rating") -> Reminder:
    return Reminder(key, kind, NOW + timedelta(minutes=minutes))


def test_each_reminder_is_told_once() -> None:
    book = ReminderBook()
    first = _reminder("rating:1")
    assert book.take([first], NOW, quiet=False) == [first]
    assert book.take([first], NOW + timedelta(minutes=1), quiet=False) == []
    second = _reminder("check_in:1", 1, "check_in")
    assert book.take([first, second], NOW + timedelta(minutes=2), quiet=False) == [second]


def test_quiet_hours_hold_reminders_and_lose_none() -> None:
    book = ReminderBook()
    night = [_reminder("rating:1"), _reminder("dose:1", 5, "dose")]
    assert book.take(night, NOW, quiet=True) == []
    assert book.take(night, NOW + timedelta(hours=1), quiet=True) == []
    # The waiting dose is looked for again, though the last look was after its time.
    since = book.doses_since(NOW + timedelta(hours=2), timedelta(hours=1))
    assert since < night[1].due_at
    assert book.take(night, NOW + timedelta(hours=2), quiet=False) == night
    assert book.take(night, NOW + timedelta(hours=2, minutes=1), quiet=False) == []


def test_what_was_dealt_with_during_quiet_hours_is_not_told() -> None:
    book = ReminderBook()
    check_in = _reminder("check_in:1", 0, "check_in")
    assert book.take([check_in], NOW, quiet=True) == []
    assert book.take([], NOW + timedelta(hours=1), quiet=False) == []  # it was logged


def test_the_first_look_finds_doses_within_the_missed_hour() -> None:
    book = ReminderBook()
    assert book.doses_since(NOW, timedelta(hours=1)) == NOW - timedelta(hours=1)
    book.take([], NOW, quiet=False)
    assert book.doses_since(NOW + timedelta(minutes=1), timedelta(hours=1)) == NOW


# --- from the services ----------------------------------------------------------------------


def test_an_open_window_with_nothing_logged_has_its_check_in_due(
    services: JournalServices,
) -> None:
    services.watch_windows.start("Rituximab infusion", NOW - timedelta(hours=7))
    due = due_reminders(services, NOW - timedelta(hours=1))
    check_ins = [r for r in due if r.kind == "check_in"]
    assert [(r.title, r.hours) for r in check_ins] == [("Rituximab infusion", 6)]
    services.side_effects.log(EntryDetails("Fatigue", 1, NOW - timedelta(minutes=5), HOME_ZONE))
    assert [r for r in due_reminders(services, NOW) if r.kind == "check_in"] == []


def test_a_dose_with_nothing_recorded_is_due_from_its_time(services: JournalServices) -> None:
    today = services.clock.today()
    details = MedicationDetails(
        "Aciclovir",
        today - timedelta(days=1),
        dose="400 mg",
        route="mouth",
        dose_schedule=DoseSchedule("times_a_day", (time(9, 30),)),  # 10:00 in Toronto now
    )
    services.clinical.medications.add(details)
    doses = [r for r in due_reminders(services, NOW - timedelta(hours=1)) if r.kind == "dose"]
    assert [(r.title, r.detail, r.local) for r in doses] == [
        ("Aciclovir", "400 mg", datetime.combine(today, time(9, 30)))
    ]
    assert [
        r for r in due_reminders(services, NOW - timedelta(minutes=10)) if r.kind == "dose"
    ] == []


def test_quiet_hours_default_to_ten_at_night_until_seven(services: JournalServices) -> None:
    assert services.settings.get(QUIET_FROM) == "22:00"
