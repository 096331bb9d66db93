"""The printed itinerary for the companion's bag (issue 20), read from the PDF as a person
would: what page 1 says, what each day's rows say, how big the booking references are
printed, and whether the columns and the day headings hold together across the pages."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from journey.dto import CourseData, ProfileData
from journey.itinerary import CLINIC_KINDS, FOLLOW_UP_KINDS, ItemDetails
from journey.services import JournalServices
from journey.services.people import ContactDetails
from tests.ui.keys import show_active
from ui.trip.timeline import TimelinePage
from ui.words.itinerary import day_heading

ARRIVAL = date(2027, 3, 1)
TIJUANA = "America/Tijuana"
CLINIC_NUMBER = "+52 664 555 0100"
ADDRESS = "Av. Paseo de los Héroes 10999"


@pytest.fixture
def trip(services: JournalServices) -> JournalServices:
    """An HSCT course arriving 2027-03-01 in Tijuana, the clinic's address and 24-hour
    number given in onboarding; onboarding lays out the protocol."""
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=ARRIVAL,
            arrival_time=time(14, 0),
            destination_zone=TIJUANA,
            treatment_start=ARRIVAL + timedelta(days=3),
            home_zone="America/Toronto",
            clinic_address=ADDRESS,
        ),
        None,
        clinic_phone=CLINIC_NUMBER,
    )
    return services


def print_itinerary(
    qtbot: QtBot, services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> PdfReader:
    """Timeline → More → "Save the itinerary as PDF…", the file chosen; the PDF written."""
    target = tmp_path / "itinerary.pdf"
    monkeypatch.setattr("ui.trip.trip_files.choose_pdf_path", lambda _parent, _name: target)
    page = TimelinePage(services)
    show_active(qtbot, page)
    action = next(a for a in page.more_menu.actions() if a.text() == "Save the itinerary as P&DF…")
    with qtbot.waitSignal(page.status):
        action.trigger()
    return PdfReader(target)


def words(text: str) -> str:
    """Text as read: spaces (a no-break space too) made one, ligatures spelled out."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(reader: PdfReader) -> list[str]:
    return [words(page.extract_text()) for page in reader.pages]


def pieces(reader: PdfReader) -> list[tuple[int, float, float, str]]:
    """Each run of text as printed: its page, its left edge and its size in points."""
    found: list[tuple[int, float, float, str]] = []
    for number, page in enumerate(reader.pages):

        def seen(
            text: str, cm: list[float], tm: list[float], _font: object, size: float, n: int = number
        ) -> None:
            if text.strip():
                scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
                left = tm[4] * cm[0] + cm[4]
                found.append((n, round(left, 1), size * scale, words(text)))

        page.extract_text(visitor_text=seen)
    return found


