"""The journal's tables (SQLAlchemy 2 typed declarative models).

Services turn these into frozen DTOs (journey.dto); nothing outside journey/ sees them.
Relationships, when they appear, use ``lazy="raise"`` so every load is explicit.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, Float, Integer, String, Text
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column

from journey.db import Base, UtcDateTime


class Profile(Base):
    """The patient: one row per journal."""

    __tablename__ = "profile"
    __table_args__ = (
        CheckConstraint("ms_type IN ('CIS', 'RRMS', 'SPMS', 'PPMS')", name="ms_type"),
        CheckConstraint("edss IS NULL OR (edss >= 0 AND edss <= 10)", name="edss_range"),
        CheckConstraint(
            "blood_type IN ('', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-')",
            name="blood_type",
        ),
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
    # For the wallet card and the report, as the patient writes them. Empty means not
    # entered, never "none": an empty allergies field is no statement that there are none.
    allergies: Mapped[str] = mapped_column(Text, default="", server_default="")
    blood_type: Mapped[str] = mapped_column(String(8), default="", server_default="")


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
    # Where the clinic is, for calendar locations and the printed itinerary.
    clinic_address: Mapped[str] = mapped_column(String(300), default="", server_default="")


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


# --- the trip (issue 3) -------------------------------------------------------------------


class ItineraryItem(Base):
    """One planned thing on the trip: a flight, a clinic day, an infusion…

    Times are planned wall times where they happen plus that place's IANA zone (a flight
    may end in another zone than it starts). ``uid`` is the iCalendar UID, stable for the
    item's life, so a calendar re-import updates instead of duplicating; ``sequence`` counts
    the changes (iCalendar SEQUENCE).
    """

    __tablename__ = "itinerary_item"
    __table_args__ = (
        CheckConstraint("responsible IN ('patient', 'companion', 'clinic')", name="responsible"),
        CheckConstraint("status IN ('planned', 'done', 'cancelled')", name="status"),
        CheckConstraint("reminder_minutes IS NULL OR reminder_minutes >= -1", name="reminder"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    start_local: Mapped[datetime] = mapped_column(DateTime, index=True)
    start_zone: Mapped[str] = mapped_column(String(64))
    end_local: Mapped[datetime | None] = mapped_column(DateTime)
    end_zone: Mapped[str | None] = mapped_column(String(64))
    place: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(16), default="patient")
    status: Mapped[str] = mapped_column(String(16), default="planned")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_zone: Mapped[str] = mapped_column(String(64))
    # A flight's number ("AC 992"), the booking reference, and its airports (IATA codes; the
    # zones come from them): "" when not a flight or not known.
    flight_number: Mapped[str] = mapped_column(String(16), default="", server_default="")
    booking_ref: Mapped[str] = mapped_column(String(64), default="", server_default="")
    from_airport: Mapped[str] = mapped_column(String(4), default="", server_default="")
    to_airport: Mapped[str] = mapped_column(String(4), default="", server_default="")
    # Minutes before the start to remind: None is the kind's standard reminder
    # (resources/calendar_alarms.json or the user's table), NO_REMINDER (-1) is none.
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    # Booked (a flight, a hotel): Shift leaves it where it is unless the user ticks it.
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    # An item laid out from a shipped text (a protocol's step, the follow-up plan): that
    # text's English words, the key ui.words translates it by, so the title and notes follow
    # the interface's language. NULL for the user's own words: editing the title or notes
    # drops it, and what they typed is kept as typed (journey.itinerary.kept_key).
    text_key: Mapped[str | None] = mapped_column(String(200))


class CustomProtocol(Base):
    """A protocol the user saved from an edited timeline, to lay out again later."""

    __tablename__ = "custom_protocol"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    # The steps as JSON, in the same shape as the templates in resources/protocols/.
    steps: Mapped[str] = mapped_column(Text)
