"""Reference exchange rates: a plausible figure to show beside a rate field ("about 0.73"),
with where and when it comes from. Journey never looks rates up and never fills a field with
these: the user's own rate is the one that counts (journey.money.Conversion).

The figures are the European Central Bank's euro reference rates of one day, in
resources/trip/reference_rates.json; a pair's rate is worked out through the euro.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from importlib.resources import files

SIGNIFICANT_DIGITS = 3  # "about": 0.730, 0.0547, 18.3 — enough to catch a slip, no more


@dataclass(frozen=True)
class ReferenceRate:
    """1 ``code`` = about ``rate`` ``target``, from ``source`` on ``day``."""

    code: str
    target: str
    rate: Decimal
    source: str  # English; the UI translates
    day: date


@dataclass(frozen=True)
class _Table:
    source: str
    day: date
    base: str
    per_base: dict[str, Decimal]


@cache
def _table() -> _Table:
    text = files("resources.trip").joinpath("reference_rates.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    base = raw["base"]
    per_base = {code: Decimal(value) for code, value in raw["rates"].items()}
    per_base[base] = Decimal(1)
    return _Table(raw["source"], date.fromisoformat(raw["date"]), base, per_base)


def reference_rate(code: str, target: str) -> ReferenceRate | None:
    """About how many ``target`` one ``code`` bought on the reference day; None when the
    reference has no rate for either currency (or they are the same)."""
    table = _table()
    if code == target or code not in table.per_base or target not in table.per_base:
        return None
    exact = table.per_base[target] / table.per_base[code]
    rounded = _significant(exact, SIGNIFICANT_DIGITS)
    return ReferenceRate(code, target, rounded, table.source, table.day)


def _significant(value: Decimal, digits: int) -> Decimal:
    exponent = value.adjusted() - digits + 1
    return value.quantize(Decimal(1).scaleb(exponent)).normalize()
