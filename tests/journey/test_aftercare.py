"""Aftercare (SPEC §2.6–2.7, §4): scales, ratings and their baseline, when a rating is due,
clinical events, medications, the discharge packet, NEDA-3 from the stored events and the
follow-up plan.

The clock is fixed at 10 May 2026, 14:00 UTC (10:00 in Toronto); the course in the fixtures
starts treatment on 21 May 2026. Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey.aftercare import (
    DischargeDetails,
    EdssDetails,
    MedicationDetails,
    MriDetails,
    RatingDetails,
    RelapseDetails,
    ScaleDetails,
    add_months,
    built_in_scales,
    follow_up_start,
    rating_field,
    rating_status,
)
from journey.dto import CompanionData, CourseData, ProfileData
from journey.errors import InvalidInput
from journey.itinerary import Item, ItemDetails
from journey.journal import Journal
from journey.services import JournalServices

NOW = datetime(2026, 5, 10, 14, 0, tzinfo=UTC)
TORONTO = "America/Toronto"
DAY = timedelta(days=1)


def refused(action: Any, *args: Any) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInput) as caught:
        action(*args)
    return [(p.field, p.code) for p in caught.value.problems]


@pytest.fixture
def ready(
    services: JournalServices, profile: ProfileData, course: CourseData, companion: CompanionData
) -> JournalServices:
    services.onboarding.complete(profile, course, companion)
    return services


def scale_ids(services: JournalServices) -> dict[str, int]:
    return {scale.key: scale.id for scale in services.ratings.scales()}


def rating(services: JournalServices, at: datetime = NOW, **values: float) -> RatingDetails:
    ids = scale_ids(services)
    pairs = tuple(sorted((ids[key], value) for key, value in values.items()))
    return RatingDetails(at=at, zone=TORONTO, values=pairs)


# --- scales ---------------------------------------------------------------------------------


def test_the_built_in_scales_are_there_in_the_forms_order(services: JournalServices) -> None:
    scales = services.ratings.scales()
    assert [s.key for s in scales] == list(built_in_scales())
    assert [s.name for s in scales][:3] == ["Energy", "Fatigue", "Thinking clarity"]
    fatigue = scales[1]
    assert (fatigue.details.low, fatigue.details.high) == (0, 10)
    assert fatigue.details.higher_is_better is False
    assert fatigue.low_words == "No fatigue"
    assert all(s.built_in and not s.hidden for s in scales)


def test_a_custom_scale_is_added_after_the_built_in_ones(services: JournalServices) -> None:
    added = services.ratings.add_scale(
        ScaleDetails("SDMT score", 0, 110, True, "From my neurologist's test")
    )
    assert services.ratings.scales()[-1] == added
    assert added.key == "sdmt score"
    assert (added.details.low, added.details.high, added.built_in) == (0, 110, False)


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        (ScaleDetails("Tingling", 5, 5), [("high", "range_order")]),
        (ScaleDetails("Tingling", 10, 0), [("high", "range_order")]),
        (ScaleDetails("energy"), [("name", "duplicate_name")]),
        (ScaleDetails("  Fatigue "), [("name", "duplicate_name")]),
        (ScaleDetails("   "), [("name", "required")]),
        (ScaleDetails("Big", 0, float("inf")), [("high", "number_too_large")]),
    ],
)
def test_a_bad_custom_scale_is_refused_and_nothing_is_stored(
    services: JournalServices, details: ScaleDetails, expected: list[tuple[str, str]]
) -> None:
    before = services.ratings.scales()
    assert refused(services.ratings.add_scale, details) == expected
    assert services.ratings.scales() == before


def test_a_duplicate_of_a_custom_scale_is_refused(services: JournalServices) -> None:
    services.ratings.add_scale(ScaleDetails("Tingling"))
    assert refused(services.ratings.add_scale, ScaleDetails("TINGLING")) == [
        ("name", "duplicate_name")
    ]


def test_a_hidden_scale_leaves_the_form_but_keeps_its_ratings(
    ready: JournalServices,
) -> None:
    ready.ratings.record(rating(ready, pain=4, energy=6))
    pain = scale_ids(ready)["pain"]
    ready.ratings.set_hidden(pain, True)
    assert "pain" not in [s.key for s in ready.ratings.scales(include_hidden=False)]
    assert ready.ratings.ratings()[0].value(pain) == 4
    ready.ratings.set_hidden(pain, False)
    assert "pain" in [s.key for s in ready.ratings.scales(include_hidden=False)]


def test_a_custom_scales_range_cannot_leave_out_a_stored_rating(ready: JournalServices) -> None:
    scale = ready.ratings.add_scale(ScaleDetails("SDMT score", 0, 110))
    ready.ratings.record(
        RatingDetails(at=NOW, zone=TORONTO, values=((scale.id, 52.0),)),
    )
    assert refused(ready.ratings.update_scale, scale.id, ScaleDetails("SDMT score", 0, 50)) == [
        ("high", "range_leaves_out")
    ]
    changed = ready.ratings.update_scale(scale.id, ScaleDetails("SDMT (oral)", 0, 120))
    assert (changed.name, changed.details.high) == ("SDMT (oral)", 120)


# --- ratings --------------------------------------------------------------------------------


def test_a_rating_is_stored_with_its_instant_and_zone(ready: JournalServices) -> None:
    stored = ready.ratings.record(rating(ready, energy=6, fatigue=7, overall=5))
    again = ready.ratings.ratings()
    assert again == [stored]
    assert stored.details.at == NOW
    assert stored.details.zone == TORONTO
    ids = scale_ids(ready)
    assert stored.value(ids["fatigue"]) == 7
    assert stored.value(ids["pain"]) is None


@pytest.mark.parametrize("value", [-1, 10.5, 11, float("nan")])
def test_a_rating_outside_its_scale_is_refused(ready: JournalServices, value: float) -> None:
    energy = scale_ids(ready)["energy"]
    problems = refused(ready.ratings.record, rating(ready, energy=value, mood=5))
    assert problems == [(rating_field(energy), "rating_range")]
    assert ready.ratings.ratings() == []


def test_the_range_message_names_the_scales_own_range(ready: JournalServices) -> None:
    scale = ready.ratings.add_scale(ScaleDetails("EQ-5D index", -0.59, 1))
    with pytest.raises(InvalidInput) as caught:
        ready.ratings.record(RatingDetails(NOW, TORONTO, ((scale.id, 1.5),)))
    assert caught.value.problems[0].english() == "A rating on this scale goes from -0.59 to 1."
    ready.ratings.record(RatingDetails(NOW, TORONTO, ((scale.id, -0.2),)))


def test_an_empty_rating_or_one_in_the_future_is_refused(ready: JournalServices) -> None:
    assert refused(ready.ratings.record, RatingDetails(NOW, TORONTO, ())) == [
        ("values", "rating_required")
    ]
    assert refused(ready.ratings.record, rating(ready, NOW + timedelta(hours=1), energy=3)) == [
        ("at", "time_in_future")
    ]


def test_a_rating_can_be_edited_deleted_and_brought_back(ready: JournalServices) -> None:
    first = ready.ratings.record(rating(ready, energy=6))
    edited = ready.ratings.update(first.id, rating(ready, energy=7, mood=3))
    ids = scale_ids(ready)
    assert (edited.value(ids["energy"]), edited.value(ids["mood"])) == (7, 3)
    gone = ready.ratings.delete(first.id)
    assert ready.ratings.ratings() == []
    assert ready.ratings.restore(gone) == edited


# --- the baseline ---------------------------------------------------------------------------


def test_the_baseline_is_the_ratings_before_the_treatment_start(ready: JournalServices) -> None:
    # Treatment starts on 21 May 2026; the clock says 10 May, so later ratings need a clock.
    before = ready.ratings.record(rating(ready, NOW - 3 * DAY, energy=4))
    also_before = ready.ratings.record(rating(ready, NOW, energy=5))
    assert [r.is_baseline for r in ready.ratings.ratings()] == [True, True]
    ready.ratings.mark_baseline(also_before.id, False)
    assert [r.is_baseline for r in ready.ratings.ratings()] == [True, False]
    ready.ratings.mark_baseline(also_before.id, None)
    assert [r.id for r in ready.ratings.ratings() if r.is_baseline] == [
        before.id,
        also_before.id,
    ]


def test_ratings_the_user_marks_replace_the_baseline_by_date(ready: JournalServices) -> None:
    ready.ratings.record(rating(ready, NOW - 3 * DAY, energy=4))
    chosen = ready.ratings.record(rating(ready, NOW, energy=5))
    ready.ratings.mark_baseline(chosen.id, True)
    assert [r.id for r in ready.ratings.ratings() if r.is_baseline] == [chosen.id]
    series = ready.ratings.series()[scale_ids(ready)["energy"]]
    assert [(p.value, p.baseline) for p in series] == [(4, False), (5, True)]


def test_the_baseline_uses_the_date_where_the_rating_was_made(
    ready: JournalServices, course: CourseData
) -> None:
    # 21 May 00:30 UTC is still 20 May in Toronto: before the treatment start, so baseline.
    late = datetime(2026, 5, 21, 0, 30, tzinfo=UTC)
    ready.course.save(dataclasses.replace(course, treatment_start=date(2026, 5, 21)))
    service = ready.ratings
    service._clock = dataclasses.replace(service._clock, fixed_now=late + DAY)
    service.record(rating(ready, late, energy=5))
    service.record(
        RatingDetails(late, "Asia/Tokyo", ((scale_ids(ready)["energy"], 6.0),))
    )  # 09:30 on 21 May in Tokyo: the treatment day, not baseline
    assert [r.is_baseline for r in service.ratings()] == [True, False]


# --- when a rating is due -------------------------------------------------------------------


def test_before_treatment_today_asks_for_a_baseline(ready: JournalServices) -> None:
    status = ready.ratings.status()
    assert status.baseline_needed
    assert status.due
    assert status.treatment_start == date(2026, 5, 21)
    ready.ratings.record(rating(ready, energy=5))
    status = ready.ratings.status()
    assert not status.baseline_needed
    assert not status.due
    assert status.due_on == date(2026, 5, 17)


def test_the_cadence_is_the_users_choice(ready: JournalServices) -> None:
    ready.ratings.record(rating(ready, energy=5))
    ready.ratings.set_cadence("monthly")
    assert ready.ratings.cadence() == "monthly"
    assert ready.ratings.status().due_on == date(2026, 6, 10)
    with pytest.raises(InvalidInput):
        ready.ratings.set_cadence("daily")


@pytest.mark.parametrize(
    ("today", "last", "cadence", "due"),
    [
        (date(2026, 8, 8), date(2026, 8, 1), "weekly", True),
        (date(2026, 8, 7), date(2026, 8, 1), "weekly", False),
        (date(2026, 3, 1), date(2026, 1, 31), "monthly", True),  # due 28 Feb
        (date(2026, 2, 27), date(2026, 1, 31), "monthly", False),
        (date(2026, 8, 7), None, "weekly", True),
    ],
)
def test_a_rating_is_due_a_week_or_a_month_after_the_last(
    today: date, last: date | None, cadence: str, due: bool
) -> None:
    assert rating_status(today, cadence, last, True, date(2026, 5, 1)).due is due


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 36))
def test_adding_months_keeps_the_day_or_takes_the_months_last(day: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day == day.day or (later.day < day.day and (later + DAY).day == 1)


# --- clinical events ------------------------------------------------------------------------


def test_clinical_events_are_stored_and_listed_by_date(ready: JournalServices) -> None:
    clinical = ready.clinical
    clinical.relapses.add(
        RelapseDetails(date(2026, 3, 2), date(2026, 3, 20), "Numb left leg", "IV methylpred 3 d")
    )
    clinical.relapses.add(RelapseDetails(date(2025, 11, 1)))
    assert [r.details.started for r in clinical.relapses.all()] == [
        date(2025, 11, 1),
        date(2026, 3, 2),
    ]
    mri = clinical.mris.add(MriDetails(date(2026, 4, 1), 2, 0, "Two new T2 lesions"))
    assert clinical.mris.all()[0] == mri
    clinical.edss.add(EdssDetails(date(2026, 4, 2), 4.0, "Dr Lima"))
    assert [(f.on, f.score) for f in clinical.edss_facts()] == [
        (date(2026, 2, 1), 3.5),  # the profile's "last reported"
        (date(2026, 4, 2), 4.0),
    ]
    medication = MedicationDetails("Aciclovir", date(2026, 5, 21), date(2027, 5, 21), "400 mg")
    stored = clinical.medications.add(medication)
    assert stored.details == medication
    gone = clinical.medications.delete(stored.id)
    assert clinical.medications.all() == []
    assert clinical.medications.restore(gone) == stored


@pytest.mark.parametrize(
    ("kind", "details", "expected"),
    [
        ("edss", EdssDetails(date(2026, 4, 2), 7.3), [("score", "edss_step")]),
        ("edss", EdssDetails(date(2026, 4, 2), 10.5), [("score", "edss_range")]),
        ("edss", EdssDetails(date(2026, 6, 2), 3.0), [("on", "date_in_future")]),
        ("mris", MriDetails(date(2026, 4, 1), -1, 0), [("new_t2", "count_negative")]),
        ("mris", MriDetails(date(2026, 4, 1), 0, -2), [("enhancing", "count_negative")]),
        (
            "relapses",
            RelapseDetails(date(2026, 3, 2), date(2026, 3, 1)),
            [("ended", "end_before_start")],
        ),
        (
            "medications",
            MedicationDetails("Aciclovir", date(2026, 5, 21), date(2026, 5, 20)),
            [("stopped", "end_before_start")],
        ),
        ("medications", MedicationDetails(" ", date(2026, 5, 21)), [("name", "required")]),
    ],
)
def test_a_bad_clinical_event_is_refused_and_nothing_is_stored(
    ready: JournalServices, kind: str, details: Any, expected: list[tuple[str, str]]
) -> None:
    records = getattr(ready.clinical, kind)
    assert refused(records.add, details) == expected
    assert records.all() == []


def test_the_discharge_packet_is_kept(ready: JournalServices) -> None:
    assert ready.clinical.discharge() == DischargeDetails()
    packet = DischargeDetails("Mask in crowds", "No gardening for 6 months", "Clinic 24 h line")
    ready.clinical.save_discharge(packet)
    ready.clinical.save_discharge(packet)
    assert ready.clinical.discharge() == packet


def test_neda3_reads_the_stored_events(ready: JournalServices) -> None:
    clinical = ready.clinical
    clinical.mris.add(MriDetails(date(2026, 4, 1), 0, 0))
    clinical.edss.add(EdssDetails(date(2026, 4, 20), 3.5))  # the profile's 3.5 of 1 Feb before
    assert clinical.neda3(date(2026, 1, 1), date(2026, 5, 1)).holds
    clinical.relapses.add(RelapseDetails(date(2026, 3, 2)))
    result = clinical.neda3(date(2026, 1, 1), date(2026, 5, 1))
    assert not result.holds
    assert [(f.criterion, f.on) for f in result.failures] == [("relapse", date(2026, 3, 2))]


def test_neda3_without_an_edss_in_the_period_never_holds(ready: JournalServices) -> None:
    ready.clinical.mris.add(MriDetails(date(2026, 4, 1), 0, 0))
    result = ready.clinical.neda3(date(2026, 3, 1), date(2026, 5, 1))
    assert result.failures == ()
    assert result.verdict == "unknown"
    assert result.missing == ("no_edss",)


# --- the NEDA-3 period ----------------------------------------------------------------------

DAY_ZERO = date(2026, 6, 3)  # the fixture's reinfusion: day 15 of a stay from 20 May


def on_day(services: JournalServices, journal: Journal, day: date) -> JournalServices:
    """The same journal, its clock at noon on ``day``."""
    clock = dataclasses.replace(services.clock, fixed_now=datetime.combine(day, time(12), UTC))
    return JournalServices.build(journal.session_factory, clock)


@pytest.mark.parametrize(
    ("today", "scans", "expected"),
    [
        # (today, MRI dates, (start, basis, re-baseline date, recorded))
        (date(2027, 3, 1), [], (date(2026, 12, 3), "rebaseline", date(2026, 12, 3), False)),
        (
            date(2027, 3, 1),
            [date(2026, 11, 20)],
            (date(2026, 11, 21), "rebaseline", date(2026, 11, 20), True),
        ),
        (
            date(2026, 8, 1),
            [],
            (DAY_ZERO, "before_rebaseline", date(2026, 12, 3), False),
        ),
    ],
)
def test_the_hsct_neda_period_starts_at_the_rebaseline_mri(
    ready: JournalServices,
    journal: Journal,
    today: date,
    scans: list[date],
    expected: tuple[Any, ...],
) -> None:
    ready = on_day(ready, journal, today)
    for on in scans:
        ready.clinical.mris.add(MriDetails(on, 0, 0))
    period = ready.clinical.neda_period()
    assert (period.start, period.basis, period.rebaseline_on, period.rebaseline_recorded) == (
        expected
    )
    assert period.end == today
    assert period.counted_from is not None
    assert (period.counted_from.day, period.counted_from.counted_from) == (DAY_ZERO, "day_zero")


def test_without_a_reinfusion_the_neda_period_counts_from_the_treatment_start(
    ready: JournalServices, journal: Journal
) -> None:
    ready = on_day(ready, journal, date(2027, 3, 1))
    _remove_reinfusion(ready)
    period = ready.clinical.neda_period()
    assert period.counted_from is not None
    assert period.counted_from.fallback
    assert period.start == add_months(date(2026, 5, 21), 6)


def test_before_the_treatment_the_neda_period_is_the_last_year(ready: JournalServices) -> None:
    period = ready.clinical.neda_period()  # today 10 May 2026; day 0 on 3 June
    assert (period.start, period.end, period.basis) == (
        date(2025, 5, 10),
        date(2026, 5, 10),
        "last_year",
    )


# --- the follow-up plan ---------------------------------------------------------------------


def _remove_reinfusion(services: JournalServices) -> None:
    for item in services.itinerary.items():
        if item.details.kind == "reinfusion":
            services.itinerary.delete(item.id)


def test_the_follow_up_plan_is_dated_from_day_zero_and_names_its_source(
    ready: JournalServices,
) -> None:
    numbering = ready.itinerary.numbering()
    assert numbering is not None
    assert numbering.day_zero == DAY_ZERO
    drafts = ready.clinical.follow_up_drafts("hsct", date(2026, 5, 21), TORONTO)
    first = drafts[0]
    assert (first.kind, first.start, first.zone) == (
        "follow_up",
        datetime(2026, 9, 3, 9, 0),
        TORONTO,
    )
    vaccines = [d for d in drafts if d.kind == "revaccination"]
    assert [d.start.date() for d in vaccines] == [
        date(2026, 9, 3),  # inactivated, from about 3–6 months
        date(2026, 12, 3),
        date(2028, 6, 3),  # live: not before 24 months
    ]
    for draft in vaccines:
        assert "as your team decides" in draft.title
        assert "as your team decides" in draft.notes.lower()
        assert "Majhail NS" in draft.notes
        assert "Rubin LG" in draft.notes
    assert "24 months" in vaccines[-1].notes
    assert "only off immunosuppression" in vaccines[-1].title
    assert "3–6 months" in vaccines[0].notes


@pytest.mark.parametrize(
    ("before_day_zero", "counted_from"),
    [(11, "day_zero"), (0, "day_zero"), (None, "treatment_start")],
)
def test_the_live_vaccine_step_lands_24_months_after_day_zero(
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    companion: CompanionData,
    before_day_zero: int | None,
    counted_from: str,
) -> None:
    """The issue's case: treatment starting 11 days before the reinfusion put "live vaccines
    ≥ 24 months" on day +720; it belongs on day 0 + 24 months."""
    start = DAY_ZERO - timedelta(days=11 if before_day_zero is None else before_day_zero)
    services.onboarding.complete(
        profile, dataclasses.replace(course, treatment_start=start), companion
    )
    if before_day_zero is None:  # no reinfusion in the timeline: the treatment start, said so
        _remove_reinfusion(services)
    anchor = services.clinical.follow_up_start("hsct", start)
    assert anchor.counted_from == counted_from
    drafts = services.clinical.follow_up_drafts("hsct", start, TORONTO)
    live = drafts[-1]
    assert live.kind == "revaccination"
    assert "live vaccines" in live.title
    expected = add_months(DAY_ZERO if counted_from == "day_zero" else start, 24)
    assert live.start.date() == expected
    if counted_from == "day_zero" and start != DAY_ZERO:
        assert live.start.date() != add_months(start, 24)


