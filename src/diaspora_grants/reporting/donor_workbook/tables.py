"""Header rows and data rows of column-driven sheets (Reach, 5W), written cell by cell in order."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.columns import Column, Kind
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, column
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula


def total_span(columns: Sequence[Column[Any]]) -> tuple[str, str] | None:
    """First and last letters of the columns a row total adds up (they must be side by side)."""
    indexes = [i for i, c in enumerate(columns, start=1) if c.in_total]
    if not indexes:
        return None
    if indexes != list(range(indexes[0], indexes[-1] + 1)):
        raise ValueError("the columns of a row total must be adjacent")
    return column(indexes[0]), column(indexes[-1])


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
    """Turns one record into the cells of one row; the row total becomes a live SUM formula."""

    def __init__(self, cells: CellFactory, styles: SheetStyles, columns: Sequence[Column[Any]]) -> None:
        self.cells = cells
        self.styles = styles
        self.columns = columns
        self.span = total_span(columns)

    def cells_for(self, record: Any, row_index: int) -> list[Cell | str | None]:
        out: list[Cell | str | None] = []
        for spec in self.columns:
            value = spec.get(record)
            if spec.kind is Kind.TOTAL and self.span is not None:
                first, last = self.span
                out.append(
                    self.cells.value(
                        TrustedFormula(f"SUM({first}{row_index}:{last}{row_index})"), self.styles.count
                    )
                )
            elif value is None or value == "":
                out.append(None)
            elif spec.kind is Kind.TEXT:
                out.append(self.cells.plain(str(value)))
            elif spec.kind is Kind.DATE:
                out.append(self.cells.value(value, self.styles.date))
            elif spec.kind is Kind.MONEY:
                out.append(self.cells.value(value, self.styles.money))
            else:
                out.append(self.cells.value(value, self.styles.count))
        return out
