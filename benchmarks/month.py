"""Month benchmark (run by hand, not a test): a month at a glance in a journal of 100,000 logged
entries over three years (some 90 a day, far more than anybody logs: an upper bound).

    python benchmarks/month.py [--entries N] [--runs N]

Prints the median and worst time to (a) read one month (MonthService.month: three queries),
(b) show the Month page on another month (Page Down: the read, the grid, the day's list).
Targets (issue 19, STYLE.md "slow = over ~50 ms"): read ≤ 50 ms, Page Down ≤ 100 ms.
"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, timedelta

from measure import fresh_journal, report, timed  # sets up the path and Qt
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert, select

from journey.services import JournalServices
from journey.services.month import MonthService
from journey.services.side_effects import EntryDetails, catalogue
from journey.side_effect_models import SideEffectEntry, Symptom

TARGET_READ_MS, TARGET_PAGE_MS = 50, 100


def fill(services: JournalServices, count: int) -> None:
    """``count`` entries spread over three years, in bulk SQL."""
    now = services.clock.now()
    for _, name in catalogue():
        services.side_effects.log(
            EntryDetails(symptom=name, severity=1, at=now - timedelta(days=1200), zone="UTC")
        )
    with services.session_factory.begin() as session:
        symptom_ids = list(session.scalars(select(Symptom.id)))
        rng = random.Random(7)
        rows = []
        for n in range(count):
            at = now - timedelta(days=rng.random() * 3 * 365)
            rows.append(
                {
                    "symptom_id": rng.choice(symptom_ids),
                    "severity": rng.randint(0, 10),
                    "temperature_c": round(rng.uniform(36.2, 39.4), 1) if n % 3 == 0 else None,
                    "notes": "",
                    "recorded_by": "patient",
                    "at": at.astimezone(UTC),
                    "zone": "America/Toronto",
                }
            )
        session.execute(insert(SideEffectEntry), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    journal, services = fresh_journal("journey-month-")
    fill(services, args.entries)
    today = services.clock.today()
    reader = MonthService(services.session_factory, services.clock)
    read = timed(lambda: reader.month(today.year, today.month), args.runs)
    in_month = sum(len(d.symptoms) for d in reader.month(today.year, today.month).days)
    print(f"{args.entries} entries, {in_month} in {today:%B %Y}")
    report("read one month", read, TARGET_READ_MS)

    from ui.month.page import MonthPage

    page = MonthPage(services)
    page.resize(1100, 740)
    page.show()
    page.grid.setFocus()
    app.processEvents()

    def page_down_and_back() -> None:
        for key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QTest.keyClick(page.grid, key)
            app.processEvents()

    times = [t / 2 for t in timed(page_down_and_back, args.runs)]
    report("Page Up or Page Down, shown", times, TARGET_PAGE_MS)
    page.close()
    journal.close()


if __name__ == "__main__":
    main()
