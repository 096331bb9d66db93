"""What sharing leaves to settle (issue 16, part 4): a field changed on both computers is
listed with both values and who made each, and the choice made on one computer settles it on
both; a deleted item is listed under "Recently deleted" and comes back as the same item on
every computer."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from journey.itinerary import ItemDetails
from journey.services import JournalServices
from journey.sync.history import HistoryError
from journey.timekeeping import Clock
from tests.journey.computers import Computer, onboard, shared_and_joined, symptom_entry, sync_round
from tests.journey.helpers import HOME_ZONE, NOW

FLIGHT = ItemDetails(
    kind="flight",
    title="Flight Toronto → San Diego",
    start=datetime(2026, 6, 1, 8, 15),
    zone="America/Toronto",
    responsible="companion",
)


def _flight(computer: Computer):
    (found,) = [i for i in computer.services.itinerary.items() if i.details.kind == "flight"]
    return found


def _both_edit_the_flights_notes(computers: tuple[Computer, Computer]):
    patient, companion = computers
    tool = shared_and_joined(computers)
    companion.services.itinerary.add(FLIGHT)
    sync_round(tool, patient, companion)
    mine, theirs = _flight(patient), _flight(companion)
    patient.services.itinerary.update(mine.id, replace(mine.details, notes="Seat 12A"))
    companion.services.itinerary.update(theirs.id, replace(theirs.details, notes="Gate 34"))
    sync_round(tool, patient, companion)
    return tool


def test_a_field_changed_on_both_computers_shows_both_values_and_who(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    # The companion's edit is stamped five minutes later ("updated at" differs too): only the
    # note is a choice, not the journal's own record of when each was changed.
    companion.services = JournalServices.build(
        companion.journal.session_factory, Clock(HOME_ZONE, fixed_now=NOW + timedelta(minutes=5))
    )
    _both_edit_the_flights_notes(computers)
    ids = {
        patient.sharing.status().me.device_id: "patient",
        companion.sharing.status().me.device_id: "companion",
    }
    for computer in computers:
        (conflict,) = computer.services.history.conflicts()
        assert (conflict.tbl, conflict.col, conflict.label) == (
            "itinerary_item",
            "notes",
            "Flight Toronto → San Diego",
        )
        made = {ids[conflict.kept.device]: conflict.kept.value}
        made[ids[conflict.other.device]] = conflict.other.value
        assert made == {"patient": "Seat 12A", "companion": "Gate 34"}
        assert _flight(computer).details.notes == conflict.kept.value  # both hold the kept


@pytest.mark.parametrize("take_other", [True, False])
def test_choosing_on_one_computer_settles_it_on_both(
    computers: tuple[Computer, Computer], take_other: bool
) -> None:
    patient, companion = computers
    tool = _both_edit_the_flights_notes(computers)
    (conflict,) = companion.services.history.conflicts()
    chosen = conflict.other.value if take_other else conflict.kept.value
    companion.services.history.choose(conflict.id, take_other=take_other)
    assert companion.services.history.conflicts() == []
    assert _flight(companion).details.notes == chosen
    sync_round(tool, patient, companion)
    for computer in computers:
        assert computer.services.history.conflicts() == []
        assert computer.sharing.status().conflicts == 0
        assert _flight(computer).details.notes == chosen


def test_a_deleted_item_is_listed_and_comes_back_as_the_same_item_everywhere(
    computers: tuple[Computer, Computer],
) -> None:
    patient, companion = computers
    tool = shared_and_joined(computers)
    companion.services.itinerary.add(FLIGHT)
    sync_round(tool, patient, companion)
    patient.services.itinerary.delete(_flight(patient).id)
    sync_round(tool, patient, companion)
    assert not [i for i in companion.services.itinerary.items() if i.details.kind == "flight"]
    (deleted,) = [d for d in companion.services.history.recently_deleted() if d.label]
    assert (deleted.tbl, deleted.label) == ("itinerary_item", "Flight Toronto → San Diego")
    assert deleted.deleted.device == patient.sharing.status().me.device_id  # who deleted it
    assert companion.services.history.restore(deleted.uid) == 1
    assert _flight(companion).details.title == FLIGHT.title
    sync_round(tool, patient, companion)
    for computer in computers:
        flights = [i for i in computer.services.itinerary.items() if i.details.kind == "flight"]
        assert [f.details.title for f in flights] == [FLIGHT.title]  # once, not twice
        assert deleted.uid not in {d.uid for d in computer.services.history.recently_deleted()}


def test_a_medication_comes_back_with_its_recorded_doses(
    computers: tuple[Computer, Computer],
) -> None:
    """What was deleted in one action comes back together (a medication and its doses),
    on an unshared journal too."""
    from journey.aftercare import MedicationDetails
    from journey.medications import DoseSchedule

    patient, _ = computers
    onboard(patient.services)
    clinical = patient.services.clinical
    twice_a_day = DoseSchedule("times_a_day", (time(8), time(20)))
    added = clinical.medications.add(
        MedicationDetails(name="Aciclovir", started=date(2026, 5, 1), dose_schedule=twice_a_day)
    )
    clinical.doses.record(added.id, datetime(2026, 5, 2, 8), "taken", "companion")
    clinical.doses.record(added.id, datetime(2026, 5, 2, 20), "skipped", "patient")
    before = [(r.due_local, r.status, r.recorded_by) for r in clinical.doses.records()]
    clinical.medications.delete(added.id)
    assert clinical.medications.all() == []
    assert clinical.doses.records() == []
    (deleted,) = [d for d in patient.services.history.recently_deleted() if d.tbl == "medication"]
    assert deleted.label == "Aciclovir"
    assert patient.services.history.restore(deleted.uid) == 3
    assert [m.details.name for m in clinical.medications.all()] == ["Aciclovir"]
    assert [(r.due_local, r.status, r.recorded_by) for r in clinical.doses.records()] == before


def test_restoring_twice_or_something_not_deleted_says_so(
    computers: tuple[Computer, Computer],
) -> None:
    patient, _ = computers
    onboard(patient.services)
    entry = patient.services.side_effects.log(symptom_entry("Nausea", "morning"))
    patient.services.side_effects.delete(entry.id)
    (deleted,) = [d for d in patient.services.history.recently_deleted() if d.label == "Nausea"]
    patient.services.history.restore(deleted.uid)
    assert [e.details.notes for e in patient.services.side_effects.entries()] == ["morning"]
    with pytest.raises(HistoryError, match="no longer"):
        patient.services.history.restore(deleted.uid)
    with pytest.raises(HistoryError):
        patient.services.history.restore("not-a-uid")
