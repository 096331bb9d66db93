"""Adding or editing one expense: category, what it is, currency, expected and actual
amounts, who paid. Amounts are read as decimal text in the user's locale, never as floats."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from journey.errors import Problem
from journey.services.costs import ExpenseDetails, ExpenseEntry, ExpenseService
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.form_dialog import FormDialog
from ui.widgets.forms import choice_box, line, set_choice
from ui.words.money import CurrencyBox, money_text, read_amount
from ui.words.vocabulary import translated

EXPENSE_CATEGORY_CHOICES = [
    ("treatment_package", QT_TRANSLATE_NOOP("vocabulary", "Treatment package")),
    ("flights", QT_TRANSLATE_NOOP("vocabulary", "Flights")),
    ("hotel", QT_TRANSLATE_NOOP("vocabulary", "Hotel")),
    ("companion_food", QT_TRANSLATE_NOOP("vocabulary", "Companion's food")),
    ("companion_flights", QT_TRANSLATE_NOOP("vocabulary", "Companion's flights")),
    ("ground_transport", QT_TRANSLATE_NOOP("vocabulary", "Ground transport")),
    ("medication", QT_TRANSLATE_NOOP("vocabulary", "Medication")),
    ("other", QT_TRANSLATE_NOOP("vocabulary", "Other")),
]


class ExpenseDialog(FormDialog):
    """Problems show beside their fields, and what was typed stays, until it is right."""

    def __init__(
        self,
        expenses: ExpenseService,
        initial: ExpenseDetails | None = None,
        default_currency: str = "USD",
        parent: QWidget | None = None,
        save: Callable[[ExpenseDetails], ExpenseEntry] | None = None,
    ) -> None:
        title = self.tr("Add a cost") if initial is None else self.tr("Edit cost")
        super().__init__(title, parent, save)
        self.expenses = expenses
        self.details: ExpenseDetails | None = None
        add = self.form.add
        self.category = add(
            "category", self.tr("C&ategory"), choice_box(translated(EXPENSE_CATEGORY_CHOICES))
        )
        self.description = add(
            "description",
            self.tr("&What it is"),
            line(placeholder=self.tr("for example Return flights Toronto–San Diego")),
        )
        self.currency = add(
            "currency",
            self.tr("C&urrency"),
            CurrencyBox(default_currency),
            self.tr("A code such as USD, CAD or MXN, or part of a currency's name."),
        )
        self.expected = add(
            "expected",
            self.tr("&Expected amount"),
            line(placeholder=self.tr("for example 1250.50")),
        )
        self.actual = add(
            "actual",
            self.tr("A&ctual amount"),
            line(placeholder=self.tr("leave empty until it is paid")),
        )
        self.paid_by = add("paid_by", self.tr("&Paid by"), self._paid_by_box())
        if initial is not None:
            self.write(initial)
        self.category.setFocus()

    def _paid_by_box(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItems(["", self.tr("Patient"), self.tr("Companion"), self.tr("Insurance")])
        return box

    def write(self, details: ExpenseDetails) -> None:
        set_choice(self.category, details.category)
        self.description.setText(details.description)
        self.currency.set_code(details.currency)
        for box, minor in (
            (self.expected, details.expected_minor),
            (self.actual, details.actual_minor),
        ):
            box.setText("" if minor is None else money_text(minor, details.currency, grouped=False))
        self.paid_by.setCurrentText(details.paid_by)

    def read(self) -> tuple[ExpenseDetails, list[Problem]]:
        currency = self.currency.code()
        expected, expected_problem = read_amount("expected", self.expected.text(), currency)
        actual, actual_problem = read_amount("actual", self.actual.text(), currency)
        details = ExpenseDetails(
            category=self.category.currentData(),
            currency=currency,
            expected_minor=expected,
            actual_minor=actual,
            description=self.description.text(),
            paid_by=self.paid_by.currentText(),
        )
        return details, [p for p in (expected_problem, actual_problem) if p is not None]

    def accept(self) -> None:
        details, typing = self.read()
        problems = self.expenses.check(details)
        if typing:  # an amount that could not be read says so, not "enter an amount"
            problems = [p for p in problems if p.code != "amount_required"] + typing
        if self.show_problems(problems):
            return
        self.finish(details)

    @classmethod
    def ask(
        cls,
        expenses: ExpenseService,
        save: Callable[[ExpenseDetails], ExpenseEntry],
        initial: ExpenseDetails | None = None,
        default_currency: str = "USD",
        parent: QWidget | None = None,
    ) -> ExpenseEntry | None:
        """The cost as stored by ``save``, or None if the user cancelled."""
        return cls(expenses, initial, default_currency, parent, save).run()
