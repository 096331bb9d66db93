"""Logging out (SIGTERM) closes Journey as Quit does, closing backup included (issue 21, 14)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is how a POSIX session ends")
def test_sigterm_closes_the_window_and_takes_the_closing_backup(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "JOURNEY_STARTUP_PROBE": "1",  # says "today" once Today shows the journal
    }
    journey = subprocess.Popen(
        [sys.executable, "-m", "ui", "--data-dir", str(folder), "--demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert journey.stdout is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = journey.stdout.readline()
            if line.startswith("today") or not line:
                break
        assert line.startswith("today"), journey.stderr.read() if journey.stderr else ""
        journey.send_signal(signal.SIGTERM)
        code = journey.wait(timeout=30)
    finally:
        if journey.poll() is None:
            journey.kill()
            journey.wait()
    assert code == 0
    backups = sorted(p.name for p in (folder / "backups").glob("journal-automatic-*.sqlite3"))
    assert len(backups) == 1, backups  # taken on closing: the demo changed since no backup
