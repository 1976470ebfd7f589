"""Sheets of thousands of records: each row checked on its own, new records created in batches.

A row that names an existing record is saved as before, through the service's update in a
savepoint of its own. Rows for new records are gathered and created with one service call per
batch (`create_many`), which checks each as `create` would and refuses only the rows at fault: a
hundred thousand organisations cost a few hundred statements, not several per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..domain.errors import DomainError, ValidationError
from .rows import Row

#: Rows gathered before their new records are created together.
BATCH_ROWS = 500


@dataclass(frozen=True)
class NewRecord:
    """A row that creates a record, with the input the service will check."""

    row: Row
    data: Any


@dataclass(frozen=True)
class Update:
    """A row that changes an existing record: `apply` saves it and says created/changed/unchanged."""

    apply: Callable[[], str]


class BatchedSheet(Protocol):
    def prefetch(self, rows: Sequence[Row]) -> None:
        """Read what the rows refer to, for all of them at once."""

    def plan(self, row: Row) -> NewRecord | Update:
        """The row's conversion, without writing anything."""

    def create(self, new: Sequence[NewRecord]) -> Sequence[object]:
        """Create the new records: for each, its view or the DomainError that refused it."""


def report(new: NewRecord, result: object, aliases: dict[str, str], fallback: str) -> bool:
    """Put a refusal on its row in the row's words; True when the record was created."""
    if isinstance(result, ValidationError):
        new.row.field_problems(result.problems, aliases, fallback)
        return False
    if isinstance(result, DomainError):
        new.row.problem(fallback, result.message, "correct the row, or leave this record out of the file")
        return False
    return True
