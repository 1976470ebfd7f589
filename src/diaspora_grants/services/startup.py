"""Open the workspace both front ends use: folders, logging, the database at the current schema."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..config import AppPaths, current_user, database_url
from ..db.engine import Database
from ..db.migrate import upgrade_to_head
from ..logging_setup import setup_logging
from .context import ServiceContext
from .registry import Services

log = logging.getLogger("diaspora_grants.startup")


@dataclass
class Workspace:
    paths: AppPaths
    database: Database
    services: Services
    #: True when this start created the database (the demo is offered then).
    created: bool
    #: The copy taken before a schema upgrade, if one ran.
    upgrade_backup: Path | None

    def close(self) -> None:
        self.database.dispose()


def open_workspace(db: str | None = None, *, user: str | None = None) -> Workspace:
    paths = AppPaths.discover()
    paths.ensure()
    setup_logging(paths.log_dir)
    url = database_url(db, paths)
    database = Database(url)
    created = _is_new(database)
    backup = upgrade_to_head(database, backup_dir=paths.backup_dir)
    if created and database.is_sqlite and database.url.database:
        Path(database.url.database).chmod(0o600)
    log.info("opened %s", database.display_url())
    context = ServiceContext(
        database=database,
        user=user or current_user(),
        documents_dir=paths.documents_dir,
        backup_dir=paths.backup_dir,
    )
    return Workspace(paths, database, Services(context), created, backup)


def _is_new(database: Database) -> bool:
    if database.is_sqlite:
        name = database.url.database
        return not name or not Path(name).exists() or Path(name).stat().st_size == 0
    from ..db.migrate import schema_state

    return schema_state(database).current is None
