"""Bring a database to the current schema: create it, or back it up and upgrade it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from ..domain.errors import DomainError
from .backup import backup_database, timestamped_backup_path
from .engine import Database

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
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def schema_state(database: Database) -> SchemaState:
    with database.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        has_tables = bool(set(inspect(connection).get_table_names()) - {"alembic_version"})
    return SchemaState(current=current, head=head_revision(), has_tables=has_tables)


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
