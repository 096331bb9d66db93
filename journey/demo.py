"""The demo journal: a realistic autologous HSCT journey to Tijuana with a companion.

Everything is invented: the patient, the companion, the clinic (no real clinic is named, so
nothing reads as a recommendation) and the numbers (555-01xx phone numbers are reserved for
fiction). Dates are laid out around "today" so a newcomer always sees a course in progress:
the reinfusion (day 0) was ten days ago (eleven when the demo is made before the clinic's
morning count in Tijuana), the neutrophils engrafted on day +8, and a platelet transfusion the
afternoon before opened a 48-hour watch window that is still open. It grows as features land.

Aftercare (SPEC §2.6–2.7) comes with a year of history: a weekly self-rating on every built-in
scale for the 52 weeks before today (the same weekday every week at 20:00 in Toronto, the last
three in Tijuana at the clinic; the newest exactly a week ago, so a rating is due today), slowly
worsening over the year, with a relapse about seven months ago (walking, balance, fatigue,
bladder worse for about six weeks, then a partial recovery) and hard weeks of chemotherapy and
isolation at the clinic. A custom scale records the SDMT score the neurologist gave three
times (the test itself is licensed and never shown). The baseline is marked explicitly
(``RatingDetails.baseline=True`` on the last four ratings before the arrival) rather
than left to the "before the treatment start" rule, to show that feature. One relapse, two MRIs,
three EDSS reports (the newest MRI and EDSS are the profile's), the medication history, the
post-HSCT prophylaxis from day 0 that the protocol's source lists (doses and times "confirmed by
the clinic's team": invented, never advice), with each dose recorded as taken but one missed
evening dose of aciclovir, a discharge packet that only says when discharge is planned (it is
still ahead), and the follow-up plan's reminders in the itinerary.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from journey.aftercare import (
    DischargeDetails,
    EdssDetails,
    MedicationDetails,
    MriDetails,
    RatingDetails,
    RelapseDetails,
    ScaleDetails,
)
from journey.blood_counts import count_kind, transfusion_title
from journey.dto import CompanionData, CourseData, ProfileData
from journey.itinerary import ItemDetails
from journey.medications import DoseSchedule
from journey.money import Conversion
from journey.protocols import ProtocolTemplate
from journey.services import JournalServices
from journey.services.blood_counts import CountDetails
from journey.services.costs import ExpenseDetails
from journey.services.documents import DueDiligenceAnswer
from journey.services.people import ContactDetails
from journey.services.side_effects import EntryDetails

# Arrival 24 days ago: with the HSCT template's reinfusion on day 15 of the stay, today is
# day +10, when the morning count confirms the neutrophils' engraftment on day +8; 25 days ago
# (day +11) when the demo is made before that count, at night.
DEMO_ARRIVAL_DAYS_AGO = (24, 25)
DEMO_COUNT_TIME = time(6, 30)  # the clinic lab's morning draw
TORONTO, SAN_DIEGO, TIJUANA = "America/Toronto", "America/Los_Angeles", "America/Tijuana"
LAST_MRI_FINDINGS = (
    "Two new T2 lesions since the previous scan, one gadolinium-enhancing lesion in the cervical "
    "cord."
)

# Aftercare, in days before today (the demo's "today" in Tijuana).
DEMO_RATING_WEEKS = 52
DEMO_LAST_RATING_DAYS_AGO = 7  # weekly cadence: the next rating is due today
DEMO_RATING_TIME = time(20, 0)  # an evening habit: the same weekday every week, 20:00 local
DEMO_BASELINE_DAYS_AGO = (49, 42, 35, 28)  # the last four ratings before the arrival
DEMO_RELAPSE_DAYS_AGO = 214  # about seven months ago; it lasted six weeks
DEMO_RELAPSE_WEEKS = 6
DEMO_MRI_DAYS_AGO = (198, 106)  # after the relapse; the profile's last MRI
DEMO_EDSS = (  # days ago, score, reported by; the newest is the profile's
    (365, 3.5, "Dr. Sarah Chen (demo)"),
    (185, 4.0, "Dr. Priya Nair (demo)"),
    (85, 4.0, "Dr. Sarah Chen (demo)"),
)
DEMO_SDMT = {364: 52, 182: 47, 84: 50}  # days ago of the rating → the score from the neurologist
SDMT_SCALE = "SDMT score (from my neurologist)"
# The trip's bookings (invented): the flights there and back on one booking, the hotel's own.
DEMO_FLIGHTS = ("AC 1856", "AC 1857")
DEMO_FLIGHT_BOOKING = "QX7M2P"
DEMO_HOTEL = "Hotel Ejemplo Tijuana"
DEMO_HOTEL_BOOKING = "HET-48213"
DEMO_PICKUP_REMINDER = 120  # minutes: time to call the driver if the flight is late


@dataclass(frozen=True)
class Wording:
    """The shipped texts the demo writes into the journal (protocol steps, the follow-up
    plan, the transfusion's watch window) in the user's language: the UI passes its
    translations; the data files are English."""

    protocol: Callable[[ProtocolTemplate], ProtocolTemplate] = lambda template: template
    follow_up: Callable[[list[ItemDetails]], list[ItemDetails]] = lambda drafts: drafts
    transfusion_window: str = transfusion_title("platelets")


def demo_arrival(now: datetime) -> date:
    """The demo's arrival date: 24 days ago, so that today's morning count (day +10) is the
    third at or above 0.5 since day +8; 25 days ago before that count is taken."""
    local = now.astimezone(ZoneInfo(TIJUANA))
    early, late = DEMO_ARRIVAL_DAYS_AGO
    return local.date() - timedelta(days=early if local.time() >= DEMO_COUNT_TIME else late)


def seed_demo(services: JournalServices, wording: Wording | None = None) -> None:
    """Fill an empty journal with the demo journey and mark it as the demo."""
    wording = wording or Wording()
    today = services.clock.today(TIJUANA)
    arrival = demo_arrival(services.clock.now())
    services.onboarding.complete(
        ProfileData(
            name="Elena Ramírez",
            ms_type="RRMS",
            diagnosis_year=today.year - 11,
            edss=DEMO_EDSS[-1][1],
            edss_date=today - timedelta(days=DEMO_EDSS[-1][0]),
            dmt_history=(
                "Interferon beta-1a for 3 years; fingolimod for 2 years (relapses on both); "
                "ocrelizumab until 8 months ago, stopped after two relapses and new lesions."
            ),
            last_mri_date=today - timedelta(days=DEMO_MRI_DAYS_AGO[-1]),
            last_mri_findings=LAST_MRI_FINDINGS,
            allergies="Penicillin (rash)",
            blood_type="O+",
        ),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Ejemplo de Hematología (demo)",
            clinic_city="Tijuana, Mexico",
            arrival_date=arrival,
            arrival_time=time(14, 30),
            destination_zone=TIJUANA,
            treatment_start=arrival + timedelta(days=3),
            home_zone=TORONTO,
        ),
        CompanionData(name="Tomás Ramírez", phone="+1 416 555 0142", email="tomas@example.com"),
        lambda template: _one_hotel_stay(wording.protocol(template)),
    )
    home_day = arrival + timedelta(days=28)
    at = datetime.combine
    travel = [
        ItemDetails(
            kind="flight",
            title="Flight Toronto → San Diego",
            start=at(arrival, time(8, 15)),
            zone=TORONTO,
            end=at(arrival, time(10, 40)),
            end_zone=SAN_DIEGO,
            place="Toronto Pearson, Terminal 1",
            notes="Wheelchair assistance booked at both airports.",
            responsible="companion",
            flight_number=DEMO_FLIGHTS[0],
            booking_ref=DEMO_FLIGHT_BOOKING,
            from_airport="YYZ",
            to_airport="SAN",
            pinned=True,
        ),
        ItemDetails(
            kind="ground_transfer",
            title="Airport pickup at San Diego (SAN)",
            start=at(arrival, time(11, 15)),
            zone=SAN_DIEGO,
            end=at(arrival, time(12, 0)),
            place="SAN Terminal 2, baggage claim",
            notes="The clinic's driver holds a sign with Elena's name.",
            responsible="clinic",
            reminder_minutes=DEMO_PICKUP_REMINDER,
        ),
        ItemDetails(
            kind="border_crossing",
            title="Border crossing, medical lane",
            start=at(arrival, time(12, 0)),
            zone=SAN_DIEGO,
            end=at(arrival, time(14, 30)),
            end_zone=TIJUANA,
            place="San Ysidro",
            notes="Passports and the clinic's letter ready.",
            responsible="clinic",
        ),
        ItemDetails(
            kind="border_crossing",
            title="Border crossing back, medical lane",
            start=at(home_day, time(9, 0)),
            zone=TIJUANA,
            end=at(home_day, time(11, 0)),
            end_zone=SAN_DIEGO,
            place="San Ysidro",
            responsible="clinic",
        ),
        ItemDetails(
            kind="flight",
            title="Flight San Diego → Toronto",
            start=at(home_day, time(13, 30)),
            zone=SAN_DIEGO,
            end=at(home_day, time(21, 35)),
            end_zone=TORONTO,
            place="San Diego International, Terminal 2",
            notes="Wheelchair assistance booked at both airports.",
            responsible="companion",
            flight_number=DEMO_FLIGHTS[1],
            booking_ref=DEMO_FLIGHT_BOOKING,
            from_airport="SAN",
            to_airport="YYZ",
            pinned=True,
        ),
    ]
    for details in travel:
        services.itinerary.add(details)
    _hotel_stay(services)
    now = services.clock.now()
    for item in services.itinerary.items():
        finished = item.details.end_instant() or item.details.start_instant()
        if finished <= now:
            services.itinerary.update(item.id, replace(item.details, status="done"))
    _seed_people_and_papers(services, today)
    _seed_blood_counts(services, arrival)
    _seed_side_effects(services, arrival, wording)
    _seed_aftercare(services, today, arrival + timedelta(days=3), wording)
    services.settings.mark_demo()


def _one_hotel_stay(template: ProtocolTemplate) -> ProtocolTemplate:
    """The protocol's hotel check-in and check-out as one stay over the nights between (laid
    out so, rather than replaced afterwards: nothing deleted, nothing to cancel on a phone)."""
    check_in = next((step for step in template.steps if step.kind == "hotel_check_in"), None)
    check_out = next((step for step in template.steps if step.kind == "hotel_check_out"), None)
    if check_in is None or check_out is None:
        return template
    stay = replace(
        check_in,
        kind="hotel_stay",
        title=DEMO_HOTEL,
        text_key=None,  # the hotel's name, the demo's own words
        minutes=None,
        end_day=check_out.day,
        end_time=check_out.start_time,
    )
    steps = tuple(stay if step is check_in else step for step in template.steps)
    return replace(template, steps=tuple(step for step in steps if step is not check_out))


def _hotel_stay(services: JournalServices) -> None:
    """The hotel stay is booked: its reference and room, pinned."""
    for item in services.itinerary.items():
        if item.details.kind == "hotel_stay":
            services.itinerary.update(
                item.id,
                replace(
                    item.details,
                    booking_ref=DEMO_HOTEL_BOOKING,
                    notes="Room 412, ground floor, near the lift.",
                    pinned=True,
                ),
            )


# Each built-in scale's course over the year before treatment, on its own 0–10 axis: the value
# a year ago, the slow change by the treatment, and the change at the relapse's worst (fatigue
# and pain are higher-is-worse, so a worse week raises them).
_COURSE: dict[str, tuple[float, float, float]] = {
    "energy": (5.5, -1.0, -1.5),
    "fatigue": (5.5, 1.0, 2.5),
    "thinking": (6.5, -0.5, -0.5),
    "walking": (5.5, -1.0, -3.0),
    "balance": (5.5, -1.0, -2.5),
    "hand_use": (7.5, -0.5, -0.5),
    "pain": (3.0, 0.5, 1.0),
    "mood": (6.5, -0.5, -1.5),
    "sleep": (6.0, -0.5, -0.5),
    "bladder_bowel": (6.5, -1.0, -2.5),
    "overall": (6.0, -1.0, -2.0),
}
# The weeks at the clinic, on top of that course: the first day of chemotherapy (the first
# cyclophosphamide block, after the journey and the tests), the G-CSF injections, then day +3
# in protective isolation after the conditioning and the reinfusion.
_AT_THE_CLINIC: dict[int, dict[str, float]] = {
    21: {"energy": -1.5, "fatigue": 1.5, "sleep": -1, "mood": 0.5},
    14: {
        "energy": -2.5,
        "fatigue": 2,
        "thinking": -2,
        "walking": -1,
        "balance": -1,
        "hand_use": -0.5,
        "pain": 2,
        "mood": -1.5,
        "sleep": -2,
        "bladder_bowel": -0.5,
        "overall": -2,
    },
    7: {
        "energy": -3.5,
        "fatigue": 3,
        "thinking": -2.5,
        "walking": -1.5,
        "balance": -1.5,
        "hand_use": -1,
        "pain": 2.5,
        "mood": -2,
        "sleep": -2.5,
        "bladder_bowel": -1,
        "overall": -3,
    },
}
_RATING_NOTES = {
    364: "Yearly review with Dr. Chen this week: EDSS 3.5. Added my SDMT score.",
    210: "Relapse — steroids this week (IV methylprednisolone, three days). Legs heavy.",
    182: "Still recovering from the relapse. EDSS and SDMT at the MS clinic this week.",
    168: "Walking better, but not back to where it was before the relapse.",
    84: "Neurology review: EDSS 4.0, unchanged. Added my SDMT score.",
    49: "The first of four ratings I marked as my baseline before the treatment.",
    21: "At the clinic: the tests are done and the first day of chemotherapy (cyclophosphamide) "
    "too. Tired from the trip.",
    14: "Daily G-CSF injections: bone aches, very tired. Tomás typed it in for me.",
    7: "Day +3 in isolation: mouth sores, no energy at all. Tomás typed it in for me.",
}


def _relapse_weight(days_since: int) -> float:
    """How much of the relapse shows: none before it, all for two weeks, then a partial
    recovery by the end of the sixth week that leaves a little behind."""
    if days_since < 0:
        return 0.0
    if days_since < 14:
        return 1.0
    weeks = DEMO_RELAPSE_WEEKS * 7
    return 1.0 - 0.7 * min(days_since - 14, weeks - 14) / (weeks - 14)


def _seed_aftercare(
    services: JournalServices, today: date, treatment_start: date, wording: Wording
) -> None:
    """The ratings, the clinical history, the prophylaxis from day 0, the discharge packet as
    far as it is known before discharge, and the follow-up plan's reminders."""
    _seed_ratings(services, today)
    _seed_clinical_history(services, today)
    numbering = services.itinerary.numbering()
    day_zero = (numbering.day_zero if numbering is not None else None) or today - timedelta(days=10)
    _seed_prophylaxis(services, day_zero)
    discharge = next((i for i in services.itinerary.items() if i.details.kind == "discharge"), None)
    if discharge is not None:
        on = discharge.details.start.date()
        services.clinical.save_discharge(
            DischargeDetails(
                instructions=(
                    f"Discharge is planned for {on.isoformat()} (day +{(on - day_zero).days}). "
                    "The clinic goes through the instructions and the medications then; "
                    "this packet is filled in on the day."
                ),
                who_to_call="Until discharge: the clinic's 24-hour line, +52 664 555 0100.",
            )
        )
    plan = services.clinical.follow_up_drafts("hsct", treatment_start, TORONTO)
    for details in wording.follow_up(plan):
        services.itinerary.add(details)


