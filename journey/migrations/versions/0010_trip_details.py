"""Trip details a companion expects (issue 17): a flight's number, booking reference and
airports; a reminder on any item; items pinned as booked, which Shift leaves alone unless
chosen; the clinic's address.

Existing rows keep what they meant: no flight number, no airports, the kind's standard
reminder (NULL), not pinned, no address.

Revision ID: 0010_trip_details
Revises: 0009_sync
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_trip_details"
down_revision = "0009_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("flight_number", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("booking_ref", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("from_airport", sa.String(length=4), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("to_airport", sa.String(length=4), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("reminder_minutes", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("pinned", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_check_constraint(
            "reminder", "reminder_minutes IS NULL OR reminder_minutes >= -1"
        )
    with op.batch_alter_table("treatment_course", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("clinic_address", sa.String(length=300), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("treatment_course", schema=None) as batch_op:
        batch_op.drop_column("clinic_address")
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_constraint("reminder", type_="check")
        for column in (
            "pinned",
            "reminder_minutes",
            "to_airport",
            "from_airport",
            "booking_ref",
            "flight_number",
        ):
            batch_op.drop_column(column)
