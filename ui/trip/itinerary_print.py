"""The printable itinerary: the day-by-day plan with contacts, as a PDF for the companion's bag.

Written by ui.widgets.pdf (QTextDocument + QPdfWriter, no browser engine); black and white
friendly: the status is a word, cancelled items are struck through and say so.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from journey.dto import CourseData
from journey.itinerary import DayNumbering, Item
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("itinerary_print", text)


def itinerary_html(
    name: str,
    course: CourseData | None,
    items: list[Item],
    numbering: DayNumbering | None,
    contacts: Sequence[tuple[str, str, str]],
    computer_zone: str,
    printed: datetime,
) -> str:
    """The itinerary as simple HTML that QTextDocument lays out well on paper."""
    esc = html.escape
    title = _tr("Itinerary — %1").replace("%1", name) if name else _tr("Itinerary")
    parts = [f"<h1>{esc(title)}</h1>"]
    if course is not None:
        parts.append(
            f"<p>{esc(course.clinic_name)}"
            + (f", {esc(course.clinic_city)}" if course.clinic_city else "")
            + "</p>"
        )
    printed_at = moment_text(printed)
    note = _tr("Printed %1. Times are local where each thing happens.").replace("%1", printed_at)
    parts.append(f"<p><small>{esc(note)}</small></p>")
    headers = (_tr("When"), _tr("What"), _tr("Where"), _tr("Who"), _tr("Status"))
    for day, day_items in group_by_day(items):
        parts.append(f"<h3>{esc(day_heading(day, numbering))}</h3>")
        parts.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        parts.append("<tr>" + "".join(f"<th align='left'>{esc(h)}</th>" for h in headers) + "</tr>")
        for item in day_items:
            details = item.details
            what = f"{esc(item_title(details))} ({esc(kind_text(details.kind))})"
            notes = item_notes(details)
            if notes:
                what += f"<br><small>{esc(notes)}</small>"
            if details.status == "cancelled":
                what = f"<s>{what}</s>"
            cells = (
                esc(item_time(item, computer_zone)),
                what,
                esc(details.place),
                esc(responsible_text(details.responsible)),
                esc(status_text(details.status)),
            )
            parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    if contacts:
        parts.append(f"<h2>{esc(_tr('Contacts'))}</h2>")
        parts.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        for who, role, phone in contacts:
            parts.append(f"<tr><td>{esc(who)}</td><td>{esc(role)}</td><td>{esc(phone)}</td></tr>")
        parts.append("</table>")
    return "\n".join(parts)
