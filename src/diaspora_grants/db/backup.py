"""Backups: SQLite's online backup (safe while the app is open), pg_dump for PostgreSQL.

Automatic backups are named `<database stem>.<tag>.<YYYYmmdd-HHMMSS>[-n].sqlite` in the backup
folder (tags: `daily`, `before-<revision>`, `before-restore`), so they can be listed, rotated and
offered back without any bookkeeping file that could itself be lost.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import AppPaths
from ..domain.errors import DomainError
from ..domain.faults import file_fault, regular_file_destination
from .engine import Database

OWNER_ONLY = 0o600
PARTIAL_SUFFIX = ".partial"
#: The files SQLite may keep beside a database being written (a backup's copy among them).
_SIDE_FILES = ("-journal", "-wal", "-shm")
#: A partial copy keeps this much of its target's name, so that it fits where the target fits.
_PARTIAL_NAME_KEPT = 200
#: A partial backup older than this was left by a killed run (a live one touches it constantly).
STALE_PARTIAL_SECONDS = 3600
_STAMP_FORMAT = "%Y%m%d-%H%M%S"


@dataclass(frozen=True, order=True)
class BackupFile:
    """One automatic backup found in the backup folder; orders oldest first."""

    stamp: str
    serial: int
    tag: str
    path: Path

    @property
    def taken_on(self) -> dt.date:
        return dt.datetime.strptime(self.stamp, _STAMP_FORMAT).date()


def sqlite_path(database: Database) -> Path:
    if not database.is_sqlite or database.url.database in (None, "", ":memory:"):
        raise DomainError("this operation needs a SQLite database file")
    return Path(database.url.database)


def timestamped_backup_path(
    database: Database, folder: Path | None, tag: str, *, now: dt.datetime | None = None
) -> Path:
    """A fresh name: two backups in the same second get -2, -3... instead of overwriting each other."""
    stamp = (now or dt.datetime.now()).strftime(_STAMP_FORMAT)
    if database.is_sqlite:
        source = sqlite_path(database)
        base, extension = (folder or source.parent) / f"{source.stem}.{tag}.{stamp}", ".sqlite"
    else:
        base, extension = (
            # A server has no folder of its own: the app's backup folder, never the working one.
            (folder or AppPaths.discover().backup_dir)
            / f"{database.url.database or 'postgres'}.{tag}.{stamp}",
            ".dump",
        )
    candidate, serial = base.with_name(base.name + extension), 1
    while candidate.exists():
        serial += 1
        candidate = base.with_name(f"{base.name}-{serial}{extension}")
    return candidate


def backup_database(database: Database, target: Path) -> Path:
    """Copy the whole database to `target`, written under a temporary name and moved into place.

    Only a regular file is replaced (a symlink to one has its target replaced); on any failure the
    partial copy and the journal SQLite kept beside it are removed, and a fault of the machine
    (disk full, read-only folder, name too long) is one line.
    """
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    final = regular_file_destination(target, "back up to")
    # A name of its own: programs started in the same second back up to the same target, and a
    # shared partial file would be removed by one under the other (SQLite: "disk I/O error").
    partial = final.with_name(f"{final.name[:_PARTIAL_NAME_KEPT]}.{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}")
    try:
        _create_private(partial, exclusive=True)
        if database.is_sqlite:
            _sqlite_backup(sqlite_path(database), partial)
        else:
            _pg_dump(database, partial)
        os.chmod(partial, OWNER_ONLY)
        os.replace(partial, final)
    except DomainError:
        raise
    except (OSError, sqlite3.Error) as error:
        raise file_fault("back up to", target, error) from error
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in _SIDE_FILES)):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return final


def check_sqlite_file(path: Path) -> str:
    """'ok', or SQLite's own words for what is damaged (full integrity check, read-only)."""
    if _unwritable(path):
        return _check_unchangeable(path, "PRAGMA integrity_check", "")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if not _cannot_open(error):
            return str(error)
        return _check_unchangeable(path, "PRAGMA integrity_check", str(error))
    except sqlite3.DatabaseError as error:
        return str(error)
    return "; ".join(str(row[0]) for row in rows)


def _cannot_open(error: sqlite3.OperationalError) -> bool:
    """SQLite could not open the file as it wanted (for writing, or with its -wal and -shm beside it)."""
    text = str(error).lower()
    return "unable to open" in text or "readonly" in text


def _unwritable(path: Path) -> bool:
    return path.is_file() and not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK))


def _check_unchangeable(path: Path, pragma: str, first_error: str) -> str:
    """The check of a file SQLite cannot open for writing, reading the file as it is.

    A sound file that is read-only, or in a folder that takes no -wal and -shm files, is not
    damaged: SQLite merely could not open it the way it wanted (and opened that way it would leave
    log files it cannot remove). Read as immutable (no locks, no log), the file itself is checked.
    """
    if not _unwritable(path):
        return first_error
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            return _verdict(connection.execute(pragma).fetchall())
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)