def test_an_msc_plan_counts_from_the_last_infusion(
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    companion: CompanionData,
) -> None:
    services.onboarding.complete(profile, dataclasses.replace(course, protocol="msc"), companion)
    infusions = [
        i
        for i in services.itinerary.items()
        if i.details.kind in ("iv_infusion", "intrathecal_injection")
    ]
    assert len(infusions) >= 2
    last = max(i.details.start.date() for i in infusions)
    assert last > course.treatment_start
    anchor = services.clinical.follow_up_start("msc", course.treatment_start)
    assert (anchor.day, anchor.counted_from) == (last, "last_infusion")
    drafts = services.clinical.follow_up_drafts("msc", course.treatment_start, TORONTO)
    assert [d.start.date() for d in drafts] == [
        add_months(last, months) for months in (3, 6, 6, 12)
    ]
    assert not any(d.kind == "revaccination" for d in drafts)  # no revaccination after MSC
    # A cancelled infusion does not count; with none left, the treatment start (said so).
    newest = max(infusions, key=lambda i: i.details.start)
    services.itinerary.update(newest.id, dataclasses.replace(newest.details, status="cancelled"))
    earlier = services.clinical.follow_up_start("msc", course.treatment_start)
    assert earlier.day < last or len({i.details.start.date() for i in infusions}) == 1
    for item in infusions:
        services.itinerary.delete(item.id)
    fallback = services.clinical.follow_up_start("msc", course.treatment_start)
    assert (fallback.day, fallback.counted_from) == (course.treatment_start, "treatment_start")
    assert fallback.fallback


