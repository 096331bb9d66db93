"""NEDA-3 over a period: each criterion alone, together, the EDSS confirmation rule, properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey.neda import (
    EdssFact,
    Failure,
    MriFact,
    Neda3,
    RelapseFact,
    confirmation_rule,
    hsct_period_start,
    neda3,
    progression_threshold,
    rebaseline_rule,
)

START = date(2026, 1, 1)
END = date(2026, 12, 31)
BEFORE = date(2025, 12, 1)
FEB = date(2026, 2, 1)
WEEKS_24 = timedelta(days=168)


def e(on: date, score: float) -> EdssFact:
    return EdssFact(on, score)


def progression(reference: float, score: float, confirm: float | None = None) -> list[EdssFact]:
    """A reference before the period, ``score`` on 1 Feb, ``confirm`` 24 weeks later."""
    reports = [e(BEFORE, reference), e(FEB, score)]
    if confirm is not None:
        reports.append(e(FEB + WEEKS_24, confirm))
    return reports


def evaluate(relapses=(), mris=(), edss=(), start=START, end=END) -> Neda3:
    return neda3(start, end, relapses, mris, edss)


CLEAN_MRI = MriFact(date(2026, 6, 1), 0, 0)
STABLE_EDSS = [e(BEFORE, 2.0), e(date(2026, 6, 1), 2.0)]

CASES = {
    # id: (relapses, mris, edss, expected failures as (criterion, on), expected unassessed)
    "nothing recorded": ([], [], [], [], ("mri", "edss")),
    "all clean": ([], [CLEAN_MRI], STABLE_EDSS, [], ()),
    "relapse only": (
        [RelapseFact(date(2026, 3, 5))],
        [CLEAN_MRI],
        STABLE_EDSS,
        [("relapse", date(2026, 3, 5))],
        (),
    ),
    "relapse on the first and last day": (
        [RelapseFact(START), RelapseFact(END)],
        [],
        [],
        [("relapse", START), ("relapse", END)],
        ("mri", "edss"),
    ),
    "relapse before the period, lasting into it": (
        [RelapseFact(date(2025, 12, 20), date(2026, 1, 20))],
        [CLEAN_MRI],
        STABLE_EDSS,
        [],
        (),
    ),
    "relapse after the period": ([RelapseFact(date(2027, 1, 1))], [CLEAN_MRI], [], [], ("edss",)),
    "MRI new T2 only": (
        [],
        [MriFact(date(2026, 4, 1), 2, 0)],
        [],
        [("mri", date(2026, 4, 1))],
        ("edss",),
    ),
    "MRI enhancing only": (
        [],
        [MriFact(date(2026, 4, 1), 0, 1)],
        [],
        [("mri", date(2026, 4, 1))],
        ("edss",),
    ),
    "MRI enhancing, T2 not reported": (
        [],
        [MriFact(date(2026, 4, 1), None, 1)],
        [],
        [("mri", date(2026, 4, 1))],
        ("edss",),
    ),
    "MRI clean with T2 not reported": ([], [MriFact(date(2026, 4, 1), None, 0)], [], [], ("edss",)),
    "MRI reporting no counts is not an assessment": (
        [],
        [MriFact(date(2026, 4, 1), None, None)],
        [],
        [],
        ("mri", "edss"),
    ),
    "MRI after the period": ([], [MriFact(date(2027, 1, 2), 3, 1)], [], [], ("mri", "edss")),
    "MRI before the period": ([], [MriFact(date(2025, 12, 31), 3, 1)], [], [], ("mri", "edss")),
    "two active MRIs": (
        [],
        [MriFact(date(2026, 9, 1), 1, 0), MriFact(date(2026, 3, 1), 0, 2)],
        [],
        [("mri", date(2026, 3, 1)), ("mri", date(2026, 9, 1))],
        ("edss",),
    ),
    "confirmed progression": ([], [CLEAN_MRI], progression(2.0, 3.0, 3.0), [("edss", FEB)], ()),
    "all three failing": (
        [RelapseFact(date(2026, 5, 1))],
        [MriFact(date(2026, 3, 1), 1, 1)],
        progression(2.0, 3.0, 3.5),
        [("edss", FEB), ("mri", date(2026, 3, 1)), ("relapse", date(2026, 5, 1))],
        (),
    ),
}


@pytest.mark.parametrize(
    ("relapses", "mris", "edss", "expected", "unassessed"), CASES.values(), ids=CASES.keys()
)
def test_criteria(relapses, mris, edss, expected, unassessed) -> None:
    result = evaluate(relapses, mris, edss)
    assert [(f.criterion, f.on) for f in result.failures] == expected
    assert result.unassessed == unassessed
    assert len(result.missing) == len(unassessed)
    # ✓ only when every criterion was assessed and none failed.
    verdict = "fails" if expected else "unknown" if unassessed else "holds"
    assert result.verdict == verdict
    assert result.holds is (verdict == "holds")


EDSS_CASES = {
    # id: (reports, the date of the confirmed progression or None, whether EDSS was assessed)
    "stable": (STABLE_EDSS, None, True),
    "confirmed exactly 24 weeks later": (progression(2.0, 3.0, 3.0), FEB, True),
    "confirmed higher still": (progression(2.0, 3.5, 4.0), FEB, True),
    "increase too small": (progression(2.0, 2.5, 2.5), None, True),
    "no later report": (progression(2.0, 3.0), None, True),
    "confirmation too soon": (
        [e(BEFORE, 2.0), e(FEB, 3.0), e(FEB + WEEKS_24 - timedelta(days=1), 3.0)],
        None,
        True,
    ),
    "confirming report below the threshold": (progression(2.0, 3.0, 2.5), None, True),
    "dipped in between": (
        [e(BEFORE, 2.0), e(FEB, 3.0), e(date(2026, 4, 1), 2.5), e(FEB + WEEKS_24, 3.0)],
        None,
        True,
    ),
    "sustained in between": (
        [e(BEFORE, 2.0), e(FEB, 3.0), e(date(2026, 4, 1), 3.5), e(FEB + WEEKS_24, 3.0)],
        FEB,
        True,
    ),
    "confirmation after the period": (
        [e(BEFORE, 2.0), e(date(2026, 10, 1), 3.0), e(date(2027, 4, 1), 3.0)],
        None,
        True,
    ),
    "a later candidate confirmed after an earlier one dipped": (
        [
            e(BEFORE, 2.0),
            e(FEB, 3.0),
            e(date(2026, 3, 1), 2.0),
            e(date(2026, 4, 1), 3.0),
            e(date(2026, 4, 1) + WEEKS_24, 3.0),
        ],
        date(2026, 4, 1),
        True,
    ),
    "from 0: +1.0 is not enough": (progression(0.0, 1.0, 1.0), None, True),
    "from 0: +1.5 is": (progression(0.0, 1.5, 1.5), FEB, True),
    "from 0.5: +1.0 is": (progression(0.5, 1.5, 1.5), FEB, True),
    "from 5.5: +0.5 is not enough": (progression(5.5, 6.0, 6.0), None, True),
    "from 5.5: +1.0 is": (progression(5.5, 6.5, 6.5), FEB, True),
    "from 6.0: +0.5 is": (progression(6.0, 6.5, 6.5), FEB, True),
    "reference is the last report before the start": (
        [e(date(2025, 1, 1), 4.0), e(BEFORE, 2.0), e(FEB, 3.0), e(FEB + WEEKS_24, 3.0)],
        FEB,
        True,
    ),
    "a report on the start date is the reference": (
        [e(BEFORE, 3.0), e(START, 2.0), e(FEB, 3.0), e(FEB + WEEKS_24, 3.0)],
        FEB,
        True,
    ),
    "an increase before the period is the new reference": (
        [e(date(2025, 1, 1), 2.0), e(BEFORE, 3.0), e(FEB, 3.5), e(FEB + WEEKS_24, 3.5)],
        None,
        True,
    ),
    "reference is the first report in the period when none before": (
        [e(date(2026, 1, 10), 3.0), e(FEB, 4.0), e(FEB + WEEKS_24, 4.0)],
        FEB,
        True,
    ),
    "a single report is not an assessment": ([e(BEFORE, 2.0)], None, False),
    "only reports before the period": ([e(date(2025, 1, 1), 2.0), e(BEFORE, 4.0)], None, False),
    "only reports after the period": (
        [e(date(2027, 1, 1), 2.0), e(date(2027, 8, 1), 4.0)],
        None,
        False,
    ),
}


@pytest.mark.parametrize(
    ("reports", "progressed_on", "assessed"), EDSS_CASES.values(), ids=EDSS_CASES.keys()
)
def test_edss(reports, progressed_on, assessed) -> None:
    result = evaluate(mris=[CLEAN_MRI], edss=reports)
    assert [f.on for f in result.failed("edss")] == ([progressed_on] if progressed_on else [])
    assert result.unassessed == (() if assessed else ("edss",))


def test_progression_detail_and_only_the_first_is_recorded() -> None:
    reports = [*progression(2.0, 3.0, 3.0), e(date(2026, 8, 1), 4.5), e(date(2026, 12, 31), 4.5)]
    (failure,) = evaluate(edss=reports).failed("edss")
    assert failure == Failure(
        "edss",
        FEB,
        {"reference": 2.0, "reference_on": BEFORE, "score": 3.0, "confirmed_on": FEB + WEEKS_24},
    )


def test_failure_details() -> None:
    result = evaluate(
        relapses=[RelapseFact(date(2026, 3, 5), date(2026, 3, 20))],
        mris=[MriFact(date(2026, 4, 1), 2, None)],
    )
    assert result.failed("relapse")[0].detail == {"end": date(2026, 3, 20)}
    assert result.failed("mri")[0].detail == {"new_t2": 2, "enhancing": None}
    assert result.failed("edss") == ()


@pytest.mark.parametrize(
    ("reference", "increase"),
    [(0.0, 1.5), (0.5, 1.0), (1.0, 1.0), (5.5, 1.0), (6.0, 0.5), (9.5, 0.5), (10.0, 0.5)],
)
def test_progression_threshold(reference: float, increase: float) -> None:
    assert progression_threshold(reference) == increase


def test_rule_comes_from_the_resource_with_its_sources() -> None:
    rule = confirmation_rule()
    assert rule["confirm_days"] == 168
    assert [band["max"] for band in rule["thresholds"]] == [0.0, 5.5, 10.0]
    assert "Havrdova" in rule["neda_source"]
    assert "24 weeks" in rule["source"]


def test_invalid_input_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before"):
        neda3(END, START, [], [], [])
    with pytest.raises(ValueError, match="EDSS"):
        EdssFact(FEB, 2.3)
    with pytest.raises(ValueError, match="EDSS"):
        EdssFact(FEB, 10.5)
    with pytest.raises(ValueError, match="negative"):
        MriFact(FEB, -1, 0)
    with pytest.raises(ValueError, match="unknown"):
        evaluate().failed("fatigue")


def test_one_day_period() -> None:
    result = evaluate([RelapseFact(FEB)], [MriFact(FEB, 0, 0)], start=FEB, end=FEB)
    assert [(f.criterion, f.on) for f in result.failures] == [("relapse", FEB)]
    assert result.unassessed == ("edss",)


# --- properties ----------------------------------------------------------------------------

LOW, HIGH = date(2024, 1, 1), date(2030, 12, 31)  # wider than any period below
days = st.dates(LOW, HIGH)
counts = st.none() | st.integers(0, 3)
relapse_facts = st.builds(RelapseFact, days)
mri_facts = st.builds(MriFact, days, counts, counts)
edss_facts = st.builds(EdssFact, days, st.integers(0, 20).map(lambda halves: halves / 2))
periods = st.tuples(st.dates(date(2025, 1, 1), date(2027, 12, 31)), st.integers(0, 730)).map(
    lambda p: (p[0], p[0] + timedelta(days=p[1]))
)
facts = st.tuples(
    st.lists(relapse_facts, max_size=4),
    st.lists(mri_facts, max_size=4),
    st.lists(edss_facts, max_size=8),
)


@given(periods, facts, st.data())
def test_a_relapse_inside_can_only_turn_neda_off(period, fact_lists, data) -> None:
    (start, end), (relapses, mris, edss) = period, fact_lists
    before = neda3(start, end, relapses, mris, edss)
    added = RelapseFact(data.draw(st.dates(start, end)))
    after = neda3(start, end, [*relapses, added], mris, edss)
    assert not after.holds
    assert after.verdict == "fails"
    assert len(after.failures) == len(before.failures) + 1
    assert all(f in after.failures for f in before.failures)
    assert after.unassessed == before.unassessed


@given(periods, facts, st.data())
def test_events_outside_the_period_change_nothing(period, fact_lists, data) -> None:
    (start, end), (relapses, mris, edss) = period, fact_lists
    outside = data.draw(
        st.dates(LOW, start - timedelta(days=1)) | st.dates(end + timedelta(days=1), HIGH)
    )
    relapse = RelapseFact(outside)
    mri = MriFact(outside, data.draw(counts), data.draw(counts))
    expected = neda3(start, end, relapses, mris, edss)
    assert neda3(start, end, [*relapses, relapse], [*mris, mri], edss) == expected


@given(periods, facts)
def test_failures_are_in_date_order_and_inside_the_period(period, fact_lists) -> None:
    start, end = period
    result = neda3(start, end, *fact_lists)
    assert [f.on for f in result.failures] == sorted(f.on for f in result.failures)
    assert all(start <= f.on <= end for f in result.failures)
    for failure in result.failed("edss"):
        assert failure.detail["confirmed_on"] - failure.on >= WEEKS_24
        assert failure.detail["confirmed_on"] <= end
    assert len(result.failed("relapse")) == sum(start <= r.start <= end for r in fact_lists[0])


@given(periods, facts, st.data())
def test_a_clean_mri_never_makes_it_fail(period, fact_lists, data) -> None:
    (start, end), (relapses, mris, edss) = period, fact_lists
    zero_or_none = st.sampled_from([0, None])
    clean = MriFact(data.draw(days), data.draw(zero_or_none), data.draw(zero_or_none))
    before = neda3(start, end, relapses, mris, edss)
    after = neda3(start, end, relapses, [*mris, clean], edss)
    assert after.failures == before.failures
    assert (after.verdict == "fails") is (before.verdict == "fails")
    assert after.holds or not before.holds  # it can only add what was missing


@given(periods, facts)
def test_it_holds_only_when_every_criterion_was_assessed(period, fact_lists) -> None:
    result = neda3(*period, *fact_lists)
    if result.holds:
        assert result.unassessed == () == result.missing == result.failures
        assert result.pending is None
    if result.unassessed or result.pending is not None:
        assert not result.holds
        assert result.verdict in ("fails", "unknown")


# --- what is missing, and an increase awaiting confirmation ---------------------------------

MISSING_CASES = {
    # id: (mris, edss, why each unassessed criterion could not be assessed)
    "nothing at all": ([], [], ("no_mri", "no_edss")),
    "an MRI without counts": ([MriFact(FEB, None, None)], STABLE_EDSS, ("no_lesion_counts",)),
    "only the reference before the period": ([CLEAN_MRI], [e(BEFORE, 2.0)], ("no_edss",)),
    "one report in the period, none before": (
        [CLEAN_MRI],
        [e(FEB, 2.0)],
        ("no_edss_reference",),
    ),
    "everything assessed": ([CLEAN_MRI], STABLE_EDSS, ()),
}


@pytest.mark.parametrize(
    ("mris", "edss", "missing"), MISSING_CASES.values(), ids=MISSING_CASES.keys()
)
def test_what_is_missing_is_named(mris, edss, missing) -> None:
    result = evaluate(mris=mris, edss=edss)
    assert result.missing == missing
    assert result.verdict == ("unknown" if missing else "holds")


PENDING_CASES = {
    # id: (reports, the increase pending confirmation as (on, until) or None, verdict)
    "no later report yet": (progression(2.0, 3.0), (FEB, FEB + WEEKS_24), "unknown"),
    "a later report too soon, still up": (
        [e(BEFORE, 2.0), e(FEB, 3.0), e(FEB + WEEKS_24 - timedelta(days=1), 3.5)],
        (FEB, FEB + WEEKS_24),
        "unknown",
    ),
    "confirmed": (progression(2.0, 3.0, 3.0), None, "fails"),
    "back below the threshold": (
        [e(BEFORE, 2.0), e(FEB, 3.0), e(date(2026, 4, 1), 2.5)],
        None,
        "holds",
    ),
    "an increase too small is not pending": (progression(2.0, 2.5), None, "holds"),
    "a second increase after a dip": (
        [e(BEFORE, 2.0), e(FEB, 3.0), e(date(2026, 3, 1), 2.0), e(date(2026, 9, 1), 3.0)],
        (date(2026, 9, 1), date(2026, 9, 1) + WEEKS_24),
        "unknown",
    ),
    "its confirming report falls after the period": (
        [e(BEFORE, 2.0), e(date(2026, 10, 1), 3.0), e(date(2027, 4, 1), 3.0)],
        (date(2026, 10, 1), date(2026, 10, 1) + WEEKS_24),
        "unknown",
    ),
}


@pytest.mark.parametrize(
    ("reports", "pending", "verdict"), PENDING_CASES.values(), ids=PENDING_CASES.keys()
)
def test_an_increase_awaiting_confirmation_is_pending(reports, pending, verdict) -> None:
    result = evaluate(mris=[CLEAN_MRI], edss=reports)
    got = None if result.pending is None else (result.pending.on, result.pending.until)
    assert got == pending
    assert result.verdict == verdict
    assert result.unassessed == ()  # assessed: pending is its own state, not "missing"
    if result.pending is not None:
        assert result.pending.until - result.pending.on == timedelta(
            days=confirmation_rule()["confirm_days"]
        )
        assert result.pending.threshold == 3.0  # 2.0 + 1.0 (neda3.json's band up to 5.5)


# --- the HSCT re-baseline ------------------------------------------------------------------

DAY_ZERO = date(2026, 3, 10)
REBASELINE_CASES = {
    # id: (MRI dates, the period's start, the re-baseline MRI taken)
    "no MRI: 6 months after day 0": ([], date(2026, 9, 10), None),
    "an MRI at 6 months: the day after it": (
        [date(2026, 9, 1)],
        date(2026, 9, 2),
        date(2026, 9, 1),
    ),
    "MRIs outside 3–9 months are not the re-baseline": (
        [date(2026, 5, 1), date(2027, 1, 1)],
        date(2026, 9, 10),
        None,
    ),
    "on the window's edges": (
        [date(2026, 6, 10)],
        date(2026, 6, 11),
        date(2026, 6, 10),
    ),
    "the nearest to 6 months": (
        [date(2026, 7, 1), date(2026, 10, 1), date(2026, 12, 10)],
        date(2026, 10, 2),
        date(2026, 10, 1),
    ),
}


@pytest.mark.parametrize(
    ("scans", "start", "scan"), REBASELINE_CASES.values(), ids=REBASELINE_CASES.keys()
)
def test_the_hsct_period_starts_at_the_rebaseline_mri(scans, start, scan) -> None:
    assert hsct_period_start(DAY_ZERO, scans) == (start, scan)


def test_the_rebaseline_rule_names_its_sources() -> None:
    rule = rebaseline_rule()
    assert (rule["months"], rule["window_months"]) == (6, [3, 9])
    assert "Burt RK" in rule["source"]
    assert "Muraro PA" in rule["source"]
