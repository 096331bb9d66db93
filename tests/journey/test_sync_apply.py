"""Two and three journals exchanging their changes (issue 16, part 4), without the folder or
the cryptography: what each computer ends with when both changed things apart or alongside,
delivered in any order, twice, or late."""

from __future__ import annotations

import contextlib
import json
import random
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import time_ns
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from journey.aftercare import MedicationDetails
from journey.db import make_session_factory
from journey.itinerary import ItemDetails
from journey.journal import open_journal
from journey.medications import DoseSchedule
from journey.outbox import (
    CONFLICTS,
    DEVICE_KEY,
    ROWS,
    install,
    new_device_id,
    plain,
    travelling_tables,
    write_state,
)
from journey.services import JournalServices
from journey.services.people import ContactDetails
from journey.services.side_effects import EntryDetails
from journey.settings import travels
from journey.sync.apply import Applied, Change, apply_changes, pending_changes
from journey.sync.history import HistoryError
from journey.timekeeping import Clock
from tests.journey.helpers import HOME_ZONE, NOW


class Replica:
    """One computer's journal: its own device id, services on the tests' clock."""

    def __init__(self, template: Path, folder: Path) -> None:
        shutil.copytree(template, folder)
        self.journal = open_journal(folder, now=NOW)
        with self.journal.session_factory.begin() as session:
            write_state(session.connection(), DEVICE_KEY, new_device_id())
        self.services = JournalServices.build(
            self.journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW)
        )

    def changes(self) -> list[Change]:
        with self.journal.engine.connect() as connection:
            return [change for _, change in pending_changes(connection)]

    def take(self, changes: list[Change]) -> Applied:
        with self.journal.engine.begin() as connection:
            return apply_changes(connection, changes, wall_ms=0)

    def contents(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every travelling row, by table and global id, as it travels (local numbers aside)."""
        found: dict[str, dict[str, dict[str, Any]]] = {}
        with self.journal.engine.connect() as connection:
            uids = {
                (tbl, key): uid
                for uid, tbl, key in connection.execute(
                    select(ROWS.c.uid, ROWS.c.tbl, ROWS.c.row_key)
                )
            }
            for table in travelling_tables():
                (key_column,) = table.primary_key.columns
                rows = {}
                for row in connection.execute(select(table)).mappings():
                    if table.name == "setting" and not travels(row["key"]):
                        continue
                    values = {}
                    for column in table.columns:
                        value = row[column.name]
                        reference = next(iter(column.foreign_keys), None)
                        if column.primary_key:
                            continue
                        if reference is not None and value is not None:
                            value = uids[(reference.column.table.name, str(value))]
                        values[column.name] = plain(column, value)
                    rows[uids[(table.name, str(row[key_column.name]))]] = values
                found[table.name] = rows
        return found

    def conflicts(self) -> list[tuple[str, Any, Any]]:
        with self.journal.engine.connect() as connection:
            return [
                (row.col, json.loads(row.kept), json.loads(row.other))
                for row in connection.execute(select(CONFLICTS))
            ]

    def close(self) -> None:
        self.journal.close()


@pytest.fixture
def pair(template_folder: Path, tmp_path: Path) -> Iterator[tuple[Replica, Replica]]:
    patient = Replica(template_folder, tmp_path / "patient")
    companion = Replica(template_folder, tmp_path / "companion")
    yield patient, companion
    patient.close()
    companion.close()


def sync(*replicas: Replica) -> None:
    """Everyone receives everyone else's changes (each sends its whole outbox: applying
    twice changes nothing)."""
    for receiver in replicas:
        incoming = [c for sender in replicas if sender is not receiver for c in sender.changes()]
        result = receiver.take(incoming)
        assert result.waiting == []


FLIGHT = ItemDetails(
    kind="flight",
    title="Flight Toronto → San Diego",
    start=datetime(2026, 6, 1, 8, 15),
    zone="America/Toronto",
    end=datetime(2026, 6, 1, 10, 40),
    end_zone="America/Los_Angeles",
    notes="Booking ref. DEMO42.",
    responsible="companion",
)


def _flight(replica: Replica) -> Any:
    """The one flight in a computer's itinerary."""
    (flight,) = [i for i in replica.services.itinerary.items() if i.details.kind == "flight"]
    return flight


