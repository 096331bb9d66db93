"""Costs: expected and actual costs, totals per currency, one total at the user's own rates,
and the guide's reference prices as context (never advice)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journey.changes import Change
from journey.errors import Problem
from journey.money import Conversion, ConvertedTotal, CurrencyTotal, conversion_problems
from journey.reference_rates import reference_rate
from journey.services.costs import ExpenseEntry, ExpenseService
from ui.trip.expense_dialog import EXPENSE_CATEGORY_CHOICES, ExpenseDialog
from ui.widgets.forms import Form, line
from ui.widgets.page import Page
from ui.widgets.tables import Column, RowsModel, RowsTable, UndoBar, big_button
from ui.words.data import tr_data
from ui.words.money import (
    CurrencyBox,
    group_digits,
    money_text,
    optional_money,
    rate_text,
    read_rate,
)
from ui.words.time import date_text
from ui.words.vocabulary import shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("CostsPage", text)


def expenses_model(parent: QWidget | None = None) -> RowsModel:
    keys = [key for key, _ in EXPENSE_CATEGORY_CHOICES]

    def rank(entry: ExpenseEntry) -> int:
        category = entry.details.category
        return keys.index(category) if category in keys else len(keys)

    def amount(which: str) -> Column:
        header = _tr("Expected") if which == "expected" else _tr("Actual")
        minor = (
            (lambda e: e.details.expected_minor)
            if which == "expected"
            else (lambda e: e.details.actual_minor)
        )
        return Column(
            header,
            lambda e: optional_money(minor(e), e.details.currency),
            sort=lambda e: -1 if minor(e) is None else minor(e),
            numeric=True,
        )

    return RowsModel(
        [
            Column(
                _tr("Category"),
                lambda e: shown(EXPENSE_CATEGORY_CHOICES, e.details.category),
                sort=rank,
            ),
            Column(_tr("What it is"), lambda e: e.details.description),
            Column(_tr("Currency"), lambda e: e.details.currency, secondary=True),
            amount("expected"),
            amount("actual"),
            Column(_tr("Paid by"), lambda e: e.details.paid_by, secondary=True),
        ],
        key=lambda e: e.id,
        parent=parent,
    )


class CostsPage(Page):
    shows = Change.COSTS

    def __init__(self, expenses: ExpenseService, parent: QWidget | None = None) -> None:
        super().__init__(scrolls=True, parent=parent)
        self.set_heading(
            self.tr("Costs"),
            self.tr(
                "What the trip is expected to cost and what it did cost, in the currency of "
                "each bill. Totals stay per currency unless you give the rates below."
            ),
        )
        self.expenses = expenses
        layout = self.layout_
        layout.setSpacing(12)

        # Amounts are figures: never narrowed, never cut; Paid by and Currency give way first.
        self.table = RowsTable(expenses_model(self), self.tr("Costs"))
        self.table.set_empty_text(
            self.tr(
                "No costs yet. Add what the treatment, the flights and the stay will cost, "
                "then what they did: the totals follow, in the currency you choose."
            )
        )
        self.table.visible_rows = 8
        # The table keeps its height (neither stretched nor squeezed): a new currency adds a
        # rate field below, and the Add cost button stays where the hand found it (issue 19).
        policy = self.table.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.table.setSizePolicy(policy)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = big_button(self.tr("&Add cost…"))
        self.edit_button = big_button(self.tr("&Edit…"))
        self.delete_button = big_button(self.tr("&Delete"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)

        totals_box = QGroupBox(self.tr("Totals by currency"))
        self.totals_line = _text_label()
        QVBoxLayout(totals_box).addWidget(self.totals_line)
        layout.addWidget(totals_box)

        layout.addWidget(self._build_conversion())
        layout.addWidget(self._build_reference())
        layout.addStretch(1)

        self.add_button.clicked.connect(self.add_expense)
        self.edit_button.clicked.connect(self.edit_expense)
        self.delete_button.clicked.connect(self.delete_expense)
        self.table.activated.connect(lambda _index: self.edit_expense())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_expense)
        self._with_expected: set[str] = set()  # currencies with an expected amount entered
        self._with_actual: set[str] = set()  # … with an actual amount entered
        self.refresh()

    # --- building -------------------------------------------------------------------------

    def _build_conversion(self) -> QGroupBox:
        box = QGroupBox(self.tr("Everything in one currency"))
        column = QVBoxLayout(box)
        note = QLabel(
            self.tr(
                "Journey never looks up exchange rates. Enter the rates you were given or "
                "paid, and it adds everything up in one currency."
            )
        )
        note.setWordWrap(True)
        column.addWidget(note)
        self.target_form = Form()
        self.target = self.target_form.add(
            "target_currency", self.tr("Add up in"), CurrencyBox(self.expenses.conversion().target)
        )
        column.addWidget(self.target_form)
        self.rates_holder = QVBoxLayout()
        column.addLayout(self.rates_holder)
        self.reference_note = _text_label()
        self.reference_note.setEnabled(False)  # the quieter, still readable, text colour
        self.reference_note.hide()
        column.addWidget(self.reference_note)
        self.rates_form: Form | None = None
        self.rate_edits: dict[str, QLineEdit] = {}
        self.save_rates_button = big_button(self.tr("&Save rates"))
        self.save_rates_button.clicked.connect(self.save_rates)
        row = QHBoxLayout()
        row.addWidget(self.save_rates_button)
        row.addStretch(1)
        column.addLayout(row)
        self.converted_line = _text_label()
        self.converted_line.setProperty("role", "headline")
        column.addWidget(self.converted_line)
        self.target.code_changed.connect(self._target_changed)
        return box

    def _build_reference(self) -> QGroupBox:
        prices = self.expenses.reference_prices()
        box = QGroupBox(self.tr("Reference prices — for context only, not advice"))
        column = QVBoxLayout(box)
        rows = "".join(
            f"<tr><td>{escape(tr_data(r.title))}</td>"
            f"<td>{_span(r.mexico)}</td><td>{_span(r.us_canada, r.us_canada_or_more)}</td></tr>"
            for r in prices.ranges
        )
        head = (
            f"<tr><th align='left'>{self.tr('Treatment')}</th>"
            f"<th align='left'>{self.tr('Mexico')}</th>"
            f"<th align='left'>{self.tr('US and Canada')}</th></tr>"
        )
        self.reference_table = _text_label()
        self.reference_table.setTextFormat(Qt.TextFormat.RichText)
        lead = self.tr("Approximate prices in %1, as a patient guide gave them.")
        self.reference_table.setText(
            f"<p>{escape(lead.replace('%1', prices.currency))}</p>"
            f"<table cellspacing='0' cellpadding='4'>{head}{rows}</table>"
        )
        self.reference_source = _text_label()
        self.reference_source.setText(self.tr("Source: %1").replace("%1", tr_data(prices.source)))
        self.reference_source.setEnabled(False)  # the quieter, still readable, text colour
        column.addWidget(self.reference_table)
        column.addWidget(self.reference_source)
        return box

    def _target_changed(self) -> None:
        self._build_rates()
        self._show_converted(self.expenses.converted_total())

    def _build_rates(self) -> None:
        """One "1 MXN in USD" field for each currency in use other than the target."""
        typed = {code: edit.text() for code, edit in self.rate_edits.items()}
        if self.rates_form is not None:
            self.rates_holder.removeWidget(self.rates_form)
            self.rates_form.hide()  # at once: deleteLater waits for the event loop
            self.rates_form.deleteLater()
        target = self.target.code()
        stored = self.expenses.conversion()
        self.rates_form = Form()
        self.rate_edits = {}
        references = []
        for total in self.expenses.totals():
            code = total.currency
            if code == target:
                continue
            known = stored.rates.get(code)
            # A figure for this very pair, never one example for all (issue 19): "about 0.73"
            # for 1 CAD in USD, none for a pair the reference does not cover.
            reference = reference_rate(code, target)
            hint = ""
            if reference is not None:
                references.append(reference)
                hint = self.tr("about %1").replace("%1", rate_text(reference.rate))
            edit = line(typed.get(code, rate_text(known) if known is not None else ""), hint)
            edit.setAccessibleDescription(hint)  # a placeholder is not read out everywhere
            label = self.tr("1 %1 in %2").replace("%1", code).replace("%2", target)
            self.rate_edits[code] = self.rates_form.add(f"rate_{code}", label, edit)
        self.reference_note.setVisible(bool(references))
        if references:
            first = references[0]
            self.reference_note.setText(
                self.tr(
                    "“About” figures: %1, %2. Rates change, so they are for orientation only: "
                    "enter the rate you were given or paid."
                )
                .replace("%1", tr_data(first.source))
                .replace("%2", date_text(first.day))
            )
        self.rates_holder.addWidget(self.rates_form)

    # --- showing --------------------------------------------------------------------------

    def refresh(self, keep: int | None = None) -> None:
        current = self.table.current()
        if keep is None and current is not None:
            keep = current.id
        rows = self.expenses.expenses()
        self.table.reload(rows, keep)
        self._selection_changed()
        # A sum with no amount behind it says "—", as the table does, not "0.00" (issue 19).
        self._with_expected = {
            e.details.currency for e in rows if e.details.expected_minor is not None
        }
        self._with_actual = {e.details.currency for e in rows if e.details.actual_minor is not None}
        self._show_totals(self.expenses.totals())
        self._build_rates()
        self._show_converted(self.expenses.converted_total())

    def _selection_changed(self) -> None:
        has = self.table.current() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _show_totals(self, totals: list[CurrencyTotal]) -> None:
        if not totals:
            self.totals_line.setText(self.tr("No costs yet."))
            return
        self.totals_line.setText(
            "\n".join(
                self.tr("%1: expected %2, actual %3")
                .replace("%1", t.currency)
                .replace(
                    "%2",
                    self._sum_text(t.expected_minor, t.currency, t.currency in self._with_expected),
                )
                .replace(
                    "%3",
                    self._sum_text(t.actual_minor, t.currency, t.currency in self._with_actual),
                )
                for t in totals
            )
        )

    @staticmethod
    def _sum_text(minor: int, currency: str, entered: bool) -> str:
        """A sum, or "—" when not one amount of its kind was entered."""
        return money_text(minor, currency) if entered else "—"

    def _show_converted(self, converted: ConvertedTotal) -> None:
        target = converted.target
        if self.target.code() != target:  # another currency chosen, not saved yet
            text = self.tr("Press Save rates to add everything up in %1.").replace(
                "%1", self.target.code()
            )
        elif converted.missing:
            text = "⚠ " + self.tr(
                "No total in %1 yet: no rate for %2. Enter the rate above and press Save rates."
            ).replace("%1", target).replace("%2", ", ".join(converted.missing))
        elif converted.expected_minor is None or converted.actual_minor is None:
            text = ""
        else:
            text = (
                self.tr("In %1: expected %2, actual %3")
                .replace("%1", target)
                .replace(
                    "%2",
                    self._sum_text(converted.expected_minor, target, bool(self._with_expected)),
                )
                .replace(
                    "%3", self._sum_text(converted.actual_minor, target, bool(self._with_actual))
                )
            )
        self.converted_line.setText(text)
        self.converted_line.setAccessibleName(text)

    # --- actions --------------------------------------------------------------------------

    def add_expense(self) -> None:
        current = self.table.current()
        currency = current.details.currency if current else self.target.code()
        added = ExpenseDialog.ask(
            self.expenses, self.expenses.add, default_currency=currency, parent=self
        )
        if added is None:
            return
        self.refresh(keep=added.id)
        self.table.setFocus()
        self.status.emit(self.tr("Cost added."))

    def edit_expense(self) -> None:
        current: ExpenseEntry | None = self.table.current()
        if current is None:
            return
        saved = ExpenseDialog.ask(
            self.expenses,
            lambda details: self.expenses.update(current.id, details),
            current.details,
            parent=self,
        )
        if saved is None:
            return
        self.refresh(keep=saved.id)
        self.status.emit(self.tr("Cost saved."))

    def delete_expense(self) -> None:
        current: ExpenseEntry | None = self.table.current()
        if current is None:
            return
        deleted = self.expenses.delete(current.id)
        self.refresh()
        what = deleted.details.description or shown(
            EXPENSE_CATEGORY_CHOICES, deleted.details.category
        )
        message = self.tr("Deleted %1.").replace("%1", what)
        self.undo_bar.push(message, lambda: self._restore(deleted))
        self.status.emit(message + " " + self.tr("Press Undo or Ctrl+Z to bring it back."))

    def _restore(self, deleted: ExpenseEntry) -> None:
        restored = self.expenses.restore(deleted)
        self.refresh(keep=restored.id)
        self.table.setFocus()
        self.status.emit(self.tr("Cost brought back."))

    def save_rates(self) -> None:
        target = self.target.code()
        stored = self.expenses.conversion()
        rates = {code: rate for code, rate in stored.rates.items() if code not in self.rate_edits}
        typing: list[Problem] = []
        for code, edit in self.rate_edits.items():
            rate, problem = read_rate(f"rate_{code}", edit.text())
            if problem is not None:
                typing.append(problem)
            elif rate is not None:
                rates[code] = rate
        conversion = Conversion(target=target, rates=rates)
        problems = conversion_problems(conversion) + typing
        shown_target = self.target_form.show_problems(problems)
        shown_rates = self.rates_form.show_problems(problems) if self.rates_form else False
        if shown_target or shown_rates:
            self.status.emit(self.tr("Rates not saved: see the marked fields."))
            return
        self.expenses.save_conversion(conversion)
        self._build_rates()
        self._show_converted(self.expenses.converted_total())
        self.status.emit(self.tr("Rates saved."))


def _span(limits: tuple[int, int], or_more: bool = False) -> str:
    low, high = (group_digits(str(n)) for n in limits)
    return f"{low}–{high}{'+' if or_more else ''}"


def _text_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
