"""Alembic migrations. HEAD_REVISION names the newest one (a test checks it against Alembic's own),
so opening an up-to-date database does not need to load Alembic at all."""

HEAD_REVISION = "0001"
