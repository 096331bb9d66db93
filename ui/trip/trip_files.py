"""The Timeline's files: calendar export and import (off the GUI thread, since years of items
take seconds) and the printed itinerary.

An import asks before it stores anything: how to take the file's repeating events (an item
each time, or one over them all) and what to do with events that look like items already in
the plan (update them, or add them anyway). What it stored is undone in one step (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from journey.errors import CalendarFileError, InvalidInput, JournalError
from journey.itinerary import ITEM_KINDS, RESPONSIBLE
from journey.timekeeping import shown_in
from ui.widgets import file_dialogs
from ui.widgets.operations import Operation, run_in_background
from ui.words.itinerary import (
    item_notes,
    item_title,
    kind_text,
    responsible_text,
    when_text,
)
from ui.words.messages import problem_text
from ui.words.vocabulary import shown

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from journey.calendar import CalendarWording, PossibleDuplicate
    from journey.services import JournalServices
    from journey.services.calendar import ExportResult, ImportResult, RepeatingEvent


class TimelineView(Protocol):
    """What TripFiles needs of the Timeline page it acts for."""

    services: JournalServices
    status: SignalInstance

    def reload(self, select: int | None = None) -> None: ...

    def push_undo(self, title: str, revert: Callable[[], object]) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelinePage", text)


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a PDF (tests replace this)."""
    return file_dialogs.save_file(
        parent, file_dialogs.ITINERARY_PDF, _tr("Save as PDF"), suggested, "PDF (*.pdf)"
    )


def choose_card_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save the wallet card (tests replace this). It opens where the itinerary's
    PDF went: the travel papers' folder."""
    return file_dialogs.save_file(
        parent, file_dialogs.ITINERARY_PDF, _tr("Save the wallet card"), suggested, "PDF (*.pdf)"
    )


def choose_ics_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a calendar file (tests replace this)."""
    return file_dialogs.save_file(
        parent,
        file_dialogs.EXPORT_CALENDAR,
        _tr("Export to calendar"),
        suggested,
        _tr("Calendar files (*.ics)"),
    )


def choose_ics_file(parent: QWidget) -> Path | None:
    """Ask which calendar file to import (tests replace this)."""
    return file_dialogs.open_file(
        parent,
        file_dialogs.IMPORT_CALENDAR,
        _tr("Import a calendar file"),
        _tr("Calendar files (*.ics)"),
    )


def _question(parent: QWidget, title: str, text: str, choices: list[tuple[str, str]]) -> str | None:
    """Ask with a button per choice (``(value, label)``, the first the default) and Cancel;
    the chosen value, or None."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    buttons: dict[QAbstractButton, str] = {}
    for value, label in choices:
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        buttons[button] = value
        if len(buttons) == 1:
            box.setDefaultButton(button)
    box.exec()
    return buttons.get(box.clickedButton())


def ask_repeats(parent: QWidget, repeating: tuple[RepeatingEvent, ...]) -> str | None:
    """Ask how to take the file's repeating events: "each", "span", or None (cancelled).
    Tests replace this."""
    if len(repeating) == 1:
        [event] = repeating
        text = (
            _tr(
                "“%1” repeats %2 times. Add an item for each time, or one item from the first "
                "to the last?"
            )
            .replace("%1", event.title)
            .replace("%2", str(event.occurrences))
        )
    else:
        lines = [
            _tr("“%1”: %2 times").replace("%1", event.title).replace("%2", str(event.occurrences))
            for event in repeating
        ]
        text = "\n".join(
            [
                _tr("These events repeat:"),
                *lines,
                _tr("Add an item for each time, or one item from the first to the last of each?"),
            ]
        )
    return _question(
        parent,
        _tr("Repeating events"),
        text,
        [("each", _tr("An item &each time")), ("span", _tr("&One item, first to last"))],
    )


def _named(duplicate: PossibleDuplicate, zone: str) -> str:
    """The item already in the plan, as the question names it: "AC 792" or "“Title”", and when."""
    existing = duplicate.existing.details
    name = duplicate.flight or f"“{item_title(existing)}”"
    when = when_text(existing.start_instant(), existing.zone, zone)
    return f"{name} ({when})"


def ask_duplicates(
    parent: QWidget, duplicates: tuple[PossibleDuplicate, ...], zone: str
) -> str | None:
    """Ask what to do with events that look like items already in the plan: "update" them,
    "add" anyway, or None (cancelled). Tests replace this."""
    if len(duplicates) == 1:
        text = _tr(
            "This looks like %1 already in your plan. Update it with the file's times and "
            "details, or add the event anyway?"
        ).replace("%1", _named(duplicates[0], zone))
        update = _tr("&Update it")
    else:
        lines = [
            _tr("“%1” looks like %2")
            .replace("%1", item_title(d.event.details))
            .replace("%2", _named(d, zone))
            for d in duplicates
        ]
        text = "\n".join(
            [
                _tr("These events look like items already in your plan:"),
                *lines,
                _tr(
                    "Update those items with the file's times and details, or add the events "
                    "anyway?"
                ),
            ]
        )
        update = _tr("&Update them")
    return _question(
        parent,
        _tr("Already in your plan?"),
        text,
        [("update", update), ("add", _tr("&Add anyway"))],
    )


