"""Side effects: where a temperature was taken (mouth, ear, armpit, forehead), if said.

Revision ID: 0006_temperature_route
Revises: 0005_aftercare
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_temperature_route"
down_revision = "0005_aftercare"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("side_effect_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("temperature_route", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("side_effect_entry", schema=None) as batch_op:
        batch_op.drop_column("temperature_route")
