"""Cover: what the report is, the period as defined names, headline figures, the award, what is
still to complete, contents and legend.

Labels and explanations wrap, and each row gets the height its text needs (LibreOffice does not
fit it). A section that would not fit on the rest of a printed page starts on the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.pagebreak import Break

from diaspora_grants.reporting.donor_workbook.model import AwardSummary, DonorReportData, PeriodComparison
from diaspora_grants.reporting.donor_workbook.print_layout import (
    LINE_POINTS,
    page_height_points,
    page_of,
    set_row_height,
    wrapped_height,
)
from diaspora_grants.reporting.donor_workbook.sheet_tools import NO_DATA, SheetStyles, prepare_sheet
from diaspora_grants.reporting.safe_cells import CellFactory, CellValue

SHEET = "Cover"
WIDTHS = (38.0, 60.0)
HEADLINE_NAMES = {"direct": "HeadlineDirect", "indirect": "HeadlineIndirect"}
SHEET_PURPOSES = {
    "IPTT": "Indicator performance tracking table: targets, actuals, % met and variances",
    "Reach": "People reached by project, location, period, population group, sex and age",
    "5W": "Who does what, where, when, for whom",
    "Budget_vs_Actual": "Budget lines, expenditure, burn rate and time elapsed",
    "Tranches": "Disbursements to partners and unliquidated advances",
    "Financial_Report": "The award: receipts, disbursements and expenditure (SF-425 or EU statement)",
    "FX": "Exchange rates used",
    "Campaign": "Engagement metrics (not people reached)",
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
    (NO_DATA, "No data"),
    ("0", "Zero"),
    ("Live formulas", "Totals and ratios recalculate; totals use SUBTOTAL so filters are respected."),
)

Pair = tuple[str, CellValue, Cell | None]


class _CoverRows:
    """Appends rows, giving each its height, and starts a section on a new page when it would not
    fit on the rest of the current one."""

    def __init__(self, ws: WriteOnlyWorksheet, cells: CellFactory, styles: SheetStyles, scale: int) -> None:
        self.ws, self.cells, self.styles = ws, cells, styles
        self.row = 0
        self.used = 0.0
        self.page = page_height_points(scale)

    def append(self, label: CellValue, value: CellValue = None, style: Cell | None = None) -> None:
        self.row += 1
        texts: list[tuple[str, float]] = [(label if isinstance(label, str) else "", WIDTHS[0])]
        if isinstance(value, str):
            texts.append((value, WIDTHS[1]))
        height = wrapped_height(texts)
        set_row_height(self.ws, self.row, height)
        self.used += height or LINE_POINTS
        first = self.cells.value(label, self.styles.bold_wrap) if label is not None else None
        second = self.cells.value(value, style or self.styles.wrap) if value is not None else None
        self.ws.append([first, second])

    def blank(self) -> None:
        self.row += 1
        self.used += LINE_POINTS
        self.ws.append([])

    def section(self, title: str, rows: int) -> None:
        """A section heading; `rows` is about how many one-line rows follow."""
        if self.used + (rows + 1) * LINE_POINTS > self.page and self.row > 0:
            self.ws.row_breaks.append(Break(id=self.row))
            self.used = 0.0
        self.row += 1
        self.used += LINE_POINTS
        self.ws.append([self.cells.value(title, self.styles.group), self.cells.value("", self.styles.group)])


def write_cover_sheet(
    wb: Workbook, ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, sheet_names: list[str]
) -> None:
    styles = SheetStyles(cells)
    plan = prepare_sheet(
        ws, WIDTHS, freeze=None, title_rows=None, page=page_of(data.cover), one_page_wide=True
    )
    rows = _CoverRows(ws, cells, styles, plan.scale)
    c = data.cover
    # The title wraps over both columns: text overflowing the last column would print on a page of its own.
    title = f"{c.programme_name}: donor report"
    ws.merged_cells.add("A1:B1")
    rows.row += 1
    height = wrapped_height([(title, sum(WIDTHS) * 0.75)])  # 14 pt bold: fewer characters per line
    set_row_height(ws, 1, height)
    rows.used += height or LINE_POINTS
    ws.append([cells.value(title, styles.title_wrap)])
    rows.blank()
    for label, value, style in _identity(c, cells, styles):
        rows.append(label, value, style)
        if label in ("Period start", "Period end"):
            name = "RptStart" if label == "Period start" else "RptEnd"
            wb.defined_names[name] = DefinedName(name, attr_text=f"{SHEET}!$B${rows.row}")
    rows.blank()
    rows.section("Headline figures (counted once per person; see Notes)", 2 * len(c.headlines))
    for headline in c.headlines:
        value = headline.value if headline.value is not None else NO_DATA
        rows.append(
            f"{headline.label} [{headline.reach}]", value, styles.count if _is_number(value) else None
        )
        defined = HEADLINE_NAMES.get(headline.reach)
        if defined and defined not in wb.defined_names and headline.in_period:
            wb.defined_names[defined] = DefinedName(defined, attr_text=f"{SHEET}!$B${rows.row}")
        if headline.explanation:
            rows.append(None, headline.explanation)
    if data.comparison is not None:
        _comparison(rows, data.comparison)
    if c.award is not None:
        rows.blank()
        pairs = _award_pairs(c.award, c.currency, styles)
        rows.section(f"The award from the donor ({c.currency})", len(pairs))
        for label, value, style in pairs:
            rows.append(label, value, style)
    if c.to_complete:
        rows.blank()
        rows.section("To complete before sending", len(c.to_complete))
        for number, item in enumerate(c.to_complete, start=1):
            rows.append(f"{number}.", item)
    _contents_and_legend(rows, sheet_names)


def _comparison(rows: _CoverRows, comparison: PeriodComparison) -> None:
    """Each headline of this report beside the previous period's, with the change."""
    styles = rows.styles
    rows.blank()
    if comparison.previous_label is None:
        rows.section("Compared with the previous period", 1)
        rows.append(comparison.current_label, "No previous period to compare with.")
        return
    rows.section(
        f"Compared with the previous period: {comparison.previous_label}", 4 * len(comparison.headlines)
    )
    rows.append(None, comparison.basis)
    for figure in comparison.headlines:
        rows.append(f"{figure.label}, {comparison.current_label}", *_figure(figure.current, styles))
        rows.append(f"{figure.label}, {comparison.previous_label}", *_figure(figure.previous, styles))
        rows.append("Change", *_figure(figure.change, styles))
        share = figure.change_share
        rows.append("Change %", *((share, styles.percent) if share is not None else (NO_DATA, None)))


