"""CSV export for spreadsheets (SPEC §3): eight files with headers, times with their offsets and
their local date and time, labels beside codes, UTF-8 with a byte-order mark, formulas
neutralised, and all or nothing on failure or cancel. No Qt."""

from __future__ import annotations

import csv
import errno
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from journey.aftercare import (
    EdssDetails,
    MedicationDetails,
    MriDetails,
    RatingDetails,
    RelapseDetails,
    ScaleDetails,
)
from journey.demo import seed_demo
from journey.errors import JournalError
from journey.exchange.csv_export import (
    BLOOD_COUNT_COLUMNS,
    CLINICAL_COLUMNS,
    DOCUMENT_COLUMNS,
    EXPENSE_COLUMNS,
    ITINERARY_COLUMNS,
    PEOPLE_COLUMNS,
    RATING_COLUMNS,
    SIDE_EFFECT_COLUMNS,
    Cancelled,
    CsvExportError,
    write_csv,
)
from journey.itinerary import ItemDetails
from journey.services import JournalServices
from journey.services.costs import ExpenseDetails
from journey.services.side_effects import EntryDetails

TIJUANA = "America/Tijuana"
NAMES = (
    "itinerary.csv",
    "side_effects.csv",
    "ratings.csv",
    "clinical_events.csv",
    "expenses.csv",
    "blood_counts.csv",
    "people.csv",
    "documents.csv",
)
COLUMNS = {
    "blood_counts.csv": BLOOD_COUNT_COLUMNS,
    "itinerary.csv": ITINERARY_COLUMNS,
    "side_effects.csv": SIDE_EFFECT_COLUMNS,
    "ratings.csv": RATING_COLUMNS,
    "clinical_events.csv": CLINICAL_COLUMNS,
    "expenses.csv": EXPENSE_COLUMNS,
    "people.csv": PEOPLE_COLUMNS,
    "documents.csv": DOCUMENT_COLUMNS,
}
BOM = b"\xef\xbb\xbf"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return next(csv.reader(stream))


