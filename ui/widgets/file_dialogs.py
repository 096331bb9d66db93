"""File choosers that open where the user last went for the same purpose (issue 19).

Attaching a scan, importing the clinic's calendar, saving the report: each opens in the folder
chosen the last time for that purpose (else the home folder), not back at the start. The
folders are a per-computer setting of the journal (journey.settings.LAST_FOLDERS), so they
never travel to another computer of a shared journey. Before a journal is open (onboarding's
"restore from a backup"), or when it cannot be written, they are remembered until Journey
closes.

The composition root calls ``remember_folders_in(services.settings)`` once the journal is
open; every QFileDialog in ui/ goes through ``open_file``, ``save_file`` or ``folder``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from journey.settings import LAST_FOLDERS, Option

# What a chooser is for: each remembers its own folder.
ATTACH_DOCUMENT = "attach_document"
IMPORT_CALENDAR = "import_calendar"
EXPORT_CALENDAR = "export_calendar"
ITINERARY_PDF = "itinerary_pdf"
REPORT_PDF = "report_pdf"
EXPORT_JSON = "export_json"
EXPORT_CSV = "export_csv"
IMPORT_JSON = "import_json"
RESTORE_BACKUP = "restore_backup"
SHARED_FOLDER = "shared_folder"


class FolderSettings(Protocol):
    """What is needed of journey.services.settings.SettingsService."""

    def get(self, option: Option[Any]) -> Any: ...

    def set(self, option: Option[Any], value: Any) -> Any: ...


class _Memory:
    settings: FolderSettings | None = None  # the open journal's, once there is one
    folders: dict[str, str] = {}  # noqa: RUF012 -- this run's, when none can be stored


def remember_folders_in(settings: FolderSettings | None) -> None:
    """Keep the folders in this journal's settings (None: only until Journey closes)."""
    _Memory.settings = settings


def last_folder(purpose: str) -> Path:
    """Where the chooser for ``purpose`` opens: its last folder while it still exists, else
    the home folder."""
    folders = dict(_Memory.folders)
    if _Memory.settings is not None:
        # Any failure to read the journal leaves this run's folders: a chooser always opens.
        with contextlib.suppress(Exception):
            folders.update(_Memory.settings.get(LAST_FOLDERS))
    known = folders.get(purpose)
    if known and Path(known).is_dir():
        return Path(known)
    return Path.home()


def _remember(purpose: str, chosen: Path) -> None:
    folder = str(chosen if chosen.is_dir() else chosen.parent)
    _Memory.folders[purpose] = folder
    if _Memory.settings is None:
        return
    # A journal that cannot be written (read-only, locked, closed) keeps the folder for this
    # run (above), and the user's file is still opened or saved: remembering it is never
    # worth an error.
    with contextlib.suppress(Exception):
        stored = dict(_Memory.settings.get(LAST_FOLDERS))
        if stored.get(purpose) != folder:
            stored[purpose] = folder
            _Memory.settings.set(LAST_FOLDERS, stored)


def open_file(parent: QWidget | None, purpose: str, title: str, kinds: str = "") -> Path | None:
    """A file to read, or None if the user cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(purpose)), kinds)
    return _chosen(purpose, name)


def save_file(
    parent: QWidget | None, purpose: str, title: str, suggested: str, kinds: str = ""
) -> Path | None:
    """Where to write a file (``suggested``: its offered name), or None if cancelled."""
    start = str(last_folder(purpose) / suggested)
    name, _ = QFileDialog.getSaveFileName(parent, title, start, kinds)
    return _chosen(purpose, name)


def folder(parent: QWidget | None, purpose: str, title: str) -> Path | None:
    """A folder, or None if the user cancelled."""
    name = QFileDialog.getExistingDirectory(parent, title, str(last_folder(purpose)))
    return _chosen(purpose, name)


def _chosen(purpose: str, name: str) -> Path | None:
    if not name:
        return None
    path = Path(name)
    _remember(purpose, path)
    return path
