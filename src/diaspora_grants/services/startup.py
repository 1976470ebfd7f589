"""Open the workspace both front ends use: folders, logging, the database at the current schema.

On SQLite the file is checked before anything opens it (a damaged file is refused with the newest
sound backup named), created private to its owner, and backed up on the first start of each day.

The full check reads the whole file (seconds for a million result cells), so the desktop app asks
for it to be split (`defer_checks=True`): before opening, the file's header, its schema and every
table except the two that grow with use are checked; the whole file, and then the day's backup,
are checked and taken by `Workspace.finish_start()`, which the app runs in the background once its
window shows and which refuses the file the same way. The command line checks everything first.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ..config import AppPaths, current_user, database_url, keep_backups
from ..db.backup import OWNER_ONLY, quick_check_sqlite, refuse_if_read_only
from ..db.engine import Database
from ..db.migrate import schema_state, upgrade_to_head
from ..db.migrations import AUDIT_SEARCH_TABLES
from ..domain.errors import DamagedDatabaseError, DatabaseUnavailableError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from ..logging_setup import setup_logging
from .access import team_login
from .backups import daily_backup, latest_good_backup, refuse_if_damaged, rotate
from .context import ServiceContext
from .credentials import with_stored_password
from .registry import Services

log = logging.getLogger("diaspora_grants.startup")

#: Tables that grow a cell or a change at a time (most of a big file): with deferred checks they
#: are checked after the window shows; every other table before anything opens the file. The audit
#: log's search index grows with it.
GROWING_TABLES = frozenset({"results", "audit_log"}) | AUDIT_SEARCH_TABLES


@dataclass(frozen=True)
class DeferredStart:
    """What a start with deferred checks left for `Workspace.finish_start`."""

    #: The SQLite file whose full check is still to run.
    file: Path | None
    #: Whether the day's backup is still to be taken (after the full check passes).
    daily: bool
    keep: int


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
    #: Checks and the daily backup left for `finish_start` (opened with defer_checks=True).
    deferred: DeferredStart | None = None

    def finish_start(self) -> None:
        """Run what the start deferred: the full check of the file (DamagedDatabaseError naming
        the newest sound backup), then the day's backup. Safe to call from a worker thread."""
        deferred, self.deferred = self.deferred, None
        if deferred is None:
            return
        if deferred.file is not None:
            refuse_if_damaged(deferred.file, self.paths.backup_dir)
        if deferred.daily:
            self.daily_backup = daily_backup(self.database, self.paths.backup_dir, keep=deferred.keep)

    def close(self) -> None:
        self.database.dispose()


def open_workspace(
    db: str | None = None,
    *,
    user: str | None = None,
    keep: int | None = None,
    daily: bool = True,
    defer_checks: bool = False,
) -> Workspace:
    """Open (creating or upgrading) the database; `keep` automatic backups of each kind are kept
    (default: $DIASPORA_GRANTS_KEEP_BACKUPS, else 10); `daily=False` skips the daily backup.
    `defer_checks=True` leaves the full file check and the daily backup to `finish_start()`."""
    paths, kept, database = bootstrap(db, keep)
    try:
        return _open(database, paths, user, kept, daily, defer_checks)
    except DBAPIError as error:
        database.dispose()
        # The driver's message names host, port and user, never the password; the URL is shown hidden.
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        log.error("cannot open %s: %s", database.display_url(), reason)
        raise DatabaseUnavailableError(
            say(
                QT_TRANSLATE_NOOP("Core", "cannot open {value}: {reason}"),
                value=database.display_url(),
                reason=reason,
            )
        ) from None
    except BaseException:
        database.dispose()
        raise


def bootstrap(db: str | None, keep: int | None) -> tuple[AppPaths, int, Database]:
    """What every start does first, whatever it then does with the database: the folders, the
    log, how many backups to keep, and the database named by --db, the environment or the default."""
    paths = AppPaths.discover()
    paths.ensure()
    setup_logging(paths.log_dir)
    kept = keep_backups(keep)
    return paths, kept, Database(with_stored_password(database_url(db, paths)))


def _open(
    database: Database, paths: AppPaths, user: str | None, keep: int, daily: bool, defer: bool
) -> Workspace:
    file = _sqlite_file(database)
    if file is not None:
        refuse_if_read_only(file)
        if defer:
            refuse_if_visibly_damaged(file, paths.backup_dir)
        else:
            refuse_if_damaged(file, paths.backup_dir)
        _create_private(file)
    state = schema_state(database)
    created = state.current is None
    if defer and file is not None and not created and not state.up_to_date:
        refuse_if_damaged(file, paths.backup_dir)  # an upgrade backs the file up: check all of it first
        file = None
    if not created and not state.up_to_date and not database.is_sqlite:
        refuse_upgrade_by_a_person(database, state.head)
    upgrade_backup = upgrade_to_head(database, backup_dir=paths.backup_dir)
    daily_copy = None
    if daily and not created and not defer:
        daily_copy = daily_backup(database, paths.backup_dir, keep=keep)
    rotate(database, paths.backup_dir, keep=keep)
    log.info("opened %s", database.display_url())
    context = ServiceContext(
        database=database,
        user=_signing_login(database) or user or current_user(),
        documents_dir=paths.documents_dir,
        backup_dir=paths.backup_dir,
    )
    deferred = DeferredStart(file, daily and not created, keep) if defer else None
    return Workspace(paths, database, Services(context), created, upgrade_backup, daily_copy, deferred)


def refuse_upgrade_by_a_person(database: Database, head: str) -> None:
    """A team's database is upgraded by its owner: a person's login may not change the schema."""
    with database.engine.connect() as connection:
        login = team_login(connection)
        owner = login is None or bool(connection.execute(text("SELECT dg_is_owner()")).scalar())
    if not owner:
        raise DatabaseUnavailableError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "{value} needs an upgrade to schema {head}, which only its owner may "
                    "run: ask your administrator to open it with this version first",
                ),
                value=database.display_url(),
                head=head,
            )
        )


def _signing_login(database: Database) -> str | None:
    """On a team's PostgreSQL database the server signs the work with the login connected
    (session_user); the app writes the same name, whatever --user or the settings say."""
    if database.is_sqlite:
        return None
    with database.engine.connect() as connection:
        return team_login(connection)


def refuse_if_visibly_damaged(path: Path, folder: Path) -> None:
    """The check before a start with deferred checks: the header, the schema and every table but
    the growing ones; raises DamagedDatabaseError naming the newest sound backup, as the full one."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    verdict = quick_check_sqlite(path, skip=GROWING_TABLES)
    if verdict == "ok":
        return
    good = latest_good_backup(folder, path.stem)
    log.error("%s failed its check at start: %s; latest good backup: %s", path, verdict, good)
    raise DamagedDatabaseError(str(path), verdict, str(good.path) if good else None, str(folder))


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
