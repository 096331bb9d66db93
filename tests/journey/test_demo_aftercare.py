"""The demo journal's aftercare (issue 5 item 7): a year of weekly ratings with a plausible
course, a relapse, two MRIs, EDSS reports, medications and the follow-up plan. No Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from statistics import mean
from zoneinfo import ZoneInfo

import pytest

from journey.aftercare import built_in_scales, local_date
from journey.demo import (
    DEMO_BASELINE_DAYS_AGO,
    DEMO_RELAPSE_DAYS_AGO,
    SDMT_SCALE,
    seed_demo,
)
from journey.itinerary import FOLLOW_UP_KINDS
from journey.journal import Journal
from journey.services import JournalServices
from journey.timekeeping import Clock

TORONTO, TIJUANA = "America/Toronto", "America/Tijuana"


@pytest.fixture
def demo(services: JournalServices) -> JournalServices:
    seed_demo(services)
    return services


def today_of(services: JournalServices) -> date:
    """The demo's today: the date at the clinic."""
    return services.clock.today(TIJUANA)


def arrival(services: JournalServices) -> date:
    course = services.course.get()
    assert course is not None
    return course.arrival_date


def treatment_start(services: JournalServices) -> date:
    course = services.course.get()
    assert course is not None
    assert course.treatment_start is not None
    return course.treatment_start


def scale_id(services: JournalServices, key: str) -> int:
    return next(s.id for s in services.ratings.scales() if s.key == key)


# --- ratings ----------------------------------------------------------------------------------


def test_the_demo_has_a_year_of_weekly_ratings_on_every_built_in_scale(
    demo: JournalServices,
) -> None:
    ratings = demo.ratings.ratings()
    assert len(ratings) == 52
    days = [local_date(r.details.at, r.details.zone) for r in ratings]
    assert all(later - earlier == timedelta(weeks=1) for earlier, later in pairwise(days))
    assert days[-1] - days[0] == timedelta(weeks=51)  # about a year
    built_in = {s.id: s for s in demo.ratings.scales() if s.built_in}
    assert len(built_in) == len(built_in_scales()) == 11
    for rating in ratings:
        values = dict(rating.details.values)
        assert set(built_in) <= set(values)
        for sid in built_in:
            assert built_in[sid].holds(values[sid])
            assert values[sid] == round(values[sid])  # whole numbers on the 0–10 scales
        assert demo.ratings.check(rating.details) == []
    assert demo.ratings.cadence() == "weekly"


def test_the_demo_ratings_are_evenings_at_home_then_at_the_clinic_none_in_the_future(
    demo: JournalServices,
) -> None:
    ratings = demo.ratings.ratings()
    now, today = demo.clock.now(), today_of(demo)
    assert all(r.details.at <= now for r in ratings)
    # The last three weeks at the clinic, from the arrival on: 21, 14 and 7 days ago.
    assert [r.details.zone for r in ratings] == [TORONTO] * 49 + [TIJUANA] * 3
    assert [local_date(r.details.at, TIJUANA) for r in ratings[-3:]] == [
        today - timedelta(days=days) for days in (21, 14, 7)
    ]
    assert local_date(ratings[-3].details.at, TIJUANA) >= arrival(demo)
    assert local_date(ratings[-4].details.at, TORONTO) < arrival(demo)
    for rating in ratings:
        local = rating.details.at.astimezone(ZoneInfo(rating.details.zone))
        assert local.weekday() == today.weekday()
        assert local.time() == time(20, 0)
    assert local_date(ratings[-1].details.at, TIJUANA) == today - timedelta(days=7)
    assert local_date(ratings[0].details.at, TORONTO) == today - timedelta(days=364)
    assert any("Relapse" in r.details.notes for r in ratings)


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 5, 10, 14, 0, tzinfo=UTC),
        datetime(2026, 5, 11, 3, 30, tzinfo=UTC),  # 20:30 in Tijuana, 23:30 in Toronto
        datetime(2026, 3, 9, 6, 59, tzinfo=UTC),  # just after the spring clock change
        datetime(2026, 11, 1, 9, 0, tzinfo=UTC),  # the autumn clock change's morning
        datetime(2027, 1, 1, 7, 59, tzinfo=UTC),  # New Year's Eve in Tijuana
    ],
)
def test_the_demo_is_valid_whenever_it_is_built(journal: Journal, now: datetime) -> None:
    """Every record passes the services' checks (they refuse the future) at any hour."""
    services = JournalServices.build(journal.session_factory, Clock(TORONTO, fixed_now=now))
    seed_demo(services)
    ratings = services.ratings.ratings()
    assert len(ratings) == 52
    assert max(r.details.at for r in ratings) <= now
    status = services.ratings.status()
    assert status.due
    assert status.last == services.clock.today(TIJUANA) - timedelta(days=7)


