"""Shared pieces of every sheet: number formats, styles, page set-up and the expected figures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.print_layout import PageText, PrintPlan, apply_print_setup
from diaspora_grants.reporting.safe_cells import CellFactory

COUNT = "#,##0"
MONEY = "#,##0.00"
PERCENT = "0.0%"
DATE = "yyyy-mm-dd"
RATE = "#,##0.0000"
NO_DATA = "–"  # en dash: no data; 0 means zero

HEADER_FILL = PatternFill("solid", start_color="DDE5F0")
HXL_FILL = PatternFill("solid", start_color="F2F2F2")
GROUP_FILL = PatternFill("solid", start_color="E8EEF7")
TOTAL_FILL = PatternFill("solid", start_color="FFF2CC")

ExpectedValue = Decimal | str | None  # str for text results; None for a formula that shows blank


@dataclass(frozen=True, slots=True)
class ExpectedFigure:
    """A live formula the builder wrote, with the value the app's own data says it must show."""

    sheet: str
    cell: str
    value: ExpectedValue
    label: str


@dataclass
class Figures:
    """Collects the expected value of every formula written; the per-row formulas of big sheets
    (Reach totals, IPTT disaggregation % met) only up to a limit per sheet, so memory stays flat."""

    max_row_figures: int = 500
    items: list[ExpectedFigure] = field(default_factory=list)
    _row_figures: dict[str, int] = field(default_factory=dict)

    def add(self, sheet: str, cell: str, value: ExpectedValue, label: str) -> None:
        self.items.append(ExpectedFigure(sheet, cell, value, label))

    def takes_row_figures_of(self, sheet: str) -> bool:
        """False once the sheet's limit is reached: callers can skip preparing the figure."""
        return self._row_figures.get(sheet, 0) < self.max_row_figures

    def add_row_figure(self, sheet: str, cell: str, value: ExpectedValue, label: str) -> None:
        taken = self._row_figures.get(sheet, 0)
        if taken < self.max_row_figures:
            self._row_figures[sheet] = taken + 1
            self.add(sheet, cell, value, label)


class SheetStyles:
    """The handful of styles a data sheet uses, as template cells of its CellFactory."""

    def __init__(self, cells: CellFactory) -> None:
        wrap = Alignment(wrap_text=True, vertical="top")
        top = Alignment(vertical="top")  # rows with wrapped text are tall: everything starts at the top
        self.header = cells.style(bold=True, fill=HEADER_FILL, alignment=wrap)
        self.hxl = cells.style(fill=HXL_FILL, font=Font(italic=True, color="555555"), alignment=wrap)
        self.title = cells.style(font=Font(bold=True, size=14))
        self.title_wrap = cells.style(font=Font(bold=True, size=14), alignment=wrap)
        self.bold = cells.style(bold=True, alignment=top)
        self.top = cells.style(alignment=top)
        self.group = cells.style(bold=True, fill=GROUP_FILL)
        self.count = cells.style(COUNT, alignment=top)
        self.money = cells.style(MONEY, alignment=top)
        self.percent = cells.style(PERCENT, alignment=top)
        self.date = cells.style(DATE, alignment=top)
        self.rate = cells.style(RATE, alignment=top)
        self.decimal = cells.style("#,##0.0", alignment=top)
        self.total_label = cells.style(bold=True, fill=TOTAL_FILL)
        self.total_count = cells.style(COUNT, bold=True, fill=TOTAL_FILL)
        self.total_money = cells.style(MONEY, bold=True, fill=TOTAL_FILL)
        self.total_percent = cells.style(PERCENT, bold=True, fill=TOTAL_FILL)
        self.link = cells.style(font=Font(color="0563C1", underline="single"))
        self.wrap = cells.style(alignment=wrap)
        self.bold_wrap = cells.style(bold=True, alignment=wrap)
        #: What the reader must not miss: a variance without its explanation, an over-spent line.
        self.flag = cells.style(font=Font(bold=True, color="C00000"), alignment=wrap)
        self.header_center = cells.style(
            bold=True,
            fill=HEADER_FILL,
            alignment=Alignment(wrap_text=True, vertical="top", horizontal="center"),
        )


def prepare_sheet(
    ws: WriteOnlyWorksheet,
    widths: Sequence[float],
    *,
    freeze: str | None,
    title_rows: str | None,
    page: PageText | None = None,
    title_columns: int = 0,
    groups: Sequence[tuple[int, int]] | None = None,
    one_page_wide: bool = False,
) -> PrintPlan:
    """Everything a write-only sheet needs before its first row: widths, panes, print set-up
    (see print_layout: column groups across pages with `title_columns` repeated; a narrow sheet
    keeps all its columns on one page, `one_page_wide`)."""
    if one_page_wide:
        groups = [(1, len(widths))]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    if freeze:
        ws.freeze_panes = freeze
    return apply_print_setup(
        ws, widths, page, title_columns=title_columns, title_rows=title_rows, groups=groups
    )


def column(index: int) -> str:
    return str(get_column_letter(index))


def as_decimal(value: int | float | Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)) if isinstance(value, float) else Decimal(value)


def ratio(numerator: Decimal | int | None, denominator: Decimal | int | None) -> Decimal | None:
    """What =IFERROR(a/b,"") shows: blank when either is missing or the divisor is zero."""
    if numerator is None or denominator is None or Decimal(denominator) == 0:
        return None
    return Decimal(numerator) / Decimal(denominator)


def placed_row(placed: dict[str, Cell | str | None]) -> list[Cell | str | None]:
    """A row from {column letter: cell}; the gaps stay empty (write-only rows are written in order)."""
    width = max(column_index_from_string(letter) for letter in placed)
    row: list[Cell | str | None] = [None] * width
    for letter, cell in placed.items():
        row[column_index_from_string(letter) - 1] = cell
    return row
