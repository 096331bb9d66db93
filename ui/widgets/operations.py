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

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget


class Operation(QObject):
    """One piece of background work; ``succeeded`` or ``failed`` arrives on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.progress: Progress | None = None  # set when the work reports progress

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


class Progress(QObject):
    """What a cancellable piece of work sees: ``report(done, total)`` moves the bar (from any
    thread), ``cancelled()`` says whether the person pressed Cancel."""

    moved = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.moved.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
) -> Operation:
    """Run ``work`` off the GUI thread behind a progress dialog with Cancel (shown only if the
    work takes more than a moment). The window stays responsive; Cancel asks the work to stop,
    and the work raises its own "cancelled" error, which arrives in ``on_failure``."""
    from PySide6.QtWidgets import QProgressDialog

    tr = QCoreApplication.translate
    dialog = QProgressDialog(label, tr("operations", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(tr("operations", "Journey"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    progress = Progress(dialog)
    dialog.canceled.connect(progress.cancel)

    def moved(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    progress.moved.connect(moved)

    def finished(handler: Callable[[Any], None]) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            dialog.close()
            dialog.deleteLater()
            handler(result)

        return done

    operation = run_in_background(
        parent, lambda: work(progress), finished(on_success), finished(on_failure)
    )
    operation.progress = progress
    return operation
