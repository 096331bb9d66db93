"""One way to write a time per language (issue 17): the same 12- or 24-hour clock in forms,
lists, the PDF's "made on" line and the charts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest
from PySide6.QtCore import QLocale, QTime
from pytestqt.qtbot import QtBot

from ui.widgets.forms import time_box
from ui.words.time import clock_text, moment_text, twelve_hour

EN, ES = QLocale.Language.English, QLocale.Language.Spanish
LOCALES = {
    "en_US": (QLocale(EN, QLocale.Country.UnitedStates), "2:30\u202fPM"),
    "en_GB": (QLocale(EN, QLocale.Country.UnitedKingdom), "14:30"),
    "es_MX": (QLocale(ES, QLocale.Country.Mexico), "2:30\u202fp.m."),
}


@pytest.fixture(params=LOCALES)
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(LOCALES[request.param][0])
    yield request.param
    QLocale.setDefault(before)


def test_a_form_and_a_list_write_the_same_time(qtbot: QtBot, locale: str) -> None:
    written = LOCALES[locale][1]
    box = time_box()
    qtbot.addWidget(box)
    box.setTime(QTime(14, 30))
    assert box.text() == written
    assert clock_text(time(14, 30)) == written
    assert moment_text(datetime(2027, 1, 16, 14, 30)).endswith(f", {written}")
    assert twelve_hour() == (locale != "en_GB")
