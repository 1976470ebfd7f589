"""The IPTT sheet: one block per indicator, grouped by result level, with live % met formulas.

Layout after Mercy Corps' open-source IPTT and the USAID IPTT guidance: three title rows, a group
row (life of award, to date, each period merged over its Target / Actual / % met), the column
headers, shaded result-level rows, each indicator's total row followed by its disaggregation
rows, and a footnote. It prints in column groups with the indicator number and name repeated.

The variance of an interim report compares the actual to date with the target to date; a final
report compares with the life-of-award target. Outside the programme's threshold the row is
flagged, and without an explanation entered in the app it says what is to complete.
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
from diaspora_grants.reporting.donor_workbook.print_layout import page_of, wrapped_height
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
#: (header, width); the sector header depends on the donor (see sector_header).
FIXED_HEADERS = (
    ("Indicator No.", 12.0),
    ("Indicator", 34.0),
    ("Result level", 9.0),
    ("Sector", 14.0),
    ("Project", 12.0),
    ("Unit of measure", 11.0),
    ("Direction of change", 10.0),
    ("C/NC", 14.0),
    ("# / %", 5.0),
    ("Disaggregation", 22.0),
    ("Baseline", 9.0),
    ("Baseline date", 10.0),
    ("Target", 11.0),
    ("Actual", 11.0),
    ("% met", 8.0),
    ("Target to date", 11.0),
    ("% of target to date", 9.0),
    ("Variance", 11.0),
)
PERIOD_HEADERS = (("Target", 10.0), ("Actual", 10.0), ("% met", 8.0))
TAIL_HEADERS = (
    ("Data source / means of verification", 22.0),
    ("Explanation of variance", 34.0),
    ("Comments", 22.0),
)
#: This report's programme figure beside the previous period's (see PeriodComparison); change and
#: change % are live formulas.
COMPARE_HEADERS = (("This report", 11.0), ("Previous period", 11.0), ("Change", 11.0), ("Change %", 9.0))
#: Letters of the figures of the fixed block.
LOA_TARGET, LOA_ACTUAL, LOA_MET, TO_DATE_TARGET, TO_DATE_MET, VARIANCE = "M", "N", "O", "P", "Q", "R"
WRAPPED = {0: 12.0, 1: 34.0, 3: 14.0, 4: 12.0, 5: 11.0, 7: 14.0, 9: 22.0}  # column index (0-based) -> width
LEVEL_ORDER = ("impact", "outcome", "output")
COUNTING_LABELS = {
    "non-cumulative": "Non-cumulative",
    "cumulative": "Cumulative",
    "unique people": "Non-summing cumulative",
}
HEADER_ROW = 5
KEY_COLUMNS = 2
FOOTNOTE = (
    "Figures are rounded for display; % met = actual / target, calculated live. "
    f"'{NO_DATA}' = no data; 0 = zero."
)


def sector_header(donor_family: str) -> str:
    return "BHA sector / sub-sector" if donor_family == "us-federal" else "Sector"


def column_groups(period_count: int, *, compared: bool = False) -> list[tuple[int, int]]:
    """The blocks printed together, after the repeated indicator number and name: descriptors,
    life-of-award and to-date figures, each period, the explanations, the previous period."""
    first_period = len(FIXED_HEADERS) + 1
    groups = [(3, 10), (11, len(FIXED_HEADERS))]
    groups += [(first_period + 3 * i, first_period + 3 * i + 2) for i in range(period_count)]
    tail = first_period + 3 * period_count
    groups.append((tail, tail + len(TAIL_HEADERS) - 1))
    if compared:
        after = tail + len(TAIL_HEADERS)
        groups.append((after, after + len(COMPARE_HEADERS) - 1))
    return groups


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
    widths = [w for _, w in FIXED_HEADERS] + [w for _ in labels for _, w in PERIOD_HEADERS]
    widths += [w for _, w in TAIL_HEADERS]
    compared = data.comparison is not None
    if compared:
        widths += [w for _, w in COMPARE_HEADERS]
    prepare_sheet(
        ws,
        widths,
        freeze=f"C{HEADER_ROW + 1}",
        title_rows=f"{HEADER_ROW - 1}:{HEADER_ROW}",
        page=page_of(data.cover),
        title_columns=KEY_COLUMNS,
        groups=column_groups(len(labels), compared=compared),
    )
    rows = ItemRows(ws, cells, first_row=1, render=render_rows)
    _title_rows(rows, styles, data)
    _group_row(ws, rows, styles, data)
    headers = [h for h, _ in FIXED_HEADERS]
    headers[3] = sector_header(data.cover.donor_family)
    headers += [h for _ in labels for h, _ in PERIOD_HEADERS] + [h for h, _ in TAIL_HEADERS]
    if compared:
        headers += [h for h, _ in COMPARE_HEADERS]
    rows.append(
        [(h, styles.header_center) for h in headers],
        wrapped_height((h, w) for h, w in zip(headers, widths, strict=True)),
    )

    writer = _RowMaker(styles, labels, figures, data)
    for level in _levels(data.indicators):
        rows.append([(level.capitalize(), styles.group)] + [("", styles.group)] * (len(headers) - 1))
        for indicator in (i for i in data.indicators if i.result_level.lower() == level):
            items = writer.indicator_row(indicator, rows.row_index + 1)
            height = _height(items, with_tail=True)
            rows.append(items + writer.compared_items(indicator, rows.row_index + 1), height)
            for part in indicator.disaggregations:
                items = writer.disaggregation_row(indicator, part, rows.row_index + 1)
                rows.append(items, _height(items, with_tail=False))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{column(len(widths))}{max(rows.row_index, HEADER_ROW + 1)}"
    rows.append([])
    rows.append([(FOOTNOTE, None)])


def _title_rows(rows: ItemRows, styles: SheetStyles, data: DonorReportData) -> None:
    cover = data.cover
    basis = "the life-of-award target (final report)" if cover.final else "the target to date"
    rows.append([(f"Indicator Performance Tracking Table: {cover.programme_code}", styles.title)])
    rows.append(
        [
            (
                f"{cover.report_type} report, {cover.period_start:%Y-%m-%d} to {cover.period_end:%Y-%m-%d}; "
                f"{cover.donor}, award {cover.award_label}; prepared by {cover.reporting_org}",
                None,
            )
        ]
    )
    rows.append(
        [
            (
                f"Variance: actual against {basis}; outside ±{data.deviation_threshold:.0%} it needs an "
                "explanation.",
                None,
            )
        ]
    )


def _height(items: Sequence[Item | None], *, with_tail: bool) -> float | None:
    texts = [
        (str(item[0]), WRAPPED[index])
        for index, item in enumerate(items)
        if index in WRAPPED and item is not None and isinstance(item[0], str)
    ]
    tail = len(items) - len(TAIL_HEADERS)
    if with_tail:
        texts += [
            (str(item[0]), width)
            for item, (_, width) in zip(items[tail:], TAIL_HEADERS, strict=False)
            if item is not None and isinstance(item[0], str)
        ]
    return wrapped_height(texts)


def _levels(indicators: tuple[IpttIndicator, ...]) -> list[str]:
    present = {i.result_level.lower() for i in indicators}
    return [lv for lv in LEVEL_ORDER if lv in present] + sorted(present - set(LEVEL_ORDER))


def _group_row(ws: WriteOnlyWorksheet, rows: ItemRows, styles: SheetStyles, data: DonorReportData) -> None:
    row: list[Item | None] = [("Indicator", styles.header_center), ("", styles.header_center)]
    row += [("Description", styles.header_center)] + [("", styles.header_center)] * 9
    row += [("Life of award", styles.header_center), ("", styles.header_center), ("", styles.header_center)]
    row += [("To date", styles.header_center), ("", styles.header_center), ("", styles.header_center)]
    merged = [f"A{HEADER_ROW - 1}:B{HEADER_ROW - 1}", f"C{HEADER_ROW - 1}:L{HEADER_ROW - 1}"]
    merged.append(f"M{HEADER_ROW - 1}:O{HEADER_ROW - 1}")
    merged.append(f"P{HEADER_ROW - 1}:R{HEADER_ROW - 1}")
    for index, period in enumerate(data.periods):
        first = len(FIXED_HEADERS) + 1 + 3 * index
        text = f"{period.label} ({period.start:%Y-%m-%d} to {period.end:%Y-%m-%d})"
        row += [(text, styles.header_center), ("", styles.header_center), ("", styles.header_center)]
        merged.append(f"{column(first)}{HEADER_ROW - 1}:{column(first + 2)}{HEADER_ROW - 1}")
    first_tail = len(FIXED_HEADERS) + 1 + 3 * len(data.periods)
    row += [("Explanations", styles.header_center), ("", styles.header_center), ("", styles.header_center)]
    merged.append(f"{column(first_tail)}{HEADER_ROW - 1}:{column(first_tail + 2)}{HEADER_ROW - 1}")
    if data.comparison is not None:
        first = first_tail + len(TAIL_HEADERS)
        row += [(_compared_title(data), styles.header_center)]
        row += [("", styles.header_center)] * (len(COMPARE_HEADERS) - 1)
        merged.append(
            f"{column(first)}{HEADER_ROW - 1}:{column(first + len(COMPARE_HEADERS) - 1)}{HEADER_ROW - 1}"
        )
    for ref in merged:
        ws.merged_cells.add(ref)
    rows.append(row, 30.0)


def _compared_title(data: DonorReportData) -> str:
    comparison = data.comparison
    assert comparison is not None
    if comparison.previous_label is None:
        return f"{comparison.current_label}: no previous period to compare with"
    return f"{comparison.current_label} against {comparison.previous_label}"


class _RowMaker:
    """The items of indicator and disaggregation rows, recording each % met formula's expected
    value (every one on indicator rows; on disaggregation rows up to the figures' row limit)."""

    def __init__(
        self, styles: SheetStyles, labels: list[str], figures: Figures, data: DonorReportData
    ) -> None:
        self.styles = styles
        self.labels = labels
        self.figures = figures
        self.threshold = data.deviation_threshold
        self.comparison = data.comparison
        first_compared = len(FIXED_HEADERS) + 1 + 3 * len(labels) + len(TAIL_HEADERS)
        #: (this report, previous, change, change %) column letters.
        self.compared_letters = tuple(column(first_compared + offset) for offset in range(4))
        self.final = data.cover.final
        #: (target column letter, actual column letter, % met column letter) per period.
        self.letters = [
            tuple(column(len(FIXED_HEADERS) + 1 + 3 * index + offset) for offset in range(3))
            for index in range(len(labels))
        ]

    def figure(self, value: int | Decimal | None, measure: str) -> Item:
        if value is None:
            return (NO_DATA, self.styles.top)
        return (value, self.styles.count if measure == "#" else self.styles.decimal)

    def percent_met(self, actual: str, target: str, row: int) -> Item:
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
                self.percent_met(letters[1], letters[0], row),
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

    def variance_items(self, ind: IpttIndicator) -> tuple[Item, Item]:
        """The variance flag and the explanation (or what is to complete)."""
        share = f"±{self.threshold:.0%}"
        basis = "life-of-award target" if self.final else "target to date"
        if not ind.flagged:
            return (("", None), (ind.deviation_narrative, self.styles.wrap))
        flag = (f"Outside {share} of the {basis}", self.styles.flag)
        if ind.deviation_narrative:
            return flag, (ind.deviation_narrative, self.styles.wrap)
        return flag, (f"TO COMPLETE: explain the variance (outside {share} of the {basis})", self.styles.flag)

    def indicator_row(self, ind: IpttIndicator, row: int) -> list[Item | None]:
        styles = self.styles
        self._expect(f"{LOA_MET}{row}", ind.loa_actual, ind.loa_target, f"{ind.number} LOA % met", True)
        self._expect(
            f"{TO_DATE_MET}{row}",
            ind.loa_actual,
            ind.target_to_date,
            f"{ind.number} % of target to date",
            True,
        )
        flag, narrative = self.variance_items(ind)
        return [
            (ind.number, styles.bold_wrap),
            (ind.name, styles.bold_wrap),
            (ind.result_level.capitalize(), styles.top),
            (ind.sector, styles.wrap),
            (ind.project, styles.wrap),
            (ind.unit, styles.wrap),
            (ind.direction, styles.top),
            (COUNTING_LABELS.get(ind.counting, ind.counting), styles.wrap),
            (ind.measure, styles.top),
            ("", None),
            self.figure(ind.baseline, ind.measure),
            (ind.baseline_date, styles.date) if ind.baseline_date else (NO_DATA, styles.top),
            self.figure(ind.loa_target, ind.measure),
            self.figure(ind.loa_actual, ind.measure),
            self.percent_met(LOA_ACTUAL, LOA_TARGET, row),
            self.figure(ind.target_to_date, ind.measure),
            self.percent_met(LOA_ACTUAL, TO_DATE_TARGET, row),
            flag,
            *self.period_items(ind.periods, ind.measure, row, ind.number, True),
            (ind.source, styles.wrap),
            narrative,
            (ind.comments, styles.wrap),
        ]

    def compared_items(self, ind: IpttIndicator, row: int) -> list[Item | None]:
        """This report's figure, the previous period's, and the change as live formulas."""
        if self.comparison is None:
            return []
        figure = self.comparison.indicators.get(ind.number)
        if figure is None:
            return []
        now, before, change, share = self.compared_letters
        change_formula = f'IF(AND(ISNUMBER({now}{row}),ISNUMBER({before}{row})),{now}{row}-{before}{row},"")'
        difference = None if figure.change is None else Decimal(figure.change)
        self.figures.add(SHEET, f"{change}{row}", difference, f"{ind.number} change from the previous period")
        self.figures.add(
            SHEET, f"{share}{row}", figure.change_share, f"{ind.number} change % from the previous period"
        )
        return [
            self.figure(figure.current, ind.measure),
            self.figure(figure.previous, ind.measure),
            (
                TrustedFormula(change_formula),
                self.styles.count if ind.measure == "#" else self.styles.decimal,
            ),
            (TrustedFormula(f'IFERROR(({now}{row}-{before}{row})/{before}{row},"")'), self.styles.percent),
        ]

    def disaggregation_row(self, ind: IpttIndicator, part: IpttDisaggregation, row: int) -> list[Item | None]:
        label = f"{ind.number} {part.label}"
        self._expect(f"{LOA_MET}{row}", part.loa_actual, part.loa_target, f"{label} LOA % met", False)
        return [
            (ind.number, self.styles.wrap),
            ("", None),
            ("", None),
            ("", None),
            (part.project or ind.project, self.styles.wrap),
            (ind.unit, self.styles.wrap),
            ("", None),
            ("", None),
            (ind.measure, self.styles.top),
            (part.label, self.styles.wrap),
            self.figure(part.baseline, ind.measure),
            ("", None),
            self.figure(part.loa_target, ind.measure),
            self.figure(part.loa_actual, ind.measure),
            self.percent_met(LOA_ACTUAL, LOA_TARGET, row),
            (NO_DATA, self.styles.top),
            ("", None),
            ("", None),
            *self.period_items(part.periods, ind.measure, row, label, False),
        ]