def everything_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def log(
    services: JournalServices,
    at: datetime,
    *,
    symptom: str = "Headache",
    severity: int = 3,
    celsius: float | None = None,
    notes: str = "",
    recorded_by: str = "patient",
) -> int:
    """Log an entry made in Tijuana; returns its id."""
    details = EntryDetails(symptom, severity, at, TIJUANA, recorded_by, celsius, notes)
    return services.side_effects.log(details).id


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder to export into (``tmp_path`` also holds the journal's folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def demo(services: JournalServices) -> JournalServices:
    seed_demo(services)
    return services


# --- what the files hold ----------------------------------------------------------------------


def test_the_demo_export_has_eight_files_with_headers_and_every_record(
    demo: JournalServices, out: Path
) -> None:
    result = write_csv(demo, out / "export")

    assert [p.name for p in result.files] == list(NAMES)
    assert everything_in(out / "export") == sorted(NAMES)  # no temporary file left
    for path in result.files:
        assert header(path) == list(COLUMNS[path.name])
    clinical = demo.clinical
    expected = {
        "itinerary.csv": len(demo.itinerary.items()),
        "side_effects.csv": demo.side_effects.count(),
        "ratings.csv": sum(len(r.details.values) for r in demo.ratings.ratings()),
        "clinical_events.csv": len(clinical.relapses.all())
        + len(clinical.mris.all())
        + len(clinical.edss.all())
        + len(clinical.medications.all()),
        "expenses.csv": len(demo.expenses.expenses()),
        "blood_counts.csv": len(demo.blood_counts.counts()),
        "people.csv": len(demo.contacts.contacts()),
        "documents.csv": len(demo.documents.stored()),
    }
    counted = {path.name: len(read(path)) for path in result.files}
    assert counted == expected
    assert all(count > 0 for count in counted.values())  # the demo has every kind of record
    assert result.rows == sum(expected.values())


def test_the_demo_red_flag_and_its_acknowledgement_are_on_the_entry(
    demo: JournalServices, out: Path
) -> None:
    rows = read(write_csv(demo, out).files[1])
    flagged = [row for row in rows if row["red_flags"]]
    # The demo's 38.1 °C during isolation on day +1, acknowledged at the clock's now.
    assert len(flagged) == 1
    (row,) = flagged
    assert (row["temperature_c"], row["fever_grade"]) == ("38.1", "1")
    assert row["at"] == "2026-05-01T01:00:00-07:00"
    assert row["watch_window"] == "Reinfusion of your stem cells"
    assert row["red_flags"] == row["red_flags_acknowledged"] == "hsct_isolation_fever"
    acknowledged = datetime.fromisoformat(row["red_flags_acknowledged_at"])
    assert acknowledged == demo.clock.now()
    assert acknowledged.utcoffset() == timedelta(hours=-7)  # shown in Tijuana, where logged
    # The reinfusion's window, the evenings of isolation outside any, then the platelet
    # transfusion's window.
    assert [r["watch_window"] for r in rows] == [
        *["Reinfusion of your stem cells"] * 8,
        *[""] * 6,
        *["Platelet transfusion"] * 2,
    ]


def test_an_empty_journal_gets_the_eight_files_with_only_their_header(
    services: JournalServices, out: Path
) -> None:
    result = write_csv(services, out)

    assert result.rows == 0
    for path in result.files:
        assert path.read_bytes() == BOM + (",".join(COLUMNS[path.name]) + "\r\n").encode()
    # The export wrote nothing to the journal: not even the standard documents' lines.
    assert services.documents.stored() == []


def test_files_are_utf8_with_a_bom_and_spanish_accents_survive(
    services: JournalServices, out: Path
) -> None:
    notes = "Náuseas leves; tomé paracetamol — señal de mejoría, ¿verdad? «sí»"
    log(
        services,
        datetime(2026, 5, 1, 18, 0, tzinfo=UTC),
        symptom="Sudoración nocturna",
        notes=notes,
    )
    services.expenses.add(ExpenseDetails("hotel", "MXN", 120_000, None, "Habitación 412, Peñasco"))

    result = write_csv(services, out)

    raw = result.files[1].read_bytes()
    assert raw.startswith(BOM)  # Excel on Windows reads the accents right only with it
    assert raw.count(b"\r\n") == 2  # header and one row, RFC 4180 line ends
    assert "Sudoración".encode() in raw
    (entry,) = read(result.files[1])
    assert entry["symptom"] == "Sudoración nocturna"
    assert entry["notes"] == notes
    assert read(result.files[4])[0]["description"] == "Habitación 412, Peñasco"


# --- times ----------------------------------------------------------------------------------


def test_entries_in_tijuana_show_the_offset_in_force_across_daylight_saving(
    services: JournalServices, out: Path
) -> None:
    moments = [
        datetime(2026, 1, 15, 20, 0, tzinfo=UTC),  # winter: 12:00 PST
        datetime(2026, 3, 8, 9, 30, tzinfo=UTC),  # 01:30 PST, just before the clocks jump
        datetime(2026, 3, 8, 10, 30, tzinfo=UTC),  # 03:30 PDT, just after
        datetime(2026, 4, 15, 19, 0, tzinfo=UTC),  # spring: 12:00 PDT
    ]
    for at in moments:
        log(services, at)

    rows = read(write_csv(services, out).files[1])

    assert [row["at"] for row in rows] == [
        "2026-01-15T12:00:00-08:00",
        "2026-03-08T01:30:00-08:00",
        "2026-03-08T03:30:00-07:00",
        "2026-04-15T12:00:00-07:00",
    ]
    assert {row["zone"] for row in rows} == {TIJUANA}
    assert [datetime.fromisoformat(row["at"]) for row in rows] == moments


def test_planned_items_are_wall_times_in_their_zone_with_its_offset(
    services: JournalServices, out: Path
) -> None:
    services.itinerary.add(
        ItemDetails(
            kind="follow_up",
            title="Follow-up at the clinic",
            start=datetime(2026, 11, 20, 14, 30),
            zone=TIJUANA,
            end=datetime(2026, 11, 20, 15, 30),
        )
    )
    services.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight home",
            start=datetime(2026, 7, 1, 9, 0),
            zone="America/Los_Angeles",
            end=datetime(2026, 7, 1, 16, 45),
            end_zone="America/Toronto",
        )
    )
    services.itinerary.add(
        ItemDetails(kind="other", title="Rest day", start=datetime(2026, 7, 2, 10, 0), zone=TIJUANA)
    )

    rows = {row["title"]: row for row in read(write_csv(services, out).files[0])}

    follow_up = rows["Follow-up at the clinic"]
    assert (follow_up["start"], follow_up["end"]) == (
        "2026-11-20T14:30:00-08:00",  # after the clocks went back: PST
        "2026-11-20T15:30:00-08:00",
    )
    assert follow_up["start_zone"] == follow_up["end_zone"] == TIJUANA
    flight = rows["Flight home"]
    assert (flight["start"], flight["start_zone"]) == (
        "2026-07-01T09:00:00-07:00",
        "America/Los_Angeles",
    )
    assert (flight["end"], flight["end_zone"]) == ("2026-07-01T16:45:00-04:00", "America/Toronto")
    assert rows["Rest day"]["end"] == rows["Rest day"]["end_zone"] == ""
    assert rows["Rest day"]["protocol_day"] == ""  # no course yet, so no protocol days


