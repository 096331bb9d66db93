"""Contacts for the trip: the patient coordinator, the clinic's 24-hour line, the driver…

Add, edit, delete (returning what was deleted) and restore it, for undo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from journey.changes import Change, Service, writes
from journey.errors import InvalidInput, Problem
from journey.trip_models import Contact
from journey.validation import NAME_MAX, email_problem, notes_problem, required_text

# In the order a companion reaches for them (SPEC §2.1); contacts are listed in this order.
CONTACT_ROLES = (
    "coordinator",
    "clinic_24h",
    "lead_doctor",
    "driver",
    "hotel",
    "translator",
    "local_neurologist",
    "companion",  # the one travelling with the patient; onboarding adds them (issue 19)
    "family",
    "other",
)
PHONE_MAX = 64
# Digits, spaces, + - ( ) and nothing else: "+52 (664) 555-0101". Light on purpose: numbers
# are written many ways across countries, and the app only stores and copies them.
_PHONE = re.compile(r"^[0-9+\-() ]*$")


@dataclass(frozen=True)
class ContactDetails:
    """What the user edits."""

    name: str
    role: str = "other"
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactEntry:
    """A stored contact."""

    id: int
    details: ContactDetails


def phone_problem(field: str, phone: str) -> Problem | None:
    phone = phone.strip()
    if not phone:
        return None
    if len(phone) > PHONE_MAX:
        return Problem(field, "text_too_long", {"max": PHONE_MAX})
    if not _PHONE.match(phone) or not any(char.isdigit() for char in phone):
        return Problem(field, "invalid_phone")
    return None


def contact_problems(details: ContactDetails) -> list[Problem]:
    problems = [
        required_text("name", details.name, NAME_MAX),
        None if details.role in CONTACT_ROLES else Problem("role", "unknown_choice"),
        phone_problem("phone", details.phone),
        email_problem("email", details.email),
        notes_problem("notes", details.notes),
    ]
    return [p for p in problems if p is not None]


def _entry(row: Contact) -> ContactEntry:
    return ContactEntry(
        id=row.id,
        details=ContactDetails(
            name=row.name, role=row.role, phone=row.phone, email=row.email, notes=row.notes
        ),
    )


def _write(row: Contact, details: ContactDetails) -> None:
    row.name = details.name.strip()
    row.role = details.role
    row.phone = details.phone.strip()
    row.email = details.email.strip()
    row.notes = details.notes


def _order(entry: ContactEntry) -> tuple[int, str, int]:
    role = entry.details.role
    rank = CONTACT_ROLES.index(role) if role in CONTACT_ROLES else len(CONTACT_ROLES)
    return rank, entry.details.name.casefold(), entry.id


class ContactService(Service):
    def __init__(self, session_factory: sessionmaker[Any]) -> None:
        self._sessions = session_factory

    def check(self, details: ContactDetails) -> list[Problem]:
        return contact_problems(details)

    def contacts(self) -> list[ContactEntry]:
        """Every contact, by role (coordinator first) and then by name."""
        with self._sessions() as session:
            return sorted((_entry(row) for row in session.scalars(select(Contact))), key=_order)

    def get(self, contact_id: int) -> ContactEntry:
        with self._sessions() as session:
            return _entry(_row(session, contact_id))

    @writes(Change.CONTACTS)
    def add(self, details: ContactDetails) -> ContactEntry:
        _raise_if(contact_problems(details))
        with self._sessions.begin() as session:
            row = Contact()
            _write(row, details)
            session.add(row)
            session.flush()
            return _entry(row)

    @writes(Change.CONTACTS)
    def update(self, contact_id: int, details: ContactDetails) -> ContactEntry:
        _raise_if(contact_problems(details))
        with self._sessions.begin() as session:
            row = _row(session, contact_id)
            _write(row, details)
            session.flush()
            return _entry(row)

    @writes(Change.CONTACTS)
    def delete(self, contact_id: int) -> ContactEntry:
        """Remove a contact; returns it whole so ``restore`` can bring it back (undo)."""
        with self._sessions.begin() as session:
            row = _row(session, contact_id)
            entry = _entry(row)
            session.delete(row)
            return entry

    @writes(Change.CONTACTS)
    def restore(self, entry: ContactEntry) -> ContactEntry:
        """Put a deleted contact back, with its id."""
        _raise_if(contact_problems(entry.details))
        with self._sessions.begin() as session:
            row = Contact(id=entry.id)
            _write(row, entry.details)
            session.add(row)
            session.flush()
            return _entry(row)


def _row(session: Session, contact_id: int) -> Contact:
    row = session.get(Contact, contact_id)
    if row is None:
        raise InvalidInput([Problem("contact", "not_found")])
    return row


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise InvalidInput(problems)
