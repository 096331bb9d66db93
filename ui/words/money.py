"""Amounts on screen: shown in the user's locale from whole minor units (never via floats),
read back through journey.money with the locale's decimal point, and a currency picker."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter

from journey.errors import Problem
from journey.money import currencies, digits_of, parse_amount, parse_rate, tidy
from ui.words.data import tr_data


def number_locale() -> QLocale:
    """The locale that writes amounts: the default one, but C's (a computer set to plain
    English, or the tests) writes them as US English does, with thousands grouped: "49,500.00"
    is read at a glance where "49500.00" is miscounted (issue 19)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def group_digits(digits: str, locale: QLocale | None = None) -> str:
    """Whole-number digits grouped as the locale groups them: "49,500" (en, es_MX), "49.500"
    and "4500" (es_ES, which leaves four digits alone), "1,23,456" (en_IN)."""
    locale = number_locale() if locale is None else locale
    if locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator:
        return digits
    return locale.toString(int(digits))


def money_text(minor: int, currency: str, *, grouped: bool = True) -> str:
    """84000 CAD → "840.00"; 4950000 USD → "49,500.00" (or "49.500,00"… as the locale writes
    numbers). ``grouped=False`` gives the plain digits a form field is filled with."""
    locale = number_locale()
    digits = digits_of(currency)
    major, fraction = divmod(abs(minor), 10**digits)
    text = group_digits(str(major), locale) if grouped else str(major)
    if digits:
        text += locale.decimalPoint() + str(fraction).zfill(digits)
    return ("-" if minor < 0 else "") + text


def optional_money(minor: int | None, currency: str) -> str:
    return "—" if minor is None else money_text(minor, currency)


def rate_text(rate: Decimal) -> str:
    return format(tidy(rate), "f").replace(".", number_locale().decimalPoint())


def read_amount(field: str, text: str, currency: str) -> tuple[int | None, Problem | None]:
    locale = number_locale()
    return parse_amount(
        field,
        text,
        currency,
        decimal_point=locale.decimalPoint(),
        group_separator=locale.groupSeparator(),
    )


def read_rate(field: str, text: str) -> tuple[Decimal | None, Problem | None]:
    locale = number_locale()
    return parse_rate(
        field, text, decimal_point=locale.decimalPoint(), group_separator=locale.groupSeparator()
    )


def currency_label(code: str) -> str:
    known = currencies().get(code)
    if known is None:
        return code
    return f"{code} — {tr_data(known.name)}"


class CurrencyBox(QComboBox):
    """An ISO 4217 code, typed (with completion on code or name) or picked from the list.

    ``code_changed`` says when the box holds another known code: once a whole code is typed
    or one is picked, not on each keystroke ("U", "US" are no code; "USD" is).
    """

    code_changed = Signal(str)

    def __init__(self, code: str = "USD") -> None:
        super().__init__()
        self._settled = code
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for known in currencies():
            self.addItem(currency_label(known), known)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.set_code(code)
        self.currentTextChanged.connect(self._settle)

    def _settle(self) -> None:
        code = self.code()
        if code in currencies() and code != self._settled:
            self._settled = code
            self.code_changed.emit(code)

    def code(self) -> str:
        """The code typed or picked: "mxn" and "MXN — Mexican peso" both give "MXN"."""
        text = self.currentText().strip()
        by_name = {
            currency_label(code).split(" — ", 1)[-1].casefold(): code for code in currencies()
        }
        if text.casefold() in by_name:
            return by_name[text.casefold()]
        return text.split(" ", 1)[0].upper() if text else ""

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentText(code)
        self._settled = code
