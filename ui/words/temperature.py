"""How a temperature reads: "38.1 °C", "100.6 °F", "38.1 °C · grade 1". Stored in °C and shown
in the user's unit (SPEC §2.5); this is the one place a temperature is put into words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from journey.dto import TEMPERATURE_ROUTES
from journey.side_effects import fever_grade, shown_temperature


def _tr(text: str) -> str:
    return QCoreApplication.translate("side_effects", text)


def temperature_text(celsius: float, unit: str) -> str:
    """ "38.1 °C" or "100.6 °F" (one decimal, in the locale's digits)."""
    value = QLocale().toString(shown_temperature(celsius, unit), "f", 1)
    return f"{value} °{'F' if unit == 'F' else 'C'}"


def route_choices() -> list[tuple[str, str]]:
    """Where a temperature was taken, as the quick log offers it ("" first: not said)."""
    words = {
        "": _tr("Not said"),
        "oral": _tr("In the mouth"),
        "ear": _tr("In the ear"),
        "armpit": _tr("Under the arm"),
        "forehead": _tr("On the forehead"),
    }
    return [(route, words[route]) for route in ("", *TEMPERATURE_ROUTES)]


def route_text(route: str | None) -> str:
    """ "in the ear" after a temperature; "" when not said."""
    words = {
        "oral": _tr("in the mouth"),
        "ear": _tr("in the ear"),
        "armpit": _tr("under the arm"),
        "forehead": _tr("on the forehead"),
    }
    return words.get(route or "", "")


def temperature_with_grade(celsius: float | None, unit: str) -> str:
    """ "38.1 °C · grade 1" at or above 38.0 °C (CTCAE v5 fever grade, for reference),
    graded as shown: 37.99 °C reads "38.0 °C" and is graded as 38.0 °C."""
    if celsius is None:
        return ""
    text = temperature_text(celsius, unit)
    grade = fever_grade(round(celsius, 1))  # how long above 40 °C is not known per reading
    if grade is None:
        return text
    grade_text = _tr("grade %1").replace("%1", str(grade))
    return f"{text} · {grade_text}"
