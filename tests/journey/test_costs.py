"""The budget: amounts in minor units (never floats), totals, conversion at the user's rates."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey.errors import InvalidInput
from journey.journal import Journal
from journey.money import (
    Conversion,
    ConvertedTotal,
    CurrencyTotal,
    amount_text,
    convert,
    currencies,
    parse_amount,
    parse_rate,
    reference_prices,
    totals,
)
from journey.services.costs import EXPENSE_CATEGORIES, ExpenseDetails, ExpenseService


@pytest.fixture
def expenses(journal: Journal) -> ExpenseService:
    return ExpenseService(journal.session_factory)


def raw(journal: Journal, sql: str) -> list[tuple[object, ...]]:
    with journal.engine.connect() as connection:
        return [tuple(r) for r in connection.exec_driver_sql(sql)]


FLIGHTS = ExpenseDetails(
    category="flights",
    currency="CAD",
    expected_minor=84000,
    actual_minor=91250,
    description=" YYZ–SAN return ",
    paid_by="companion",
)
PACKAGE = ExpenseDetails(
    category="treatment_package",
    currency="USD",
    expected_minor=4_950_000,
    description="HSCT package",
    paid_by="patient",
)
TAXIS = ExpenseDetails(category="ground_transport", currency="MXN", actual_minor=185_000)


# --- parsing typed amounts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("840", "CAD", 84000),
        ("912.5", "CAD", 91250),
        ("912.50", "CAD", 91250),
        ("1,250.75", "USD", 125075),
        ("0", "USD", 0),
        ("0.01", "USD", 1),
        (".5", "EUR", 50),
        ("  15000 ", "MXN", 1500000),
        ("1500", "JPY", 1500),
        ("12.345", "KWD", 12345),
        ("", "USD", None),
        ("   ", "USD", None),
    ],
)
def test_typed_amounts_become_whole_minor_units(
    text: str, currency: str, minor: int | None
) -> None:
    assert parse_amount("expected", text, currency) == (minor, None)


@pytest.mark.parametrize(
    ("text", "currency", "code"),
    [
        ("-5", "USD", "amount_negative"),
        ("−5", "USD", "amount_negative"),
        ("abc", "USD", "not_an_amount"),
        ("12,5", "USD", "not_an_amount"),  # "," groups thousands here: a slip, not 12.5
        ("1.2.3", "USD", "not_an_amount"),
        ("1e3", "USD", "not_an_amount"),
        ("NaN", "USD", "not_an_amount"),
        ("Infinity", "USD", "not_an_amount"),
        ("$12", "USD", "not_an_amount"),
        ("12.345", "USD", "amount_decimals"),
        ("12.5", "JPY", "amount_whole"),
        ("1000000000000", "USD", "amount_too_large"),
    ],
)
def test_bad_amounts_are_named(text: str, currency: str, code: str) -> None:
    minor, problem = parse_amount("expected", text, currency)
    assert minor is None
    assert problem is not None
    assert (problem.field, problem.code) == ("expected", code)


def test_amounts_in_a_locale_with_a_decimal_comma() -> None:
    comma = {"decimal_point": ",", "group_separator": "."}
    assert parse_amount("a", "1.234,56", "EUR", **comma) == (123456, None)
    assert parse_amount("a", "12,5", "EUR", **comma) == (1250, None)
    assert parse_amount("a", "12.5", "EUR", **comma) == (1250, None)  # a dot still works
    assert parse_amount("a", "1.234", "EUR", **comma) == (123400, None)  # grouped thousands
    french = {"decimal_point": ",", "group_separator": "\u202f"}
    assert parse_amount("a", "1\u202f234,56", "EUR", **french) == (123456, None)
    assert parse_amount("a", "1 234,56", "EUR", **french) == (123456, None)


@given(st.integers(min_value=0, max_value=10**12 - 1), st.sampled_from(sorted(currencies())))
def test_shown_amounts_read_back_exactly(minor: int, currency: str) -> None:
    assert parse_amount("a", amount_text(minor, currency), currency) == (minor, None)


# --- storing expenses ----------------------------------------------------------------------


def test_an_expense_is_stored_in_minor_units(expenses: ExpenseService, journal: Journal) -> None:
    added = expenses.add(FLIGHTS)
    assert added.details.description == "YYZ–SAN return"
    assert expenses.expenses() == [added]
    assert raw(journal, "SELECT currency, expected_minor, actual_minor, paid_by FROM expense") == [
        ("CAD", 84000, 91250, "companion")
    ]


def test_expenses_are_listed_by_category(expenses: ExpenseService) -> None:
    for details in (TAXIS, FLIGHTS, PACKAGE):
        expenses.add(details)
    assert [e.details.category for e in expenses.expenses()] == [
        "treatment_package",
        "flights",
        "ground_transport",
    ]
    assert EXPENSE_CATEGORIES[0] == "treatment_package"


@pytest.mark.parametrize(
    ("details", "field", "code"),
    [
        (ExpenseDetails("flights", "CAD", expected_minor=-1), "expected", "amount_negative"),
        (ExpenseDetails("flights", "CAD", actual_minor=-100), "actual", "amount_negative"),
        (ExpenseDetails("flights", "XYZ", expected_minor=1), "currency", "unknown_currency"),
        (ExpenseDetails("flights", "", expected_minor=1), "currency", "required"),
        (ExpenseDetails("flights", "cad", expected_minor=1), "currency", "unknown_currency"),
        (ExpenseDetails("spa", "CAD", expected_minor=1), "category", "unknown_choice"),
        (ExpenseDetails("flights", "CAD"), "expected", "amount_required"),
        (
            ExpenseDetails("flights", "CAD", 1, description="x" * 301),
            "description",
            "text_too_long",
        ),
    ],
)
def test_bad_expenses_are_refused_and_nothing_is_stored(
    expenses: ExpenseService, journal: Journal, details: ExpenseDetails, field: str, code: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        expenses.add(details)
    problem = refused.value.for_field(field)
    assert problem is not None
    assert problem.code == code
    assert raw(journal, "SELECT * FROM expense") == []


def test_edit_delete_and_restore(expenses: ExpenseService, journal: Journal) -> None:
    added = expenses.add(FLIGHTS)
    edited = expenses.update(added.id, ExpenseDetails("flights", "CAD", actual_minor=95000))
    assert expenses.get(added.id) == edited
    before = raw(journal, "SELECT * FROM expense")
    deleted = expenses.delete(added.id)
    assert expenses.expenses() == []
    assert expenses.restore(deleted) == edited
    assert raw(journal, "SELECT * FROM expense") == before


# --- totals and conversion -----------------------------------------------------------------


def test_totals_per_currency(expenses: ExpenseService) -> None:
    for details in (FLIGHTS, PACKAGE, TAXIS, ExpenseDetails("hotel", "USD", 120000, 118050)):
        expenses.add(details)
    assert expenses.totals() == [
        CurrencyTotal("CAD", 84000, 91250),
        CurrencyTotal("MXN", 0, 185000),
        CurrencyTotal("USD", 5_070_000, 118050),
    ]


def test_the_converted_total_says_which_rates_are_missing(expenses: ExpenseService) -> None:
    for details in (FLIGHTS, PACKAGE, TAXIS):
        expenses.add(details)
    assert expenses.conversion() == Conversion("USD", {})
    assert expenses.converted_total() == ConvertedTotal("USD", None, None, ("CAD", "MXN"))

    expenses.save_conversion(Conversion("USD", {"CAD": Decimal("0.72")}))
    assert expenses.converted_total() == ConvertedTotal("USD", None, None, ("MXN",))

    expenses.save_conversion(Conversion("USD", {"CAD": Decimal("0.72"), "MXN": Decimal("0.058")}))
    # 840.00 CAD × 0.72 + 49,500 USD = 50,104.80; actual 912.50 × 0.72 + 1,850 × 0.058 = 764.30
    assert expenses.converted_total() == ConvertedTotal("USD", 5_010_480, 76430)


def test_rates_and_target_are_kept_in_the_settings_as_json(
    expenses: ExpenseService, journal: Journal
) -> None:
    saved = expenses.save_conversion(
        Conversion("MXN", {"USD": Decimal("17.20"), "CAD": Decimal("12.5"), "MXN": Decimal(3)})
    )
    assert saved == Conversion("MXN", {"CAD": Decimal("12.5"), "USD": Decimal("17.2")})
    stored = dict(raw(journal, "SELECT key, value FROM setting WHERE key LIKE 'costs.%'"))
    assert json.loads(str(stored["costs.target_currency"])) == "MXN"
    assert json.loads(str(stored["costs.rates"])) == {"CAD": "12.5", "USD": "17.2"}
    assert ExpenseService(journal.session_factory).conversion() == saved


@pytest.mark.parametrize(
    ("conversion", "field", "code"),
    [
        (Conversion("USD", {"MXN": Decimal(0)}), "rate_MXN", "rate_positive"),
        (Conversion("USD", {"MXN": Decimal(-1)}), "rate_MXN", "rate_positive"),
        (Conversion("USD", {"MXN": Decimal("NaN")}), "rate_MXN", "rate_positive"),
        (Conversion("USD", {"XYZ": Decimal(1)}), "rate_XYZ", "unknown_currency"),
        (Conversion("ZZZ", {}), "target_currency", "unknown_currency"),
    ],
)
def test_bad_rates_are_refused(
    expenses: ExpenseService, journal: Journal, conversion: Conversion, field: str, code: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        expenses.save_conversion(conversion)
    problem = refused.value.for_field(field)
    assert problem is not None
    assert problem.code == code
    assert raw(journal, "SELECT * FROM setting WHERE key LIKE 'costs.%'") == []


def test_a_hand_edited_rate_that_breaks_the_rules_is_dropped_alone(
    expenses: ExpenseService, journal: Journal
) -> None:
    with journal.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO setting (key, value) VALUES ('costs.target_currency', '\"EUR\"'),"
            ' (\'costs.rates\', \'{"MXN": "0.05", "CAD": "-1", "GBP": 1.2, "XYZ": "2"}\')'
        )
    assert expenses.conversion() == Conversion("EUR", {"MXN": Decimal("0.05")})


def test_the_journals_other_settings_still_read(expenses: ExpenseService, journal: Journal) -> None:
    from journey.services.settings import SettingsService

    expenses.save_conversion(Conversion("CAD", {"USD": Decimal("1.38")}))
    assert SettingsService(journal.session_factory).preferences().text_size == 100


@pytest.mark.parametrize(
    ("text", "code"), [("0", "rate_positive"), ("-2", "rate_positive"), ("x", "not_a_rate")]
)
def test_typed_rates(text: str, code: str) -> None:
    assert parse_rate("rate_MXN", "0.0580") == (Decimal("0.058"), None)
    rate, problem = parse_rate("rate_MXN", text)
    assert rate is None
    assert problem is not None
    assert problem.code == code


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["USD", "MXN", "JPY", "KWD"]),
            st.integers(min_value=0, max_value=10**10),
            st.integers(min_value=0, max_value=10**10),
        ),
        max_size=12,
    )
)
def test_converting_at_rate_one_to_itself_is_exact(
    rows: list[tuple[str, int, int]],
) -> None:
    usd = [(c, e, a) for c, e, a in rows if c == "USD"]
    converted = convert(totals(usd), Conversion("USD", {}))
    assert converted.expected_minor == sum(e for _, e, _ in usd)
    assert converted.actual_minor == sum(a for _, _, a in usd)
    everything = convert(totals(rows), Conversion("USD", {}))
    others = sorted({c for c, _, _ in rows} - {"USD"})
    assert everything.missing == tuple(others)
    assert (everything.expected_minor is None) == bool(others)


def test_jpy_and_dinar_convert_through_their_own_minor_units() -> None:
    sums = totals([("JPY", 10000, None), ("KWD", 1500, None)])  # ¥10,000 and 1.500 KWD
    rates = Conversion("USD", {"JPY": Decimal("0.0067"), "KWD": Decimal("3.25")})
    assert convert(sums, rates) == ConvertedTotal("USD", 6700 + 488, 0)  # 67.00 + 4.875 → 4.88


# --- the reference prices ------------------------------------------------------------------


def test_reference_prices_are_the_guides_with_the_source() -> None:
    prices = reference_prices()
    assert prices.currency == "USD"
    assert "patient guide" in prices.source
    assert "not advice" in prices.source
    shown = {r.key: (r.mexico, r.us_canada, r.us_canada_or_more) for r in prices.ranges}
    assert shown == {
        "msc": ((8000, 15000), (25000, 50000), True),
        "hsct": ((45000, 55000), (125000, 200000), False),
        "consultation": ((100, 300), (500, 2000), False),
    }
    assert ExpenseService.reference_prices() == prices


def test_the_currency_list_has_the_usual_ones() -> None:
    known = currencies()
    assert {"USD", "CAD", "MXN", "EUR", "GBP", "AUD"} <= set(known)
    assert len(known) >= 40
    assert known["JPY"].digits == 0
    assert known["MXN"].digits == 2
    assert all(len(code) == 3 and code.isupper() for code in known)