def test_a_custom_scale_records_the_sdmt_score_from_the_neurologist(demo: JournalServices) -> None:
    (custom,) = [s for s in demo.ratings.scales() if not s.built_in]
    assert custom.name == SDMT_SCALE
    assert (custom.details.low, custom.details.high) == (0, 110)
    assert custom.details.higher_is_better
    scores = [v for r in demo.ratings.ratings() if (v := r.value(custom.id)) is not None]
    assert len(scores) == 3
    assert all(custom.holds(v) for v in scores)


def test_the_baseline_is_the_four_ratings_marked_before_the_treatment(
    demo: JournalServices,
) -> None:
    ratings = demo.ratings.ratings()
    start, today = treatment_start(demo), today_of(demo)
    marked = [r for r in ratings if r.details.baseline is True]
    assert [r.id for r in ratings if r.is_baseline] == [r.id for r in marked]
    assert DEMO_BASELINE_DAYS_AGO == (49, 42, 35, 28)
    assert [local_date(r.details.at, r.details.zone) for r in marked] == [
        today - timedelta(days=days) for days in DEMO_BASELINE_DAYS_AGO
    ]
    before = [r for r in ratings if local_date(r.details.at, r.details.zone) < start]
    # The explicit marks replace the rule: older ratings before the treatment are not baseline,
    # and the four marked ones are the last before the arrival (at home, in Toronto); the
    # rating of the treatment start's evening, at the clinic, is not before the treatment.
    assert len(before) == 49
    assert before[-4:] == marked
    assert [
        r for r in ratings if local_date(r.details.at, r.details.zone) < arrival(demo)
    ] == before
    assert {r.details.zone for r in marked} == {TORONTO}
    assert not any(r.is_baseline for r in before[:-4])
    assert all(r.details.baseline is None for r in ratings if r not in marked)


def test_today_says_a_rating_is_due_today(demo: JournalServices) -> None:
    today = today_of(demo)
    status = demo.ratings.status()
    assert status.cadence == "weekly"
    assert status.last == today - timedelta(days=7)
    assert status.due_on == today
    assert status.due
    assert not status.baseline_needed
    assert status.treatment_start == treatment_start(demo)


@pytest.mark.parametrize(
    ("key", "worse"),
    [("walking", -1), ("balance", -1), ("bladder_bowel", -1), ("fatigue", 1)],
)
def test_the_relapse_shows_in_the_ratings(demo: JournalServices, key: str, worse: int) -> None:
    """Six weeks after the relapse started, against the six weeks before: at least a point
    worse on average (walking and balance lower, fatigue higher)."""
    (relapse,) = demo.clinical.relapses.all()
    started = relapse.details.started
    assert started == today_of(demo) - timedelta(days=DEMO_RELAPSE_DAYS_AGO)
    sid = scale_id(demo, key)

    def values(first: date, last: date) -> list[float]:
        return [v for r in demo.ratings.ratings(first, last) if (v := r.value(sid)) is not None]

    before = values(started - timedelta(weeks=6), started - timedelta(days=1))
    after = values(started, started + timedelta(weeks=6) - timedelta(days=1))
    assert len(before) == len(after) == 6
    assert (mean(after) - mean(before)) * worse >= 1


def test_the_year_worsens_slowly_before_the_treatment(demo: JournalServices) -> None:
    walking = scale_id(demo, "walking")
    values = [v for r in demo.ratings.ratings() if (v := r.value(walking)) is not None]
    assert mean(values[-12:-2]) < mean(values[:12])  # before the clinic, against a year ago


def test_the_weeks_at_the_clinic_are_hard(demo: JournalServices) -> None:
    """The first day of chemotherapy (the treatment start), the G-CSF week, then day +3 in
    isolation: each week harder than the one before, the last two typed in by the companion."""
    *_, home, chemo, gcsf, isolation = demo.ratings.ratings()
    numbering = demo.itinerary.numbering()
    assert numbering is not None
    assert numbering.day_zero is not None
    assert local_date(home.details.at, TORONTO) < arrival(demo)
    assert local_date(chemo.details.at, TIJUANA) == treatment_start(demo)
    assert local_date(isolation.details.at, TIJUANA) == numbering.day_zero + timedelta(days=3)
    assert treatment_start(demo) < local_date(gcsf.details.at, TIJUANA) < numbering.day_zero
    assert [r.details.recorded_by for r in (chemo, gcsf, isolation)] == [
        "patient",
        "companion",
        "companion",
    ]
    assert "first day of chemotherapy" in chemo.details.notes
    assert "G-CSF" in gcsf.details.notes
    assert "Day +3 in isolation" in isolation.details.notes
    energy, fatigue = scale_id(demo, "energy"), scale_id(demo, "fatigue")
    weeks = (home, chemo, gcsf, isolation)
    # Energy down and fatigue up each week: at most 3 and at least 8 at the clinic.
    assert [r.value(energy) for r in weeks] == [4, 3, 1, 0]
    assert [r.value(fatigue) for r in weeks] == [7, 8, 9, 10]


# --- clinical events ---------------------------------------------------------------------------


