"""The IPTT sheet: one block per indicator, grouped by result level, with live % met formulas.

Layout after Mercy Corps' open-source IPTT: three title rows, a period row merged over each
Target / Actual / % Met triple, the column headers (frozen), shaded result-level rows, each
indicator's total row followed by its disaggregation rows, and a rounding footnote.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.model import (
    DonorReportData,
    IpttDisaggregation,
    IpttIndicator,
    PeriodFigures,
)
from diaspora_grants.reporting.donor_workbook.raw_rows import Item, ItemRows
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
    ws: WriteOnlyWorksheet,
    cells: CellFactory,
    data: DonorReportData,
    figures: Figures,
    *,
    render_rows: bool = True,
) -> None:
    """`render_rows=False` writes the indicator rows through openpyxl's cells (the reference
    output the rendered rows must equal)."""
    styles = SheetStyles(cells)
    labels = [p.label for p in data.periods]
    widths = [w for _, w in FIXED_HEADERS] + [9.0] * (3 * len(labels)) + [w for _, w in TAIL_HEADERS]
    prepare_sheet(ws, widths, freeze=f"C{HEADER_ROW + 1}", title_rows=f"{HEADER_ROW - 1}:{HEADER_ROW}")
    last_column = column(len(widths))
    rows = ItemRows(ws, cells, first_row=1, render=render_rows)
    cover = data.cover

    rows.append([(f"Indicator Performance Tracking Table: {cover.programme_name}", styles.title)])
    rows.append([(f"Reporting period {cover.period_start:%Y-%m-%d} to {cover.period_end:%Y-%m-%d}", None)])
    rows.append([(f"{cover.donor}, award {cover.award_number}; prepared by {cover.reporting_org}", None)])
    _period_group_row(ws, rows, styles, data)
    headers = [h for h, _ in FIXED_HEADERS]
    for label in labels:
        headers += [f"{label} Target", f"{label} Actual", f"{label} % Met"]
    headers += [h for h, _ in TAIL_HEADERS]
    rows.append([(h, styles.header) for h in headers])

    writer = _RowMaker(styles, labels, figures, data.deviation_threshold)
    for level in _levels(data.indicators):
        rows.append([(level.capitalize(), styles.group)] + [("", styles.group)] * (len(headers) - 1))
        for indicator in (i for i in data.indicators if i.result_level.lower() == level):
            rows.append(writer.indicator_row(indicator, rows.row_index + 1))
            for part in indicator.disaggregations:
                rows.append(writer.disaggregation_row(indicator, part, rows.row_index + 1))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{max(rows.row_index, HEADER_ROW + 1)}"
    rows.append([])
    rows.append([(FOOTNOTE, None)])


def _levels(indicators: tuple[IpttIndicator, ...]) -> list[str]:
    present = {i.result_level.lower() for i in indicators}
    return [lv for lv in LEVEL_ORDER if lv in present] + sorted(present - set(LEVEL_ORDER))


def _period_group_row(
    ws: WriteOnlyWorksheet, rows: ItemRows, styles: SheetStyles, data: DonorReportData
) -> None:
    row: list[Item | None] = [None] * len(FIXED_HEADERS)
    row[12] = ("Life of award", styles.header)
    ws.merged_cells.add(f"M{HEADER_ROW - 1}:O{HEADER_ROW - 1}")
    for index, period in enumerate(data.periods):
        first = len(FIXED_HEADERS) + 1 + 3 * index
        text = f"{period.label} ({period.start:%Y-%m-%d} to {period.end:%Y-%m-%d})"
        row += [(text, styles.header), None, None]
        ws.merged_cells.add(f"{column(first)}{HEADER_ROW - 1}:{column(first + 2)}{HEADER_ROW - 1}")
    rows.append(row)


class _RowMaker:
    """The items of indicator and disaggregation rows, recording each % met formula's expected
    value (every one on indicator rows; on disaggregation rows up to the figures' row limit)."""

    def __init__(self, styles: SheetStyles, labels: list[str], figures: Figures, threshold: Decimal) -> None:
        self.styles = styles
        self.labels = labels
        self.figures = figures
        self.threshold = threshold
        #: (target column letter, actual column letter, % met column letter) per period.
        self.letters = [
            tuple(column(len(FIXED_HEADERS) + 1 + 3 * index + offset) for offset in range(3))
            for index in range(len(labels))
        ]

    def figure(self, value: int | Decimal | None, measure: str) -> Item:
        if value is None:
            return (NO_DATA, None)
        return (value, self.styles.count if measure == "#" else self.styles.decimal)

    def percent_met(self, letters: Sequence[str], row: int) -> Item:
        target, actual = letters[0], letters[1]
        return (TrustedFormula(f'IFERROR({actual}{row}/{target}{row},"")'), self.styles.percent)

    def period_items(
        self, periods: tuple[PeriodFigures, ...], measure: str, row: int, label: str, every: bool
    ) -> list[Item]:
        by_label = {p.period_label: p for p in periods}
        out: list[Item] = []
        empty = PeriodFigures(period_label="")
        for period_label, letters in zip(self.labels, self.letters, strict=True):
            figures_of = by_label.get(period_label, empty)
            out += [
                self.figure(figures_of.target, measure),
                self.figure(figures_of.actual, measure),
                self.percent_met(letters, row),
            ]
            self._expect(
                f"{letters[2]}{row}",
                figures_of.actual,
                figures_of.target,
                f"{label} {period_label} % met",
                every,
            )
        return out

    def _expect(
        self, ref: str, actual: int | Decimal | None, target: int | Decimal | None, label: str, every: bool
    ) -> None:
        if every:
            self.figures.add(SHEET, ref, ratio(actual, target), label)
        elif self.figures.takes_row_figures_of(SHEET):
            self.figures.add_row_figure(SHEET, ref, ratio(actual, target), label)

    def indicator_row(self, ind: IpttIndicator, row: int) -> list[Item | None]:
        styles = self.styles
        loa_met = ratio(ind.loa_actual, ind.loa_target)
        narrative = ind.deviation_narrative
        if not narrative and loa_met is not None and abs(loa_met - 1) > self.threshold:
            narrative = f"Narrative required: LOA % met is outside ±{self.threshold:.0%} of target"
        self._expect(f"O{row}", ind.loa_actual, ind.loa_target, f"{ind.number} LOA % met", True)
        return [
            (ind.number, styles.bold),
            (ind.name, styles.bold),
            (ind.result_level.capitalize(), None),
            (ind.sector, None),
            (ind.project, None),
            (ind.unit, None),
            (ind.direction, None),
            (COUNTING_LABELS.get(ind.counting, ind.counting), None),
            (ind.measure, None),
            ("", None),
            self.figure(ind.baseline, ind.measure),
            (ind.baseline_date, styles.date) if ind.baseline_date else (NO_DATA, None),
            self.figure(ind.loa_target, ind.measure),
            self.figure(ind.loa_actual, ind.measure),
            self.percent_met(("M", "N"), row),
            *self.period_items(ind.periods, ind.measure, row, ind.number, True),
            (ind.source, styles.wrap),
            (narrative, styles.wrap),
            (ind.comments, styles.wrap),
        ]

    def disaggregation_row(self, ind: IpttIndicator, part: IpttDisaggregation, row: int) -> list[Item | None]:
        label = f"{ind.number} {part.label}"
        self._expect(f"O{row}", part.loa_actual, part.loa_target, f"{label} LOA % met", False)
        return [
            (ind.number, None),
            ("", None),
            ("", None),
            ("", None),
            (ind.project, None),
            (ind.unit, None),
            ("", None),
            ("", None),
            (ind.measure, None),
            (part.label, None),
            self.figure(part.baseline, ind.measure),
            ("", None),
            self.figure(part.loa_target, ind.measure),
            self.figure(part.loa_actual, ind.measure),
            self.percent_met(("M", "N"), row),
            *self.period_items(part.periods, ind.measure, row, label, False),
        ]
