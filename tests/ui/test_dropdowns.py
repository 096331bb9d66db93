"""Dropdowns show their choices (issue 19, part 3): every choice of a short list, at least
eight of a long one, each row whole, in every theme and at 200 % text. Our style sheet cut the
last choice off the type of MS when its box was near the top of the screen: the list opened
over the box, centred on the choice made, and lost what did not fit above."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from ui.widgets.forms import choice_box
from ui.widgets.themes import Appearance
from ui.words.vocabulary import MS_TYPE_CHOICES, translated


def whole_rows(qtbot: QtBot, box: QComboBox) -> int:
    """How many choices the opened list shows whole."""
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    try:
        height = view.viewport().height()
        rows = [view.visualRect(box.model().index(row, 0)) for row in range(box.count())]
        return sum(1 for rect in rows if rect.top() >= 0 and rect.bottom() < height)
    finally:
        box.hidePopup()


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("size", [100, 200])
def test_a_dropdown_shows_every_short_list_and_eight_of_a_long_one(
    qtbot: QtBot, appearance: Appearance, theme: str, size: int
) -> None:
    appearance.apply(Settings(theme=theme, text_size=size))
    window = QWidget()
    column = QVBoxLayout(window)
    ms_type = choice_box(translated(MS_TYPE_CHOICES))
    long = choice_box([(str(n), f"Choice {n}") for n in range(20)])
    column.addWidget(ms_type)
    column.addWidget(long)
    column.addStretch(1)
    window.resize(500, 600)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.move(0, 0)  # at the top of the screen, as a form's first rows on a laptop
    qtbot.wait(20)
    ms_type.setCurrentIndex(ms_type.count() - 1)  # the last choice made: the others above
    long.setCurrentIndex(long.count() - 1)
    assert ms_type.count() == 4
    assert whole_rows(qtbot, ms_type) == 4
    assert whole_rows(qtbot, long) >= 8
