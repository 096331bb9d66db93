"""The itinerary: what is stored, what is refused, and which protocol day a date is.

Planned items are wall time plus the IANA zone where they happen (SPEC §2.2, §4); HSCT days
count from the reinfusion, day 0 (SPEC §2.3). Nothing here imports Qt.
"""

from __future__ import annotations

import dataclasses
import time as process_time
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey.dto import CourseData, ProfileData
from journey.errors import InvalidInput, Problem
from journey.itinerary import (
    MINUS,
    DayNumbering,
    Item,
    ItemDetails,
    day_zero,
    item_problems,
)
from journey.protocols import builtin_template, lay_out
from journey.services import JournalServices

TIJUANA = "America/Tijuana"
TORONTO = "America/Toronto"
LOS_ANGELES = "America/Los_Angeles"
TOKYO = "Asia/Tokyo"
# The required scenario: an HSCT course arriving in Tijuana on 1 March 2027 at 14:00.
# Day 1 of the template is 1 March; the reinfusion (template day 15) is 15 March; the clocks
# in Tijuana jump from 02:00 to 03:00 on 14 March 2027 and fall back at 02:00 on 7 November.
ARRIVAL = date(2027, 3, 1)
ARRIVAL_TIME = time(14, 0)
REINFUSION_DAY = date(2027, 3, 15)
COLLECTION = "Stem-cell collection (apheresis), session 1"
CONDITIONING_2 = "Conditioning: cyclophosphamide, second block (day 2 of 2)"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def details(
    title: str = "Blood tests",
    start: datetime = datetime(2027, 3, 2, 9, 0),
    zone: str = TIJUANA,
    **changes: object,
) -> ItemDetails:
    return dataclasses.replace(
        ItemDetails(kind="tests", title=title, start=start, zone=zone), **changes
    )


def onboard(
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    protocol: str = "hsct",
    arrival: date = ARRIVAL,
    zone: str = TIJUANA,
) -> CourseData:
    planned = dataclasses.replace(
        course,
        protocol=protocol,
        arrival_date=arrival,
        arrival_time=ARRIVAL_TIME,
        destination_zone=zone,
        treatment_start=arrival + timedelta(days=3),
    )
    services.onboarding.complete(profile, planned, None)
    return planned


def by_title(items: list[Item], title: str) -> Item:
    (found,) = [item for item in items if item.details.title == title]
    return found


def numbering_of(services: JournalServices) -> DayNumbering:
    numbering = services.itinerary.numbering()
    assert numbering is not None
    return numbering


def label_as_number(label: str) -> int:
    """Read a shown label back as a number: "−3" → -3, "0" → 0, "+5" → 5."""
    assert "-" not in label, f"{label!r} uses a hyphen, not a minus sign"
    return int(label.replace(MINUS, "-"))


def refused(action: object, *args: object) -> InvalidInput:
    assert callable(action)
    with pytest.raises(InvalidInput) as caught:
        action(*args)
    return caught.value


# --- validation ------------------------------------------------------------------------------


def test_a_valid_item_has_no_problems() -> None:
    assert item_problems(details()) == []


@pytest.mark.parametrize("title", ["", "   ", "\t\n"])
def test_a_title_is_required(services: JournalServices, title: str) -> None:
    problems = item_problems(details(title=title))
    assert Problem("title", "required") in problems
    error = refused(services.itinerary.add, details(title=title))
    assert error.for_field("title") == Problem("title", "required")
    assert services.itinerary.items() == []


def test_a_title_that_is_too_long_is_refused(services: JournalServices) -> None:
    error = refused(services.itinerary.add, details(title="x" * 201))
    assert error.for_field("title") is not None
    assert error.for_field("title").code == "text_too_long"
    assert services.itinerary.items() == []
    assert item_problems(details(title="x" * 200)) == []


def test_an_unknown_kind_is_refused(services: JournalServices) -> None:
    error = refused(services.itinerary.add, details(kind="spa_day"))
    assert error.for_field("kind") == Problem("kind", "unknown_choice")
    assert services.itinerary.items() == []


@pytest.mark.parametrize(
    ("field", "value"), [("responsible", "the neighbour"), ("status", "postponed")]
)
def test_an_unknown_choice_is_refused(services: JournalServices, field: str, value: str) -> None:
    error = refused(services.itinerary.add, details(**{field: value}))
    assert error.for_field(field) == Problem(field, "unknown_choice")
    assert services.itinerary.items() == []


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "tijuana", "UTC+5"])
def test_an_unknown_zone_is_refused(services: JournalServices, zone: str) -> None:
    error = refused(services.itinerary.add, details(zone=zone))
    problem = error.for_field("zone")
    assert problem is not None
    assert problem.code == "unknown_zone"
    assert problem.params["zone"] == zone
    assert services.itinerary.items() == []


