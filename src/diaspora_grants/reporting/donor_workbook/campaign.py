"""Campaign: engagement metrics (views, likes, shares, comments, points), kept apart from reach.

These count engagements, not people, so nothing here ever feeds a #reached figure. A running
total (points raised so far) is never added up: its figure to date is its latest row; the block
under the rows gives each metric's figure to date, its target and progress, as live formulas.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.model import CampaignMetric, DonorReportData
from diaspora_grants.reporting.donor_workbook.print_layout import page_of, set_row_height, wrapped_height
from diaspora_grants.reporting.donor_workbook.sheet_tools import (
    Figures,
    SheetStyles,
    as_decimal,
    placed_row,
    prepare_sheet,
    ratio,
)
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula

SHEET = "Campaign"
FIRST_ROW = 3
RUNNING, PER_PERIOD = "Running total", "Per period"


def columns(currency: str) -> list[tuple[str, str, float]]:
    return [
        ("Date", "#date+reported", 11),
        ("Country", "#country+code+v_iso3", 8),
        ("Campaign", "#activity+name", 24),
        ("Metric", "#indicator+name", 22),
        ("Counting", "#meta+counting", 11),
        ("Value", "#indicator+value+num", 12),
        ("Target", "#indicator+target+num", 12),
        ("Progress", "", 9),
        ("Local currency equivalent", "#value+c_local", 14),
        ("Local currency", "#currency", 9),
        (f"Value ({currency})", f"#value+c_{currency.lower()}", 12),
        ("SDG tags", "#meta+sdg", 16),
        ("Source", "#meta+source", 20),
    ]


def write_campaign_sheet(
    ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, figures: Figures
) -> None:
    styles = SheetStyles(cells)
    specs = columns(data.cover.currency)
    prepare_sheet(
        ws, [w for _, _, w in specs], freeze="A3", title_rows="1:2", page=page_of(data.cover), title_columns=1
    )
    set_row_height(ws, 1, wrapped_height([(h, w) for h, _, w in specs]))
    set_row_height(ws, 2, wrapped_height([(t, w) for _, t, w in specs]))
    ws.append([cells.value(h, styles.header) for h, _, _ in specs])
    ws.append([cells.value(t, styles.hxl) for _, t, _ in specs])
    r = FIRST_ROW - 1
    rows_of: dict[str, list[int]] = defaultdict(list)
    for m in data.campaign:
        r += 1
        rows_of[m.metric].append(r)
        figures.add(SHEET, f"H{r}", ratio(m.value, m.target), f"{m.campaign} {m.metric} progress")
        texts = [(m.campaign, 24.0), (m.metric, 22.0), (m.sdg_tags, 16.0), (m.source, 20.0)]
        set_row_height(ws, r, wrapped_height(texts))
        ws.append(_row(cells, styles, m, r))
    ws.auto_filter.ref = f"A2:M{max(r, FIRST_ROW)}"
    if data.campaign:
        _to_date(ws, cells, styles, data.campaign, rows_of, r, figures)


def _row(cells: CellFactory, styles: SheetStyles, m: CampaignMetric, r: int) -> list[object]:
    return [
        cells.value(m.date, styles.date),
        cells.value(m.country_iso3, styles.top),
        cells.value(m.campaign, styles.wrap),
        cells.value(m.metric, styles.wrap),
        cells.value(RUNNING if m.cumulative else PER_PERIOD, styles.top),
        cells.value(m.value, styles.count),
        cells.value(m.target, styles.count),
        cells.value(TrustedFormula(f'IFERROR(F{r}/G{r},"")'), styles.percent),
        cells.value(m.local_equivalent, styles.money),
        cells.value(m.local_currency, styles.top),
        cells.value(m.usd, styles.money),
        cells.value(m.sdg_tags, styles.wrap),
        cells.value(m.source, styles.wrap),
    ]


def _to_date(
    ws: WriteOnlyWorksheet,
    cells: CellFactory,
    styles: SheetStyles,
    metrics: tuple[CampaignMetric, ...],
    rows_of: dict[str, list[int]],
    last: int,
    figures: Figures,
) -> None:
    """Per metric: the figure to date (latest row of a running total, sum of the others)."""
    ws.append([])
    headers = {"D": "Metric", "E": "Counting", "F": "To date", "G": "Target", "H": "Progress"}
    ws.append(placed_row({k: cells.value(v, styles.header) for k, v in headers.items()}))
    row = last + 2
    latest = {m.metric: m for m in metrics}
    for metric, rows in rows_of.items():
        row += 1
        m = latest[metric]
        if m.cumulative:
            formula, value = f"F{rows[-1]}", as_decimal(m.value)
        else:
            formula = "SUM(" + ",".join(f"F{x}" for x in rows) + ")"
            value = sum((Decimal(x.value) for x in metrics if x.metric == metric), Decimal(0))
        placed = {
            "D": cells.value(metric, styles.bold_wrap),
            "E": cells.value(RUNNING if m.cumulative else PER_PERIOD),
            "F": cells.value(TrustedFormula(formula), styles.total_count),
            "G": cells.value(m.target, styles.total_count),
            "H": cells.value(TrustedFormula(f'IFERROR(F{row}/G{row},"")'), styles.total_percent),
        }
        set_row_height(ws, row, wrapped_height([(metric, 22.0)]))
        ws.append(placed_row(placed))
        figures.add(SHEET, f"F{row}", value, f"{metric} to date")
        figures.add(SHEET, f"H{row}", ratio(value, m.target), f"{metric} progress to date")