# The prophylaxis the HSCT protocol's source lists (resources/medications/medications.json:
# Ruiz-Argüelles 2016), each with the dose and times the demo's fictional team gave: invented
# for the demo, never advice. Name, dose, the user's words, the structured schedule, what stops
# it.
_PROPHYLAXIS_NOTE = (
    "Dose and times confirmed by the clinic's team (fictional, demo) — not advice. "
    "Listed in the protocol's source: Ruiz-Argüelles GJ et al., Blood 2016;128(22):2262."
)
_DEMO_PROPHYLAXIS: tuple[tuple[str, str, str, DoseSchedule, str], ...] = (
    (
        "Aciclovir",
        "400 mg",
        "Twice a day",
        DoseSchedule("times_a_day", (time(8, 0), time(20, 0))),
        "team",
    ),
    (
        "Co-trimoxazole",
        "960 mg",
        "Monday, Wednesday and Friday",
        DoseSchedule("weekdays", (time(8, 0),), weekdays=(1, 3, 5)),
        "neutrophils",
    ),
    (
        "Fluconazole",
        "200 mg",
        "Once a day",
        DoseSchedule("times_a_day", (time(8, 0),)),
        "neutrophils",
    ),
    ("Ondansetron", "8 mg", "If sick, as the team said", DoseSchedule("as_needed"), "neutrophils"),
)
DEMO_MISSED_DOSE = ("Aciclovir", time(20, 0))  # on day 0, the evening of the reinfusion
DEMO_AS_NEEDED_TAKEN = (("Ondansetron", 0, time(15, 30)),)  # name, days after day 0, when


