"""The journal's core: patient profile, treatment course and settings.

Revision ID: 0001_journal_core
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_journal_core"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("ms_type", sa.String(length=8), nullable=False),
        sa.Column("diagnosis_year", sa.Integer(), nullable=True),
        sa.Column("edss", sa.Float(), nullable=True),
        sa.Column("edss_date", sa.Date(), nullable=True),
        sa.Column("dmt_history", sa.Text(), nullable=False),
        sa.Column("last_mri_date", sa.Date(), nullable=True),
        sa.Column("last_mri_findings", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_zone", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "ms_type IN ('CIS', 'RRMS', 'SPMS', 'PPMS')", name=op.f("ck_profile_ms_type")
        ),
        sa.CheckConstraint(
            "edss IS NULL OR (edss >= 0 AND edss <= 10)", name=op.f("ck_profile_edss_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )
    op.create_table(
        "treatment_course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("protocol", sa.String(length=16), nullable=False),
        sa.Column("clinic_name", sa.String(length=200), nullable=False),
        sa.Column("clinic_city", sa.String(length=200), nullable=False),
        sa.Column("arrival_local", sa.DateTime(), nullable=False),
        sa.Column("destination_zone", sa.String(length=64), nullable=False),
        sa.Column("treatment_start", sa.Date(), nullable=False),
        sa.Column("home_zone", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_zone", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "protocol IN ('msc', 'hsct', 'custom')", name=op.f("ck_treatment_course_protocol")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_course")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )


def downgrade() -> None:
    op.drop_table("setting")
    op.drop_table("treatment_course")
    op.drop_table("profile")