def _item(kind: str, day: date, status: str = "planned") -> Item:
    details = ItemDetails(kind, "", datetime.combine(day, datetime.min.time()), TORONTO)
    return Item(0, "", 0, dataclasses.replace(details, status=status))


TREATMENT = date(2026, 6, 1)
START_CASES = {
    # id: (protocol, items, (day, counted from))
    "hsct: the reinfusion": (
        "hsct",
        [_item("iv_infusion", date(2026, 6, 2)), _item("reinfusion", date(2026, 6, 12))],
        (date(2026, 6, 12), "day_zero"),
    ),
    "hsct: a cancelled reinfusion is not day 0": (
        "hsct",
        [_item("reinfusion", date(2026, 6, 12), "cancelled")],
        (TREATMENT, "treatment_start"),
    ),
    "hsct: no reinfusion": ("hsct", [], (TREATMENT, "treatment_start")),
    "msc: the last of the infusions": (
        "msc",
        [
            _item("iv_infusion", date(2026, 6, 2)),
            _item("intrathecal_injection", date(2026, 6, 4)),
            _item("iv_infusion", date(2026, 6, 3)),
        ],
        (date(2026, 6, 4), "last_infusion"),
    ),
    "msc: a reinfusion is not an MSC infusion": (
        "msc",
        [_item("reinfusion", date(2026, 6, 9))],
        (TREATMENT, "treatment_start"),
    ),
    "custom: any infusion": (
        "custom",
        [_item("reinfusion", date(2026, 6, 9)), _item("iv_infusion", date(2026, 6, 2))],
        (date(2026, 6, 9), "last_infusion"),
    ),
}


