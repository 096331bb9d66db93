"""What is due to be told while Journey runs (issue 19, part 10): watch-window check-ins,
ratings, follow-ups and medicine doses, as ``Reminder`` values the desktop notifier
(ui.shell.notifications) shows once each; and quiet hours, during which reminders wait.

The rules are those Today already shows, asked of the same services: a check-in when nothing
was logged in an open watch window for the check-in interval (SPEC §2.4,
journey.services.side_effects.watch_defaults), a rating on its due day
(journey.aftercare.rating_status), a planned follow-up on its day (SPEC §2.6), a dose at its
time with nothing recorded (journey.services.medications.falling_due). Nothing here decides
anything clinical: it only says that something the person planned has come.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from journey.timekeeping import shown_in, to_instant

if TYPE_CHECKING:
    from journey.aftercare import RatingStatus
    from journey.itinerary import Item
    from journey.services import JournalServices
    from journey.services.medications import DueDose
    from journey.services.side_effects import Window

KINDS = ("check_in", "rating", "baseline", "follow_up", "dose")


@dataclass(frozen=True)
class Reminder:
    """One thing due. ``key`` names it for good: the same reminder keeps its key from one look
    to the next, so it is told once. ``due_at`` is the instant it fell due (aware); the other
    fields are what its words need (ui.words.reminders)."""

    key: str
    kind: str  # one of KINDS
    due_at: datetime
    title: str = ""  # the watch window's, the follow-up's, the medicine's name
    detail: str = ""  # a follow-up's kind, a medicine's dose
    local: datetime | None = None  # a dose's wall time; a follow-up's start, where it happens
    hours: int = 0  # a check-in: hours with nothing logged in the window


# --- each kind, from what the services say --------------------------------------------------


def check_in_reminder(
    window: Window, last_entry: datetime | None, now: datetime, interval: timedelta
) -> Reminder | None:
    """A check-in once nothing was logged in the open ``window`` for ``interval``, and again
    each ``interval`` after while nothing is (the newest replaces the one before: one
    check-in to do, not a pile of them after a night's quiet hours)."""
    if not window.is_open(now) or interval <= timedelta(0):
        return None
    since = last_entry or window.opened_at
    if now - since < interval:
        return None
    times = (now - since) // interval
    return Reminder(
        key=f"check_in:{window.id}:{since.isoformat()}:{times}",
        kind="check_in",
        due_at=since + times * interval,
        title=window.title,
        hours=int(times * interval / timedelta(hours=1)),
    )


def rating_reminder(status: RatingStatus, today: date, zone: str) -> Reminder | None:
    """The baseline before treatment starts, else a rating due today or overdue; due from the
    start of its day where the person is."""
    if status.baseline_needed:
        start = status.treatment_start
        return Reminder(
            key=f"baseline:{start.isoformat() if start else ''}",
            kind="baseline",
            due_at=_day_start(today, zone),
        )
    if status.due and status.due_on is not None:
        return Reminder(
            key=f"rating:{status.due_on.isoformat()}",
            kind="rating",
            due_at=_day_start(status.due_on, zone),
        )
    return None


def follow_up_reminder(item: Item, zone: str) -> Reminder:
    """A planned follow-up whose day has come (journey.services.aftercare's ``reminders``)."""
    start = item.details.start
    return Reminder(
        key=f"follow_up:{item.id}:{start.isoformat()}",
        kind="follow_up",
        due_at=_day_start(start.date(), zone),
        title=item.details.title,
        detail=item.details.kind,
        local=start,
    )


def dose_reminder(dose: DueDose) -> Reminder:
    return Reminder(
        key=f"dose:{dose.medication_id}:{dose.due.local.isoformat()}",
        kind="dose",
        due_at=dose.due.at,
        title=dose.name,
        detail=dose.dose,
        local=dose.due.local,
    )


def _day_start(day: date, zone: str) -> datetime:
    return to_instant(datetime.combine(day, time()), zone)


def due_reminders(services: JournalServices, doses_since: datetime) -> list[Reminder]:
    """Everything due now, oldest first: the check-ins, rating and follow-ups due now, and the
    doses due after ``doses_since`` with nothing recorded."""
    from journey.services.side_effects import watch_defaults

    clock = services.clock
    now, zone, today = clock.now(), clock.zone, clock.today()
    found: list[Reminder] = []
    interval = timedelta(hours=watch_defaults()[1])
    for window in services.watch_windows.open_now():
        newest = services.side_effects.entries(window_id=window.id, limit=1)
        last = newest[0].details.at if newest else None
        check_in = check_in_reminder(window, last, now, interval)
        if check_in is not None:
            found.append(check_in)
    rating = rating_reminder(services.ratings.status(), today, zone)
    if rating is not None:
        found.append(rating)
    items = services.itinerary.items(last=today)
    found.extend(follow_up_reminder(i, zone) for i in services.clinical.reminders(items, 0))
    if doses_since < now:
        doses = services.clinical.doses.falling_due(doses_since, now)
        found.extend(dose_reminder(d) for d in doses)
    return sorted(found, key=lambda r: (r.due_at, r.key))


# --- quiet hours ----------------------------------------------------------------------------


def clock_time(text: str) -> time:
    """ "22:00" → 22:00; ValueError for anything else (a stored setting read back)."""
    if not isinstance(text, str) or len(text) != 5 or text[2] != ":":
        raise ValueError(f"{text!r} is not a time as HH:MM")
    return time(int(text[:2]), int(text[3:]))


@dataclass(frozen=True)
class QuietHours:
    """From ``start`` to ``end`` each day, where the person is (past midnight when ``end``
    comes first). The same start and end: no quiet hours."""

    start: time
    end: time

    def covers(self, moment: datetime, zone: str) -> bool:
        at = shown_in(moment, zone).time().replace(tzinfo=None)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= at < self.end
        return at >= self.start or at < self.end


# --- what was told --------------------------------------------------------------------------


@dataclass
class ReminderBook:
    """What one session of Journey has told, and what waits for quiet hours to end.

    ``take`` gets everything due at each look and gives back what to tell now: each reminder
    once, never twice; in quiet hours nothing, and what waits is told when they end (a
    reminder dealt with meanwhile, a check-in logged or a dose recorded, is no longer due and
    is not told). A reminder that fell due while the computer slept is due at the first look
    after it wakes, and told then, once.
    """

    told: set[str] = field(default_factory=set)
    waiting: list[Reminder] = field(default_factory=list)
    looked_at: datetime | None = None

    def doses_since(self, now: datetime, first_look: timedelta) -> datetime:
        """Where to look for doses from: the last look (the first time: ``first_look`` back),
        or earlier while a dose waits for quiet hours to end."""
        since = self.looked_at if self.looked_at is not None else now - first_look
        for reminder in self.waiting:
            if reminder.kind == "dose":
                since = min(since, reminder.due_at - timedelta(microseconds=1))
        return since

    def take(self, due: list[Reminder], now: datetime, *, quiet: bool) -> list[Reminder]:
        self.looked_at = now
        fresh: list[Reminder] = []
        for reminder in sorted(due, key=lambda r: (r.due_at, r.key)):
            if reminder.key not in self.told and reminder.key not in {r.key for r in fresh}:
                fresh.append(reminder)
        if quiet:
            self.waiting = fresh
            return []
        self.waiting = []
        self.told.update(r.key for r in fresh)
        return fresh

    def pause(self) -> None:
        """Reminders turned off: nothing waits, and the next look starts afresh."""
        self.waiting = []
        self.looked_at = None
