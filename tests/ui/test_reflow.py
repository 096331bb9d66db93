"""Reflow instead of truncation (issue 19): every page of the demo, on the screens our users
have (1366×768 laptops, 1280×800), at 100, 150 and 200 % text, in English and Spanish, shows
every visible label, button, cell and column heading whole, and no page or list needs a
sideways scroll."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journey.dto import Settings
from journey.services import JournalServices
from tests.ui.keys import show_active
from tests.ui.layout_checks import clipped, cut_cells, each_page, sideways
from ui.shell.main_window import MainWindow
from ui.widgets.themes import Appearance

SCREENS = [(1366, 768), (1280, 800)]


@pytest.mark.parametrize("size", [100, 150, 200])
@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_page_shows_its_text_whole(
    qtbot: QtBot,
    demo_services: JournalServices,
    appearance: Appearance,
    language: str,
    width: int,
    height: int,
    size: int,
) -> None:
    appearance.apply(Settings(text_size=size))
    window = MainWindow(appearance)
    window.resize(width, height)
    show_active(qtbot, window)
    window.attach(demo_services)
    problems: list[str] = []
    pages = 0
    for name, page in each_page(qtbot, window):
        QApplication.processEvents()
        assert (window.width(), window.height()) == (width, height), name  # not pushed larger
        problems += [f"{name}: {p}" for p in clipped(window) + cut_cells(window) + sideways(page)]
        pages += 1
    assert pages == window.sidebar.count() >= 11
    assert not problems, "\n".join(problems)
