"""The Timeline's files: calendar export and import (off the GUI thread, since years of items
take seconds) and the printed itinerary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journey.errors import CalendarFileError, InvalidInput, JournalError
from ui.widgets.operations import Operation, run_in_background
from ui.words.messages import problem_text
from ui.words.vocabulary import shown

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from journey.services import JournalServices
    from journey.services.calendar import ImportResult


class TimelineView(Protocol):
    """What TripFiles needs of the Timeline page it acts for."""

    services: JournalServices
    status: SignalInstance

    def reload(self, select: int | None = None) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelinePage", text)


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a PDF (tests replace this)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save as PDF"), str(Path.home() / suggested), "PDF (*.pdf)"
    )
    return Path(path) if path else None


def choose_ics_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a calendar file (tests replace this)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        _tr("Export to calendar"),
        str(Path.home() / suggested),
        _tr("Calendar files (*.ics)"),
    )
    return Path(path) if path else None


def choose_ics_file(parent: QWidget) -> Path | None:
    """Ask which calendar file to import (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Import a calendar file"),
        str(Path.home()),
        _tr("Calendar files (*.ics)"),
    )
    return Path(path) if path else None


class TripFiles:
    """Acts for the Timeline page: reports through its ``status`` signal; a calendar import
    tells every page through the services' changes."""

    def __init__(self, page: TimelineView, parent: QWidget) -> None:
        self.page = page
        self.parent = parent
        self.operation: Operation | None = None

    def export_calendar(self) -> None:
        path = choose_ics_path(self.parent, _tr("Journey itinerary.ics"))
        if path is None:
            return
        self.page.status.emit(_tr("Exporting the itinerary…"))
        self.operation = run_in_background(
            self.parent,
            lambda: self.page.services.calendar.export(path),
            lambda result: self.page.status.emit(
                _tr(
                    "Exported %1 events to %2. Import the file into your phone's calendar;"
                    " exporting again later updates the same events."
                )
                .replace("%1", str(result.events))
                .replace("%2", str(result.path))
            ),
            lambda error: self._operation_failed(_tr("Not exported"), error),
        )

    def import_calendar(self) -> None:
        path = choose_ics_file(self.parent)
        if path is None:
            return
        self.page.status.emit(_tr("Importing %1…").replace("%1", path.name))

        def imported(result: ImportResult) -> None:
            self.page.reload()
            self.page.status.emit(
                _tr("Imported %1: %2 added, %3 updated.")
                .replace("%1", path.name)
                .replace("%2", str(result.added))
                .replace("%3", str(result.updated))
            )

        self.operation = run_in_background(
            self.parent,
            lambda: self.page.services.calendar.import_(path),
            imported,
            lambda error: self._operation_failed(_tr("Nothing was imported"), error),
        )

    def _operation_failed(self, title: str, error: Exception) -> None:
        if isinstance(error, InvalidInput):
            text = "\n".join(problem_text(p) for p in error.problems)
        elif isinstance(error, (JournalError, CalendarFileError, OSError)):
            text = str(error)
        else:
            raise error
        self.page.status.emit(title)
        QMessageBox.warning(self.parent, title, text)

    def _contacts(self) -> list[tuple[str, str, str]]:
        """Who to call, for the printed itinerary: the companion, then the trip's contacts."""
        from ui.trip.people import CONTACT_ROLE_CHOICES

        companion = self.page.services.companion.get()
        people = [(companion.name, _tr("Companion"), companion.phone)] if companion else []
        for entry in self.page.services.contacts.contacts():
            contact = entry.details
            people.append((contact.name, shown(CONTACT_ROLE_CHOICES, contact.role), contact.phone))
        return people

    def save_itinerary_pdf(self) -> None:
        from ui.trip.itinerary_print import itinerary_html
        from ui.widgets.pdf import save_pdf

        profile = self.page.services.profile.get()
        name = profile.name if profile else ""
        path = choose_pdf_path(
            self.parent, _tr("Itinerary") + (f" {name}" if name else "") + ".pdf"
        )
        if path is None:
            return
        document = itinerary_html(
            name,
            self.page.services.course.get(),
            self.page.services.itinerary.items(),
            self.page.services.itinerary.numbering(),
            self._contacts(),
            self.page.services.clock.zone,
            self.page.services.clock.now().astimezone(),
        )
        try:
            save_pdf(document, path, _tr("Itinerary — %1").replace("%1", name))
        except OSError as exc:
            QMessageBox.warning(
                self.parent,
                _tr("Not saved"),
                _tr("The itinerary could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self.page.status.emit(_tr("Saved the itinerary to %1.").replace("%1", str(path)))
