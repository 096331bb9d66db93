"""Allergies and blood type in the patient's profile (issue 20, part 5: the wallet card shows
them "where entered").

Existing profiles hold neither: both are empty, which means not entered (never "no
allergies").

Revision ID: 0012_profile_allergies
Revises: 0011_shipped_text_keys
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_profile_allergies"
down_revision = "0011_shipped_text_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The columns first, by SQLite's own ALTER TABLE, which refuses a column already there;
    # then the check, which SQLite can only add by copying the table.
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.add_column(sa.Column("allergies", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("blood_type", sa.String(length=8), nullable=False, server_default="")
        )
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.create_check_constraint(
            "blood_type",
            "blood_type IN ('', 'A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-')",
        )


def downgrade() -> None:
    with op.batch_alter_table("profile", schema=None) as batch_op:
        batch_op.drop_constraint("blood_type", type_="check")
        batch_op.drop_column("blood_type")
        batch_op.drop_column("allergies")
