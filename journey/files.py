"""Small file-system steps shared by everything that writes a file whole."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Make renames into ``folder`` durable (not possible, nor needed, on Windows)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
