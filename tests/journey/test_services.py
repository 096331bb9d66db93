"""Use cases on a real journal: what is stored, and that a refusal stores nothing."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy.exc
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import journey.services.profile
from journey.demo import seed_demo
from journey.dto import CompanionData, CourseData, ProfileData, Settings
from journey.errors import InvalidInput
from journey.journal import Journal
from journey.protocols import builtin_template, lay_out
from journey.services import JournalServices
from journey.services.itinerary import protocol_problems
from journey.timekeeping import Clock, known_zones, wall_time_problem
from journey.validation import course_problems, profile_problems

DB_PROPERTY = settings(
    max_examples=25,
    deadline=None,
    # One journal serves every example: each example overwrites the single course row.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def raw_rows(journal: Journal, table: str) -> list[tuple[object, ...]]:
    with journal.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql(f"SELECT * FROM {table}")]


def assert_nothing_stored(services: JournalServices, journal: Journal) -> None:
    assert not services.onboarding.is_complete()
    assert services.profile.get() is None
    assert services.course.get() is None
    assert services.companion.get() is None
    for table in ("profile", "treatment_course", "companion", "setting"):
        assert raw_rows(journal, table) == []


# --- onboarding ----------------------------------------------------------------------------------


def test_onboarding_stores_profile_course_and_companion(
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    companion: CompanionData,
) -> None:
    assert not services.onboarding.is_complete()
    services.onboarding.complete(profile, course, companion)
    assert services.onboarding.is_complete()
    assert services.profile.get() == profile
    assert services.course.get() == course
    assert services.companion.get() == companion


def test_onboarding_without_a_companion(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    services.onboarding.complete(profile, course, None)
    assert services.onboarding.is_complete()
    assert services.companion.get() is None
    assert services.contacts.contacts() == []


def test_the_companion_from_onboarding_is_a_contact_once(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    """Issue 19: the companion is on People, with the number and e-mail given, once."""
    from journey.services.people import ContactDetails

    companion = CompanionData(" Luis López ", " +1 619 555 0199 ", "luis@example.com")
    services.onboarding.complete(profile, course, companion)
    services.onboarding.complete(profile, course, companion)  # run again: no second copy
    assert [entry.details for entry in services.contacts.contacts()] == [
        ContactDetails("Luis López", "companion", "+1 619 555 0199", "luis@example.com")
    ]


def test_the_arrival_is_stored_as_wall_time_and_zone(
    services: JournalServices, journal: Journal, profile: ProfileData, course: CourseData
) -> None:
    services.onboarding.complete(profile, course, None)
    with journal.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT arrival_local, destination_zone, home_zone FROM treatment_course"
        ).one()
    # 15:40 where it happens, not converted to the computer's zone or to UTC.
    assert tuple(stored) == ("2026-05-20 15:40:00.000000", "America/Mexico_City", "America/Toronto")


@DB_PROPERTY
@given(
    zone=st.sampled_from(sorted(known_zones())),
    arrival=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 12, 31)),
    wait=st.integers(min_value=0, max_value=60),
)
@example(zone="Africa/Juba", arrival=datetime(2000, 1, 1), wait=0)  # a step at 12:00, 15 Jan
def test_any_valid_arrival_round_trips_exactly(
    services: JournalServices,
    profile: ProfileData,
    course: CourseData,
    zone: str,
    arrival: datetime,
    wait: int,
) -> None:
    planned = dataclasses.replace(
        course,
        arrival_date=arrival.date(),
        arrival_time=arrival.time(),
        destination_zone=zone,
        treatment_start=arrival.date() + timedelta(days=wait),
    )
    # The protocol is laid out from the arrival; a step that falls in a clock change there
    # is refused by design (test_protocols: "a layout hitting a daylight saving gap is
    # refused and nothing stored"), as 12:00 on 15 January 2000 in Africa/Juba.
    drafts = lay_out(builtin_template(planned.protocol), arrival.date(), zone, arrival)
    if wall_time_problem("arrival_time", arrival.date(), arrival.time(), zone) is not None:
        with pytest.raises(InvalidInput) as refused:
            services.course.save(planned)
        assert refused.value.for_field("arrival_time") is not None
        assert services.course.get() != planned
    elif protocol_problems(drafts):
        with pytest.raises(InvalidInput) as refused:
            services.onboarding.complete(profile, planned, None)
        assert refused.value.for_field("protocol") is not None
        assert services.course.get() is None
    else:
        services.onboarding.complete(profile, planned, None)
        assert services.course.get() == planned


def test_text_is_stored_without_surrounding_spaces(
    services: JournalServices, profile: ProfileData, course: CourseData, companion: CompanionData
) -> None:
    services.onboarding.complete(
        dataclasses.replace(profile, name="  Ana Souza \n"),
        dataclasses.replace(course, clinic_name=" Clínica ", clinic_city=" Puebla  "),
        dataclasses.replace(companion, name=" Rui ", email=" rui@example.com "),
    )
    stored_profile = services.profile.get()
    stored_course = services.course.get()
    stored_companion = services.companion.get()
    assert stored_profile is not None
    assert stored_profile.name == "Ana Souza"
    assert stored_course is not None
    assert (stored_course.clinic_name, stored_course.clinic_city) == ("Clínica", "Puebla")
    assert stored_companion == dataclasses.replace(companion, name="Rui")


INVALID_PARTS = {
    "profile: no name": ("profile", {"name": "  "}, "name"),
    "profile: EDSS 11": ("profile", {"edss": 11.0}, "edss"),
    "course: unknown zone": (
        "course",
        {"destination_zone": "Atlantis/Capital"},
        "destination_zone",
    ),
    "course: arrival in a DST gap": (
        "course",
        {
            "arrival_date": date(2026, 3, 8),
            "arrival_time": time(2, 30),
            "destination_zone": "America/New_York",
        },
        "arrival_time",
    ),
    "course: arrival after treatment": (
        "course",
        {"arrival_date": date(2026, 5, 22)},
        "treatment_start",
    ),
    "companion: no name": ("companion", {"name": ""}, "companion_name"),
    "companion: bad email": ("companion", {"email": "rui@"}, "companion_email"),
}


@pytest.mark.parametrize("case", list(INVALID_PARTS))
def test_onboarding_with_any_invalid_part_stores_nothing(
    case: str,
    services: JournalServices,
    journal: Journal,
    profile: ProfileData,
    course: CourseData,
    companion: CompanionData,
) -> None:
    part, changes, field = INVALID_PARTS[case]
    parts = {"profile": profile, "course": course, "companion": companion}
    parts[part] = dataclasses.replace(parts[part], **changes)  # type: ignore[type-var]
    with pytest.raises(InvalidInput) as refused:
        services.onboarding.complete(parts["profile"], parts["course"], parts["companion"])
    assert [p.field for p in refused.value.problems] == [field]
    assert_nothing_stored(services, journal)


def test_onboarding_reports_every_bad_field_at_once(
    services: JournalServices, profile: ProfileData, course: CourseData
) -> None:
    with pytest.raises(InvalidInput) as refused:
        services.onboarding.complete(
            dataclasses.replace(profile, name=""),
            dataclasses.replace(course, clinic_name=""),
            CompanionData(name=""),
        )
    assert {p.field for p in refused.value.problems} == {"name", "clinic_name", "companion_name"}


def test_onboarding_that_fails_while_writing_stores_nothing(
    services: JournalServices,
    journal: Journal,
    profile: ProfileData,
    course: CourseData,
    companion: CompanionData,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # With the course check switched off, the database's own CHECK refuses the course after
    # the profile has been added: the whole unit of work must roll back.
    monkeypatch.setattr(journey.services.profile, "course_problems", lambda _course: [])
    bad_course = dataclasses.replace(course, protocol="unlisted")
    with pytest.raises(sqlalchemy.exc.IntegrityError, match="CHECK constraint failed"):
        services.onboarding.complete(profile, bad_course, companion)
    assert_nothing_stored(services, journal)


def test_completing_onboarding_again_replaces_not_duplicates(
    services: JournalServices,
    journal: Journal,
    profile: ProfileData,
    course: CourseData,
    companion: CompanionData,
) -> None:
    services.onboarding.complete(profile, course, companion)
    changed_course = dataclasses.replace(course, protocol="msc", clinic_city="Cancún")
    services.onboarding.complete(profile, changed_course, None)
    assert services.course.get() == changed_course
    assert services.companion.get() is None
    assert len(raw_rows(journal, "profile")) == 1
    assert len(raw_rows(journal, "treatment_course")) == 1


def test_a_refused_second_onboarding_keeps_the_first(
    services: JournalServices, profile: ProfileData, course: CourseData, companion: CompanionData
) -> None:
    services.onboarding.complete(profile, course, companion)
    with pytest.raises(InvalidInput):
        services.onboarding.complete(
            dataclasses.replace(profile, name="Someone Else"),
            dataclasses.replace(course, clinic_name=""),
            None,
        )
    assert services.profile.get() == profile
    assert services.course.get() == course
    assert services.companion.get() == companion


# --- the profile ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"name": ""}, "name", "required"),
        ({"name": "   "}, "name", "required"),
        ({"edss": 3.3}, "edss", "edss_step"),
        ({"edss": -0.5}, "edss", "edss_range"),
        ({"ms_type": "relapsing"}, "ms_type", "unknown_choice"),
        ({"diagnosis_year": 2027}, "diagnosis_year", "year_range"),
        ({"last_mri_date": date(2026, 5, 11)}, "last_mri_date", "date_in_future"),
    ],
)
def test_a_bad_profile_is_refused_and_the_previous_one_kept(
    services: JournalServices,
    journal: Journal,
    profile: ProfileData,
    changes: dict[str, object],
    field: str,
    code: str,
) -> None:
    services.profile.save(profile)
    before = raw_rows(journal, "profile")
    with pytest.raises(InvalidInput) as refused:
        services.profile.save(dataclasses.replace(profile, **changes))  # type: ignore[arg-type]
    problem = refused.value.for_field(field)
    assert problem is not None
    assert problem.code == code
    assert field in str(refused.value)
    assert services.profile.get() == profile
    assert raw_rows(journal, "profile") == before


def test_a_profile_can_be_corrected(services: JournalServices, profile: ProfileData) -> None:
    services.profile.save(profile)
    corrected = dataclasses.replace(profile, edss=4.0, edss_date=date(2026, 5, 1))
    assert services.profile.save(corrected) == corrected
    assert services.profile.get() == corrected


def test_check_finds_problems_without_storing(
    services: JournalServices, profile: ProfileData
) -> None:
    problems = services.profile.check(dataclasses.replace(profile, edss=12.0))
    assert [p.field for p in problems] == ["edss"]
    assert services.profile.get() is None


def test_the_profile_records_when_and_where_it_changed(
    services: JournalServices, journal: Journal, profile: ProfileData
) -> None:
    services.profile.save(profile)
    with journal.engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT updated_at, updated_zone FROM profile").one()
    assert tuple(stored) == ("2026-05-10 14:00:00.000000", "America/Toronto")


# --- the course and the companion ----------------------------------------------------------------


def test_a_bad_course_is_refused_and_the_previous_one_kept(
    services: JournalServices, course: CourseData
) -> None:
    services.course.save(course)
    with pytest.raises(InvalidInput) as refused:
        services.course.save(dataclasses.replace(course, arrival_date=date(2026, 6, 1)))
    problem = refused.value.for_field("treatment_start")
    assert problem is not None
    assert problem.code == "arrival_after_treatment"
    assert services.course.get() == course


def test_saving_no_companion_removes_them(
    services: JournalServices, journal: Journal, companion: CompanionData
) -> None:
    services.companion.save(companion)
    assert services.companion.get() == companion
    assert services.companion.save(None) is None
    assert services.companion.get() is None
    assert raw_rows(journal, "companion") == []
    services.companion.save(None)  # travelling alone already: nothing to remove
    assert services.companion.get() is None


def test_a_companion_can_be_changed(services: JournalServices, companion: CompanionData) -> None:
    services.companion.save(companion)
    other = CompanionData(name="Marta", phone="", email="")
    services.companion.save(other)
    assert services.companion.get() == other


def test_a_bad_companion_is_refused_and_the_previous_one_kept(
    services: JournalServices, companion: CompanionData
) -> None:
    services.companion.save(companion)
    with pytest.raises(InvalidInput) as refused:
        services.companion.save(dataclasses.replace(companion, email="not an address"))
    assert [p.field for p in refused.value.problems] == ["companion_email"]
    assert services.companion.get() == companion


# --- settings ----------------------------------------------------------------------------------


def test_a_new_journal_has_the_default_settings(services: JournalServices) -> None:
    assert services.settings.preferences() == Settings()
    assert not services.settings.is_demo()


@pytest.mark.parametrize(
    "chosen",
    [
        Settings(temperature_unit="F", theme="dark", text_size=200),
        Settings(temperature_unit="C", theme="light", text_size=100),
        Settings(theme="system", text_size=130),
    ],
)
def test_settings_round_trip(services: JournalServices, chosen: Settings) -> None:
    assert services.settings.save_preferences(chosen) == chosen
    assert services.settings.preferences() == chosen


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        (Settings(temperature_unit="K"), "temperature_unit"),
        (Settings(theme="sepia"), "theme"),
        (Settings(text_size=250), "text_size"),
        (Settings(text_size=50), "text_size"),
        (Settings(text_size="150"), "text_size"),  # type: ignore[arg-type]
    ],
)
def test_invalid_settings_are_refused_and_nothing_stored(
    services: JournalServices, journal: Journal, bad: Settings, field: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        services.settings.save_preferences(bad)
    assert [p.field for p in refused.value.problems] == [field]
    assert raw_rows(journal, "setting") == []
    assert services.settings.preferences() == Settings()


def test_refused_settings_keep_the_previous_ones(services: JournalServices) -> None:
    chosen = Settings(temperature_unit="F", theme="dark", text_size=150)
    services.settings.save_preferences(chosen)
    with pytest.raises(InvalidInput):
        services.settings.save_preferences(
            Settings(temperature_unit="C", theme="dark", text_size=999)
        )
    assert services.settings.preferences() == chosen


def test_a_setting_broken_by_hand_falls_back_alone(
    services: JournalServices, journal: Journal
) -> None:
    services.settings.save_preferences(Settings(temperature_unit="F", theme="dark", text_size=150))
    with journal.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE setting SET value = '\"huge\"' WHERE key = 'text_size'")
    assert services.settings.preferences() == Settings(
        temperature_unit="F", theme="dark", text_size=100
    )


# --- the demo --------------------------------------------------------------------------------


def test_the_demo_is_an_hsct_journey_in_mexico_with_a_companion(
    services: JournalServices,
) -> None:
    seed_demo(services)
    assert services.settings.is_demo()
    assert services.onboarding.is_complete()
    demo_course = services.course.get()
    assert demo_course is not None
    assert demo_course.protocol == "hsct"
    assert demo_course.destination_zone == "America/Tijuana"
    assert demo_course.home_zone != demo_course.destination_zone
    today = services.clock.today()
    # Made at 07:00 in Tijuana, after the clinic's 06:30 count: the arrival was 24 days ago.
    assert demo_course.arrival_date == today - timedelta(days=24)
    assert demo_course.arrival_date <= demo_course.treatment_start <= today
    assert course_problems(demo_course) == []
    demo_profile = services.profile.get()
    assert demo_profile is not None
    assert profile_problems(demo_profile, today) == []
    demo_companion = services.companion.get()
    assert demo_companion is not None
    assert demo_companion.name
    # Invented contact details: 555-01xx numbers and example.com are reserved for fiction.
    assert "555 01" in demo_companion.phone
    assert demo_companion.email.endswith("@example.com")
    assert services.settings.preferences() == Settings()
    # A full HSCT itinerary: travel via San Diego, then the clinic's days; day 0 (the
    # reinfusion) was ten days ago and is done, like everything that has already ended.
    items = services.itinerary.items()
    kinds = {item.details.kind for item in items}
    assert {"flight", "ground_transfer", "border_crossing", "hotel_stay"} <= kinds
    numbering = services.itinerary.numbering()
    assert numbering is not None
    assert numbering.day_zero == today - timedelta(days=10)
    reinfusion = next(item for item in items if item.details.kind == "reinfusion")
    assert reinfusion.details.status == "done"
    assert all(
        item.details.status == "planned"
        for item in items
        if item.details.start_instant() > services.clock.now()
    )


@pytest.mark.parametrize(
    ("tijuana_time", "protocol_day"),
    [("00:30", 11), ("06:29", 11), ("06:30", 10), ("09:00", 10), ("15:00", 10), ("23:30", 10)],
)
def test_the_demo_has_its_watch_window_open_whatever_the_hour_it_is_made(
    journal: Journal, tijuana_time: str, protocol_day: int
) -> None:
    """The clinic's lab counts at 06:30: made before that count in Tijuana, the demo's today is
    day +11 (the arrival a day earlier), else day +10. Either way the newest neutrophil count
    confirms engraftment on day +8, and the watch window the platelet transfusion of day +9
    opened at 15:00 (48 hours) is open with its two check-ins, none of them in the future."""
    tijuana = ZoneInfo("America/Tijuana")
    local = datetime.combine(date(2026, 11, 25), time.fromisoformat(tijuana_time), tijuana)
    clock = Clock("America/Toronto", fixed_now=local.astimezone(UTC))
    services = JournalServices.build(journal.session_factory, clock)
    seed_demo(services)

    numbering = services.itinerary.numbering()
    assert numbering is not None
    day_zero = numbering.day_zero
    assert day_zero is not None
    assert (clock.today("America/Tijuana") - day_zero).days == protocol_day
    assert day_zero == date(2026, 11, 25) - timedelta(days=protocol_day)

    neutrophils = services.blood_counts.engraftment("neutrophils")
    assert neutrophils.found is not None
    assert neutrophils.latest is not None
    newest = neutrophils.latest.details
    assert newest.at.astimezone(tijuana) == datetime.combine(
        day_zero + timedelta(days=10), time(6, 30), tijuana
    )
    assert neutrophils.found.day == day_zero + timedelta(days=8)
    assert neutrophils.found.met_at == newest.at  # the newest count is the one that confirms
    assert not services.blood_counts.neutropenia().open_now
    assert services.blood_counts.engraftment("platelets").found is None  # transfused on day +9

    day_nine = day_zero + timedelta(days=9)
    transfused = [t.at for t in services.blood_counts.transfusions()]
    assert datetime.combine(day_nine, time(14, 0), tijuana) in transfused
    (window,) = services.watch_windows.open_now()
    assert (window.kind, window.title, window.hours) == ("manual", "Platelet transfusion", 48)
    assert window.opened_at == datetime.combine(day_nine, time(15, 0), tijuana)
    entries = services.side_effects.entries()
    assert len(entries) == 16  # 8 after the reinfusion, 6 evenings of isolation, 2 in the window
    assert all(entry.details.at <= clock.now() for entry in entries)
    in_window = [entry for entry in entries if entry.watch_window_id == window.id]
    assert [entry.details.symptom for entry in in_window] == ["Fatigue", "Rash"]  # newest first
    assert all(window.opened_at <= entry.details.at < window.closes_at for entry in in_window)
    # The fever of day +1, more than a week ago, no longer raises a banner; it was acknowledged,
    # as the README's tour says.
    assert services.red_flags.raised() == []
    arrival = datetime.combine(numbering.arrival, time(0, 0), tijuana)
    flags = services.red_flags.in_period(arrival, clock.now())
    assert [flag.rule_key for flag, _ in flags] == ["hsct_isolation_fever"]
    assert [acknowledged for _, acknowledged in flags] == [clock.now()]
