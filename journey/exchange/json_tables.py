"""How the journal's tables become the sections of the JSON document, read from SQLAlchemy's
metadata so that a column added by a migration is exported without anyone listing it here.

A section is named after its table and holds every column of every row. What the metadata
cannot say is written out below: which tables hold one row per journal, and how a record is
recognised as one the journal already has when a document is merged into it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Table, UniqueConstraint

# Imported for their tables: each module adds its own to Base.metadata.
from journey import (  # noqa: F401
    aftercare_models,
    blood_count_models,
    models,
    side_effect_models,
    trip_models,
)
from journey.db import column_kind
from journey.outbox import SINGLETONS, travelling_tables

# What the journal gained after the first journals were exported (format version 1): an
# older document lacks them and is read as holding their defaults, so last month's export
# still restores. A new table: its section name (no records). A new column: its default.
LATER_SECTIONS: frozenset[str] = frozenset({"medication_dose"})  # 0008: doses recorded
LATER_COLUMNS: dict[tuple[str, str], Any] = {
    ("side_effect_entry", "temperature_route"): None,  # 0006: where it was taken, if said
    # 0008: a medication's route, structured schedule and what stops it (none: as before)
    ("medication", "route"): "",
    ("medication", "schedule_kind"): "",
    ("medication", "dose_times"): "",
    ("medication", "every_days"): None,
    ("medication", "weekdays"): "",
    ("medication", "stop_when"): "date",
    # 0011: the shipped text an item was laid out from (none: the user's words, as before)
    ("itinerary_item", "text_key"): None,
    # 0012: the patient's allergies and blood type (empty: not entered, as before)
    ("profile", "allergies"): "",
    ("profile", "blood_type"): "",
}


@dataclass(frozen=True)
class Column:
    """One column as the document holds it. ``kind``: instant (UTC, written with Z), wall_time
    (a planned local time, no offset), date, integer, number, boolean or text."""

    name: str
    kind: str
    nullable: bool
    reference: str | None  # the section whose primary key this column holds


@dataclass(frozen=True)
class Section:
    name: str
    table: Table
    key: str  # the primary key column
    columns: tuple[Column, ...]
    # Columns whose values the journal keeps unique (a second row with them would be refused):
    # the unique constraints, and the primary key when it is a name rather than a number.
    unique: tuple[tuple[str, ...], ...]

    @property
    def numbered(self) -> bool:
        """True if the primary key is a number the database gives (renumbered on merge)."""
        return self.column(self.key).kind == "integer"

    @property
    def singleton(self) -> bool:
        return self.name in SINGLETONS

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def references(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.reference is not None)


def _section(table: Table) -> Section:
    columns = tuple(
        Column(
            name=c.name,
            kind=column_kind(c),
            nullable=bool(c.nullable),
            reference=next((fk.column.table.name for fk in c.foreign_keys), None),
        )
        for c in table.columns
    )
    (key,) = (c.name for c in table.primary_key.columns)
    unique = [
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    unique += [(c.name,) for c in table.columns if c.unique and (c.name,) not in unique]
    if next(c for c in columns if c.name == key).kind != "integer":
        unique.insert(0, (key,))
    return Section(table.name, table, key, columns, tuple(unique))


@cache
def sections() -> tuple[Section, ...]:
    """Every table of the journal, each after the tables it refers to (sharing's own
    bookkeeping aside: it stays on each computer)."""
    return tuple(_section(table) for table in travelling_tables())


@cache
def section_named() -> dict[str, Section]:
    return {section.name: section for section in sections()}
