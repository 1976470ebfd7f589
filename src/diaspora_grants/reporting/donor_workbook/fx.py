"""FX: the exchange rates the report used, so every converted amount can be checked."""

from __future__ import annotations

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.model import DonorReportData
from diaspora_grants.reporting.donor_workbook.print_layout import page_of, set_row_height, wrapped_height
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, prepare_sheet
from diaspora_grants.reporting.safe_cells import CellFactory

SHEET = "FX"
HEADERS = (
    ("Currency (ISO 4217)", 10),
    ("Month (yyyy-mm)", 10),
    ("Units per USD", 14),
    ("Units per EUR", 14),
    ("Rate source", 24),
    ("Value date", 11),
    ("Note", 40),
)


def write_fx_sheet(ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData) -> None:
    styles = SheetStyles(cells)
    prepare_sheet(
        ws,
        [w for _, w in HEADERS],
        freeze="A2",
        title_rows="1:1",
        page=page_of(data.cover),
        one_page_wide=True,
    )
    set_row_height(ws, 1, wrapped_height(HEADERS))
    ws.append([cells.value(h, styles.header) for h, _ in HEADERS])
    for row, rate in enumerate(data.fx_rates, start=2):
        set_row_height(ws, row, wrapped_height([(rate.note, 40.0), (rate.source, 24.0)]))
        ws.append(
            [
                cells.value(rate.currency),
                cells.value(rate.month),
                cells.value(rate.units_per_usd, styles.rate),
                cells.value(rate.units_per_eur, styles.rate),
                cells.value(rate.source, styles.wrap),
                cells.value(rate.value_date, styles.date),
                cells.value(rate.note, styles.wrap),
            ]
        )
    ws.auto_filter.ref = f"A1:G{max(len(data.fx_rates) + 1, 2)}"
