"""One way to write a time (issue 17): the 24-hour clock in forms, lists, the PDF's "made on"
line and the charts, whatever the language's locale would use, so that a time typed in a form
is never stored twelve hours off (a 12-hour box keeps its "p.m." while "11:10" is typed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest
from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.keys import show_active, tab, type_text
from ui.widgets.forms import time_box
from ui.words.time import clock_text, moment_text

EN, ES = QLocale.Language.English, QLocale.Language.Spanish
LOCALES = {
    "en_US": QLocale(EN, QLocale.Country.UnitedStates),
    "en_CA": QLocale(EN, QLocale.Country.Canada),
    "es_MX": QLocale(ES, QLocale.Country.Mexico),
}


@pytest.fixture(params=LOCALES)
def locale(request: pytest.FixtureRequest) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(LOCALES[request.param])
    yield request.param
    QLocale.setDefault(before)


def test_a_form_and_a_list_write_the_same_time(qtbot: QtBot, locale: str) -> None:
    box = time_box()
    box.setTime(QTime(14, 30))
    show_active(qtbot, box)
    assert box.text() == "14:30"
    assert clock_text(time(14, 30)) == "14:30"
    assert moment_text(datetime(2027, 1, 16, 14, 30)).endswith(", 14:30")


def test_a_morning_time_typed_is_stored_in_the_morning(qtbot: QtBot, locale: str) -> None:
    form = QWidget()
    column = QVBoxLayout(form)
    before, box = QLineEdit(), time_box()
    box.setTime(QTime(12, 0))  # where a new form's box starts
    column.addWidget(before)
    column.addWidget(box)
    show_active(qtbot, form)
    before.setFocus()
    tab(qtbot)  # as a person reaches it
    type_text(qtbot, "11:10")
    tab(qtbot)
    assert box.text() == "11:10"
    assert box.time() == QTime(11, 10)
