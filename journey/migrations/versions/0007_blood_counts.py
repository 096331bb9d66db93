"""Blood counts: recorded counts, transfusions, "my team says my counts have recovered".

Revision ID: 0007_blood_counts
Revises: 0006_temperature_route
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_blood_counts"
down_revision = "0006_temperature_route"
branch_labels = None
depends_on = None


def _recorded_by(table: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(
        "recorded_by IN ('patient', 'companion')", name=op.f(f"ck_{table}_recorded_by")
    )


def upgrade() -> None:
    op.create_table(
        "blood_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('neutrophils', 'platelets', 'haemoglobin', 'white_cells', 'lymphocytes')",
            name=op.f("ck_blood_count_kind"),
        ),
        sa.CheckConstraint("value >= 0", name=op.f("ck_blood_count_value")),
        _recorded_by("blood_count"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blood_count")),
    )
    with op.batch_alter_table("blood_count", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_blood_count_at"), ["at"], unique=False)

    op.create_table(
        "transfusion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "product IN ('platelets', 'red_cells')", name=op.f("ck_transfusion_product")
        ),
        _recorded_by("transfusion"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfusion")),
    )
    with op.batch_alter_table("transfusion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfusion_at"), ["at"], unique=False)

    op.create_table(
        "counts_recovered",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("zone", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _recorded_by("counts_recovered"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counts_recovered")),
    )
    with op.batch_alter_table("counts_recovered", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_counts_recovered_at"), ["at"], unique=False)


def downgrade() -> None:
    for table in ("counts_recovered", "transfusion", "blood_count"):
        op.drop_table(table)