def _seed_prophylaxis(services: JournalServices, day_zero: date) -> None:
    """The prophylaxis from day 0 with its doses recorded by Elena or Tomás a few minutes
    after each was due — except one evening dose of aciclovir, the demo's one missed dose.
    A dose due in the last 20 minutes is left for the reminder."""
    doses = services.clinical.doses
    ids = {}
    for name, dose, words, schedule, stop_when in _DEMO_PROPHYLAXIS:
        stored = services.clinical.medications.add(
            MedicationDetails(
                name=name,
                started=day_zero,
                dose=dose,
                schedule=words,
                notes=_PROPHYLAXIS_NOTE,
                route="mouth",
                dose_schedule=schedule,
                stop_when=stop_when,
            )
        )
        ids[name] = stored.id
    now = services.clock.now()
    missed_name, missed_time = DEMO_MISSED_DOSE
    for due in doses.doses(day_zero, services.clock.today()):
        local = due.due.local
        if due.due.at + timedelta(minutes=20) > now:
            continue
        if (due.name, local) == (missed_name, datetime.combine(day_zero, missed_time)):
            continue
        by = "companion" if local.date() == day_zero else "patient"
        doses.record(due.medication_id, local, "taken", by, due.due.at + timedelta(minutes=10))
    zone = ZoneInfo(services.clock.zone)
    for name, days_after, when in DEMO_AS_NEEDED_TAKEN:
        local = datetime.combine(day_zero + timedelta(days=days_after), when)
        taken = local.replace(tzinfo=zone)
        if taken <= now:
            doses.record(ids[name], local, "taken", "companion", taken)


