"""Calendar import benchmark (run by hand, not a test): a year of daily occurrences.

    python benchmarks/calendar_import.py [--days N] [--runs N]

Writes a calendar file with one repeating event (RRULE:FREQ=DAILY;COUNT=365, in a named zone,
one day excluded by EXDATE and one moved by its own RECURRENCE-ID event) and four plain ones
(a Google-style UTC event, an all-day one, an airline's UTC flight), then prints the median and
worst time to import it into a journal: read, expand the series, store an item per occurrence.
Each run starts from the same itinerary (the previous import undone, untimed), and the time of
a second import of the same file (nothing changes) is printed too.
Target (issue 17): import ≤ 1 s.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from measure import fresh_journal, report

TARGET_IMPORT_MS = 1000


def calendar_file(days: int) -> bytes:
    events = [
        "UID:gcsf-year@bench.example\r\nSUMMARY:G-CSF injection\r\n"
        "DTSTART;TZID=America/Tijuana:20270101T090000\r\n"
        "DTEND;TZID=America/Tijuana:20270101T091500\r\n"
        f"RRULE:FREQ=DAILY;COUNT={days}\r\n"
        "EXDATE;TZID=America/Tijuana:20270110T090000\r\n",
        "UID:gcsf-year@bench.example\r\nSUMMARY:G-CSF injection (late)\r\n"
        "RECURRENCE-ID;TZID=America/Tijuana:20270111T090000\r\n"
        "DTSTART;TZID=America/Tijuana:20270111T113000\r\n"
        "DTEND;TZID=America/Tijuana:20270111T114500\r\n",
        "UID:consult@bench.example\r\nSUMMARY:Consultation\r\n"
        "DTSTART:20270302T170000Z\r\nDTEND:20270302T180000Z\r\n",
        "UID:rest@bench.example\r\nSUMMARY:Rest days\r\n"
        "DTSTART;VALUE=DATE:20270305\r\nDTEND;VALUE=DATE:20270307\r\n",
        "UID:ac792@bench.example\r\nSUMMARY:AC 792 YYZ-SAN\r\n"
        "DTSTART:20270228T131500Z\r\nDTEND:20270228T184000Z\r\n",
        "UID:hotel@bench.example\r\nSUMMARY:Hotel check-in\r\n"
        "DTSTART;TZID=America/Tijuana:20270301T160000\r\n",
    ]
    body = "".join(
        f"BEGIN:VEVENT\r\nDTSTAMP:20260501T120000Z\r\n{event}END:VEVENT\r\n" for event in events
    )
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Bench//Bench//EN\r\n{body}END:VCALENDAR\r\n"
    ).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    journal, services = fresh_journal("journey-calendar-import-")
    path = Path(tempfile.mkdtemp(prefix="journey-ics-")) / "year.ics"
    path.write_bytes(calendar_file(args.days))
    print(
        f"a file of {path.stat().st_size:,} bytes: one event repeating daily {args.days} "
        f"times and 4 plain ones (machine: {os.cpu_count()} CPUs)"
    )

    times: list[float] = []
    items = 0
    for _ in range(args.runs):
        started = time.perf_counter()
        result = services.calendar.import_(path)
        times.append((time.perf_counter() - started) * 1000)
        items = result.added
        services.calendar.undo_import(result)  # the next run starts from the same itinerary
    print(f"each import added {items} items")
    ok = report(f"import a year of daily occurrences ({items} items)", times, TARGET_IMPORT_MS)

    services.calendar.import_(path)
    again: list[float] = []
    for _ in range(args.runs):
        started = time.perf_counter()
        services.calendar.import_(path)  # the same file again: every event unchanged
        again.append((time.perf_counter() - started) * 1000)
    ok &= report("import the same file again (nothing changes)", again, TARGET_IMPORT_MS)
    journal.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
