"""The words shown for the domain's stored codes (MS types, protocols), translated.

Kept apart from ui.widgets.forms so that pages can show these words without loading the form
widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

MS_TYPE_CHOICES = [
    ("RRMS", QT_TRANSLATE_NOOP("vocabulary", "Relapsing-remitting MS (RRMS)")),
    ("SPMS", QT_TRANSLATE_NOOP("vocabulary", "Secondary progressive MS (SPMS)")),
    ("PPMS", QT_TRANSLATE_NOOP("vocabulary", "Primary progressive MS (PPMS)")),
    ("CIS", QT_TRANSLATE_NOOP("vocabulary", "Clinically isolated syndrome (CIS)")),
]
PROTOCOL_CHOICES = [
    ("hsct", QT_TRANSLATE_NOOP("vocabulary", "Autologous HSCT (about a month)")),
    ("msc", QT_TRANSLATE_NOOP("vocabulary", "Mesenchymal stem cells, MSC (a few days)")),
    ("custom", QT_TRANSLATE_NOOP("vocabulary", "Another protocol")),
]


def recorded_by_text(recorded_by: str) -> str:
    """Who recorded an entry: "Patient" or "Companion"."""
    return shown(RESPONSIBLE_CHOICES, recorded_by)


def translated(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(value, QCoreApplication.translate("vocabulary", text)) for value, text in choices]


def shown(choices: list[tuple[str, str]], value: str) -> str:
    """The translated words for a stored code (the code itself if it is unknown)."""
    for code, text in choices:
        if code == value:
            return QCoreApplication.translate("vocabulary", text)
    return value


ITEM_KIND_CHOICES = [
    ("flight", QT_TRANSLATE_NOOP("vocabulary", "Flight")),
    ("ground_transfer", QT_TRANSLATE_NOOP("vocabulary", "Ground transfer / pickup")),
    ("border_crossing", QT_TRANSLATE_NOOP("vocabulary", "Border crossing")),
    ("hotel_stay", QT_TRANSLATE_NOOP("vocabulary", "Hotel stay")),
    ("hotel_check_in", QT_TRANSLATE_NOOP("vocabulary", "Hotel check-in")),
    ("hotel_check_out", QT_TRANSLATE_NOOP("vocabulary", "Hotel check-out")),
    ("clinic_appointment", QT_TRANSLATE_NOOP("vocabulary", "Clinic appointment")),
    ("tests", QT_TRANSLATE_NOOP("vocabulary", "Tests")),
    ("iv_infusion", QT_TRANSLATE_NOOP("vocabulary", "IV infusion")),
    ("intrathecal_injection", QT_TRANSLATE_NOOP("vocabulary", "Intrathecal injection")),
    ("mobilisation", QT_TRANSLATE_NOOP("vocabulary", "Mobilisation")),
    ("stem_cell_collection", QT_TRANSLATE_NOOP("vocabulary", "Stem-cell collection")),
    ("conditioning", QT_TRANSLATE_NOOP("vocabulary", "Conditioning")),
    ("reinfusion", QT_TRANSLATE_NOOP("vocabulary", "Reinfusion (day 0)")),
    ("isolation", QT_TRANSLATE_NOOP("vocabulary", "Isolation")),
    ("discharge", QT_TRANSLATE_NOOP("vocabulary", "Discharge")),
    ("follow_up", QT_TRANSLATE_NOOP("vocabulary", "Follow-up")),
    ("revaccination", QT_TRANSLATE_NOOP("vocabulary", "Revaccination")),
    ("other", QT_TRANSLATE_NOOP("vocabulary", "Other")),
]
RESPONSIBLE_CHOICES = [
    ("patient", QT_TRANSLATE_NOOP("vocabulary", "Patient")),
    ("companion", QT_TRANSLATE_NOOP("vocabulary", "Companion")),
    ("clinic", QT_TRANSLATE_NOOP("vocabulary", "Clinic")),
]
# Words and a sign, so status never depends on colour alone.
STATUS_CHOICES = [
    ("planned", QT_TRANSLATE_NOOP("vocabulary", "Planned")),
    ("done", QT_TRANSLATE_NOOP("vocabulary", "✓ Done")),
    ("cancelled", QT_TRANSLATE_NOOP("vocabulary", "✗ Cancelled")),
]
