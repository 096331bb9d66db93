"""Shared-folder benchmark (run by hand, not a test).

    python benchmarks/sync_folder.py [--files N] [--runs N]

Builds a shared folder in a temporary directory with N batch files (default 1,000) from the
companion's device, written through ``SharedFolder.write`` (each flushed to the disk), then
times, as the patient's device, the median of R runs (default 50) of:

  (a) ``incoming`` with every file already seen: a sync pass with nothing new (target <= 20 ms)
  (b) ``incoming`` with nothing seen yet: every file offered (one stat each)
  (c) ``listing`` of every device

Exit status: 0 when (a) meets its target, 1 otherwise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from journey.sync.folder import SharedFolder

TARGET_MS = 20.0


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        shared = SharedFolder.create(root, "benchmark-journey")
        start = time.perf_counter()
        names = [
            shared.write("companion", "batch", bytes(600) + i.to_bytes(4, "big"))
            for i in range(args.files)
        ]
        built = time.perf_counter() - start
        shared.write("patient", "card", b"card")
        seen = set(names)

        nothing_new = median_ms(lambda: shared.incoming("patient", seen), args.runs)
        all_new = median_ms(lambda: shared.incoming("patient", ()), args.runs)
        listing = median_ms(shared.listing, args.runs)
        assert shared.incoming("patient", seen) == []
        assert len(shared.incoming("patient", ())) == args.files

    each = built / args.files * 1000
    print(f"{args.files} batch files written in {built:.2f} s ({each:.2f} ms each)")
    print(f"median of {args.runs} runs:")
    print(f"  (a) incoming, nothing new   {nothing_new:7.2f} ms   (target <= {TARGET_MS:.0f} ms)")
    print(f"  (b) incoming, all new       {all_new:7.2f} ms")
    print(f"  (c) listing                 {listing:7.2f} ms")
    passed = nothing_new <= TARGET_MS
    print("target met" if passed else "TARGET MISSED")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
