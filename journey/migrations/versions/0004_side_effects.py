"""Side effects: symptoms, logged entries, watch windows, red-flag acknowledgements.

Revision ID: 0004_side_effects
Revises: 0003_trip
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_side_effects"
down_revision = "0003_trip"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "symptom",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("built_in", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_symptom")),
        sa.UniqueConstraint("key", name=op.f("uq_symptom_key")),
    )
    op.create_table(
        "watch_window",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.CheckConstraint("hours >= 1 AND hours <= 168", name=op.f("ck_watch_window_hours")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_item.id"],
            name=op.f("fk_watch_window_item_id_itinerary_item"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_window")),
    )
    with op.batch_alter_table("watch_window", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watch_window_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_watch_window_opened_at"), ["opened_at"], unique=False)

    op.create_table(
        "side_effect_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("symptom_id", sa.Integer(), nullable=False),
        sa.Column("severity", sa.Integer(), nullable=False),
        sa.Column("temperature_c", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("watch_window_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "recorded_by IN ('patient', 'companion')", name=op.f("ck_side_effect_entry_recorded_by")
        ),
        sa.CheckConstraint(
            "severity >= 0 AND severity <= 10", name=op.f("ck_side_effect_entry_severity")
        ),
        sa.CheckConstraint(
            "temperature_c IS NULL OR (temperature_c >= 30 AND temperature_c <= 45)",
            name=op.f("ck_side_effect_entry_temperature"),
        ),
        sa.ForeignKeyConstraint(
            ["symptom_id"], ["symptom.id"], name=op.f("fk_side_effect_entry_symptom_id_symptom")
        ),
        sa.ForeignKeyConstraint(
            ["watch_window_id"],
            ["watch_window.id"],
            name=op.f("fk_side_effect_entry_watch_window_id_watch_window"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_side_effect_entry")),
    )
    with op.batch_alter_table("side_effect_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_side_effect_entry_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_side_effect_entry_symptom_id"), ["symptom_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_side_effect_entry_watch_window_id"), ["watch_window_id"], unique=False
        )

    op.create_table(
        "red_flag_ack",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_key", sa.String(length=64), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["side_effect_entry.id"],
            name=op.f("fk_red_flag_ack_entry_id_side_effect_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_red_flag_ack")),
        sa.UniqueConstraint("rule_key", "entry_id", name=op.f("uq_red_flag_ack_rule_key")),
    )
    with op.batch_alter_table("red_flag_ack", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_red_flag_ack_entry_id"), ["entry_id"], unique=False)


def downgrade() -> None:
    for table in ("red_flag_ack", "side_effect_entry", "watch_window", "symptom"):
        op.drop_table(table)
