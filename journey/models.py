"""The journal's tables (SQLAlchemy 2 typed declarative models).

Services turn these into frozen DTOs (journey.dto); nothing outside journey/ sees them.
Relationships, when they appear, use ``lazy="raise"`` so every load is explicit.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from journey.db import Base, UtcDateTime


class Profile(Base):
    """The patient: one row per journal."""

    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint("ms_type IN ('CIS', 'RRMS', 'SPMS', 'PPMS')", name="ms_type"),
        CheckConstraint("edss IS NULL OR (edss >= 0 AND edss <= 10)", name="edss_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    ms_type: Mapped[str] = mapped_column(String(8))
    diagnosis_year: Mapped[int | None] = mapped_column(Integer)
    # As last reported by a clinician; the app never computes EDSS.
    edss: Mapped[float | None] = mapped_column(Float)
    edss_date: Mapped[date | None] = mapped_column(Date)
    dmt_history: Mapped[str] = mapped_column(Text, default="")
    last_mri_date: Mapped[date | None] = mapped_column(Date)
    last_mri_findings: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_zone: Mapped[str] = mapped_column(String(64))


class TreatmentCourse(Base):
    """The trip and treatment: protocol, clinic, arrival (wall time + zone), treatment start."""

    __tablename__ = "treatment_course"
    __table_args__ = (CheckConstraint("protocol IN ('msc', 'hsct', 'custom')", name="protocol"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    protocol: Mapped[str] = mapped_column(String(16))
    clinic_name: Mapped[str] = mapped_column(String(200), default="")
    clinic_city: Mapped[str] = mapped_column(String(200), default="")
    # A planned time: local wall time where it happens, plus that place's IANA zone.
    arrival_local: Mapped[datetime] = mapped_column(DateTime)
    destination_zone: Mapped[str] = mapped_column(String(64))
    treatment_start: Mapped[date] = mapped_column(Date)
    home_zone: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_zone: Mapped[str] = mapped_column(String(64))


class Companion(Base):
    """The person travelling with the patient (optional)."""

    __tablename__ = "companion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(254), default="")


class Setting(Base):
    """A user preference stored in the journal, as JSON text under a key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
