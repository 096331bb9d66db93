"""Alembic environment: always runs on the connection the app hands over (journey.journal)."""

from alembic import context

from journey import (  # noqa: F401  (register tables)
    aftercare_models,
    blood_count_models,
    models,
    side_effect_models,
    trip_models,
)
from journey.db import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Journey's migrations run through journey.journal.open_journal, on the app's connection."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
