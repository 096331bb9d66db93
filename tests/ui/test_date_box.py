"""A typed date is read exactly as typed, or refused with a message (issue 21, part 11): typing
2026-05-10 into the EDSS date once gave 20 Dec 2026, silently. Every date field reads ISO, the
locale's own short and long formats and "10 May 2026" (in the locale and in English); anything
else is refused beside the field, the typed text kept and the date unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from journey.services import JournalServices
from journey.timekeeping import EARLIEST_DATE, LATEST_DATE
from tests.ui.keys import focused, press, show_active, tab, type_text
from ui.widgets.forms import DateBox, ProfileForm, date_box, read_date, write_date

LANGUAGES = ["en", "es"]


@contextmanager
def language(name: str) -> Iterator[QLocale]:
    """The user's locale is ``name`` meanwhile (the tests' own is C)."""
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        yield QLocale(name)
    finally:
        QLocale.setDefault(before)


def typings(day: date, locale: QLocale) -> dict[str, str]:
    """``day`` as people type it: each format a date field must read."""
    shown = QDate(day.year, day.month, day.day)
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")  # the year in full: "26" leaves the century open
    return {
        "ISO": day.isoformat(),
        "short": locale.toString(shown, short),
        "long": locale.toString(shown, QLocale.FormatType.LongFormat),
        "day month year": locale.toString(shown, "d MMM yyyy"),
        "in English": QLocale.c().toString(shown, "d MMM yyyy"),
        "month in full, in English": QLocale.c().toString(shown, "d MMMM yyyy"),
    }


def enter(qtbot: QtBot, box: DateBox, text: str) -> None:
    """Select all that the box shows, type ``text`` over it and press Enter."""
    box.selectAll()
    for char in text:  # as a keyboard sends it, accented letters too (QTest maps only ASCII)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    qtbot.keyClick(box, Qt.Key.Key_Return)


@pytest.fixture
def box(qtbot: QtBot) -> Iterator[DateBox]:
    """An optional date box in a column of its own, as on a page."""
    page = QWidget()
    made = date_box(optional=True)
    QVBoxLayout(page).addWidget(made)
    qtbot.addWidget(page)
    yield made  # pytest-qt holds ``page`` weakly: it lives until here
    page.close()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    day=st.dates(min_value=EARLIEST_DATE, max_value=LATEST_DATE),
    name=st.sampled_from(LANGUAGES),
)
def test_each_format_typed_gives_exactly_that_date(
    qtbot: QtBot, box: DateBox, day: date, name: str
) -> None:
    with language(name) as locale:
        for form, text in typings(day, locale).items():
            write_date(box, None)
            enter(qtbot, box, text)
            assert read_date(box) == day, f"{form}: {text!r} in {name}"
            assert box.refusal() == ""
            assert box.text() == locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


REFUSED = [
    "2026-13-40",  # no 13th month, no 40th day
    "2026-02-29",  # 2026 is not a leap year
    "31/02/2026",  # no 31 February, in either order
    "5/10/26",  # the century would be a guess
    "10 May 26",
    "1899-12-31",  # before 1900 (SPEC §4)
    "1 Jan 2201",  # after 2200
    "10 Mayo 2026x",
    "tomorrow",
    "2026",
]


@pytest.mark.parametrize("name", LANGUAGES)
@pytest.mark.parametrize("text", REFUSED)
def test_what_cannot_be_read_exactly_is_refused_with_a_message_and_nothing_changes(
    qtbot: QtBot, box: DateBox, name: str, text: str
) -> None:
    show_active(qtbot, box.window())
    with language(name):
        write_date(box, date(2026, 3, 1))
        changed: list[QDate] = []
        box.dateChanged.connect(changed.append)
        enter(qtbot, box, text)
        assert read_date(box) == date(2026, 3, 1)
        assert box.text() == text  # kept as typed, to be corrected
        assert box.refusal()
        assert changed == []
        page = box.window()
        shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
        assert shown == [f"⚠ {box.refusal()}"]  # beside the field
        assert box.accessibleDescription() == box.refusal()  # a screen reader hears why


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(alphabet="0123456789/-. ,abcdefghijklmnopqrstuvwxyzMDS", max_size=14))
def test_any_text_is_read_as_one_date_or_refused_never_turned_into_another(
    qtbot: QtBot, box: DateBox, text: str
) -> None:
    """Whatever is typed: "Not set", the date the text names in one of the formats (shown
    again as that date), or a refusal with the date as it was."""
    with language("en") as locale:
        write_date(box, date(2026, 3, 1))
        enter(qtbot, box, text)
        value = read_date(box)
        typed = " ".join(text.split())
        if not text:  # nothing typed over the date
            assert value == date(2026, 3, 1)
        elif box.refusal():
            assert value == date(2026, 3, 1)
            assert box.text() == text
        elif typed in ("", "Not set"):
            assert value is None
        else:
            assert value is not None
            assert EARLIEST_DATE <= value <= LATEST_DATE
            assert (
                typed in typings(value, locale).values()
                or typed.lower() in [t.lower() for t in typings(value, locale).values()]
                or _same_numbers(typed, value)
            )


def _same_numbers(typed: str, value: date) -> bool:
    """A numeric date written with or without leading zeros ("05/10/2026" is 5/10/2026)."""
    import re

    numbers = [int(n) for n in re.findall(r"\d+", typed)]
    return sorted(numbers) == sorted([value.year, value.month, value.day])


def test_the_issues_case_2026_05_10_typed_into_the_edss_date_is_10_may_2026(
    qtbot: QtBot,
) -> None:
    form = ProfileForm(full=False)
    show_active(qtbot, form)
    form.edss_date.setFocus()
    assert focused() is form.edss_date
    type_text(qtbot, "2026-05-10")  # into "Not set": typing starts a date
    tab(qtbot)
    data, problems = form.read()
    assert problems == []
    assert data.edss_date == date(2026, 5, 10)
    assert form.edss_date.text() == "10 May 2026"


def test_a_refused_date_is_said_in_the_forms_row_and_enter_stays_in_the_field(
    qtbot: QtBot,
) -> None:
    form = ProfileForm(full=False)
    show_active(qtbot, form)
    form.edss_date.setFocus()
    type_text(qtbot, "31/02/2026")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.edss_date
    error = form.errors["edss_date"]
    assert error.isVisible()
    assert "cannot read this as a date" in error.text()
    assert form.read()[0].edss_date is None  # still "Not set"
    assert form.edss_date.text() == "31/02/2026"
    # Corrected, the message goes.
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "2026-02-28")
    tab(qtbot)
    assert not error.isVisible()
    assert form.read()[0].edss_date == date(2026, 2, 28)


def test_in_spanish_the_locales_own_formats_are_read(qtbot: QtBot, box: DateBox) -> None:
    with language("es"):
        enter(qtbot, box, "05/10/2026")  # day first, as in Spain
        assert read_date(box) == date(2026, 10, 5)
        enter(qtbot, box, "lunes, 5 de octubre de 2026")
        assert read_date(box) == date(2026, 10, 5)
        enter(qtbot, box, "10 mayo 2026")
        assert read_date(box) == date(2026, 5, 10)
        enter(qtbot, box, "martes, 5 de octubre de 2026")  # 5 October 2026 is a Monday
        assert read_date(box) == date(2026, 5, 10)
        assert box.refusal()


def test_not_set_is_kept_cleared_and_typed_over(qtbot: QtBot, box: DateBox) -> None:
    show_active(qtbot, box.window())
    box.setFocus()
    assert box.text() == "Not set"
    assert read_date(box) is None
    press(qtbot, Qt.Key.Key_Return)
    assert read_date(box) is None
    assert not box.refusal()
    press(qtbot, Qt.Key.Key_Up)  # starts from today
    assert box.date() == QDate.currentDate()
    press(qtbot, Qt.Key.Key_Down)
    assert box.date() == QDate.currentDate().addDays(-1)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Delete)
    assert box.text() == "Not set"
    assert read_date(box) is None
    type_text(qtbot, "3 Oct 2026")
    press(qtbot, Qt.Key.Key_Return)
    assert read_date(box) == date(2026, 10, 3)


def test_a_required_date_left_empty_is_refused(qtbot: QtBot) -> None:
    box = date_box(start_from=date(2026, 4, 1))
    qtbot.addWidget(box)
    assert read_date(box) == date(2026, 4, 1)
    enter(qtbot, box, "")
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.refusal()
    assert read_date(box) == date(2026, 4, 1)


def test_the_calendar_picks_a_date_within_1900_to_2200(qtbot: QtBot, box: DateBox) -> None:
    show_active(qtbot, box.window())
    box.setFocus()
    press(qtbot, Qt.Key.Key_F4)
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.minimumDate() == QDate(1900, 1, 1)
    assert calendar.maximumDate() == QDate(2200, 12, 31)
    calendar.activated.emit(QDate(2027, 3, 14))
    assert not calendar.isVisible()
    assert read_date(box) == date(2027, 3, 14)


def test_the_quick_log_is_not_saved_with_a_date_it_refused(
    qtbot: QtBot, services: JournalServices
) -> None:
    from ui.side_effects.quick_log import QuickLogDialog

    dialog = QuickLogDialog(services)
    show_active(qtbot, dialog)
    dialog.symptom.setText("Headache")
    dialog.severity.setText("5")
    dialog.day.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "2026-13-40")
    tab(qtbot)  # to the time
    assert focused() is dialog.at
    press(qtbot, Qt.Key.Key_Return)  # Enter saves from any field: not with that date
    assert services.side_effects.entries() == []
    assert dialog.isVisible()
    assert dialog.day.text() == "2026-13-40"
    assert "cannot read this as a date" in dialog.form.errors["day"].text()
    assert focused() is dialog.day
