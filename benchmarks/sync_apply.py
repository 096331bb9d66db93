"""Sync benchmark (run by hand, not a test): applying 10,000 incoming changes (issue 16: at
most 1 s), and a sync pass with nothing new over a folder of 1,000 batch files (at most
20 ms).

    python benchmarks/sync_apply.py [--changes N] [--batches N]

The changes are quick-log entries logged on one computer, half of them edited afterwards,
applied on another in one transaction. The pass is ``SharingService.sync`` on a journal that
has applied all the batches already.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import time as dt_time
from datetime import timedelta
from pathlib import Path

from measure import fresh_journal  # sets up the path

from journey.outbox import DEVICE_KEY, new_device_id, write_state
from journey.services.side_effects import EntryDetails
from journey.sync.apply import apply_changes, pending_changes

TARGET_APPLY_S, TARGET_PASS_MS = 1.0, 20.0


def idle_pass(batches: int) -> float:
    """The median milliseconds of ``SharingService.sync`` on the patient's journal with nothing
    new, the companion's folder holding ``batches`` batch files the patient has applied (the
    companion has not synced since, so none is pruned)."""
    from journey.dto import CourseData, ProfileData

    folder = Path(tempfile.mkdtemp(prefix="journey-sync-shared-"))
    patient, at_patient = fresh_journal("journey-sync-patient-")
    companion, at_companion = fresh_journal("journey-sync-companion-")
    for journal in (patient, companion):
        with journal.session_factory.begin() as session:
            write_state(session.connection(), DEVICE_KEY, new_device_id())
    today = at_patient.clock.today()
    at_patient.onboarding.complete(
        ProfileData(name="Elena", ms_type="RRMS", diagnosis_year=2015),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica",
            clinic_city="Tijuana",
            arrival_date=today,
            arrival_time=dt_time(12, 0),
            destination_zone="America/Tijuana",
            treatment_start=today,
            home_zone="America/Toronto",
        ),
        None,
    )
    code, _ = at_patient.sharing.init(folder, "Elena's laptop", "patient")
    at_companion.sharing.join(folder, code, "Carlos's laptop", "companion")
    at_patient.sharing.sync()
    at_companion.sharing.sync()
    at_patient.sharing.sync()
    now = at_companion.clock.now()
    for n in range(batches):  # one batch a change: the companion syncs after each log
        at_companion.side_effects.log(
            EntryDetails("Nausea", n % 11, now - timedelta(minutes=n), "America/Toronto")
        )
        at_companion.sharing.sync()
    files = len(list(folder.rglob("*.batch")))
    report = at_patient.sharing.sync()  # applies them all
    assert report.received >= batches, report  # each entry, and its symptom's row
    times = []
    for _ in range(30):
        begun = time.perf_counter()
        quiet = at_patient.sharing.sync()
        times.append((time.perf_counter() - begun) * 1000)
        assert (quiet.received, quiet.sent) == (0, 0), quiet
    print(f"(the folder holds {files:,} batch files)")
    patient.close()
    companion.close()
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--batches", type=int, default=1_000)
    args = parser.parse_args(argv)

    source, sending = fresh_journal("journey-sync-from-")
    target, _ = fresh_journal("journey-sync-to-")
    with target.session_factory.begin() as session:
        write_state(session.connection(), DEVICE_KEY, new_device_id())
    now = sending.clock.now()
    entries = []
    for n in range((args.changes * 2) // 3):
        entries.append(
            sending.side_effects.log(
                EntryDetails("Headache", n % 11, now - timedelta(minutes=n), "America/Toronto")
            )
        )
    for entry in entries[: args.changes - len(entries)]:
        sending.side_effects.update(
            entry.id, EntryDetails(**{**entry.details.__dict__, "notes": "later"})
        )
    with source.engine.connect() as connection:
        changes = [c for _, c in pending_changes(connection)]
    started = time.perf_counter()
    with target.engine.begin() as connection:
        result = apply_changes(connection, changes, wall_ms=time.time_ns() // 1_000_000)
    took = time.perf_counter() - started
    verdict = "PASS" if took <= TARGET_APPLY_S else "FAIL"
    print(
        f"applying {len(changes):,} changes ({result.applied:,} applied, "
        f"{len(result.waiting)} waiting)   {took:6.2f} s   "
        f"target ≤ {TARGET_APPLY_S} s: {verdict}"
    )

    median = idle_pass(args.batches)
    verdict_pass = "PASS" if median <= TARGET_PASS_MS else "FAIL"
    print(
        f"a pass with nothing new over {args.batches:,} batch files   median {median:6.2f} ms   "
        f"target ≤ {TARGET_PASS_MS} ms: {verdict_pass}"
    )
    source.close()
    target.close()
    return 0 if took <= TARGET_APPLY_S and median <= TARGET_PASS_MS else 1


if __name__ == "__main__":
    sys.exit(main())
