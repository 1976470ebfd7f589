"""Integrity checks, backups and restores of the whole database."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select, text

from ..db.backup import (
    backup_database,
    quick_check_sqlite,
    refuse_if_read_only,
    replace_damaged_sqlite,
    restore_sqlite,
    sqlite_path,
    timestamped_backup_path,
)
from ..db.base import Base
from ..db.migrate import SchemaState, schema_state, upgrade_to_head
from ..domain.errors import DomainError
from ..domain.faults import regular_file_destination
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .backups import rotate
from .base import Service
from .startup import bootstrap

log = logging.getLogger("diaspora_grants.maintenance")


@dataclass(frozen=True)
class CheckReport:
    database: str
    schema_version: str | None
    schema_head: str
    integrity: str
    foreign_key_problems: int
    row_counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.foreign_key_problems == 0
            and self.schema_version == self.schema_head
        )


@dataclass(frozen=True)
class RestoreReport:
    database: str
    row_counts: dict[str, int]


class MaintenanceService(Service):
    entity = "database"

    def schema(self) -> SchemaState:
        return schema_state(self.context.database)

    def check(self) -> CheckReport:
        database = self.context.database
        state = schema_state(database)
        with database.engine.connect() as connection:
            counts = row_counts(connection)
            if database.is_sqlite:
                integrity = "; ".join(r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check"))
                fk_problems = len(connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall())
            else:
                # PostgreSQL enforces constraints on every write and checksums its own pages.
                connection.execute(text("SELECT 1"))
                integrity, fk_problems = "ok", 0
        return CheckReport(database.display_url(), state.current, state.head, integrity, fk_problems, counts)

    def backup(self, target: Path) -> Path:
        # Checked before backup_database, which creates the missing folders of automatic backups.
        regular_file_destination(target, "back up to")
        return backup_database(self.context.database, target)

    def checksums(self) -> dict[str, str]:
        """A digest of every table's content in key order, to prove two databases hold the same data."""
        with self.context.database.engine.connect() as connection:
            return table_checksums(connection)


def restore_into(db: str | None, source: Path, *, keep: int | None = None) -> RestoreReport:
    """Replace a SQLite database with a backup; the current file is kept as a backup first.

    A sound current file is copied with SQLite's backup API and then overwritten inside SQLite's
    own transaction; a damaged one (which SQLite cannot copy) is kept aside as it is and replaced
    by a single rename. Either way a crash leaves the old file or the restored one, never a mixture.
    """
    paths, kept, database = bootstrap(db, keep)
    try:
        if not database.is_sqlite:
            raise DomainError(
                say(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "restoring a PostgreSQL database is done with pg_restore by the "
                        "server's administrator",
                    )
                )
            )
        current = sqlite_path(database)
        refuse_if_read_only(current, "restore into")
        source = source.expanduser().resolve()
        if current.exists() and current.resolve() == source:
            raise DomainError(
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "{source} is the database itself; choose a backup file to restore from"
                    ),
                    source=source,
                )
            )
        if current.exists() and current.stat().st_size > 0 and quick_check_sqlite(current) != "ok":
            aside = replace_damaged_sqlite(database, source, paths.backup_dir)
            log.warning("%s was damaged; kept as %s and replaced by %s", current, aside, source)
        else:
            if current.exists() and current.stat().st_size > 0:
                backup_database(
                    database, timestamped_backup_path(database, paths.backup_dir, "before-restore")
                )
            restore_sqlite(database, source)
            log.info("restored %s from %s", current, source)
        upgrade_to_head(database, backup_dir=paths.backup_dir)
        rotate(database, paths.backup_dir, keep=kept)
        with database.engine.connect() as connection:
            counts = row_counts(connection)
        return RestoreReport(str(sqlite_path(database)), counts)
    finally:
        database.dispose()


def row_counts(connection: Connection) -> dict[str, int]:
    return {
        name: int(connection.scalar(select(func.count()).select_from(table)) or 0)
        for name, table in sorted(Base.metadata.tables.items())
    }


def table_checksums(connection: Connection) -> dict[str, str]:
    result: dict[str, str] = {}
    for name, table in sorted(Base.metadata.tables.items()):
        digest = hashlib.sha256()
        for row in connection.execute(select(table).order_by(*table.primary_key.columns)):
            digest.update(repr(tuple(row)).encode())
        result[name] = digest.hexdigest()
    return result


__all__ = ["CheckReport", "MaintenanceService", "RestoreReport", "restore_into", "sqlite_path"]
