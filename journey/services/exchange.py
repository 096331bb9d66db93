"""Data out and back in, as a service: the whole journal as one JSON document, and CSV files
for spreadsheets.

The work itself is in journey.exchange; this is the door the window and the command line use,
and where an import tells every page that the whole journal may have changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import sessionmaker

from journey.changes import Change, Service, writes

# The words of the CSV files, for ui/ to translate (ui reaches journey.exchange through here).
from journey.exchange.csv_export import ENGLISH_LABELS, CsvWording, all_columns
from journey.exchange.json_validation import ImportRefused

__all__ = ["ENGLISH_LABELS", "CsvWording", "ExchangeService", "ImportRefused", "all_columns"]

if TYPE_CHECKING:
    from journey.exchange.csv_export import CsvResult, CsvSources
    from journey.exchange.json_document import ExportResult, ImportResult

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ExchangeService(Service):
    def __init__(self, session_factory: sessionmaker[Any], sources: CsvSources) -> None:
        self._sessions = session_factory
        self._sources = sources

    def is_empty(self) -> bool:
        """Nothing entered yet: an import restores rather than merges."""
        from journey.exchange.json_document import is_empty

        return is_empty(self._sessions)

    def export_json(
        self,
        path: Path,
        *,
        now: datetime,
        progress: Progress | None = None,
        cancelled: Cancel | None = None,
    ) -> ExportResult:
        from journey.exchange.json_document import write_json

        return write_json(self._sessions, path, now=now, progress=progress, cancelled=cancelled)

    @writes(Change.EVERYTHING)
    def import_json(
        self,
        path: Path,
        *,
        merge: bool = False,
        progress: Progress | None = None,
        cancelled: Cancel | None = None,
    ) -> ImportResult:
        from journey.exchange.json_document import import_json

        return import_json(
            self._sessions, path, merge=merge, progress=progress, cancelled=cancelled
        )

    def export_csv(
        self,
        folder: Path,
        *,
        progress: Progress | None = None,
        cancelled: Cancel | None = None,
        wording: CsvWording | None = None,
    ) -> CsvResult:
        from journey.exchange.csv_export import write_csv

        return write_csv(
            self._sources, folder, progress=progress, cancelled=cancelled, wording=wording
        )
