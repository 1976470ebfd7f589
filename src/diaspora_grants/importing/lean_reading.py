"""openpyxl's read-only reading without two costs the importer does not need; the same values.

1. A sheet's stated size. Opening a workbook read-only, openpyxl looks for each sheet's
   <dimension> element and, when the sheet has none, parses it to the end of its rows before
   giving up. Files written in openpyxl's write-only mode have none, the app's own data workbooks
   among them, so each of their sheets was parsed twice. The element, when there is one, comes
   before the rows (the schema's order; openpyxl ignores it after them), so looking no further
   than the start of the rows finds the same size, or the same absence of one.
2. Inline strings. openpyxl turns each <is> cell (how write-only files hold text) into a rich
   text object, its runs and their properties, only to join the texts again: most of the time it
   spends on a sheet of text. Here the texts are joined straight from the XML, as
   `Text.from_tree(element).content` joins them: the <t> of the cell (the last one, should there be
   several) and then the <t> of each <r> run, phonetic runs left out.

Only the importer's reading is changed: while a `LeanReading` is held (an open WorkbookReader),
workbooks opened in `lean_opening` and rows read through `lean_rows`, in the thread that reads
them. Any other use of openpyxl (a bare read to compare with, a report) reads as openpyxl does,
and once no LeanReading is held openpyxl's methods are its own again. Checked per openpyxl minor release
(pyproject.toml pins it), like the private sheet writer the donor workbook extends.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import WorkSheetParser
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

T = TypeVar("T")

_DIMENSION = f"{{{SHEET_MAIN_NS}}}dimension"
_ROWS = f"{{{SHEET_MAIN_NS}}}sheetData"
_FORMULA = f"{{{SHEET_MAIN_NS}}}f"
_INLINE = f"{{{SHEET_MAIN_NS}}}is"

_lean = threading.local()
_openpyxl_get_size = ReadOnlyWorksheet._get_size
_openpyxl_parse_cell = WorkSheetParser.parse_cell


class LeanReading:
    """Held while the importer has a workbook open: openpyxl's two methods are replaced while at
    least one is held, and are openpyxl's own again once none is (nothing else pays the check)."""

    _lock = threading.Lock()
    _holders = 0

    def __init__(self) -> None:
        with LeanReading._lock:
            if LeanReading._holders == 0:
                ReadOnlyWorksheet._get_size = _get_size
                WorkSheetParser.parse_cell = _parse_cell
            LeanReading._holders += 1
        self._held = True

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        with LeanReading._lock:
            LeanReading._holders -= 1
            if LeanReading._holders == 0:
                ReadOnlyWorksheet._get_size = _openpyxl_get_size
                WorkSheetParser.parse_cell = _openpyxl_parse_cell


@contextmanager
def lean_opening() -> Iterator[None]:
    """Workbooks opened read-only in this block (this thread, a LeanReading held) find their
    sheets' sizes in the sheets' heads."""
    _lean.active = True
    try:
        yield
    finally:
        _lean.active = False


def lean_rows(rows: Iterator[T]) -> Iterator[T]:
    """The rows of a read-only sheet's iter_rows, their inline strings read straight (this
    thread, a LeanReading held)."""
    while True:
        _lean.active = True
        try:
            row = next(rows)
        except StopIteration:
            return
        finally:
            _lean.active = False
        yield row


def stated_size(source: Any) -> tuple[int, int, int, int] | None:
    """(min column, min row, max column, max row) as the sheet states it before its rows, or None."""
    for _event, element in iterparse(source, events=("start",)):
        if element.tag == _DIMENSION:
            boundaries: tuple[int, int, int, int] = SheetDimension.from_tree(element).boundaries
            return boundaries
        if element.tag == _ROWS:
            return None
    return None


def inline_text(element: Any) -> str:
    """The text of an <is> element, as openpyxl's Text(...).content gives it."""
    plain: str | None = None
    runs: list[str] = []
    for child in element:
        tag = _local_name(child.tag)
        if tag == "t":
            plain = child.text
        elif tag == "r":
            run: str | None = None
            for part in child:
                if _local_name(part.tag) == "t":
                    run = part.text
            if run is not None:
                runs.append(run)
    return "".join(runs) if plain is None else plain + "".join(runs)


def _local_name(tag: Any) -> str:
    return str(tag).rpartition("}")[2]


def _get_size(sheet: ReadOnlyWorksheet) -> None:
    if not getattr(_lean, "active", False):
        _openpyxl_get_size(sheet)
        return
    with sheet._get_source() as source:
        size = stated_size(source)
    if size is not None:
        sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = size


def _parse_cell(parser: WorkSheetParser, element: Any) -> dict[str, Any]:
    """openpyxl's parse_cell, with an inline string's text joined straight (see the module's 2.)."""
    if (
        element.get("t") != "inlineStr"
        or not getattr(_lean, "active", False)
        or parser.rich_text
        or (not parser.data_only and element.find(_FORMULA) is not None)
    ):
        return _openpyxl_parse_cell(parser, element)  # type: ignore[no-any-return]
    style_id = element.get("s", 0)
    if style_id:
        style_id = int(style_id)
    coordinate = element.get("r")
    if coordinate:
        row, column = coordinate_to_tuple(coordinate)
        parser.col_counter = column
    else:
        parser.col_counter += 1
        row, column = parser.row_counter, parser.col_counter
    child = element.find(_INLINE)
    value, data_type = (None, "inlineStr") if child is None else (inline_text(child), "s")
    return {"row": row, "column": column, "value": value, "data_type": data_type, "style_id": style_id}
