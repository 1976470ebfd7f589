"""The data workbook: every entity on its own sheet, keyed by natural keys, never by database ids.

Ids differ between databases; codes, names and labels do not. So an export imported into an
empty database and exported again gives the same content. Written in openpyxl's write-only
(streaming) mode through the formula-safe cells of the reporting package, and atomically.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy.orm import Session

from ..reporting.atomic import atomic_target
from ..reporting.safe_cells import CellFactory
from . import data_queries as q
from .data_sheets import ALL_SHEETS, SheetSpec

DATE_FORMAT = "yyyy-mm-dd"


def write_data_workbook(session: Session, out: Path, programme_ids: set[int] | None) -> dict[str, int]:
    """Write every sheet (restricted to the programmes given, or all); returns rows per sheet."""
    scope = q.Scope.load(session, programme_ids)
    counts: dict[str, int] = {}
    with atomic_target(out) as temporary:
        book = Workbook(write_only=True)
        for spec in ALL_SHEETS:
            counts[spec.name] = _write_sheet(book, spec, q.ROWS[spec.name](session, scope))
        book.save(temporary)
    return counts


def _write_sheet(book: Workbook, spec: SheetSpec, rows: Iterable[tuple[Any, ...]]) -> int:
    sheet = book.create_sheet(spec.name)
    sheet.freeze_panes = "A2"
    factory = CellFactory(sheet)
    bold = factory.style(bold=True)
    date_style = factory.style(DATE_FORMAT)
    sheet.append([factory.value(h, bold) for h in spec.headers])
    count = 0
    for row in rows:
        sheet.append(list(_cells(factory, row, date_style)))
        count += 1
    return count


def _cells(factory: CellFactory, row: tuple[Any, ...], date_style: Any) -> Iterator[Any]:
    for value in row:
        if isinstance(value, str):
            yield factory.plain(value)
        elif isinstance(value, q.DATE_TYPES):
            yield factory.value(value, date_style)
        else:
            yield value
