"""How a severity reads: "5 (moderate)". The bands are journey.side_effects' (SPEC §2.5: none,
mild, moderate, severe); this is the one place they are put into words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey.side_effects import severity_word
from ui.i18n import QT_TRANSLATE_NOOP

SEVERITY_WORDS = {
    "none": QT_TRANSLATE_NOOP("side_effects", "none"),
    "mild": QT_TRANSLATE_NOOP("side_effects", "mild"),
    "moderate": QT_TRANSLATE_NOOP("side_effects", "moderate"),
    "severe": QT_TRANSLATE_NOOP("side_effects", "severe"),
}


def severity_band_text(severity: int) -> str:
    """ "moderate", in the user's language."""
    word = severity_word(severity)
    return QCoreApplication.translate("side_effects", SEVERITY_WORDS.get(word, word))


def severity_text(severity: int) -> str:
    """ "5 (moderate)"."""
    return f"{severity} ({severity_band_text(severity)})"
