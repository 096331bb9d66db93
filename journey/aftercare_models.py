"""Tables for aftercare (issue 5, SPEC §2.6–2.7): self-rating scales and ratings, clinical
events (relapses, MRI results, EDSS reports), medications and the discharge packet.

A rating is a logged moment: a UTC instant plus the IANA zone the user was in (SPEC §4).
Clinical events are dated (a relapse or a scan has a day, not an instant).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from journey.db import Base, UtcDateTime


class RatingScale(Base):
    """A self-rating scale: a built-in one (``key`` from resources/aftercare/scales.json, its
    name and anchors worded there) or the user's own (``key`` is its case-folded name)."""

    __tablename__ = "rating_scale"
    __table_args__ = (CheckConstraint("low < high", name="range"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")  # empty for a built-in scale
    built_in: Mapped[bool] = mapped_column(Boolean, default=False)
    low: Mapped[float] = mapped_column(Float, default=0)
    high: Mapped[float] = mapped_column(Float, default=10)
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class RatingSet(Base):
    """One filled-in rating form. ``baseline``: None counts it by date (before the treatment
    start), True or False is the user's explicit choice."""

    __tablename__ = "rating_set"
    __table_args__ = (
        CheckConstraint("recorded_by IN ('patient', 'companion')", name="recorded_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(16), default="patient")
    baseline: Mapped[bool | None] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text, default="")


class Rating(Base):
    """One scale's value in one rating set."""

    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("set_id", "scale_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("rating_set.id", ondelete="CASCADE"), index=True)
    scale_id: Mapped[int] = mapped_column(ForeignKey("rating_scale.id"), index=True)
    value: Mapped[float] = mapped_column(Float)


class Relapse(Base):
    __tablename__ = "relapse"
    __table_args__ = (CheckConstraint("ended IS NULL OR ended >= started", name="order"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[date] = mapped_column(Date, index=True)
    ended: Mapped[date | None] = mapped_column(Date)
    symptoms: Mapped[str] = mapped_column(Text, default="")
    steroids: Mapped[str] = mapped_column(Text, default="")  # steroid treatment, if any


class MriResult(Base):
    __tablename__ = "mri_result"
    __table_args__ = (
        CheckConstraint("new_t2 IS NULL OR new_t2 >= 0", name="new_t2"),
        CheckConstraint("enhancing IS NULL OR enhancing >= 0", name="enhancing"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    new_t2: Mapped[int | None] = mapped_column(Integer)  # new or enlarging T2 lesions
    enhancing: Mapped[int | None] = mapped_column(Integer)  # gadolinium-enhancing lesions
    report: Mapped[str] = mapped_column(Text, default="")


class EdssReport(Base):
    """EDSS as reported by a clinician (the app never computes EDSS)."""

    __tablename__ = "edss_report"
    __table_args__ = (CheckConstraint("score >= 0 AND score <= 10", name="score"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    on: Mapped[date] = mapped_column(Date, index=True)
    score: Mapped[float] = mapped_column(Float)
    reported_by: Mapped[str] = mapped_column(String(200), default="")


class Medication(Base):
    """A medicine: the user's own words for its dose and schedule, and (migration 0008) the
    route, the structured schedule the reminders follow (journey.medications; an empty
    ``schedule_kind`` means none) and what stops it. ``stopped`` is the first day without it."""

    __tablename__ = "medication"
    __table_args__ = (
        CheckConstraint("stopped IS NULL OR stopped >= started", name="order"),
        CheckConstraint("route IN ('', 'mouth', 'under_skin', 'vein', 'other')", name="route"),
        CheckConstraint(
            "schedule_kind IN ('', 'times_a_day', 'every_n_days', 'weekdays', 'as_needed')",
            name="schedule_kind",
        ),
        CheckConstraint("every_days IS NULL OR every_days >= 1", name="every_days"),
        CheckConstraint("stop_when IN ('date', 'neutrophils', 'team')", name="stop_when"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    dose: Mapped[str] = mapped_column(String(200), default="")
    schedule: Mapped[str] = mapped_column(String(200), default="")
    started: Mapped[date] = mapped_column(Date, index=True)
    stopped: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    route: Mapped[str] = mapped_column(String(16), default="", server_default="")
    schedule_kind: Mapped[str] = mapped_column(String(16), default="", server_default="")
    dose_times: Mapped[str] = mapped_column(String(100), default="", server_default="")
    every_days: Mapped[int | None] = mapped_column(Integer)
    weekdays: Mapped[str] = mapped_column(String(20), default="", server_default="")
    stop_when: Mapped[str] = mapped_column(String(16), default="date", server_default="date")


class MedicationDose(Base):
    """One dose as the user recorded it: taken, taken late or skipped, by whom and when.
    ``due_local`` is the dose's wall time in ``due_zone`` (for an as-needed medicine, when it
    was taken): a dose is matched to its schedule by it (journey.medications)."""

    __tablename__ = "medication_dose"
    __table_args__ = (
        UniqueConstraint("medication_id", "due_local"),
        CheckConstraint("status IN ('taken', 'late', 'skipped')", name="status"),
        CheckConstraint("recorded_by IN ('patient', 'companion')", name="recorded_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    medication_id: Mapped[int] = mapped_column(
        ForeignKey("medication.id", ondelete="CASCADE"), index=True
    )
    due_local: Mapped[datetime] = mapped_column(DateTime)
    due_zone: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(16), default="patient")


class DischargePacket(Base):
    """What the clinic hands over at discharge: one row per journal."""

    __tablename__ = "discharge_packet"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    instructions: Mapped[str] = mapped_column(Text, default="")
    restrictions: Mapped[str] = mapped_column(Text, default="")
    who_to_call: Mapped[str] = mapped_column(Text, default="")