def calendar_wording() -> CalendarWording:
    """The words a calendar file shows people (kinds, who is responsible), in the interface's
    language: the domain writes them, never its codes."""
    from journey.calendar import CalendarWording

    return CalendarWording(
        kinds={kind: kind_text(kind) for kind in ITEM_KINDS},
        responsible={who: responsible_text(who) for who in RESPONSIBLE},
        responsible_line=_tr("Responsible: %1").replace("%1", "{who}"),
        day_line=_tr("Protocol day %1").replace("%1", "{day}"),
        flight_line=_tr("Flight %1").replace("%1", "{number}"),
        booking_line=_tr("Booking reference: %1").replace("%1", "{ref}"),
        title=item_title,
        notes=item_notes,
    )


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
        wording = calendar_wording()

        def exported(result: ExportResult) -> None:
            message = (
                _tr(
                    "Exported %1 events to %2. Import the file into your phone's calendar;"
                    " exporting again later updates the same events."
                )
                .replace("%1", str(result.events))
                .replace("%2", str(result.path))
            )
            if result.deleted:
                message += " " + _tr(
                    "Deleted items written as cancelled events, so that your phone's "
                    "calendar removes them: %1."
                ).replace("%1", str(result.deleted))
            self.page.status.emit(message)

        self.operation = run_in_background(
            self.parent,
            lambda: self.page.services.calendar.export(path, wording=wording),
            exported,
            lambda error: self._operation_failed(_tr("Not exported"), error),
        )

    def import_calendar(self) -> None:
        path = choose_ics_file(self.parent)
        if path is None:
            return
        self._import(path, "ask", "ask")

    def _import(self, path: Path, repeats: str, duplicates: str) -> None:
        """Import ``path`` off the GUI thread; asked first (nothing stored), ask the person
        and import again with the answer."""
        self.page.status.emit(_tr("Importing %1…").replace("%1", path.name))
        wording = calendar_wording()
        calendar = self.page.services.calendar

        def imported(result: ImportResult) -> None:
            if not result.written:
                self._answer(path, result, repeats, duplicates)
                return
            if result.undo is not None:
                self.page.push_undo(path.name, lambda: calendar.undo_import(result))
            self.page.reload()
            self.page.status.emit(
                _tr("Imported %1: %2 added, %3 updated.")
                .replace("%1", path.name)
                .replace("%2", str(result.added))
                .replace("%3", str(result.updated))
            )

        self.operation = run_in_background(
            self.parent,
            lambda: calendar.import_(path, repeats=repeats, duplicates=duplicates, wording=wording),
            imported,
            lambda error: self._operation_failed(_tr("Nothing was imported"), error),
        )

    def _answer(self, path: Path, result: ImportResult, repeats: str, duplicates: str) -> None:
        if result.repeating:
            chosen = ask_repeats(self.parent, result.repeating)
            if chosen is not None:
                self._import(path, chosen, duplicates)
                return
        elif result.duplicates:
            zone = self.page.services.clock.zone
            chosen = ask_duplicates(self.parent, result.duplicates, zone)
            if chosen is not None:
                self._import(path, repeats, chosen)
                return
        self.page.status.emit(_tr("Nothing was imported"))

    def _operation_failed(self, title: str, error: Exception) -> None:
        if isinstance(error, InvalidInput):
            text = "\n".join(problem_text(p) for p in error.problems)
        elif isinstance(error, (JournalError, CalendarFileError, OSError)):
            text = str(error)
        else:
            raise error
        self.page.status.emit(title)
        QMessageBox.warning(self.parent, title, text)

    def _contacts(self) -> tuple[tuple[str, str] | None, list[tuple[str, str, str]]]:
        """Who to call, for the printed itinerary: the clinic's 24-hour line (its name and
        number, printed first and large), then the companion, then the trip's other contacts
        (the companion once, though onboarding also keeps them on People)."""
        from ui.trip.people import CONTACT_ROLE_CHOICES

        companion = self.page.services.companion.get()
        people = [(companion.name, _tr("Companion"), companion.phone)] if companion else []
        clinic_line: tuple[str, str] | None = None
        for entry in self.page.services.contacts.contacts():
            contact = entry.details
            if clinic_line is None and contact.role == "clinic_24h" and contact.phone.strip():
                clinic_line = (contact.name, contact.phone)
                continue
            if (
                companion is not None
                and contact.role == "companion"
                and contact.name.strip().casefold() == companion.name.strip().casefold()
            ):
                continue
            people.append((contact.name, shown(CONTACT_ROLE_CHOICES, contact.role), contact.phone))
        return clinic_line, people

    def _documents(self) -> list[tuple[str, bool, str]]:
        """The documents checklist as the Documents page shows it, for the printed itinerary."""
        from ui.trip.documents import document_title

        return [
            (document_title(entry), entry.done, entry.note)
            for entry in self.page.services.documents.documents()
        ]

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
        clinic_line, contacts = self._contacts()
        document = itinerary_html(
            name,
            self.page.services.course.get(),
            self.page.services.itinerary.items(),
            self.page.services.itinerary.numbering(),
            contacts,
            self.page.services.clock.zone,
            shown_in(self.page.services.clock.now(), self.page.services.clock.zone),
            clinic_line=clinic_line,
            documents=self._documents(),
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

    def save_wallet_card_pdf(self) -> None:
        """The wallet card (ui.trip.card): one page to cut and fold, English and Spanish."""
        from ui.trip.card import wallet_card, write_card

        card = wallet_card(self.page.services)
        suggested = _tr("Wallet card") + (f" {card.name}" if card.name else "") + ".pdf"
        path = choose_card_path(self.parent, suggested)
        if path is None:
            return
        try:
            write_card(card, path)
        except OSError as exc:
            QMessageBox.warning(
                self.parent,
                _tr("Not saved"),
                _tr("The wallet card could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self.page.status.emit(
            _tr(
                "Saved the wallet card to %1. Print it at full size, then cut and fold it."
            ).replace("%1", str(path))
        )