def test_hsct_protocol_days_are_plain_numbers(demo: JournalServices, out: Path) -> None:
    rows = read(write_csv(demo, out).files[0])
    by_kind = {row["kind"]: row for row in rows}

    assert by_kind["reinfusion"]["protocol_day"] == "0"
    assert int(rows[0]["protocol_day"]) < 0  # before day 0: a negative number, no apostrophe


# --- values read back -----------------------------------------------------------------------


def test_side_effects_read_back_with_severity_temperature_and_fever_grade(
    services: JournalServices, out: Path
) -> None:
    first = datetime(2026, 5, 1, 6, 0, tzinfo=UTC)
    log(services, first, symptom="Fever", severity=8, celsius=40.6, recorded_by="companion")
    log(services, first + timedelta(hours=25), symptom="Fever", severity=6, celsius=40.4)
    log(services, first + timedelta(hours=30), symptom="Fatigue", severity=2, celsius=37.78)
    log(services, first + timedelta(hours=31), symptom="Nausea", severity=0)

    rows = read(write_csv(services, out).files[1])

    assert [r["symptom"] for r in rows] == ["Fever", "Fever", "Fatigue", "Nausea"]
    assert [r["severity"] for r in rows] == ["8", "6", "2", "0"]
    assert [r["severity_word"] for r in rows] == ["severe", "moderate", "mild", "none"]
    assert [r["temperature_c"] for r in rows] == ["40.6", "40.4", "37.78", ""]
    # Above 40.0 °C: grade 3 at first, grade 4 once it has lasted over 24 hours (CTCAE v5).
    assert [r["fever_grade"] for r in rows] == ["3", "4", "", ""]
    assert rows[0]["recorded_by"] == "companion"
    # Rule keys in the rules' order; the second reading is over 24 hours after the first, so
    # it is not a repeated fever.
    assert rows[0]["red_flags"] == "fever_single; severe_symptom"
    assert rows[1]["red_flags"] == "fever_single"
    assert rows[0]["red_flags_acknowledged"] == rows[0]["red_flags_acknowledged_at"] == ""
    assert rows[3]["watch_window"] == ""


def test_ratings_are_one_row_per_scale_with_the_scale_range(
    services: JournalServices, out: Path
) -> None:
    scales = {s.key: s for s in services.ratings.scales()}
    eq5d = services.ratings.add_scale(
        ScaleDetails("EQ-5D index (from my clinic)", low=-0.59, high=1.0)
    )
    at = datetime(2026, 4, 1, 3, 0, tzinfo=UTC)
    rating = services.ratings.record(
        RatingDetails(
            at=at,
            zone="America/Toronto",
            values=((scales["energy"].id, 7.0), (scales["fatigue"].id, 3.5), (eq5d.id, 0.75)),
            recorded_by="companion",
            notes="Good week",
            baseline=True,
        )
    )

    rows = read(write_csv(services, out).files[2])

    assert [row["rating_id"] for row in rows] == [str(rating.id)] * 3
    assert [row["scale"] for row in rows] == [
        scales["energy"].name,
        scales["fatigue"].name,
        "EQ-5D index (from my clinic)",
    ]
    assert [row["value"] for row in rows] == ["7", "3.5", "0.75"]
    assert {row["at"] for row in rows} == {"2026-03-31T23:00:00-04:00"}
    assert {row["zone"] for row in rows} == {"America/Toronto"}
    assert [row["higher_is_better"] for row in rows] == ["yes", "no", "yes"]
    assert (rows[2]["scale_low"], rows[2]["scale_high"]) == ("-0.59", "1")  # a number, untouched
    assert (rows[0]["scale_low"], rows[0]["scale_high"]) == ("0", "10")
    assert {row["baseline"] for row in rows} == {"yes"}
    assert {row["recorded_by"] for row in rows} == {"companion"}
    assert {row["recorded_by_label"] for row in rows} == {"Companion"}
    assert {row["notes"] for row in rows} == {"Good week"}


