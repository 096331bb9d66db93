"""The net under every save that no dialog catches: a profile edited on Today, a note on a
document, the discharge packet, a deletion, a setting. When the disk refuses the write (full,
read-only, damaged, held by another program), the unit of work has rolled back whole, so the
journal is as it was and the page's fields still hold what was typed. Instead of a traceback
on stderr that nobody reads, the window says why, in words, and a screen reader says it too.

Dialogs that save an entry (ui.widgets.form_dialog.SavesInPlace) keep it and say why
themselves; this is for everything else. Any other exception goes on to the hook that was
there before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journey.errors import StorageFailed


def tell(error: StorageFailed) -> None:
    """Say over the active window that nothing was saved, and why."""
    from ui.widgets.announce import announce
    from ui.words.messages import storage_text

    message = storage_text(error, in_a_dialog=False)
    window = QApplication.activeWindow()
    if window is not None:
        announce(window, message, urgent=True)
    QMessageBox.warning(window, QCoreApplication.translate("storage_net", "Not saved"), message)


def install() -> Callable[[], None]:
    """Catch a StorageFailed that reaches Qt's event loop; returns what takes the net away."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, StorageFailed):
            tell(error)
            return
        previous(kind, error, trace)

    sys.excepthook = hook

    def remove() -> None:
        if sys.excepthook is hook:
            sys.excepthook = previous

    return remove
