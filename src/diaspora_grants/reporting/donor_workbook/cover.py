"""Cover: what the report is, the period as defined names, headline figures, contents and legend."""

from __future__ import annotations

from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink

from diaspora_grants.reporting.donor_workbook.model import DonorReportData
from diaspora_grants.reporting.donor_workbook.sheet_tools import SheetStyles, prepare_sheet
from diaspora_grants.reporting.safe_cells import CellFactory, CellValue

SHEET = "Cover"
SHEET_PURPOSES = {
    "IPTT": "Indicator performance tracking table: targets, actuals and % met",
    "Reach": "People reached by project, location, period, population group, sex and age",
    "5W": "Who does what, where, when, for whom",
    "Budget_vs_Actual": "Budget lines, expenditure, burn rate and time elapsed",
    "Tranches": "Disbursements to partners and unliquidated advances",
    "FX": "Exchange rates used",
    "Campaign": "Engagement metrics (not people reached)",
    "Lists": "Code lists behind the drop-downs",
    "Notes": "Definitions, counting rules and caveats",
}
LEGEND = (
    (
        "Direct / Indirect",
        "Direct: people served by the project; indirect: estimated audiences. Never added together.",
    ),
    (
        "Unique / with double counting",
        "Unique counts each person once; the Reach sheet rows can count a person twice.",
    ),
    ("–", "No data"),
    ("0", "Zero"),
    ("Live formulas", "Totals and ratios recalculate; totals use SUBTOTAL so filters are respected."),
)


def write_cover_sheet(
    wb: Workbook, ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, sheet_names: list[str]
) -> None:
    styles = SheetStyles(cells)
    prepare_sheet(ws, [34, 70], freeze=None, title_rows=None)
    c = data.cover
    ws.append([cells.value(f"{c.programme_name}: donor report", styles.title)])
    ws.append([])
    pairs: list[tuple[str, CellValue, Cell | None]] = [
        ("Programme", f"{c.programme_code}: {c.programme_name}", None),
        ("Donor", c.donor, None),
        ("Award number", c.award_number, None),
        ("Reporting organisation", c.reporting_org, None),
        ("Reporting organisation IATI ref", c.reporting_org_ref, None),
        ("Period start", c.period_start, styles.date),
        ("Period end", c.period_end, styles.date),
        ("Report type", c.report_type, None),
        ("Currency", c.currency, None),
        ("Exchange-rate policy", c.fx_policy, styles.wrap),
        ("Prepared by", c.prepared_by, None),
        ("Generated at", c.generated_at.replace(microsecond=0, tzinfo=None), cells.style("yyyy-mm-dd hh:mm")),
        ("App version", c.app_version, None),
    ]
    row = 2
    for label, value, style in pairs:
        row += 1
        ws.append([cells.value(label, styles.bold), cells.value(value, style)])
        if label in ("Period start", "Period end"):
            name = "RptStart" if label == "Period start" else "RptEnd"
            wb.defined_names[name] = DefinedName(name, attr_text=f"{SHEET}!$B${row}")

    ws.append([])
    ws.append([cells.value("Headline figures (counted once per person; see Notes)", styles.group)])
    for headline in c.headlines:
        value = headline.value if headline.value is not None else "–"
        style = styles.count if isinstance(value, int | Decimal) else None
        ws.append(
            [cells.value(f"{headline.label} [{headline.reach}]", styles.bold), cells.value(value, style)]
        )
        if headline.explanation:
            ws.append([None, cells.value(headline.explanation, styles.wrap)])

    ws.append([])
    ws.append([cells.value("Contents", styles.group)])
    for name in sheet_names:
        if name == SHEET:
            continue
        link = cells.value(name, styles.link)
        link.hyperlink = Hyperlink(ref="", location=f"'{name}'!A1", display=name)
        ws.append([link, cells.value(SHEET_PURPOSES.get(name, ""))])

    ws.append([])
    ws.append([cells.value("Legend", styles.group)])
    for term, meaning in LEGEND:
        ws.append([cells.value(term, styles.bold), cells.value(meaning, styles.wrap)])