def test_an_unknown_end_zone_is_refused(services: JournalServices) -> None:
    flight = details(end=datetime(2027, 3, 2, 12, 0), end_zone="Atlantis/Capital")
    error = refused(services.itinerary.add, flight)
    assert error.for_field("end_zone") is not None
    assert error.for_field("end_zone").code == "unknown_zone"
    assert services.itinerary.items() == []


def test_a_start_inside_the_spring_forward_gap_is_refused(services: JournalServices) -> None:
    # 14 March 2027 in Tijuana: 02:00 is followed by 03:00; 02:30 never happens.
    gap = details(start=datetime(2027, 3, 14, 2, 30))
    error = refused(services.itinerary.add, gap)
    assert error.for_field("start") == Problem(
        "start",
        "nonexistent_time",
        {"time": "02:30", "date": "2027-03-14", "zone": TIJUANA},
    )
    assert services.itinerary.items() == []
    # Just either side of the gap is fine.
    assert item_problems(details(start=datetime(2027, 3, 14, 1, 59))) == []
    assert item_problems(details(start=datetime(2027, 3, 14, 3, 0))) == []


def test_an_end_in_the_repeated_hour_is_refused(services: JournalServices) -> None:
    # 7 November 2027 in Tijuana: 01:00–02:00 happens twice; 01:30 is not guessed.
    night = details(start=datetime(2027, 11, 6, 22, 0), end=datetime(2027, 11, 7, 1, 30))
    error = refused(services.itinerary.add, night)
    assert error.for_field("end") == Problem(
        "end",
        "ambiguous_time",
        {"time": "01:30", "date": "2027-11-07", "zone": TIJUANA},
    )
    assert error.for_field("start") is None
    assert services.itinerary.items() == []


def test_an_end_before_the_start_is_refused(services: JournalServices) -> None:
    backwards = details(start=datetime(2027, 3, 2, 11, 0), end=datetime(2027, 3, 2, 10, 59))
    error = refused(services.itinerary.add, backwards)
    assert error.problems == (Problem("end", "end_before_start"),)
    assert services.itinerary.items() == []


def test_an_end_equal_to_the_start_is_accepted(services: JournalServices) -> None:
    same = details(start=datetime(2027, 3, 2, 11, 0), end=datetime(2027, 3, 2, 11, 0))
    stored = services.itinerary.add(same)
    assert stored.details.end == datetime(2027, 3, 2, 11, 0)


def test_a_flight_that_lands_earlier_on_the_clock_but_later_in_time_is_accepted(
    services: JournalServices,
) -> None:
    # Tokyo 17:00 is 08:00 UTC; Los Angeles 10:00 the same date is 18:00 UTC: a 10-hour flight
    # that "lands before it leaves" on the wall clocks.
    flight = ItemDetails(
        kind="flight",
        title="Flight Tokyo → Los Angeles",
        start=datetime(2027, 3, 1, 17, 0),
        zone=TOKYO,
        end=datetime(2027, 3, 1, 10, 0),
        end_zone=LOS_ANGELES,
    )
    assert flight.end is not None
    assert flight.end < flight.start  # on the wall clocks
    assert item_problems(flight) == []
    stored = services.itinerary.add(flight)
    assert stored.details == flight
    (item,) = services.itinerary.items()
    assert item.details.end == datetime(2027, 3, 1, 10, 0)
    assert item.details.end_zone == LOS_ANGELES
    assert item.details.end_instant() - item.details.start_instant() == timedelta(hours=10)


def test_a_flight_that_lands_later_on_the_clock_but_earlier_in_time_is_refused(
    services: JournalServices,
) -> None:
    # Los Angeles 10:00 is 18:00 UTC; Tokyo 17:00 the same date is 08:00 UTC, ten hours earlier.
    flight = ItemDetails(
        kind="flight",
        title="Flight Los Angeles → Tokyo",
        start=datetime(2027, 3, 1, 10, 0),
        zone=LOS_ANGELES,
        end=datetime(2027, 3, 1, 17, 0),
        end_zone=TOKYO,
    )
    assert flight.end is not None
    assert flight.end > flight.start  # on the wall clocks
    error = refused(services.itinerary.add, flight)
    assert error.problems == (Problem("end", "end_before_start"),)
    assert services.itinerary.items() == []


