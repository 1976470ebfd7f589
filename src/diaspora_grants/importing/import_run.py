"""One import: every sheet processed in one transaction, each row in a savepoint of its own.

A row with problems is rolled back to its savepoint and listed; the run goes on so that the user
gets every problem at once. The caller commits only when no row had a problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ..db.base import Tracked
from ..domain.errors import DomainError, ValidationError
from .data_sheets import SheetSpec
from .problems import Problem
from .rows import Row, SkipRow
from .workbook_reader import WorkbookReader

CREATED, CHANGED, UNCHANGED = "created", "changed", "unchanged"


@dataclass
class SheetCount:
    created: int = 0
    changed: int = 0
    unchanged: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


@dataclass
class ImportRun:
    session: Session
    today: dt.date
    user: str
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, SheetCount] = field(default_factory=dict)
    #: Work that must wait for later sheets (headline indicators, period locks).
    deferred: list[Callable[[], None]] = field(default_factory=list)
    #: Per-sheet bookkeeping that must outlive one row (e.g. expenditure records already matched).
    memo: dict[str, Any] = field(default_factory=dict)

    def run_sheet(
        self,
        reader: WorkbookReader,
        spec: SheetSpec,
        handler: Callable[[ImportRun, Row], str],
        aliases: dict[str, str] | None = None,
    ) -> None:
        name = reader.find_sheet(spec.name)
        if name is None:
            return
        table = reader.table(name, spec.columns)
        self.problems.extend(table.problems)
        count = self.counts.setdefault(spec.name, SheetCount())
        present = {c.header for c in spec.columns if table.has(c.header)}
        key_positions = [spec.headers.index(k) for k in spec.key]
        seen: dict[tuple[str, ...], int] = {}
        fallback = spec.key[-1]
        for number, values in table.rows():
            row = Row(name, number, spec.headers, present, values, self.session, self.today)
            key = tuple(_key_text(values[i]) for i in key_positions)
            if spec.name != "Expenditures" and key in seen:
                row.problem(
                    fallback,
                    f"the same {' / '.join(spec.key).lower()} is already given in row {seen[key]}",
                    "give each record once; remove or correct one of the two rows",
                )
                self.problems.extend(row.problems)
                continue
            seen[key] = number
            try:
                with self.session.begin_nested():
                    outcome = handler(self, row)
                    self.session.flush()
                count.add(outcome)
            except SkipRow:
                pass
            except ValidationError as error:
                row.field_problems(error.problems, aliases or {}, fallback)
            except DomainError as error:
                row.problem(fallback, error.message, "correct the row, or leave this record out of the file")
            self.problems.extend(row.problems)


def save(session: Session, model: type[Tracked], existing: Tracked | None, values: dict[str, Any]) -> str:
    """Create the record or set only the values that differ; say which happened."""
    if existing is None:
        session.add(model(**values))
        return CREATED
    changed = False
    for name, value in values.items():
        if getattr(existing, name) != value:
            setattr(existing, name, value)
            changed = True
    return CHANGED if changed else UNCHANGED


def _key_text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return "" if value is None else str(value)
