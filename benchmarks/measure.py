"""What the benchmark scripts share: a fresh journal to fill, timing, and the verdict line.

Imported by the scripts beside it (``python benchmarks/x.py`` puts this folder on sys.path).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journey.journal import Journal, open_journal
from journey.services import JournalServices
from journey.timekeeping import Clock


def fresh_journal(prefix: str) -> tuple[Journal, JournalServices]:
    """A new, empty journal in a temporary folder, with services on a Toronto clock."""
    folder = Path(tempfile.mkdtemp(prefix=prefix)) / "journal"
    journal = open_journal(folder)
    return journal, JournalServices.build(journal.session_factory, Clock("America/Toronto"))


def timed(action: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds each of ``runs`` calls of ``action`` took."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def report(name: str, times: list[float], target: float) -> bool:
    """Print the median and worst against the target; True if the median meets it."""
    median = statistics.median(times)
    verdict = "PASS" if median <= target else "FAIL"
    print(
        f"{name:<44} median {median:7.1f} ms   worst {max(times):7.1f} ms   "
        f"target ≤ {target} ms: {verdict}"
    )
    return median <= target
