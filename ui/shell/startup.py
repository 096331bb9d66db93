"""Start-up's tricks, in one place, each with what it buys (benchmarks/startup.py measures).

- The journal folder is claimed with the standard library alone, and SQLAlchemy is imported
  only after the window is shown (ui.shell.app): the window appears about 300 ms sooner.
- The first window touches no member of PySide's ``Qt`` namespace, whose first use builds 94
  enums (about 15 ms; ui.widgets.themes, ui.shell.main_window).
- No garbage collection until Today shows (ui.shell.app.run_app): the collector would walk
  start-up's long-lived objects some 170 times, about 45 ms.
- ``quicken_pyside_import_hook`` below: PySide's check of every later import, made cheap.
"""

from __future__ import annotations

import os
import sys
from typing import Any

# Packages that never import PySide6: the domain (an import-linter contract) and the
# libraries it loads after the window is shown, SQLAlchemy's 130 modules above all.
NEVER_PYSIDE = frozenset({"journey", "sqlalchemy", "sqlcipher3", "zoneinfo", "tzdata"})


def quicken_pyside_import_hook() -> None:
    """Let modules imported after PySide6 load at their normal speed.

    PySide6 checks every module imported after it for the word "PySide6" (its ``__feature__``
    switch, PYSIDE-2029) with ``inspect.getsource``: about half a millisecond a module, over
    100 ms for SQLAlchemy and the journal's own modules. Looking for the same bytes in the
    module's file gives the same answer several times faster. This reaches into PySide6's
    private ``shibokensupport.feature``; anything unexpected leaves PySide6's own check alone.
    """
    feature = sys.modules.get("shibokensupport.feature")
    pyside_check = getattr(feature, "_mod_uses_pyside", None)
    if pyside_check is None or getattr(pyside_check, "quickened", False):
        return

    standard_library = os.path.dirname(os.__file__) + os.sep

    def mod_uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(pyside_check(module))
        if path.startswith(standard_library) or module.__name__.split(".")[0] in NEVER_PYSIDE:
            return False  # not even read: the standard library and these never import it
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(pyside_check(module))

    mod_uses_pyside.quickened = True  # type: ignore[attr-defined]  # a mark on a function
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]  # checked above