def test_every_problem_is_reported_at_once() -> None:
    bad = ItemDetails(
        kind="nap",
        title=" ",
        start=datetime(2027, 3, 14, 2, 30),
        zone=TIJUANA,
        responsible="nobody",
    )
    fields = {problem.field for problem in item_problems(bad)}
    assert fields == {"kind", "title", "responsible", "start"}


def test_a_refused_update_keeps_the_item_as_it_was(services: JournalServices) -> None:
    item = services.itinerary.add(details())
    error = refused(services.itinerary.update, item.id, details(start=datetime(2027, 3, 14, 2, 30)))
    assert error.for_field("start") is not None
    assert services.itinerary.items() == [item]


# --- storing, undoing, ordering --------------------------------------------------------------


def test_an_item_is_stored_as_wall_time_and_zone(services: JournalServices) -> None:
    planned = ItemDetails(
        kind="border_crossing",
        title="Border crossing, medical lane",
        start=datetime(2027, 3, 1, 12, 0),
        zone="America/Los_Angeles",
        end=datetime(2027, 3, 1, 14, 30),
        end_zone=TIJUANA,
        place="San Ysidro",
        notes="Passports ready.",
        responsible="clinic",
    )
    stored = services.itinerary.add(planned)
    assert stored.sequence == 0
    assert stored.uid.endswith("@journey.invalid")
    assert services.itinerary.get(stored.id) == stored
    assert services.itinerary.items() == [stored]
    assert stored.details == planned


def test_text_is_stored_without_surrounding_spaces(services: JournalServices) -> None:
    stored = services.itinerary.add(details(title="  MRI  ", place="  Clinic  "))
    assert stored.details.title == "MRI"
    assert stored.details.place == "Clinic"


def test_update_stores_the_change_and_bumps_the_sequence(services: JournalServices) -> None:
    item = services.itinerary.add(details())
    moved = dataclasses.replace(item.details, start=datetime(2027, 3, 3, 10, 15), status="done")
    updated = services.itinerary.update(item.id, moved)
    assert updated.id == item.id
    assert updated.uid == item.uid
    assert updated.sequence == item.sequence + 1
    assert services.itinerary.get(item.id).details == moved
    again = services.itinerary.update(item.id, moved)
    assert again.sequence == item.sequence + 2


def test_an_unknown_item_is_not_found(services: JournalServices) -> None:
    not_found = Problem("item", "not_found")
    assert refused(services.itinerary.get, 999).problems == (not_found,)
    assert refused(services.itinerary.update, 999, details()).problems == (not_found,)
    assert refused(services.itinerary.delete, 999).problems == (not_found,)
    assert refused(services.itinerary.shift, 999, timedelta(days=1)).problems == (not_found,)


def test_delete_returns_the_whole_item_and_restore_brings_it_back(
    services: JournalServices,
) -> None:
    keep = services.itinerary.add(details(title="Consultation", kind="clinic_appointment"))
    item = services.itinerary.update(
        services.itinerary.add(
            details(end=datetime(2027, 3, 2, 11, 0), place="Lab", notes="Fasting.")
        ).id,
        details(end=datetime(2027, 3, 2, 11, 30), place="Lab", notes="Fasting."),
    )
    deleted = services.itinerary.delete(item.id)
    assert deleted == item
    assert services.itinerary.items() == [keep]
    assert refused(services.itinerary.get, item.id).problems == (Problem("item", "not_found"),)

    restored = services.itinerary.restore(deleted)
    assert restored.id == item.id
    assert restored.uid == item.uid
    assert restored.details == item.details
    assert restored.sequence > item.sequence
    assert services.itinerary.get(item.id) == restored
    assert {i.id for i in services.itinerary.items()} == {keep.id, item.id}


def test_restore_after_another_item_was_added_keeps_both(services: JournalServices) -> None:
    # Undo arriving after the user already added something else: nothing may be lost.
    first = services.itinerary.add(details(title="Consultation"))
    last = services.itinerary.add(details(title="MRI", start=datetime(2027, 3, 3, 9, 0)))
    deleted = services.itinerary.delete(last.id)
    added = services.itinerary.add(details(title="Blood count", start=datetime(2027, 3, 4, 9, 0)))
    restored = services.itinerary.restore(deleted)
    assert restored.id not in {first.id, added.id}
    assert restored.uid == last.uid
    assert restored.details == last.details
    assert restored.sequence > last.sequence
    titles = [item.details.title for item in services.itinerary.items()]
    assert titles == ["Consultation", "MRI", "Blood count"]
    assert services.itinerary.get(added.id).details.title == "Blood count"
    assert services.itinerary.get(first.id) == first


