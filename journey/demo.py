"""The demo journal: a realistic autologous HSCT journey in Mexico with a companion.

Everything is invented: the patient, the companion, the clinic (no real clinic is named, so
nothing reads as a recommendation) and the numbers (555-01xx phone numbers are reserved for
fiction). Dates are laid out around "today" so a newcomer always sees a course in progress.
It grows as features land.
"""

from __future__ import annotations

from datetime import time, timedelta

from journey.dto import CompanionData, CourseData, ProfileData
from journey.services import JournalServices

DEMO_ARRIVAL_DAYS_AGO = 6


def seed_demo(services: JournalServices) -> None:
    """Fill an empty journal with the demo journey and mark it as the demo."""
    today = services.clock.today()
    arrival = today - timedelta(days=DEMO_ARRIVAL_DAYS_AGO)
    services.onboarding.complete(
        ProfileData(
            name="Elena Ramírez",
            ms_type="RRMS",
            diagnosis_year=today.year - 11,
            edss=4.0,
            edss_date=today - timedelta(days=75),
            dmt_history=(
                "Interferon beta-1a for 3 years; fingolimod for 2 years (relapses on both); "
                "ocrelizumab until 8 months ago, stopped after two relapses and new lesions."
            ),
            last_mri_date=today - timedelta(days=96),
            last_mri_findings=(
                "Two new T2 lesions since the previous scan, one gadolinium-enhancing "
                "lesion in the cervical cord."
            ),
        ),
        CourseData(
            protocol="hsct",
            clinic_name="Clínica Ejemplo de Hematología (demo)",
            clinic_city="Puebla, Mexico",
            arrival_date=arrival,
            arrival_time=time(15, 40),
            destination_zone="America/Mexico_City",
            treatment_start=arrival + timedelta(days=1),
            home_zone="America/Toronto",
        ),
        CompanionData(name="Tomás Ramírez", phone="+1 416 555 0142", email="tomas@example.com"),
    )
    services.settings.mark_demo()
