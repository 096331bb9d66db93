"""JSON export/import benchmark (run by hand, not a test): a journal with 100,000 entries.

    python benchmarks/exchange_json.py [--entries N] [--runs N]

Prints the median and worst time to (a) export the whole journal with ``write_json`` and
(b) import that file into an empty journal with ``import_json`` (a restore), and the file's
size. Targets (the JSON issue): each ≤ 3 s for 100,000 side-effect entries.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, timedelta
from pathlib import Path

from measure import fresh_journal, report  # sets up the path
from sqlalchemy import func, insert, select

from journey.demo import seed_demo
from journey.exchange.json_document import export_document, import_json, write_json
from journey.journal import open_journal
from journey.services import JournalServices
from journey.services.side_effects import catalogue
from journey.side_effect_models import SideEffectEntry, Symptom

ZONES = ("America/Tijuana", "America/Toronto", "America/Mexico_City")
TARGET_MS = 3000


def fill(services: JournalServices, count: int) -> None:
    """The demo journey, then ``count`` more entries over three years, in bulk SQL."""
    seed_demo(services)
    now = services.clock.now()
    with services.session_factory.begin() as session:
        for key, name in catalogue():  # every shipped symptom, as the quick log makes them
            if session.scalars(select(Symptom.id).where(Symptom.key == key)).first() is None:
                session.add(Symptom(key=key, name=name, built_in=True))
        session.flush()
        symptom_ids = list(session.scalars(select(Symptom.id)))
        rng = random.Random(7)
        span = timedelta(days=3 * 365).total_seconds()
        rows = []
        for n in range(count):
            at = now - timedelta(days=30, seconds=rng.random() * span)
            rows.append(
                {
                    "symptom_id": rng.choice(symptom_ids),
                    "severity": rng.randrange(0, 11),
                    "temperature_c": round(rng.uniform(36.2, 39.4), 1) if n % 3 == 0 else None,
                    "notes": "Worse after lunch, better lying down. " * (n % 3),
                    "recorded_by": "patient" if n % 4 else "companion",
                    "at": at.astimezone(UTC),
                    "zone": rng.choice(ZONES),
                    "watch_window_id": None,
                }
            )
        session.execute(insert(SideEffectEntry), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    journal, services = fresh_journal("journey-exchange-json-")
    started = time.perf_counter()
    fill(services, args.entries)
    with services.session_factory() as session:
        entries = session.scalar(select(func.count()).select_from(SideEffectEntry))
    print(
        f"{entries} side-effect entries written in {time.perf_counter() - started:.1f} s "
        f"(machine: {os.cpu_count()} CPUs)"
    )
    work = Path(tempfile.mkdtemp(prefix="journey-exchange-json-files-"))
    target = work / "journal.json"
    now = services.clock.now()

    export_times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        result = write_json(services.session_factory, target, now=now)
        export_times.append((time.perf_counter() - started) * 1000)
    size = target.stat().st_size
    print(f"the file: {result.records} records, {size / 1_000_000:.1f} MB")
    ok = report("(a) export the journal (write_json)", export_times, TARGET_MS)

    empty = work / "empty"
    open_journal(empty).close()
    import_times = []
    for run in range(args.runs):
        folder = work / f"restore-{run}"
        shutil.copytree(empty, folder)
        restored = open_journal(folder)
        started = time.perf_counter()
        imported = import_json(restored.session_factory, target)
        import_times.append((time.perf_counter() - started) * 1000)
        if run == 0:
            same = export_document(restored.session_factory, now=now) == export_document(
                services.session_factory, now=now
            )
            assert same, "the restored journal does not export the same document"
        restored.close()
        shutil.rmtree(folder)
        assert imported.added + imported.skipped == result.records, imported
    ok &= report("(b) import it into an empty journal (import_json)", import_times, TARGET_MS)

    journal.close()
    shutil.rmtree(work)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
