"""Money: ISO 4217 currencies, amounts as whole minor units, totals and conversion.

Amounts are never floats. Typed text is parsed with ``decimal.Decimal`` into the currency's
minor unit (cents for USD, whole yen for JPY) and stored as an integer; a converted total is
worked out in Decimal and rounded once, at the end. Conversion rates are the user's own
("1 MXN = 0.058 USD"): Journey never fetches them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from functools import cache
from importlib.resources import files

from journey.errors import Problem

# No trip costs a trillion of anything; a bigger number is a slip of the keyboard, and this
# keeps every stored amount far inside SQLite's 64-bit integers.
AMOUNT_MAX = Decimal(10) ** 12
# A rate is "units of the target currency per one unit of the other"; 1e9 covers any pair.
RATE_MAX = Decimal(10) ** 9
RATE_DIGITS_MAX = 10
DEFAULT_DIGITS = 2


@dataclass(frozen=True)
class Currency:
    code: str  # ISO 4217 alphabetic code, e.g. "MXN"
    name: str  # English name, from resources/trip/currencies.json
    digits: int  # ISO 4217 minor unit: digits after the decimal point


@cache
def currencies() -> dict[str, Currency]:
    """The currencies Journey knows, by code, in the data file's order."""
    text = files("resources.trip").joinpath("currencies.json").read_text(encoding="utf-8")
    return {
        raw["code"]: Currency(raw["code"], raw["name"], int(raw["digits"]))
        for raw in json.loads(text)["currencies"]
    }


def currency_problem(field: str, code: str) -> Problem | None:
    if code in currencies():
        return None
    if not code.strip():
        return Problem(field, "required")
    return Problem(field, "unknown_currency", {"code": code.strip()})


def digits_of(code: str) -> int:
    known = currencies().get(code)
    return DEFAULT_DIGITS if known is None else known.digits


def _plain_decimal(text: str, decimal_point: str, group_separator: str) -> Decimal | None:
    """Text as a Decimal: digits, optionally grouped in threes, optionally one decimal point.

    Anything else (letters, two points, "1,2" where "," groups thousands) is None, so that a
    slip is reported rather than read as some other number.
    """
    text, group_separator = (_plain_spaces(t) for t in (text.strip(), group_separator))
    if group_separator and group_separator != decimal_point:
        group, point = re.escape(group_separator), re.escape(decimal_point)
        if re.fullmatch(rf"[0-9]{{1,3}}({group}[0-9]{{3}})+({point}[0-9]*)?", text):
            text = text.replace(group_separator, "")
    if decimal_point != ".":
        if "." in text:
            return None
        text = text.replace(decimal_point, ".")
    if not re.fullmatch(r"[0-9]+(\.[0-9]*)?|\.[0-9]+", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only numbers
        return None


def _plain_spaces(text: str) -> str:
    # French and other locales group thousands with a (narrow) no-break space.
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _looks_negative(text: str) -> bool:
    return text.strip().startswith(("-", "\u2212"))


def parse_amount(
    field: str,
    text: str,
    currency: str,
    *,
    decimal_point: str = ".",
    group_separator: str = ",",
) -> tuple[int | None, Problem | None]:
    """Typed text as whole minor units of ``currency``; empty text is "not given" (None).

    ``decimal_point`` and ``group_separator`` are the user's locale's (the UI passes them);
    a dot is always accepted as the decimal point too when the locale's is a comma.
    """
    if not text.strip():
        return None, None
    digits = digits_of(currency)
    value = _plain_decimal(text, decimal_point, group_separator)
    if value is None and decimal_point != ".":
        value = _plain_decimal(text, ".", "")
    if value is None:
        unsigned = _plain_decimal(text.strip()[1:], decimal_point, group_separator)
        if _looks_negative(text) and unsigned is not None:
            return None, Problem(field, "amount_negative")
        return None, Problem(field, "not_an_amount")
    if value >= AMOUNT_MAX:
        return None, Problem(field, "amount_too_large")
    minor = value.scaleb(digits)
    if minor != minor.to_integral_value():
        if digits == 0:
            return None, Problem(field, "amount_whole", {"currency": currency})
        return None, Problem(field, "amount_decimals", {"digits": digits, "currency": currency})
    return int(minor), None


def minor_problem(field: str, minor: int | None) -> Problem | None:
    """The rule a stored amount keeps (SPEC §4: amounts ≥ 0)."""
    if minor is None:
        return None
    if isinstance(minor, bool) or not isinstance(minor, int):
        return Problem(field, "not_an_amount")
    if minor < 0:
        return Problem(field, "amount_negative")
    if minor >= AMOUNT_MAX * 1000:
        return Problem(field, "amount_too_large")
    return None


def as_decimal(minor: int, currency: str) -> Decimal:
    """Minor units as a Decimal in the currency's major unit (84000 CAD → 840.00)."""
    digits = digits_of(currency)
    return (Decimal(minor).scaleb(-digits)).quantize(Decimal(1).scaleb(-digits))


def amount_text(minor: int, currency: str) -> str:
    """Plain text for an amount ("840.00"), for files and tests; the UI localises it."""
    return str(as_decimal(minor, currency))


def parse_rate(
    field: str, text: str, *, decimal_point: str = ".", group_separator: str = ","
) -> tuple[Decimal | None, Problem | None]:
    """A conversion rate the user typed: a number above zero; empty is "no rate"."""
    if not text.strip():
        return None, None
    value = _plain_decimal(text, decimal_point, group_separator)
    if value is None and decimal_point != ".":
        value = _plain_decimal(text, ".", "")
    if value is None:
        if _looks_negative(text):
            return None, Problem(field, "rate_positive")
        return None, Problem(field, "not_a_rate")
    problem = rate_problem(field, value)
    return (None, problem) if problem else (tidy(value), None)


def tidy(value: Decimal) -> Decimal:
    """Without trailing zeros, and never in exponent form: 0.0580 → 0.058, 100.0 → 100."""
    value = value.normalize()
    exponent = value.as_tuple().exponent
    return value.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else value


def rate_problem(field: str, rate: Decimal) -> Problem | None:
    if not rate.is_finite() or rate <= 0:
        return Problem(field, "rate_positive")
    if rate >= RATE_MAX:
        return Problem(field, "rate_too_large")
    exponent = rate.normalize().as_tuple().exponent
    if isinstance(exponent, int) and -exponent > RATE_DIGITS_MAX:
        return Problem(field, "rate_decimals", {"digits": RATE_DIGITS_MAX})
    return None


@dataclass(frozen=True)
class CurrencyTotal:
    """Sums in one currency; an expense without an expected (or actual) amount adds nothing
    to that sum."""

    currency: str
    expected_minor: int
    actual_minor: int


def totals(amounts: Iterable[tuple[str, int | None, int | None]]) -> list[CurrencyTotal]:
    """(currency, expected, actual) triples summed per currency, in code order."""
    sums: dict[str, tuple[int, int]] = {}
    for currency, expected, actual in amounts:
        before = sums.get(currency, (0, 0))
        sums[currency] = (before[0] + (expected or 0), before[1] + (actual or 0))
    return [CurrencyTotal(code, *sums[code]) for code in sorted(sums)]


@dataclass(frozen=True)
class Conversion:
    """The user's target currency and rates: 1 unit of ``code`` = ``rates[code]`` of target."""

    target: str = "USD"
    rates: Mapping[str, Decimal] = field(default_factory=dict)

    def rate(self, code: str) -> Decimal | None:
        return Decimal(1) if code == self.target else self.rates.get(code)


@dataclass(frozen=True)
class ConvertedTotal:
    """Every total in the target currency, or — when a rate is missing — no total at all and
    the codes without a rate (never a total that silently leaves some costs out)."""

    target: str
    expected_minor: int | None
    actual_minor: int | None
    missing: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing


def conversion_problems(conversion: Conversion) -> list[Problem]:
    problems = [currency_problem("target_currency", conversion.target)]
    for code, rate in conversion.rates.items():
        problems.append(currency_problem(f"rate_{code}", code))
        problems.append(rate_problem(f"rate_{code}", rate))
    return [p for p in problems if p is not None]


def convert(sums: Iterable[CurrencyTotal], conversion: Conversion) -> ConvertedTotal:
    """All the per-currency totals in the target currency, rounded half-even once."""
    target = conversion.target
    expected = actual = Decimal(0)
    missing = []
    for total in sums:
        rate = conversion.rate(total.currency)
        if rate is None:
            missing.append(total.currency)
            continue
        expected += as_decimal(total.expected_minor, total.currency) * rate
        actual += as_decimal(total.actual_minor, total.currency) * rate
    if missing:
        return ConvertedTotal(target, None, None, tuple(sorted(missing)))
    digits = digits_of(target)

    def to_minor(value: Decimal) -> int:
        return int(value.scaleb(digits).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))

    return ConvertedTotal(target, to_minor(expected), to_minor(actual))


