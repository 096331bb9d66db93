"""The budget: expected and actual costs by category, totals per currency, and a total in one
currency at the user's own rates (kept in the journal's settings, as JSON).

Amounts arrive as whole minor units (the form parses typed text with ``journey.money``);
nothing here uses floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from journey.changes import Change, Service, writes
from journey.errors import InvalidInput, Problem
from journey.money import (
    Conversion,
    ConvertedTotal,
    CurrencyTotal,
    ReferencePrices,
    conversion_from_stored,
    conversion_problems,
    conversion_to_stored,
    convert,
    currency_problem,
    minor_problem,
    reference_prices,
    totals,
)
from journey.services.settings import store_value, stored_value
from journey.settings import COSTS_RATES, COSTS_TARGET
from journey.trip_models import Expense
from journey.validation import optional_text

# SPEC §2.1: treatment package, flights, hotel, companion's food and flights, ground
# transport, medication, other.
EXPENSE_CATEGORIES = (
    "treatment_package",
    "flights",
    "hotel",
    "companion_food",
    "companion_flights",
    "ground_transport",
    "medication",
    "other",
)
DESCRIPTION_MAX = 300
PAID_BY_MAX = 100


@dataclass(frozen=True)
class ExpenseDetails:
    """What the user edits. Amounts in minor units of ``currency`` (cents); None = not known."""

    category: str
    currency: str
    expected_minor: int | None = None
    actual_minor: int | None = None
    description: str = ""
    paid_by: str = ""  # free text: patient, companion, insurance…


@dataclass(frozen=True)
class ExpenseEntry:
    id: int
    details: ExpenseDetails


def expense_problems(details: ExpenseDetails) -> list[Problem]:
    problems = [
        None if details.category in EXPENSE_CATEGORIES else Problem("category", "unknown_choice"),
        currency_problem("currency", details.currency),
        minor_problem("expected", details.expected_minor),
        minor_problem("actual", details.actual_minor),
        optional_text("description", details.description, DESCRIPTION_MAX),
        optional_text("paid_by", details.paid_by, PAID_BY_MAX),
    ]
    if details.expected_minor is None and details.actual_minor is None:
        problems.append(Problem("expected", "amount_required"))
    return [p for p in problems if p is not None]


def _entry(row: Expense) -> ExpenseEntry:
    return ExpenseEntry(
        id=row.id,
        details=ExpenseDetails(
            category=row.category,
            currency=row.currency,
            expected_minor=row.expected_minor,
            actual_minor=row.actual_minor,
            description=row.description,
            paid_by=row.paid_by,
        ),
    )


def _write(row: Expense, details: ExpenseDetails) -> None:
    row.category = details.category
    row.currency = details.currency
    row.expected_minor = details.expected_minor
    row.actual_minor = details.actual_minor
    row.description = details.description.strip()
    row.paid_by = details.paid_by.strip()


def _order(entry: ExpenseEntry) -> tuple[int, str, int]:
    category = entry.details.category
    rank = (
        EXPENSE_CATEGORIES.index(category)
        if category in EXPENSE_CATEGORIES
        else len(EXPENSE_CATEGORIES)
    )
    return rank, entry.details.description.casefold(), entry.id


class ExpenseService(Service):
    def __init__(self, session_factory: sessionmaker[Any]) -> None:
        self._sessions = session_factory

    def check(self, details: ExpenseDetails) -> list[Problem]:
        return expense_problems(details)

    # --- expenses -------------------------------------------------------------------------

    def expenses(self) -> list[ExpenseEntry]:
        """Every expense, by category (treatment first), then description."""
        with self._sessions() as session:
            return sorted((_entry(row) for row in session.scalars(select(Expense))), key=_order)

    def get(self, expense_id: int) -> ExpenseEntry:
        with self._sessions() as session:
            return _entry(_row(session, expense_id))

    @writes(Change.COSTS)
    def add(self, details: ExpenseDetails) -> ExpenseEntry:
        _raise_if(expense_problems(details))
        with self._sessions.begin() as session:
            row = Expense()
            _write(row, details)
            session.add(row)
            session.flush()
            return _entry(row)

    @writes(Change.COSTS)
    def update(self, expense_id: int, details: ExpenseDetails) -> ExpenseEntry:
        _raise_if(expense_problems(details))
        with self._sessions.begin() as session:
            row = _row(session, expense_id)
            _write(row, details)
            session.flush()
            return _entry(row)

    @writes(Change.COSTS)
    def delete(self, expense_id: int) -> ExpenseEntry:
        """Remove an expense; returns it whole so ``restore`` can bring it back (undo)."""
        with self._sessions.begin() as session:
            row = _row(session, expense_id)
            entry = _entry(row)
            session.delete(row)
            return entry

    @writes(Change.COSTS)
    def restore(self, entry: ExpenseEntry) -> ExpenseEntry:
        _raise_if(expense_problems(entry.details))
        with self._sessions.begin() as session:
            row = Expense(id=entry.id)
            _write(row, entry.details)
            session.add(row)
            session.flush()
            return _entry(row)

    # --- totals ---------------------------------------------------------------------------

    def totals(self) -> list[CurrencyTotal]:
        """Expected and actual sums for each currency in use, by currency code."""
        with self._sessions() as session:
            rows = session.execute(
                select(Expense.currency, Expense.expected_minor, Expense.actual_minor)
            ).all()
        return totals((row[0], row[1], row[2]) for row in rows)

    def conversion(self) -> Conversion:
        """The target currency and rates the user entered (USD and no rates at first)."""
        with self._sessions() as session:
            return conversion_from_stored(
                stored_value(session, COSTS_TARGET), stored_value(session, COSTS_RATES)
            )

    @writes(Change.COSTS)
    def save_conversion(self, conversion: Conversion) -> Conversion:
        problems = conversion_problems(conversion)
        if problems:
            raise InvalidInput(problems)
        target, rates = conversion_to_stored(conversion)
        rates.pop(target, None)  # a currency's rate to itself is always 1
        with self._sessions.begin() as session:
            store_value(session, COSTS_TARGET, target)
            store_value(session, COSTS_RATES, rates)
        return self.conversion()

    def converted_total(self) -> ConvertedTotal:
        """Every total in the target currency; if a currency in use has no rate, no total and
        the codes that lack one."""
        return convert(self.totals(), self.conversion())

    @staticmethod
    def reference_prices() -> ReferencePrices:
        """Approximate prices from the guide this product started from: context, not advice."""
        return reference_prices()


def _row(session: Session, expense_id: int) -> Expense:
    row = session.get(Expense, expense_id)
    if row is None:
        raise InvalidInput([Problem("expense", "not_found")])
    return row


def _raise_if(problems: list[Problem]) -> None:
    if problems:
        raise InvalidInput(problems)
