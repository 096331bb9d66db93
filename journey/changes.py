"""What a write changed, said once, where it happens (Anki's ``OpChanges``).

Every service method that writes is marked ``@writes(Change.X)``: after its unit of work has
committed, the services' ``ChangeFeed`` tells its listeners ``Change.X``. The window listens
once and refreshes only the pages whose ``cares_about(change)`` says so, whichever widget, dialog,
import or (later) other computer made the change.
"""

from __future__ import annotations

import enum
import functools
import threading
from collections.abc import Callable, Iterable
from typing import Any, Concatenate, ParamSpec, TypeVar


class Change(enum.Flag):
    """The kinds of record a write can touch; a set of them travels as one value."""

    NONE = 0
    PROFILE = enum.auto()  # the profile, the treatment course, the companion, onboarding
    SETTINGS = enum.auto()  # preferences, thresholds, reminders, rating cadence
    ITINERARY = enum.auto()  # itinerary items, protocols laid out, calendar imports
    SIDE_EFFECTS = enum.auto()  # side-effect entries and the symptoms they name
    WATCH_WINDOWS = enum.auto()  # watch windows started or changed
    RED_FLAGS = enum.auto()  # red flags acknowledged
    RATINGS = enum.auto()  # self-ratings, scales, the baseline
    CLINICAL = enum.auto()  # relapses, MRIs, EDSS, medications, discharge, follow-ups
    CONTACTS = enum.auto()  # people
    DOCUMENTS = enum.auto()  # documents, attachments and clinic checks
    COSTS = enum.auto()  # expenses and the conversion
    BLOOD_COUNTS = enum.auto()  # blood counts, transfusions, "counts have recovered"
    # A whole journal replaced or merged (an import, a restore): every page refreshes.
    EVERYTHING = (
        PROFILE
        | SETTINGS
        | ITINERARY
        | SIDE_EFFECTS
        | WATCH_WINDOWS
        | RED_FLAGS
        | RATINGS
        | CLINICAL
        | CONTACTS
        | DOCUMENTS
        | COSTS
        | BLOOD_COUNTS
    )


Listener = Callable[[Change], None]


class ChangeFeed:
    """The listeners to one journal's changes. A write made on a worker thread (an import)
    tells them on that thread: a Qt listener re-emits through a signal, which Qt queues."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Listen; returns the call that stops listening."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        if not change:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(change)


class Service:
    """A service whose writes are told to its feed (given by ``JournalServices``; a service
    built alone, as tests do, tells nobody)."""

    feed: ChangeFeed | None = None


P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S", bound=Service)


def writes(
    change: Change,
) -> Callable[[Callable[Concatenate[S, P], R]], Callable[Concatenate[S, P], R]]:
    """Mark a service method as a write of ``change``: once it returns (its unit of work
    committed), the service's feed is told. A method that raises told nobody: nothing was
    stored."""

    def mark(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
        @functools.wraps(method)
        def write(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
            result = method(self, *args, **kwargs)
            if self.feed is not None:
                self.feed.publish(change)
            return result

        write.writes = change  # type: ignore[attr-defined]  # read by tests and the docs
        return write

    return mark


def change_of(method: Any) -> Change:
    """What a service method writes (``Change.NONE`` for a read)."""
    return getattr(method, "writes", Change.NONE)


# What each table's rows are, as the pages care about them: a change that did not come through
# a service (another computer's, applied by journey.sync) is told as the kinds it touched.
TABLE_CHANGES: dict[str, Change] = {
    "profile": Change.PROFILE,
    "treatment_course": Change.PROFILE,
    "companion": Change.PROFILE | Change.CONTACTS,
    "custom_protocol": Change.ITINERARY,
    "setting": Change.SETTINGS,
    "itinerary_item": Change.ITINERARY,
    "symptom": Change.SIDE_EFFECTS,
    "side_effect_entry": Change.SIDE_EFFECTS | Change.RED_FLAGS,
    "watch_window": Change.WATCH_WINDOWS,
    "red_flag_ack": Change.RED_FLAGS,
    "rating_scale": Change.RATINGS,
    "rating_set": Change.RATINGS,
    "rating": Change.RATINGS,
    "relapse": Change.CLINICAL,
    "mri_result": Change.CLINICAL,
    "edss_report": Change.CLINICAL,
    "medication": Change.CLINICAL,
    "medication_dose": Change.CLINICAL,
    "discharge_packet": Change.CLINICAL,
    "contact": Change.CONTACTS,
    "travel_document": Change.DOCUMENTS,
    "due_diligence_check": Change.DOCUMENTS,
    "expense": Change.COSTS,
    "blood_count": Change.BLOOD_COUNTS,
    "transfusion": Change.BLOOD_COUNTS,
    "counts_recovered": Change.BLOOD_COUNTS,
}


def changes_of(tables: Iterable[str]) -> Change:
    """What rows of ``tables`` changing means to the pages (every page for one not listed)."""
    found = Change.NONE
    for name in tables:
        found |= TABLE_CHANGES.get(name, Change.EVERYTHING)
    return found
