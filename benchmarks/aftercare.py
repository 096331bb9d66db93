"""Aftercare benchmark (run by hand, not a test): five years of weekly ratings on every scale.

    python benchmarks/aftercare.py [--years N] [--runs N]

Prints (a) the time to first show the Aftercare page in a fresh process, matplotlib's import
included, and (b) the median and worst time to redraw a scale's chart once matplotlib is
loaded (choosing another scale: the table, the sentence and the chart).
Target (issue 5): chart redraw ≤ 150 ms.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from measure import fresh_journal, report, timed  # sets up the path and Qt
from PySide6.QtWidgets import QApplication

from journey.aftercare import RatingDetails
from journey.dto import CourseData, ProfileData
from journey.services import JournalServices

TARGET_REDRAW_MS = 150


def fill(services: JournalServices, years: int) -> None:
    """Weekly ratings on all built-in scales for ``years``; treatment in the middle."""
    now = services.clock.now()
    zone = services.clock.zone
    first = now - timedelta(weeks=52 * years)
    treatment = (first + (now - first) / 2).date()
    services.onboarding.complete(
        ProfileData(name="Benchmark", ms_type="RRMS"),
        CourseData(
            protocol="hsct",
            clinic_name="Clinic",
            clinic_city="Tijuana",
            arrival_date=treatment - timedelta(days=3),
            arrival_time=now.time().replace(microsecond=0),
            destination_zone="America/Tijuana",
            treatment_start=treatment,
            home_zone=zone,
        ),
        None,
    )
    ids = [scale.id for scale in services.ratings.scales()]
    for week in range(52 * years):
        values = tuple((scale_id, float((week + n) % 11)) for n, scale_id in enumerate(ids))
        services.ratings.record(RatingDetails(first + timedelta(weeks=week), zone, values))


FIRST_SHOW = """
import sys, time
sys.path.insert(0, {root!r})
started = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from journey.journal import open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from pathlib import Path
journal = open_journal(Path({folder!r}))
services = JournalServices.build(journal.session_factory, Clock("America/Toronto"))
ready = time.perf_counter()
from ui.aftercare.page import AftercarePage
page = AftercarePage(services)
page.resize(1280, 800)
page.show()
app.processEvents()
page.chart.canvas.draw()
print((time.perf_counter() - ready) * 1000)
"""


def first_show_ms(folder: Path) -> float:
    root = str(Path(__file__).resolve().parent.parent)
    code = FIRST_SHOW.format(root=root, folder=str(folder))
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return float(output.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    journal, services = fresh_journal("journey-bench-aftercare-")
    started = time.perf_counter()
    fill(services, args.years)
    count = len(services.ratings.ratings())
    print(f"{count} weekly ratings on 11 scales ({time.perf_counter() - started:.1f} s to fill)")
    folder = journal.folder
    journal.close()

    shows = sorted(first_show_ms(folder) for _ in range(3))
    print(  # no target in the issue: reported for the closing note
        f"{'first show of the page, import included':<44} median {shows[1]:7.1f} ms   "
        f"worst {shows[-1]:7.1f} ms"
    )

    from journey.journal import open_journal

    journal = open_journal(folder)
    services = JournalServices.build(journal.session_factory, services.clock)
    app = QApplication.instance() or QApplication([])
    from ui.aftercare.page import AftercarePage

    page = AftercarePage(services)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    scales = page.scale_box.count()
    choice = iter(range(10_000))

    def another_scale() -> None:
        page.scale_box.setCurrentIndex(next(choice) % scales)
        page.chart.canvas.draw()  # painted now, not when the event loop gets to it

    another_scale()  # warm up: fonts, tick formatters
    ok = report(
        "chart redraw (scale, table and sentence)",
        timed(another_scale, args.runs),
        TARGET_REDRAW_MS,
    )
    journal.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
