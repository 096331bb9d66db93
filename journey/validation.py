"""The rules a value must keep before it is stored (SPEC §4). Pure functions, no I/O.

Each returns every problem it finds, so a form can mark all the bad fields at once.
"""

from __future__ import annotations

import re
from datetime import date

from journey.dto import (
    BLOOD_TYPES,
    MS_TYPES,
    PROTOCOLS,
    CompanionData,
    CourseData,
    ProfileData,
)
from journey.errors import Problem

MIN_PASSPHRASE = 8  # characters; NIST SP 800-63B 5.1.1.2 asks at least 8 of a memorised secret

NAME_MAX = 200
CLINIC_ADDRESS_MAX = 300  # the width of treatment_course.clinic_address
# The longest free text Journey keeps in one field (a note, an MRI report, discharge advice):
# 20,000 characters is about ten printed pages, more than any note a tired patient types, and
# keeps the report, the exports and the sync batches of a five-year journal small and fast. A
# 10 MB note made `export pdf` run for minutes (issue 21).
NOTE_MAX = 20_000
# Allergies are a list for a wallet card and the report's first page, not a history: 1,000
# characters is some twenty allergies with what each does, and a card shows only its start.
ALLERGIES_MAX = 1_000
# The first EDSS-like scales date from the 1950s; an earlier diagnosis year is a typo.
EARLIEST_DIAGNOSIS_YEAR = 1950
# Kurtzke's Expanded Disability Status Scale (Kurtzke 1983, Neurology 33:1444): 0–10 in 0.5
# steps. Journey stores what a clinician reported; it never computes EDSS.
EDSS_MIN, EDSS_MAX, EDSS_STEP = 0.0, 10.0, 0.5
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _required_text(field: str, value: str, limit: int = NAME_MAX) -> Problem | None:
    if not value.strip():
        return Problem(field, "required")
    if len(value) > limit:
        return Problem(field, "text_too_long", {"max": limit})
    return None


def edss_problem(field: str, value: float | None) -> Problem | None:
    if value is None:
        return None
    if not EDSS_MIN <= value <= EDSS_MAX:
        return Problem(field, "edss_range")
    if (value / EDSS_STEP) != int(value / EDSS_STEP):
        return Problem(field, "edss_step")
    return None


def profile_problems(profile: ProfileData, today: date) -> list[Problem]:
    problems = [
        _required_text("name", profile.name),
        None if profile.ms_type in MS_TYPES else Problem("ms_type", "unknown_choice"),
        edss_problem("edss", profile.edss),
        notes_problem("dmt_history", profile.dmt_history),
        notes_problem("last_mri_findings", profile.last_mri_findings),
        optional_text("allergies", profile.allergies, ALLERGIES_MAX),
        None
        if profile.blood_type in ("", *BLOOD_TYPES)
        else Problem("blood_type", "unknown_choice"),
    ]
    year = profile.diagnosis_year
    if year is not None and not EARLIEST_DIAGNOSIS_YEAR <= year <= today.year:
        problems.append(
            Problem(
                "diagnosis_year", "year_range", {"min": EARLIEST_DIAGNOSIS_YEAR, "max": today.year}
            )
        )
    # Here, not at the top: reading the settings before the window needs no time zones.
    from journey.timekeeping import date_problem

    for name in ("edss_date", "last_mri_date"):
        when = getattr(profile, name)
        out_of_range = date_problem(name, when)
        if out_of_range is not None:
            problems.append(out_of_range)
        elif when is not None and when > today:
            problems.append(Problem(name, "date_in_future"))
    return [p for p in problems if p is not None]


def course_problems(course: CourseData) -> list[Problem]:
    # Here, not at the top: reading the settings before the window needs no time zones.
    from journey.timekeeping import date_problem, wall_time_problem, zone_problem

    arrival = date_problem("arrival_date", course.arrival_date)
    start = date_problem("treatment_start", course.treatment_start)
    problems = [
        None if course.protocol in PROTOCOLS else Problem("protocol", "unknown_choice"),
        _required_text("clinic_name", course.clinic_name),
        optional_text("clinic_address", course.clinic_address, CLINIC_ADDRESS_MAX),
        zone_problem("home_zone", course.home_zone),
        arrival,
        start,
    ]
    destination = zone_problem("destination_zone", course.destination_zone)
    problems.append(destination)
    if destination is None and arrival is None:
        problems.append(
            wall_time_problem(
                "arrival_time", course.arrival_date, course.arrival_time, course.destination_zone
            )
        )
    if arrival is None and start is None and course.arrival_date > course.treatment_start:
        problems.append(Problem("treatment_start", "arrival_after_treatment"))
    return [p for p in problems if p is not None]


def companion_problems(companion: CompanionData) -> list[Problem]:
    problems = [_required_text("companion_name", companion.name)]
    if companion.email.strip() and not _EMAIL.match(companion.email.strip()):
        problems.append(Problem("companion_email", "invalid_email"))
    return [p for p in problems if p is not None]


# --- shared by the trip's services (contacts, documents, costs) ----------------------------


def required_text(field: str, value: str, limit: int = NAME_MAX) -> Problem | None:
    """Not blank, and not longer than ``limit`` characters."""
    return _required_text(field, value, limit)


def optional_text(field: str, value: str, limit: int) -> Problem | None:
    return Problem(field, "text_too_long", {"max": limit}) if len(value) > limit else None


def notes_problem(field: str, value: str) -> Problem | None:
    """Free text within NOTE_MAX characters."""
    return optional_text(field, value, NOTE_MAX)


def email_problem(field: str, email: str) -> Problem | None:
    """Empty, or shaped like an e-mail address (a light check: the app never sends mail)."""
    email = email.strip()
    if not email:
        return None
    if len(email) > EMAIL_MAX:
        return Problem(field, "text_too_long", {"max": EMAIL_MAX})
    return None if _EMAIL.match(email) else Problem(field, "invalid_email")


EMAIL_MAX = 254  # RFC 5321's limit on a forward path, and the column's width
