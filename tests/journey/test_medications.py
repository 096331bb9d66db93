"""Medications with schedules (issue 18, part 6): due times across DST changes, "every 2
days", weekdays, the stop date, "until neutrophils recover" ending at recorded engraftment,
recording doses with who and when, adherence with missed doses, refusals naming their
fields, the prophylaxis offer (never a dose) and the JSON round trip. No Qt."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from journey.aftercare import MedicationDetails, medication_problems
from journey.errors import InvalidInput
from journey.exchange.json_document import export_document, import_document
from journey.journal import open_journal
from journey.medications import (
    DoseRecord,
    DoseSchedule,
    DueTime,
    adherence,
    due_times,
    missed_after,
    parse_times,
    prophylaxis_offer,
    schedule_problems,
)
from journey.services import JournalServices
from journey.services.blood_counts import CountDetails
from journey.timekeeping import Clock
from tests.journey.helpers import HOME_ZONE, NOW

TIJUANA = "America/Tijuana"
TWICE = DoseSchedule("times_a_day", (time(8), time(20)))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- due times ------------------------------------------------------------------------------

DUE_CASES = {
    # Tijuana springs forward at 02:00 on Sunday 8 March 2026 (PST −8 → PDT −7): 08:00 stays
    # 08:00 on the wall, so the night between the doses is an hour shorter.
    "twice a day across the spring DST change": (
        TWICE,
        date(2026, 3, 7),
        None,
        date(2026, 3, 7),
        date(2026, 3, 8),
        [utc(2026, 3, 7, 16), utc(2026, 3, 8, 4), utc(2026, 3, 8, 15), utc(2026, 3, 9, 3)],
    ),
    # 02:30 does not exist that night: due when the clocks have jumped, at 03:30 PDT.
    "a time inside the spring-forward gap": (
        DoseSchedule("times_a_day", (time(2, 30),)),
        date(2026, 3, 8),
        None,
        date(2026, 3, 8),
        date(2026, 3, 8),
        [utc(2026, 3, 8, 10, 30)],
    ),
    # 01:30 happens twice on 1 November 2026: due the first time (PDT, −7).
    "a time in the repeated autumn hour": (
        DoseSchedule("times_a_day", (time(1, 30),)),
        date(2026, 11, 1),
        None,
        date(2026, 11, 1),
        date(2026, 11, 2),
        [utc(2026, 11, 1, 8, 30), utc(2026, 11, 2, 9, 30)],
    ),
    "every 2 days, counted from the start": (
        DoseSchedule("every_n_days", (time(9),), every_days=2),
        date(2026, 3, 1),
        None,
        date(2026, 3, 2),
        date(2026, 3, 6),
        [utc(2026, 3, 3, 17), utc(2026, 3, 5, 17)],
    ),
    "Monday, Wednesday and Friday": (
        DoseSchedule("weekdays", (time(8),), weekdays=(1, 3, 5)),
        date(2026, 6, 1),  # a Monday (PDT)
        None,
        date(2026, 6, 1),
        date(2026, 6, 7),
        [utc(2026, 6, 1, 15), utc(2026, 6, 3, 15), utc(2026, 6, 5, 15)],
    ),
    "the stop date is the first day without it": (
        TWICE,
        date(2026, 6, 1),
        date(2026, 6, 2),
        date(2026, 5, 1),
        date(2026, 6, 30),
        [utc(2026, 6, 1, 15), utc(2026, 6, 2, 3)],
    ),
    "nothing before the start date": (
        DoseSchedule("times_a_day", (time(8),)),
        date(2026, 6, 2),
        None,
        date(2026, 6, 1),
        date(2026, 6, 2),
        [utc(2026, 6, 2, 15)],
    ),
    "as needed has no due times": (
        DoseSchedule("as_needed"),
        date(2026, 6, 1),
        None,
        date(2026, 6, 1),
        date(2026, 6, 9),
        [],
    ),
}


@pytest.mark.parametrize(
    ("schedule", "started", "stopped", "first", "last", "expected"),
    DUE_CASES.values(),
    ids=DUE_CASES.keys(),
)
def test_due_times(
    schedule: DoseSchedule,
    started: date,
    stopped: date | None,
    first: date,
    last: date,
    expected: list[datetime],
) -> None:
    due = due_times(
        schedule,
        started=started,
        stopped=stopped,
        ends_at=None,
        zone=TIJUANA,
        first=first,
        last=last,
    )
    assert [d.at for d in due] == expected
    assert all(d.zone == TIJUANA and d.local.tzinfo is None for d in due)


def test_the_wall_times_stay_on_the_clock_across_the_dst_change() -> None:
    due = due_times(
        TWICE,
        started=date(2026, 3, 7),
        stopped=None,
        ends_at=None,
        zone=TIJUANA,
        first=date(2026, 3, 7),
        last=date(2026, 3, 8),
    )
    assert [d.local.time() for d in due] == [time(8), time(20)] * 2
    gaps = [later.at - earlier.at for earlier, later in itertools.pairwise(due)]
    assert gaps == [timedelta(hours=12), timedelta(hours=11), timedelta(hours=12)]


def test_no_dose_is_due_from_the_end_instant_on() -> None:
    due = due_times(
        TWICE,
        started=date(2026, 3, 1),
        stopped=None,
        ends_at=utc(2026, 3, 2, 15, 59),  # 07:59 PST on the 2nd
        zone=TIJUANA,
        first=date(2026, 3, 1),
        last=date(2026, 3, 5),
    )
    assert [d.local for d in due] == [
        datetime(2026, 3, 1, 8),
        datetime(2026, 3, 1, 20),
    ]


# --- refusals -------------------------------------------------------------------------------

REFUSED = {
    "no times": (DoseSchedule("times_a_day"), [("dose_times", "dose_times_required")]),
    "a time twice": (
        DoseSchedule("times_a_day", (time(8), time(8))),
        [("dose_times", "dose_times_repeat")],
    ),
    "every 0 days": (
        DoseSchedule("every_n_days", (time(8),), every_days=0),
        [("every_days", "every_days_range")],
    ),
    "every how many days not said": (
        DoseSchedule("every_n_days", (time(8),)),
        [("every_days", "every_days_range")],
    ),
    "no weekday": (DoseSchedule("weekdays", (time(8),)), [("weekdays", "weekdays_required")]),
    "weekday 8": (
        DoseSchedule("weekdays", (time(8),), weekdays=(8,)),
        [("weekdays", "weekdays_required")],
    ),
    "unknown kind": (DoseSchedule("hourly", (time(8),)), [("schedule_kind", "unknown_choice")]),
}


@pytest.mark.parametrize(("schedule", "expected"), REFUSED.values(), ids=REFUSED.keys())
def test_a_schedule_is_refused_naming_its_field(
    schedule: DoseSchedule, expected: list[tuple[str, str]]
) -> None:
    assert [(p.field, p.code) for p in schedule_problems(schedule)] == expected


@pytest.mark.parametrize(
    ("text", "times", "code"),
    [
        ("08:00 20:00", (time(8), time(20)), None),
        ("20:00, 8:00", (time(8), time(20)), None),
        ("8 14.30", (time(8), time(14, 30)), None),
        ("", (), None),
        ("25:00", (), "dose_times_format"),
        ("8pm", (), "dose_times_format"),
    ],
)
def test_typed_times(text: str, times: tuple[time, ...], code: str | None) -> None:
    parsed, problem = parse_times("dose_times", text)
    assert parsed == times
    assert (problem.code if problem else None) == code


def test_a_medication_s_route_and_stop_are_checked() -> None:
    details = MedicationDetails("Aciclovir", date(2026, 5, 1), route="nose", stop_when="soon")
    assert {(p.field, p.code) for p in medication_problems(details)} == {
        ("route", "unknown_choice"),
        ("stop_when", "unknown_choice"),
    }


# --- the service: stored, recorded, ended by the counts -------------------------------------


def _add(services: JournalServices, **changes: object) -> int:
    details = MedicationDetails(
        "Aciclovir", date(2026, 5, 8), dose="400 mg", route="mouth", dose_schedule=TWICE
    )
    return services.clinical.medications.add(replace(details, **changes)).id  # type: ignore[arg-type]


def test_free_text_medications_keep_their_words_and_have_no_doses(
    services: JournalServices,
) -> None:
    old = MedicationDetails("Baclofen", date(2026, 1, 1), None, "10 mg", "three times a day")
    stored = services.clinical.medications.add(old)
    assert services.clinical.medications.all()[0].details == old
    assert services.clinical.doses.doses(date(2026, 1, 1), date(2026, 5, 10)) == []
    assert stored.details.dose_schedule is None


def test_a_dose_is_recorded_with_who_and_when_and_again_replaces_it(
    services: JournalServices,
) -> None:
    med = _add(services)
    doses = services.clinical.doses
    local = datetime(2026, 5, 9, 20)
    first = doses.record(med, local, "taken", "companion")
    again = doses.record(med, local, "late", "patient")
    (stored,) = doses.records()
    assert stored == again
    assert (stored.status, stored.recorded_by, stored.recorded_at) == ("late", "patient", NOW)
    assert stored.due_zone == HOME_ZONE
    assert first.id == again.id
    (due,) = [d for d in doses.doses(date(2026, 5, 9), date(2026, 5, 9)) if d.due.local == local]
    assert due.record == stored


def test_deleting_a_medication_then_undo_brings_back_every_dose_as_recorded(
    services: JournalServices,
) -> None:
    med = _add(services)
    other = _add(services, name="Fluconazole")
    doses = services.clinical.doses
    doses.record(med, datetime(2026, 5, 8, 8), "taken", "companion", utc(2026, 5, 8, 15, 5))
    doses.record(med, datetime(2026, 5, 8, 20), "skipped", "patient", utc(2026, 5, 9, 3))
    doses.record(med, datetime(2026, 5, 9, 8), "late", "patient", utc(2026, 5, 9, 17))
    kept = doses.record(other, datetime(2026, 5, 9, 8), "taken")
    before = doses.records(med)
    adherence_before = doses.adherence(date(2026, 5, 8), date(2026, 5, 9))

    deleted = services.clinical.medications.delete(med)
    assert doses.records(med) == []
    assert doses.records() == [kept]

    restored = services.clinical.medications.restore(deleted)
    assert restored.id == med
    after = doses.records(med)
    assert [(d.due_local, d.due_zone, d.status, d.recorded_by, d.recorded_at) for d in after] == [
        (d.due_local, d.due_zone, d.status, d.recorded_by, d.recorded_at) for d in before
    ]
    assert doses.adherence(date(2026, 5, 8), date(2026, 5, 9)) == adherence_before


def test_recording_a_dose_not_in_the_schedule_is_refused_naming_the_field(
    services: JournalServices,
) -> None:
    med = _add(services)
    doses = services.clinical.doses
    with pytest.raises(InvalidInput) as refused:
        doses.record(med, datetime(2026, 5, 9, 9), "taken")
    assert [(p.field, p.code) for p in refused.value.problems] == [("due_local", "not_found")]
    with pytest.raises(InvalidInput) as refused:
        doses.record(med, datetime(2026, 5, 9, 8), "forgot", "neighbour")
    assert [p.field for p in refused.value.problems] == ["status", "recorded_by"]
    assert doses.records() == []


def _count(services: JournalServices, at: datetime, value: float) -> None:
    services.blood_counts.add(
        CountDetails("neutrophils", value, "e9_per_l", at, HOME_ZONE, source="lab")
    )


def test_until_neutrophils_recover_ends_at_recorded_engraftment(
    services: JournalServices,
) -> None:
    med = _add(services, started=date(2026, 5, 1), stop_when="neutrophils")
    doses = services.clinical.doses
    morning = [utc(2026, 5, day, 11) for day in range(1, 5)]  # 07:00 in Toronto (EDT)
    _count(services, morning[0], 0.3)  # opens the neutropenic period
    first, last = date(2026, 5, 1), date(2026, 5, 6)
    assert len(doses.doses(first, last)) == 12  # still open: every day

    for at, value in zip(morning[1:], (0.6, 0.7, 0.8), strict=True):
        _count(services, at, value)
    state = services.blood_counts.neutropenia()
    assert state.ended_by == "engraftment"
    assert state.periods[-1][1] == morning[3]
    due = doses.doses(first, last)
    assert [d.due.local for d in due][-1] == datetime(2026, 5, 3, 20)  # before the 4th, 07:00
    assert len(due) == 6
    assert med == due[0].medication_id


def test_the_team_s_recovered_record_ends_it_too(services: JournalServices) -> None:
    _add(services, started=date(2026, 5, 1), stop_when="neutrophils")
    _count(services, utc(2026, 5, 1, 11), 0.2)
    services.blood_counts.record_recovered(utc(2026, 5, 2, 16), HOME_ZONE, "companion")
    due = services.clinical.doses.doses(date(2026, 5, 1), date(2026, 5, 6))
    assert [d.due.local for d in due] == [
        datetime(2026, 5, 1, 8),
        datetime(2026, 5, 1, 20),
        datetime(2026, 5, 2, 8),
    ]


def test_adherence_counts_taken_late_skipped_missed_and_pending(
    services: JournalServices,
) -> None:
    # NOW is 10:00 in Toronto on 10 May; the 08:00 dose that day is two hours old.
    med = _add(services)
    soon = _add(
        services,
        name="Fluconazole",
        dose="200 mg",
        started=date(2026, 5, 10),
        dose_schedule=DoseSchedule("times_a_day", (time(9, 30),)),
    )
    doses = services.clinical.doses
    doses.record(med, datetime(2026, 5, 8, 8), "taken", "patient")
    doses.record(med, datetime(2026, 5, 8, 20), "late", "companion")
    doses.record(med, datetime(2026, 5, 9, 8), "skipped", "patient")
    aciclovir, fluconazole = doses.adherence(date(2026, 5, 1), date(2026, 5, 31))
    assert (aciclovir.taken, aciclovir.late, aciclovir.skipped, aciclovir.missed) == (1, 1, 1, 2)
    assert aciclovir.pending == 0
    assert aciclovir.due == 5
    assert (fluconazole.medication_id, fluconazole.pending, fluconazole.missed) == (soon, 1, 0)


@pytest.mark.parametrize(
    ("after", "missed", "pending"),
    [(timedelta(minutes=59), 0, 1), (timedelta(minutes=60), 1, 0), (timedelta(hours=5), 1, 0)],
)
def test_a_dose_counts_as_missed_an_hour_after_it_was_due(
    after: timedelta, missed: int, pending: int
) -> None:
    assert missed_after() == timedelta(hours=1)  # resources/medications/medications.json
    due = DueTime(datetime(2026, 5, 9, 8), HOME_ZONE, utc(2026, 5, 9, 12))
    counted = adherence(1, "Aciclovir", "400 mg", [due], [], due.at + after, date.min, date.max)
    assert (counted.missed, counted.pending) == (missed, pending)


def test_an_as_needed_dose_counts_by_what_was_recorded() -> None:
    record = DoseRecord(1, 1, datetime(2026, 5, 9, 15, 30), HOME_ZONE, "taken", NOW, "patient")
    counted = adherence(1, "Ondansetron", "8 mg", [], [record], NOW, date.min, date.max)
    assert (counted.taken, counted.due) == (1, 1)


def test_reminders_tell_the_doses_falling_due_with_nothing_recorded(
    services: JournalServices,
) -> None:
    med = _add(services)
    doses = services.clinical.doses
    window = (utc(2026, 5, 9, 11), utc(2026, 5, 10, 13))  # 07:00 on the 9th to 09:00 the 10th
    assert [d.due.local for d in doses.falling_due(*window)] == [
        datetime(2026, 5, 9, 8),
        datetime(2026, 5, 9, 20),
        datetime(2026, 5, 10, 8),
    ]
    doses.record(med, datetime(2026, 5, 9, 20), "taken")
    assert datetime(2026, 5, 9, 20) not in [d.due.local for d in doses.falling_due(*window)]


# --- the prophylaxis offer: the source's list, never a dose ----------------------------------


def test_the_hsct_offer_lists_the_source_s_four_medicines_and_no_dose() -> None:
    offer = prophylaxis_offer("hsct")
    assert offer is not None
    assert [d.name for d in offer.drugs] == [
        "Ondansetron",
        "Co-trimoxazole",
        "Fluconazole",
        "Aciclovir",
    ]
    assert "Blood 2016;128(22):2262" in offer.source
    assert "until granulocytes were greater than 0.5" in offer.source
    assert offer.stop_when == "neutrophils"
    assert all(not hasattr(d, "dose") for d in offer.drugs)
    assert prophylaxis_offer("msc") is None


def test_confirmed_prophylaxis_needs_the_team_s_dose_and_adds_all_or_none(
    services: JournalServices,
) -> None:
    doses = services.clinical.doses
    base = MedicationDetails(
        "Fluconazole", date(2026, 5, 9), route="mouth", stop_when="neutrophils"
    )
    with pytest.raises(InvalidInput) as refused:
        doses.add_confirmed([replace(base, dose="200 mg"), replace(base, name="Aciclovir")])
    assert [(p.field, p.code) for p in refused.value.problems] == [("1:dose", "dose_from_team")]
    assert services.clinical.medications.all() == []
    ids = doses.add_confirmed([replace(base, dose="200 mg")])
    assert [m.id for m in services.clinical.medications.all()] == ids


# --- JSON ---------------------------------------------------------------------------------------


def test_schedules_and_doses_round_trip_through_json(
    services: JournalServices, template_folder: Path, tmp_path: Path
) -> None:
    med = _add(
        services,
        schedule="every other day",
        dose_schedule=DoseSchedule("every_n_days", (time(8), time(21, 30)), every_days=2),
        stop_when="team",
    )
    _add(
        services,
        name="Co-trimoxazole",
        dose_schedule=DoseSchedule("weekdays", (time(8),), weekdays=(1, 3, 5)),
    )
    services.clinical.doses.record(med, datetime(2026, 5, 8, 8), "late", "companion")
    document = export_document(services.session_factory, now=NOW)
    import shutil

    shutil.copytree(template_folder, tmp_path / "target")
    target = open_journal(tmp_path / "target", now=NOW)
    try:
        import_document(target.session_factory, document)
        restored = JournalServices.build(target.session_factory, Clock(HOME_ZONE, fixed_now=NOW))
        assert [m.details for m in restored.clinical.medications.all()] == [
            m.details for m in services.clinical.medications.all()
        ]
        assert restored.clinical.doses.records() == services.clinical.doses.records()
        assert export_document(target.session_factory, now=NOW) == document
    finally:
        target.close()
