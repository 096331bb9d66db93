"""Report benchmark (run by hand, not a test): the doctor's report for a year of data.

    python benchmarks/report.py [--runs N] [--entries N]

The demo journal holds a year: 52 weekly ratings on 11 scales and a custom one, the stay's
side effects and red flags, relapses, MRIs, EDSS reports and medications. Prints the median
and worst time to write the PDF for the default period (the last year), and, for the median
run's parts: gathering the data, wording it as HTML, and laying out and drawing the PDF
(the charts are drawn there, as vectors).
Target (issue 20): the report for a year of data ≤ 1 s (issue 6 asked for 3 s).

With ``--entries N`` the journal also holds N side-effect entries logged over the last
``--years`` years (3: benchmarks/side_effects.py's journal; its mix of a temperature in every
third entry raises red flags by the hundred thousand): the report stays bounded, its log
summarised by day. Target: a journal of 10⁶ entries in ≤ 10 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from measure import fresh_journal, report, timed  # sets up the path and Qt
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from side_effects import fill

from journey.demo import seed_demo
from journey.report import default_range, gather
from ui.report.document import make_report, write_report
from ui.widgets.pdf import save_pdf

TARGET_MS = 1000
TARGET_LARGE_MS = 10_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entries", type=int, default=0)
    parser.add_argument("--years", type=float, default=3, help="the entries' span, to today")
    args = parser.parse_args()
    _app = QApplication.instance() or QApplication([])
    journal, services = fresh_journal("journey-report-")
    seed_demo(services)
    if args.entries:
        started = time.perf_counter()
        fill(services, args.entries, years=args.years)
        print(f"{args.entries:,} entries logged in {time.perf_counter() - started:.0f} s")
    first, last = default_range(services)
    out = Path(tempfile.mkdtemp(prefix="journey-report-out-")) / "report.pdf"
    print(f"demo journal, {first} to {last}: {len(services.ratings.ratings())} rating sets")
    times = timed(lambda: write_report(services, out, first, last), args.runs)
    report("write the report (PDF)", times, TARGET_LARGE_MS if args.entries else TARGET_MS)
    print(f"  {out.stat().st_size / 1e6:.2f} MB, {len(PdfReader(out).pages)} pages")
    parts: dict[str, list[float]] = {"gather": [], "HTML": [], "PDF layout": []}
    for _ in range(args.runs):
        started = time.perf_counter()
        data = gather(services, first, last)
        gathered = time.perf_counter()
        made = make_report(data)
        drawn = time.perf_counter()
        save_pdf(made.html, out, made.title, author=made.author, drawings=made.drawings)
        done = time.perf_counter()
        parts["gather"].append((gathered - started) * 1000)
        parts["HTML"].append((drawn - gathered) * 1000)
        parts["PDF layout"].append((done - drawn) * 1000)
    for name, values in parts.items():
        print(f"  {name:<16} median {statistics.median(values):7.1f} ms")
    journal.close()


if __name__ == "__main__":
    main()
