"""The demo journal: a realistic autologous HSCT journey to Tijuana with a companion.

Everything is invented: the patient, the companion, the clinic (no real clinic is named, so
nothing reads as a recommendation) and the numbers (555-01xx phone numbers are reserved for
fiction). Dates are laid out around "today" so a newcomer always sees a course in progress:
the reinfusion (day 0) was two days ago. It grows as features land.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from journey.dto import CompanionData, CourseData, ProfileData
from journey.itinerary import ItemDetails
from journey.money import Conversion
from journey.services import JournalServices
from journey.services.costs import ExpenseDetails
from journey.services.documents import DueDiligenceAnswer
from journey.services.people import ContactDetails
from journey.services.side_effects import EntryDetails

# Arrival 16 days ago: with the HSCT template's reinfusion on day 15 of the stay, today is
# day +2, inside the first watch window and the protective isolation.
DEMO_ARRIVAL_DAYS_AGO = 16
TORONTO, SAN_DIEGO, TIJUANA = "America/Toronto", "America/Los_Angeles", "America/Tijuana"


def seed_demo(services: JournalServices) -> None:
    """Fill an empty journal with the demo journey and mark it as the demo."""
    today = services.clock.today(TIJUANA)
    arrival = today - timedelta(days=DEMO_ARRIVAL_DAYS_AGO)
    services.onboarding.complete(
        ProfileData(
            name="Elena Ramírez",
            ms_type="RRMS",
            diagnosis_year=today.year - 11,
            edss=4.0,
            edss_date=today - timedelta(days=85),
            dmt_history=(
                "Interferon beta-1a for 3 years; fingolimod for 2 years (relapses on both); "
                "ocrelizumab until 8 months ago, stopped after two relapses and new lesions."
            ),
            last_mri_date=today - timedelta(days=106),
            last_mri_findings=(
                "Two new T2 lesions since the previous scan, one gadolinium-enhancing "
                "lesion in the cervical cord."
            ),
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
            notes="Booking ref. DEMO42. Wheelchair assistance booked at both airports.",
            responsible="companion",
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
            notes="Booking ref. DEMO42.",
            responsible="companion",
        ),
    ]
    for details in travel:
        services.itinerary.add(details)
    now = services.clock.now()
    for item in services.itinerary.items():
        finished = item.details.end_instant() or item.details.start_instant()
        if finished <= now:
            services.itinerary.update(item.id, replace(item.details, status="done"))
    _seed_people_and_papers(services, today)
    _seed_side_effects(services)
    services.settings.mark_demo()


def _seed_side_effects(services: JournalServices) -> None:
    """Check-ins inside the reinfusion's watch window (day 0 to +2), logged by Elena and
    by Tomás, with one red flag (38.1 °C during isolation) that was acknowledged."""
    (window,) = services.watch_windows.windows()
    start = window.opened_at
    for hours, symptom, severity, celsius, by, notes in (
        (2, "Fatigue", 5, 37.2, "patient", ""),
        (5, "Nausea", 3, 37.4, "patient", "Ate a little rice."),
        (9, "Headache", 4, 37.8, "companion", "Paracetamol as the clinic said."),
        (14, "Chills", 4, 38.1, "companion", "Called the 24-hour line; nurse came."),
        (15, "Chills", 3, 37.9, "companion", ""),
        (20, "Fatigue", 6, 37.6, "patient", "Slept most of the afternoon."),
        (26, "Mouth sores", 2, 37.3, "patient", ""),
        (32, "Nausea", 2, 37.1, "patient", ""),
    ):
        services.side_effects.log(
            EntryDetails(
                symptom=symptom,
                severity=severity,
                at=start + timedelta(hours=hours),
                zone=TIJUANA,
                recorded_by=by,
                celsius=celsius,
                notes=notes,
            )
        )
    for flag in services.red_flags.raised():
        services.red_flags.acknowledge(flag)


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
        ("treatment_package", "USD", 4_950_000, 4_950_000, "HSCT package", "patient"),
        ("flights", "CAD", 180_000, 171_250, "Toronto ⇄ San Diego, two people", "companion"),
        ("hotel", "MXN", 3_600_000, 1_980_000, "28 nights, paid weekly", "companion"),
        ("companion_food", "MXN", 1_500_000, 640_000, "", "companion"),
        ("ground_transport", "USD", 40_000, 20_000, "Border runs, airport", "patient"),
        ("medication", "USD", 60_000, None, "Prophylaxis after discharge", "patient"),
    ):
        services.expenses.add(
            ExpenseDetails(category, currency, expected, actual, description, paid_by)
        )
    services.expenses.save_conversion(
        Conversion(target="CAD", rates={"USD": Decimal("1.39"), "MXN": Decimal("0.077")})
    )
