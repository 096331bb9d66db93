"""Tables for the trip's paperwork: contacts, the documents and due-diligence checklists, and
expenses. Apart from journey.models because nothing the window shows at start-up reads them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from journey.db import Base

OTHER_KIND = "other"  # a checklist line of the user's own, beside the standard ones


class Contact(Base):
    """Someone to reach on the trip: coordinator, clinic 24-hour line, driver, family…"""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class TravelDocument(Base):
    """A line of the documents checklist (passport, MRI discs…), optionally with a file
    copied into the journal's folder (``attachment`` is relative to that folder)."""

    __tablename__ = "travel_document"
    # A standard line (passport, MRI discs…) is the same line on every computer: two computers
    # that each lay out the checklist share one line per kind, not two (journey.outbox).
    __table_args__ = ({"info": {"natural_uid": lambda row: _standard_line(row.get("kind"))}},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    attachment: Mapped[str | None] = mapped_column(String(500))


class DueDiligenceCheck(Base):
    """One question of the clinic due-diligence checklist (SPEC §2.1): done, note, date."""

    __tablename__ = "due_diligence_check"

    key: Mapped[str] = mapped_column(String(48), primary_key=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    checked_on: Mapped[date | None] = mapped_column(Date)


class Expense(Base):
    """A cost, expected and/or actual, in minor units (cents) of an ISO 4217 currency."""

    __tablename__ = "expense"
    __table_args__ = (
        CheckConstraint("expected_minor IS NULL OR expected_minor >= 0", name="expected"),
        CheckConstraint("actual_minor IS NULL OR actual_minor >= 0", name="actual"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(300), default="")
    currency: Mapped[str] = mapped_column(String(3))
    expected_minor: Mapped[int | None] = mapped_column(Integer)
    actual_minor: Mapped[int | None] = mapped_column(Integer)
    paid_by: Mapped[str] = mapped_column(String(100), default="")


def _standard_line(kind: object) -> str | None:
    """The kind of a standard checklist line; None for a line of the user's own ("other")."""
    return kind if isinstance(kind, str) and kind != OTHER_KIND else None
