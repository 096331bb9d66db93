"""Settings kept in the journal itself (journey.settings declares each one), and the drafts of
forms being typed."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from journey.changes import Change, Service, writes
from journey.dto import Settings
from journey.errors import InvalidInput
from journey.models import Setting
from journey.settings import (
    DEMO,
    DRAFTS,
    PREFERENCES,
    Option,
    preference_problems,
    preferences_from,
)

T = TypeVar("T")


def stored_value(session: Session, option: Option[T]) -> T:
    """``option``'s value inside a unit of work (the default when never stored or unreadable)."""
    row = session.get(Setting, option.name)
    if row is None:
        return option.default
    try:
        return option.value_of(json.loads(row.value))
    except ValueError:
        return option.default


def store_value(session: Session, option: Option[T], value: T) -> None:
    """Store ``value`` for ``option`` inside a unit of work; refused, nothing stored, when it
    breaks the option's rules."""
    problems = option.problems(value)
    if problems:
        raise InvalidInput(problems)
    session.merge(Setting(key=option.name, value=json.dumps(value)))


class SettingsService(Service):
    def __init__(self, session_factory: sessionmaker[Any]) -> None:
        self._sessions = session_factory

    def get(self, option: Option[T]) -> T:
        with self._sessions() as session:
            return stored_value(session, option)

    @writes(Change.SETTINGS)
    def set(self, option: Option[T], value: T) -> T:
        with self._sessions.begin() as session:
            store_value(session, option, value)
        return value

    def preferences(self) -> Settings:
        """The display preferences (unit, theme, text size, language) together."""
        with self._sessions() as session:
            rows = session.scalars(
                select(Setting).where(Setting.key.in_([o.name for o in PREFERENCES]))
            ).all()
        stored = {}
        for row in rows:
            try:
                stored[row.key] = json.loads(row.value)
            except ValueError:
                continue
        return preferences_from(stored)

    @writes(Change.SETTINGS)
    def save_preferences(self, settings: Settings) -> Settings:
        problems = preference_problems(settings)
        if problems:
            raise InvalidInput(problems)
        with self._sessions.begin() as session:
            for option in PREFERENCES:
                session.merge(
                    Setting(key=option.name, value=json.dumps(getattr(settings, option.name)))
                )
        return settings

    def is_demo(self) -> bool:
        return self.get(DEMO)

    def mark_demo(self) -> None:
        with self._sessions.begin() as session:
            store_value(session, DEMO, True)


class DraftService:
    """What is typed into a form (``form``: "quick_log" or "rating") until it is saved or
    cancelled, kept in the journal so that a crash loses nothing. A draft is written every
    pause in typing: it tells the pages nothing."""

    def __init__(self, session_factory: sessionmaker[Any]) -> None:
        self._sessions = session_factory

    def get(self, form: str) -> dict[str, Any] | None:
        with self._sessions() as session:
            return stored_value(session, DRAFTS[form])

    def put(self, form: str, draft: dict[str, Any] | None) -> None:
        """Keep ``draft`` (None: forget it)."""
        with self._sessions.begin() as session:
            store_value(session, DRAFTS[form], draft)
