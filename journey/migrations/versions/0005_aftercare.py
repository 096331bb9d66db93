"""Aftercare: rating scales (the built-in ones seeded), ratings, relapses, MRI results, EDSS
reports, medications, the discharge packet.

Revision ID: 0005_aftercare
Revises: 0004_side_effects
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_aftercare"
down_revision = "0004_side_effects"
branch_labels = None
depends_on = None

# The built-in scales of SPEC §2.7 at this revision, in the form's order. Their names and
# anchors are worded in resources/aftercare/scales.json.
BUILT_IN = (
    ("energy", True),
    ("fatigue", False),
    ("thinking", True),
    ("walking", True),
    ("balance", True),
    ("hand_use", True),
    ("pain", False),
    ("mood", True),
    ("sleep", True),
    ("bladder_bowel", True),
    ("overall", True),
)


def _indexed(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    scales = op.create_table(
        "rating_scale",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("built_in", sa.Boolean(), nullable=False),
        sa.Column("low", sa.Float(), nullable=False),
        sa.Column("high", sa.Float(), nullable=False),
        sa.Column("higher_is_better", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("low < high", name=op.f("ck_rating_scale_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating_scale")),
        sa.UniqueConstraint("key", name=op.f("uq_rating_scale_key")),
    )
    op.bulk_insert(
        scales,
        [
            {
                "key": key,
                "name": "",
                "built_in": True,
                "low": 0.0,
                "high": 10.0,
                "higher_is_better": better,
                "note": "",
                "hidden": False,
                "position": position,
            }
            for position, (key, better) in enumerate(BUILT_IN)
        ],
    )
    op.create_table(
        "rating_set",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.Column("baseline", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "recorded_by IN ('patient', 'companion')", name=op.f("ck_rating_set_recorded_by")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating_set")),
    )
    _indexed("rating_set", "at")
    op.create_table(
        "rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("scale_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scale_id"], ["rating_scale.id"], name=op.f("fk_rating_scale_id_rating_scale")
        ),
        sa.ForeignKeyConstraint(
            ["set_id"],
            ["rating_set.id"],
            name=op.f("fk_rating_set_id_rating_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rating")),
        sa.UniqueConstraint("set_id", "scale_id", name=op.f("uq_rating_set_id")),
    )
    _indexed("rating", "scale_id", "set_id")
    op.create_table(
        "relapse",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started", sa.Date(), nullable=False),
        sa.Column("ended", sa.Date(), nullable=True),
        sa.Column("symptoms", sa.Text(), nullable=False),
        sa.Column("steroids", sa.Text(), nullable=False),
        sa.CheckConstraint("ended IS NULL OR ended >= started", name=op.f("ck_relapse_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_relapse")),
    )
    _indexed("relapse", "started")
    op.create_table(
        "mri_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("new_t2", sa.Integer(), nullable=True),
        sa.Column("enhancing", sa.Integer(), nullable=True),
        sa.Column("report", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "enhancing IS NULL OR enhancing >= 0", name=op.f("ck_mri_result_enhancing")
        ),
        sa.CheckConstraint("new_t2 IS NULL OR new_t2 >= 0", name=op.f("ck_mri_result_new_t2")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mri_result")),
    )
    _indexed("mri_result", "on")
    op.create_table(
        "edss_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reported_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint("score >= 0 AND score <= 10", name=op.f("ck_edss_report_score")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edss_report")),
    )
    _indexed("edss_report", "on")
    op.create_table(
        "medication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("dose", sa.String(length=200), nullable=False),
        sa.Column("schedule", sa.String(length=200), nullable=False),
        sa.Column("started", sa.Date(), nullable=False),
        sa.Column("stopped", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "stopped IS NULL OR stopped >= started", name=op.f("ck_medication_order")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medication")),
    )
    _indexed("medication", "started")
    op.create_table(
        "discharge_packet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("restrictions", sa.Text(), nullable=False),
        sa.Column("who_to_call", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discharge_packet")),
    )


def downgrade() -> None:
    for table in (
        "discharge_packet",
        "medication",
        "edss_report",
        "mri_result",
        "relapse",
        "rating",
        "rating_set",
        "rating_scale",
    ):
        op.drop_table(table)
