"""CSV files that open right in a spreadsheet (issue 20): a byte-order mark on every file, every
field read back as the services hold it (accents, arrows, line breaks in notes), the local date
and time beside each instant, words beside codes, people.csv and documents.csv, and the header
row and labels in the wording's language. No Qt."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journey.demo import seed_demo
from journey.exchange.csv_export import (
    DOCUMENT_COLUMNS,
    ITINERARY_COLUMNS,
    PEOPLE_COLUMNS,
    CsvWording,
    all_columns,
    write_csv,
)
from journey.itinerary import ItemDetails
from journey.services import JournalServices
from journey.services.costs import ExpenseDetails
from journey.services.documents import standard_documents
from journey.services.people import ContactDetails
from journey.services.side_effects import EntryDetails

BOM = b"\xef\xbb\xbf"
TIJUANA = "America/Tijuana"
NOTES = "Clínica → hotel, señal débil.\nSegunda línea: «náuseas» ✓\r\nTercera"


def rows_of(path: Path) -> list[dict[str, str]]:
    """A file as a spreadsheet's import or pandas (encoding="utf-8-sig") reads it."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def header_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return next(csv.reader(stream))


def named(files: tuple[Path, ...], name: str) -> Path:
    (path,) = [path for path in files if path.name == name]
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_every_file_starts_with_one_byte_order_mark(services: JournalServices, out: Path) -> None:
    seed_demo(services)

    result = write_csv(services, out)

    assert len(result.files) == 8
    for path in result.files:
        raw = path.read_bytes()
        assert raw.startswith(BOM), path.name
        assert raw.count(BOM) == 1, path.name
        # Without the mark the first header would be read as "\ufeffid" by utf-8-sig readers.
        assert not header_of(path)[0].startswith("\ufeff")


def test_every_field_reads_back_as_the_services_hold_it(
    services: JournalServices, out: Path
) -> None:
    item = services.itinerary.add(
        ItemDetails(
            kind="ground_transfer",
            title="Recogida → Clínica Ángeles",
            start=datetime(2026, 4, 27, 15, 40),
            zone=TIJUANA,
            end=datetime(2026, 4, 27, 16, 25),
            place="Aeropuerto de Tijuana",
            notes=NOTES,
            responsible="companion",
            status="done",
        )
    )
    entry = services.side_effects.log(
        EntryDetails(
            "Náuseas",
            2,
            datetime(2026, 5, 1, 22, 5, tzinfo=UTC),
            TIJUANA,
            recorded_by="companion",
            notes=NOTES,
        )
    )
    contact = services.contacts.add(
        ContactDetails("Dña. Begoña Núñez", "driver", "+52 664 555 0101", "b@ejemplo.mx", NOTES)
    )
    passport = services.documents.documents()[0]
    services.documents.set_note(passport.id, NOTES)
    services.documents.set_done(passport.id, True)
    own = services.documents.add("Carta del neurólogo → clínica")
    services.expenses.add(ExpenseDetails("companion_food", "MXN", 45_050, None, "Comida, día 3"))

    files = write_csv(services, out).files

    (itinerary,) = rows_of(named(files, "itinerary.csv"))
    assert itinerary == {
        "id": str(item.id),
        "uid": item.uid,
        "kind": "ground_transfer",
        "kind_label": "Ground transfer / pickup",
        "title": "Recogida → Clínica Ángeles",
        "start": "2026-04-27T15:40:00-07:00",
        "start_date": "2026-04-27",
        "start_time": "15:40",
        "start_zone": TIJUANA,
        "end": "2026-04-27T16:25:00-07:00",
        "end_date": "2026-04-27",
        "end_time": "16:25",
        "end_zone": TIJUANA,
        "protocol_day": "",
        "place": "Aeropuerto de Tijuana",
        "responsible": "companion",
        "responsible_label": "Companion",
        "status": "done",
        "status_label": "✓ Done",
        "notes": NOTES,
    }
    assert list(itinerary) == list(ITINERARY_COLUMNS)
    (side_effect,) = rows_of(named(files, "side_effects.csv"))
    assert side_effect["id"] == str(entry.id)
    assert side_effect["symptom"] == "Náuseas"
    assert (side_effect["at"], side_effect["date"], side_effect["time"]) == (
        "2026-05-01T15:05:00-07:00",
        "2026-05-01",
        "15:05",
    )
    assert (side_effect["recorded_by"], side_effect["recorded_by_label"]) == (
        "companion",
        "Companion",
    )
    assert side_effect["notes"] == NOTES
    assert side_effect["red_flags_acknowledged_date"] == ""
    assert rows_of(named(files, "people.csv")) == [
        {
            "id": str(contact.id),
            "name": "Dña. Begoña Núñez",
            "role": "driver",
            "role_label": "Driver",
            # Neutralised as every text starting with "+" (a spreadsheet would compute it).
            "phone": "'+52 664 555 0101",
            "email": "b@ejemplo.mx",
            "notes": NOTES,
        }
    ]
    held = services.documents.stored()
    documents = rows_of(named(files, "documents.csv"))
    assert header_of(named(files, "documents.csv")) == list(DOCUMENT_COLUMNS)
    assert documents == [
        {
            "id": str(d.id),
            "kind": d.kind,
            "title": d.title,
            "done": "yes" if d.done else "no",
            "note": d.note,
            "attachment": d.attachment or "",
        }
        for d in held
    ]
    assert documents[0]["note"] == NOTES
    assert documents[0]["done"] == "yes"
    assert documents[-1] == {
        "id": str(own.id),
        "kind": "other",
        "title": "Carta del neurólogo → clínica",
        "done": "no",
        "note": "",
        "attachment": "",
    }
    (expense,) = rows_of(named(files, "expenses.csv"))
    assert (expense["category"], expense["category_label"]) == (
        "companion_food",
        "Companion's food",
    )
    assert expense["expected_amount"] == "450.50"


