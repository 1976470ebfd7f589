"""Automatic backups of a SQLite workspace: one on the first start of each day, rotated, and the
check at start that refuses a damaged file and names the newest backup that is sound."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from ..db.backup import (
    BackupFile,
    backup_database,
    check_sqlite_file,
    list_backups,
    quick_check_sqlite,
    rotate_backups,
    sqlite_path,
    timestamped_backup_path,
)
from ..db.engine import Database
from ..domain.errors import DamagedDatabaseError

log = logging.getLogger("diaspora_grants.backups")

DAILY = "daily"
#: Copies of files that could not be opened; never offered back and never rotated away.
DAMAGED = "damaged"


def daily_backup(
    database: Database, folder: Path, *, keep: int, now: dt.datetime | None = None
) -> Path | None:
    """Back up a SQLite database unless today's copy exists; rotate. Returns the new copy, if any."""
    if not database.is_sqlite or database.url.database in (None, "", ":memory:"):
        return None
    moment = now or dt.datetime.now()
    stem = sqlite_path(database).stem
    if any(b.tag == DAILY and b.taken_on == moment.date() for b in list_backups(folder, stem)):
        return None
    target = backup_database(database, timestamped_backup_path(database, folder, DAILY, now=moment))
    log.info("daily backup of %s written to %s", database.display_url(), target)
    rotate(database, folder, keep=keep)
    return target


def rotate(database: Database, folder: Path, *, keep: int) -> list[Path]:
    """Keep the newest `keep` automatic backups of each kind of this database."""
    if not database.is_sqlite:
        return []
    removed = rotate_backups(folder, sqlite_path(database).stem, keep)
    for path in removed:
        log.info("removed old backup %s", path)
    return removed


def latest_good_backup(folder: Path, stem: str) -> BackupFile | None:
    """The newest automatic backup of `stem` that passes SQLite's integrity check."""
    for backup in reversed(list_backups(folder, stem)):
        if backup.tag != DAMAGED and check_sqlite_file(backup.path) == "ok":
            return backup
    return None


def refuse_if_damaged(path: Path, folder: Path) -> None:
    """Raise DamagedDatabaseError, naming the newest sound backup, when `path` fails its quick check."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    verdict = quick_check_sqlite(path)
    if verdict == "ok":
        return
    good = latest_good_backup(folder, path.stem)
    log.error("%s failed its check at start: %s; latest good backup: %s", path, verdict, good)
    raise DamagedDatabaseError(str(path), verdict, str(good.path) if good else None, str(folder))
