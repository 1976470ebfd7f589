"""The data workbook: every entity on its own sheet, keyed by natural keys, never by database ids.

Ids differ between databases; codes, names and labels do not. So an export imported into an
empty database and exported again gives the same content. Written in openpyxl's write-only
(streaming) mode through the formula-safe cells of the reporting package, and atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from .atomic import atomic_target
from .data_format import SheetSpec
from .safe_cells import CellFactory

DATE_FORMAT = "yyyy-mm-dd"
DATE_TYPES = (dt.date, dt.datetime)


def write_data_workbook(
    out: Path, sheets: Iterable[tuple[SheetSpec, Iterable[tuple[Any, ...]]]]
) -> dict[str, int]:
    """Write each sheet with its rows (plain values, in the spec's column order), streaming them as
    they come; returns the number of rows per sheet."""
    counts: dict[str, int] = {}
    with atomic_target(out) as temporary:
        book = Workbook(write_only=True)
        for spec, rows in sheets:
            counts[spec.name] = _write_sheet(book, spec, rows)
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
        elif isinstance(value, DATE_TYPES):
            yield factory.value(value, date_style)
        else:
            yield value