def _entry(symptom: str = "Headache", **changes: Any) -> EntryDetails:
    details = {
        "symptom": symptom,
        "severity": 4,
        "at": NOW - timedelta(hours=1),
        "zone": HOME_ZONE,
        "celsius": 37.2,
    }
    return EntryDetails(**(details | changes))


def test_a_flight_planned_on_one_computer_arrives_on_the_other_once(
    pair: tuple[Replica, Replica],
) -> None:
    patient, companion = pair
    companion.services.itinerary.add(FLIGHT)
    sync(patient, companion)
    item = _flight(patient)
    assert item.details == replace(FLIGHT, status=item.details.status)
    assert patient.contents() == companion.contents()
    before = patient.contents()
    result = patient.take(companion.changes())  # delivered again
    assert result.applied == 0
    assert patient.contents() == before


def test_entries_logged_on_both_while_apart_are_all_kept(pair: tuple[Replica, Replica]) -> None:
    patient, companion = pair
    patient.services.side_effects.log(_entry("Headache"))
    companion.services.side_effects.log(_entry("Nausea", recorded_by="companion"))
    sync(patient, companion)
    for replica in pair:
        assert sorted(e.details.symptom for e in replica.services.side_effects.entries()) == [
            "Headache",
            "Nausea",
        ]
        assert replica.conflicts() == []
    assert patient.contents() == companion.contents()


def test_the_same_note_changed_on_both_keeps_the_newer_and_offers_the_other(
    pair: tuple[Replica, Replica],
) -> None:
    patient, companion = pair
    item = companion.services.itinerary.add(FLIGHT)
    sync(patient, companion)
    mine = _flight(patient)
    patient.services.itinerary.update(mine.id, replace(mine.details, notes="Seat 12A, aisle"))
    companion.services.itinerary.update(item.id, replace(item.details, notes="Gate changed to 34"))
    sync(patient, companion)
    assert patient.contents() == companion.contents()
    kept = _flight(patient).details.notes
    other = ({"Seat 12A, aisle", "Gate changed to 34"} - {kept}).pop()
    for replica in pair:
        assert replica.conflicts() == [("notes", kept, other)]  # nothing silently lost


def test_different_fields_changed_on_both_merge_without_a_question(
    pair: tuple[Replica, Replica],
) -> None:
    patient, companion = pair
    item = companion.services.itinerary.add(FLIGHT)
    sync(patient, companion)
    mine = _flight(patient)
    patient.services.itinerary.update(mine.id, replace(mine.details, notes="Seat 12A"))
    companion.services.itinerary.update(item.id, replace(item.details, place="Terminal 3"))
    sync(patient, companion)
    for replica in pair:
        flight = _flight(replica)
        assert (flight.details.notes, flight.details.place) == ("Seat 12A", "Terminal 3")
        assert replica.conflicts() == []


def test_an_edit_beats_a_delete_made_alongside_it(pair: tuple[Replica, Replica]) -> None:
    patient, companion = pair
    contact = companion.services.contacts.add(
        ContactDetails(name="Jorge (driver)", role="driver", phone="+52 664 555 0103")
    )
    sync(patient, companion)
    (mine,) = patient.services.contacts.contacts()
    patient.services.contacts.delete(mine.id)
    companion.services.contacts.update(
        contact.id, ContactDetails(name="Jorge (driver)", role="driver", phone="+52 664 555 0199")
    )
    sync(patient, companion)
    for replica in pair:
        (jorge,) = replica.services.contacts.contacts()
        assert jorge.details.phone == "+52 664 555 0199"
    assert patient.contents() == companion.contents()