def _figure(value: int | Decimal | None, styles: SheetStyles) -> tuple[CellValue, Cell | None]:
    return (value, styles.count) if value is not None else (NO_DATA, None)


def _identity(c: object, cells: CellFactory, styles: SheetStyles) -> list[Pair]:
    from diaspora_grants.reporting.donor_workbook.model import ReportCover

    assert isinstance(c, ReportCover)
    return [
        ("Programme", f"{c.programme_code}: {c.programme_name}", None),
        ("Donor", c.donor, None),
        ("Award number", c.award_label, None),
        ("Reporting organisation", c.reporting_org, None),
        ("Reporting organisation IATI ref", c.reporting_org_ref or "not recorded", None),
        ("Period start", c.period_start, styles.date),
        ("Period end", c.period_end, styles.date),
        ("Report type", c.report_type, None),
        ("Currency", c.currency, None),
        ("Exchange-rate policy", c.fx_policy, None),
        ("Prepared by", c.prepared_by, None),
        ("Generated at", c.generated_at.replace(microsecond=0, tzinfo=None), cells.style("yyyy-mm-dd hh:mm")),
        ("App version", c.app_version, None),
    ]


def _award_pairs(award: AwardSummary, currency: str, styles: SheetStyles) -> list[Pair]:
    def money(value: Decimal | None) -> tuple[CellValue, Cell | None]:
        return (value, styles.money) if value is not None else ("not recorded", None)

    received = "Funds received from the donor" + (
        f" to {award.funds_received_on:%Y-%m-%d}" if award.funds_received_on else ""
    )
    rate: tuple[CellValue, Cell | None] = (
        (award.indirect_rate, styles.percent) if award.indirect_rate is not None else ("not recorded", None)
    )
    return [
        ("Award amount", *money(award.amount)),
        (received, *money(award.funds_received)),
        ("Sub-grants (award budget)", *money(award.subgrants)),
        ("Sub-grants awarded to partners", award.subgrants_awarded, styles.money),
        ("Disbursed to partners to the report end", award.disbursed, styles.money),
        ("Expenditure reported by partners", award.partner_expenditure, styles.money),
        ("Direct costs of the programme", *money(award.direct_costs)),
        ("Indirect cost rate", *rate),
    ]


def _contents_and_legend(rows: _CoverRows, sheet_names: Sequence[str]) -> None:
    cells, styles = rows.cells, rows.styles
    shown = [name for name in sheet_names if name in SHEET_PURPOSES]
    rows.blank()
    rows.section("Contents", len(shown))
    for name in shown:
        rows.row += 1
        height = wrapped_height([(SHEET_PURPOSES[name], WIDTHS[1])])
        set_row_height(rows.ws, rows.row, height)
        rows.used += height or LINE_POINTS
        link = cells.value(name, styles.link)
        link.hyperlink = Hyperlink(ref="", location=f"'{name}'!A1", display=name)
        rows.ws.append([link, cells.value(SHEET_PURPOSES[name], styles.wrap)])
    rows.blank()
    rows.section("Legend", len(LEGEND))
    for term, meaning in LEGEND:
        rows.append(term, meaning)


def _is_number(value: object) -> bool:
    return isinstance(value, int | Decimal)
