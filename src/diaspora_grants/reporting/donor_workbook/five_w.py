"""5W: who does what, where, when, for whom; HXL tag row under the headers, no Excel Table."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.columns import five_w_columns
from diaspora_grants.reporting.donor_workbook.model import DonorReportData
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, prepare_sheet
from diaspora_grants.reporting.donor_workbook.tables import RowWriter, write_header
from diaspora_grants.reporting.safe_cells import CellFactory

SHEET = "5W"


def write_five_w_sheet(ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData) -> None:
    styles = SheetStyles(cells)
    columns = five_w_columns(data.age_bands)
    prepare_sheet(ws, [c.width for c in columns], freeze="A3", title_rows="1:2")
    write_header(ws, cells, styles, columns, hxl=True)
    writer = RowWriter(cells, styles, columns)
    for index, record in enumerate(data.five_w, start=3):
        ws.append(writer.cells_for(record, index))
    ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{len(data.five_w) + 2}"