def quick_check_sqlite(path: Path, *, timeout: float = 5.0, skip: frozenset[str] = frozenset()) -> str:
    """'ok', or what is wrong: SQLite's quick_check, fast enough to run at every start.

    With `skip`, table by table leaving those tables out (the big ones, checked later), and the
    first damage found is what is said.
    Opened read-write (without changing anything) so that a write-ahead log left by a killed
    program is recovered rather than reported as damage.
    """
    if _unwritable(path):
        return _check_unchangeable(path, "PRAGMA quick_check(5)", "")
    try:
        connection = sqlite3.connect(path, timeout=timeout)
        try:
            if not skip:
                return _verdict(connection.execute("PRAGMA quick_check(5)").fetchall())
            tables = [
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            ]
            for table in tables:
                if table in skip:
                    continue
                quoted = table.replace("'", "''")
                verdict = _verdict(connection.execute(f"PRAGMA quick_check('{quoted}')").fetchall())
                if verdict != "ok":
                    return verdict
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            return "ok"  # another program is writing; it is in use, not damaged
        if _cannot_open(error):
            return _check_unchangeable(path, "PRAGMA quick_check(5)", str(error))
        return str(error)
    except sqlite3.DatabaseError as error:
        return str(error)
    return "ok"


def _verdict(rows: list[Any]) -> str:
    return "; ".join(str(row[0]) for row in rows)


def restore_sqlite(database: Database, source: Path) -> None:
    """Replace the database's content with a backup file, after checking the backup is sound.

    The copy goes through SQLite's backup API into the live file, inside SQLite's own transaction,
    so a crash half-way leaves the previous content, never a mixture.
    """
    _check_backup_source(source)
    database.dispose()
    _sqlite_backup(source, sqlite_path(database), single_file=False)


def replace_damaged_sqlite(database: Database, source: Path, keep_folder: Path) -> Path:
    """Put a sound backup in place of a file SQLite cannot open; the damaged file is kept aside.

    The backup is first copied completely next to the target, then the damaged file's write-ahead
    log is moved aside, and only then the copy replaces it in one rename.
    """
    _check_backup_source(source)
    database.dispose()
    target = sqlite_path(database)
    kept = timestamped_backup_path(database, keep_folder, "damaged")
    keep_folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    shutil.copyfile(target, kept)
    os.chmod(kept, OWNER_ONLY)
    incoming = target.with_name(f".{target.name}.restore{PARTIAL_SUFFIX}")
    incoming.unlink(missing_ok=True)
    _create_private(incoming)
    _sqlite_backup(source, incoming, single_file=True)
    _fsync(incoming)
    for suffix in ("-wal", "-shm", "-journal"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    os.replace(incoming, target)
    return kept


def refuse_if_read_only(path: Path, action: str = "open") -> None:
    """One line when SQLite could not write `path`: the file or its folder is read-only.

    SQLite writes a log and an index beside the file (-wal, -shm), so the folder must take new files
    as well; without this, opening fails with words that sound like damage.
    """
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        raise DomainError(
            f"Cannot {action} the database {path}: its folder {folder} is read-only or unchangeable, "
            "and SQLite must write its log files there; copy the database to a folder you can write "
            "to (or ask for write access) and use the copy"
        )
    if path.is_file() and not os.access(path, os.W_OK):
        raise DomainError(
            f"Cannot {action} the database {path}: the file is read-only or unchangeable; make it "
            "writable (or copy it to a file you can write) and try again"
        )


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The automatic backups of the database named `stem` in `folder`, oldest first."""
    pattern = re.compile(
        rf"^{re.escape(stem)}\.(?P<tag>[^.]+)\.(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<serial>\d+))?\.sqlite$"
    )
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            found.append(BackupFile(match["stamp"], int(match["serial"] or 1), match["tag"], path))
    return sorted(found)


def rotate_backups(folder: Path, stem: str, keep: int) -> list[Path]:
    """Keep the newest `keep` backups of each tag (never the only copy of a damaged file: those
    are kept); remove partial copies left by killed runs. Returns what was removed."""
    if keep < 1:
        raise DomainError("at least one backup must be kept")
    removed: list[Path] = []
    by_tag: dict[str, list[BackupFile]] = {}
    for backup in list_backups(folder, stem):
        by_tag.setdefault(backup.tag, []).append(backup)
    for tag, backups in by_tag.items():
        if tag == "damaged":
            continue
        for old in backups[:-keep]:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    cutoff = time.time() - STALE_PARTIAL_SECONDS
    for leftover in folder.glob(f"{glob_escape(stem)}.*{PARTIAL_SUFFIX}*") if folder.is_dir() else ():
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed.append(leftover)
        except FileNotFoundError:
            pass
    return removed


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _check_backup_source(source: Path) -> None:
    if not source.is_file():
        raise DomainError(f"{source}: no such backup file")
    verdict = check_sqlite_file(source)
    if verdict != "ok":
        raise DomainError(f"{source} is not a sound SQLite backup ({verdict}); nothing was restored")


def _create_private(path: Path, *, exclusive: bool = False) -> None:
    """Create the file readable by its owner only before any data goes in (no window at 0644)."""
    flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC | (os.O_EXCL if exclusive else 0)
    os.close(os.open(path, flags, OWNER_ONLY))
    os.chmod(path, OWNER_ONLY)  # O_CREAT honours the umask only when it creates the file


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


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