def test_the_demo_has_a_relapse_two_mris_and_edss_reports(demo: JournalServices) -> None:
    today = today_of(demo)
    profile = demo.profile.get()
    assert profile is not None
    (relapse,) = demo.clinical.relapses.all()
    assert relapse.details.ended == relapse.details.started + timedelta(weeks=6)
    assert relapse.details.steroids == "IV methylprednisolone 1 g for 3 days"
    mris = demo.clinical.mris.all()
    assert len(mris) == 2
    assert [(m.details.new_t2, m.details.enhancing) for m in mris] == [(2, 1), (2, 1)]
    assert relapse.details.started < mris[0].details.on < today - timedelta(days=180)
    # The newest MRI is the profile's "last MRI", with the same words.
    assert mris[-1].details.on == profile.last_mri_date == today - timedelta(days=106)
    assert mris[-1].details.report == profile.last_mri_findings
    assert "cervical cord" in mris[-1].details.report
    edss = demo.clinical.edss.all()
    assert len(edss) >= 3
    assert [e.details.score for e in edss] == [3.5, 4.0, 4.0]
    assert (edss[-1].details.on, edss[-1].details.score) == (profile.edss_date, profile.edss)
    assert all(e.details.reported_by.endswith("(demo)") for e in edss)
    assert all(e.details.on <= today for e in edss)
    assert all(m.details.on <= today for m in mris)
    # The profile's report is among them, so NEDA-3 counts it once.
    assert len(demo.clinical.edss_facts()) == len(edss)


def test_neda3_fails_in_the_year_before_the_treatment_on_the_relapse_and_the_mris(
    demo: JournalServices,
) -> None:
    start = treatment_start(demo)
    (relapse,) = demo.clinical.relapses.all()
    mris = demo.clinical.mris.all()
    year = demo.clinical.neda3(start - timedelta(days=365), start - timedelta(days=1))
    assert not year.holds
    assert [(f.criterion, f.on) for f in year.failures] == [
        ("relapse", relapse.details.started),
        ("mri", mris[0].details.on),
        ("mri", mris[1].details.on),
    ]
    assert year.failed("edss") == ()  # 3.5 → 4.0 is not confirmed progression from 3.5
    assert year.unassessed == ()


def test_neda3_since_the_treatment_cannot_be_said_with_mri_and_edss_unassessed(
    demo: JournalServices,
) -> None:
    since = demo.clinical.neda3(treatment_start(demo), today_of(demo))
    assert not since.holds  # nothing failed, but nothing was assessed either: no ✓
    assert since.verdict == "unknown"
    assert since.failures == ()
    assert since.unassessed == ("mri", "edss")
    assert since.missing == ("no_mri", "no_edss")


# --- medications, discharge, follow-up -------------------------------------------------------


def test_the_demo_has_the_prophylaxis_from_day_zero_and_the_medication_history(
    demo: JournalServices,
) -> None:
    today = today_of(demo)
    numbering = demo.itinerary.numbering()
    assert numbering is not None
    meds = {m.details.name: m.details for m in demo.clinical.medications.all()}
    offered = ("Ondansetron", "Co-trimoxazole", "Fluconazole", "Aciclovir")  # the source's
    for med in (meds[name] for name in offered):
        assert med.started == numbering.day_zero
        assert med.stopped is None  # until neutrophils recover, or until the team says
        assert med.stop_when in ("neutrophils", "team")
        assert med.dose
        assert med.schedule
        assert med.dose_schedule is not None
        assert med.route == "mouth"
        assert "confirmed by the clinic's team (fictional, demo)" in med.notes
    assert meds["Aciclovir"].stop_when == "team"
    ocrelizumab = meds["Ocrelizumab"]
    assert ocrelizumab.stopped is not None
    assert 230 <= (today - ocrelizumab.stopped).days <= 250  # the profile's "8 months ago"
    assert 2 * 365 < (today - ocrelizumab.started).days < 4 * 365
    assert all(demo.clinical.medications.check(m) == [] for m in meds.values())


def test_the_discharge_packet_only_says_when_discharge_is_planned(
    demo: JournalServices,
) -> None:
    discharge_item = next(i for i in demo.itinerary.items() if i.details.kind == "discharge")
    assert discharge_item.details.status == "planned"
    packet = demo.clinical.discharge()
    assert packet.instructions.startswith(
        f"Discharge is planned for {discharge_item.details.start.date().isoformat()}"
    )
    assert packet.restrictions == ""


def test_the_follow_up_plan_is_in_the_itinerary(demo: JournalServices) -> None:
    start = treatment_start(demo)
    drafts = demo.clinical.follow_up_drafts("hsct", start, TORONTO)
    after_home = [
        i.details
        for i in demo.itinerary.items()
        if i.details.kind in FOLLOW_UP_KINDS and i.details.start.date() > start + timedelta(days=60)
    ]
    assert after_home == drafts
    assert all(d.status == "planned" for d in after_home)
    # None is due yet: Today's reminders hold only the clinic's own steps of the stay.
    reminders = demo.clinical.reminders(demo.itinerary.items())
    assert not any(r.details in drafts for r in reminders)
