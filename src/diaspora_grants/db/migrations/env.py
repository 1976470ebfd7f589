"""Alembic environment: runs on the connection the application hands over (see db/migrate.py)."""

from __future__ import annotations

from alembic import context

from diaspora_grants.db import models  # noqa: F401 - registers every table on the metadata
from diaspora_grants.db.base import Base
from diaspora_grants.db.migrations import described_by_models

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through diaspora_grants.db.migrate, which supplies the connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most constraints; batch mode rebuilds the table instead.
    render_as_batch=True,
    compare_type=True,
    # The full-text index of the audit trail is written by hand (0002); autogenerate must not drop it.
    include_name=described_by_models,
)
with context.begin_transaction():
    context.run_migrations()
