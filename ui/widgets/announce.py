"""Saying what just happened, to everyone: a calm line in the main window's status bar for the
eyes, and an announcement for screen readers (Qt's QAccessibleAnnouncementEvent, Qt 6.8+).

Every save (a quick log, a rating, a side effect, an itinerary item…) and every new red flag
comes through ``announce``: the pages emit their ``status`` signal, the main window's ``say``
calls this. A red flag is ``urgent``: a screen reader interrupts what it is saying for it.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QMainWindow, QWidget


def _status_window(source: QWidget) -> QMainWindow | None:
    """The main window whose status bar shows ``source``'s news (a dialog's is its parent's)."""
    widget: QWidget | None = source
    while widget is not None:
        window = widget.window()
        if isinstance(window, QMainWindow):
            return window
        widget = window.parentWidget()
    return None


def announce(source: QWidget, message: str, *, urgent: bool = False) -> None:
    """Show ``message`` in the status bar (it stays until the next one: nothing timed) and ask
    assistive technology to read it out."""
    window = _status_window(source)
    speaker: QWidget = source
    if window is not None:
        window.statusBar().showMessage(message)
        speaker = window.statusBar()
    # Qt 6.8 added announcements; without them the status bar still says it.
    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_type is None or not QAccessible.isActive():
        return  # no screen reader listening: building the event would be wasted work
    event = event_type(speaker, message)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
