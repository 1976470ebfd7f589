"""Write a file so that a crash never leaves half of it under the real name.

The content goes to a temporary file in the same folder (same file system, so the final move is
atomic), is flushed to disk, and only then replaces the target. An existing file is untouched
until the new one is complete; on any failure the temporary file is removed.

Only regular files are replaced. A device, a FIFO or a socket (or a symlink to one) is refused
before any work; a symlink to a regular file has that file replaced and stays a symlink. Every
fault of the machine (disk full, read-only or unchangeable folder, name too long, I/O error) is
one line naming the file, the cause and what to do.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from diaspora_grants.domain.errors import DomainError
from diaspora_grants.domain.faults import cause_and_remedy, file_fault, regular_file_destination

TEMP_PREFIX = ".~dg-"
TEMP_SUFFIX = ".part"
#: The temporary name keeps this much of the target's name, so that it fits where the target fits.
_TEMP_NAME_KEPT = 80


def temporary_name(target: Path) -> Path:
    """A hidden name next to the target; recognisable so leftovers of a killed run can be cleaned."""
    kept = target.name[:_TEMP_NAME_KEPT]
    return target.with_name(f"{TEMP_PREFIX}{kept}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")


def check_destination(target: Path) -> Path:
    """Fail early, in one line, when `target` cannot be written; returns the path to replace."""
    final = regular_file_destination(Path(target))
    if not os.access(final.parent, os.W_OK):
        raise DomainError(
            f"Cannot write {target}: no permission to write in {final.parent}; "
            "choose another folder, or ask for write access"
        )
    return final


@contextlib.contextmanager
def atomic_target(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces `target`, on failure it vanishes."""
    final = check_destination(Path(target))
    temporary = temporary_name(final)
    try:
        # Created before any work, so that a folder that takes no files fails now, in one line.
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        yield temporary
        _flush_to_disk(temporary)
        _replace(temporary, final)
    except DomainError:
        raise
    except BaseException as error:
        # A writer that fails half-way may raise its own error from the OSError underneath.
        if cause_and_remedy(error) is not None:
            raise file_fault("write", target, error) from error
        raise
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _flush_to_disk(path: Path) -> None:
    if not path.exists():
        raise DomainError(f"Cannot write {path.name}: nothing was written")
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _replace(temporary: Path, final: Path) -> None:
    try:
        os.replace(temporary, final)
    except PermissionError as error:  # Windows refuses to replace a file another program holds open
        raise DomainError(
            f"Cannot replace {final}: it is open in another program or you lack permission; "
            "close it and try again"
        ) from error
    _sync_folder(final.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_bytes_atomically(target: Path | str, data: bytes) -> None:
    with atomic_target(target) as temporary:
        temporary.write_bytes(data)
