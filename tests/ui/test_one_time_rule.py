"""One time rule (issue 17): Today's date, the day of the stay, the protocol day and the quick
log's time follow where the user is by the plan, whatever zone the laptop keeps.

The laptop's zone is set as a person's computer would have it: the process's TZ, read by the
app's own ``system_zone``. Arrival is 16 January 2027 at 23:30 in Tijuana; at 23:45 there it is
still the 16th (arrival day, day 1) though Toronto and UTC are on the 17th, and at 00:15 it is
the 17th (day 2) everywhere.
"""

from __future__ import annotations

import time as time_module
from collections.abc import Iterator
from datetime import UTC, date, datetime, time

import pytest
from pytestqt.qtbot import QtBot

from journey.dto import CourseData
from journey.itinerary import ItemDetails
from journey.journal import Journal
from journey.services import JournalServices
from journey.timekeeping import Clock
from tests.ui.keys import show_active
from ui.shell.app import system_zone
from ui.side_effects.quick_log import QuickLogDialog
from ui.today.page import TodayPage
from ui.widgets.forms import read_date

TIJUANA = "America/Tijuana"
COURSE = CourseData(
    protocol="msc",
    clinic_name="Clínica Renacer",
    clinic_city="Tijuana, Mexico",
    arrival_date=date(2027, 1, 16),
    arrival_time=time(23, 30),
    destination_zone=TIJUANA,
    treatment_start=date(2027, 1, 18),
    home_zone="America/Toronto",
)
FLIGHT_HOME = ItemDetails(
    kind="flight",
    title="Flight home",
    start=datetime(2027, 1, 22, 9, 0),
    zone=TIJUANA,
    end=datetime(2027, 1, 22, 17, 30),
    end_zone="America/Toronto",
)
# (instant, what Today says, the stay's day, the protocol day, the quick log's date and time)
MOMENTS = {
    "23:45 in Tijuana": (
        datetime(2027, 1, 17, 7, 45, tzinfo=UTC),
        "Today is Saturday, 16 January 2027",
        "Arrival day — Tijuana, Mexico",
        "Protocol day 1",
        (date(2027, 1, 16), time(23, 45)),
    ),
    "00:15 in Tijuana": (
        datetime(2027, 1, 17, 8, 15, tzinfo=UTC),
        "Today is Sunday, 17 January 2027",
        "Day 2 of your stay — Tijuana, Mexico",
        "Protocol day 2",
        (date(2027, 1, 17), time(0, 15)),
    ),
}


@pytest.fixture(params=["America/Toronto", "UTC", TIJUANA])
def laptop_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The process's zone, as the laptop keeps it."""
    monkeypatch.setenv("TZ", request.param)
    time_module.tzset()
    yield request.param
    monkeypatch.undo()
    time_module.tzset()


@pytest.mark.parametrize("moment", MOMENTS)
def test_today_the_stay_and_the_quick_log_follow_where_the_user_is(
    qtbot: QtBot, journal: Journal, laptop_zone: str, moment: str
) -> None:
    instant, today, stay, protocol_day, logged = MOMENTS[moment]
    assert system_zone() == laptop_zone
    services = JournalServices.build(journal.session_factory, Clock(system_zone(), instant))
    services.course.save(COURSE)
    services.itinerary.add(FLIGHT_HOME)

    page = TodayPage(services)
    show_active(qtbot, page)
    assert page.date_line.text() == today
    assert page.where_line.text() == stay
    assert page.protocol_day_line.text() == protocol_day
    assert page.here.isVisible() == (laptop_zone != TIJUANA)
    if laptop_zone != TIJUANA:
        assert page.here.line.text() == (
            "Days and times follow Tijuana time, where your plan has you now."
        )

    dialog = QuickLogDialog(services)
    show_active(qtbot, dialog)
    assert (read_date(dialog.day), dialog.at.time().toPython()) == logged


def test_before_the_arrival_today_is_counted_at_home_and_the_arrival_names_both_places(
    qtbot: QtBot, journal: Journal, laptop_zone: str
) -> None:
    # 22:00 in Toronto on 15 January: already the 16th in UTC, still the 15th at home.
    instant = datetime(2027, 1, 16, 3, 0, tzinfo=UTC)
    services = JournalServices.build(journal.session_factory, Clock(system_zone(), instant))
    services.course.save(COURSE)

    page = TodayPage(services)
    show_active(qtbot, page)
    assert page.date_line.text() == "Today is Friday, 15 January 2027"
    assert page.where_line.text() == "You arrive tomorrow — Tijuana, Mexico"
    # 23:30 in Tijuana is 02:30 the next day at home: the place is named, the day marked.
    assert page.arrival_line.text() == (
        "Arrival: Saturday, 16 January 2027, 23:30 Tijuana time (02:30 +1 day Toronto time)"
    )


def test_saying_where_one_is_moves_today_and_following_the_plan_brings_it_back(
    qtbot: QtBot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    instant = MOMENTS["23:45 in Tijuana"][0]
    services = JournalServices.build(journal.session_factory, Clock("UTC", instant))
    services.course.save(COURSE)
    page = TodayPage(services)
    show_active(qtbot, page)
    assert page.date_line.text() == "Today is Saturday, 16 January 2027"
    assert not page.here.follow.isVisible()

    from ui.today import here_panel

    monkeypatch.setattr(here_panel.WhereDialog, "ask", classmethod(lambda *_: "Europe/Madrid"))
    with qtbot.waitSignal(page.here.status) as said:
        page.here.change.click()
    assert said.args == ["Days and times now follow Madrid time."]
    page.refresh()  # as the window does after a change of the settings
    assert page.date_line.text() == "Today is Sunday, 17 January 2027"
    assert page.here.line.text() == "Days and times follow Madrid time, as you said you are there."
    assert page.here.follow.isVisible()

    page.here.follow.click()
    page.refresh()
    assert page.date_line.text() == "Today is Saturday, 16 January 2027"
    assert not page.here.follow.isVisible()


def test_today_left_open_over_midnight_shows_the_new_day(qtbot: QtBot, journal: Journal) -> None:
    from dataclasses import replace

    before, after = MOMENTS["23:45 in Tijuana"][0], MOMENTS["00:15 in Tijuana"][0]
    services = JournalServices.build(journal.session_factory, Clock("America/Toronto", before))
    services.course.save(COURSE)
    page = TodayPage(services)
    show_active(qtbot, page)
    assert page.day_timer.isActive()
    assert page.date_line.text() == "Today is Saturday, 16 January 2027"

    page.check_the_day()  # a minute later, the same day: nothing to do
    assert page.date_line.text() == "Today is Saturday, 16 January 2027"
    # Half an hour later, past midnight in Tijuana (the laptop's day changed long ago).
    object.__setattr__(services, "clock", replace(services.clock, fixed_now=after))
    page.check_the_day()
    assert page.date_line.text() == "Today is Sunday, 17 January 2027"
    assert page.where_line.text() == "Day 2 of your stay — Tijuana, Mexico"
