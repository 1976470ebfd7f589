"""Header rows and data rows of column-driven sheets (Reach, 5W), written cell by cell in order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.columns import Column, Kind
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, column
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula


def total_formulas(columns: Sequence[Column[Any]]) -> dict[int, Callable[[str], str]]:
    """For each TOTAL column (by position): the formula of a row, given the row number as text.
    Side-by-side parts give SUM(first:last); others SUM(a,b,...)."""
    letters = {c.header: column(i) for i, c in enumerate(columns, start=1)}
    positions = {c.header: i for i, c in enumerate(columns, start=1)}
    out: dict[int, Callable[[str], str]] = {}
    for index, spec in enumerate(columns):
        if spec.kind is not Kind.TOTAL or not spec.parts:
            continue
        numbers = [positions[p] for p in spec.parts]
        if numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            out[index] = _span_sum(letters[spec.parts[0]], letters[spec.parts[-1]])
        else:
            out[index] = _list_sum([letters[p] for p in spec.parts])
    return out


def _span_sum(first: str, last: str) -> Callable[[str], str]:
    return lambda r: f"SUM({first}{r}:{last}{r})"


def _list_sum(letters: list[str]) -> Callable[[str], str]:
    return lambda r: "SUM(" + ",".join(f"{x}{r}" for x in letters) + ")"


def write_header(
    ws: WriteOnlyWorksheet,
    cells: CellFactory,
    styles: SheetStyles,
    columns: Sequence[Column[Any]],
    *,
    hxl: bool,
) -> None:
    ws.append([cells.value(c.header, styles.header) for c in columns])
    if hxl:
        ws.append([cells.value(c.tag, styles.hxl) for c in columns])


class RowWriter:
    """Turns one record into the cells of one row; row totals become live SUM formulas."""

    def __init__(
        self,
        cells: CellFactory,
        styles: SheetStyles,
        columns: Sequence[Column[Any]],
        *,
        wrap_from: float | None = None,
    ) -> None:
        """`wrap_from`: text columns at least this wide wrap (their rows get heights)."""
        self.cells = cells
        self.styles = styles
        self.columns = columns
        self.formulas = total_formulas(columns)
        self.wrap_from = wrap_from

    def cells_for(self, record: Any, row_index: int) -> list[Cell | str | None]:
        out: list[Cell | str | None] = []
        for index, spec in enumerate(self.columns):
            value = spec.value(record)
            formula = self.formulas.get(index)
            if formula is not None and value is not None:
                out.append(self.cells.value(TrustedFormula(formula(str(row_index))), self.styles.count))
            elif value is None or value == "":
                out.append(None)
            elif spec.kind is Kind.TEXT:
                text = str(value)
                out.append(
                    self.cells.value(text, self.styles.wrap)
                    if self.wrap_from is not None and spec.width >= self.wrap_from
                    else self.cells.plain(text)
                )
            elif spec.kind is Kind.DATE:
                out.append(self.cells.value(value, self.styles.date))
            elif spec.kind is Kind.MONEY:
                out.append(self.cells.value(value, self.styles.money))
            else:
                out.append(self.cells.value(value, self.styles.count))
        return out
