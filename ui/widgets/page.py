"""The one contract every section of the main window keeps.

A page has a title and a line saying what it is for (the same header everywhere), a ``status``
signal for what it says to the status bar and screen readers, and ``cares_about(change)``: the
window refreshes a built page only when a write touched what it shows (journey.changes, in the
spirit of Anki's ``OpChanges``). Pages never tell each other about writes: every service write
announces its own ``Change``.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from journey.changes import Change
from ui.widgets.themes import SPACE


class Page(QWidget):
    """A section of the window. ``scrolls``: the content scrolls under a fixed width (pages
    of sections); else it fills the page (pages built around one table)."""

    status = Signal(str)
    # What the page shows; a write touching any of it refreshes the page (``refresh``).
    shows: ClassVar[Change] = Change.NONE

    def __init__(self, *, scrolls: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        if scrolls:
            outer.setContentsMargins(0, 0, 0, 0)
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll_area: QScrollArea | None = area
            content = QWidget()
            area.setWidget(content)
            outer.addWidget(area)
            self.layout_ = QVBoxLayout(content)
        else:
            self.scroll_area = None
            self.layout_ = outer
        self.layout_.setSpacing(SPACE["m"])
        side, top = SPACE["l"], SPACE["m"]
        self.layout_.setContentsMargins(side, top, side, top)
        self.title = QLabel()
        self.title.setProperty("role", "headline")
        self.title.setWordWrap(True)
        self.layout_.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setVisible(False)
        self.layout_.addWidget(self.intro)

    def set_heading(self, title: str, intro: str = "") -> None:
        """The page's title (also its name for screen readers) and what it is for."""
        self.setAccessibleName(title)
        if self.scroll_area is not None:
            self.scroll_area.setAccessibleName(title)
        self.title.setText(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))

    def cares_about(self, change: Change) -> bool:
        return bool(change & self.shows)

    def refresh(self) -> None:
        """Read again what the page shows (called when a write touched it)."""
