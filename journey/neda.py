"""NEDA-3 ("no evidence of disease activity") over a period, from the clinical events recorded.

This never diagnoses. It records what the user's clinicians reported (relapses, MRI lesion
counts, EDSS scores) against a stated rule, resources/aftercare/neda3.json, which names its
sources: no relapse starting in the period, no MRI in the period with new or enlarging T2 or
gadolinium-enhancing lesions, and no confirmed EDSS progression. A criterion with no data in the
period is reported as unassessed, not as met, and NEDA-3 is said to hold only when every
criterion was assessed and none failed (``Neda3.verdict``); an EDSS increase still waiting for
its confirming report is pending, with the day from which a report can confirm it. For HSCT the
period usually starts at a re-baseline MRI some months after day 0 (``hsct_period_start``).
Pure Python: no Qt, no database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from journey.aftercare import add_months

CRITERIA = ("relapse", "mri", "edss")
Verdict = Literal["holds", "fails", "unknown"]
# Why a criterion could not be assessed, as the UI words it.
NO_MRI = "no_mri"  # no MRI in the period at all
NO_LESION_COUNTS = "no_lesion_counts"  # MRIs in the period, none reporting lesion counts
NO_EDSS = "no_edss"  # no EDSS report in the period
NO_EDSS_REFERENCE = "no_edss_reference"  # one report in the period, nothing to compare it with


@dataclass(frozen=True)
class RelapseFact:
    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValueError("a relapse cannot end before it starts")


@dataclass(frozen=True)
class MriFact:
    """An MRI result; a count of None means the report did not give it."""

    on: date
    new_t2: int | None  # new or enlarging T2 lesions
    enhancing: int | None  # gadolinium-enhancing lesions

    def __post_init__(self) -> None:
        if any(n is not None and n < 0 for n in (self.new_t2, self.enhancing)):
            raise ValueError("lesion counts cannot be negative")

    @property
    def reported(self) -> bool:
        """Whether the report gives at least one count, so it says something about NEDA."""
        return self.new_t2 is not None or self.enhancing is not None

    @property
    def active(self) -> bool:
        return (self.new_t2 or 0) > 0 or (self.enhancing or 0) > 0


@dataclass(frozen=True)
class EdssFact:
    """An EDSS score as a clinician reported it: 0–10 in steps of 0.5."""

    on: date
    score: float

    def __post_init__(self) -> None:
        if not 0 <= self.score <= 10 or (self.score * 2) % 1:
            raise ValueError("an EDSS score is 0–10 in steps of 0.5")


@dataclass(frozen=True)
class Failure:
    criterion: str  # "relapse" | "mri" | "edss"
    on: date  # relapse start; MRI date; date the progression was first reported
    detail: dict[str, Any] = field(hash=False)  # the values a message needs


@dataclass(frozen=True)
class Pending:
    """An EDSS increase reaching the progression threshold, not (yet) confirmed: no report at
    least ``confirm_days`` later, still at or above the threshold, in the period."""

    on: date  # the report of the increase
    until: date  # on + confirm_days: the first day a report can confirm it
    reference: float
    reference_on: date
    score: float
    threshold: float  # the score a confirming report must reach


@dataclass(frozen=True)
class Neda3:
    start: date
    end: date
    failures: tuple[Failure, ...]  # in date order
    unassessed: tuple[str, ...]  # criteria with no usable data in the period
    missing: tuple[str, ...] = ()  # why, one of NO_* per unassessed criterion, same order
    pending: Pending | None = None  # the first EDSS increase awaiting confirmation

    @property
    def verdict(self) -> Verdict:
        """The verdict: "fails" when a criterion failed; "holds" only when every criterion
        was assessed, none failed and no increase is awaiting confirmation; otherwise
        "unknown" (not enough information to say)."""
        if self.failures:
            return "fails"
        if self.unassessed or self.pending is not None:
            return "unknown"
        return "holds"

    @property
    def holds(self) -> bool:
        """NEDA-3 holds: every criterion assessed, none failed, nothing pending."""
        return self.verdict == "holds"

    def failed(self, criterion: str) -> tuple[Failure, ...]:
        if criterion not in CRITERIA:
            raise ValueError(f"unknown NEDA-3 criterion: {criterion!r}")
        return tuple(f for f in self.failures if f.criterion == criterion)


@cache
def confirmation_rule() -> dict[str, Any]:
    """The rule and its sources, from resources/aftercare/neda3.json."""
    text = files("resources.aftercare").joinpath("neda3.json").read_text(encoding="utf-8")
    rule: dict[str, Any] = json.loads(text)
    return rule


def progression_threshold(reference: float) -> float:
    """The EDSS increase that counts as progression from ``reference`` (neda3.json's bands).

    1.5 from 0, 1.0 from above 0 up to 5.5, 0.5 from 6.0 or more.
    """
    for band in confirmation_rule()["thresholds"]:
        if reference <= band["max"]:
            return float(band["increase"])
    raise ValueError(f"EDSS reference out of range: {reference}")


def neda3(
    start: date,
    end: date,
    relapses: Iterable[RelapseFact],
    mris: Iterable[MriFact],
    edss: Iterable[EdssFact],
) -> Neda3:
    """NEDA-3 over the inclusive period [start, end], as the clinicians' reports show it.

    - relapse: fails for each relapse that started in the period (one that started earlier and
      lasts into it does not count);
    - mri: fails for each MRI in the period reporting new/enlarging T2 or enhancing lesions;
      unassessed if no MRI in the period reports either count;
    - edss: see ``_confirmed_progression``; unassessed without a reference and a later report.
    """
    if end < start:
        raise ValueError("the period ends before it starts")

    def inside(day: date) -> bool:
        return start <= day <= end

    failures = [Failure("relapse", r.start, {"end": r.end}) for r in relapses if inside(r.start)]
    any_mri = [m for m in mris if inside(m.on)]
    in_period = [m for m in any_mri if m.reported]
    failures += [
        Failure("mri", m.on, {"new_t2": m.new_t2, "enhancing": m.enhancing})
        for m in in_period
        if m.active
    ]
    unassessed, missing = [], []
    if not in_period:
        unassessed.append("mri")
        missing.append(NO_LESION_COUNTS if any_mri else NO_MRI)
    reports = list(edss)
    progression, assessed, pending = _confirmed_progression(start, end, reports)
    if progression is not None:
        failures.append(progression)
    if not assessed:
        unassessed.append("edss")
        missing.append(NO_EDSS_REFERENCE if any(inside(r.on) for r in reports) else NO_EDSS)
    failures.sort(key=lambda f: (f.on, CRITERIA.index(f.criterion)))
    return Neda3(
        start,
        end,
        tuple(failures),
        tuple(unassessed),
        tuple(missing),
        None if progression is not None else pending,
    )


def _confirmed_progression(
    start: date, end: date, reports: Iterable[EdssFact]
) -> tuple[Failure | None, bool, Pending | None]:
    """(the first confirmed progression or None, whether EDSS could be assessed at all, the
    first increase still awaiting confirmation or None).

    The reference is the last report on or before ``start``, else the first in the period. A
    later report in the period at or above reference + progression_threshold(reference) is a
    candidate; it is confirmed by a report at least ``confirm_days`` later, on or before ``end``,
    still at or above the threshold, with no report in between below it. An unconfirmed
    candidate (no later report, too soon, a dip in between, or confirmation after ``end``) is
    not a failure. It is pending when nothing after it in the period fell below the threshold
    (no later report, or only ones too soon): a report on or after its ``until`` day can still
    confirm it. One followed by a dip is not pending: the increase did not last.
    """
    ordered = sorted((r for r in reports if r.on <= end), key=lambda r: r.on)
    before = [r for r in ordered if r.on <= start]
    reference = before[-1] if before else next(iter(ordered), None)
    if reference is None:
        return None, False, None
    later = [r for r in ordered if r.on > reference.on]
    if not later:
        return None, False, None
    threshold = reference.score + progression_threshold(reference.score)
    confirm = timedelta(days=int(confirmation_rule()["confirm_days"]))
    pending: Pending | None = None
    for i, candidate in enumerate(later):
        if candidate.score < threshold:
            continue
        dipped = False
        for after in later[i + 1 :]:
            if after.score < threshold:
                dipped = True
                break
            if after.on - candidate.on >= confirm:
                detail = {
                    "reference": reference.score,
                    "reference_on": reference.on,
                    "score": candidate.score,
                    "confirmed_on": after.on,
                }
                return Failure("edss", candidate.on, detail), True, None
        if not dipped and pending is None:
            until = _later(candidate.on, confirm)
            pending = Pending(
                candidate.on, until, reference.score, reference.on, candidate.score, threshold
            )
    return None, True, pending


def _later(day: date, span: timedelta) -> date:
    """``day + span``, or the last date there is (a report stored in 9999)."""
    try:
        return day + span
    except OverflowError:
        return date.max


# --- the period ----------------------------------------------------------------------------


def rebaseline_rule() -> dict[str, Any]:
    """The HSCT re-baseline convention and its sources (neda3.json's "hsct_rebaseline")."""
    rule: dict[str, Any] = confirmation_rule()["hsct_rebaseline"]
    return rule


def hsct_period_start(day_zero: date, mri_dates: Iterable[date]) -> tuple[date, date | None]:
    """Where an HSCT NEDA-3 period starts by default: (start, the re-baseline MRI or None).

    The re-baseline scan is due ``months`` after day 0. A recorded MRI within the rule's
    window of months after day 0 (the one nearest the due day) is taken as that scan: it is the
    new reference, so the period starts the day after it and its own lesion counts (against the
    scan before treatment) do not count. Without one, the period starts on the due day.
    """
    rule = rebaseline_rule()
    due = add_months(day_zero, int(rule["months"]))
    first, last = (add_months(day_zero, int(m)) for m in rule["window_months"])
    scans = [d for d in mri_dates if first <= d <= last]
    if not scans:
        return due, None
    scan = min(scans, key=lambda d: (abs((d - due).days), d))
    return _later(scan, timedelta(days=1)), scan
