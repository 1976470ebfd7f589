"""A read-only worksheet's stated size, found without reading the sheet twice.

Opening a workbook read-only, openpyxl looks for each sheet's stated size (its <dimension>
element) and, when the sheet has none, parses it to the end of its rows before giving up. Files
written in openpyxl's write-only mode have none, the app's own data workbooks among them, so every
import of such a file read its largest sheets twice: a third of the reading time of a sheet of a
hundred thousand rows. The element, when a sheet has one, comes before the rows (the schema's
order; openpyxl ignores it after them too), so looking no further than the start of the rows finds
the same size, or the same absence of one.

Only the workbooks the importer opens (inside `sizes_from_the_head`) are read this way; any other
use of openpyxl in the process is left exactly as it is.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

_DIMENSION = f"{{{SHEET_MAIN_NS}}}dimension"
_ROWS = f"{{{SHEET_MAIN_NS}}}sheetData"

_opening = threading.local()
_installed = threading.Lock()
_openpyxl_get_size = ReadOnlyWorksheet._get_size


@contextmanager
def sizes_from_the_head() -> Iterator[None]:
    """Workbooks opened read-only in this block (in this thread) find their sheets' sizes in the
    sheets' heads."""
    with _installed:
        if ReadOnlyWorksheet._get_size is _openpyxl_get_size:
            ReadOnlyWorksheet._get_size = _get_size
    _opening.active = True
    try:
        yield
    finally:
        _opening.active = False


def stated_size(source: Any) -> tuple[int, int, int, int] | None:
    """(min column, min row, max column, max row) as the sheet states it before its rows, or None."""
    for _event, element in iterparse(source, events=("start",)):
        if element.tag == _DIMENSION:
            boundaries: tuple[int, int, int, int] = SheetDimension.from_tree(element).boundaries
            return boundaries
        if element.tag == _ROWS:
            return None
    return None


def _get_size(sheet: ReadOnlyWorksheet) -> None:
    if not getattr(_opening, "active", False):
        _openpyxl_get_size(sheet)
        return
    with sheet._get_source() as source:
        size = stated_size(source)
    if size is not None:
        sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = size
