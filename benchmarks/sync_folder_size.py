"""Shared-folder size benchmark (run by hand, not a test): how big the shared folder is beside
the journal it shares (issue 16, compaction: at most twice the journal's database).

    python benchmarks/sync_folder_size.py [--entries N] [--later N]

The patient's journal gets ``entries`` side-effect entries (default 100,000), written through
the ORM in transactions of 5,000 so that the outbox records each as the app would (the
snapshot is then built from the rows and their recorded stamps, as for a journal used for
months). It is shared, a second journal joins, and both sync, on one folder both use as a
perfect sync tool would, until a round moves nothing. Then each writes ``later`` more
entries (default 1,000: some weeks of logging) and they sync until settled again.

Printed at each step: the patient's database (its pages: journal.sqlite3 once its WAL is
checkpointed), the shared folder (every file under Journey/), their ratio, the folder's files
by kind, and how long the step took.

Exit status: 0 when the settled folder is at most TARGET times the journal, 1 otherwise.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from measure import fresh_journal  # sets up the path
from sqlalchemy import select, text

from journey.dto import CompanionData, CourseData, ProfileData
from journey.journal import Journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.side_effect_models import SideEffectEntry, Symptom

TARGET = 2.0
ZONE = "America/Toronto"
SYMPTOMS = ("Headache", "Nausea", "Fatigue", "Fever", "Chills", "Rash", "Mouth sores", "Cough")
PHRASES = (
    "after lunch",
    "woke up with it",
    "better after resting",
    "took paracetamol at",
    "worse lying down",
    "mild, went for a walk",
    "nurse checked it",
    "came back in the evening",
    "could not eat much",
    "slept badly",
)
CHUNK = 5_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--later", type=int, default=1_000)
    args = parser.parse_args(argv)

    patient, patient_services = fresh_journal("journey-size-patient-")
    companion, companion_services = fresh_journal("journey-size-companion-")
    root = Path(tempfile.mkdtemp(prefix="journey-size-shared-"))
    _onboard(patient_services)

    began = time.perf_counter()
    _fill(patient, patient_services, args.entries, "patient", seed=1)
    _line(f"{args.entries:,} entries written", patient, root, began)

    began = time.perf_counter()
    code, _ = patient_services.sharing.init(root, "Elena's laptop", "patient")
    _line("shared (the invitation holds the snapshot)", patient, root, began)

    began = time.perf_counter()
    companion_services.sharing.join(root, code, "Tomás's laptop", "companion")
    rounds = _settle(patient_services, companion_services)
    _line(f"joined, settled in {rounds} rounds", patient, root, began)

    began = time.perf_counter()
    _fill(patient, patient_services, args.later, "patient", seed=2)
    _fill(companion, companion_services, args.later, "companion", seed=3)
    rounds = _settle(patient_services, companion_services)
    settled = _line(
        f"{args.later:,} more on each, settled in {rounds} rounds", patient, root, began
    )

    here, there = _entries(patient), _entries(companion)
    same = here == there >= args.entries + 2 * args.later
    print(f"entries: {here:,} in the patient's journal, {there:,} in the companion's")
    verdict = "PASS" if settled <= TARGET and same else "FAIL"
    print(f"settled folder / journal {settled:5.2f}   target ≤ {TARGET}: {verdict}")
    patient.close()
    companion.close()
    return 0 if verdict == "PASS" else 1


def _onboard(services: JournalServices) -> None:
    from datetime import date, time

    services.onboarding.complete(
        ProfileData(name="Elena Ramírez", ms_type="RRMS", diagnosis_year=2015),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Ejemplo",
            clinic_city="Tijuana, Mexico",
            arrival_date=date(2026, 6, 1),
            arrival_time=time(14, 30),
            destination_zone="America/Tijuana",
            treatment_start=date(2026, 6, 4),
            home_zone=ZONE,
        ),
        CompanionData(name="Tomás Ramírez"),
    )


def _fill(journal: Journal, services: JournalServices, count: int, by: str, seed: int) -> None:
    """``count`` entries like a person's: a symptom, a severity, now and then a temperature
    and a note, one every few hours back in time; recorded by the outbox as the app's are."""
    rng = random.Random(seed)
    now = services.clock.now()
    with journal.session_factory() as session:
        known = {s.name: s.id for s in session.scalars(select(Symptom))}
    for name in SYMPTOMS:  # the user's own symptoms, made as the app makes them
        if name not in known:
            services.side_effects.log(EntryDetails(name, 3, now, ZONE, by))
    with journal.session_factory() as session:
        ids = [session.scalars(select(Symptom.id).where(Symptom.name == n)).one() for n in SYMPTOMS]
    for start in range(0, count, CHUNK):
        with journal.session_factory.begin() as session:
            for n in range(start, min(count, start + CHUNK)):
                notes = ""
                if rng.random() < 0.4:
                    notes = f"{rng.choice(PHRASES)} {rng.randint(1, 12)}:{rng.randint(0, 59):02d}"
                session.add(
                    SideEffectEntry(
                        symptom_id=rng.choice(ids),
                        severity=rng.randint(0, 10),
                        temperature_c=round(rng.uniform(36.2, 39.4), 1)
                        if rng.random() < 0.25
                        else None,
                        notes=notes,
                        recorded_by=by,
                        at=now - timedelta(minutes=n * 180 + rng.randint(0, 179)),
                        zone=ZONE,
                    )
                )
                session.flush()  # one entry a flush, with its own stamp, as the app logs one


def _settle(*computers: JournalServices, most: int = 10) -> int:
    """Sync passes on each computer in turn until a whole round moves nothing."""
    for rounds in range(1, most + 1):
        moved = False
        for services in computers:
            report = services.sharing.sync()
            for warning in report.warnings:
                print(f"  warning: {warning}")
            moved |= bool(report.received or report.sent or report.kept_back)
        if not moved:
            return rounds
    return most


def _entries(journal: Journal) -> int:
    with journal.session_factory() as session:
        return len(session.scalars(select(SideEffectEntry.id)).all())


def _database_size(journal: Journal) -> int:
    """The database's size as its pages count it: what journal.sqlite3 is once the WAL is
    checkpointed (the app's connections hold the WAL open, so it is not checkpointed here)."""
    with journal.engine.connect() as connection:
        pages = connection.execute(text("PRAGMA page_count")).scalar_one()
        size = connection.execute(text("PRAGMA page_size")).scalar_one()
    return int(pages) * int(size)


def _line(step: str, journal: Journal, root: Path, began: float) -> float:
    took = time.perf_counter() - began
    database = _database_size(journal)
    files = [path for path in (root / "Journey").rglob("*") if path.is_file()]
    folder = sum(path.stat().st_size for path in files)
    kinds = Counter(path.suffix.lstrip(".") for path in files)
    ratio = folder / database
    print(
        f"{step:<46} journal {database / 1e6:7.2f} MB   folder {folder / 1e6:7.2f} MB   "
        f"ratio {ratio:5.2f}   {took:6.1f} s   "
        + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    )
    return ratio


if __name__ == "__main__":
    sys.exit(main())