def test_duplicate_makes_a_new_item_with_its_own_uid(services: JournalServices) -> None:
    item = services.itinerary.add(details(notes="Bring the referral."))
    copy = services.itinerary.duplicate(item.id)
    assert copy.id != item.id
    assert copy.uid != item.uid
    assert copy.sequence == 0
    assert copy.details == item.details
    assert len(services.itinerary.items()) == 2
    assert services.itinerary.get(item.id) == item


def test_items_between_two_dates_include_both_ends(services: JournalServices) -> None:
    for start in (
        datetime(2027, 3, 1, 23, 59),
        datetime(2027, 3, 2, 0, 0),
        datetime(2027, 3, 3, 23, 59),
        datetime(2027, 3, 4, 0, 0),
    ):
        services.itinerary.add(details(title=start.isoformat(), start=start))
    found = services.itinerary.items(date(2027, 3, 2), date(2027, 3, 3))
    assert [item.details.start for item in found] == [
        datetime(2027, 3, 2, 0, 0),
        datetime(2027, 3, 3, 23, 59),
    ]
    assert [i.details.start for i in services.itinerary.items(first=date(2027, 3, 4))] == [
        datetime(2027, 3, 4, 0, 0)
    ]
    assert [i.details.start for i in services.itinerary.items(last=date(2027, 3, 1))] == [
        datetime(2027, 3, 1, 23, 59)
    ]
    assert len(services.itinerary.items()) == 4


def test_an_item_belongs_to_the_date_where_it_happens(services: JournalServices) -> None:
    # 01:00 on 2 March in Tokyo is still 1 March in UTC; 20:00 on 1 March in Los Angeles is
    # already 2 March in UTC. Each is listed on its own local date.
    tokyo = services.itinerary.add(
        details(title="Tokyo", start=datetime(2027, 3, 2, 1), zone=TOKYO)
    )
    la = services.itinerary.add(
        details(title="LA", start=datetime(2027, 3, 1, 20), zone=LOS_ANGELES)
    )
    assert tokyo.day == date(2027, 3, 2)
    assert la.day == date(2027, 3, 1)
    assert services.itinerary.items(date(2027, 3, 2), date(2027, 3, 2)) == [tokyo]
    assert services.itinerary.items(date(2027, 3, 1), date(2027, 3, 1)) == [la]


def test_items_are_in_the_order_they_really_happen(services: JournalServices) -> None:
    # 07:00 in Los Angeles is 15:00 UTC; 09:00 in Toronto is 14:00 UTC: Toronto comes first
    # although its clock time is later.
    la = services.itinerary.add(
        details(title="Call from Los Angeles", start=datetime(2027, 3, 1, 7), zone=LOS_ANGELES)
    )
    toronto = services.itinerary.add(
        details(title="Call from Toronto", start=datetime(2027, 3, 1, 9), zone=TORONTO)
    )
    assert [item.id for item in services.itinerary.items()] == [toronto.id, la.id]


