"""One import: every sheet processed in one unit of work, each row in a savepoint of its own.

Rows are written through the public service calls a user's actions go through, so an import
obeys exactly the rules of the app. A row with problems is rolled back to its savepoint and
listed; the run goes on so that the user gets every problem at once. The caller commits only
when no row had a problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol

from ..domain.errors import DomainError, ValidationError
from ..reporting.data_format import SheetSpec
from ..services.registry import Services
from .batches import BATCH_ROWS, BatchedSheet, NewRecord, report
from .problems import Problem
from .rows import Row, SkipRow
from .workbook_reader import WorkbookReader

CREATED, CHANGED, UNCHANGED = "created", "changed", "unchanged"


class Versioned(Protocol):
    @property
    def version(self) -> int: ...


def outcome(before: Versioned, after: Versioned) -> str:
    """A service saves only what differs, and each save gives the record a new version."""
    return UNCHANGED if after.version == before.version else CHANGED


@dataclass
class SheetCount:
    created: int = 0
    changed: int = 0
    unchanged: int = 0

    def add(self, result: str) -> None:
        setattr(self, result, getattr(self, result) + 1)


@dataclass
class ImportRun:
    #: The services, joined to the import's one unit of work.
    uow: Services
    today: dt.date
    user: str
    problems: list[Problem] = field(default_factory=list)
    #: What the user should know but that does not stop the import (ignored columns, look-alike names).
    warnings: list[Problem] = field(default_factory=list)
    counts: dict[str, SheetCount] = field(default_factory=dict)
    #: Work that must wait for later sheets (headline indicators, period locks).
    deferred: list[Callable[[], None]] = field(default_factory=list)
    #: Per-sheet bookkeeping that must outlive one row (e.g. expenditure records already matched).
    memo: dict[str, Any] = field(default_factory=dict)
    #: The sheets the file has, by name as the format spells it.
    sheets: frozenset[str] = frozenset()

    def has_sheet(self, name: str) -> bool:
        return name in self.sheets

    def run_sheet(
        self,
        reader: WorkbookReader,
        spec: SheetSpec,
        handler: Callable[[ImportRun, Row], str],
        aliases: dict[str, str] | None = None,
    ) -> None:
        if reader.find_sheet(spec.name) is None:
            return
        count = self.counts.setdefault(spec.name, SheetCount())
        for row in self._rows(reader, spec):
            if not row.problems:
                self._run_row(row, partial(handler, self, row), aliases or {}, spec.key[-1], count)
            self.problems.extend(row.problems)

    def run_batched_sheet(
        self, reader: WorkbookReader, spec: SheetSpec, sheet: BatchedSheet, aliases: dict[str, str]
    ) -> None:
        """Like run_sheet, with new records created a batch at a time (see importing.batches)."""
        if reader.find_sheet(spec.name) is None:
            return
        count = self.counts.setdefault(spec.name, SheetCount())
        rows: list[Row] = []
        for row in self._rows(reader, spec):
            rows.append(row)
            if len(rows) == BATCH_ROWS:
                self._run_batch(sheet, rows, aliases, spec.key[-1], count)
                rows = []
        if rows:
            self._run_batch(sheet, rows, aliases, spec.key[-1], count)

    def _rows(self, reader: WorkbookReader, spec: SheetSpec) -> Iterator[Row]:
        """The sheet's rows; a row repeating an earlier row's key comes with that problem."""
        name = reader.find_sheet(spec.name)
        assert name is not None
        table = reader.table(name, spec.columns)
        self.problems.extend(table.problems)
        self.warn_unknown_columns(name, table.unknown_headers, spec.headers)
        present = {c.header for c in spec.columns if table.has(c.header)}
        key_positions = [spec.headers.index(k) for k in spec.key]
        seen: dict[tuple[str, ...], int] = {}
        for number, values in table.rows():
            row = Row(name, number, spec.headers, present, values, self.today)
            key = tuple(_key_text(values[i]) for i in key_positions)
            if spec.name != "Expenditures" and key in seen:
                row.problem(
                    spec.key[-1],
                    f"the same {' / '.join(spec.key).lower()} is already given in row {seen[key]}",
                    "give each record once; remove or correct one of the two rows",
                )
            else:
                seen[key] = number
            yield row

    def _run_batch(
        self, sheet: BatchedSheet, rows: list[Row], aliases: dict[str, str], fallback: str, count: SheetCount
    ) -> None:
        sheet.prefetch([row for row in rows if not row.problems])
        new: list[NewRecord] = []
        for row in rows:
            if row.problems:
                continue
            try:
                planned = sheet.plan(row)
            except SkipRow:
                continue
            except DomainError as error:
                _put_on_row(row, error, aliases, fallback)
                continue
            if isinstance(planned, NewRecord):
                new.append(planned)
            else:
                self._run_row(row, planned.apply, aliases, fallback, count)
        if new:
            with self.uow.savepoint():
                results = sheet.create(new)
            count.created += sum(report(n, r, aliases, fallback) for n, r in zip(new, results, strict=True))
        for row in rows:
            self.problems.extend(row.problems)

    def warn_unknown_columns(self, sheet: str, unknown: tuple[str, ...], known: tuple[str, ...]) -> None:
        for header in unknown:
            self.warnings.append(
                Problem(
                    sheet,
                    1,
                    header,
                    "is not a column the app reads: it is ignored",
                    f"leave it, or rename it to one of: {', '.join(known)}",
                )
            )

    def _run_row(
        self, row: Row, save: Callable[[], str], aliases: dict[str, str], fallback: str, count: SheetCount
    ) -> None:
        try:
            with self.uow.savepoint():
                result = save()
            count.add(result)
        except SkipRow:
            pass
        except DomainError as error:
            _put_on_row(row, error, aliases, fallback)


def _put_on_row(row: Row, error: DomainError, aliases: dict[str, str], fallback: str) -> None:
    if isinstance(error, ValidationError):
        row.field_problems(error.problems, aliases, fallback)
    else:
        row.problem(fallback, error.message, "correct the row, or leave this record out of the file")


def _key_text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return "" if value is None else str(value)