def _seed_ratings(services: JournalServices, today: date) -> None:
    """52 weekly ratings, the newest a week ago; Tijuana's zone for the weeks at the clinic."""
    services.ratings.set_cadence("weekly")
    ids = {scale.key: scale.id for scale in services.ratings.scales()}
    sdmt = services.ratings.add_scale(
        ScaleDetails(
            SDMT_SCALE,
            low=0,
            high=110,
            note="The score my neurologist's team gave me; the test itself is not in Journey.",
        )
    )
    noise = random.Random(20260510)
    relapse = today - timedelta(days=DEMO_RELAPSE_DAYS_AGO)
    arrival = demo_arrival(services.clock.now())
    oldest = DEMO_LAST_RATING_DAYS_AGO * DEMO_RATING_WEEKS
    for days_ago in range(oldest, DEMO_LAST_RATING_DAYS_AGO - 1, -7):
        day = today - timedelta(days=days_ago)
        weight = _relapse_weight((day - relapse).days)
        stay = _AT_THE_CLINIC.get(days_ago, {})
        values: list[tuple[int, float]] = []
        for key, (start, change, worst) in _COURSE.items():
            value = start + change * (oldest - days_ago) / oldest + worst * weight
            value += stay.get(key, 0.0) + noise.gauss(0, 0.4)
            values.append((ids[key], float(min(10, max(0, round(value))))))
        if days_ago in DEMO_SDMT:
            values.append((sdmt.id, float(DEMO_SDMT[days_ago])))
        zone = TIJUANA if day >= arrival else TORONTO
        services.ratings.record(
            RatingDetails(
                at=datetime.combine(day, DEMO_RATING_TIME, tzinfo=ZoneInfo(zone)),
                zone=zone,
                values=tuple(values),
                recorded_by="companion" if days_ago in (7, 14) else "patient",
                notes=_RATING_NOTES.get(days_ago, ""),
                baseline=True if days_ago in DEMO_BASELINE_DAYS_AGO else None,
            )
        )


