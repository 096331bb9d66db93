"""The wallet card (issue 20): one page that is cut and folded into two card-size cards, for
the border, a pharmacy or an emergency room.

Card 1 says who the patient is, that they are receiving stem-cell treatment for MS (the
protocol and day 0), and the clinic with its 24-hour number and address. Card 2 gives the
allergies and the blood type as entered in the profile, the medications being taken now, with
their doses, and the companion's number. Each card is an English panel and a Spanish panel side
by side, folded along the dashed line so that one face is English and the other Spanish.

Allergies never entered read "not recorded", never "none": an empty field is no statement
that there are none. The blood type's line is left off until it is entered. Card 1 is full
with the treatment and the clinic (their wrapped lines take its height), so both are on card 2,
first, above the medications.

The card always speaks English and Spanish, whatever the interface's language: its fixed
wording is a bilingual text kept here (``WORDS``), deliberately not run through the
interface's translators, so that the Spanish face can never fall back to English when a
translation is missing. Only the page's heading and cutting instructions, read by the user,
are in the interface's language.

Drawn with QPainter on a QPdfWriter rather than through HTML (ui.widgets.pdf): the panels must
be exactly 85 × 54 mm at fixed places with cut and fold lines, which a flowing QTextDocument
does not give. Black on white, no text under 9 pt.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ui.widgets.pdf import page_size
from ui.words.blood_type import blood_type_text

if TYPE_CHECKING:
    from journey.services import JournalServices

CARD_WIDTH_MM = 85.0  # a bank card's size (ISO/IEC 7810 ID-1 is 85.60 × 53.98 mm), rounded
CARD_HEIGHT_MM = 54.0
PADDING_MM = 3.0
RESOLUTION = 600  # dots per inch of the drawing: fine enough for 9 pt text and hairlines
SMALLEST_POINTS = 9.0  # large, clear type for tired eyes (brief: nothing under 9 pt)
NAME_POINTS = 12.0
LINE_GAP_MM = 0.6  # between the card's lines, so that wrapped ones stay apart
TIGHT_GAP_MM = 0.2  # card 1's gap when a long clinic name and address need the room
# Allergies take at most this many lines of card 2, leaving room for the medications; more
# ends in "… (see the journal)".
ALLERGY_LINES = 3

# The card's fixed words: English, Spanish (usted, Mexican usage: the clinics are there).
WORDS: dict[str, tuple[str, str]] = {
    "heading": ("MEDICAL INFORMATION", "INFORMACIÓN MÉDICA"),
    "treatment": (
        "is receiving stem-cell treatment for MS (multiple sclerosis).",
        "recibe tratamiento con células madre para la EM (esclerosis múltiple).",
    ),
    "protocol": ("Protocol: %1", "Protocolo: %1"),
    "day_zero": ("Day 0 (reinfusion): %1", "Día 0 (reinfusión): %1"),
    "treatment_start": ("Treatment start: %1", "Inicio del tratamiento: %1"),
    "clinic": ("Clinic: %1", "Clínica: %1"),
    "address": ("Address: %1", "Dirección: %1"),
    "line": ("24-hour line: %1", "Línea de 24 horas: %1"),
    "medications": ("Current medications", "Medicamentos actuales"),
    "no_medications": ("No current medications recorded.", "Sin medicamentos actuales."),
    "more": ("… and %1 more (see the journal)", "… y %1 más (ver el diario)"),
    "companion": ("Companion: %1", "Acompañante: %1"),
    "allergies": ("Allergies: %1", "Alergias: %1"),
    "no_allergies": ("Allergies: not recorded", "Alergias: no registradas"),
    "allergies_cut": ("… (see the journal)", "… (ver el diario)"),
    "blood_type": ("Blood type: %1", "Grupo sanguíneo: %1"),
}
PROTOCOL_NAMES: dict[str, tuple[str, str]] = {
    "hsct": (
        "autologous hematopoietic stem-cell transplant (HSCT)",
        "trasplante autólogo de células madre hematopoyéticas (TCMH)",
    ),
    "msc": ("mesenchymal stem cells (MSC)", "células madre mesenquimales (MSC)"),
}
LANGUAGES = ("en", "es")  # the card's two faces, in this order


def _tr(text: str) -> str:
    return QCoreApplication.translate("WalletCard", text)


def words(key: str, language: str, value: str = "") -> str:
    """A fixed text of the card in ``language`` ("en" or "es"), ``%1`` filled in."""
    return WORDS[key][LANGUAGES.index(language)].replace("%1", value)


def long_date(day: date, language: str) -> str:
    """The date with its month in words, never 11/18: 18 November 2026, or
    18 de noviembre de 2026."""
    if language == "es":
        locale = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
        return locale.toString(QDate(day.year, day.month, day.day), "d 'de' MMMM 'de' yyyy")
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


@dataclass(frozen=True)
class CardMedicine:
    name: str
    dose: str


@dataclass(frozen=True)
class WalletCard:
    """What the card shows, read from the journal; empty texts are left off the card."""

    name: str
    protocol: str  # the stored code: "hsct", "msc", "custom", or "" before onboarding
    day_zero: date | None  # HSCT's day 0, the reinfusion, as the Timeline numbers days
    treatment_start: date | None
    clinic: str
    clinic_address: str
    clinic_line: str
    medications: tuple[CardMedicine, ...]
    companion_name: str
    companion_phone: str
    allergies: str = ""  # as entered; "" is not recorded (never "none")
    blood_type: str = ""  # stored code ("O-"), "" when not entered


def wallet_card(services: JournalServices) -> WalletCard:
    """The card's contents from the journal: the medications being taken today (started,
    not stopped, not ended by the neutrophils' recovery), the first clinic 24-hour line and
    the first companion with a number on People (else the companion from the profile)."""
    profile = services.profile.get()
    course = services.course.get()
    now = services.clock.now()
    today = services.clock.today()
    medications = tuple(
        CardMedicine(m.details.name, m.details.dose)
        for m in services.clinical.doses.medicines()
        if m.details.started <= today
        and (m.details.stopped is None or m.details.stopped > today)
        and (m.ends_at is None or m.ends_at > now)
    )
    contacts = [entry.details for entry in services.contacts.contacts()]
    lines = [c.phone for c in contacts if c.role == "clinic_24h" and c.phone.strip()]
    companions = [(c.name, c.phone) for c in contacts if c.role == "companion" and c.phone.strip()]
    if not companions:
        companion = services.companion.get()
        if companion is not None and companion.phone.strip():
            companions = [(companion.name, companion.phone)]
    clinic = ""
    if course is not None:
        clinic = ", ".join(part for part in (course.clinic_name, course.clinic_city) if part)
    numbering = services.itinerary.numbering()
    return WalletCard(
        name=profile.name if profile else "",
        protocol=course.protocol if course else "",
        day_zero=numbering.day_zero if numbering is not None else None,
        treatment_start=course.treatment_start if course else None,
        clinic=clinic,
        clinic_address=course.clinic_address if course else "",
        clinic_line=lines[0] if lines else "",
        medications=medications,
        companion_name=companions[0][0] if companions else "",
        companion_phone=companions[0][1] if companions else "",
        allergies=profile.allergies if profile else "",
        blood_type=profile.blood_type if profile else "",
    )


# --- the panels -------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False
    points: float = SMALLEST_POINTS
    kind: str = ""  # "address": the line ``fitted`` may shorten


def front_lines(card: WalletCard, language: str) -> list[Line]:
    """Card 1: who, the treatment, the clinic."""
    lines = [Line(words("heading", language), bold=True)]
    if card.name:
        lines.append(Line(card.name, bold=True, points=NAME_POINTS))
    lines.append(Line(words("treatment", language)))
    protocol = PROTOCOL_NAMES.get(card.protocol)
    if protocol is not None:
        lines.append(Line(words("protocol", language, protocol[LANGUAGES.index(language)])))
    # The day the Timeline and the report count from: for HSCT the reinfusion (day 0); for
    # the others, and before a reinfusion is planned, the treatment's start.
    if card.protocol == "hsct" and card.day_zero is not None:
        lines.append(Line(words("day_zero", language, long_date(card.day_zero, language))))
    elif card.treatment_start is not None:
        start = long_date(card.treatment_start, language)
        lines.append(Line(words("treatment_start", language, start)))
    if card.clinic:
        lines.append(Line(words("clinic", language, card.clinic)))
    if card.clinic_address:
        lines.append(Line(words("address", language, card.clinic_address), kind="address"))
    if card.clinic_line:
        lines.append(Line(words("line", language, unbroken(card.clinic_line)), bold=True))
    return lines


def unbroken(phone: str) -> str:
    """A phone number that never wraps across lines (no-break spaces)."""
    return phone.strip().replace(" ", "\u00a0")


def medicine_text(medicine: CardMedicine, canvas: _Canvas, width: float) -> str:
    """ "Aciclovir 400 mg" on one line of ``width`` mm: a name too long is shortened ("…"),
    never the dose, which a pharmacist needs whole."""
    metrics = QFontMetricsF(canvas.font(Line("")), canvas.writer)
    dose = f" {medicine.dose.strip()}" if medicine.dose.strip() else ""
    room = max(width * canvas.scale - metrics.horizontalAdvance(dose), width * canvas.scale / 3)
    name = metrics.elidedText(medicine.name.strip(), Qt.TextElideMode.ElideRight, room)
    return name + dose


def one_line_allergies(allergies: str) -> str:
    """The allergies as typed, one a line, as one line for the card: "Penicillin (rash);
    Latex"."""
    parts = [part.strip().rstrip(";,").strip() for part in allergies.splitlines()]
    return "; ".join(part for part in parts if part)


