"""How a temperature reads: "38.1 °C", "100.6 °F", "38.1 °C · grade 1". Stored in °C and shown
in the user's unit (SPEC §2.5); this is the one place a temperature is put into words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from journey.side_effects import fever_grade, shown_temperature


def temperature_text(celsius: float, unit: str) -> str:
    """ "38.1 °C" or "100.6 °F" (one decimal, in the locale's digits)."""
    value = QLocale().toString(shown_temperature(celsius, unit), "f", 1)
    return f"{value} °{'F' if unit == 'F' else 'C'}"


def temperature_with_grade(celsius: float | None, unit: str) -> str:
    """ "38.1 °C · grade 1" at or above 38.0 °C (CTCAE v5 fever grade, for reference)."""
    if celsius is None:
        return ""
    text = temperature_text(celsius, unit)
    grade = fever_grade(celsius)  # how long it stayed above 40 °C is not known per reading
    if grade is None:
        return text
    grade_text = QCoreApplication.translate("side_effects", "grade %1").replace("%1", str(grade))
    return f"{text} · {grade_text}"
