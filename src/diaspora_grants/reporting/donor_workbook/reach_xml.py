"""Reach data rows serialised straight into the worksheet XML, byte for byte as openpyxl would.

A specialisation of `raw_rows` for the biggest sheet: each column's kind is known in advance,
so a row is rendered from the record's attributes without building items first. Anything
unusual returns None and the row goes through openpyxl's own cells (see raw_rows).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.compat import safe_string
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.columns import Column, Kind
from diaspora_grants.reporting.donor_workbook.raw_rows import TextCache
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, column
from diaspora_grants.reporting.donor_workbook.tables import total_formulas

#: letter, kind, getter, style id, reach type the column is for (None: every row), total formula.
Plan = tuple[str, Kind, Callable[[Any], Any], str, str | None, Callable[[str], str] | None]


class RowRenderer:
    """Renders one record as the XML openpyxl writes for `RowWriter.cells_for` (lxml, inline strings)."""

    def __init__(self, ws: WriteOnlyWorksheet, styles: SheetStyles, columns: Sequence[Column[Any]]) -> None:
        self.epoch = ws.parent.epoch
        formulas = total_formulas(columns)
        templates = _kind_styles(styles)
        #: False when a template carries no style: openpyxl would then write no `s` attribute.
        self.usable = all(cell.has_style for cell in templates.values())
        ids = {kind: _style_id(cell) for kind, cell in templates.items()}
        self.plan: list[Plan] = []
        for index, spec in enumerate(columns):
            formula = formulas.get(index)
            kind = spec.kind if formula is not None or spec.kind is not Kind.TOTAL else Kind.COUNT
            style = ids.get(kind, ids[Kind.COUNT])
            self.plan.append((column(index + 1), kind, spec.get, style, spec.reach, formula))
        self._dates: dict[dt.date, str] = {}
        self._texts = TextCache()

    def render(self, record: Any, row_index: int) -> bytes | None:
        """The row's bytes, or None when a value needs openpyxl's own path."""
        r = str(row_index)
        parts = [f'<row r="{r}">']
        append = parts.append
        reach_type = record.reach_type
        for letter, kind, get, style, reach, formula in self.plan:
            if reach is not None and reach != reach_type:
                continue
            if formula is not None:
                append(f'<c r="{letter}{r}" s="{style}"><f>{formula(r)}</f><v></v></c>')
                continue
            value = get(record)
            if value is None or value == "":
                continue
            if kind is Kind.TEXT:
                inner = self._texts.inner(str(value))
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

    def _serial(self, day: dt.date) -> str:
        found = self._dates.get(day)
        if found is None:
            found = self._dates[day] = safe_string(to_excel(day, self.epoch))
        return found


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
