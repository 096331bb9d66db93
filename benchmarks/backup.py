"""Backup benchmark (run by hand, not a test): a journal with 100,000 side-effect entries.

    python benchmarks/backup.py [--entries N] [--runs N]

Prints the journal's size and the median and worst time of a backup (``VACUUM INTO``, as on
closing) and of a restore, with the backup's size. Issue 7 asks for these figures; it sets no
target.
"""

from __future__ import annotations

import argparse
import statistics
from datetime import UTC, datetime, timedelta

from exchange_json import fill  # the same 100,000 entries as the JSON benchmark
from measure import fresh_journal, timed

from journey.backup import restore, take_backup
from journey.journal import JOURNAL_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    journal, services = fresh_journal("journey-backup-")
    fill(services, args.entries)  # the demo, then the entries
    folder = journal.folder
    journal.close()
    size = (folder / JOURNAL_FILE).stat().st_size
    print(f"journal: {args.entries:,} side-effect entries + the demo, {size / 1e6:.1f} MB")
    now = datetime.now(UTC)
    taken = []

    def back_up() -> None:
        taken.append(take_backup(folder, now + timedelta(seconds=len(taken)), "manual"))

    show("backup (VACUUM INTO)", timed(back_up, args.runs))
    print(f"  backup file: {taken[-1].size / 1e6:.1f} MB")
    show(
        "restore (check, safety backup, swap)",
        timed(lambda: restore(folder, taken[0].path, now + timedelta(hours=1)), 3),
    )


def show(name: str, times: list[float]) -> None:
    print(f"{name:<40} median {statistics.median(times):7.1f} ms   worst {max(times):7.1f} ms")


if __name__ == "__main__":
    main()