def _seed_clinical_history(services: JournalServices, today: date) -> None:
    """The relapse, the two MRIs and EDSS reports of the year, and the medication history."""
    relapse = today - timedelta(days=DEMO_RELAPSE_DAYS_AGO)
    services.clinical.relapses.add(
        RelapseDetails(
            started=relapse,
            ended=relapse + timedelta(weeks=DEMO_RELAPSE_WEEKS),
            symptoms="Legs heavy, walking shorter distances; worse balance; more fatigue; "
            "bladder urgency. Partial recovery after about six weeks.",
            steroids="IV methylprednisolone 1 g for 3 days",
        )
    )
    first_mri, last_mri = DEMO_MRI_DAYS_AGO
    services.clinical.mris.add(
        MriDetails(
            on=today - timedelta(days=first_mri),
            new_t2=2,
            enhancing=1,
            report="Brain and spine after the relapse: two new T2 lesions, one "
            "gadolinium-enhancing lesion in the thoracic cord.",
        )
    )
    services.clinical.mris.add(
        MriDetails(
            on=today - timedelta(days=last_mri), new_t2=2, enhancing=1, report=LAST_MRI_FINDINGS
        )
    )
    for days_ago, score, by in DEMO_EDSS:
        on = today - timedelta(days=days_ago)
        services.clinical.edss.add(EdssDetails(on=on, score=score, reported_by=by))
    ocrelizumab_stopped = today - timedelta(days=243)  # "until 8 months ago" in the profile
    for name, started, stopped, dose, schedule, notes in (
        (
            "Interferon beta-1a",
            today - timedelta(days=8 * 365),
            today - timedelta(days=5 * 365),
            "44 µg",
            "Three times a week, under the skin",
            "Relapses on it.",
        ),
        (
            "Fingolimod",
            today - timedelta(days=5 * 365),
            today - timedelta(days=3 * 365),
            "0.5 mg",
            "Once a day",
            "Relapses on it.",
        ),
        (
            "Ocrelizumab",
            today - timedelta(days=3 * 365),
            ocrelizumab_stopped,
            "600 mg IV",
            "Every 6 months",
            "Stopped after two relapses and new lesions; HSCT planned instead.",
        ),
    ):
        services.clinical.medications.add(
            MedicationDetails(name, started, stopped, dose, schedule, notes)
        )