def allergy_line(card: WalletCard, language: str, canvas: _Canvas, width: float) -> Line:
    """ "Allergies: …" in bold, within ALLERGY_LINES lines of ``width`` mm: a longer list is
    cut at a word and ends in "… (see the journal)". Not entered: "Allergies: not recorded"."""
    allergies = one_line_allergies(card.allergies)
    if not allergies:
        return Line(words("no_allergies", language))
    line = Line(words("allergies", language, allergies), bold=True)
    most = canvas.height(Line("Ag", bold=True), width) * ALLERGY_LINES + 0.1
    if canvas.height(line, width) <= most:
        return line
    cut = words("allergies_cut", language)
    kept = allergies.split(" ")
    while len(kept) > 1:
        kept.pop()
        shortened = " ".join(kept).rstrip(";,")
        line = Line(words("allergies", language, f"{shortened} {cut}"), bold=True)
        if canvas.height(line, width) <= most:
            return line
    # One word longer than the lines: only its start.
    metrics = QFontMetricsF(canvas.font(line), canvas.writer)
    start = metrics.elidedText(allergies, Qt.TextElideMode.ElideRight, width * canvas.scale / 2)
    return Line(words("allergies", language, f"{start} {cut}"), bold=True)


def back_heading(card: WalletCard, language: str, canvas: _Canvas, width: float) -> list[Line]:
    """Card 2's first lines: whose card, the allergies, the blood type when entered, and the
    medications' heading."""
    lines = [Line(card.name, bold=True)] if card.name else []
    lines.append(allergy_line(card, language, canvas, width))
    if card.blood_type:
        lines.append(Line(words("blood_type", language, blood_type_text(card.blood_type))))
    lines.append(Line(words("medications", language), bold=True))
    return lines


