"""A month at a glance (issue 19, part 7): what each day holds, on the day where the user is."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import event

from journey.aftercare import RatingDetails
from journey.itinerary import ItemDetails
from journey.journal import Journal
from journey.month import MonthDay, fever_from_c
from journey.services import JournalServices
from journey.services.month import MonthService
from journey.services.side_effects import EntryDetails
from journey.timekeeping import Clock
from tests.journey.helpers import NOW

TORONTO = "America/Toronto"  # UTC-4 in May (EDT)
TOKYO = "Asia/Tokyo"


def month_of(services: JournalServices) -> MonthService:
    return MonthService(services.session_factory, services.clock)


def log(
    services: JournalServices,
    at: datetime,
    severity: int,
    celsius: float | None = None,
    symptom: str = "Headache",
) -> None:
    services.side_effects.log(
        EntryDetails(symptom=symptom, severity=severity, at=at, zone=TORONTO, celsius=celsius)
    )


def rate(services: JournalServices, at: datetime) -> None:
    scale = services.ratings.scales()[0]
    services.ratings.record(RatingDetails(at=at, zone=TORONTO, values=((scale.id, 5.0),)))


def plan(
    services: JournalServices,
    title: str,
    start: datetime,
    zone: str = TORONTO,
    status: str = "planned",
) -> None:
    services.itinerary.add(
        ItemDetails(kind="tests", title=title, start=start, zone=zone, status=status)
    )


def day(services: JournalServices, on: date, zone: str | None = None) -> MonthDay:
    return month_of(services).month(on.year, on.month, zone).on(on)


def test_the_highest_severity_falls_on_the_day_where_the_user_is_around_midnight(
    services: JournalServices,
) -> None:
    assert services.clock.zone == TORONTO
    log(services, datetime(2026, 5, 3, 3, 30, tzinfo=UTC), 7)  # 23:30 on 2 May in Toronto
    log(services, datetime(2026, 5, 3, 4, 30, tzinfo=UTC), 2)  # 00:30 on 3 May in Toronto
    log(services, datetime(2026, 5, 2, 15, 0, tzinfo=UTC), 4, symptom="Nausea")

    assert day(services, date(2026, 5, 2)).highest_severity == 7
    assert day(services, date(2026, 5, 3)).highest_severity == 2
    assert [s.symptom for s in day(services, date(2026, 5, 2)).symptoms] == ["Nausea", "Headache"]
    assert day(services, date(2026, 5, 4)).highest_severity is None
    # Seen from Tokyo, both are on the 3rd: the days follow the zone asked for.
    assert day(services, date(2026, 5, 3), TOKYO).highest_severity == 7


def test_a_late_evening_on_the_last_of_the_month_stays_in_that_month(
    services: JournalServices,
) -> None:
    log(services, datetime(2026, 5, 1, 2, 0, tzinfo=UTC), 3)  # 22:00 on 30 April in Toronto

    april = month_of(services).month(2026, 4)
    may = month_of(services).month(2026, 5)

    assert april.on(date(2026, 4, 30)).highest_severity == 3
    assert all(d.highest_severity is None for d in may.days)
    assert len(april.days) == 30
    assert len(may.days) == 31


def test_temperatures_at_or_above_the_fever_threshold_are_counted(
    services: JournalServices,
) -> None:
    assert fever_from_c() == 38.0  # CTCAE v5 grade 1 (fever_grades.json)
    for hour, celsius in ((13, 37.9), (14, 38.0), (15, 37.99), (16, 38.6), (17, None)):
        log(services, datetime(2026, 5, 6, hour, 0, tzinfo=UTC), 2, celsius)

    found = day(services, date(2026, 5, 6))

    # 37.99 °C is shown as 38.0 °C and counts as shown; 37.9 °C does not.
    assert [s.celsius for s in found.fevers] == [38.0, 37.99, 38.6]
    assert found.highest_celsius == 38.6
    assert len(found.symptoms) == 5
    assert day(services, date(2026, 5, 5)).fevers == ()


def test_fevers_are_compared_in_the_unit_the_user_reads() -> None:
    from journey.month import is_fever

    assert is_fever(38.0, "F", 38.0)  # 100.4 °F
    assert not is_fever(37.9, "F", 38.0)  # 100.2 °F
    assert not is_fever(None, "C", 38.0)


def test_a_rating_marks_the_day_it_was_made_where_the_user_is(
    services: JournalServices,
) -> None:
    rate(services, datetime(2026, 5, 5, 2, 0, tzinfo=UTC))  # 22:00 on 4 May in Toronto

    assert day(services, date(2026, 5, 4)).rated
    assert not day(services, date(2026, 5, 5)).rated
    assert day(services, date(2026, 5, 4)).ratings[0].values[0][1] == 5.0


def test_itinerary_items_fall_on_the_day_they_start_where_they_happen(
    services: JournalServices,
) -> None:
    plan(services, "Blood tests", datetime(2026, 5, 12, 9, 0))
    plan(services, "MRI", datetime(2026, 5, 12, 8, 0))
    plan(services, "Cancelled scan", datetime(2026, 5, 12, 11, 0), status="cancelled")
    # 23:30 in Tokyo on the 14th is the 14th there (10:30 in Toronto): the item's own day.
    plan(services, "Flight", datetime(2026, 5, 14, 23, 30), zone=TOKYO)
    plan(services, "June check", datetime(2026, 6, 1, 0, 0))

    twelfth = day(services, date(2026, 5, 12))
    assert [item.title for item in twelfth.items] == ["MRI", "Blood tests", "Cancelled scan"]
    assert [item.title for item in twelfth.planned] == ["MRI", "Blood tests"]
    assert [item.title for item in day(services, date(2026, 5, 14)).items] == ["Flight"]
    may = month_of(services).month(2026, 5)
    assert sum(len(d.items) for d in may.days) == 4


def test_an_empty_day_says_so(services: JournalServices) -> None:
    found = day(services, date(2026, 5, 9))
    assert found.empty
    assert found.highest_severity is None
    assert not found.rated


def test_a_month_is_read_in_a_few_queries_however_full(
    services: JournalServices, journal: Journal
) -> None:
    for n in range(1, 29):
        log(services, datetime(2026, 4, n, 15, 0, tzinfo=UTC), n % 11, 38.2)
        rate(services, datetime(2026, 4, n, 16, 0, tzinfo=UTC))
        plan(services, f"Visit {n}", datetime(2026, 4, n, 9, 0))
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(journal.engine, "before_cursor_execute", count)
    try:
        april = MonthService(services.session_factory, Clock(TORONTO, fixed_now=NOW)).month(2026, 4)
    finally:
        event.remove(journal.engine, "before_cursor_execute", count)

    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 4, selects
    assert all(len(d.items) == 1 and d.rated and d.fevers for d in april.days[:28])
