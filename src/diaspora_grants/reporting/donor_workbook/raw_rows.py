"""Rows serialised straight into a write-only sheet's XML, byte for byte as openpyxl would write them.

openpyxl builds, styles and serialises one Cell object per value: about 18 s per million cells
here, pandas' speed. Big sheets (Reach, IPTT) hold only a few cell shapes: plain text, a styled
number or date, a formula of the app's own. Such a row is rendered as one string, with the style
indexes the workbook already gave the sheet's template cells, and written to the sheet's stream
between the rows openpyxl writes itself (titles, headers, summaries). A row holding anything
unusual (text that needs the formula guard, characters XML forbids, an error code, a value of
another type) goes through openpyxl's own cells instead, so the output never differs; tests
compare both paths byte for byte.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import IO, Any

from openpyxl import LXML
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from diaspora_grants.reporting.donor_workbook.sheet_tools import column
from diaspora_grants.reporting.safe_cells import (
    MAX_CELL_CHARS,
    CellFactory,
    CellValue,
    TrustedFormula,
    is_dangerous,
    strip_forbidden,
)

ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ERROR_CODES = frozenset(ERROR_CODES)
_TEXT_CACHE = 4_096

#: One cell of a row: its value and the template cell whose style it takes (None: no style).
Item = tuple[CellValue | TrustedFormula, Cell | None]


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


class TextCache:
    """The `<t` element's rest for plain texts (names and codes repeat on every row), or None
    for a text that needs openpyxl's own path."""

    def __init__(self) -> None:
        self._texts: dict[str, str | None] = {}

    def inner(self, text: str) -> str | None:
        found = self._texts.get(text, "")
        if found == "":
            if len(self._texts) >= _TEXT_CACHE:
                self._texts.clear()  # memory stays flat whatever the texts
            found = None
            if is_plain(text):
                space = ' xml:space="preserve"' if text != text.strip() else ""
                found = f"{space}>{text.translate(ESCAPES)}"
            self._texts[text] = found
        return found


def is_plain(text: str) -> bool:
    """Text openpyxl would write as a plain inline string: what CellFactory.value writes without
    the quote prefix or cutting, and not one of the error codes openpyxl turns into error cells."""
    return (
        len(text) <= MAX_CELL_CHARS
        and not is_dangerous(text)
        and strip_forbidden(text) == text
        and text not in _ERROR_CODES
    )


class ItemRows:
    """Appends rows of `Item`s to a write-only sheet: rendered when every item allows it, through
    CellFactory cells otherwise. `render=False` always takes the cells (the reference output)."""

    def __init__(self, ws: WriteOnlyWorksheet, cells: CellFactory, *, first_row: int, render: bool) -> None:
        self.ws = ws
        self.cells = cells
        self.row_index = first_row - 1
        self.epoch = ws.parent.epoch
        self.raw = install_raw_writer(ws) if render else None
        self.texts = TextCache()
        self._dates: dict[dt.date, str] = {}
        self._letters: list[str] = []
        #: ' s="N"' per template cell (by identity): openpyxl looks the style up on each access.
        self._styles: dict[int, str] = {}

    def append(self, items: Sequence[Item | None], height: float | None = None) -> None:
        """`height` (points): the row's height, for wrapped text (None: the default)."""
        self.row_index += 1
        rendered = self._render(items, height) if self.raw is not None else None
        if rendered is not None:
            assert self.raw is not None
            self.raw.queue(self.row_index, rendered)
            self.ws.append(())
        else:
            if height is not None:  # a rendered row carries its height itself: no dimension object
                self.ws.row_dimensions[self.row_index].height = height
            self.ws.append([None if item is None else self.cells.value(*item) for item in items])

    def _render(self, items: Sequence[Item | None], height: float | None) -> bytes | None:
        r = str(self.row_index)
        size = "" if height is None else f' ht="{safe_string(float(height))}" customHeight="1"'
        parts = [f'<row r="{r}"{size}>']
        append = parts.append
        letters = self._letters
        while len(letters) < len(items):
            letters.append(column(len(letters) + 1))
        styles = self._styles
        for letter, item in zip(letters, items, strict=False):
            if item is None:
                continue
            value, template = item
            style = "" if template is None else styles.get(id(template)) or self._style(template)
            ref = letter + r
            kind = type(value)
            if kind is str:
                if value == "":
                    append(f'<c r="{ref}"{style} t="inlineStr"></c>')
                    continue
                inner = self.texts.inner(value)  # type: ignore[arg-type]
                if inner is None:
                    return None
                append(f'<c r="{ref}"{style} t="inlineStr"><is><t{inner}</t></is></c>')
            elif kind is int or kind is Decimal:
                append(f'<c r="{ref}"{style} t="n"><v>{safe_string(value)}</v></c>')
            elif kind is TrustedFormula:
                formula = value.text.translate(ESCAPES)  # type: ignore[union-attr]
                append(f'<c r="{ref}"{style}><f>{formula}</f><v></v></c>')
            elif kind is dt.date:
                append(f'<c r="{ref}"{style} t="n"><v>{self._serial(value)}</v></c>')  # type: ignore[arg-type]
            elif value is None:
                if style:
                    append(f'<c r="{ref}"{style} t="n"></c>')
            else:
                return None  # floats, datetimes, ...: openpyxl formats them
        append("</row>")
        return "".join(parts).encode("ascii", "xmlcharrefreplace")

    def _style(self, template: Cell) -> str:
        """The template's style attribute, remembered (templates live as long as their sheet)."""
        found = self._styles[id(template)] = f' s="{template.style_id}"' if template.has_style else ""
        return found

    def _serial(self, day: dt.date) -> str:
        found = self._dates.get(day)
        if found is None:
            found = self._dates[day] = safe_string(to_excel(day, self.epoch))
        return found
