"""Crash-safety trials (run by hand, not a test): processes writing to the journal are killed
with SIGKILL at a random moment, many times over. Three kinds of trial:

    python benchmarks/crash_trials.py [--trials N] [--copy-trials N] [--cli-trials N] [--seed S]

entries (--trials, 200)   the trial tests/journey/test_crash_safety.py runs a dozen of: copy an
    empty journal, start a writer saving entries through the services, kill it 50–400 ms after
    its first acknowledgement, reopen the journal, run SQLite's quick_check and
    foreign_key_check, and compare what is stored with every entry the writer acknowledged
    (SPEC §5, "never loses an entry").
copies (--copy-trials, 100)   the trial tests/journey/test_private_copies.py runs a dozen of: a
    copier making copies of a 4 MB journal one after another (a backup, an export to a file,
    a restore, a recovery, an encrypted copy) is killed at a random moment; then no file in
    the journal's folder, its backups/ or the export's folder may be readable by group or
    others, and opening the journal must remove every partial copy (issue 21).
cli (--cli-trials, 50)   ``journey backup -o FILE`` of a 40 MB journal as a user runs it,
    killed at a random moment within the time an uncut run takes; then the same checks
    (issue 21's own report: 13 of 30 runs killed after 0.3 s left a partial copy readable by
    all).

Prints, for each kind, how many trials ran, what they checked, how many failed (the target is
none) and the timing. A value of 0 skips a kind. POSIX only (SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import measure  # noqa: F401  # sets up the path

from journey.journal import JOURNAL_FILE, open_journal
from tests.journey.test_crash_safety import KILL_DELAY_S, Trial, fresh_template, run_trial
from tests.journey.test_private_copies import (
    KILL_DELAY_S as COPY_KILL_DELAY_S,
)
from tests.journey.test_private_copies import (
    REPO,
    CopyTrial,
    copies_template,
    hidden_copies,
    run_copy_trial,
    shared_with_others,
)

CLI_PADDING = 2000  # entries of 20 kB: a 40 MB journal, so that the copy is most of a run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200, help="entry-writer trials")
    parser.add_argument("--copy-trials", type=int, default=100, help="copier trials")
    parser.add_argument("--cli-trials", type=int, default=50, help="journey backup -o trials")
    parser.add_argument("--seed", type=int, default=0, help="the first trial's kill-delay seed")
    args = parser.parse_args()
    if sys.platform == "win32":
        print("SIGKILL trials need a POSIX system")
        return 2

    work = Path(tempfile.mkdtemp(prefix="journey-crash-trials-"))
    failed = 0
    if args.trials:
        failed += entry_trials(work / "entries", args.trials, args.seed)
    if args.copy_trials:
        failed += copy_trials(work / "copies", args.copy_trials, args.seed)
    if args.cli_trials:
        failed += cli_trials(work / "cli", args.cli_trials, args.seed)
    if failed:
        print(f"the failed trials' folders are in {work}")
    else:
        shutil.rmtree(work)
    return 0 if failed == 0 else 1


def entry_trials(work: Path, count: int, seed: int) -> int:
    """The entry writer killed ``count`` times; returns how many trials failed."""
    template = fresh_template(work / "template")
    started = time.perf_counter()
    trials: list[Trial] = []
    for n in range(count):
        trial = run_trial(template, work / f"trial-{n}", seed=seed + n)
        trials.append(trial)
        for problem in trial.problems:
            print(f"entries trial {n} (seed {seed + n}): {problem}")
        if not trial.problems:  # a failed trial's journal is kept to look at
            shutil.rmtree(work / f"trial-{n}")
            (work / f"trial-{n}-writer-stderr.txt").unlink()
    total = time.perf_counter() - started

    failed = sum(1 for t in trials if t.problems)
    acknowledged = sum(t.acknowledged for t in trials)
    stored = sum(t.stored for t in trials)
    cut_off = sum(1 for t in trials if t.killed_between_commit_and_ack)
    low, high = (int(s * 1000) for s in KILL_DELAY_S)
    print("entries: a writer saving entries, killed")
    print(f"  trials:                    {len(trials)} (kill {low}–{high} ms after the first ack)")
    print(f"  acknowledged entries:      {acknowledged} checked, {stored} found stored")
    print(
        f"  acknowledged per trial:    min {min(t.acknowledged for t in trials)}, "
        f"median {statistics.median(t.acknowledged for t in trials):.0f}, "
        f"max {max(t.acknowledged for t in trials)}"
    )
    print(f"  killed after a commit, before its ack: {cut_off} trials (that entry was kept)")
    _verdict(failed, total, [t.seconds for t in trials])
    return failed


def copy_trials(work: Path, count: int, seed: int) -> int:
    """The copier killed ``count`` times; returns how many trials failed."""
    template = copies_template(work / "template")
    started = time.perf_counter()
    trials: list[CopyTrial] = []
    for n in range(count):
        trial = run_copy_trial(template, work / f"trial-{n}", seed=seed + n, reopen=True)
        trials.append(trial)
        for problem in trial.problems:
            print(f"copies trial {n} (seed {seed + n}): {problem}")
        if not trial.problems:
            shutil.rmtree(work / f"trial-{n}")
    total = time.perf_counter() - started
    low, high = (int(s * 1000) for s in COPY_KILL_DELAY_S)
    print("copies: backups, exports, restores, recoveries and encrypted copies, killed")
    _copy_figures(trials, f"kill {low}–{high} ms after the copier is ready")
    failed = sum(1 for t in trials if t.problems)
    _verdict(failed, total, [t.seconds for t in trials])
    return failed


def cli_trials(work: Path, count: int, seed: int) -> int:
    """``journey backup -o FILE`` killed ``count`` times; returns how many trials failed."""
    template = copies_template(work / "template", padding=CLI_PADDING)
    _journey_backup(template, work / "warm-up.sqlite3").wait()  # the disk cache filled
    started = time.perf_counter()
    _journey_backup(template, work / "uncut.sqlite3").wait()
    whole = time.perf_counter() - started
    started = time.perf_counter()
    trials: list[CopyTrial] = []
    for n in range(count):
        trial = _cli_trial(template, work / f"trial-{n}", random.Random(seed + n).uniform(0, whole))
        trials.append(trial)
        for problem in trial.problems:
            print(f"cli trial {n} (seed {seed + n}): {problem}")
        if not trial.problems:
            shutil.rmtree(work / f"trial-{n}")
    total = time.perf_counter() - started
    print("cli: journey backup -o FILE, killed")
    _copy_figures(trials, f"kill 0–{whole * 1000:.0f} ms after start, an uncut run's time")
    failed = sum(1 for t in trials if t.problems)
    _verdict(failed, total, [t.seconds for t in trials])
    return failed


def _journey_backup(folder: Path, target: Path) -> subprocess.Popen[bytes]:
    command: Sequence[str] = [sys.executable, "-m", "ui", "--data-dir", str(folder)]
    return subprocess.Popen(
        [*command, "backup", "-o", str(target)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
    )


def _cli_trial(template: Path, trial_folder: Path, delay: float) -> CopyTrial:
    started = time.perf_counter()
    trial = CopyTrial()
    folder, out = trial_folder / "journal", trial_folder / "out"
    shutil.copytree(template, folder)
    out.mkdir()
    process = _journey_backup(folder, out / "journal-copy.sqlite3")
    try:
        time.sleep(delay)  # the random moment is the point: no condition to wait on instead
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    trial.files = sum(1 for p in trial_folder.rglob("*") if p.is_file())
    trial.problems += [f"readable by others: {name}" for name in shared_with_others([folder, out])]
    trial.leftovers = len(hidden_copies(folder)) + len(list(out.glob(".*")))
    open_journal(folder).close()
    trial.problems += [f"left after opening: {p.name}" for p in hidden_copies(folder)]
    if not (folder / JOURNAL_FILE).exists():
        trial.problems.append("the journal is gone")
    trial.seconds = time.perf_counter() - started
    return trial


def _copy_figures(trials: list[CopyTrial], kill: str) -> None:
    cut = sum(1 for t in trials if t.leftovers)
    shared = sum(1 for t in trials if any("readable by others" in p for p in t.problems))
    kept = sum(1 for t in trials if any("left after opening" in p for p in t.problems))
    print(f"  trials:                    {len(trials)} ({kill})")
    print(f"  files checked:             {sum(t.files for t in trials)}")
    partial = sum(t.leftovers for t in trials)
    print(f"  kills leaving a partial copy: {cut} trials ({partial} files)")
    print(f"  a file readable by others: {shared} trials   target 0")
    print(f"  a partial copy left after opening: {kept} trials   target 0")


def _verdict(failed: int, total: float, per_trial: list[float]) -> None:
    print(f"  failures:                  {failed}   target 0: {'PASS' if failed == 0 else 'FAIL'}")
    print(
        f"  time:                      {total:.1f} s in all, "
        f"median {statistics.median(per_trial):.2f} s, worst {max(per_trial):.2f} s a trial "
        f"(machine: {os.cpu_count()} CPUs)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
