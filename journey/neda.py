"""NEDA-3 ("no evidence of disease activity") over a period, from the clinical events recorded.

This never diagnoses. It records what the user's clinicians reported (relapses, MRI lesion
counts, EDSS scores) against a stated rule, resources/aftercare/neda3.json, which names its
sources: no relapse starting in the period, no MRI in the period with new or enlarging T2 or
gadolinium-enhancing lesions, and no confirmed EDSS progression. A criterion with no data in the
period is reported as unassessed, not as met. Pure Python: no Qt, no database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from typing import Any

CRITERIA = ("relapse", "mri", "edss")


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
class Neda3:
    start: date
    end: date
    failures: tuple[Failure, ...]  # in date order
    unassessed: tuple[str, ...]  # criteria with no usable data in the period

    @property
    def holds(self) -> bool:
        """No criterion failed. Unassessed criteria do not count as failures; the UI states them."""
        return not self.failures

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
    in_period = [m for m in mris if inside(m.on) and m.reported]
    failures += [
        Failure("mri", m.on, {"new_t2": m.new_t2, "enhancing": m.enhancing})
        for m in in_period
        if m.active
    ]
    unassessed = [] if in_period else ["mri"]
    progression, assessed = _confirmed_progression(start, end, edss)
    if progression is not None:
        failures.append(progression)
    if not assessed:
        unassessed.append("edss")
    failures.sort(key=lambda f: (f.on, CRITERIA.index(f.criterion)))
    return Neda3(start, end, tuple(failures), tuple(unassessed))


def _confirmed_progression(
    start: date, end: date, reports: Iterable[EdssFact]
) -> tuple[Failure | None, bool]:
    """(the first confirmed progression or None, whether EDSS could be assessed at all).

    The reference is the last report on or before ``start``, else the first in the period. A
    later report in the period at or above reference + progression_threshold(reference) is a
    candidate; it is confirmed by a report at least ``confirm_days`` later, on or before ``end``,
    still at or above the threshold, with no report in between below it. An unconfirmed
    candidate (no later report, too soon, a dip in between, or confirmation after ``end``) is
    not a failure.
    """
    ordered = sorted((r for r in reports if r.on <= end), key=lambda r: r.on)
    before = [r for r in ordered if r.on <= start]
    reference = before[-1] if before else next(iter(ordered), None)
    if reference is None:
        return None, False
    later = [r for r in ordered if r.on > reference.on]
    if not later:
        return None, False
    threshold = reference.score + progression_threshold(reference.score)
    confirm = timedelta(days=int(confirmation_rule()["confirm_days"]))
    for i, candidate in enumerate(later):
        if candidate.score < threshold:
            continue
        for after in later[i + 1 :]:
            if after.score < threshold:
                break
            if after.on - candidate.on >= confirm:
                detail = {
                    "reference": reference.score,
                    "reference_on": reference.on,
                    "score": candidate.score,
                    "confirmed_on": after.on,
                }
                return Failure("edss", candidate.on, detail), True
    return None, True
