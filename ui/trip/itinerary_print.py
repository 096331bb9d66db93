"""The printable itinerary: the day-by-day plan with contacts, as a PDF for the companion's bag.

Written by ui.widgets.pdf (QTextDocument + QPdfWriter, no browser engine); black and white
friendly: the status is a word, cancelled items are struck through and say so, documents are
ticked with ☑ or ☐.

Page 1 is what a companion reaches for in a hurry: the clinic's 24-hour number, large, then
the trip's contacts and the documents to carry. The days follow, each day one table whose
heading rows are the table's header (``<thead>``): QTextDocument moves a table to the next
page when its header would stand there without the first item, and repeats the header on
every page the day runs over, so a day's heading never sits alone at a page's foot. Every
day's table has the same column widths (``COLUMN_WIDTHS``), so the columns line up down the
pages. Sizes are in points, nothing below ``SMALLEST_PT``: booking references and flight
numbers are what an airline desk asks for, read in a hurry.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from journey.airports import airport
from journey.dto import CourseData
from journey.itinerary import CLINIC_KINDS, FOLLOW_UP_KINDS, DayNumbering, Item, ItemDetails
from ui.trip.itinerary_models import group_by_day
from ui.words.itinerary import (
    day_heading,
    item_notes,
    item_time,
    item_title,
    kind_text,
    responsible_text,
    status_text,
)
from ui.words.time import moment_text

BODY_PT = 10
SMALLEST_PT = 9  # notes and the printed-at line; nothing on the page is smaller
CLINIC_NUMBER_PT = 20
# When, What, Where, and who with the status: percent of the page's width, the same for every
# day. Who and the status share a column so that "Acompañante" and "Planificado" fit whole.
COLUMN_WIDTHS = (18, 34, 28, 20)
NO_BREAK_SPACE = "\u00a0"
TICKED = "☑"
UNTICKED = "☐"


def _tr(text: str) -> str:
    return QCoreApplication.translate("itinerary_print", text)


def _joined(*parts: str) -> str:
    return ", ".join(part.strip() for part in parts if part.strip())


def clinic_place(course: CourseData | None) -> str:
    """Where the clinic is, for the items there without a place of their own: its street
    address and city, what a driver needs (its name and city while Journey has no address;
    page 1 names the clinic in full)."""
    if course is None:
        return ""
    if course.clinic_address.strip():
        return _joined(course.clinic_address, course.clinic_city)
    return _joined(course.clinic_name, course.clinic_city)


def where_text(details: ItemDetails, clinic: str) -> str:
    """The item's own place; else a flight's airports; else the clinic, for a clinic item of
    the stay (a follow-up is with the user's own team at home, not at the clinic)."""
    if details.place.strip():
        return details.place.strip()
    if details.kind == "flight":
        ends = [airport(code) for code in (details.from_airport, details.to_airport) if code]
        named = [end.place for end in ends if end is not None]
        if named:
            return " → ".join(named)
    if details.kind in CLINIC_KINDS and details.kind not in FOLLOW_UP_KINDS:
        return clinic
    return ""


def _phone(text: str) -> str:
    """A phone number kept on one line, escaped."""
    return html.escape(text.strip()).replace(" ", NO_BREAK_SPACE)


def _booking_line(details: ItemDetails) -> str:
    """ "Flight AC 992 · Booking reference: QX7P2L", for the airline's or hotel's desk."""
    parts = []
    if details.flight_number.strip():
        parts.append(_tr("Flight %1").replace("%1", details.flight_number.strip()))
    if details.booking_ref.strip():
        parts.append(_tr("Booking reference: %1").replace("%1", details.booking_ref.strip()))
    return " · ".join(parts)


def _clinic_number_box(clinic_line: tuple[str, str] | None) -> str:
    """The clinic's 24-hour number, large and framed; a line to write it on when Journey
    does not have it yet."""
    esc = html.escape
    label = f"<p style='font-size: {BODY_PT + 2}pt'><b>{esc(_tr('Clinic 24-hour number'))}</b></p>"
    if clinic_line is not None and clinic_line[1].strip():
        who, phone = clinic_line
        inner = label + f"<p style='font-size: {CLINIC_NUMBER_PT}pt'><b>{_phone(phone)}</b></p>"
        if who.strip():
            inner += f"<p>{esc(who.strip())}</p>"
    else:
        missing = _tr("The clinic's 24-hour number is not in Journey yet. Write it here:")
        inner = (
            f"<p><b>{esc(missing)}</b></p>"
            f"<p style='font-size: {CLINIC_NUMBER_PT}pt'>"
            "________________________________</p>"
        )
    return (
        '<table border="2" cellspacing="0" cellpadding="8" width="100%">'
        f"<tr><td>{inner}</td></tr></table>"
    )


def _contacts_table(contacts: Sequence[tuple[str, str, str]]) -> str:
    esc = html.escape
    headers = (_tr("Name"), _tr("Role"), _tr("Phone"))
    rows = [
        '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
        "<thead><tr>"
        + "".join(
            f"<th align='left' width='{width}%'>{esc(text)}</th>"
            for text, width in zip(headers, (40, 30, 30), strict=True)
        )
        + "</tr></thead>",
    ]
    for who, role, phone in contacts:
        rows.append(f"<tr><td>{esc(who)}</td><td>{esc(role)}</td><td>{_phone(phone)}</td></tr>")
    rows.append("</table>")
    return "\n".join(rows)


def _documents_list(documents: Sequence[tuple[str, bool, str]]) -> str:
    esc = html.escape
    lines = []
    for title, done, note in documents:
        text = f"{TICKED if done else UNTICKED} {esc(title)}"
        if note.strip():
            text += f" — {esc(note.strip())}"
        lines.append(f"<p>{text}</p>")
    return "\n".join(lines)


def _item_row(item: Item, computer_zone: str, clinic: str) -> str:
    esc = html.escape
    details = item.details
    what = f"{esc(item_title(details))} ({esc(kind_text(details.kind))})"
    booking = _booking_line(details)
    if booking:
        what += f"<br><b>{esc(booking)}</b>"
    notes = item_notes(details)
    if notes.strip():
        what += f"<br><span style='font-size: {SMALLEST_PT}pt'>{esc(notes.strip())}</span>"
    if details.status == "cancelled":
        what = f"<s>{what}</s>"
    cells = (
        esc(item_time(item, computer_zone)),
        what,
        esc(where_text(details, clinic)),
        f"{esc(responsible_text(details.responsible))}<br>{esc(status_text(details.status))}",
    )
    return "<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in cells) + "</tr>"


def _day_table(heading: str, rows: list[str]) -> str:
    """One day: its heading and the column names as the table's header rows (kept with the
    first item, repeated on each page the day runs over), then its items."""
    esc = html.escape
    headers = (_tr("When"), _tr("What"), _tr("Where"), _tr("Who, status"))
    columns = "".join(
        f"<th align='left' width='{width}%'>{esc(text)}</th>"
        for text, width in zip(headers, COLUMN_WIDTHS, strict=True)
    )
    return "\n".join(
        [
            '<table border="1" cellspacing="0" cellpadding="4" width="100%">',
            "<thead>",
            f"<tr><th colspan='{len(headers)}' align='left' bgcolor='#e0e0e0' "
            f"style='font-size: {BODY_PT + 2}pt'>{esc(heading)}</th></tr>",
            f"<tr>{columns}</tr>",
            "</thead>",
            *rows,
            "</table>",
            "<p></p>",
        ]
    )


def itinerary_html(
    name: str,
    course: CourseData | None,
    items: list[Item],
    numbering: DayNumbering | None,
    contacts: Sequence[tuple[str, str, str]],
    computer_zone: str,
    printed: datetime,
    *,
    clinic_line: tuple[str, str] | None = None,
    documents: Sequence[tuple[str, bool, str]] = (),
) -> str:
    """The itinerary as simple HTML that QTextDocument lays out well on paper.

    ``contacts`` are (name, role in words, phone), in the order to print them;
    ``clinic_line`` the clinic's 24-hour line (its name, its number), shown first;
    ``documents`` the checklist as (title in words, ticked, note).
    """
    esc = html.escape
    title = _tr("Itinerary — %1").replace("%1", name) if name else _tr("Itinerary")
    parts = [f"<html><body style='font-size: {BODY_PT}pt'>", f"<h1>{esc(title)}</h1>"]
    if course is not None:
        named = _joined(course.clinic_name, course.clinic_address, course.clinic_city)
        parts.append(f"<p>{esc(named)}</p>")
    parts.append(_clinic_number_box(clinic_line))
    if contacts:
        parts.append(f"<h2>{esc(_tr('Contacts'))}</h2>")
        parts.append(_contacts_table(contacts))
    if documents:
        parts.append(f"<h2>{esc(_tr('Documents to carry'))}</h2>")
        parts.append(_documents_list(documents))
    printed_at = moment_text(printed)
    note = _tr("Printed %1. Times are local where each thing happens.").replace("%1", printed_at)
    parts.append(f"<p style='font-size: {SMALLEST_PT}pt'>{esc(note)}</p>")
    days = group_by_day(items)
    if days:  # page 1 is the sheet to reach for; the days start on a page of their own
        heading = esc(_tr("Day by day"))
        parts.append(f"<h2 style='page-break-before: always'>{heading}</h2>")
    clinic = clinic_place(course)
    for day, day_items in days:
        rows = [_item_row(item, computer_zone, clinic) for item in day_items]
        parts.append(_day_table(day_heading(day, numbering), rows))
    parts.append("</body></html>")
    return "\n".join(parts)