def test_a_delete_on_top_of_what_both_saw_deletes_everywhere(
    pair: tuple[Replica, Replica],
) -> None:
    patient, companion = pair
    companion.services.contacts.add(ContactDetails(name="Hotel", role="hotel", phone="1"))
    sync(patient, companion)
    (mine,) = patient.services.contacts.contacts()
    patient.services.contacts.delete(mine.id)
    sync(patient, companion)
    for replica in pair:
        assert replica.services.contacts.contacts() == []
    late = companion.take(patient.changes())  # the same deletion again, and the addition
    assert late.applied == 0
    assert companion.services.contacts.contacts() == []


def test_a_dose_that_arrives_before_its_medicine_waits_for_it(
    pair: tuple[Replica, Replica],
) -> None:
    patient, companion = pair
    med = companion.services.clinical.medications.add(
        MedicationDetails(
            "Aciclovir",
            date(2026, 5, 8),
            dose="400 mg",
            route="mouth",
            dose_schedule=DoseSchedule("times_a_day", (time(8, 0), time(20, 0))),
        )
    )
    companion.services.clinical.doses.record(med.id, datetime(2026, 5, 9, 20), "taken", "companion")
    changes = companion.changes()
    doses = [c for c in changes if c.tbl == "medication_dose"]
    first = patient.take(doses)
    assert first.waiting == doses
    assert patient.services.clinical.doses.records() == []
    patient.take([c for c in changes if c.tbl != "medication_dose"] + first.waiting)
    (dose,) = patient.services.clinical.doses.records()
    assert (dose.status, dose.recorded_by) == ("taken", "companion")


