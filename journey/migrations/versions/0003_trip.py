"""The trip: itinerary items, saved protocols, contacts, documents, due diligence, expenses.

Revision ID: 0003_trip
Revises: 0002_companion
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_trip"
down_revision = "0002_companion"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    op.create_table(
        "custom_protocol",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("steps", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_protocol")),
        sa.UniqueConstraint("name", name=op.f("uq_custom_protocol_name")),
    )
    op.create_table(
        "due_diligence_check",
        sa.Column("key", sa.String(length=48), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_due_diligence_check")),
    )
    op.create_table(
        "expense",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("expected_minor", sa.Integer(), nullable=True),
        sa.Column("actual_minor", sa.Integer(), nullable=True),
        sa.Column("paid_by", sa.String(length=100), nullable=False),
        sa.CheckConstraint(
            "actual_minor IS NULL OR actual_minor >= 0", name=op.f("ck_expense_actual")
        ),
        sa.CheckConstraint(
            "expected_minor IS NULL OR expected_minor >= 0", name=op.f("ck_expense_expected")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expense")),
    )
    op.create_table(
        "itinerary_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("start_local", sa.DateTime(), nullable=False),
        sa.Column("start_zone", sa.String(length=64), nullable=False),
        sa.Column("end_local", sa.DateTime(), nullable=True),
        sa.Column("end_zone", sa.String(length=64), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_zone", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "responsible IN ('patient', 'companion', 'clinic')",
            name=op.f("ck_itinerary_item_responsible"),
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'done', 'cancelled')", name=op.f("ck_itinerary_item_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_itinerary_item")),
        sa.UniqueConstraint("uid", name=op.f("uq_itinerary_item_uid")),
    )
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_itinerary_item_start_local"), ["start_local"], unique=False
        )

    op.create_table(
        "travel_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("attachment", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_travel_document")),
    )


def downgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_itinerary_item_start_local"))
    for table in (
        "travel_document",
        "itinerary_item",
        "expense",
        "due_diligence_check",
        "custom_protocol",
        "contact",
    ):
        op.drop_table(table)
