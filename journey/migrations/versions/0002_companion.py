"""The companion who travels with the patient.

Revision ID: 0002_companion
Revises: 0001_journal_core
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_companion"
down_revision = "0001_journal_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "companion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion")),
    )


def downgrade() -> None:
    op.drop_table("companion")
