"""Outbox benchmark (run by hand, not a test): what recording each change for sharing adds to
a quick-log save (issue 16: at most 1 ms).

    python benchmarks/outbox.py [--runs N]

Saves the same quick-log entry ``runs`` times through the services, once on sessions that
record (as the app's) and once on sessions of the same journal that do not, alternating, and
prints both medians and their difference.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from datetime import timedelta

from measure import fresh_journal, timed  # sets up the path

from journey.db import make_session_factory
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock

TARGET_MS = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args(argv)
    journal, recording = fresh_journal("journey-outbox-")
    plain = JournalServices.build(make_session_factory(journal.engine), Clock("America/Toronto"))
    now = recording.clock.now()

    def log(services: JournalServices) -> None:
        services.side_effects.log(
            EntryDetails(
                "Headache",
                4,
                now - timedelta(minutes=5),
                "America/Toronto",
                celsius=37.4,
                notes="after lunch",
            )
        )

    with_outbox: list[float] = []
    without: list[float] = []
    for _ in range(args.runs):  # alternating, so that both see the same growing journal
        with_outbox += timed(lambda: log(recording), 1)
        without += timed(lambda: log(plain), 1)
    journal.close()
    added = statistics.median(with_outbox) - statistics.median(without)
    print(f"quick-log save, recorded     median {statistics.median(with_outbox):6.2f} ms")
    print(f"quick-log save, not recorded median {statistics.median(without):6.2f} ms")
    verdict = "PASS" if added <= TARGET_MS else "FAIL"
    print(f"the outbox adds {added:5.2f} ms   target ≤ {TARGET_MS} ms: {verdict}")
    return 0 if added <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