def test_a_clock_two_hours_ahead_still_converges_and_later_edits_win(
    pair: tuple[Replica, Replica],
) -> None:
    patient, companion = pair
    companion.services.contacts.add(ContactDetails(name="Lupita", role="coordinator", phone="1"))
    sync(patient, companion)
    # The companion's computer runs two hours fast: its edit is stamped from that clock.
    fast = make_session_factory(companion.journal.engine)
    install(fast, wall_ms=lambda: time_ns() // 1_000_000 + 2 * 3600 * 1000)
    ahead = JournalServices.build(fast, Clock(HOME_ZONE, fixed_now=NOW))
    (theirs,) = ahead.contacts.contacts()
    ahead.contacts.update(theirs.id, replace(theirs.details, phone="2"))
    sync(patient, companion)
    (mine,) = patient.services.contacts.contacts()
    assert mine.details.phone == "2"
    # The patient then corrects it: made after seeing the companion's, it comes after it.
    patient.services.contacts.update(mine.id, replace(mine.details, phone="3"))
    sync(patient, companion)
    for replica in pair:
        (lupita,) = replica.services.contacts.contacts()
        assert lupita.details.phone == "3"
        assert replica.conflicts() == []


# --- random edits on three computers, delivered in any order ---------------------------------

OPS = st.lists(
    st.tuples(
        st.integers(0, 2),  # which computer
        st.sampled_from(
            ["log", "edit", "delete", "contact", "phone", "sync_one", "restore", "choose"]
        ),
        st.integers(0, 10**6),
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=OPS)
def test_random_edits_deletes_restores_and_choices_on_three_computers_agree(
    template_folder: Path, tmp_path_factory: pytest.TempPathFactory, ops: list[tuple[int, str, int]]
) -> None:
    base = tmp_path_factory.mktemp("three")
    replicas = [Replica(template_folder, base / name) for name in ("a", "b", "c")]
    try:
        logged: set[str] = set()
        deleted: set[str] = set()
        for who, op, seed in ops:
            replica, pick = replicas[who], random.Random(seed)
            entries = replica.services.side_effects.entries()
            contacts = replica.services.contacts.contacts()
            if op == "log":
                note = f"note {seed}"
                replica.services.side_effects.log(_entry(notes=note))
                logged.add(note)
            elif op == "edit" and entries:
                entry = pick.choice(entries)
                replica.services.side_effects.update(
                    entry.id, replace(entry.details, severity=pick.randint(0, 10))
                )
            elif op == "delete" and entries:
                gone = replica.services.side_effects.delete(pick.choice(entries).id)
                deleted.add(gone.details.notes)
            elif op == "contact":
                replica.services.contacts.add(ContactDetails(name=f"C{seed}", role="other"))
            elif op == "phone" and contacts:
                contact = pick.choice(contacts)
                replica.services.contacts.update(
                    contact.id, replace(contact.details, phone=str(seed))
                )
            elif op == "restore":  # "Recently deleted" → Restore, on whichever computer
                gone = [d for d in replica.services.history.recently_deleted() if d.label]
                if gone:
                    with contextlib.suppress(HistoryError):  # its parent gone, or back already
                        replica.services.history.restore(pick.choice(gone).uid)
            elif op == "choose":  # "Changed on both computers — choose", either value
                conflicts = replica.services.history.conflicts()
                if conflicts:
                    chosen = pick.choice(conflicts)
                    replica.services.history.choose(chosen.id, take_other=pick.random() < 0.5)
            elif op == "sync_one":  # one computer hears from one other, in a random order
                sender = replicas[(who + 1 + seed % 2) % 3]
                changes = sender.changes()
                pick.shuffle(changes)
                replica.take(changes)
        sync(*replicas)
        sync(*replicas)  # a second full round changes nothing more
        contents = [r.contents() for r in replicas]
        assert contents[0] == contents[1] == contents[2]
        # No entry is lost: every one logged is kept unless someone deleted it (an edit made
        # alongside a deletion may keep it), and nothing appears that nobody logged.
        kept = {e.details.notes for e in replicas[0].services.side_effects.entries()}
        assert logged - deleted <= kept <= logged
        before = [r.contents() for r in replicas]
        for replica in replicas:  # applying everything once more changes nothing
            replica.take([c for other in replicas if other is not replica for c in other.changes()])
        assert [r.contents() for r in replicas] == before
    finally:
        for replica in replicas:
            replica.close()


def test_a_row_brought_back_by_an_edit_takes_a_number_of_its_own(
    pair: tuple[Replica, Replica],
) -> None:
    """Deleted here, edited there: it comes back, even though this journal has since given
    its old number to a new row."""
    patient, companion = pair
    contact = companion.services.contacts.add(ContactDetails(name="Jorge", role="driver"))
    sync(patient, companion)
    (mine,) = patient.services.contacts.contacts()
    patient.services.contacts.delete(mine.id)
    newer = patient.services.contacts.add(ContactDetails(name="Lupita", role="coordinator"))
    assert newer.id == mine.id  # SQLite gives the number again
    companion.services.contacts.update(
        contact.id, ContactDetails(name="Jorge", role="driver", phone="555")
    )
    sync(patient, companion)
    for replica in pair:
        people = sorted(
            (c.details.name, c.details.phone) for c in replica.services.contacts.contacts()
        )
        assert people == [("Jorge", "555"), ("Lupita", "")]
    assert patient.contents() == companion.contents()


def _ahead(replica: Replica) -> JournalServices:
    """Services on ``replica`` whose changes are stamped from a clock two hours fast: what it
    does with them comes after, by the clock, whatever the others did before."""
    fast = make_session_factory(replica.journal.engine)
    install(fast, wall_ms=lambda: time_ns() // 1_000_000 + 2 * 3600 * 1000)
    return JournalServices.build(fast, Clock(HOME_ZONE, fixed_now=NOW))


def _notes(replica: Replica) -> list[str]:
    return sorted(e.details.notes for e in replica.services.side_effects.entries())


def _deleted_and_restored(replica: Replica) -> None:
    """Its one entry deleted, then brought back from "Recently deleted"."""
    (entry,) = replica.services.side_effects.entries()
    replica.services.side_effects.delete(entry.id)
    (gone,) = replica.services.history.recently_deleted()
    replica.services.history.restore(gone.uid)


def test_a_restore_outlives_a_deletion_made_alongside_on_the_other_computer(
    pair: tuple[Replica, Replica],
) -> None:
    """The property test's example, shrunk: the companion logs an entry; the patient deletes
    it, then restores it; the companion, not having heard of either, deletes it too, later by
    the clock. The restore came after all that deletion had seen: as an edit would, it
    outlives it, on both computers (it used to stay deleted on the companion's alone)."""
    patient, companion = pair
    companion.services.side_effects.log(_entry(notes="rash on both arms"))
    patient.take(companion.changes())
    _deleted_and_restored(patient)
    (theirs,) = companion.services.side_effects.entries()
    _ahead(companion).side_effects.delete(theirs.id)
    sync(patient, companion)
    sync(patient, companion)
    for replica in pair:
        assert _notes(replica) == ["rash on both arms"]
    assert patient.contents() == companion.contents()


@pytest.fixture
def three(template_folder: Path, tmp_path: Path) -> Iterator[tuple[Replica, Replica, Replica]]:
    replicas = tuple(Replica(template_folder, tmp_path / name) for name in ("a", "b", "c"))
    yield replicas[0], replicas[1], replicas[2]
    for replica in replicas:
        replica.close()


def test_a_restore_outlives_a_deletion_alongside_heard_of_first_on_a_third_computer(
    three: tuple[Replica, Replica, Replica],
) -> None:
    """The same, with a third computer that hears of the deletion before the restore: it too
    brings the entry back, since the deletion had not seen the restore."""
    first, second, third = three
    third.services.side_effects.log(_entry(notes="rash on both arms"))
    sync(*three)
    _deleted_and_restored(first)
    (theirs,) = third.services.side_effects.entries()
    _ahead(third).side_effects.delete(theirs.id)
    second.take(third.changes())
    assert _notes(second) == []
    second.take(first.changes())
    assert _notes(second) == ["rash on both arms"]
    sync(*three)
    for replica in three:
        assert _notes(replica) == ["rash on both arms"]
    assert first.contents() == second.contents() == third.contents()


def test_a_deletion_made_after_seeing_a_restore_wins_even_where_it_comes_first(
    three: tuple[Replica, Replica, Replica],
) -> None:
    """Deleted again by a computer that had seen the restore: it stays deleted everywhere,
    on a computer hearing of that deletion before the restore too."""
    first, second, third = three
    third.services.side_effects.log(_entry(notes="rash on both arms"))
    sync(*three)
    _deleted_and_restored(first)
    third.take(first.changes())
    (theirs,) = third.services.side_effects.entries()
    third.services.side_effects.delete(theirs.id)
    second.take(third.changes())
    second.take(first.changes())
    sync(*three)
    for replica in three:
        assert _notes(replica) == []
    assert first.contents() == second.contents() == third.contents()


def test_a_deletion_made_after_seeing_an_edit_wins_even_where_it_comes_first(
    three: tuple[Replica, Replica, Replica],
) -> None:
    """An edit beats a deletion made alongside it, not one made after seeing it: a computer
    hearing of such a deletion before the edit does not bring the entry back with the edit."""
    first, second, third = three
    third.services.side_effects.log(_entry(notes="rash on both arms"))
    sync(*three)
    (entry,) = first.services.side_effects.entries()
    first.services.side_effects.update(entry.id, replace(entry.details, severity=7))
    third.take(first.changes())
    (theirs,) = third.services.side_effects.entries()
    third.services.side_effects.delete(theirs.id)
    second.take(third.changes())
    second.take(first.changes())
    sync(*three)
    for replica in three:
        assert _notes(replica) == []
    assert first.contents() == second.contents() == third.contents()
