"""Small file-system steps shared by everything that writes a file whole."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

# The wrapped key of an encrypted journal (journey.cipher). Named here, where the claim can
# look for it without loading the cipher's modules: a plain journal starts faster.
KEYS_FILE = "journal.keys"


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