def conversion_from_stored(target: object, rates: object) -> Conversion:
    """The stored target and rates; a value that breaks today's rules (hand-edited, or from
    another version) is dropped alone, as settings are."""
    result = Conversion()
    if isinstance(target, str) and currency_problem("target_currency", target) is None:
        result = Conversion(target=target)
    kept: dict[str, Decimal] = {}
    if isinstance(rates, dict):
        for code, raw in rates.items():
            if not isinstance(code, str) or not isinstance(raw, str) or code == result.target:
                continue
            try:
                rate = Decimal(raw)
            except InvalidOperation:
                continue
            if currency_problem("rate", code) is None and rate_problem("rate", rate) is None:
                kept[code] = rate
    return Conversion(target=result.target, rates=kept)


def conversion_to_stored(conversion: Conversion) -> tuple[str, dict[str, str]]:
    """Target and rates as JSON-ready values; rates as decimal strings, exact."""
    rates = conversion.rates.items()
    return conversion.target, {code: format(tidy(rate), "f") for code, rate in sorted(rates)}


# --- reference prices (SPEC §2.1), shown as context, never advice ---------------------------


@dataclass(frozen=True)
class PriceRange:
    key: str
    title: str  # English; the UI translates
    mexico: tuple[int, int]
    us_canada: tuple[int, int]
    us_canada_or_more: bool  # the guide says "50,000+"


@dataclass(frozen=True)
class ReferencePrices:
    currency: str
    source: str
    ranges: tuple[PriceRange, ...]


@cache
def reference_prices() -> ReferencePrices:
    text = files("resources.trip").joinpath("cost_ranges.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    return ReferencePrices(
        currency=raw["currency"],
        source=raw["source"],
        ranges=tuple(
            PriceRange(
                key=item["key"],
                title=item["title"],
                mexico=(int(item["mexico"][0]), int(item["mexico"][1])),
                us_canada=(int(item["us_canada"][0]), int(item["us_canada"][1])),
                us_canada_or_more=bool(item["us_canada_or_more"]),
            )
            for item in raw["ranges"]
        ),
    )
