"""Tranches: disbursements to partners, with running totals and unliquidated advances as formulas.

The unliquidated advance of a paid tranche is what the partner held on the day it was paid:
cumulative disbursed minus the partner's cumulative reported expenditure at that date. Negative,
the partner spent more than it received (over-expenditure); positive at the end of a closed
grant, the rest is to be refunded. A tranche not paid yet has no advance and no IATI transaction
(it is a planned disbursement).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.model import DonorReportData, TrancheRow
from diaspora_grants.reporting.donor_workbook.print_layout import page_of, set_row_height, wrapped_height
from diaspora_grants.reporting.donor_workbook.sheet_tools import Figures, SheetStyles, prepare_sheet, ratio
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula

SHEET = "Tranches"
KEY_COLUMNS = 1


def headers(currency: str) -> list[tuple[str, float]]:
    return [
        ("Partner", 24),
        ("Partner IATI ref", 19),
        ("Agreement no.", 24),
        ("Grant (local currency)", 13),
        ("Grant currency", 9),
        (f"Grant ({currency})", 13),
        ("Tranche no.", 8),
        ("Condition", 22),
        ("Planned date", 11),
        ("Planned amount (grant currency)", 13),
        ("Actual date", 11),
        ("Actual amount", 13),
        ("Currency", 8),
        (f"FX rate (units per {currency})", 11),
        (f"Amount ({currency})", 13),
        (f"Cumulative disbursed ({currency})", 13),
        ("% of grant disbursed", 9),
        (f"Partner-reported expenditure to that date ({currency})", 14),
        (f"Unliquidated advance ({currency})", 13),
        ("Advance", 14),
        ("Status", 10),
        ("IATI transaction type", 9),
    ]


def write_tranches_sheet(
    ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, figures: Figures
) -> None:
    styles = SheetStyles(cells)
    columns = headers(data.cover.currency)
    prepare_sheet(
        ws,
        [w for _, w in columns],
        freeze="B2",
        title_rows="1:1",
        page=page_of(data.cover),
        title_columns=KEY_COLUMNS,
    )
    set_row_height(ws, 1, wrapped_height(columns))
    ws.append([cells.value(h, styles.header) for h, _ in columns])
    cumulative: dict[str, Decimal] = defaultdict(Decimal)
    total = Decimal(0)
    r = 1
    for t in data.tranches:
        r += 1
        paid = t.amount_usd or Decimal(0)
        cumulative[t.partner] += paid
        total += paid
        running = cumulative[t.partner]
        label = f"{t.partner} tranche {t.tranche_no}"
        # Per-row figures up to the sheet's limit (a programme has thousands of tranches).
        figures.add_row_figure(SHEET, f"P{r}", running, f"{label} cumulative")
        figures.add_row_figure(SHEET, f"Q{r}", ratio(running, t.grant_usd), f"{label} % of grant")
        if t.advance_usd is not None:
            figures.add_row_figure(SHEET, f"S{r}", t.advance_usd, f"{label} advance")
        set_row_height(ws, r, wrapped_height([(t.condition, 22.0), (t.partner, 24.0)]))
        ws.append(_row(cells, styles, t, r))
    ws.auto_filter.ref = f"A1:V{max(r, 2)}"
    if data.tranches:
        ws.append([])
        row = [None] * 14 + [cells.value(TrustedFormula(f"SUBTOTAL(109,O2:O{r})"), styles.total_money)]
        ws.append([cells.value("Total disbursed", styles.total_label), *row[1:]])
        figures.add(SHEET, f"O{r + 2}", total, "total disbursed")


def _row(cells: CellFactory, styles: SheetStyles, t: TrancheRow, r: int) -> list[object]:
    paid = t.advance_usd is not None
    return [
        cells.value(t.partner, styles.wrap),
        cells.value(t.partner_ref or "not recorded", styles.top),
        cells.value(t.agreement_no, styles.top),
        cells.value(t.grant_local, styles.money),
        cells.value(t.grant_currency, styles.top),
        cells.value(t.grant_usd, styles.money),
        cells.value(t.tranche_no, styles.top),
        cells.value(t.condition, styles.wrap),
        cells.value(t.planned_date, styles.date),
        cells.value(t.planned_amount, styles.money),
        cells.value(t.actual_date, styles.date),
        cells.value(t.actual_amount, styles.money),
        cells.value(t.currency, styles.top),
        cells.value(t.fx_rate, styles.rate),
        cells.value(t.amount_usd, styles.money),
        cells.value(TrustedFormula(f"SUMIF(A$2:A{r},A{r},O$2:O{r})"), styles.money),
        cells.value(TrustedFormula(f'IFERROR(P{r}/F{r},"")'), styles.percent),
        cells.value(t.reported_expenditure_usd, styles.money),
        cells.value(TrustedFormula(f"P{r}-R{r}"), styles.money) if paid else cells.value(None),
        cells.value(t.advance_flag, styles.flag) if t.advance_flag else cells.value(None),
        cells.value(t.status, styles.top),
        cells.value(t.iati_transaction_type or "planned", styles.top),
    ]