def test_changing_the_computer_zone_does_not_move_planned_items(
    services: JournalServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    planned = [
        details(title="Consultation", start=datetime(2027, 3, 2, 8, 30)),
        details(title="Flight home", start=datetime(2027, 3, 28, 13, 30), zone=LOS_ANGELES),
        details(title="Neurologist", start=datetime(2027, 4, 6, 9), zone=TORONTO),
    ]
    for item in planned:
        services.itinerary.add(item)
    before = services.itinerary.items()
    instants = [item.details.start_instant() for item in before]
    try:
        with monkeypatch.context() as patched:
            patched.setenv("TZ", TOKYO)
            process_time.tzset()
            assert process_time.localtime(0).tm_hour == 9  # the process really is in Tokyo
            after = services.itinerary.items()
            assert after == before
            assert [(i.details.start, i.details.zone) for i in after] == [
                (p.start, p.zone) for p in planned
            ]
            assert [item.details.start_instant() for item in after] == instants
            assert services.itinerary.items(date(2027, 3, 28), date(2027, 3, 28)) == [before[1]]
    finally:
        process_time.tzset()
    assert services.itinerary.items() == before


# --- the HSCT course: day 0 and shifting -----------------------------------------------------


@pytest.fixture
def hsct(services: JournalServices, profile: ProfileData, course: CourseData) -> list[Item]:
    """Onboarding for HSCT in Tijuana arriving 1 March 2027; the laid-out items."""
    onboard(services, profile, course)
    return services.itinerary.items()


def test_onboarding_lays_out_the_hsct_template_from_the_arrival(hsct: list[Item]) -> None:
    template = builtin_template("hsct")
    assert [item.details for item in hsct] == lay_out(template, ARRIVAL, TIJUANA)
    assert all(item.details.zone == TIJUANA for item in hsct)
    assert all(item.details.status == "planned" for item in hsct)
    assert hsct[0].day == ARRIVAL
    assert len({item.uid for item in hsct}) == len(hsct)


def test_hsct_has_exactly_one_day_zero_the_reinfusion(
    services: JournalServices, hsct: list[Item]
) -> None:
    numbering = numbering_of(services)
    assert numbering.protocol == "hsct"
    assert numbering.arrival == ARRIVAL
    assert numbering.day_zero == REINFUSION_DAY
    (reinfusion,) = [item for item in hsct if item.details.kind == "reinfusion"]
    assert reinfusion.day == REINFUSION_DAY
    zero_days = {item.day for item in hsct if numbering.label(item.day) == "0"}
    assert zero_days == {REINFUSION_DAY}
    assert numbering.label(ARRIVAL) == f"{MINUS}14"
    assert numbering.label(date(2027, 3, 14)) == f"{MINUS}1"
    assert numbering.label(date(2027, 3, 16)) == "+1"
    # The engraftment check is on day +8 (SPEC §2.3: median about day +8).
    engraftment = by_title(hsct, "Blood count: engraftment check")
    assert numbering.label(engraftment.day) == "+8"


def assert_labels_consistent(items: list[Item], numbering: DayNumbering) -> None:
    assert numbering.day_zero is not None
    shown: dict[date, int] = {}
    for item in items:
        label = numbering.label(item.day)
        assert label is not None
        number = label_as_number(label)
        assert number == (item.day - numbering.day_zero).days
        if number == 0:
            assert label == "0"
        elif number < 0:
            assert label == f"{MINUS}{-number}"
        else:
            assert label == f"+{number}"
        shown[item.day] = number
    days = sorted(shown)
    numbers = [shown[day] for day in days]
    assert numbers == sorted(set(numbers)), "labels must strictly increase with the date"


def test_every_item_of_the_hsct_course_shows_a_consistent_day(
    services: JournalServices, hsct: list[Item]
) -> None:
    assert_labels_consistent(hsct, numbering_of(services))


def test_shifting_the_collection_moves_it_and_everything_after(
    services: JournalServices, hsct: list[Item]
) -> None:
    collection = next(item for item in hsct if item.details.kind == "stem_cell_collection")
    assert collection.details.title == COLLECTION
    before_numbering = numbering_of(services)
    earlier = [i for i in hsct if i.details.start_instant() < collection.details.start_instant()]
    later = [i for i in hsct if i.details.start_instant() >= collection.details.start_instant()]
    assert earlier
    assert later

    moved = services.itinerary.shift(collection.id, timedelta(days=1))

    assert sorted(item.id for item in moved) == sorted(item.id for item in later)
    now = {item.id: item for item in services.itinerary.items()}
    assert len(now) == len(hsct)
    for item in earlier:
        assert now[item.id] == item, f"{item.details.title} should not move"
    for item in later:
        after = now[item.id]
        title = item.details.title
        # One calendar day later at the same local wall time, in the same zone.
        assert after.details.start == item.details.start + timedelta(days=1), title
        assert after.details.start.time() == item.details.start.time(), title
        assert after.day == item.day + timedelta(days=1), title
        assert after.details.zone == item.details.zone, title
        if item.details.end is not None:
            assert after.details.end == item.details.end + timedelta(days=1), title
        assert after.details.kind == item.details.kind
        assert after.uid == item.uid
        assert after.sequence == item.sequence + 1, title
    # Across the change to summer time on 14 March: 08:00 stays 08:00, 23 real hours later.
    session_1 = now[collection.id]
    assert session_1.details.start == at(date(2027, 3, 14), 8)
    assert session_1.details.start_instant() - collection.details.start_instant() == (
        timedelta(hours=23)
    )
    conditioning = now[by_title(hsct, CONDITIONING_2).id]
    assert conditioning.details.start == at(date(2027, 3, 15), 14)

    # Day 0 moved with the reinfusion; every earlier date is one day further from it.
    after_numbering = numbering_of(services)
    assert after_numbering.day_zero == REINFUSION_DAY + timedelta(days=1)
    for item in earlier:
        old = before_numbering.label(item.day)
        new = after_numbering.label(item.day)
        assert old is not None
        assert new is not None
        assert label_as_number(new) == label_as_number(old) - 1, item.details.title
    assert before_numbering.label(ARRIVAL) == f"{MINUS}14"
    assert after_numbering.label(ARRIVAL) == f"{MINUS}15"
    for item in later:
        assert after_numbering.label(now[item.id].day) == before_numbering.label(item.day)
    assert_labels_consistent(list(now.values()), after_numbering)


def test_a_shift_that_moves_an_item_before_the_arrival_is_refused(
    services: JournalServices, hsct: list[Item]
) -> None:
    # The hotel check-in is on the arrival day at 16:00; arrival is at 14:00.
    check_in = by_title(hsct, "Hotel check-in")
    error = refused(services.itinerary.shift, check_in.id, timedelta(hours=-3))
    assert error.problems == (
        Problem("shift", "shift_before_arrival", {"title": "Hotel check-in"}),
    )
    assert services.itinerary.items() == hsct
    # Two hours earlier is exactly the arrival: allowed.
    moved = services.itinerary.shift(check_in.id, timedelta(hours=-2))
    assert len(moved) == len(hsct)
    assert services.itinerary.get(check_in.id).details.start == at(ARRIVAL, 14)


def test_a_backwards_shift_of_later_steps_is_allowed_while_they_stay_after_arrival(
    services: JournalServices, hsct: list[Item]
) -> None:
    reinfusion = by_title(hsct, "Reinfusion of your stem cells")
    moved = services.itinerary.shift(reinfusion.id, timedelta(days=-2))
    assert {item.details.start.date() for item in moved if item.id == reinfusion.id} == {
        date(2027, 3, 13)
    }
    assert numbering_of(services).day_zero == date(2027, 3, 13)


def test_a_shift_into_the_daylight_saving_gap_is_refused(
    services: JournalServices, hsct: list[Item]
) -> None:
    # Conditioning at 14:00 on 13 March, 12½ hours later on the wall clock: 02:30 on 14 March,
    # a time that does not exist in Tijuana.
    conditioning = by_title(hsct, "Conditioning: cyclophosphamide, second block (day 1 of 2)")
    error = refused(services.itinerary.shift, conditioning.id, timedelta(hours=12, minutes=30))
    assert [problem.code for problem in error.problems] == ["shift_breaks_item"]
    assert error.problems[0].params["title"] == conditioning.details.title
    assert "02:30" in error.problems[0].params["problem"]
    assert services.itinerary.items() == hsct


def test_shifting_by_hours_can_cross_midnight(services: JournalServices, hsct: list[Item]) -> None:
    # The hotel check-out at 11:00 on day 28 (28 March), moved 14 hours: 01:00 on 29 March.
    check_out = by_title(hsct, "Hotel check-out")
    (moved,) = services.itinerary.shift(check_out.id, timedelta(hours=14))
    assert moved.details.start == datetime(2027, 3, 29, 1, 0)
    assert moved.details.end == datetime(2027, 3, 29, 1, 30)
    assert moved.day == date(2027, 3, 29)
    assert moved.sequence == check_out.sequence + 1
    assert services.itinerary.items(date(2027, 3, 29), date(2027, 3, 29)) == [moved]
    assert numbering_of(services).label(moved.day) == "+14"


def test_shifting_without_a_course_moves_items_across_midnight(
    services: JournalServices,
) -> None:
    late = services.itinerary.add(details(title="Late call", start=datetime(2027, 4, 1, 22, 30)))
    earlier = services.itinerary.add(details(title="Morning", start=datetime(2027, 4, 1, 8, 0)))
    moved = services.itinerary.shift(late.id, timedelta(hours=3))
    assert [item.details.start for item in moved] == [datetime(2027, 4, 2, 1, 30)]
    assert services.itinerary.get(earlier.id) == earlier


def test_an_item_in_another_zone_counts_as_after_by_its_real_time(
    services: JournalServices, hsct: list[Item]
) -> None:
    # Flying home on day 28 from San Diego at 13:30 (after the 11:00 check-out in Tijuana).
    flight = services.itinerary.add(
        ItemDetails(
            kind="flight",
            title="Flight San Diego → Toronto",
            start=at(date(2027, 3, 28), 13, 30),
            zone=LOS_ANGELES,
            end=at(date(2027, 3, 28), 21, 35),
            end_zone=TORONTO,
        )
    )
    check_out = by_title(hsct, "Hotel check-out")
    moved = services.itinerary.shift(check_out.id, timedelta(days=1))
    assert [item.id for item in moved] == [check_out.id, flight.id]
    stored = services.itinerary.get(flight.id)
    assert stored.details.start == at(date(2027, 3, 29), 13, 30)
    assert stored.details.end == at(date(2027, 3, 29), 21, 35)
    assert stored.details.end_zone == TORONTO


# --- day numbering -----------------------------------------------------------------------------


def test_msc_counts_days_from_arrival(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, protocol="msc")
    numbering = numbering_of(services)
    assert numbering.protocol == "msc"
    assert numbering.label(ARRIVAL) == "1"
    assert numbering.label(ARRIVAL + timedelta(days=3)) == "4"
    assert numbering.label(ARRIVAL - timedelta(days=1)) is None
    assert numbering.label(ARRIVAL - timedelta(days=30)) is None
    labels = {item.details.title: numbering.label(item.day) for item in services.itinerary.items()}
    assert labels["Hotel check-in"] == "1"
    assert labels["IV infusion of stem cells"] == "2"
    assert labels["Intrathecal injection (lumbar puncture)"] == "3"
    assert labels["Flight home"] == "4"


def test_custom_counts_days_from_arrival_and_lays_out_nothing(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course, protocol="custom")
    assert services.itinerary.items() == []
    numbering = numbering_of(services)
    assert numbering.protocol == "custom"
    assert numbering.day_zero is None
    assert numbering.label(ARRIVAL) == "1"
    assert numbering.label(ARRIVAL + timedelta(days=9)) == "10"
    assert numbering.label(ARRIVAL - timedelta(days=1)) is None
    # A reinfusion added by hand does not make a custom course count from day 0.
    services.itinerary.add(details(kind="reinfusion", start=at(date(2027, 3, 5), 10)))
    assert numbering_of(services).label(date(2027, 3, 5)) == "5"


def test_no_numbering_before_onboarding(services: JournalServices) -> None:
    assert services.itinerary.numbering() is None


def test_hsct_without_a_reinfusion_has_no_day_labels(
    services: JournalServices, hsct: list[Item]
) -> None:
    reinfusion = by_title(hsct, "Reinfusion of your stem cells")
    services.itinerary.delete(reinfusion.id)
    numbering = numbering_of(services)
    assert numbering.day_zero is None
    assert all(numbering.label(item.day) is None for item in services.itinerary.items())
    assert numbering.label(ARRIVAL) is None


def test_a_cancelled_reinfusion_is_not_day_zero(
    services: JournalServices, hsct: list[Item]
) -> None:
    reinfusion = by_title(hsct, "Reinfusion of your stem cells")
    services.itinerary.update(
        reinfusion.id, dataclasses.replace(reinfusion.details, status="cancelled")
    )
    assert numbering_of(services).day_zero is None
    assert numbering_of(services).label(REINFUSION_DAY) is None
    # A new reinfusion two days later becomes day 0.
    services.itinerary.add(
        dataclasses.replace(
            reinfusion.details, start=at(date(2027, 3, 17), 10), end=at(date(2027, 3, 17), 12)
        )
    )
    numbering = numbering_of(services)
    assert numbering.day_zero == date(2027, 3, 17)
    assert numbering.label(REINFUSION_DAY) == f"{MINUS}2"
    # A reinfusion that is done still counts.
    services.itinerary.update(reinfusion.id, dataclasses.replace(reinfusion.details, status="done"))
    assert numbering_of(services).day_zero == REINFUSION_DAY


def test_the_first_of_two_reinfusions_is_day_zero() -> None:
    def reinfusion(item_id: int, start: datetime, zone: str) -> Item:
        return Item(
            item_id,
            f"{item_id}@test",
            0,
            ItemDetails(kind="reinfusion", title="Reinfusion", start=start, zone=zone),
        )

    # 23:00 on 14 March in Tijuana is 06:00 UTC on the 15th, before 03:00 on the 15th in
    # Toronto (07:00 UTC): the earlier one in real time counts, on its own local date.
    items = [
        reinfusion(1, datetime(2027, 3, 15, 3, 0), TORONTO),
        reinfusion(2, datetime(2027, 3, 14, 23, 0), TIJUANA),
    ]
    assert day_zero(items) == date(2027, 3, 14)
    assert day_zero([]) is None


@settings(max_examples=300)
@given(
    zero=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    n=st.integers(min_value=-3000, max_value=3000),
)
def test_hsct_labels_any_date_by_its_distance_from_day_zero(zero: date, n: int) -> None:
    numbering = DayNumbering("hsct", arrival=zero - timedelta(days=14), day_zero=zero)
    expected = "0" if n == 0 else (f"+{n}" if n > 0 else f"{MINUS}{-n}")
    assert numbering.label(zero + timedelta(days=n)) == expected
    assert numbering.number(zero + timedelta(days=n)) == n


def test_the_stored_hsct_course_labels_dates_around_day_zero(
    services: JournalServices, hsct: list[Item]
) -> None:
    numbering = numbering_of(services)

    @settings(max_examples=200, deadline=None)
    @given(n=st.integers(min_value=-1000, max_value=1000))
    def label_is_distance(n: int) -> None:
        expected = "0" if n == 0 else (f"+{n}" if n > 0 else f"{MINUS}{-n}")
        assert numbering.label(REINFUSION_DAY + timedelta(days=n)) == expected

    label_is_distance()


@settings(max_examples=200)
@given(
    arrival=st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31)),
    n=st.integers(min_value=-400, max_value=400),
)
def test_other_protocols_label_days_from_arrival(arrival: date, n: int) -> None:
    for protocol in ("msc", "custom"):
        numbering = DayNumbering(protocol, arrival=arrival)
        label = numbering.label(arrival + timedelta(days=n))
        assert label == (str(n + 1) if n >= 0 else None)