def back_foot(card: WalletCard, language: str) -> list[Line]:
    """Card 2's last lines: the companion's number."""
    if not card.companion_phone:
        return []
    lines = [Line(words("companion", language, card.companion_name))] if card.companion_name else []
    return [*lines, Line(unbroken(card.companion_phone), bold=True, points=NAME_POINTS)]


# --- drawing ----------------------------------------------------------------------------


class _Canvas:
    """Millimetres on the page, in the painter's device units."""

    def __init__(self, painter: QPainter, writer: QPdfWriter) -> None:
        self.painter = painter
        self.writer = writer
        self.scale = writer.resolution() / 25.4

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        s = self.scale
        return QRectF(x * s, y * s, width * s, height * s)

    def font(self, line: Line) -> QFont:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(line.points)
        font.setBold(line.bold)
        return font

    def height(self, line: Line, width: float) -> float:
        """How tall ``line`` is, wrapped to ``width`` mm, in mm."""
        metrics = QFontMetricsF(self.font(line), self.writer)
        bounds = metrics.boundingRect(
            self.rect(0, 0, width, 1000), int(Qt.TextFlag.TextWordWrap), line.text
        )
        return bounds.height() / self.scale

    def text(self, line: Line, x: float, y: float, width: float) -> float:
        """Draw ``line`` at (x, y) wrapped to ``width``; returns the height used in mm."""
        height = self.height(line, width)
        self.painter.setFont(self.font(line))
        self.painter.drawText(
            self.rect(x, y, width, height + 1),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft),
            line.text,
        )
        return height

    def line(self, x1: float, y1: float, x2: float, y2: float, dashed: bool = False) -> None:
        pen = QPen(QColor("black"))
        pen.setWidthF(0.3 * self.scale)
        pen.setStyle(Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        self.painter.setPen(pen)
        self.painter.drawLine(
            QPointF(x1 * self.scale, y1 * self.scale), QPointF(x2 * self.scale, y2 * self.scale)
        )
        self.painter.setPen(QPen(QColor("black")))


def _draw_lines(
    canvas: _Canvas,
    lines: Sequence[Line],
    x: float,
    y: float,
    width: float,
    gap: float = LINE_GAP_MM,
) -> float:
    for line in lines:
        y += canvas.text(line, x, y, width) + gap
    return y


def _draw_front(canvas: _Canvas, card: WalletCard, language: str, x: float, y: float) -> None:
    width = CARD_WIDTH_MM - 2 * PADDING_MM
    room = CARD_HEIGHT_MM - 2 * PADDING_MM
    lines, gap = fitted(canvas, front_lines(card, language), width, room)
    _draw_lines(canvas, lines, x + PADDING_MM, y + PADDING_MM, width, gap)


def fitted(
    canvas: _Canvas, lines: list[Line], width: float, height: float
) -> tuple[list[Line], float]:
    """Card 1's lines within ``height`` mm, and the gap between them: when a long clinic name
    and address run over, the name is set at the smallest size, then the lines closer
    together, and only then is the address shortened at a word ("…"); never the 24-hour line
    below it, nor a size under 9 pt."""

    def tall(candidate: list[Line], gap: float) -> float:
        return sum(canvas.height(line, width) + gap for line in candidate)

    if tall(lines, LINE_GAP_MM) <= height:
        return lines, LINE_GAP_MM
    lines = [replace(line, points=min(line.points, SMALLEST_POINTS)) for line in lines]
    address = next((n for n, line in enumerate(lines) if line.kind == "address"), None)
    kept = lines[address].text.split(" ") if address is not None else []
    while address is not None and tall(lines, TIGHT_GAP_MM) > height and len(kept) > 2:
        kept.pop()
        lines[address] = replace(lines[address], text=" ".join(kept).rstrip(",;") + " …")
    return lines, TIGHT_GAP_MM


def _draw_back(canvas: _Canvas, card: WalletCard, language: str, x: float, y: float) -> None:
    """The medications in one column, or two when one is too long; the companion at the foot.
    What does not fit ends in "… and N more", across the panel: the card never claims to be
    the whole list."""
    left = x + PADDING_MM
    width = CARD_WIDTH_MM - 2 * PADDING_MM
    heading = back_heading(card, language, canvas, width)
    top = _draw_lines(canvas, heading, left, y + PADDING_MM, width)
    foot = back_foot(card, language)
    foot_height = sum(canvas.height(line, width) + LINE_GAP_MM for line in foot)
    bottom = y + CARD_HEIGHT_MM - PADDING_MM - foot_height
    if not card.medications:
        canvas.text(Line(words("no_medications", language)), left, top, width)
    else:
        _draw_medicines(canvas, card.medications, language, left, top, width, bottom - top)
    _draw_lines(canvas, foot, left, bottom, width)


def _draw_medicines(
    canvas: _Canvas,
    medicines: Sequence[CardMedicine],
    language: str,
    left: float,
    top: float,
    width: float,
    height: float,
) -> None:
    row = canvas.height(Line("Ag"), width)
    rows = max(1, int(height // row))
    columns = 1 if len(medicines) <= rows else 2
    more = ""
    if len(medicines) > rows * columns:  # the last row says how many are left out
        rows = max(1, rows - 1)
        more = words("more", language, str(len(medicines) - rows * columns))
        medicines = medicines[: rows * columns]
    column_width = (width - 2) / columns if columns == 2 else width
    for index, medicine in enumerate(medicines):
        column, place = divmod(index, rows)
        text = medicine_text(medicine, canvas, column_width)
        canvas.text(Line(text), left + column * (column_width + 2), top + place * row, column_width)
    if more:
        canvas.text(Line(more), left, top + rows * row, width)


def _draw_page(canvas: _Canvas, card: WalletCard, page_width: float) -> None:
    margin = (page_width - 2 * CARD_WIDTH_MM) / 2
    title = _tr("Wallet card — %1").replace("%1", card.name) if card.name else _tr("Wallet card")
    y = 15.0
    y += canvas.text(Line(title, bold=True, points=14), margin, y, 2 * CARD_WIDTH_MM)
    instructions = _tr(
        "Cut along the solid lines. Fold each card along the dashed line, so that one side is "
        "in English and the other in Spanish. Keep both cards with your passport."
    )
    y += canvas.text(Line(instructions), margin, y + 2, 2 * CARD_WIDTH_MM) + 8
    for draw in (_draw_front, _draw_back):
        for column, language in enumerate(LANGUAGES):
            draw(canvas, card, language, margin + column * CARD_WIDTH_MM, y)
        right = margin + 2 * CARD_WIDTH_MM
        bottom = y + CARD_HEIGHT_MM
        for x1, y1, x2, y2 in (
            (margin, y, right, y),
            (margin, bottom, right, bottom),
            (margin, y, margin, bottom),
            (right, y, right, bottom),
        ):
            canvas.line(x1, y1, x2, y2)
        fold = margin + CARD_WIDTH_MM
        canvas.line(fold, y - 4, fold, bottom + 4, dashed=True)
        y = bottom + 12


def write_card(card: WalletCard, path: Path) -> Path:
    """Write the card's page to ``path`` as a PDF, whole or not at all (a temporary file
    beside it, moved into place)."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".journey-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setResolution(RESOLUTION)
        title = (
            _tr("Wallet card — %1").replace("%1", card.name) if card.name else _tr("Wallet card")
        )
        writer.setTitle(title)
        writer.setCreator("Journey")
        size = QPageSize(page_size())
        writer.setPageLayout(
            QPageLayout(
                size,
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        painter = QPainter(writer)
        try:
            page_width = size.size(QPageSize.Unit.Millimeter).width()
            _draw_page(_Canvas(painter, writer), card, page_width)
        finally:
            painter.end()
        del writer  # flushes and closes the file
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path


def save_wallet_card(services: JournalServices, path: Path) -> Path:
    """The journal's wallet card, written to ``path``."""
    return write_card(wallet_card(services), path)
