"""Bring a database to the current schema: create it, or back it up and upgrade it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from ..domain.errors import DomainError
from .backup import backup_database, timestamped_backup_path
from .engine import Database
from .migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("diaspora_grants.db")

MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str
    has_tables: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return HEAD_REVISION


def alembic_head_revision() -> str | None:
    """What Alembic itself finds newest in the migrations folder (slow: loads every revision)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def schema_state(database: Database) -> SchemaState:
    with database.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = None
        if "alembic_version" in tables:
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(current=current, head=HEAD_REVISION, has_tables=bool(tables - {"alembic_version"}))


def upgrade_to_head(database: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Create or upgrade the schema. Returns the backup taken before an upgrade, if any.

    An existing database is copied before any migration touches it, so a failed or unwanted
    upgrade can always be undone by restoring that copy.
    """
    state = schema_state(database)
    if state.up_to_date:
        return None
    if state.has_tables and state.current is None:
        raise DomainError(
            f"{database.display_url()} holds tables but is not a Diaspora Grants database; "
            "choose another file or an empty database"
        )
    from alembic import command
    from alembic.script import ScriptDirectory

    backup: Path | None = None
    if state.current is not None:
        known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if state.current not in known:
            raise DomainError(
                f"the database was written by a newer version of Diaspora Grants (schema {state.current}); "
                "update the application before opening it"
            )
        backup = backup_database(
            database, timestamped_backup_path(database, backup_dir, f"before-{state.head}")
        )
        log.info("backed up %s to %s before upgrading", database.display_url(), backup)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("schema of %s is now at %s", database.display_url(), state.head)
    return backup
