"""Encryption benchmark (run by hand, not a test): what encryption at rest costs.

    python benchmarks/encryption.py [--runs N] [--saves N]

In one run, on two copies of the demo journal, one plain and one encrypted (journey.cipher):

- start-up: ``journey --demo`` from process start to the window shown and to Today showing
  the journal (as benchmarks/startup.py measures it). For the encrypted copy the passphrase
  is given the moment the unlock dialog would ask, so the figure includes unlocking (scrypt)
  but not a person's typing;
- unlocking alone: scrypt and the AES-GCM unwrap, with the cost stored in the keys file;
- a quick-log save: one side-effect entry stored through the services (as the quick log
  stores it), median of many.

Issue 7 asks for these figures; it sets no target.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from measure import timed
from startup import Summary, child_env, ms, run_once

from journey.backup import journal_files
from journey.cipher import turn_on, unlock
from journey.journal import JOURNAL_FILE, claim_journal
from journey.services import JournalServices
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock

PASSPHRASE = "benchmark passphrase"
ROOT = Path(__file__).resolve().parent.parent

# The app as `journey --data-dir DIR --demo` starts it, the passphrase given when asked.
DRIVER = """
import sys
import ui.widgets.passphrase
def give(claim, parent=None):
    claim.unlock({passphrase!r})
    return True
ui.widgets.passphrase.ask_to_unlock = give
from ui.shell.app import main
raise SystemExit(main(["--data-dir", sys.argv[1], "--demo"]))
"""


def demo_copies() -> tuple[Path, Path]:
    from ui.shell.cli import open_services

    base = Path(tempfile.mkdtemp(prefix="journey-encryption-"))
    plain = base / "plain"
    with open_services(str(plain), demo=True):
        pass
    encrypted = base / "encrypted"
    shutil.copytree(plain, encrypted)
    claim = claim_journal(encrypted)
    try:
        turn_on(encrypted, journal_files(encrypted), PASSPHRASE)
    finally:
        claim.release()
    return plain, encrypted


def start_up(folder: Path, runs: int) -> dict[str, list[float]]:
    argv = [sys.executable, "-c", DRIVER.format(passphrase=PASSPHRASE), str(folder)]
    found: dict[str, list[float]] = {"shown": [], "today": []}
    for _ in range(runs):
        start, stamps, err = run_once(argv, child_env())
        for event, samples in found.items():
            if event not in stamps:
                raise SystemExit(f"no {event} line from {folder}:\n{err}")
            samples.append(stamps[event] - start)
    return found


def saves(folder: Path, count: int, passphrase: str | None) -> list[float]:
    claim = claim_journal(folder)
    if claim.locked:
        claim.unlock(passphrase or "")
    journal = claim.open()
    try:
        services = JournalServices.build(journal.session_factory, Clock("America/Toronto"))
        now = datetime.now(UTC)
        entry = EntryDetails("Headache", 3, now, "America/Toronto", notes="benchmark")
        return timed(lambda: services.side_effects.log(entry), count)
    finally:
        journal.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="start-ups of each journal")
    parser.add_argument("--saves", type=int, default=200, help="quick-log saves of each")
    args = parser.parse_args()
    plain, encrypted = demo_copies()
    size = (encrypted / JOURNAL_FILE).stat().st_size
    print(f"the demo journal, {size / 1e3:.0f} kB; {args.runs} start-ups, {args.saves} saves each")

    unlocks = timed(lambda: unlock(encrypted, encrypted / JOURNAL_FILE, PASSPHRASE), 5)
    print(f"unlocking (scrypt N=2^17, r=8, p=1):    median {statistics.median(unlocks):7.1f} ms")

    # Alternate the two so that a busy moment on the machine falls on both alike.
    runs: dict[str, dict[str, list[float]]] = {"plain": {}, "encrypted": {}}
    for _ in range(args.runs):
        for name, folder in (("plain", plain), ("encrypted", encrypted)):
            for event, samples in start_up(folder, 1).items():
                runs[name].setdefault(event, []).extend(samples)
    for event, label in (("shown", "window shown"), ("today", "Today with data")):
        p = Summary.of(runs["plain"][event])
        e = Summary.of(runs["encrypted"][event])
        print(
            f"start-up to {label:<16} plain {ms(p.median)}   encrypted {ms(e.median)}   "
            f"cost {ms(e.median - p.median)} ({e.median / p.median:.2f}×)"
        )

    plain_saves = saves(plain, args.saves, None)
    encrypted_saves = saves(encrypted, args.saves, PASSPHRASE)
    p, e = statistics.median(plain_saves), statistics.median(encrypted_saves)
    print(
        f"quick-log save                    plain {p:7.1f} ms   encrypted {e:7.1f} ms   "
        f"cost {e - p:7.1f} ms ({e / p:.2f}×)"
    )


if __name__ == "__main__":
    main()
