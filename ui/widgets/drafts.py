"""Unsaved drafts of the quick log and the rating form (issue 7): what was typed is kept in the
journal as it is typed, survives a crash or a closed window, and is offered back the next time
the form opens. Saving clears it, and so does Cancel (a deliberate "no").

The draft lives in the journal (``DraftService``), beside the settings, so it
is backed up with it and never lies around in a file of its own.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from journey.errors import StorageFailed
from ui.widgets.forms import set_choice
from ui.words.time import moment_text

if TYPE_CHECKING:
    from journey.services.settings import DraftService
    from ui.widgets.forms import Form
    from ui.widgets.moment import MomentFields

WRITE_AFTER_MS = 700  # a pause in typing


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    return None


class Draft(QObject):
    """Keeps ``form``'s typed values (and the moment) as the draft of ``name`` ("quick_log",
    "rating") while the form is open."""

    def __init__(self, drafts: DraftService, name: str, form: Form, moment: MomentFields) -> None:
        super().__init__(form)
        self.drafts = drafts
        self.name = name
        self.form = form
        self.moment = moment
        self.restored = False  # a draft was brought back
        self.restored_from: datetime | None = None  # the moment of the entry brought back
        self._blank = self.snapshot()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_AFTER_MS)
        self._timer.timeout.connect(self.write)
        stored = drafts.get(name)
        if isinstance(stored, dict) and isinstance(stored.get("fields"), dict):
            self._apply(stored)
        for widget in form.fields.values():
            for signal in ("textChanged", "currentIndexChanged", "dateChanged", "timeChanged"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self._timer.start)

    def snapshot(self) -> dict[str, Any]:
        fields = {
            name: _value(widget)
            for name, widget in self.form.fields.items()
            if _value(widget) is not None
        }
        at, problems = self.moment.read()
        return {"fields": fields, "at": None if problems else at.isoformat()}

    def write(self) -> None:
        """Store what is typed now (nothing, if the form is as it opened)."""
        self._timer.stop()
        snapshot = self.snapshot()
        blank = snapshot["fields"] == self._blank["fields"] and snapshot["at"] == self._blank["at"]
        with contextlib.suppress(StorageFailed):  # the form itself still holds it all
            self.drafts.put(self.name, None if blank else snapshot)

    def clear(self) -> None:
        self._timer.stop()
        with contextlib.suppress(StorageFailed):
            self.drafts.put(self.name, None)

    def reset(self) -> None:
        """Empty the form again (as it opened) and forget the draft."""
        self._apply(self._blank)
        self.restored, self.restored_from = False, None
        self.clear()

    def _apply(self, stored: dict[str, Any]) -> None:
        self.restored = True
        for name, value in stored["fields"].items():
            widget = self.form.fields.get(name)
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QComboBox):
                set_choice(widget, str(value))
        if stored.get("at"):
            with contextlib.suppress(ValueError):
                at = datetime.fromisoformat(stored["at"])
                self.moment.offer(at)
                self.restored_from = at

    def note(self) -> str:
        """What the form says above its fields when it brings a draft back."""
        if self.restored_from is None:
            return self.tr("Brought back what you typed here before and did not save.")
        local = self.restored_from.astimezone(ZoneInfo(self.moment.zone))
        when = moment_text(local, "d MMM")
        return self.tr("Brought back what you typed for %1 and did not save.").replace("%1", when)