# Blood counts (issue 18): days of the stay (arrival is day 1; day 15 is day 0), each a
# morning count from the clinic's lab, values in ×10⁹/L and g/L. An invented story: a low
# neutrophil count at the evaluation that the team repeated the next day and called recovered;
# the G-CSF rise during mobilisation; the fall after conditioning, with platelet transfusions
# on days +1 and +9; no count on day +5; a first 0.5 on day +6 that dips again, then three
# days at or above 0.5 from day +8: the neutrophils' engraftment (CIBMTR/ASTCT, see
# journey/blood_counts.py). The platelets have not engrafted: transfused yesterday.
_DEMO_COUNTS: tuple[tuple[int, dict[str, float], str], ...] = (
    (
        2,
        {
            "neutrophils": 0.45,
            "white_cells": 2.9,
            "lymphocytes": 1.1,
            "platelets": 210,
            "haemoglobin": 128,
        },
        "Lower than usual; the team will repeat it tomorrow.",
    ),
    (3, {"neutrophils": 1.9, "white_cells": 4.6}, "The repeat count."),
    (
        9,
        {"neutrophils": 29.5, "white_cells": 34.2, "platelets": 180, "haemoglobin": 119},
        "G-CSF: high, as the team expected.",
    ),
    (14, {"neutrophils": 3.2, "white_cells": 4.1, "platelets": 71, "haemoglobin": 108}, ""),
    (15, {"neutrophils": 1.2, "white_cells": 1.6, "platelets": 38, "haemoglobin": 101}, ""),
    (16, {"neutrophils": 0.3, "white_cells": 0.5, "platelets": 9, "haemoglobin": 95}, ""),
    (17, {"neutrophils": 0.1, "white_cells": 0.2, "platelets": 31, "haemoglobin": 93}, ""),
    (18, {"neutrophils": 0.05, "white_cells": 0.1, "platelets": 24, "haemoglobin": 91}, ""),
    (19, {"neutrophils": 0.02, "white_cells": 0.1, "platelets": 16, "haemoglobin": 88}, ""),
    (
        21,
        {"neutrophils": 0.5, "white_cells": 0.7, "platelets": 13, "haemoglobin": 86},
        "No count yesterday. The first sign of recovery, the team says; not yet engraftment.",
    ),
    (22, {"neutrophils": 0.4, "white_cells": 0.6, "platelets": 12, "haemoglobin": 85}, ""),
    (23, {"neutrophils": 0.6, "white_cells": 0.9, "platelets": 14, "haemoglobin": 87}, ""),
    (
        24,
        {"neutrophils": 1.1, "white_cells": 1.6, "platelets": 8, "haemoglobin": 88},
        "Platelets low: a transfusion this afternoon.",
    ),
    (
        25,
        {
            "neutrophils": 2.3,
            "white_cells": 3.1,
            "lymphocytes": 0.3,
            "platelets": 27,
            "haemoglobin": 90,
        },
        "Three days at or above 0.5: the team calls it engraftment.",
    ),
)
# Platelet transfusions: the day of the stay and the note.
_DEMO_TRANSFUSIONS = ((16, "One unit of platelets."), (24, "One unit of platelets, day +9."))


