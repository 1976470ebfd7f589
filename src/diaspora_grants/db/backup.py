"""Backups: SQLite's online backup (safe while the app is open), pg_dump for PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from ..domain.errors import DomainError
from .engine import Database

OWNER_ONLY = 0o600


def sqlite_path(database: Database) -> Path:
    if not database.is_sqlite or database.url.database in (None, "", ":memory:"):
        raise DomainError("this operation needs a SQLite database file")
    return Path(database.url.database)


def timestamped_backup_path(database: Database, folder: Path | None, tag: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    if database.is_sqlite:
        source = sqlite_path(database)
        return (folder or source.parent) / f"{source.stem}.{tag}.{stamp}.sqlite"
    name = database.url.database or "postgres"
    return (folder or Path.cwd()) / f"{name}.{tag}.{stamp}.dump"


def backup_database(database: Database, target: Path) -> Path:
    """Copy the whole database to `target`, written under a temporary name and moved into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    if database.is_sqlite:
        _sqlite_backup(sqlite_path(database), partial)
    else:
        _pg_dump(database, partial)
    os.chmod(partial, OWNER_ONLY)
    os.replace(partial, target)
    return target


def check_sqlite_file(path: Path) -> str:
    """'ok', or SQLite's own words for what is damaged."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    return "; ".join(str(row[0]) for row in rows)


def restore_sqlite(database: Database, source: Path) -> None:
    """Replace the database's content with a backup file, after checking the backup is sound."""
    if not source.is_file():
        raise DomainError(f"{source}: no such backup file")
    verdict = check_sqlite_file(source)
    if verdict != "ok":
        raise DomainError(f"{source} is not a sound SQLite backup ({verdict}); nothing was restored")
    database.dispose()
    _sqlite_backup(source, sqlite_path(database), single_file=False)


def _sqlite_backup(source: Path, target: Path, *, single_file: bool = True) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        if single_file:
            # The copy inherits WAL mode; a backup is better as one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()


def _pg_dump(database: Database, target: Path) -> None:
    executable = shutil.which("pg_dump")
    if executable is None:
        raise DomainError(
            "backing up a PostgreSQL database needs pg_dump (PostgreSQL client tools); install them, "
            "or ask the server's administrator for a backup"
        )
    url = database.url
    env = {**os.environ}
    if url.password:
        env["PGPASSWORD"] = str(url.password)  # passed by environment so it never shows in `ps`
    args = [executable, "--format=custom", f"--file={target}"]
    if url.host:
        args.append(f"--host={url.host}")
    if url.port:
        args.append(f"--port={url.port}")
    if url.username:
        args.append(f"--username={url.username}")
    args.append(url.database or "postgres")
    completed = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise DomainError(f"pg_dump failed: {completed.stderr.strip().splitlines()[-1:]}")
