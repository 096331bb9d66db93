"""Preferences kept in the journal itself, so they travel with it (unit, theme, text size)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from journey.changes import Change, Service, writes
from journey.dto import Settings
from journey.errors import InvalidInput
from journey.journal import DEMO_MARKER
from journey.models import Setting
from journey.validation import settings_from_stored, settings_problems


class SettingsService(Service):
    def __init__(self, session_factory: sessionmaker[Any]) -> None:
        self._sessions = session_factory

    def get(self) -> Settings:
        with self._sessions() as session:
            rows = session.scalars(select(Setting)).all()
        return settings_from_stored({row.key: json.loads(row.value) for row in rows})

    @writes(Change.SETTINGS)
    def save(self, settings: Settings) -> Settings:
        problems = settings_problems(settings)
        if problems:
            raise InvalidInput(problems)
        with self._sessions.begin() as session:
            for key, value in asdict(settings).items():
                session.merge(Setting(key=key, value=json.dumps(value)))
        return settings

    def get_value(self, key: str, default: Any = None) -> Any:
        """A small remembered choice kept beside the settings (the quick log's "recorded
        by"); ``default`` when never stored or unreadable."""
        with self._sessions() as session:
            row = session.get(Setting, key)
        if row is None:
            return default
        try:
            return json.loads(row.value)
        except ValueError:
            return default

    def set_value(self, key: str, value: Any) -> None:
        with self._sessions.begin() as session:
            session.merge(Setting(key=key, value=json.dumps(value)))

    def is_demo(self) -> bool:
        with self._sessions() as session:
            row = session.get(Setting, DEMO_MARKER)
            return row is not None and json.loads(row.value) is True

    def mark_demo(self) -> None:
        with self._sessions.begin() as session:
            session.merge(Setting(key=DEMO_MARKER, value=json.dumps(True)))
