"""How a blood type reads: "O−", with a true minus sign, which a tired eye does not take for
a dash. The journal stores it in ASCII ("O-", journey.dto.BLOOD_TYPES); this is the one
place it is put into signs for the screen and the wallet card."""

from __future__ import annotations

MINUS = "\u2212"


def blood_type_text(code: str) -> str:
    """ "A−" for the stored "A-"; "" (not entered) stays empty."""
    return code.replace("-", MINUS)
