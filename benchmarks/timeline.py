"""Timeline benchmark (run by hand, not a test): a journal with 2,000 itinerary items.

    python benchmarks/timeline.py [--items N] [--runs N]

Prints the median and worst time to (1) open the Timeline page: build it, load every item
into the agenda and week models and show it, and (2) export the itinerary as .ics.
Targets (issue 3): open ≤ 200 ms, export ≤ 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, datetime, timedelta

from measure import fresh_journal, report, timed  # sets up the path and Qt
from PySide6.QtWidgets import QApplication

from journey.dto import CourseData, ProfileData
from journey.itinerary import ITEM_KINDS, ItemDetails, item_problems
from journey.services import JournalServices

ZONES = ("America/Tijuana", "America/Mexico_City", "America/Toronto", "America/Los_Angeles")
TARGET_OPEN_MS, TARGET_EXPORT_MS = 200, 1000


def fill(services: JournalServices, count: int) -> None:
    services.onboarding.complete(
        ProfileData(name="Benchmark", ms_type="RRMS"),
        CourseData(
            "custom",
            "Clínica",
            "Tijuana",
            date(2026, 1, 5),
            datetime.min.time(),
            "America/Tijuana",
            date(2026, 1, 6),
            "America/Toronto",
        ),
        None,
    )
    rng = random.Random(7)
    first = datetime(2026, 1, 5, 8, 0)
    for n in range(count):
        start = first + timedelta(hours=9 * n + rng.randrange(0, 4))
        start = start.replace(hour=max(start.hour, 6))  # mostly daytime, as a trip is
        details = ItemDetails(
            kind=rng.choice(ITEM_KINDS),
            title=f"Item {n}: clinic visit or travel",
            start=start,
            zone=rng.choice(ZONES),
            end=start + timedelta(minutes=rng.choice((30, 60, 120))),
            place="Somewhere" if n % 3 else "",
            notes="Notes " * (n % 5),
        )
        # A late item can end in the hour the clocks skip or repeat (2027-11-07 01:00 in
        # Toronto happens twice), which the itinerary refuses: moved on an hour until clear.
        while item_problems(details):
            details = details.moved(timedelta(hours=1))
        services.itinerary.add(details)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.trip.timeline import TimelinePage

    journal, services = fresh_journal("journey-timeline-")
    folder = journal.folder
    started = time.perf_counter()
    fill(services, args.items)
    print(
        f"{args.items} items written in {time.perf_counter() - started:.1f} s "
        f"(machine: {os.cpu_count()} CPUs)"
    )

    def open_timeline() -> None:
        page = TimelinePage(services)
        page.resize(1100, 700)
        page.show()
        app.processEvents()
        page.close()
        page.deleteLater()

    ok = report("open the Timeline page", timed(open_timeline, args.runs), TARGET_OPEN_MS)
    target = folder.parent / "itinerary.ics"
    ok &= report(
        "export .ics",
        timed(lambda: services.calendar.export(target), args.runs),
        TARGET_EXPORT_MS,
    )
    journal.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
