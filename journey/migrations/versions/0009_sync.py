"""Sharing (issue 16): each travelling row's global id, the outbox of changes, tombstones, the
fields changed on both computers awaiting a choice, and this computer's side of sharing (its
device id and clock).

The journal's own tables are unchanged. Existing rows get their ids when the journal is next
opened (journey.outbox.adopt), from the same rule that gives new rows theirs.

Revision ID: 0009_sync
Revises: 0008_medication_schedules
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_sync"
down_revision = "0008_medication_schedules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_row",
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("row_key", sa.String(length=80), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_sync_row")),
    )
    op.create_index("ix_sync_row_place", "sync_row", ["tbl", "row_key"], unique=True)
    op.create_table(
        "sync_version",
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("col", sa.String(length=64), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("uid", "col", name=op.f("pk_sync_version")),
    )
    op.create_table(
        "sync_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("cols", sa.Text(), nullable=False),
        sa.Column("bases", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_change")),
    )
    op.create_table(
        "sync_tombstone",
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("stamp", sa.String(length=64), nullable=False),
        sa.Column("row", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_sync_tombstone")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=40), nullable=False),
        sa.Column("uid", sa.String(length=80), nullable=False),
        sa.Column("col", sa.String(length=64), nullable=False),
        sa.Column("kept", sa.Text(), nullable=False),
        sa.Column("kept_stamp", sa.String(length=64), nullable=False),
        sa.Column("other", sa.Text(), nullable=False),
        sa.Column("other_stamp", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )


def downgrade() -> None:
    for table in ("sync_state", "sync_conflict", "sync_tombstone", "sync_change", "sync_version"):
        op.drop_table(table)
    op.drop_index("ix_sync_row_place", table_name="sync_row")
    op.drop_table("sync_row")