def test_the_hsct_course_shows_one_day_zero_from_any_arrival(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    # Laid out from any date and zone, the template's reinfusion is day 15 of the stay.
    onboard(services, profile, course, arrival=date(2026, 12, 20), zone="Europe/Madrid")
    numbering = numbering_of(services)
    assert numbering.day_zero == date(2027, 1, 3)
    assert_labels_consistent(services.itinerary.items(), numbering)


def test_the_reinfusion_date_is_where_it_happens_not_utc(
    services: JournalServices, hsct: list[Item]
) -> None:
    # A late-evening reinfusion in Tijuana is already the next day in UTC; day 0 stays local.
    reinfusion = by_title(hsct, "Reinfusion of your stem cells")
    services.itinerary.update(
        reinfusion.id,
        dataclasses.replace(reinfusion.details, start=at(REINFUSION_DAY, 22), end=None),
    )
    updated = services.itinerary.get(reinfusion.id)
    assert updated.details.start_instant().astimezone(UTC).date() == REINFUSION_DAY + timedelta(
        days=1
    )
    assert numbering_of(services).day_zero == REINFUSION_DAY


def test_an_unknown_zone_is_named_once_when_the_end_shares_it(services: JournalServices) -> None:
    problems = item_problems(details(zone="Atlantis/Capital", end=datetime(2027, 3, 2, 10, 0)))
    assert [p.field for p in problems] == ["zone"]


def test_completing_onboarding_again_does_not_copy_the_plan(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    onboard(services, profile, course)
    first = [item.details for item in services.itinerary.items()]
    onboard(services, profile, course)
    assert [item.details for item in services.itinerary.items()] == first


def test_restore_after_the_uid_came_back_from_a_calendar_keeps_both(
    services: JournalServices,
) -> None:
    item = services.itinerary.add(details())
    removed = services.itinerary.delete(item.id)
    services.itinerary.add(details(title="Re-imported"), uid=removed.uid)
    restored = services.itinerary.restore(removed)
    uids = [i.uid for i in services.itinerary.items()]
    assert len(uids) == len(set(uids)) == 2
    assert restored.details == removed.details
    assert restored.uid != removed.uid


def test_a_refused_lay_out_says_it_cannot_be_laid_out(services: JournalServices) -> None:
    template = builtin_template("msc")
    # 2027-03-14 in Tijuana: 02:00–03:00 does not exist; a step at 02:30 cannot be laid out.
    broken = dataclasses.replace(
        template,
        steps=(dataclasses.replace(template.steps[0], start_time=time(2, 30)),),
    )
    error = refused(services.itinerary.lay_out_protocol, broken, date(2027, 3, 14), TIJUANA)
    assert [p.code for p in error.problems] == ["protocol_breaks_item"]
    assert "cannot be laid out" in error.problems[0].english()
    assert services.itinerary.items() == []


def test_on_days_gives_what_starts_then_or_is_still_going_on(services: JournalServices) -> None:
    day = date(2027, 3, 10)
    long_ago = services.itinerary.add(details("Old visit", start=at(day - timedelta(days=30), 9)))
    isolation = services.itinerary.add(
        details("Isolation", start=at(day - timedelta(days=3), 12), end=at(day, 12))
    )
    ended = services.itinerary.add(
        details(
            "Injections", start=at(day - timedelta(days=5), 9), end=at(day - timedelta(days=1), 9)
        )
    )
    today = services.itinerary.add(details("Blood count", start=at(day, 9)))
    tomorrow = services.itinerary.add(details("Follow-up", start=at(day + timedelta(days=1), 9)))
    later = services.itinerary.add(details("Flight", start=at(day + timedelta(days=2), 9)))
    shown = {item.id for item in services.itinerary.on_days(day, day + timedelta(days=1))}
    assert shown == {isolation.id, today.id, tomorrow.id}
    assert not shown & {long_ago.id, ended.id, later.id}
