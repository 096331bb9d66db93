"""Never lose an entry (SPEC §5): a writer process saving through the journal's own services is
killed with SIGKILL at a random moment; afterwards the journal opens again (the lock dies with
the process), SQLite finds the file sound, and every entry the writer acknowledged is stored,
whole, exactly as it was saved.

The trial is importable so that benchmarks/crash_trials.py can run 200 of them.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

from journey.journal import open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock

TRIALS = 12  # the issue asks for at least 10 in CI; each takes about a second
KILL_DELAY_S = (0.05, 0.4)  # after the first acknowledgement, so the kill lands mid-stream
ACK_TIMEOUT_S = 60.0
REPO = Path(__file__).resolve().parents[2]
ZONE = "America/Toronto"

# The writer saves three kinds of entry in turn, each one unit of work through the services:
#   n % 3 == 0  a side effect with a shipped symptom (one row);
#   n % 3 == 1  a side effect with the user's own, new symptom (a symptom row and the entry);
#   n % 3 == 2  a rating of every scale (a rating set and one row per scale).
# Each entry's notes say "entry <n>". Only after the service call returns does it print the
# acknowledgement, a JSON line with what it saved, and flush.
WRITER = """
import json, sys
from datetime import timedelta
from pathlib import Path

from journey.aftercare import RatingDetails
from journey.journal import open_journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails, catalogue
from journey.timekeeping import Clock

folder, zone = Path(sys.argv[1]), sys.argv[2]
journal = open_journal(folder)
services = JournalServices.build(journal.session_factory, Clock(zone))
shipped = [name for _, name in catalogue()]
scales = services.ratings.scales()
n = 0
while True:
    at = services.clock.now() - timedelta(seconds=n)
    note = f"entry {n}"
    if n % 3 == 2:
        values = tuple(
            (s.id, float(s.details.low + (n + i) % int(s.details.high - s.details.low + 1)))
            for i, s in enumerate(scales)
        )
        services.ratings.record(RatingDetails(at, zone, values, notes=note))
        ack = {"n": n, "kind": "rating", "values": [list(v) for v in values]}
    else:
        symptom = shipped[n % len(shipped)] if n % 3 == 0 else f"Own symptom {n}"
        celsius = round(36.0 + (n % 30) / 10, 1) if n % 2 else None
        services.side_effects.log(
            EntryDetails(symptom, n % 11, at, zone, celsius=celsius, notes=note)
        )
        ack = {"n": n, "kind": "side_effect", "symptom": symptom, "severity": n % 11,
               "celsius": celsius}
    sys.stdout.write(json.dumps(ack) + "\\n")
    sys.stdout.flush()
    n += 1
