"""Where the user is (journey.whereabouts): what the one time rule costs.

Every "what day is it" asks the services' clock for its zone; the plan behind it is read again
after each write that can move it. Prints the cost of both on a journal with a 2,000-item
itinerary. Run by hand: python benchmarks/whereabouts.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from journey.changes import Change
from journey.dto import CourseData
from journey.itinerary import ItemDetails
from journey.journal import open_journal
from journey.services import JournalServices
from journey.services.itinerary import add_items
from journey.timekeeping import Clock

ITEMS = 2_000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        journal = open_journal(Path(folder) / "journal")
        try:
            now = datetime(2027, 1, 20, 12, tzinfo=UTC)
            services = JournalServices.build(journal.session_factory, Clock("UTC", now))
            services.course.save(
                CourseData(
                    "hsct", "Clínica", "Tijuana", date(2027, 1, 16), datetime.min.time(),
                    "America/Tijuana", date(2027, 1, 18), "America/Toronto",
                )
            )  # fmt: skip
            start = datetime(2027, 1, 16, 8)
            drafts = [
                ItemDetails("tests", f"Item {n}", start + timedelta(hours=n), "America/Tijuana")
                for n in range(ITEMS)
            ]
            with journal.session_factory.begin() as session:
                add_items(session, drafts, services.clock)
            services.whereabouts.forget(Change.ITINERARY)

            calls = 100_000
            began = time.perf_counter()
            for _ in range(calls):
                services.clock.zone  # noqa: B018  # the cost of asking
            per_call = (time.perf_counter() - began) / calls * 1e6
            print(f"clock.zone: {per_call:.2f} µs a call ({services.clock.zone})")

            rereads = []
            for _ in range(20):
                began = time.perf_counter()
                services.whereabouts.forget(Change.ITINERARY)
                rereads.append((time.perf_counter() - began) * 1000)
            print(
                f"reading the plan again after a change, {ITEMS:,} items: "
                f"median {statistics.median(rereads):.1f} ms, max {max(rereads):.1f} ms"
            )
        finally:
            journal.close()


if __name__ == "__main__":
    main()
