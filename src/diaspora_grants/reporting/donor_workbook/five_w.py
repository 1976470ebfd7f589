"""5W: who does what, where, when, for whom; HXL tag row under the headers, no Excel Table.

A project's row carries its budget and target; each of its locations has a row with what it
reached there; so every column adds up to the programme's figure.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.columns import five_w_columns
from diaspora_grants.reporting.donor_workbook.model import DonorReportData
from diaspora_grants.reporting.donor_workbook.print_layout import page_of, set_row_height, wrapped_height
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, prepare_sheet
from diaspora_grants.reporting.donor_workbook.tables import RowWriter, write_header
from diaspora_grants.reporting.safe_cells import CellFactory

SHEET = "5W"
WRAP_FROM = 0.0  # every text column wraps: names of donors and partners are long


def write_five_w_sheet(ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData) -> None:
    styles = SheetStyles(cells)
    columns = five_w_columns(data.age_bands)
    prepare_sheet(ws, [c.width for c in columns], freeze="A3", title_rows="1:2", page=page_of(data.cover))
    set_row_height(ws, 1, wrapped_height([(c.header, c.width) for c in columns]))
    set_row_height(ws, 2, wrapped_height([(c.tag, c.width) for c in columns]))
    write_header(ws, cells, styles, columns, hxl=True)
    writer = RowWriter(cells, styles, columns, wrap_from=WRAP_FROM)
    wrapped = [c for c in columns if c.width >= WRAP_FROM]
    for index, record in enumerate(data.five_w, start=3):
        set_row_height(ws, index, wrapped_height([(str(c.get(record) or ""), c.width) for c in wrapped]))
        ws.append(writer.cells_for(record, index))
    ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{len(data.five_w) + 2}"
