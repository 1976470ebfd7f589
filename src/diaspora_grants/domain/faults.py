"""Faults of the machine (disk full, read-only, busy, I/O errors) said in one line: cause, then what to do.

Operating-system errors are told apart by errno; database drivers' errors by SQLite's own words,
found anywhere in the chain of causes (a writer that fails half-way often raises its own error
from the OSError underneath). Nothing here imports a driver: this is plain Python.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from .errors import DomainError

#: errno -> (cause, what to do).
_OS_FAULTS: dict[int, tuple[str, str]] = {
    errno.ENOSPC: ("the disk is full", "free some space or choose another disk, and try again"),
    errno.EDQUOT: ("the disk quota is used up", "free some space or choose another disk, and try again"),
    errno.EROFS: ("the disk is read-only", "choose a folder on a disk you can write to"),
    errno.EACCES: (
        "permission denied (the file or its folder is read-only or protected)",
        "choose another folder, or ask for write access",
    ),
    errno.EPERM: (
        "the file or its folder is marked unchangeable (immutable or locked)",
        "choose another folder, or ask an administrator to unlock it",
    ),
    errno.EBUSY: ("it is in use by another program", "close it there and try again"),
    errno.ETXTBSY: ("it is in use by another program", "close it there and try again"),
    errno.EIO: (
        "the disk reported an input/output error",
        "check the disk (or use another one) and try again",
    ),
    errno.ENAMETOOLONG: ("the name is too long for the file system", "choose a shorter name"),
    errno.ENOENT: (
        "the folder does not exist or takes no new files",
        "choose an existing folder you can write to",
    ),
    errno.ENOTDIR: ("part of the path is a file, not a folder", "check the path"),
    errno.EISDIR: ("a folder has that name", "give the name of a file"),
    errno.ELOOP: ("the path goes round a loop of symbolic links", "give a path without the loop"),
    errno.EMLINK: ("the folder holds too many entries", "choose another folder"),
}

#: SQLite's words -> (cause, what to do), for errors raised by the database driver.
_DATABASE_FAULTS: tuple[tuple[str, tuple[str, str]], ...] = (
    ("database or disk is full", _OS_FAULTS[errno.ENOSPC]),
    ("disk i/o error", _OS_FAULTS[errno.EIO]),
    (
        "attempt to write a readonly database",
        (
            "the database file or its folder is read-only",
            "copy the database to a folder you can write to, or ask for write access",
        ),
    ),
    (
        "unable to open database file",
        (
            "the database file or its folder cannot be opened for writing",
            "check that the folder exists and that you may write in it",
        ),
    ),
)


_LIBXML_IO = re.compile(r"\bIO_(E[A-Z]+)\b")


class FileFaultError(DomainError):
    """A file could not be read or written; the message names it, the cause and what to do."""


def causes(error: BaseException) -> Iterator[BaseException]:
    """The error, then what it was raised from or while handling, then a driver's original error."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        original = getattr(current, "orig", None)
        pending.extend(
            [
                original if isinstance(original, BaseException) else None,
                current.__cause__,
                current.__context__,
            ]
        )


def os_fault(error: BaseException) -> OSError | None:
    """The operating-system error behind `error`, if one is in its chain."""
    return next((e for e in causes(error) if isinstance(e, OSError) and e.errno is not None), None)


def cause_and_remedy(error: BaseException) -> tuple[str, str] | None:
    """(cause, what to do) for a fault of the machine behind `error`; None for anything else."""
    found = os_fault(error)
    if found is not None:
        if found.errno in _OS_FAULTS:
            return _OS_FAULTS[found.errno]
        return (found.strerror or str(found), "try again, or choose another place")
    for current in causes(error):
        text = str(current).lower()
        for words, said in _DATABASE_FAULTS:
            if words in text:
                return said
        # libxml2 (lxml) reports a failed write as 'IO_ENOSPC' and the like, without the OSError.
        named = _LIBXML_IO.search(str(current))
        code = getattr(errno, named.group(1), None) if named else None
        if code in _OS_FAULTS:
            return _OS_FAULTS[code]
    return None


def file_fault(action: str, path: Path | str, error: BaseException) -> FileFaultError:
    """'Cannot write report.xlsx: the disk is full; free some space ...' for a fault of the machine."""
    found = cause_and_remedy(error)
    cause, remedy = found if found else (_plain(error), "try again, or choose another place")
    return FileFaultError(f"Cannot {action} {path}: {cause}; {remedy}")


def _plain(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def regular_file_destination(target: Path, action: str = "write") -> Path:
    """The path a new file may replace: `target` itself, or the file a symlink points to.

    A device, a FIFO or a socket (or a symlink to one) is refused, never replaced: renaming a file
    over /dev/null turns it into a regular file and breaks every program that writes to it. A folder
    that does not exist and a name the file system refuses are one line each too.
    """
    try:
        info = os.stat(target)  # follows symlinks: what the name stands for
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise file_fault(action, target, error) from error
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise FileFaultError(f"Cannot {action} {target}: a folder has that name; give the name of a file")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise FileFaultError(
            f"Cannot {action} {target}: it is {_kind(info.st_mode)}, not a regular file, and is never "
            "replaced; give the name of a file"
        )
    final = Path(os.path.realpath(target)) if os.path.islink(target) else target
    if not final.parent.is_dir():
        raise FileFaultError(
            f"Cannot {action} {target}: the folder {final.parent} does not exist; "
            "create it or choose another folder"
        )
    return final


def _kind(mode: int) -> str:
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device (a disk)"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"
