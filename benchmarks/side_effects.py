"""Side-effects benchmark (run by hand, not a test): a journal with 100,000 logged entries.

    python benchmarks/side_effects.py [--entries N] [--runs N]

Prints the median and worst time to (a) save a quick-log entry and see it at the top of the
Side-effects page after a refresh, (b) open the Side-effects page (rows fetched lazily), and
(c) the process's peak resident memory.
Targets (issue 4): quick log to visible ≤ 50 ms, open ≤ 300 ms, memory ≤ 250 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from datetime import UTC, timedelta

from measure import fresh_journal, report  # sets up the path and Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert, select

from journey.services import JournalServices
from journey.services.side_effects import EntryDetails, catalogue
from journey.side_effect_models import SideEffectEntry, Symptom

ZONES = ("America/Tijuana", "America/Toronto", "America/Mexico_City")
TARGET_LOG_MS, TARGET_OPEN_MS, TARGET_MEMORY_MB = 50, 300, 250


def fill(services: JournalServices, count: int, years: float = 3) -> None:
    """``count`` entries over the last ``years`` years, in one transaction of bulk SQL."""
    now = services.clock.now()
    for _, name in catalogue():  # the symptoms' rows, made as the app makes them
        services.side_effects.log(
            EntryDetails(symptom=name, severity=1, at=now - timedelta(days=1200), zone=ZONES[1])
        )
    window = services.watch_windows.start("Reinfusion", now - timedelta(days=30))
    with services.session_factory.begin() as session:
        symptom_ids = list(session.scalars(select(Symptom.id)))
        rng = random.Random(7)
        span = timedelta(days=years * 365).total_seconds()
        rows = []
        for n in range(count):
            at = now - timedelta(seconds=rng.random() * span)
            celsius = round(rng.uniform(36.2, 39.4), 1) if n % 3 == 0 else None
            rows.append(
                {
                    "symptom_id": rng.choice(symptom_ids),
                    "severity": rng.randrange(0, 11),
                    "temperature_c": celsius,
                    "notes": "Notes " * (n % 4),
                    "recorded_by": "patient" if n % 4 else "companion",
                    "at": at.astimezone(UTC),
                    "zone": rng.choice(ZONES),
                    "watch_window_id": window.id if n % 500 == 0 else None,
                }
            )
        session.execute(insert(SideEffectEntry), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.side_effects.page import SideEffectsPage

    journal, services = fresh_journal("journey-side-effects-")
    started = time.perf_counter()
    fill(services, args.entries)
    print(
        f"{services.side_effects.count()} entries written in "
        f"{time.perf_counter() - started:.1f} s (machine: {os.cpu_count()} CPUs)"
    )

    open_times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        page = SideEffectsPage(services)
        page.resize(1200, 800)
        page.show()
        app.processEvents()
        open_times.append((time.perf_counter() - started) * 1000)
        rows = page.model.rowCount()
        page.close()
        page.deleteLater()
        app.processEvents()
    ok = report(f"(b) open the page ({rows} rows fetched)", open_times, TARGET_OPEN_MS)

    page = SideEffectsPage(services)
    page.resize(1200, 800)
    page.show()
    app.processEvents()
    log_times = []
    for n in range(args.runs):
        started = time.perf_counter()
        entry = services.side_effects.log(
            EntryDetails(
                symptom="Headache",
                severity=4,
                at=services.clock.now() - timedelta(seconds=1),
                zone="America/Toronto",
                celsius=37.5 + n / 10,
            )
        )
        page.refresh()
        app.processEvents()
        log_times.append((time.perf_counter() - started) * 1000)
        top = page.model.entry_at(0)
        assert top is not None, "the page shows nothing"
        assert top.id == entry.id, "the new entry is not at the top"
    ok &= report("(a) quick log to visible at the top", log_times, TARGET_LOG_MS)

    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    rss_mb = rss_kb / 1024
    verdict = "PASS" if rss_mb <= TARGET_MEMORY_MB else "FAIL"
    print(f"(c) peak resident memory {rss_mb:.0f} MB   target ≤ {TARGET_MEMORY_MB} MB: {verdict}")
    ok &= rss_mb <= TARGET_MEMORY_MB
    page.close()
    journal.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
