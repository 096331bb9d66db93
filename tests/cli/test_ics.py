"""``journey export ics`` and ``journey import ics``: headless, one line out, all or nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

from icalendar import Calendar

from journey.itinerary import ItemDetails
from journey.journal import claim_journal, open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.cli.helpers import run_journey

# Without a display: the subcommands must not need one.
HEADLESS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def itinerary(folder: Path) -> list[tuple[str, int, ItemDetails]]:
    journal = open_journal(folder)
    try:
        services = JournalServices.build(journal.session_factory, Clock())
        return [(i.uid, i.sequence, i.details) for i in services.itinerary.items()]
    finally:
        journal.close()


def events_in(path: Path) -> list[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    assert all(event.errors == [] for event in calendar.events)
    return [str(event["UID"]) for event in calendar.events]


def test_export_then_import_into_an_empty_journal(real_journal: Path, tmp_path: Path) -> None:
    original = itinerary(real_journal)
    assert len(original) > 5  # onboarding laid out the MSC protocol
    exported = tmp_path / "trip.ics"

    result = run_journey("--data-dir", str(real_journal), "export", "ics", "-o", str(exported))

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"exported {len(original)} events to {exported}\n"
    assert result.stderr == ""
    assert events_in(exported) == [uid for uid, _, _ in original]

    empty = tmp_path / "empty"
    imported = run_journey("import", "ics", str(exported), "--data-dir", str(empty), drop=HEADLESS)

    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == f"imported {exported}: {len(original)} added, 0 updated\n"
    assert itinerary(empty) == original

    again = run_journey("--data-dir", str(empty), "import", "ics", str(exported))
    assert again.stdout == f"imported {exported}: 0 added, 0 updated, {len(original)} unchanged\n"
    assert itinerary(empty) == original


def test_a_date_range_exports_only_those_days(real_journal: Path, tmp_path: Path) -> None:
    target = tmp_path / "first-day.ics"
    result = run_journey(
        "--data-dir", str(real_journal), "export", "ics", "-o", str(target),
        "--from", "2027-01-10", "--to", "2027-01-10",
    )  # fmt: skip
    first_day = [
        uid for uid, _, d in itinerary(real_journal) if d.start.date() == date(2027, 1, 10)
    ]
    assert result.returncode == 0, result.stderr
    assert 0 < len(first_day) < len(itinerary(real_journal))
    assert events_in(target) == first_day


def test_a_bad_file_exits_1_with_one_line_and_changes_nothing(
    real_journal: Path, tmp_path: Path
) -> None:
    before = itinerary(real_journal)
    bad = tmp_path / "bad.ics"
    bad.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:ok@test\r\nSUMMARY:Fine\r\nDTSTART:20270301T100000Z\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:late@test\r\nSUMMARY:Pickup\r\n"
        b"DTSTART;TZID=America/Tijuana:20270301T100000\r\n"
        b"DTEND;TZID=America/Tijuana:20270301T080000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )

    result = run_journey("--data-dir", str(real_journal), "import", "ics", str(bad))

    assert result.returncode == 1
    assert result.stdout == ""
    assert one_line(result.stderr) == (
        f"journey: {bad}, event 2 (UID late@test, “Pickup”): DTEND (2027-03-01 08:00 "
        "America/Tijuana) is before DTSTART (2027-03-01 10:00 America/Tijuana)."
    )
    assert itinerary(real_journal) == before


def test_an_unwritable_output_says_why_and_leaves_no_file(
    real_journal: Path, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("keep me")
    missing = tmp_path / "no such folder" / "trip.ics"
    before = sorted(p.name for p in tmp_path.iterdir())

    into_a_file = run_journey(
        "--data-dir", str(real_journal), "export", "ics", "-o", str(not_a_folder / "trip.ics")
    )
    into_nowhere = run_journey("--data-dir", str(real_journal), "export", "ics", "-o", str(missing))

    assert into_a_file.returncode == 1
    assert one_line(into_a_file.stderr) == (
        f"journey: {not_a_folder / 'trip.ics'}: The file cannot be written: not a directory. "
        "Nothing was written."
    )
    assert into_nowhere.returncode == 1
    assert one_line(into_nowhere.stderr) == (
        f"journey: {missing}: The file cannot be written: the folder {missing.parent} does not "
        "exist. Nothing was written."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not_a_folder.read_text() == "keep me"


def test_demo_export_creates_the_demo_and_exports_its_itinerary(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    target = tmp_path / "demo.ics"

    result = run_journey("export", "ics", "--demo", "--data-dir", str(folder), "-o", str(target))

    assert result.returncode == 0, result.stderr
    uids = events_in(target)
    assert len(uids) > 10
    assert result.stdout == f"exported {len(uids)} events to {target}\n"
    calendar = Calendar.from_ical(target.read_bytes())
    flights = [e for e in calendar.events if str(e.get("X-JOURNEY-KIND")) == "flight"]
    assert {e["DTSTART"].params["TZID"] for e in flights} == {
        "America/Toronto",
        "America/Los_Angeles",
    }
    assert {tz.tz_name for tz in calendar.timezones} == {
        "America/Toronto",
        "America/Los_Angeles",
        "America/Tijuana",
    }


def test_the_demo_flag_never_exports_a_real_journal(real_journal: Path, tmp_path: Path) -> None:
    result = run_journey(
        "--demo", "--data-dir", str(real_journal), "export", "ics", "-o", str(tmp_path / "x.ics")
    )
    assert result.returncode == 1
    assert "holds a real journal" in one_line(result.stderr)
    assert not (tmp_path / "x.ics").exists()


def test_a_journal_open_in_the_app_is_refused(real_journal: Path, tmp_path: Path) -> None:
    first = claim_journal(real_journal)  # as the running app holds it
    try:
        result = run_journey(
            "--data-dir", str(real_journal), "export", "ics", "-o", str(tmp_path / "x.ics")
        )
    finally:
        first.release()
    assert result.returncode == 1
    assert "already in use by Journey: a window that is open, or a command" in one_line(
        result.stderr
    )
    assert not (tmp_path / "x.ics").exists()


def test_help_and_usage_errors() -> None:
    for args in (("export", "--help"), ("export", "ics", "--help"), ("import", "ics", "--help")):
        shown = run_journey(*args, drop=HEADLESS)
        assert shown.returncode == 0, shown.stderr
        assert "usage: journey" in shown.stdout
    assert "-o FILE" in run_journey("export", "ics", "--help").stdout
    missing_output = run_journey("export", "ics")
    assert missing_output.returncode == 2
    assert "-o/--output" in missing_output.stderr
    bad_date = run_journey("export", "ics", "-o", "x.ics", "--from", "1 March")
    assert bad_date.returncode == 2
    assert "“1 March” is not a date like 2027-03-01" in bad_date.stderr
    unknown_format = run_journey("export", "vcf", "-o", "x.vcf")
    assert unknown_format.returncode == 2


def test_from_after_to_is_refused(real_journal: Path, tmp_path: Path) -> None:
    result = run_journey(
        "--data-dir", str(real_journal), "export", "ics", "-o", str(tmp_path / "x.ics"),
        "--from", "2027-02-01", "--to", "2027-01-01",
    )  # fmt: skip
    assert result.returncode == 1
    assert one_line(result.stderr) == "journey: --from 2027-02-01 is after --to 2027-01-01"


def test_the_commands_never_import_qt(real_journal: Path, tmp_path: Path) -> None:
    """Run in a fresh interpreter where importing PySide6 fails: the commands still work."""
    script = textwrap.dedent(
        """
        import importlib.abc
        import sys

        class NoQt(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] in {"PySide6", "shiboken6", "matplotlib"}:
                    raise ImportError(f"{name} must not be needed by a subcommand")
                return None

        sys.meta_path.insert(0, NoQt())
        from ui.shell.app import main

        folder, target, demo = sys.argv[1], sys.argv[2], sys.argv[3]
        codes = [
            main(["--data-dir", folder, "export", "ics", "-o", target]),
            main(["--data-dir", folder, "import", "ics", target]),
            # A new demo journal is made, and written out, without Qt too.
            main(["--demo", "--data-dir", demo, "export", "json", "-o", target + ".json"]),
        ]
        loaded = sorted(m for m in sys.modules if m.partition(".")[0] in {"PySide6", "shiboken6"})
        print(codes, loaded)
        """
    )
    env = {k: v for k, v in os.environ.items() if k not in HEADLESS}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(real_journal),
            str(tmp_path / "trip.ics"),
            str(tmp_path / "demo"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[0, 0, 0] []", result.stdout + result.stderr


G_CSF = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Clinic//EN\r\nBEGIN:VEVENT\r\n"
    "UID:gcsf@clinic.example\r\nDTSTAMP:20270101T000000Z\r\nSUMMARY:G-CSF injection\r\n"
    "DTSTART;TZID=America/Tijuana:20270301T080000\r\n"
    "DTEND;TZID=America/Tijuana:20270301T081500\r\n"
    "RRULE:FREQ=DAILY;COUNT=5\r\nEXDATE;TZID=America/Tijuana:20270303T080000\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_repeating_event_comes_in_as_each_day_or_as_one_span(tmp_path: Path) -> None:
    clinic = tmp_path / "clinic.ics"
    clinic.write_text(G_CSF, encoding="utf-8")
    each, span = tmp_path / "each", tmp_path / "span"

    result = run_journey("--data-dir", str(each), "import", "ics", str(clinic), drop=HEADLESS)
    assert result.stdout == f"imported {clinic}: 4 added, 0 updated\n"  # 5 days, one excepted
    assert [d.start.day for _, _, d in itinerary(each)] == [1, 2, 4, 5]

    result = run_journey(
        "--data-dir", str(span), "import", "ics", str(clinic), "--repeats", "span", drop=HEADLESS
    )
    assert result.stdout == f"imported {clinic}: 1 added, 0 updated\n"
    ((_, _, details),) = itinerary(span)
    assert (details.start.day, details.end.day if details.end else None) == (1, 5)
