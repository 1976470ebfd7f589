"""Campaign: engagement metrics (views, likes, shares, comments, points), kept apart from reach.

These count engagements, not people, so nothing here ever feeds a #reached figure.
"""

from __future__ import annotations

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.model import DonorReportData
from diaspora_grants.reporting.donor_workbook.sheet_tools import Figures, SheetStyles, prepare_sheet, ratio
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula

SHEET = "Campaign"
COLUMNS = (
    ("Date", "#date+reported", 11),
    ("Country", "#country+code", 8),
    ("Campaign", "#activity+name", 24),
    ("Metric", "#indicator+name", 16),
    ("Value", "#indicator+value+num", 12),
    ("Target", "#indicator+target+num", 12),
    ("Progress", "", 9),
    ("Local currency equivalent", "#value+c_local", 14),
    ("Local currency", "#currency", 8),
    ("USD", "#value+c_usd", 12),
    ("SDG tags", "#meta+sdg", 10),
    ("Source", "#meta+source", 20),
)
FIRST_ROW = 3


def write_campaign_sheet(
    ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, figures: Figures
) -> None:
    styles = SheetStyles(cells)
    prepare_sheet(ws, [w for _, _, w in COLUMNS], freeze="A3", title_rows="1:2")
    ws.append([cells.value(h, styles.header) for h, _, _ in COLUMNS])
    ws.append([cells.value(t, styles.hxl) for _, t, _ in COLUMNS])
    r = FIRST_ROW - 1
    for m in data.campaign:
        r += 1
        figures.add(SHEET, f"G{r}", ratio(m.value, m.target), f"{m.campaign} {m.metric} progress")
        ws.append(
            [
                cells.value(m.date, styles.date),
                cells.value(m.country_iso3),
                cells.value(m.campaign),
                cells.value(m.metric),
                cells.value(m.value, styles.count),
                cells.value(m.target, styles.count),
                cells.value(TrustedFormula(f'IFERROR(E{r}/F{r},"")'), styles.percent),
                cells.value(m.local_equivalent, styles.money),
                cells.value(m.local_currency),
                cells.value(m.usd, styles.money),
                cells.value(m.sdg_tags),
                cells.value(m.source),
            ]
        )
    ws.auto_filter.ref = f"A2:L{max(r, FIRST_ROW)}"
