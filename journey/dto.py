"""Frozen values that cross from journey/ to ui/: what a form sends and a service returns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

MS_TYPES = ("CIS", "RRMS", "SPMS", "PPMS")
# ABO group and RhD, as the patient's records give them; "" means not entered.
BLOOD_TYPES = ("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")
PROTOCOLS = ("msc", "hsct", "custom")
TEMPERATURE_UNITS = ("C", "F")
# Where a temperature was taken, if the user says. The red-flag thresholds are for oral
# readings (IDSA, Freifeld AG et al. 2011: "a single oral temperature"); Journey records the
# route beside the reading and never converts one route into another.
TEMPERATURE_ROUTES = ("oral", "ear", "armpit", "forehead")
# The interface's language: the computer's ("system": Spanish where it speaks Spanish, else
# English), or one chosen in Settings.
LANGUAGES = ("system", "en", "es")
THEMES = ("system", "light", "dark", "high_contrast")


@dataclass(frozen=True)
class ProfileData:
    """The patient's profile and baseline (SPEC §2.1)."""

    name: str
    ms_type: str
    diagnosis_year: int | None = None
    edss: float | None = None  # as last reported by a clinician
    edss_date: date | None = None
    dmt_history: str = ""
    last_mri_date: date | None = None
    last_mri_findings: str = ""
    # Empty means not entered (which is not the same as "none").
    allergies: str = ""  # medicines, foods or materials, and what happens
    blood_type: str = ""  # one of BLOOD_TYPES, or ""


@dataclass(frozen=True)
class CourseData:
    """The treatment course. Arrival is a planned time: wall time where it happens + zone."""

    protocol: str
    clinic_name: str
    clinic_city: str
    arrival_date: date
    arrival_time: time
    destination_zone: str
    treatment_start: date
    home_zone: str
    clinic_address: str = ""  # street and number, for calendar locations and paper


@dataclass(frozen=True)
class CompanionData:
    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Settings:
    temperature_unit: str = "C"  # "C" or "F"; temperatures are always stored in °C
    theme: str = "system"  # "system", "light", "dark" or "high_contrast"
    text_size: int = 100  # percent, 100–200
    language: str = "system"  # "system", "en" or "es"
