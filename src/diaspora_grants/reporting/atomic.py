"""Write a file so that a crash never leaves half of it under the real name.

The content goes to a temporary file in the same folder (same file system, so the final move is
atomic), is flushed to disk, and only then replaces the target. An existing file is untouched
until the new one is complete; on any failure the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from diaspora_grants.domain.errors import DomainError

TEMP_PREFIX = ".~dg-"
TEMP_SUFFIX = ".part"


def temporary_name(target: Path) -> Path:
    """A hidden name next to the target; recognisable so leftovers of a killed run can be cleaned."""
    return target.with_name(f"{TEMP_PREFIX}{target.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")


def check_destination(target: Path) -> None:
    """Fail early, in one line, when the folder is missing or the target cannot be written."""
    folder = target.parent
    if not folder.is_dir():
        raise DomainError(f"Cannot write {target.name}: the folder {folder} does not exist")
    if target.is_dir():
        raise DomainError(f"Cannot write {target}: a folder has that name")
    if not os.access(folder, os.W_OK):
        raise DomainError(f"Cannot write {target.name}: no permission to write in {folder}")


@contextlib.contextmanager
def atomic_target(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write to; on success it replaces `target`, on failure it vanishes."""
    final = Path(target)
    check_destination(final)
    temporary = temporary_name(final)
    try:
        try:
            yield temporary
        except OSError as error:  # disk full, file vanished: one line for the user
            raise DomainError(f"Cannot write {final.name}: {error.strerror or error}") from error
        _flush_to_disk(temporary)
        _replace(temporary, final)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _flush_to_disk(path: Path) -> None:
    if not path.exists():
        raise DomainError(f"Cannot write {path.name}: nothing was written")
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _replace(temporary: Path, final: Path) -> None:
    try:
        os.replace(temporary, final)
    except PermissionError as error:
        raise DomainError(
            f"Cannot replace {final.name}: it is open in another program or you lack permission; "
            "close it and try again"
        ) from error
    except OSError as error:
        raise DomainError(f"Cannot write {final.name}: {error.strerror or error}") from error
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
