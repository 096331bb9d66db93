"""“Start Journey minimised when I log in”: on Linux and other XDG desktops, a desktop entry in
$XDG_CONFIG_HOME/autostart (the XDG Autostart specification), written when the box is ticked
and removed when it is cleared. Windows and macOS are not done yet: nothing is written there.

The entry starts the same Journey on the same journal: the ``journey`` command if it is the one
running, else this interpreter with ``-m ui``; ``--data-dir`` when the journal is not in the
default place, ``--demo`` for the demo; and ``--minimised``, which starts in the tray.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

FILE_NAME = "journey.desktop"
_SPECIALS = '"`$\\'  # escaped inside a quoted argument (Desktop Entry spec, "Exec key")


def supported(platform: str | None = None) -> bool:
    """Whether this system takes an autostart entry Journey knows how to write."""
    platform = sys.platform if platform is None else platform
    return platform not in ("win32", "cygwin", "darwin")


def autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or ""
    base = Path(config) if Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / FILE_NAME


def command(folder: Path | None = None, *, demo: bool = False) -> list[str]:
    """The words that start this Journey minimised on ``folder``'s journal."""
    installed = shutil.which("journey")
    running = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    if installed and running == "journey":
        words = [installed]
    else:
        words = [sys.executable, "-m", "ui"]
    if demo:
        words.append("--demo")
    if folder is not None and not _default_place(folder, demo=demo):
        words += ["--data-dir", str(folder)]
    words.append("--minimised")
    return words


def _default_place(folder: Path, *, demo: bool) -> bool:
    from journey.lifecycle import resolve_folder

    try:
        return folder.resolve() == resolve_folder(None, demo=demo).resolve()
    except OSError:
        return False


def exec_line(words: list[str]) -> str:
    """``words`` as a desktop entry's Exec value: each quoted where it must be."""

    def quoted(word: str) -> str:
        plain = word and not any(c in word for c in " \t\n\"'\\><~|&;$*?#()`=%")
        if plain:
            return word
        escaped = "".join("\\" + c if c in _SPECIALS else c for c in word)
        return '"' + escaped.replace("%", "%%") + '"'

    return " ".join(quoted(w) for w in words)


def entry_text(words: list[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Journey\n"
        "Comment=Start Journey minimised, for its reminders\n"
        f"Exec={exec_line(words)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_on() -> bool:
    return supported() and autostart_file().is_file()


def turn_on(words: list[str]) -> Path:
    """Write the entry (whole, or not at all: written beside it, then moved in place)."""
    path = autostart_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{FILE_NAME}.partial")
    partial.write_text(entry_text(words), encoding="utf-8")
    os.replace(partial, path)
    return path


def turn_off() -> None:
    autostart_file().unlink(missing_ok=True)