def test_clinical_events_share_one_file_with_a_kind_and_only_their_fields(
    services: JournalServices, out: Path
) -> None:
    clinical = services.clinical
    clinical.relapses.add(
        RelapseDetails(date(2025, 10, 8), date(2025, 11, 19), "Legs heavy", "IV steroids 3 days")
    )
    clinical.mris.add(MriDetails(date(2025, 12, 1), new_t2=2, enhancing=0, report="Cervical cord"))
    clinical.edss.add(EdssDetails(date(2026, 1, 10), 4.0, "Dr. Chen"))
    clinical.medications.add(
        MedicationDetails("Aciclovir", date(2026, 5, 8), None, "400 mg", "Twice a day", "Antiviral")
    )

    rows = read(write_csv(services, out).files[3])

    assert [row["kind"] for row in rows] == ["relapse", "mri", "edss", "medication"]
    assert [row["kind_label"] for row in rows] == ["Relapse", "MRI", "EDSS", "Medication"]
    relapse, mri, edss, medication = rows
    assert (relapse["date"], relapse["end_date"]) == ("2025-10-08", "2025-11-19")
    assert (relapse["symptoms"], relapse["steroids"]) == ("Legs heavy", "IV steroids 3 days")
    assert (mri["date"], mri["new_t2_lesions"], mri["enhancing_lesions"]) == (
        "2025-12-01",
        "2",
        "0",
    )
    assert mri["report"] == "Cervical cord"
    assert (edss["edss_score"], edss["reported_by"]) == ("4.0", "Dr. Chen")
    assert (medication["medication"], medication["dose"], medication["schedule"]) == (
        "Aciclovir",
        "400 mg",
        "Twice a day",
    )
    assert (medication["end_date"], medication["notes"]) == ("", "Antiviral")
    # Fields of other kinds stay empty.
    assert mri["edss_score"] == mri["symptoms"] == mri["medication"] == mri["end_date"] == ""
    assert edss["new_t2_lesions"] == edss["report"] == ""


def test_expenses_are_decimal_major_units_with_their_currency(
    services: JournalServices, out: Path
) -> None:
    services.expenses.add(ExpenseDetails("flights", "CAD", 180_000, 171_250, "Toronto ⇄ SD"))
    services.expenses.add(ExpenseDetails("other", "JPY", 1_500, None, "Souvenirs", "companion"))

    rows = read(write_csv(services, out).files[4])

    assert [
        (r["category"], r["currency"], r["expected_amount"], r["actual_amount"]) for r in rows
    ] == [("flights", "CAD", "1800.00", "1712.50"), ("other", "JPY", "1500", "")]
    assert rows[1]["paid_by"] == "companion"


def test_text_that_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe(
    services: JournalServices, out: Path
) -> None:
    services.itinerary.add(
        ItemDetails(
            kind="other",
            title='=HYPERLINK("http://example.invalid","click")',
            start=datetime(2026, 6, 1, 9, 0),
            zone=TIJUANA,
            place="@SUM(A1:A9)",
            notes="+1 416 555 0199",
        )
    )
    at = datetime(2026, 5, 1, 18, 0, tzinfo=UTC)
    log(services, at, notes="-5 mg of something")
    log(services, at + timedelta(hours=1), notes="\tcmd")
    log(services, at + timedelta(hours=2), notes="\r=1+1")
    log(services, at + timedelta(hours=3), notes="Plain words = no formula")

    result = write_csv(services, out)

    (item,) = read(result.files[0])
    assert item["title"] == '\'=HYPERLINK("http://example.invalid","click")'
    assert item["place"] == "'@SUM(A1:A9)"
    assert item["notes"] == "'+1 416 555 0199"
    notes = [row["notes"] for row in read(result.files[1])]
    assert notes == ["'-5 mg of something", "'\tcmd", "'\r=1+1", "Plain words = no formula"]


# --- all or nothing ---------------------------------------------------------------------------


def test_a_folder_under_a_regular_file_is_refused_and_nothing_is_left(
    demo: JournalServices, out: Path
) -> None:
    blocker = out / "notes.txt"
    blocker.write_text("mine", encoding="utf-8")

    with pytest.raises(CsvExportError) as raised:
        write_csv(demo, blocker / "export")

    assert isinstance(raised.value, JournalError)
    message = str(raised.value)
    assert "\n" not in message
    assert f"{blocker} is a file, not a folder" in message
    assert "Nothing was written" in message
    assert everything_in(out) == ["notes.txt"]
    assert blocker.read_text(encoding="utf-8") == "mine"