def _seed_blood_counts(services: JournalServices, arrival: date) -> None:
    now = services.clock.now()

    def when(stay_day: int, hour: int, minute: int = 0) -> datetime:
        return _on_stay_day(arrival, stay_day, time(hour, minute))

    for stay_day, values, notes in _DEMO_COUNTS:
        taken = when(stay_day, DEMO_COUNT_TIME.hour, DEMO_COUNT_TIME.minute)
        if taken > now:
            break
        for kind, value in values.items():
            services.blood_counts.add(
                CountDetails(
                    kind,
                    value,
                    count_kind(kind).stored_unit,
                    taken,
                    TIJUANA,
                    source="Clinic lab (demo)",
                    notes=notes if kind == "neutrophils" else "",
                )
            )
    recovered = when(3, 11)
    if recovered <= now:
        services.blood_counts.record_recovered(
            recovered,
            TIJUANA,
            "companion",
            "Dr. Ortiz (demo): the repeat count is fine, the treatment goes ahead.",
        )
    for stay_day, notes in _DEMO_TRANSFUSIONS:
        transfused = when(stay_day, 14)
        if transfused <= now:
            services.blood_counts.add_transfusion(
                "platelets", transfused, TIJUANA, "companion", notes
            )


# Side effects: (day of the stay, hour, minute), symptom, severity, °C, who logged it, notes.
_Check = tuple[tuple[int, int, int], str, int, float, str, str]
# Inside the reinfusion's watch window (day 0 to +2), with one red flag (38.1 °C during
# isolation) that was acknowledged.
_AFTER_REINFUSION: tuple[_Check, ...] = (
    ((15, 13, 0), "Fatigue", 5, 37.2, "patient", ""),
    ((15, 16, 0), "Nausea", 3, 37.4, "patient", "Ate a little rice."),
    ((15, 20, 0), "Headache", 4, 37.8, "companion", "Paracetamol as the clinic said."),
    ((16, 1, 0), "Chills", 4, 38.1, "companion", "Called the 24-hour line; nurse came."),
    ((16, 2, 0), "Chills", 3, 37.9, "companion", ""),
    ((16, 7, 0), "Fatigue", 6, 37.6, "patient", "Slept most of the afternoon."),
    ((16, 13, 0), "Mouth sores", 2, 37.3, "patient", ""),
    ((16, 19, 0), "Nausea", 2, 37.1, "patient", ""),
)
# An evening check-in on the days of isolation after the window closed.
_IN_ISOLATION: tuple[_Check, ...] = (
    ((18, 19, 0), "Mouth sores", 5, 37.5, "patient", "Mouthwash as the nurse showed."),
    ((19, 19, 0), "Diarrhoea", 4, 37.4, "companion", "Three times today; drinking well."),
    ((20, 19, 0), "Fatigue", 6, 37.2, "patient", ""),
    ((21, 19, 0), "Hair loss", 3, 36.9, "patient", "Expected, the team said."),
    ((22, 19, 0), "Mouth sores", 3, 37.0, "patient", "Better."),
    ((23, 19, 0), "Fatigue", 4, 36.8, "patient", "Walked the corridor twice."),
)
# The platelet transfusion of day +9, given 14:00–15:00, opens a watch window at its end.
DEMO_TRANSFUSION_OPENED = (24, 15, 0)
_AFTER_TRANSFUSION: tuple[_Check, ...] = (
    ((24, 16, 0), "Rash", 2, 37.2, "companion", "A little itching on the arms; the nurse saw it."),
    ((24, 21, 0), "Fatigue", 4, 37.0, "patient", ""),
)


