"""Budget_vs_Actual: budget lines per project with live ratios, project subtotals and a grand total.

Totals use SUBTOTAL(109, ...): the grand total runs over the whole column and SUBTOTAL ignores the
project subtotals inside it, so nothing is counted twice and a filter is respected.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.model import BudgetLine, DonorReportData
from diaspora_grants.reporting.donor_workbook.print_layout import page_of, set_row_height, wrapped_height
from diaspora_grants.reporting.donor_workbook.sheet_tools import (
    Figures,
    SheetStyles,
    prepare_sheet,
    ratio,
)
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula

SHEET = "Budget_vs_Actual"
MONEY_COLUMNS = "EFGHI"  # original, revised, expenditure this period, cumulative, remaining


def headers(currency: str) -> list[tuple[str, float]]:
    return [
        ("Line code", 9),
        ("Budget category", 22),
        ("Project", 12),
        ("Partner", 26),
        (f"Original budget ({currency})", 14),
        (f"Revised budget ({currency})", 14),
        (f"Expenditure this period ({currency})", 14),
        (f"Cumulative expenditure ({currency})", 14),
        (f"Remaining ({currency})", 14),
        ("Burn rate", 9),
        ("Time elapsed", 9),
        ("Burn minus time", 9),
        ("Revision vs original", 9),
        ("Over-spent", 9),
        ("Justification", 36),
        ("Project start", 11),
        ("Project end", 11),
    ]


def time_elapsed(report_end: dt.date, start: dt.date, end: dt.date) -> Decimal | None:
    """Share of the project's duration elapsed at the report end, between 0 and 1."""
    if end <= start:
        return None
    share = Decimal((report_end - start).days) / Decimal((end - start).days)
    return min(Decimal(1), max(Decimal(0), share))


OVER_SPENT = "Over-spent"
KEY_COLUMNS = 3  # line code, category, project repeat on every printed page


def write_budget_sheet(
    ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, figures: Figures
) -> None:
    styles = SheetStyles(cells)
    columns = headers(data.cover.currency)
    widths = [w for _, w in columns]
    prepare_sheet(
        ws, widths, freeze="E2", title_rows="1:1", page=page_of(data.cover), title_columns=KEY_COLUMNS
    )
    set_row_height(ws, 1, wrapped_height(columns))
    ws.append([cells.value(h, styles.header) for h, _ in columns])

    by_project: dict[str, list[BudgetLine]] = defaultdict(list)
    for line in data.budget_lines:
        by_project[line.project_code].append(line)
    totals: dict[str, Decimal] = defaultdict(Decimal)
    row = 1
    for project, lines in by_project.items():
        first = row + 1
        for line in lines:
            row += 1
            texts = [(_justification(line), 36.0), (line.category, 22.0), (line.partner, 26.0)]
            set_row_height(ws, row, wrapped_height(texts))
            ws.append(_line_row(cells, styles, line, row, data.cover.period_end, figures))
        row += 1
        sums = _sums(lines)
        for key, value in sums.items():
            totals[key] += value
        ws.append(
            _subtotal_row(cells, styles, f"Subtotal {project}", project, first, row - 1, row, sums, figures)
        )
    last = max(row, 2)
    ws.auto_filter.ref = f"A1:Q{last}"
    if data.budget_lines:
        ws.append([])
        ws.append(_subtotal_row(cells, styles, "Grand total", "", 2, last, last + 2, totals, figures))


def _sums(lines: list[BudgetLine]) -> dict[str, Decimal]:
    return {
        "E": sum((x.original_budget for x in lines), Decimal(0)),
        "F": sum((x.revised_budget for x in lines), Decimal(0)),
        "G": sum((x.expenditure_period for x in lines), Decimal(0)),
        "H": sum((x.expenditure_cumulative for x in lines), Decimal(0)),
        "I": sum((x.revised_budget - x.expenditure_cumulative for x in lines), Decimal(0)),
    }


def _justification(line: BudgetLine) -> str:
    if line.over_spent and not line.justification:
        return "TO COMPLETE: explain why the line is over-spent"
    return line.justification


def _line_row(
    cells: CellFactory, styles: SheetStyles, line: BudgetLine, r: int, report_end: dt.date, figures: Figures
) -> list[Cell]:
    elapsed = time_elapsed(report_end, line.project_start, line.project_end)
    burn = ratio(line.expenditure_cumulative, line.revised_budget)
    label = f"{line.project_code} {line.line_code}"
    figures.add_row_figure(
        SHEET, f"I{r}", line.revised_budget - line.expenditure_cumulative, f"{label} remaining"
    )
    figures.add_row_figure(SHEET, f"J{r}", burn, f"{label} burn rate")
    figures.add_row_figure(SHEET, f"K{r}", elapsed, f"{label} time elapsed")
    figures.add_row_figure(
        SHEET, f"L{r}", None if burn is None or elapsed is None else burn - elapsed, f"{label} burn-time"
    )
    figures.add_row_figure(
        SHEET,
        f"M{r}",
        ratio(line.revised_budget - line.original_budget, line.original_budget),
        f"{label} revision",
    )
    figures.add_row_figure(SHEET, f"N{r}", OVER_SPENT if line.over_spent else None, f"{label} over-spent")
    return [
        cells.value(line.line_code, styles.top),
        cells.value(line.category, styles.wrap),
        cells.value(line.project_code, styles.top),
        cells.value(line.partner, styles.wrap),
        cells.value(line.original_budget, styles.money),
        cells.value(line.revised_budget, styles.money),
        cells.value(line.expenditure_period, styles.money),
        cells.value(line.expenditure_cumulative, styles.money),
        cells.value(TrustedFormula(f"F{r}-H{r}"), styles.money),
        cells.value(TrustedFormula(f'IFERROR(H{r}/F{r},"")'), styles.percent),
        cells.value(TrustedFormula(f'IFERROR(MAX(0,MIN(1,(RptEnd-P{r})/(Q{r}-P{r}))),"")'), styles.percent),
        cells.value(TrustedFormula(f'IFERROR(J{r}-K{r},"")'), styles.percent),
        cells.value(TrustedFormula(f'IFERROR((F{r}-E{r})/E{r},"")'), styles.percent),
        cells.value(TrustedFormula(f'IF(H{r}>F{r},"{OVER_SPENT}","")'), styles.flag),
        cells.value(
            _justification(line), styles.flag if line.over_spent and not line.justification else styles.wrap
        ),
        cells.value(line.project_start, styles.date),
        cells.value(line.project_end, styles.date),
    ]


def _subtotal_row(
    cells: CellFactory,
    styles: SheetStyles,
    label: str,
    project: str,
    first: int,
    last: int,
    r: int,
    sums: dict[str, Decimal],
    figures: Figures,
) -> list[Cell | None]:
    out: list[Cell | None] = [
        cells.value(label, styles.total_label),
        None,
        cells.value(project, styles.total_label),
        None,
    ]
    for letter in MONEY_COLUMNS:
        out.append(
            cells.value(TrustedFormula(f"SUBTOTAL(109,{letter}{first}:{letter}{last})"), styles.total_money)
        )
        figures.add(SHEET, f"{letter}{r}", sums[letter], f"{label} {letter}")
    out.append(cells.value(TrustedFormula(f'IFERROR(H{r}/F{r},"")'), styles.total_percent))
    figures.add(SHEET, f"J{r}", ratio(sums["H"], sums["F"]), f"{label} burn rate")
    return out
