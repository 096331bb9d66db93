"""``journey export {pdf,json,csv}`` and ``journey import json`` as a user runs them: headless,
one line out, exit 0 or a one-line reason and exit 1, and nothing half-written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pypdf import PdfReader

from journey.exchange.csv_export import ITINERARY_COLUMNS
from tests.cli.helpers import one_line, run_journey

HEADLESS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def test_export_pdf_writes_the_demo_report_without_a_display(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    demo = str(tmp_path / "demo")
    result = run_journey(
        "--demo", "--data-dir", demo, "export", "pdf", "-o", str(target), drop=HEADLESS
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("wrote the report for ")
    assert result.stdout.strip().endswith(f"to {target}")
    reader = PdfReader(target)
    assert reader.metadata is not None
    assert reader.metadata.title == "Journey report — Elena Ramírez"
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Autologous HSCT" in text
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]


def test_export_pdf_with_a_range_and_bad_ranges(real_journal: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    journal = ("--data-dir", str(real_journal))
    ranged = run_journey(
        *journal, "export", "pdf", "-o", str(target), "--from", "2027-01-01", "--to", "2027-01-31"
    )
    assert ranged.returncode == 0, ranged.stderr
    assert ranged.stdout.strip() == f"wrote the report for 2027-01-01 to 2027-01-31 to {target}"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "From Fri 1 Jan 2027 to Sun 31 Jan 2027" in text

    backwards = run_journey(
        *journal, "export", "pdf", "-o", str(target), "--from", "2027-02-01", "--to", "2027-01-01"
    )
    assert backwards.returncode == 1
    assert one_line(backwards.stderr) == "journey: --from 2027-02-01 is after --to 2027-01-01"


def test_export_pdf_to_a_folder_that_does_not_exist_says_so(
    real_journal: Path, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "r.pdf"
    result = run_journey("--data-dir", str(real_journal), "export", "pdf", "-o", str(target))
    assert result.returncode == 1
    assert one_line(result.stderr) == (f"journey: cannot write {target}: No such file or directory")
    assert not target.parent.exists()


def test_export_json_then_import_it_into_an_empty_journal_restores_it(tmp_path: Path) -> None:
    demo = ("--demo", "--data-dir", str(tmp_path / "demo"))
    first = tmp_path / "first.json"
    exported = run_journey(*demo, "export", "json", "-o", str(first))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("exported ")
    assert exported.stdout.strip().endswith(f"records to {first}")

    empty = ("--data-dir", str(tmp_path / "restored"))
    restored = run_journey(*empty, "import", "json", str(first))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"imported {first}: ")
    second = tmp_path / "second.json"
    assert run_journey(*empty, "export", "json", "-o", str(second)).returncode == 0
    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    a.pop("exported_at")
    b.pop("exported_at")
    assert a == b

    again = run_journey(*empty, "import", "json", str(first))
    assert again.returncode == 1
    assert one_line(again.stderr) == (
        f"journey: {first}: $: this journal already has entries; use merge to add the "
        "file's records"
    )
    merged = run_journey(*empty, "import", "json", "--merge", str(first))
    assert merged.returncode == 0, merged.stderr
    assert " 0 records added" in merged.stdout


def test_import_json_of_a_broken_file_names_the_place_and_changes_nothing(
    real_journal: Path, tmp_path: Path
) -> None:
    journal = ("--data-dir", str(real_journal))
    before = tmp_path / "before.json"
    assert run_journey(*journal, "export", "json", "-o", str(before)).returncode == 0
    broken = tmp_path / "broken.json"
    document = json.loads(before.read_text(encoding="utf-8"))
    document["journal"]["profile"][0]["edss"] = 11
    broken.write_text(json.dumps(document), encoding="utf-8")
    result = run_journey(*journal, "import", "json", "--merge", str(broken))
    assert result.returncode == 1
    assert one_line(result.stderr).startswith(f"journey: {broken}: $.journal.profile[0].edss")
    after = tmp_path / "after.json"
    assert run_journey(*journal, "export", "json", "-o", str(after)).returncode == 0
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    assert a["journal"] == b["journal"]


def test_export_csv_writes_the_eight_files_into_a_new_folder(tmp_path: Path) -> None:
    out = tmp_path / "csv" / "files"
    result = run_journey(
        "--demo", "--lang", "en", "--data-dir", str(tmp_path / "demo"),
        "export", "csv", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f"in 8 files to {out}")
    assert sorted(p.name for p in out.iterdir()) == [
        "blood_counts.csv",
        "clinical_events.csv",
        "documents.csv",
        "expenses.csv",
        "itinerary.csv",
        "people.csv",
        "ratings.csv",
        "side_effects.csv",
    ]
    header = (out / "ratings.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("rating_id,at,date,time,zone,scale,value")


def test_export_csv_in_spanish_labels_the_codes_in_spanish(tmp_path: Path) -> None:
    """``--lang es``: the words beside the codes are the app's Spanish ones; the codes stay."""
    out = tmp_path / "csv"
    result = run_journey(
        "--demo", "--lang", "es", "--data-dir", str(tmp_path / "demo"),
        "export", "csv", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with (out / "itinerary.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    columns = list(ITINERARY_COLUMNS)
    kinds = {row[columns.index("kind")]: row[columns.index("kind_label")] for row in rows[1:]}
    assert kinds["flight"] == "Vuelo"
    assert kinds["hotel_stay"] == "Estancia en hotel"


def test_export_json_and_csv_where_nothing_can_be_written(
    real_journal: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    journal = ("--data-dir", str(real_journal))
    for kind, target in (("json", blocker / "x.json"), ("csv", blocker / "csv")):
        result = run_journey(*journal, "export", kind, "-o", str(target))
        assert result.returncode == 1, kind
        assert one_line(result.stderr).startswith("journey: "), kind
        assert str(blocker) in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "real"]
