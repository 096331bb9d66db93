"""Publishing benchmark (run by hand, not a test).

    python benchmarks/publish.py [--items N] [--runs N]

Starts Radicale on 127.0.0.1 (a temporary folder, one user; as tests/integration/test_caldav.py
does), fills a fresh journal with N itinerary items (default 200) across three zones, then
times:

  (a) the first publish of every item to an empty account (target <= 5 s)
  (b) publishing one changed item, the median of R runs (default 20) (target <= 300 ms)
  (c) a publish with nothing changed, the median of R runs

Exit status: 0 when (a) and (b) meet their targets, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from measure import fresh_journal, report, timed  # sets up the path

from journey.itinerary import ItemDetails
from tests.integration.test_caldav import Radicale

FIRST_TARGET_MS = 5000.0
ONE_CHANGE_TARGET_MS = 300.0
ZONES = ("America/Toronto", "America/Los_Angeles", "America/Tijuana")
KINDS = ("flight", "clinic_appointment", "tests", "iv_infusion", "follow_up", "other")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    server = Radicale(Path(tempfile.mkdtemp(prefix="journey-radicale-")))
    server.start()
    server.add_user("ana", "benchmark")
    try:
        journal, services = fresh_journal("journey-publish-")
        start = datetime(2027, 1, 10, 8, 0)
        for n in range(args.items):
            services.itinerary.add(
                ItemDetails(
                    kind=KINDS[n % len(KINDS)],
                    title=f"Item {n + 1}: appointment at the clinic",
                    start=start + timedelta(hours=7 * n),
                    zone=ZONES[n % len(ZONES)],
                    end=start + timedelta(hours=7 * n + 1),
                    place="Clínica de Prueba, Tijuana",
                    notes="Bring the passport and the list of medicines.",
                )
            )
        publishing = services.publishing

        def publish() -> object:
            return publishing.publish("benchmark", url=server.url, user="ana")

        started = time.perf_counter()
        first = publishing.publish("benchmark", url=server.url, user="ana")
        first_ms = (time.perf_counter() - started) * 1000
        assert first.added == args.items, first
        ok = report(f"first publish of {args.items} items", [first_ms], FIRST_TARGET_MS)

        items = services.itinerary.items()
        turn = iter(range(args.runs))

        def one_change() -> object:
            item = items[next(turn) * 7 % len(items)]
            services.itinerary.update(
                item.id, replace(item.details, title=f"{item.details.title}!")
            )
            started = time.perf_counter()
            result = publish()
            elapsed.append((time.perf_counter() - started) * 1000)
            return result

        elapsed: list[float] = []
        timed(one_change, args.runs)  # the edit itself is not counted, only the publish
        ok = report("publish one changed item", elapsed, ONE_CHANGE_TARGET_MS) and ok
        report("publish with nothing changed", timed(publish, args.runs), ONE_CHANGE_TARGET_MS)
        journal.close()
    finally:
        server.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
