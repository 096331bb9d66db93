"""Tables for blood counts (issue 18): each recorded count, platelet and red-cell transfusions,
and the user's record that their team says the counts have recovered. Every moment is a UTC
instant plus the IANA zone the user was in (SPEC §4); values are stored in one unit per kind
(×10⁹/L for cells, g/L for haemoglobin: resources/blood_counts/counts.json)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from journey.db import Base, UtcDateTime


class BloodCount(Base):
    """One value from a blood test: which count, the value in the stored unit, when, where
    it came from (for example "clinic lab"), who recorded it."""

    __tablename__ = "blood_count"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('neutrophils', 'platelets', 'haemoglobin', 'white_cells', 'lymphocytes')",
            name="kind",
        ),
        CheckConstraint("value >= 0", name="value"),
        CheckConstraint("recorded_by IN ('patient', 'companion')", name="recorded_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    value: Mapped[float] = mapped_column(Float)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(16), default="patient")
    notes: Mapped[str] = mapped_column(Text, default="")


class Transfusion(Base):
    """A transfusion the patient was given: platelet engraftment needs seven days without a
    platelet transfusion (CIBMTR; resources/blood_counts/counts.json)."""

    __tablename__ = "transfusion"
    __table_args__ = (
        CheckConstraint("product IN ('platelets', 'red_cells')", name="product"),
        CheckConstraint("recorded_by IN ('patient', 'companion')", name="recorded_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(16), default="patient")
    notes: Mapped[str] = mapped_column(Text, default="")


class CountsRecovered(Base):
    """The user's record "my team says my counts have recovered": it ends the neutropenic
    period at ``at`` (journey.blood_counts.neutropenic_periods)."""

    __tablename__ = "counts_recovered"
    __table_args__ = (
        CheckConstraint("recorded_by IN ('patient', 'companion')", name="recorded_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))
    recorded_by: Mapped[str] = mapped_column(String(16), default="patient")
    note: Mapped[str] = mapped_column(Text, default="")
