"""Contacts: what is stored, what is refused (with nothing stored), delete and undo."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey.errors import InvalidInput
from journey.journal import Journal
from journey.services.people import (
    CONTACT_ROLES,
    ContactDetails,
    ContactEntry,
    ContactService,
    phone_problem,
)


@pytest.fixture
def contacts(journal: Journal) -> ContactService:
    return ContactService(journal.session_factory)


def rows(journal: Journal) -> list[tuple[object, ...]]:
    with journal.engine.connect() as connection:
        return [tuple(r) for r in connection.exec_driver_sql("SELECT * FROM contact")]


LUPITA = ContactDetails(
    name="  Lupita Hernández ",
    role="coordinator",
    phone=" +52 (664) 555-0101 ",
    email="lupita@example.com",
    notes="WhatsApp, 8–20 h",
)


def test_a_contact_is_stored_trimmed_and_listed(contacts: ContactService) -> None:
    added = contacts.add(LUPITA)
    assert added.details == ContactDetails(
        name="Lupita Hernández",
        role="coordinator",
        phone="+52 (664) 555-0101",
        email="lupita@example.com",
        notes="WhatsApp, 8–20 h",
    )
    assert contacts.contacts() == [added]
    assert contacts.get(added.id) == added


def test_contacts_are_listed_by_role_then_name(contacts: ContactService) -> None:
    contacts.add(ContactDetails(name="zoe", role="family"))
    contacts.add(ContactDetails(name="Ana", role="family"))
    contacts.add(ContactDetails(name="Night line", role="clinic_24h", phone="+52 1"))
    contacts.add(ContactDetails(name="Lupita", role="coordinator"))
    assert [c.details.name for c in contacts.contacts()] == ["Lupita", "Night line", "Ana", "zoe"]


def test_an_edit_is_stored(contacts: ContactService) -> None:
    added = contacts.add(LUPITA)
    changed = ContactDetails(name="Lupita H.", role="translator", phone="664 555 0102")
    assert contacts.update(added.id, changed).details == changed
    assert contacts.contacts() == [ContactEntry(added.id, changed)]


@pytest.mark.parametrize(
    ("details", "field", "code"),
    [
        (ContactDetails(name="   "), "name", "required"),
        (ContactDetails(name="x" * 201), "name", "text_too_long"),
        (ContactDetails(name="Ana", role="boss"), "role", "unknown_choice"),
        (ContactDetails(name="Ana", phone="call me"), "phone", "invalid_phone"),
        (ContactDetails(name="Ana", phone="+52 664 555 0101 ext. 3"), "phone", "invalid_phone"),
        (ContactDetails(name="Ana", phone="+-()"), "phone", "invalid_phone"),
        (ContactDetails(name="Ana", email="ana@"), "email", "invalid_email"),
    ],
)
def test_bad_contacts_are_refused_and_nothing_is_stored(
    contacts: ContactService, journal: Journal, details: ContactDetails, field: str, code: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        contacts.add(details)
    problem = refused.value.for_field(field)
    assert problem is not None
    assert problem.code == code
    assert rows(journal) == []


def test_a_bad_edit_leaves_the_contact_as_it_was(contacts: ContactService) -> None:
    added = contacts.add(LUPITA)
    with pytest.raises(InvalidInput):
        contacts.update(added.id, ContactDetails(name=""))
    assert contacts.contacts() == [added]


def test_delete_then_restore_brings_the_same_contact_back(
    contacts: ContactService, journal: Journal
) -> None:
    added = contacts.add(LUPITA)
    before = rows(journal)
    deleted = contacts.delete(added.id)
    assert deleted == added
    assert contacts.contacts() == []
    assert contacts.restore(deleted) == added
    assert rows(journal) == before


def test_a_missing_contact_is_reported(contacts: ContactService) -> None:
    with pytest.raises(InvalidInput) as refused:
        contacts.delete(42)
    assert refused.value.problems[0].code == "not_found"


def test_every_role_is_accepted(contacts: ContactService) -> None:
    for role in CONTACT_ROLES:
        contacts.add(ContactDetails(name=role, role=role))
    assert [c.details.role for c in contacts.contacts()] == list(CONTACT_ROLES)


@given(st.text(alphabet="0123456789+-() ", min_size=1, max_size=40))
def test_phone_numbers_of_digits_and_punctuation_pass(phone: str) -> None:
    expected = None if any(c.isdigit() for c in phone) else "invalid_phone"
    problem = phone_problem("phone", phone)
    assert (problem.code if problem else None) == (expected if phone.strip() else None)


@given(st.text(min_size=1).filter(lambda t: any(c not in "0123456789+-() " for c in t.strip())))
def test_anything_else_in_a_phone_number_is_refused(phone: str) -> None:
    problem = phone_problem("phone", phone)
    assert problem is not None
    assert problem.code in ("invalid_phone", "text_too_long")
