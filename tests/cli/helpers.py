"""What several command-line test modules share: running ``journey`` and reading its answer."""

from __future__ import annotations

import os
import subprocess
import sys

QUIT_WHEN_READY = {"JOURNEY_STARTUP_PROBE": "quit"}


def run_journey(
    *args: str, env: dict[str, str] | None = None, drop: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in drop}
    if "QT_QPA_PLATFORM" not in drop:
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]