@pytest.mark.parametrize(("protocol", "items", "expected"), START_CASES.values(), ids=START_CASES)
def test_where_the_follow_up_plan_counts_from(
    protocol: str, items: list[Item], expected: tuple[date, str]
) -> None:
    start = follow_up_start(protocol, TREATMENT, items)
    assert (start.day, start.counted_from) == expected
    assert start.fallback is (expected[1] == "treatment_start")


def test_todays_reminders_are_the_planned_follow_ups_due_within_two_weeks(
    ready: JournalServices,
) -> None:
    _remove_reinfusion(ready)  # so the plan counts from the treatment date given
    later = ready.clinical.follow_up_drafts("hsct", date(2026, 2, 1), TORONTO)
    # 1 May (overdue), 1 Aug …: on 10 May only the 3-month steps are within two weeks.
    for draft in later:
        ready.itinerary.add(draft)
    reminders = ready.clinical.reminders(ready.itinerary.items())
    assert [(r.details.kind, r.details.start.date()) for r in reminders] == [
        ("follow_up", date(2026, 5, 1)),
        ("revaccination", date(2026, 5, 1)),
    ]
    for reminder in reminders:
        ready.itinerary.update(reminder.id, dataclasses.replace(reminder.details, status="done"))
    assert ready.clinical.reminders(ready.itinerary.items()) == []


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(st.integers(0, 10), min_size=1, max_size=11))
def test_any_whole_ratings_from_0_to_10_are_stored_as_given(
    services: JournalServices, values: list[int]
) -> None:
    # The journal is shared by the examples: each checks the rating it has just stored.
    ids = [s.id for s in services.ratings.scales()][: len(values)]
    details = RatingDetails(NOW, TORONTO, tuple(zip(ids, map(float, values), strict=True)))
    stored = services.ratings.record(details)
    assert services.ratings.get(stored.id).details == details
