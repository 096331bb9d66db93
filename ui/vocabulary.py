"""The words shown for the domain's stored codes (MS types, protocols), translated.

Kept apart from ui.forms so that pages can show these words without loading the form widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MS_TYPE_CHOICES = [
    ("RRMS", "Relapsing-remitting MS (RRMS)"),
    ("SPMS", "Secondary progressive MS (SPMS)"),
    ("PPMS", "Primary progressive MS (PPMS)"),
    ("CIS", "Clinically isolated syndrome (CIS)"),
]
PROTOCOL_CHOICES = [
    ("hsct", "Autologous HSCT (about a month)"),
    ("msc", "Mesenchymal stem cells, MSC (a few days)"),
    ("custom", "Another protocol"),
]


def translated(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(value, QCoreApplication.translate("vocabulary", text)) for value, text in choices]


def shown(choices: list[tuple[str, str]], value: str) -> str:
    """The translated words for a stored code (the code itself if it is unknown)."""
    for code, text in choices:
        if code == value:
            return QCoreApplication.translate("vocabulary", text)
    return value


ITEM_KIND_CHOICES = [
    ("flight", "Flight"),
    ("ground_transfer", "Ground transfer / pickup"),
    ("border_crossing", "Border crossing"),
    ("hotel_check_in", "Hotel check-in"),
    ("hotel_check_out", "Hotel check-out"),
    ("clinic_appointment", "Clinic appointment"),
    ("tests", "Tests"),
    ("iv_infusion", "IV infusion"),
    ("intrathecal_injection", "Intrathecal injection"),
    ("mobilisation", "Mobilisation"),
    ("stem_cell_collection", "Stem-cell collection"),
    ("conditioning", "Conditioning"),
    ("reinfusion", "Reinfusion (day 0)"),
    ("isolation", "Isolation"),
    ("discharge", "Discharge"),
    ("follow_up", "Follow-up"),
    ("revaccination", "Revaccination"),
    ("other", "Other"),
]
RESPONSIBLE_CHOICES = [("patient", "Patient"), ("companion", "Companion"), ("clinic", "Clinic")]
# Words and a sign, so status never depends on colour alone.
STATUS_CHOICES = [("planned", "Planned"), ("done", "✓ Done"), ("cancelled", "✗ Cancelled")]
