"""The Costs page: costs in a dialog (amounts as decimal text, never floats), totals per
currency, a total at the user's own rates, and the reference prices as context."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from journey.journal import Journal
from journey.money import Conversion
from journey.services.costs import ExpenseDetails, ExpenseService
from tests.ui.helpers import unnamed_focusable
from tests.ui.keys import (
    focused,
    on_next_dialog,
    press,
    put_away,
    replace_text,
    show_active,
    tab,
    type_text,
)
from ui.trip.costs import CostsPage
from ui.trip.expense_dialog import ExpenseDialog
from ui.widgets.themes import Appearance

FLIGHTS = ExpenseDetails("flights", "CAD", 84000, 91250, "YYZ–SAN", "companion")
PACKAGE = ExpenseDetails("treatment_package", "USD", 4_950_000, None, "HSCT package", "patient")
TAXIS = ExpenseDetails("ground_transport", "MXN", None, 185_000, "Taxis")


@pytest.fixture
def expenses(journal: Journal) -> ExpenseService:
    return ExpenseService(journal.session_factory)


def show_costs(qtbot: QtBot, expenses: ExpenseService) -> CostsPage:
    page = CostsPage(expenses)
    page.resize(1000, 900)
    show_active(qtbot, page)
    return page


def column(page: CostsPage, number: int) -> list[str]:
    model = page.table.model()
    return [model.index(row, number).data() for row in range(model.rowCount())]


def save(dialog: ExpenseDialog, qtbot: QtBot) -> None:
    button = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_a_cost_with_the_keyboard(qtbot: QtBot, expenses: ExpenseService) -> None:
    page = show_costs(qtbot, expenses)

    def fill(dialog: ExpenseDialog) -> None:
        assert focused() is dialog.category
        press(qtbot, Qt.Key.Key_Down)  # Treatment package → Flights
        tab(qtbot)
        type_text(qtbot, "YYZ–SAN")
        tab(qtbot)
        replace_text(qtbot, "cad")
        tab(qtbot)
        assert focused() is dialog.expected
        type_text(qtbot, "1,250.5")
        tab(qtbot)
        type_text(qtbot, "912.50")
        tab(qtbot)
        type_text(qtbot, "Companion")
        save(dialog, qtbot)

    on_next_dialog(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert [e.details for e in expenses.expenses()] == [
        ExpenseDetails("flights", "CAD", 125050, 91250, "YYZ–SAN", "Companion")
    ]
    assert column(page, 0) == ["Flights"]
    assert column(page, 3) == ["1,250.50"]
    assert column(page, 4) == ["912.50"]
    assert page.totals_line.text() == "CAD: expected 1,250.50, actual 912.50"


def test_bad_amounts_and_an_unknown_currency_are_refused_beside_their_fields(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    page = show_costs(qtbot, expenses)
    seen: dict[str, object] = {}

    def fill(dialog: ExpenseDialog) -> None:
        dialog.currency.setFocus()
        replace_text(qtbot, "XYZ")
        dialog.expected.setFocus()
        type_text(qtbot, "-5")
        dialog.actual.setFocus()
        type_text(qtbot, "twelve")
        save(dialog, qtbot)
        seen["open"] = dialog.isVisible()
        seen["errors"] = {
            name: dialog.form.errors[name].text() for name in ("currency", "expected", "actual")
        }
        seen["kept"] = (dialog.currency.currentText(), dialog.expected.text(), dialog.actual.text())
        seen["unnamed"] = unnamed_focusable(dialog)

    on_next_dialog(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert seen["open"] is True
    errors = seen["errors"]
    assert isinstance(errors, dict)
    assert errors["currency"].startswith("⚠ “XYZ” is not a currency code Journey knows.")
    assert errors["expected"] == "⚠ An amount cannot be below zero."
    assert errors["actual"] == "⚠ Enter an amount in figures, for example 1250.50."
    assert seen["kept"] == ("XYZ", "-5", "twelve")
    assert seen["unnamed"] == []
    assert expenses.expenses() == []
    assert column(page, 0) == []


def test_too_many_decimals_and_no_amount_at_all(qtbot: QtBot, expenses: ExpenseService) -> None:
    dialog = ExpenseDialog(expenses, default_currency="USD")
    show_active(qtbot, dialog)
    save(dialog, qtbot)
    assert dialog.form.errors["expected"].text() == (
        "⚠ Enter an expected amount, an actual amount, or both."
    )
    dialog.expected.setFocus()
    type_text(qtbot, "10.005")
    save(dialog, qtbot)
    assert dialog.form.errors["expected"].text() == (
        "⚠ USD amounts have at most 2 digits after the point."
    )
    assert dialog.details is None
    dialog.currency.set_code("JPY")
    replace_text(qtbot, "1500")
    save(dialog, qtbot)
    assert dialog.details == ExpenseDetails("treatment_package", "JPY", 1500, None)


def test_editing_shows_the_stored_amounts_and_saves_changes(
    qtbot: QtBot, expenses: ExpenseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    flights = expenses.add(FLIGHTS)
    page = show_costs(qtbot, expenses)
    seen: dict[str, str] = {}

    def fill(dialog: ExpenseDialog) -> None:
        seen["expected"] = dialog.expected.text()
        seen["currency"] = dialog.currency.code()
        dialog.actual.setFocus()
        replace_text(qtbot, "950")
        save(dialog, qtbot)

    on_next_dialog(fill)
    page.table.setFocus()
    page.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)

    assert seen == {"expected": "840.00", "currency": "CAD"}
    assert expenses.get(flights.id).details.actual_minor == 95000
    assert column(page, 4) == ["950.00"]


def test_delete_and_undo(qtbot: QtBot, expenses: ExpenseService) -> None:
    flights = expenses.add(FLIGHTS)
    expenses.add(PACKAGE)
    page = show_costs(qtbot, expenses)
    page.table.setFocus()
    page.table.selectRow(1)
    press(qtbot, Qt.Key.Key_Delete)
    assert column(page, 1) == ["HSCT package"]
    assert page.undo_bar.message.text() == "Deleted YYZ–SAN."
    assert "CAD" not in page.totals_line.text()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert column(page, 1) == ["HSCT package", "YYZ–SAN"]
    assert expenses.get(flights.id) == flights
    assert "CAD: expected 840.00, actual 912.50" in page.totals_line.text()


def test_totals_per_currency_and_the_missing_rate_marker(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    for details in (FLIGHTS, PACKAGE, TAXIS):
        expenses.add(details)
    page = show_costs(qtbot, expenses)
    assert page.totals_line.text().splitlines() == [
        "CAD: expected 840.00, actual 912.50",
        "MXN: expected —, actual 1,850.00",
        "USD: expected 49,500.00, actual —",
    ]
    assert page.converted_line.text() == (
        "⚠ No total in USD yet: no rate for CAD, MXN. Enter the rate above and press Save rates."
    )
    assert sorted(page.rate_edits) == ["CAD", "MXN"]


def test_rates_are_checked_beside_their_fields_then_saved(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    for details in (FLIGHTS, PACKAGE, TAXIS):
        expenses.add(details)
    page = show_costs(qtbot, expenses)
    page.rate_edits["CAD"].setFocus()
    type_text(qtbot, "0.72")
    page.rate_edits["MXN"].setFocus()
    type_text(qtbot, "0")
    qtbot.mouseClick(page.save_rates_button, Qt.MouseButton.LeftButton)

    assert page.rates_form is not None
    assert page.rates_form.errors["rate_MXN"].text() == (
        "⚠ A rate is a number above zero, for example 0.058."
    )
    assert page.rate_edits["CAD"].text() == "0.72"  # kept
    assert expenses.conversion() == Conversion("USD", {})  # nothing stored

    page.rate_edits["MXN"].setFocus()
    replace_text(qtbot, "0.058")
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(page.save_rates_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Rates saved."]
    assert expenses.conversion() == Conversion(
        "USD", {"CAD": Decimal("0.72"), "MXN": Decimal("0.058")}
    )
    # 840 × 0.72 + 49,500 = 50,104.80; 912.50 × 0.72 + 1,850 × 0.058 = 764.30
    assert page.converted_line.text() == "In USD: expected 50,104.80, actual 764.30"


def test_choosing_another_target_currency_asks_for_the_right_rates(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    for details in (FLIGHTS, PACKAGE):
        expenses.add(details)
    expenses.save_conversion(Conversion("USD", {"CAD": Decimal("0.72")}))
    page = show_costs(qtbot, expenses)
    assert page.converted_line.text() == "In USD: expected 50,104.80, actual 657.00"
    page.target.setFocus()
    replace_text(qtbot, "CAD")
    tab(qtbot)
    assert sorted(page.rate_edits) == ["USD"]
    assert page.converted_line.text() == "Press Save rates to add everything up in CAD."
    assert page.rates_form is not None
    label = page.rates_form.layout_.labelForField(page.rate_edits["USD"])
    assert label.text() == "1 USD in CAD"
    page.rate_edits["USD"].setFocus()
    type_text(qtbot, "1.38")
    qtbot.mouseClick(page.save_rates_button, Qt.MouseButton.LeftButton)
    assert expenses.conversion().target == "CAD"
    # 49,500 × 1.38 + 840 = 69,150.00; 912.50
    assert page.converted_line.text() == "In CAD: expected 69,150.00, actual 912.50"


def test_an_unknown_target_currency_is_refused_beside_it(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    expenses.add(PACKAGE)
    page = show_costs(qtbot, expenses)
    page.target.setFocus()
    replace_text(qtbot, "Pesos")
    qtbot.mouseClick(page.save_rates_button, Qt.MouseButton.LeftButton)
    assert (
        page.target_form.errors["target_currency"]
        .text()
        .startswith("⚠ “PESOS” is not a currency code Journey knows.")
    )
    assert expenses.conversion() == Conversion("USD", {})


def test_the_reference_prices_are_labelled_context_not_advice(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    page = show_costs(qtbot, expenses)
    box = page.reference_table.parentWidget()
    assert box.title() == "Reference prices — for context only, not advice"
    text = page.reference_table.text()
    for shown in ("8,000–15,000", "25,000–50,000+", "45,000–55,000", "125,000–200,000", "100–300"):
        assert shown in text
    assert "not advice" in page.reference_source.text()
    assert "patient guide" in page.reference_source.text()


def test_the_model_keeps_qts_contract(
    qtbot: QtBot, qtmodeltester: object, expenses: ExpenseService
) -> None:
    for details in (FLIGHTS, PACKAGE, TAXIS):
        expenses.add(details)
    page = show_costs(qtbot, expenses)
    qtmodeltester.check(page.table.rows_model)  # type: ignore[attr-defined]
    page.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # raw minor units, none last
    assert column(page, 3) == ["49,500.00", "840.00", "—"]


def test_every_control_is_named_and_large(qtbot: QtBot, expenses: ExpenseService) -> None:
    for details in (FLIGHTS, TAXIS):
        expenses.add(details)
    page = show_costs(qtbot, expenses)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert unnamed_focusable(page) == []
    assert all(b.height() >= 36 for b in page.findChildren(QPushButton) if b.isVisible())
    dialog = ExpenseDialog(expenses, FLIGHTS)
    show_active(qtbot, dialog)
    assert unnamed_focusable(dialog) == []
    put_away(dialog)


# --- issue 19: amounts read at a glance, whole, where the hand expects them -----------------


@pytest.fixture
def mexican_then_spanish_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_amounts_are_grouped_as_the_locale_groups_them(
    qtbot: QtBot, expenses: ExpenseService, mexican_then_spanish_locale: None
) -> None:
    expenses.add(PACKAGE)
    expenses.add(ExpenseDetails("hotel", "USD", 450_000, None, "Hotel"))
    page = show_costs(qtbot, expenses)
    assert column(page, 3) == ["49,500.00", "4,500.00"]  # C's numbers, written as in English

    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    page.refresh()
    assert column(page, 3) == ["49,500.00", "4,500.00"]
    assert page.totals_line.text() == "USD: expected 54,000.00, actual —"

    # Spain groups with a point, and leaves four-digit numbers whole (CLDR's minimum grouping)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    page.refresh()
    assert column(page, 3) == ["49.500,00", "4500,00"]


def test_a_total_with_no_actual_costs_says_a_dash_as_the_table_does(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    expenses.add(PACKAGE)  # expected only
    expenses.add(ExpenseDetails("hotel", "CAD", 50_000, None, "Hotel"))
    expenses.save_conversion(Conversion("USD", {"CAD": Decimal("0.72")}))
    page = show_costs(qtbot, expenses)
    assert column(page, 4) == ["—", "—"]
    assert page.totals_line.text().splitlines() == [
        "CAD: expected 500.00, actual —",
        "USD: expected 49,500.00, actual —",
    ]
    assert page.converted_line.text() == "In USD: expected 49,860.00, actual —"


def test_amounts_are_never_cut_short_at_twice_the_text_size(
    qtbot: QtBot, expenses: ExpenseService, appearance: Appearance
) -> None:
    appearance.apply(Settings(text_size=200))
    expenses.add(
        ExpenseDetails(
            "treatment_package",
            "USD",
            4_950_000,
            4_875_025,
            "Treatment package with the clinic's hotel, meals and the transfer from the airport",
            "Insurance, after the claim",
        )
    )
    page = show_costs(qtbot, expenses)
    table = page.table
    for width in (1000, 700):
        page.resize(width, 900)
        qtbot.wait(10)  # let the layout give the table its new width
        table.fit_columns()
        metrics = table.fontMetrics()
        for number in (3, 4):  # Expected, Actual
            text = column(page, number)[0]
            assert not table.isColumnHidden(number)
            assert table.columnWidth(number) > metrics.horizontalAdvance(text), (width, text)
        assert not table.isColumnHidden(1)  # what the cost is stays, wrapped
        shown = [n for n in range(6) if not table.isColumnHidden(n)]
        assert sum(table.columnWidth(n) for n in shown) <= table.viewport().width() + 1


def test_adding_a_cost_in_a_new_currency_leaves_the_add_button_where_it_was(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    expenses.add(FLIGHTS)
    page = show_costs(qtbot, expenses)
    page.resize(1000, 600)  # the page is taller than the window: nothing may be squeezed
    qtbot.wait(10)
    before = page.add_button.mapTo(page, QPoint(0, 0))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ExpenseDialog)
        dialog.currency.setFocus()
        replace_text(qtbot, "MXN")
        dialog.expected.setFocus()
        type_text(qtbot, "1850")
        save(dialog, qtbot)

    on_next_dialog(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)  # the new rate field is laid out
    assert sorted(page.rate_edits) == ["CAD", "MXN"]
    assert page.add_button.mapTo(page, QPoint(0, 0)) == before


def test_each_rate_field_suggests_a_figure_for_its_own_pair_with_its_source(
    qtbot: QtBot, expenses: ExpenseService
) -> None:
    for details in (FLIGHTS, PACKAGE, TAXIS):
        expenses.add(details)
    expenses.add(ExpenseDetails("other", "ARS", 100_000, None, "Pesos argentinos"))
    page = show_costs(qtbot, expenses)
    hints = {code: edit.placeholderText() for code, edit in page.rate_edits.items()}
    assert hints == {"ARS": "", "CAD": "about 0.73", "MXN": "about 0.0547"}
    assert page.rate_edits["CAD"].text() == ""  # suggested, never filled in
    note = page.reference_note.text()
    assert note.startswith("“About” figures: European Central Bank")
    assert "28 Jun 2024" in note
    assert "enter the rate you were given or paid" in note

    page.target.setFocus()
    replace_text(qtbot, "CAD")
    tab(qtbot)
    assert page.rate_edits["USD"].placeholderText() == "about 1.37"
    assert page.rate_edits["MXN"].placeholderText() == "about 0.075"
