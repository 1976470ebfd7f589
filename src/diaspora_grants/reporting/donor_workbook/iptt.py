"""The IPTT sheet: one block per indicator, grouped by result level, with live % met formulas.

Layout after Mercy Corps' open-source IPTT: three title rows, a period row merged over each
Target / Actual / % Met triple, the column headers (frozen), shaded result-level rows, each
indicator's total row followed by its disaggregation rows, and a rounding footnote.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.model import (
    DonorReportData,
    IpttDisaggregation,
    IpttIndicator,
    PeriodFigures,
)
from diaspora_grants.reporting.donor_workbook.sheet_tools import (
    NO_DATA,
    Figures,
    SheetStyles,
    column,
    prepare_sheet,
    ratio,
)
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula

SHEET = "IPTT"
FIXED_HEADERS = (
    ("Indicator No.", 9),
    ("Indicator", 40),
    ("Result level", 10),
    ("BHA sector / sub-sector", 18),
    ("Project / partner", 14),
    ("Unit of measure", 12),
    ("Direction of change", 8),
    ("C/NC", 14),
    ("# / %", 5),
    ("Disaggregation", 18),
    ("Baseline", 10),
    ("Baseline date", 11),
    ("LOA target", 11),
    ("LOA actual", 11),
    ("LOA % met", 9),
)
TAIL_HEADERS = (("Data source / means of verification", 24), ("Deviation narrative", 36), ("Comments", 24))
LEVEL_ORDER = ("impact", "outcome", "output")
COUNTING_LABELS = {
    "non-cumulative": "Non-cumulative",
    "cumulative": "Cumulative",
    "unique people": "Non-summing cumulative",
}
HEADER_ROW = 5
FOOTNOTE = (
    "Figures are rounded for display; % met = actual / target, calculated live. "
    f"'{NO_DATA}' = no data; 0 = zero."
)


def write_iptt_sheet(
    ws: WriteOnlyWorksheet, cells: CellFactory, data: DonorReportData, figures: Figures
) -> None:
    styles = SheetStyles(cells)
    labels = [p.label for p in data.periods]
    widths = [w for _, w in FIXED_HEADERS] + [9.0] * (3 * len(labels)) + [w for _, w in TAIL_HEADERS]
    prepare_sheet(ws, widths, freeze=f"C{HEADER_ROW + 1}", title_rows=f"{HEADER_ROW - 1}:{HEADER_ROW}")
    last_column = column(len(widths))
    cover = data.cover

    ws.append([cells.value(f"Indicator Performance Tracking Table: {cover.programme_name}", styles.title)])
    ws.append([cells.value(f"Reporting period {cover.period_start:%Y-%m-%d} to {cover.period_end:%Y-%m-%d}")])
    ws.append([cells.value(f"{cover.donor}, award {cover.award_number}; prepared by {cover.reporting_org}")])
    _period_group_row(ws, cells, styles, data)
    headers = [h for h, _ in FIXED_HEADERS]
    for label in labels:
        headers += [f"{label} Target", f"{label} Actual", f"{label} % Met"]
    headers += [h for h, _ in TAIL_HEADERS]
    ws.append([cells.value(h, styles.header) for h in headers])

    row = HEADER_ROW
    for level in _levels(data.indicators):
        row += 1
        ws.append(
            [cells.value(level.capitalize(), styles.group)]
            + [cells.value("", styles.group)] * (len(headers) - 1)
        )
        for indicator in (i for i in data.indicators if i.result_level.lower() == level):
            row += 1
            ws.append(
                _indicator_row(cells, styles, indicator, labels, row, figures, data.deviation_threshold)
            )
            for part in indicator.disaggregations:
                row += 1
                ws.append(_disaggregation_row(cells, styles, indicator, part, labels, row, figures))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{max(row, HEADER_ROW + 1)}"
    ws.append([])
    ws.append([cells.value(FOOTNOTE)])


def _levels(indicators: tuple[IpttIndicator, ...]) -> list[str]:
    present = {i.result_level.lower() for i in indicators}
    return [lv for lv in LEVEL_ORDER if lv in present] + sorted(present - set(LEVEL_ORDER))


def _period_group_row(
    ws: WriteOnlyWorksheet, cells: CellFactory, styles: SheetStyles, data: DonorReportData
) -> None:
    row: list[Cell | None] = [None] * len(FIXED_HEADERS)
    row[12] = cells.value("Life of award", styles.header)
    ws.merged_cells.add(f"M{HEADER_ROW - 1}:O{HEADER_ROW - 1}")
    for index, period in enumerate(data.periods):
        first = len(FIXED_HEADERS) + 1 + 3 * index
        text = f"{period.label} ({period.start:%Y-%m-%d} to {period.end:%Y-%m-%d})"
        row += [cells.value(text, styles.header), None, None]
        ws.merged_cells.add(f"{column(first)}{HEADER_ROW - 1}:{column(first + 2)}{HEADER_ROW - 1}")
    ws.append(row)


def _figure(cells: CellFactory, styles: SheetStyles, value: int | Decimal | None, measure: str) -> Cell:
    if value is None:
        return cells.value(NO_DATA)
    return cells.value(value, styles.count if measure == "#" else styles.decimal)


def _percent_met(
    cells: CellFactory,
    styles: SheetStyles,
    row: int,
    target_col: int,
    actual_col: int,
    expected: Decimal | None,
    figures: Figures,
    label: str,
) -> Cell:
    target, actual = f"{column(target_col)}{row}", f"{column(actual_col)}{row}"
    cell_ref = f"{column(actual_col + 1)}{row}"
    figures.add(SHEET, cell_ref, expected, label)
    return cells.value(TrustedFormula(f'IFERROR({actual}/{target},"")'), styles.percent)


def _period_cells(
    cells: CellFactory,
    styles: SheetStyles,
    periods: tuple[PeriodFigures, ...],
    labels: list[str],
    measure: str,
    row: int,
    figures: Figures,
    label: str,
) -> list[Cell]:
    by_label = {p.period_label: p for p in periods}
    out: list[Cell] = []
    for index, period_label in enumerate(labels):
        figures_of = by_label.get(period_label, PeriodFigures(period_label=period_label))
        target_col = len(FIXED_HEADERS) + 1 + 3 * index
        out += [
            _figure(cells, styles, figures_of.target, measure),
            _figure(cells, styles, figures_of.actual, measure),
            _percent_met(
                cells,
                styles,
                row,
                target_col,
                target_col + 1,
                ratio(figures_of.actual, figures_of.target),
                figures,
                f"{label} {period_label} % met",
            ),
        ]
    return out


def _indicator_row(
    cells: CellFactory,
    styles: SheetStyles,
    ind: IpttIndicator,
    labels: list[str],
    row: int,
    figures: Figures,
    threshold: Decimal,
) -> list[Cell]:
    loa_met = ratio(ind.loa_actual, ind.loa_target)
    narrative = ind.deviation_narrative
    if not narrative and loa_met is not None and abs(loa_met - 1) > threshold:
        narrative = f"Narrative required: LOA % met is outside ±{threshold:.0%} of target"
    baseline_date = cells.value(ind.baseline_date, styles.date) if ind.baseline_date else cells.value(NO_DATA)
    return [
        cells.value(ind.number, styles.bold),
        cells.value(ind.name, styles.bold),
        cells.value(ind.result_level.capitalize()),
        cells.value(ind.sector),
        cells.value(ind.project),
        cells.value(ind.unit),
        cells.value(ind.direction),
        cells.value(COUNTING_LABELS.get(ind.counting, ind.counting)),
        cells.value(ind.measure),
        cells.value(""),
        _figure(cells, styles, ind.baseline, ind.measure),
        baseline_date,
        _figure(cells, styles, ind.loa_target, ind.measure),
        _figure(cells, styles, ind.loa_actual, ind.measure),
        _percent_met(cells, styles, row, 13, 14, loa_met, figures, f"{ind.number} LOA % met"),
        *_period_cells(cells, styles, ind.periods, labels, ind.measure, row, figures, ind.number),
        cells.value(ind.source, styles.wrap),
        cells.value(narrative, styles.wrap),
        cells.value(ind.comments, styles.wrap),
    ]


def _disaggregation_row(
    cells: CellFactory,
    styles: SheetStyles,
    ind: IpttIndicator,
    part: IpttDisaggregation,
    labels: list[str],
    row: int,
    figures: Figures,
) -> list[Cell]:
    label = f"{ind.number} {part.label}"
    return [
        cells.value(ind.number),
        cells.value(""),
        cells.value(""),
        cells.value(""),
        cells.value(ind.project),
        cells.value(ind.unit),
        cells.value(""),
        cells.value(""),
        cells.value(ind.measure),
        cells.value(part.label),
        _figure(cells, styles, part.baseline, ind.measure),
        cells.value(""),
        _figure(cells, styles, part.loa_target, ind.measure),
        _figure(cells, styles, part.loa_actual, ind.measure),
        _percent_met(
            cells, styles, row, 13, 14, ratio(part.loa_actual, part.loa_target), figures, f"{label} LOA % met"
        ),
        *_period_cells(cells, styles, part.periods, labels, ind.measure, row, figures, label),
    ]