def test_the_local_date_and_time_are_the_instant_where_it_happened(
    services: JournalServices, out: Path
) -> None:
    services.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight home",
            start=datetime(2026, 7, 1, 23, 50),
            zone="America/Los_Angeles",
            end=datetime(2026, 7, 2, 7, 5),
            end_zone="America/Toronto",
        )
    )
    moments = [
        datetime(2026, 3, 8, 9, 30, tzinfo=UTC),  # 01:30 PST, just before the clocks jump
        datetime(2026, 3, 8, 10, 30, tzinfo=UTC),  # 03:30 PDT, just after
        datetime(2026, 5, 2, 6, 59, tzinfo=UTC),  # 23:59 the day before in Tijuana
    ]
    for at in moments:
        services.side_effects.log(EntryDetails("Fatigue", 2, at, TIJUANA))

    files = write_csv(services, out).files

    (flight,) = rows_of(named(files, "itinerary.csv"))
    assert (flight["start_date"], flight["start_time"]) == ("2026-07-01", "23:50")
    assert (flight["end_date"], flight["end_time"]) == ("2026-07-02", "07:05")
    entries = rows_of(named(files, "side_effects.csv"))
    assert [(row["date"], row["time"]) for row in entries] == [
        ("2026-03-08", "01:30"),
        ("2026-03-08", "03:30"),
        ("2026-05-01", "23:59"),
    ]
    for row in entries:
        local = datetime.fromisoformat(row["at"])
        assert date.fromisoformat(row["date"]) == local.date()
        assert row["time"] == local.strftime("%H:%M")


def test_a_translated_wording_gives_its_header_row_and_labels_and_keeps_the_codes(
    services: JournalServices, out: Path
) -> None:
    spanish = {
        "id": "id",
        "kind": "tipo",
        "kind_label": "tipo_texto",
        "title": "título",
        "start_date": "fecha_inicio",
        "name": "nombre",
        "role_label": "función_texto",
    }
    passport = standard_documents()[0].title
    wording = CsvWording(
        headings=spanish,
        labels={
            "item_kind": {"ground_transfer": "Traslado terrestre / recogida"},
            "contact_role": {"driver": "Chofer"},
        },
        shipped={passport: "Pasaporte"},
    )
    services.itinerary.add(
        ItemDetails(
            kind="ground_transfer",
            title="Recogida",
            start=datetime(2026, 4, 27, 15, 40),
            zone=TIJUANA,
        )
    )
    services.contacts.add(ContactDetails("Begoña", "driver"))
    services.documents.documents()  # the page shown once: the standard lines are stored

    files = write_csv(services, out, wording=wording).files

    itinerary = named(files, "itinerary.csv")
    # Every column keeps its place; a column without a translation keeps its English name.
    assert header_of(itinerary) == [spanish.get(c, c) for c in ITINERARY_COLUMNS]
    assert header_of(itinerary)[:5] == ["id", "uid", "tipo", "tipo_texto", "título"]
    (row,) = rows_of(itinerary)
    assert (row["tipo"], row["tipo_texto"]) == ("ground_transfer", "Traslado terrestre / recogida")
    assert row["fecha_inicio"] == "2026-04-27"
    # A label the wording lacks is said in English rather than left out.
    assert row["responsible_label"] == "Patient"
    people = named(files, "people.csv")
    assert header_of(people) == [spanish.get(c, c) for c in PEOPLE_COLUMNS]
    (person,) = rows_of(people)
    assert (person["role"], person["función_texto"]) == ("driver", "Chofer")
    documents = rows_of(named(files, "documents.csv"))
    assert documents[0]["título"] == "Pasaporte"
    assert documents[0]["tipo"] == "passport"


def test_all_columns_name_every_column_once() -> None:
    columns = all_columns()
    assert len(columns) == len(set(columns))
    assert set(ITINERARY_COLUMNS) | set(PEOPLE_COLUMNS) | set(DOCUMENT_COLUMNS) <= set(columns)
