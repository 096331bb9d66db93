"""Slow work off the GUI thread (Anki's operations pattern, STYLE.md): the page starts an
operation, the work runs on a worker thread, and its result or error comes back on the GUI
thread through a queued signal. The window stays responsive meanwhile.

The work gets plain values and calls services (each opens its own unit of work, and
SQLAlchemy's pool gives the thread its own connection); it never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class Operation(QObject):
    """One piece of background work; ``succeeded`` or ``failed`` arrives on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def start(self) -> None:
        threading.Thread(target=self._run, name="journey-operation", daemon=True).start()

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the GUI thread, which shows or re-raises it
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


def run_in_background(
    parent: QObject,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> Operation:
    operation = Operation(work, parent)
    operation.succeeded.connect(on_success)
    operation.failed.connect(on_failure)
    operation.start()
    return operation
