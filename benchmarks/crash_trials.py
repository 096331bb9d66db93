"""Crash-safety trials (run by hand, not a test): a writer saving entries through the journal's
services is killed with SIGKILL at a random moment, N times over.

    python benchmarks/crash_trials.py [--trials N] [--seed S]

Each trial is the one tests/journey/test_crash_safety.py runs a dozen of: copy an empty journal,
start the writer, kill it 50–400 ms after its first acknowledgement, reopen the journal, run
SQLite's quick_check and foreign_key_check, and compare what is stored with every entry the
writer acknowledged. Prints how many trials ran, how many acknowledged entries were checked,
how many trials failed (the target is none: SPEC §5, "never loses an entry"), and the timing.
POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import measure  # noqa: F401  # sets up the path

from tests.journey.test_crash_safety import KILL_DELAY_S, Trial, fresh_template, run_trial


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0, help="the first trial's kill-delay seed")
    args = parser.parse_args()
    if sys.platform == "win32":
        print("SIGKILL trials need a POSIX system")
        return 2

    work = Path(tempfile.mkdtemp(prefix="journey-crash-trials-"))
    template = fresh_template(work / "template")
    started = time.perf_counter()
    trials: list[Trial] = []
    for n in range(args.trials):
        trial = run_trial(template, work / f"trial-{n}", seed=args.seed + n)
        trials.append(trial)
        for problem in trial.problems:
            print(f"trial {n} (seed {args.seed + n}): {problem}")
        if not trial.problems:  # a failed trial's journal is kept to look at
            shutil.rmtree(work / f"trial-{n}")
            (work / f"trial-{n}-writer-stderr.txt").unlink()
    total = time.perf_counter() - started

    failed = sum(1 for t in trials if t.problems)
    acknowledged = sum(t.acknowledged for t in trials)
    stored = sum(t.stored for t in trials)
    cut_off = sum(1 for t in trials if t.killed_between_commit_and_ack)
    per_trial = [t.seconds for t in trials]
    low, high = (int(s * 1000) for s in KILL_DELAY_S)
    print(f"trials:                    {len(trials)} (kill {low}–{high} ms after the first ack)")
    print(f"acknowledged entries:      {acknowledged} checked, {stored} found stored")
    print(
        f"acknowledged per trial:    min {min(t.acknowledged for t in trials)}, "
        f"median {statistics.median(t.acknowledged for t in trials):.0f}, "
        f"max {max(t.acknowledged for t in trials)}"
    )
    print(f"killed after a commit, before its ack: {cut_off} trials (that entry was kept)")
    print(f"failures:                  {failed}   target 0: {'PASS' if failed == 0 else 'FAIL'}")
    median = statistics.median(per_trial)
    print(
        f"time:                      {total:.1f} s in all, median {median:.2f} s, "
        f"worst {max(per_trial):.2f} s a trial (machine: {os.cpu_count()} CPUs)"
    )
    if failed:
        print(f"the failed trials' journals are in {work}")
    else:
        shutil.rmtree(work)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
