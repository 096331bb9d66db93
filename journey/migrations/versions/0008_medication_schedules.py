"""Medications: route, a structured schedule, what stops it; each dose as recorded.

Existing medications keep their free-text dose and schedule; they get no structured schedule
(an empty ``schedule_kind``), no route ("") and "a date" as what stops them, as before.

Revision ID: 0008_medication_schedules
Revises: 0007_blood_counts
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_medication_schedules"
down_revision = "0007_blood_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medication", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("route", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("schedule_kind", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("dose_times", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("every_days", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("weekdays", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("stop_when", sa.String(length=16), nullable=False, server_default="date")
        )
        batch_op.create_check_constraint(
            "route", "route IN ('', 'mouth', 'under_skin', 'vein', 'other')"
        )
        batch_op.create_check_constraint(
            "schedule_kind",
            "schedule_kind IN ('', 'times_a_day', 'every_n_days', 'weekdays', 'as_needed')",
        )
        batch_op.create_check_constraint("every_days", "every_days IS NULL OR every_days >= 1")
        batch_op.create_check_constraint(
            "stop_when", "stop_when IN ('date', 'neutrophils', 'team')"
        )

    op.create_table(
        "medication_dose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("medication_id", sa.Integer(), nullable=False),
        sa.Column("due_local", sa.DateTime(), nullable=False),
        sa.Column("due_zone", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "status IN ('taken', 'late', 'skipped')", name=op.f("ck_medication_dose_status")
        ),
        sa.CheckConstraint(
            "recorded_by IN ('patient', 'companion')",
            name=op.f("ck_medication_dose_recorded_by"),
        ),
        sa.ForeignKeyConstraint(
            ["medication_id"],
            ["medication.id"],
            name=op.f("fk_medication_dose_medication_id_medication"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medication_dose")),
        sa.UniqueConstraint(
            "medication_id", "due_local", name=op.f("uq_medication_dose_medication_id")
        ),
    )
    with op.batch_alter_table("medication_dose", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_medication_dose_medication_id"), ["medication_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("medication_dose")
    with op.batch_alter_table("medication", schema=None) as batch_op:
        for name in ("stop_when", "every_days", "schedule_kind", "route"):
            batch_op.drop_constraint(name, type_="check")
        for column in ("stop_when", "weekdays", "every_days", "dose_times", "schedule_kind"):
            batch_op.drop_column(column)
        batch_op.drop_column("route")