def test_page_one_starts_with_the_clinics_24_hour_number_and_contacts(
    qtbot: QtBot, trip: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip.contacts.add(ContactDetails(name="Lupita", role="coordinator", phone="+52 664 555 0101"))
    pages = page_texts(print_itinerary(qtbot, trip, tmp_path, monkeypatch))
    first = pages[0]
    assert CLINIC_NUMBER in first
    assert first.index(CLINIC_NUMBER) < first.index("Lupita")
    assert "Lupita Patient coordinator +52 664 555 0101" in first
    everything = " ".join(pages)
    assert everything.index(CLINIC_NUMBER) < everything.index("Day 0")


def test_without_the_clinics_number_page_one_has_a_line_to_write_it_on(
    qtbot: QtBot, services: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.onboarding.complete(
        ProfileData(name="Ana López", ms_type="RRMS"),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Prueba",
            clinic_city="Tijuana",
            arrival_date=ARRIVAL,
            arrival_time=time(14, 0),
            destination_zone=TIJUANA,
            treatment_start=ARRIVAL + timedelta(days=3),
            home_zone="America/Toronto",
        ),
        None,
    )
    first = page_texts(print_itinerary(qtbot, services, tmp_path, monkeypatch))[0]
    assert "The clinic's 24-hour number is not in Journey yet. Write it here:" in first


def test_the_documents_checklist_is_printed_with_its_ticks(
    qtbot: QtBot, trip: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = {entry.title: entry for entry in trip.documents.documents()}
    trip.documents.set_done(documents["Passport"].id, True)
    trip.documents.set_note(documents["Passport"].id, "In the blue folder")
    first = page_texts(print_itinerary(qtbot, trip, tmp_path, monkeypatch))[0]
    assert "☑ Passport — In the blue folder" in first
    assert "☐ Medical records" in first
    assert "☑ Medical records" not in first


def test_a_clinic_item_is_where_the_clinic_is(
    qtbot: QtBot, trip: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reinfusion = next(i for i in trip.itinerary.items() if i.details.kind == "reinfusion")
    assert reinfusion.details.place == ""  # the protocol gives it no place of its own
    reader = print_itinerary(qtbot, trip, tmp_path, monkeypatch)
    printed = pieces(reader)
    where = next(p for p in printed if p[3] == "Where")
    title = next(p for p in printed if p[3].startswith("Reinfusion"))
    # On the reinfusion's page, in the Where column: the clinic's street.
    assert any(
        page == title[0] and left == where[1] and text.startswith("Av. Paseo de los")
        for page, left, _size, text in printed
    )


def test_booking_references_and_flight_numbers_are_printed_large_enough(
    qtbot: QtBot, trip: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight Toronto → Tijuana",
            start=datetime(2027, 3, 1, 8, 15),
            zone="America/Toronto",
            end=datetime(2027, 3, 1, 12, 40),
            end_zone=TIJUANA,
            flight_number="AC992",
            booking_ref="QX7P2L",
        )
    )
    printed = pieces(print_itinerary(qtbot, trip, tmp_path, monkeypatch))
    for wanted in ("QX7P2L", "AC992"):
        sizes = [size for _page, _left, size, text in printed if wanted in text]
        assert sizes, wanted
        assert min(sizes) >= 9.0, wanted


def test_every_day_and_every_page_keep_the_same_columns(
    qtbot: QtBot, trip: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = trip.itinerary.items()[0]  # a long place on one day only: it may not widen it
    trip.itinerary.update(
        first.id, replace(first.details, place="Hotel Ejemplo Tijuana, Boulevard Agua Caliente")
    )
    printed = pieces(print_itinerary(qtbot, trip, tmp_path, monkeypatch))
    for header in ("When", "What", "Where"):
        edges = {left for _page, left, _size, text in printed if text == header}
        assert len(edges) == 1, (header, edges)


def test_a_day_heading_never_stands_alone_at_the_foot_of_a_page(
    qtbot: QtBot, trip: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Forty days of one to five items each: their headings fall all over the pages.
    start = date(2027, 6, 1)
    for offset in range(40):
        for number in range(1 + offset % 5):
            trip.itinerary.add(
                ItemDetails(
                    kind="other",
                    title=f"Errand {offset}-{number}",
                    start=datetime.combine(start + timedelta(days=offset), time(9 + number)),
                    zone=TIJUANA,
                )
            )
    pages = page_texts(print_itinerary(qtbot, trip, tmp_path, monkeypatch))
    for offset in range(40):
        heading = words(day_heading(start + timedelta(days=offset), None))
        for text in pages:
            if heading in text:
                after = text[text.index(heading) :]
                assert f"Errand {offset}-" in after, f"{heading} alone at a page's foot"


def test_a_follow_up_at_home_is_not_given_the_clinics_address(
    qtbot: QtBot, trip: JournalServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trip.itinerary.add(
        ItemDetails(
            kind="follow_up",
            title="EDSS review with your neurologist",
            start=datetime(2027, 6, 1, 9, 0),
            zone="America/Toronto",
        )
    )
    items = trip.itinerary.items()
    at_clinic = [
        i
        for i in items
        if i.details.kind in CLINIC_KINDS
        and i.details.kind not in FOLLOW_UP_KINDS
        and not i.details.place
    ]
    printed = pieces(print_itinerary(qtbot, trip, tmp_path, monkeypatch))
    # The clinic's street once for each item of the stay at the clinic, and no more.
    streets = [text for _page, _left, _size, text in printed if text.startswith("Av. Paseo de los")]
    assert len(streets) == len(at_clinic)