def _seed_side_effects(services: JournalServices, arrival: date, wording: Wording) -> None:
    """Check-ins logged by Elena and by Tomás in the reinfusion's watch window, on the days
    of isolation and in the platelet transfusion's window, which is still open."""
    now = services.clock.now()

    def log(checks: tuple[_Check, ...]) -> None:
        for (stay_day, hour, minute), symptom, severity, celsius, by, notes in checks:
            at = _on_stay_day(arrival, stay_day, time(hour, minute))
            if at > now:
                break
            services.side_effects.log(
                EntryDetails(symptom, severity, at, TIJUANA, by, celsius=celsius, notes=notes)
            )

    log(_AFTER_REINFUSION + _IN_ISOLATION)
    stay_day, hour, minute = DEMO_TRANSFUSION_OPENED
    opened = _on_stay_day(arrival, stay_day, time(hour, minute))
    if opened <= now:
        services.watch_windows.start(wording.transfusion_window, opened)
        log(_AFTER_TRANSFUSION)
    # Every flag of the stay was seen (raised() looks back only a week; the fever is older).
    since = _on_stay_day(arrival, 1, time(0, 0))
    unseen = [flag for flag, seen in services.red_flags.in_period(since, now) if seen is None]
    if unseen:
        services.red_flags.acknowledge_all(unseen)


def _on_stay_day(arrival: date, stay_day: int, at: time) -> datetime:
    """The instant in Tijuana at ``at`` on the day of the stay (arrival is day 1)."""
    return datetime.combine(arrival + timedelta(days=stay_day - 1), at, ZoneInfo(TIJUANA))


def _seed_people_and_papers(services: JournalServices, today: date) -> None:
    """Contacts, the documents and clinic checklists mostly ticked, and the trip's costs."""
    for name, role, phone, notes in (
        ("Lupita Herrera", "coordinator", "+52 664 555 0101", "WhatsApp, 8:00–20:00"),
        ("Clinic 24-hour line", "clinic_24h", "+52 664 555 0100", "Call first for fever."),
        ("Dr. Andrés Molina", "lead_doctor", "+52 664 555 0102", ""),
        ("Jorge (driver)", "driver", "+52 664 555 0103", "Border runs and airport."),
        ("Hotel Ejemplo Tijuana", "hotel", "+52 664 555 0104", "Room 412"),
        ("Dr. Sarah Chen", "local_neurologist", "+1 416 555 0155", "Back home, Toronto"),
        ("Marta Ramírez (sister)", "family", "+1 416 555 0177", ""),
    ):
        services.contacts.add(ContactDetails(name=name, role=role, phone=phone, notes=notes))
    for document in services.documents.documents():
        if document.kind != "discharge_papers":  # that one comes at the end
            services.documents.set_done(document.id, True)
    for key in (
        "licence",
        "doctor_cv",
        "cells_in_writing",
        "cost_quote",
        "aftercare",
        "consent_language",
        "translator",
    ):
        services.due_diligence.save(
            key, DueDiligenceAnswer(done=True, checked_on=today - timedelta(days=70))
        )
    for category, currency, expected, actual, description, paid_by in (
        ("treatment_package", "USD", 4_950_000, 4_950_000, "HSCT package", "Patient"),
        ("flights", "CAD", 180_000, 171_250, "Toronto ⇄ San Diego, two people", "Companion"),
        ("hotel", "MXN", 3_600_000, 1_980_000, "28 nights, paid weekly", "Companion"),
        ("companion_food", "MXN", 1_500_000, 640_000, "", "Companion"),
        ("ground_transport", "USD", 40_000, 20_000, "Border runs, airport", "Patient"),
        ("medication", "USD", 60_000, None, "Prophylaxis after discharge", "Patient"),
    ):
        services.expenses.add(
            ExpenseDetails(category, currency, expected, actual, description, paid_by)
        )
    services.expenses.save_conversion(
        Conversion(target="CAD", rates={"USD": Decimal("1.39"), "MXN": Decimal("0.077")})
    )
