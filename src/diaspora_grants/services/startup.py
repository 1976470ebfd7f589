"""Open the workspace both front ends use: folders, logging, the database at the current schema.

On SQLite the file is checked before anything opens it (a damaged file is refused with the newest
sound backup named), created private to its owner, and backed up on the first start of each day.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ..config import AppPaths, current_user, database_url, keep_backups
from ..db.backup import OWNER_ONLY
from ..db.engine import Database
from ..db.migrate import schema_state, upgrade_to_head
from ..domain.errors import DatabaseUnavailableError
from ..logging_setup import setup_logging
from .backups import daily_backup, refuse_if_damaged, rotate
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
    #: The copy taken because this was the first start of the day, if one was taken.
    daily_backup: Path | None = None

    def close(self) -> None:
        self.database.dispose()


def open_workspace(
    db: str | None = None, *, user: str | None = None, keep: int | None = None, daily: bool = True
) -> Workspace:
    """Open (creating or upgrading) the database; `keep` automatic backups of each kind are kept
    (default: $DIASPORA_GRANTS_KEEP_BACKUPS, else 10); `daily=False` skips the daily backup."""
    paths = AppPaths.discover()
    paths.ensure()
    setup_logging(paths.log_dir)
    keep = keep_backups(keep)
    database = Database(database_url(db, paths))
    try:
        return _open(database, paths, user, keep, daily)
    except DBAPIError as error:
        database.dispose()
        # The driver's message names host, port and user, never the password; the URL is shown hidden.
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        log.error("cannot open %s: %s", database.display_url(), reason)
        raise DatabaseUnavailableError(f"cannot open {database.display_url()}: {reason}") from None
    except BaseException:
        database.dispose()
        raise


def _open(database: Database, paths: AppPaths, user: str | None, keep: int, daily: bool) -> Workspace:
    file = _sqlite_file(database)
    if file is not None:
        refuse_if_damaged(file, paths.backup_dir)
        _create_private(file)
    created = _is_new(database)
    upgrade_backup = upgrade_to_head(database, backup_dir=paths.backup_dir)
    daily_copy = None
    if daily and not created:
        daily_copy = daily_backup(database, paths.backup_dir, keep=keep)
    rotate(database, paths.backup_dir, keep=keep)
    log.info("opened %s", database.display_url())
    context = ServiceContext(
        database=database,
        user=user or current_user(),
        documents_dir=paths.documents_dir,
        backup_dir=paths.backup_dir,
    )
    return Workspace(paths, database, Services(context), created, upgrade_backup, daily_copy)


def _sqlite_file(database: Database) -> Path | None:
    if not database.is_sqlite or database.url.database in (None, "", ":memory:"):
        return None
    return Path(database.url.database)


def _create_private(file: Path) -> None:
    """A new database file is created readable by its owner only, before SQLite writes anything;
    SQLite gives its -wal and -shm files the same permissions."""
    if not file.exists():
        file.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(file, os.O_CREAT | os.O_WRONLY, OWNER_ONLY))
        file.chmod(OWNER_ONLY)  # O_CREAT applies the umask; an explicit chmod does not


def _is_new(database: Database) -> bool:
    """No schema yet: an empty file, or one whose creation was interrupted before it committed."""
    return schema_state(database).current is None