"""


@dataclass
class Trial:
    """What one kill left behind."""

    acknowledged: int = 0  # entries the writer said were saved
    stored: int = 0  # entries found after reopening
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def killed_between_commit_and_ack(self) -> bool:
        return self.stored == self.acknowledged + 1


def fresh_template(folder: Path) -> Path:
    """An empty journal at the newest schema, to copy for each trial (never opened again)."""
    open_journal(folder).close()
    return folder


def _read_acks(stream: IO[str], acks: list[dict[str, Any]], first: threading.Event) -> None:
    for line in stream:
        if not line.endswith("\n"):
            break  # cut off by the kill: its entry may or may not be there
        acks.append(json.loads(line))
        first.set()
    first.set()  # the writer is gone: nobody waits for an acknowledgement that never comes


def run_trial(template: Path, folder: Path, seed: int) -> Trial:
    """Copy ``template`` to ``folder``, start the writer, kill it, reopen and check."""
    started = time.perf_counter()
    trial = Trial()
    shutil.copytree(template, folder)
    errors = folder.parent / f"{folder.name}-writer-stderr.txt"
    acks: list[dict[str, Any]] = []
    first = threading.Event()
    with errors.open("w") as stderr:
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), ZONE],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=REPO,
        )
        assert writer.stdout is not None
        reader = threading.Thread(target=_read_acks, args=(writer.stdout, acks, first))
        reader.start()
        try:
            first.wait(ACK_TIMEOUT_S)
            # The random moment is the point of the test: no condition to wait on instead.
            time.sleep(random.Random(seed).uniform(*KILL_DELAY_S))
            os.kill(writer.pid, signal.SIGKILL)
        finally:
            writer.kill()  # no-op when already dead; a failed wait must not leave it running
            writer.wait()
            reader.join()
            writer.stdout.close()
    if writer.returncode != -signal.SIGKILL:
        tail = errors.read_text()[-2000:]
        trial.problems.append(f"the writer stopped by itself ({writer.returncode}): {tail}")
    trial.acknowledged = len(acks)
    if not acks:
        trial.problems.append("the writer acknowledged nothing before it was killed")
    check_journal(folder, acks, trial)
    trial.seconds = time.perf_counter() - started
    return trial


def check_journal(folder: Path, acks: list[dict[str, Any]], trial: Trial) -> None:
    """Reopen as the app does and compare what is stored with what was acknowledged."""
    try:
        journal = open_journal(folder)  # JournalInUse here: the dead writer's lock outlived it
    except Exception as exc:
        trial.problems.append(f"the journal does not open again: {type(exc).__name__}: {exc}")
        return
    try:
        with journal.engine.connect() as connection:
            verdict = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if verdict != [("ok",)]:
            trial.problems.append(f"quick_check: {verdict[:5]}")
        if broken:
            trial.problems.append(f"foreign_key_check: {broken[:5]}")
        services = JournalServices.build(journal.session_factory, Clock(ZONE))
        _compare(services, acks, trial)
    finally:
        journal.close()


def _number(notes: str) -> int:
    return int(notes.removeprefix("entry "))


def _compare(services: JournalServices, acks: list[dict[str, Any]], trial: Trial) -> None:
    stored_side_effects = services.side_effects.entries()
    stored_ratings = services.ratings.ratings()
    side_effects = {_number(e.details.notes): e for e in stored_side_effects}
    ratings = {_number(r.details.notes): r for r in stored_ratings}
    stored = sorted(_number(x.details.notes) for x in [*stored_side_effects, *stored_ratings])
    trial.stored = len(stored)
    if [ack["n"] for ack in acks] != list(range(len(acks))):
        trial.problems.append("the acknowledgements are not numbered 0, 1, 2…")

    lost = [ack["n"] for ack in acks if ack["n"] not in side_effects and ack["n"] not in ratings]
    if lost:
        trial.problems.append(f"acknowledged entries lost: {lost}")
    # One transaction per entry, one after another: what is stored is the acknowledged entries
    # plus, at most, the one whose acknowledgement the kill cut off.
    if stored not in (list(range(len(acks))), list(range(len(acks) + 1))):
        duplicated = sorted({n for n in stored if stored.count(n) > 1})
        beyond = [n for n in stored if n > len(acks)]
        trial.problems.append(
            f"{len(stored)} entries stored after {len(acks)} acknowledgements "
            f"(stored twice: {duplicated}; never written before the kill: {beyond})"
        )

    scale_count = len(services.ratings.scales())
    for n, rating in ratings.items():
        if len(rating.details.values) != scale_count:  # half a rating set stored
            trial.problems.append(f"entry {n}: {len(rating.details.values)} ratings stored")
    own = {s for s in services.side_effects.symptoms() if s.startswith("Own symptom")}
    used = {e.details.symptom for e in side_effects.values()}
    if own - used:  # a symptom row committed without the entry it was made for
        trial.problems.append(f"symptoms without their entry: {sorted(own - used)}")

    for ack in acks:
        n = ack["n"]
        if ack["kind"] == "rating" and n in ratings:
            saved = [list(v) for v in ratings[n].details.values]
            if sorted(saved) != sorted(ack["values"]):
                trial.problems.append(f"entry {n}: ratings {saved}, saved {ack['values']}")
        elif ack["kind"] == "side_effect" and n in side_effects:
            details = side_effects[n].details
            got = (details.symptom, details.severity, details.celsius)
            if got != (ack["symptom"], ack["severity"], ack["celsius"]):
                trial.problems.append(f"entry {n}: stored {got}, acknowledged {ack}")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; CI runs this on Linux")
def test_every_acknowledged_entry_survives_sigkill_at_a_random_moment(
    template_folder: Path, tmp_path: Path
) -> None:
    trials = [run_trial(template_folder, tmp_path / f"trial-{n}", seed=n) for n in range(TRIALS)]

    problems = [f"trial {n}: {p}" for n, t in enumerate(trials) for p in t.problems]
    assert problems == []
    assert all(t.acknowledged > 0 for t in trials)
    assert sum(t.acknowledged for t in trials) >= 10 * TRIALS  # the kills came mid-stream


def test_a_saved_entry_survives_losing_the_wal_file(journal_folder: Path, tmp_path: Path) -> None:
    """The journal still open (as after a crash), only its main file is kept: a sync tool or
    a person that drops ``journal.sqlite3-wal`` loses nothing saved, because every commit is
    folded into the main file at once (journey.db's ``wal_autocheckpoint``)."""
    from journey.services.side_effects import EntryDetails

    journal = open_journal(journal_folder)
    try:
        services = JournalServices.build(journal.session_factory, Clock(ZONE))
        for n in range(3):
            services.side_effects.log(EntryDetails("Headache", 2, _now(), ZONE, notes=f"kept {n}"))
        copy = tmp_path / "without-wal"
        copy.mkdir()
        shutil.copy2(journal.db_path, copy / journal.db_path.name)  # no -wal, no -shm
    finally:
        journal.close()
    reopened = open_journal(copy)
    try:
        services = JournalServices.build(reopened.session_factory, Clock(ZONE))
        notes = sorted(e.details.notes for e in services.side_effects.entries())
        assert notes == ["kept 0", "kept 1", "kept 2"]
        with reopened.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"
    finally:
        reopened.close()


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)
