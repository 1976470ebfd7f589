"""Financial_Report: the programme's own award, in the donor's shape.

USAID: a summary of the federal financial report (SF-425, lines 10a-10h and 11), cumulative from
the start of the award to the report end, to prepare the form filed in the donor's system. EU and
others: a financial statement of eligible costs incurred against the award and the funds received.

Disbursements to partners and their reported expenditure are the Tranches and Budget_vs_Actual
figures; the indirect costs are the rate applied to direct costs (partners' expenditure and the
programme's own direct costs). Lines computed from others are live formulas; a line whose inputs
are not recorded says so instead of showing a wrong zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.domain.money import round_money
from diaspora_grants.reporting.donor_workbook.model import AwardSummary, DonorReportData
from diaspora_grants.reporting.donor_workbook.print_layout import page_of, set_row_height, wrapped_height
from diaspora_grants.reporting.donor_workbook.sheet_tools import Figures, SheetStyles, prepare_sheet
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula

SHEET = "Financial_Report"
NOT_RECORDED = "not recorded"
WIDTHS = (6.0, 50.0, 16.0, 40.0)


@dataclass(frozen=True)
class Line:
    """One line: a value (None: not recorded) or a formula over other lines (by key)."""

    key: str
    number: str
    label: str
    value: Decimal | None = None
    formula: str = ""  # e.g. "a-b": keys of other lines, + and - only
    note: str = ""


def indirect_costs(award: AwardSummary) -> Decimal | None:
    if award.indirect_rate is None or award.direct_costs is None:
        return None
    return round_money((award.partner_expenditure + award.direct_costs) * award.indirect_rate)


def sf425_lines(award: AwardSummary) -> list[Line]:
    indirect = indirect_costs(award)
    base = None if award.direct_costs is None else award.partner_expenditure + award.direct_costs
    return [
        Line("a", "10a", "Cash receipts", award.funds_received, note="Funds received from the donor"),
        Line(
            "b1", "", "of which disbursed to partners", award.disbursed, note="Tranches paid (Tranches sheet)"
        ),
        Line("b2", "", "of which direct costs of the programme", award.direct_costs),
        Line("b3", "", "of which indirect costs", indirect, note="Line 11e"),
        Line("b", "10b", "Cash disbursements", formula="b1+b2+b3"),
        Line("c", "10c", "Cash on hand (10a - 10b)", formula="a-b"),
        Line("d", "10d", "Total federal funds authorized", award.amount, note="The award amount"),
        Line(
            "e1",
            "",
            "of which expenditure reported by partners",
            award.partner_expenditure,
            note="Budget_vs_Actual, cumulative expenditure",
        ),
        Line("e", "10e", "Federal share of expenditures", formula="e1+b2+b3"),
        Line(
            "f",
            "10f",
            "Federal share of unliquidated obligations",
            max(award.subgrants_awarded - award.partner_expenditure, Decimal(0)),
            note="Sub-grants awarded to partners less the expenditure they reported",
        ),
        Line("g", "10g", "Total federal share (10e + 10f)", formula="e+f"),
        Line("h", "10h", "Unobligated balance of federal funds (10d - 10g)", formula="d-g"),
        Line("i_rate", "11b", "Indirect expense: rate", award.indirect_rate),
        Line("i_base", "11d", "Indirect expense: base (direct costs incl. partners' expenditure)", base),
        Line("i_amount", "11e", "Indirect expense: amount charged", indirect),
    ]


def statement_lines(award: AwardSummary) -> list[Line]:
    return [
        Line(
            "p",
            "1",
            "Grants to partners: expenditure they reported",
            award.partner_expenditure,
            note=f"Budgeted for sub-grants: {_money(award.subgrants)}",
        ),
        Line("q", "2", "Direct costs of the programme", award.direct_costs),
        Line("r", "3", "Total direct eligible costs (1 + 2)", formula="p+q"),
        Line(
            "s",
            "4",
            "Indirect costs",
            indirect_costs(award),
            note=f"Rate {_rate(award.indirect_rate)} of line 3",
        ),
        Line("t", "5", "Total eligible costs incurred (3 + 4)", formula="r+s"),
        Line("u", "6", "Funds received from the donor", award.funds_received),
        Line("v", "7", "Balance held (6 - 5)", formula="u-t"),
        Line("w", "8", "Award amount", award.amount),
        Line("x", "9", "Award not yet incurred (8 - 5)", formula="w-t"),
    ]


def _money(value: Decimal | None) -> str:
    return NOT_RECORDED if value is None else f"{value:,.2f}"


def _rate(value: Decimal | None) -> str:
    return NOT_RECORDED if value is None else f"{value:.2%}"


def write_financial_report_sheet(
    ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, figures: Figures
) -> None:
    styles = SheetStyles(cells)
    cover = data.cover
    prepare_sheet(ws, WIDTHS, freeze=None, title_rows=None, page=page_of(cover), one_page_wide=True)
    award = cover.award or AwardSummary()
    usaid = cover.donor_family == "us-federal"
    title = (
        "Federal financial report summary (in the shape of the SF-425)"
        if usaid
        else f"Financial statement ({cover.currency})"
    )
    intro = (
        f"Cumulative from the start of the award to {cover.period_end:%Y-%m-%d}, in {cover.currency}. "
        + (
            "A summary to prepare the SF-425 filed in the donor's system; not the form itself."
            if usaid
            else ""
        )
    )
    ws.merged_cells.add("A1:D1")
    ws.merged_cells.add("A2:D2")  # the texts wrap over the whole width, never past it
    ws.append([cells.value(title, styles.title)])
    set_row_height(ws, 2, wrapped_height([(intro, sum(WIDTHS))]))
    ws.append([cells.value(intro, styles.wrap)])
    ws.append([])
    ws.append([cells.value(h, styles.header) for h in ("Line", "Item", f"Amount ({cover.currency})", "Note")])
    _write_lines(ws, cells, styles, sf425_lines(award) if usaid else statement_lines(award), figures)


def _write_lines(
    ws: WriteOnlyWorksheet, cells: CellFactory, styles: SheetStyles, lines: Sequence[Line], figures: Figures
) -> None:
    first_row = 5
    rows = {line.key: first_row + i for i, line in enumerate(lines)}
    values: dict[str, Decimal | None] = {}
    for line in lines:
        r = rows[line.key]
        if line.formula:
            terms = _terms(line.formula)
            known = [values.get(k) for _, k in terms]
            if any(v is None for v in known):
                value_cell = cells.value(NOT_RECORDED)
                values[line.key] = None
            else:
                text = "".join(f"{sign}C{rows[k]}" for sign, k in terms).lstrip("+")
                value_cell = cells.value(TrustedFormula(text), styles.total_money)
                values[line.key] = sum(
                    (v if sign == "+" else -v for (sign, _), v in zip(terms, _known(known), strict=True)),
                    Decimal(0),
                )
                figures.add(SHEET, f"C{r}", values[line.key], f"{line.number or line.label}")
        else:
            values[line.key] = line.value
            style = styles.percent if line.key == "i_rate" else styles.money
            value_cell = cells.value(NOT_RECORDED) if line.value is None else cells.value(line.value, style)
        label_style = styles.bold_wrap if line.number else styles.wrap
        set_row_height(ws, r, wrapped_height([(line.label, WIDTHS[1]), (line.note, WIDTHS[3])]))
        ws.append(
            [
                cells.value(line.number, styles.top),
                cells.value(line.label, label_style),
                value_cell,
                cells.value(line.note, styles.wrap),
            ]
        )


def _known(values: list[Decimal | None]) -> list[Decimal]:
    return [v for v in values if v is not None]


def _terms(formula: str) -> list[tuple[str, str]]:
    """'a-b+c' -> [('+', 'a'), ('-', 'b'), ('+', 'c')]."""
    out: list[tuple[str, str]] = []
    sign, key = "+", ""
    for ch in formula + "+":
        if ch in "+-":
            if key:
                out.append((sign, key))
            sign, key = ch, ""
        else:
            key += ch
    return out
