"""Tables for side effects: symptoms, logged entries, watch windows and red-flag
acknowledgements (issue 4). Every logged moment is a UTC instant plus the IANA zone the user
was in (SPEC §4)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from journey.db import Base, UtcDateTime


class Symptom(Base):
    """A symptom used in the journal: from the shipped catalogue or the user's own.
    ``key`` is the name case-folded, so "Headache" and "headache" are one symptom."""

    __tablename__ = "symptom"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    built_in: Mapped[bool] = mapped_column(Boolean, default=False)


class WatchWindow(Base):
    """The 24–48 hours after an infusion (SPEC §2.4), opened when it is marked done or by hand."""

    __tablename__ = "watch_window"
    __table_args__ = (CheckConstraint("hours >= 1 AND hours <= 168", name="hours"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("itinerary_item.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))  # the infusion's kind, or "manual"
    title: Mapped[str] = mapped_column(String(200))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))
    hours: Mapped[int] = mapped_column(Integer, default=48)


class SideEffectEntry(Base):
    """One logged side effect: what, how bad, an optional temperature, when, who logged it."""

    __tablename__ = "side_effect_entry"
    __table_args__ = (
        CheckConstraint("severity >= 0 AND severity <= 10", name="severity"),
        CheckConstraint(
            "temperature_c IS NULL OR (temperature_c >= 30 AND temperature_c <= 45)",
            name="temperature",
        ),
        CheckConstraint("recorded_by IN ('patient', 'companion')", name="recorded_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    symptom_id: Mapped[int] = mapped_column(ForeignKey("symptom.id"), index=True)
    severity: Mapped[int] = mapped_column(Integer)
    temperature_c: Mapped[float | None] = mapped_column(Float)
    # Where it was taken (journey.side_effects.TEMPERATURE_ROUTES); None: not said.
    temperature_route: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    zone: Mapped[str] = mapped_column(String(64))
    watch_window_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_window.id", ondelete="SET NULL"), index=True
    )


class RedFlagAcknowledgement(Base):
    """The user saw a red flag's banner and acknowledged it, at this moment."""

    __tablename__ = "red_flag_ack"
    __table_args__ = (UniqueConstraint("rule_key", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_key: Mapped[str] = mapped_column(String(64))
    entry_id: Mapped[int] = mapped_column(
        ForeignKey("side_effect_entry.id", ondelete="CASCADE"), index=True
    )
    acknowledged_at: Mapped[datetime] = mapped_column(UtcDateTime)
    zone: Mapped[str] = mapped_column(String(64))
