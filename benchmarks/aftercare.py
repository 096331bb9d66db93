"""Aftercare benchmark (run by hand, not a test): five years of weekly ratings on every scale.

    python benchmarks/aftercare.py [--years N] [--runs N]

Prints, for issue 19 part 12:
(a) the time from the click to the Aftercare page on screen (built and painted, its table and
    sentences filled) in a fresh process, cold (the page's modules imported then) and with its
    modules already imported (as in the app, where the window imports them once idle);
    whether matplotlib was loaded by then; and when the chart followed;
(b) the chart redraw (another scale of the same shape: ``ScaleChart.show_scale`` and the
    paint) once matplotlib is loaded; a redraw in another shape (a reversed axis: drawn and
    laid out whole); and the whole change of scale (table, sentences, chart).
Targets: page on screen ≤ 150 ms; chart redraw ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
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

TARGET_SHOW_MS = 150
TARGET_REDRAW_MS = 50


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


# Run in a fresh process: the page built and shown as the window does on a click, then the
# event loop run until the page is painted, then until the chart has been drawn.
FIRST_SHOW = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from journey.journal import open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from pathlib import Path
journal = open_journal(Path({folder!r}))
services = JournalServices.build(journal.session_factory, Clock("America/Toronto"))
if {warm!r}:
    import ui.aftercare.page  # as the window has, once idle after start-up
    from PySide6.QtCore import Qt
    Qt.AlignmentFlag.AlignLeft  # PySide builds its Qt enums on first use
clicked = time.perf_counter()
from ui.aftercare.page import AftercarePage
page = AftercarePage(services)
page.resize(1280, 800)
page.show()
app.processEvents()  # the first paint
shown = time.perf_counter()
matplotlib_then = "matplotlib" in sys.modules
while page.chart.figure is None:
    app.processEvents()
app.processEvents()  # the chart painted
charted = time.perf_counter()
print(json.dumps({{
    "shown": (shown - clicked) * 1000,
    "charted": (charted - clicked) * 1000,
    "matplotlib_at_first_paint": matplotlib_then,
}}))
journal.close()
"""


def first_show(folder: Path, warm: bool) -> dict[str, float]:
    root = str(Path(__file__).resolve().parent.parent)
    code = FIRST_SHOW.format(root=root, folder=str(folder), warm=warm)
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


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

    ok = True
    for warm, name in ((False, "cold: page modules imported on the click"), (True, "warm")):
        runs = [first_show(folder, warm) for _ in range(3)]
        ok &= report(f"page on screen, {name}", [r["shown"] for r in runs], TARGET_SHOW_MS)
        charted = sorted(r["charted"] for r in runs)
        print(f"{'  … the chart drawn after it':<44} median {statistics.median(charted):7.1f} ms")
        loaded = any(r["matplotlib_at_first_paint"] for r in runs)
        print(f"{'  matplotlib loaded at the first paint':<44} {'yes' if loaded else 'no'}")

    from journey.journal import open_journal

    journal = open_journal(folder)
    services = JournalServices.build(journal.session_factory, services.clock)
    app = QApplication.instance() or QApplication([])
    from ui.aftercare.page import AftercarePage

    page = AftercarePage(services)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page.chart.axes()  # drawn now
    app.processEvents()
    # Scales of one shape (rated the same weeks, higher is better): the usual change.
    same_shape: list[int] = []
    shown: list[dict[str, object]] = []
    reversed_axis: list[dict[str, object]] = []  # fatigue, pain: another shape, drawn whole
    for n in range(page.scale_box.count()):
        page.scale_box.setCurrentIndex(n)
        app.processEvents()
        scale, data = page.current_scale(), page.chart._data  # a benchmark looks inside
        if scale is not None and data is not None and scale.details.higher_is_better:
            same_shape.append(n)
            shown.append(dict(data))
        elif data is not None:
            reversed_axis.append(dict(data))
    choice = iter(range(10_000))

    def another_chart() -> None:
        page.chart.show_scale(**shown[next(choice) % len(shown)])  # type: ignore[arg-type]
        app.processEvents()  # painted

    def another_scale() -> None:
        page.scale_box.setCurrentIndex(same_shape[next(choice) % len(same_shape)])
        app.processEvents()

    def another_shape() -> None:  # a reversed axis and back: drawn whole, laid out again
        n = next(choice)
        page.chart.show_scale(**(reversed_axis if n % 2 else shown)[0])  # type: ignore[arg-type]
        app.processEvents()

    another_chart()  # warm up: fonts, tick formatters
    ok &= report("chart redraw, 5 years weekly", timed(another_chart, args.runs), TARGET_REDRAW_MS)
    times = timed(another_shape, args.runs)
    print(  # the rarer case: no target of its own
        f"{'chart redraw, another shape (drawn whole)':<44} median {statistics.median(times):7.1f}"
        f" ms   worst {max(times):7.1f} ms"
    )
    another_scale()
    times = timed(another_scale, args.runs)
    print(  # no target of its own: the table and sentences besides the chart
        f"{'another scale: table, sentences and chart':<44} median {statistics.median(times):7.1f}"
        f" ms   worst {max(times):7.1f} ms"
    )
    journal.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
