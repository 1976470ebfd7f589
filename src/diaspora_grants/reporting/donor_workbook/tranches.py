"""Tranches: disbursements to partners, with running totals and unliquidated advances as formulas."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.model import DonorReportData
from diaspora_grants.reporting.donor_workbook.sheet_tools import Figures, SheetStyles, prepare_sheet, ratio
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula

SHEET = "Tranches"


def headers(currency: str) -> list[tuple[str, float]]:
    return [
        ("Partner", 26),
        ("Partner IATI ref", 14),
        ("Agreement no.", 12),
        ("Grant (local currency)", 14),
        ("Grant currency", 8),
        (f"Grant ({currency})", 14),
        ("Tranche no.", 8),
        ("Condition", 24),
        ("Planned date", 11),
        ("Planned amount (grant currency)", 14),
        ("Actual date", 11),
        ("Actual amount", 14),
        ("Currency", 8),
        (f"FX rate (units per {currency})", 12),
        (f"Amount ({currency})", 14),
        (f"Cumulative disbursed ({currency})", 14),
        ("% of grant disbursed", 10),
        (f"Partner-reported expenditure ({currency})", 14),
        (f"Unliquidated advance ({currency})", 14),
        ("Status", 10),
        ("IATI transaction type", 9),
    ]


def write_tranches_sheet(
    ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, figures: Figures
) -> None:
    styles = SheetStyles(cells)
    columns = headers(data.cover.currency)
    prepare_sheet(ws, [w for _, w in columns], freeze="B2", title_rows="1:1")
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
        figures.add(SHEET, f"P{r}", running, f"{t.partner} tranche {t.tranche_no} cumulative")
        figures.add(
            SHEET, f"Q{r}", ratio(running, t.grant_usd), f"{t.partner} tranche {t.tranche_no} % of grant"
        )
        figures.add(
            SHEET,
            f"S{r}",
            running - t.reported_expenditure_usd,
            f"{t.partner} tranche {t.tranche_no} advance",
        )
        ws.append(
            [
                cells.value(t.partner),
                cells.value(t.partner_ref),
                cells.value(t.agreement_no),
                cells.value(t.grant_local, styles.money),
                cells.value(t.grant_currency),
                cells.value(t.grant_usd, styles.money),
                cells.value(t.tranche_no),
                cells.value(t.condition, styles.wrap),
                cells.value(t.planned_date, styles.date),
                cells.value(t.planned_amount, styles.money),
                cells.value(t.actual_date, styles.date),
                cells.value(t.actual_amount, styles.money),
                cells.value(t.currency),
                cells.value(t.fx_rate, styles.rate),
                cells.value(t.amount_usd, styles.money),
                cells.value(TrustedFormula(f"SUMIF(A$2:A{r},A{r},O$2:O{r})"), styles.money),
                cells.value(TrustedFormula(f'IFERROR(P{r}/F{r},"")'), styles.percent),
                cells.value(t.reported_expenditure_usd, styles.money),
                cells.value(TrustedFormula(f"P{r}-R{r}"), styles.money),
                cells.value(t.status),
                cells.value(t.iati_transaction_type),
            ]
        )
    ws.auto_filter.ref = f"A1:U{max(r, 2)}"
    if data.tranches:
        ws.append([])
        row = [None] * 14 + [cells.value(TrustedFormula(f"SUBTOTAL(109,O2:O{r})"), styles.total_money)]
        ws.append([cells.value("Total disbursed", styles.total_label), *row[1:]])
        figures.add(SHEET, f"O{r + 2}", total, "total disbursed")