def test_a_path_that_is_a_file_is_refused(demo: JournalServices, out: Path) -> None:
    target = out / "export.csv"
    target.write_text("old", encoding="utf-8")

    with pytest.raises(CsvExportError, match="it is a file, not a folder"):
        write_csv(demo, target)

    assert everything_in(out) == ["export.csv"]
    assert target.read_text(encoding="utf-8") == "old"


def test_a_file_name_taken_by_a_folder_is_refused_before_anything_is_written(
    demo: JournalServices, out: Path
) -> None:
    (out / "expenses.csv").mkdir()

    with pytest.raises(CsvExportError, match=r"expenses\.csv in it is a folder"):
        write_csv(demo, out)

    assert everything_in(out) == ["expenses.csv"]


def test_a_failure_while_putting_the_files_in_place_removes_those_already_placed(
    demo: JournalServices, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace
    calls: list[str] = []

    def replace_until_the_disk_is_full(source: str, target: str) -> None:
        calls.append(str(target))
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_until_the_disk_is_full)
    (out / "keep.txt").write_text("not ours", encoding="utf-8")

    with pytest.raises(CsvExportError, match="no space left on device"):
        write_csv(demo, out)

    assert len(calls) == 3  # two files were in place before it failed
    assert everything_in(out) == ["keep.txt"]


@pytest.mark.parametrize("after_calls", [0, 1, 3])
def test_cancelling_leaves_no_file_and_no_folder_it_made(
    demo: JournalServices, out: Path, after_calls: int
) -> None:
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > after_calls

    with pytest.raises(Cancelled):
        write_csv(demo, out / "new" / "export", cancelled=cancelled)

    assert everything_in(out) == []  # the folders it created are gone too


def test_cancelling_in_the_middle_of_writing_keeps_what_was_there(
    demo: JournalServices, out: Path
) -> None:
    first = write_csv(demo, out)
    before = {path.name: path.read_bytes() for path in first.files}
    demo.expenses.add(ExpenseDetails("other", "USD", 100, None, "Added after the first export"))
    reports: list[tuple[int, int]] = []

    def cancel_after_some_rows() -> bool:
        return any(done > 0 for done, _ in reports)

    with pytest.raises(Cancelled):
        write_csv(
            demo,
            out,
            progress=lambda d, t: reports.append((d, t)),
            cancelled=cancel_after_some_rows,
        )

    assert {path.name: path.read_bytes() for path in out.iterdir()} == before


def test_progress_counts_rows_up_to_the_total(demo: JournalServices, out: Path) -> None:
    reports: list[tuple[int, int]] = []

    result = write_csv(demo, out, progress=lambda done, total: reports.append((done, total)))

    assert reports[0] == (0, result.rows)
    assert reports[-1] == (result.rows, result.rows)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)
    assert {total for _, total in reports} == {result.rows}


def test_exporting_again_replaces_the_files(demo: JournalServices, out: Path) -> None:
    write_csv(demo, out)
    demo.expenses.add(ExpenseDetails("other", "USD", 2_500, None, "Taxi"))

    result = write_csv(demo, out)

    assert everything_in(out) == sorted(NAMES)
    assert "Taxi" in [row["description"] for row in read(result.files[4])]


def test_blood_counts_are_in_their_stored_unit_by_protocol_day_oldest_first(
    demo: JournalServices, out: Path
) -> None:
    rows = read(write_csv(demo, out).files[5])
    counts = list(reversed(demo.blood_counts.counts()))
    assert [int(row["id"]) for row in rows] == [c.id for c in counts]
    newest = rows[-1]
    # The demo's counts are taken at 06:30 in Tijuana; at its now (07:00 there, day +10) the
    # newest is this morning's.
    assert newest["protocol_day"] == "10"
    assert newest["at"] == "2026-05-10T06:30:00-07:00"
    # Daily from day 0 to day +10, but for day +5.
    neutrophil_days = [int(row["protocol_day"]) for row in rows if row["count"] == "neutrophils"]
    assert [day for day in neutrophil_days if day >= 0] == [0, 1, 2, 3, 4, 6, 7, 8, 9, 10]
    units = {row["count"]: row["unit"] for row in rows}
    assert units["neutrophils"] == "e9_per_l"
    assert units["haemoglobin"] == "g_per_l"
    assert {row["count"] for row in rows} >= {"neutrophils", "platelets", "haemoglobin"}
