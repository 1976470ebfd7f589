"""Reach data rows serialised straight into the worksheet XML, byte for byte as openpyxl would.

openpyxl builds, styles and serialises one Cell object per value (about 18 s per million cells
here, pandas' speed). Reach rows hold only a few cell shapes (plain text, a styled count or date,
the row total formula), so each row is rendered as one string with the style indexes the
workbook already gave the template cells, and written to the sheet's stream between the rows
openpyxl writes itself (headers and the summary). A row holding anything unusual (text that
needs the formula guard, characters XML forbids, an error code, a value of another type) goes
through openpyxl's own path, so the output never differs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from openpyxl import LXML
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from diaspora_grants.reporting.donor_workbook.columns import Column, Kind
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, column
from diaspora_grants.reporting.donor_workbook.tables import total_span
from diaspora_grants.reporting.safe_cells import MAX_CELL_CHARS, is_dangerous, strip_forbidden

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ERROR_CODES = frozenset(ERROR_CODES)
_TEXT_CACHE = 4_096


class RawRowsWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's sheet writer, able to put pre-rendered rows into its stream in row order.

    The stream writes through a Python file this class holds, so rendered bytes can follow
    whatever lxml has flushed; `write_row` of a row index with rendered bytes writes them.
    """

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._file: IO[bytes] | None = None
        self._pending: tuple[int, bytes] | None = None
        super().__init__(ws)

    def get_stream(self) -> Iterator[Any]:
        with open(self.out, "wb") as handle, xmlfile(handle) as xf:
            self._file = handle
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        el = yield
                        if el is True:
                            yield xf
                        elif el is not None:
                            xf.write(el)
                except GeneratorExit:
                    pass

    def queue(self, row_index: int, rendered: bytes) -> None:
        """The bytes of row `row_index`; the sheet's next (empty) append writes them."""
        self._pending = (row_index, rendered)

    def write_row(self, xf: Any, row: Any, row_idx: int) -> None:
        pending = self._pending
        if pending is None or pending[0] != row_idx:
            super().write_row(xf, row, row_idx)
            return
        self._pending = None
        assert self._file is not None
        xf.flush()  # whatever lxml holds goes first
        self._file.write(pending[1])


def install_raw_writer(ws: WriteOnlyWorksheet) -> RawRowsWriter | None:
    """Give a fresh write-only sheet the raw-row writer (call after its widths, panes and page
    set-up, before its first row). None where rendering would not match openpyxl: without lxml,
    or with ISO dates."""
    if not LXML or ws.parent.iso_dates or ws._writer is not None:
        return None
    writer = RawRowsWriter(ws)
    ws._writer = writer
    writer.write_top()
    return writer


Plan = tuple[str, Kind, Callable[[Any], Any], str]


class RowRenderer:
    """Renders one record as the XML openpyxl writes for `RowWriter.cells_for` (lxml, inline strings)."""

    def __init__(self, ws: WriteOnlyWorksheet, styles: SheetStyles, columns: Sequence[Column[Any]]) -> None:
        self.epoch = ws.parent.epoch
        span = total_span(columns)
        self.span = span
        templates = _kind_styles(styles)
        #: False when a template carries no style: openpyxl would then write no `s` attribute.
        self.usable = all(cell.has_style for cell in templates.values())
        ids = {kind: _style_id(cell) for kind, cell in templates.items()}
        self.plan: list[Plan] = []
        for index, spec in enumerate(columns, start=1):
            kind = spec.kind
            if kind is Kind.TOTAL and span is None:
                kind = Kind.COUNT  # no columns to add: the value itself, as RowWriter does
            self.plan.append((column(index), kind, spec.get, ids.get(kind, ids[Kind.COUNT])))
        self._dates: dict[dt.date, str] = {}
        self._texts: dict[str, str | None] = {}

    def render(self, record: Any, row_index: int) -> bytes | None:
        """The row's bytes, or None when a value needs openpyxl's own path."""
        r = str(row_index)
        parts = [f'<row r="{r}">']
        append = parts.append
        for letter, kind, get, style in self.plan:
            if kind is Kind.TOTAL:
                first, last = self.span  # type: ignore[misc]
                append(f'<c r="{letter}{r}" s="{style}"><f>SUM({first}{r}:{last}{r})</f><v></v></c>')
                continue
            value = get(record)
            if value is None or value == "":
                continue
            if kind is Kind.TEXT:
                inner = self._text(str(value))
                if inner is None:
                    return None
                append(f'<c r="{letter}{r}" t="inlineStr"><is><t{inner}</t></is></c>')
            elif kind is Kind.DATE:
                if type(value) is not dt.date:
                    return None
                append(f'<c r="{letter}{r}" s="{style}" t="n"><v>{self._serial(value)}</v></c>')
            elif type(value) is int:
                append(f'<c r="{letter}{r}" s="{style}" t="n"><v>{format(value, ".16g")}</v></c>')
            else:
                return None  # Decimal, float, ...: rare here; openpyxl formats them
        append("</row>")
        return "".join(parts).encode("ascii", "xmlcharrefreplace")

    def _text(self, text: str) -> str | None:
        """The `<t` element's rest for a plain text; names and codes repeat on every row."""
        found = self._texts.get(text, "")
        if found == "":
            if len(self._texts) >= _TEXT_CACHE:
                self._texts.clear()  # memory stays flat whatever the texts
            found = None
            if _plain(text):
                space = ' xml:space="preserve"' if text != text.strip() else ""
                found = f"{space}>{text.translate(_ESCAPES)}"
            self._texts[text] = found
        return found

    def _serial(self, day: dt.date) -> str:
        found = self._dates.get(day)
        if found is None:
            found = self._dates[day] = safe_string(to_excel(day, self.epoch))
        return found


def _plain(text: str) -> bool:
    """Text openpyxl would write as a plain inline string: what CellFactory.plain passes through
    bare, and not one of the error codes openpyxl turns into error cells."""
    return (
        len(text) <= MAX_CELL_CHARS
        and not is_dangerous(text)
        and strip_forbidden(text) == text
        and text not in _ERROR_CODES
    )


def _kind_styles(styles: SheetStyles) -> dict[Kind, Cell]:
    return {
        Kind.COUNT: styles.count,
        Kind.TOTAL: styles.count,
        Kind.DATE: styles.date,
        Kind.MONEY: styles.money,
    }


def _style_id(template: Cell) -> str:
    """The index openpyxl gives the template's style in this workbook (the same for every copy)."""
    return str(template.style_id)
