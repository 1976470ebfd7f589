"""The Reach sheet: rows streamed from an iterator, then a filter-aware summary and the headline
reconciliation.

The summary adds rows up with SUBTOTAL(109, ...) so a filter is respected, direct and indirect
apart (never added together). The reconciliation shows what the rows add up to (an upper bound:
two projects in one place each count their people), the overlap adjustment, and the headline:
the rows the overlap rule counts, which is the Cover's figure. Criteria refer to the label cells
of the summary row, so no user text ever appears inside a formula.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from operator import attrgetter

from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.columns import Column, Kind, reach_columns
from diaspora_grants.reporting.donor_workbook.model import ReachRow
from diaspora_grants.reporting.donor_workbook.print_layout import PageText, set_row_height, wrapped_height
from diaspora_grants.reporting.donor_workbook.raw_rows import install_raw_writer
from diaspora_grants.reporting.donor_workbook.reach_xml import RowRenderer
from diaspora_grants.reporting.donor_workbook.sheet_tools import (
    NO_DATA,
    Figures,
    SheetStyles,
    column,
    placed_row,
    prepare_sheet,
)
from diaspora_grants.reporting.donor_workbook.tables import RowWriter, write_header
from diaspora_grants.reporting.safe_cells import CellFactory, TrustedFormula

SHEET = "Reach"
FIRST_DATA_ROW = 3  # row 1 headers, row 2 HXL tags
KEY_COLUMNS = 2  # Row ID and project code repeat on every printed page
SUMMARY_NOTE = (
    "Summary: filter-aware sums of the rows above (SUBTOTAL 109). Rows count a person once per "
    "project: where two projects work in one place, the overlap rule counts one of them."
)
BREAKDOWNS = (
    ("Country", "country_iso3"),
    ("Project", "project_code"),
    ("Population group", "population_group"),
)


@dataclass(frozen=True)
class ReachSheetResult:
    rows_written: int
    last_row: int


class _Positions:
    def __init__(self, columns: list[Column[ReachRow]]) -> None:
        letters = {c.header: column(i) for i, c in enumerate(columns, start=1)}
        self.reach_type = letters["Reach type"]
        self.country = letters["Country (ISO3)"]
        self.project = letters["Project code"]
        self.group = letters["Population group"]
        self.total = letters["Total (direct)"]
        self.audience = letters["Indirect audience (estimated)"]
        self.counted = letters["Counted in the headline"]
        self.numeric = [
            (column(i), c) for i, c in enumerate(columns, start=1) if c.kind in (Kind.COUNT, Kind.TOTAL)
        ]
        self.last = column(len(columns))
        self.widths = {column(i): c.width for i, c in enumerate(columns, start=1)}


@dataclass
class _Sums:
    """Plain numbers while rows pass (far cheaper than Decimal), Decimal once at the end.

    The sex x age cells of direct rows are added as vectors (one list per reach type, in grid
    order); the per-column sums, subtotals included, are worked out from them at the end."""

    by_key: dict[tuple[str, str, str], int] = field(default_factory=lambda: defaultdict(int))
    counted: dict[tuple[str, str, str], int] = field(default_factory=lambda: defaultdict(int))
    grid: list[int] = field(default_factory=list)
    new: int = 0
    disabled: int = 0
    audience: int = 0
    with_new: bool = False
    with_disabled: bool = False
    reach_types: set[str] = field(default_factory=set)
    columns: dict[tuple[str, str], int] = field(default_factory=dict)
    with_data: set[str] = field(default_factory=set)

    def add_direct(self, record: ReachRow) -> None:
        cells = [*record.female, *record.male, *record.sex_unknown]  # bands of each sex, in a row
        bands = len(record.female)
        grid = self.grid
        if not grid:
            grid.extend([0] * (3 * bands + 3))
        for index in range(bands):
            base = 3 * index
            grid[base] += cells[index]
            grid[base + 1] += cells[bands + index]
            grid[base + 2] += cells[2 * bands + index] if len(cells) > 2 * bands + index else 0
        grid[-3] += record.female_age_unknown
        grid[-2] += record.male_age_unknown
        grid[-1] += record.unknown
        if record.new_this_period is not None:
            self.new += record.new_this_period
            self.with_new = True
        if record.disabled is not None:
            self.disabled += record.disabled
            self.with_disabled = True

    def finish(self, columns: list[Column[ReachRow]]) -> None:
        """The per-column sums by reach type ("Direct", "Indirect") and letter."""
        position = {c.header: i for i, c in enumerate(columns, start=1)}
        grid_columns = [
            c for c in columns if c.reach == "direct" and c.kind is Kind.COUNT and c.tag.count("+") == 2
        ]
        if "Direct" in self.reach_types:
            sums = dict(
                zip((c.header for c in grid_columns), self.grid or [0] * len(grid_columns), strict=True)
            )
            for spec in columns:
                letter = column(position[spec.header])
                if spec.kind is Kind.TOTAL:
                    self.columns[("Direct", letter)] = sum(sums[p] for p in spec.parts)
                elif spec.header in sums:
                    self.columns[("Direct", letter)] = sums[spec.header]
                elif spec.tag == "#reached+new" and self.with_new:
                    self.columns[("Direct", letter)] = self.new
                elif spec.tag == "#reached+disabled" and self.with_disabled:
                    self.columns[("Direct", letter)] = self.disabled
                else:
                    continue
                self.with_data.add(letter)
        if "Indirect" in self.reach_types:
            letter = column(position["Indirect audience (estimated)"])
            self.columns[("Indirect", letter)] = self.audience
            self.with_data.add(letter)


def write_reach_sheet(
    ws: WriteOnlyWorksheet,
    cells: CellFactory,
    rows: Iterable[ReachRow],
    age_bands: tuple[str, ...],
    figures: Figures,
    *,
    render_rows: bool = True,
    page: PageText | None = None,
    headline_cell: str | None = None,
) -> ReachSheetResult:
    """`render_rows=False` writes every data row through openpyxl's cells (the reference output
    the rendered rows must equal). `headline_cell` is the Cover's direct headline (a defined name
    or reference), shown beside the reconciliation."""
    columns = reach_columns(age_bands)
    styles = SheetStyles(cells)
    at = _Positions(columns)
    prepare_sheet(
        ws, [c.width for c in columns], freeze="C3", title_rows="1:2", page=page, title_columns=KEY_COLUMNS
    )
    renderer = RowRenderer(ws, styles, columns)
    raw = install_raw_writer(ws) if render_rows and renderer.usable else None
    set_row_height(ws, 1, wrapped_height([(c.header, c.width) for c in columns]))
    set_row_height(ws, 2, wrapped_height([(c.tag, c.width) for c in columns]))
    write_header(ws, cells, styles, columns, hxl=True)

    writer = RowWriter(cells, styles, columns)
    sums = _Sums()
    breakdown_keys = [(breakdown, attrgetter(attribute)) for breakdown, attribute in BREAKDOWNS]
    row_index = FIRST_DATA_ROW - 1
    for record in rows:
        row_index += 1
        rendered = renderer.render(record, row_index) if raw is not None else None
        if raw is not None and rendered is not None:
            raw.queue(row_index, rendered)
            ws.append(())
        else:
            ws.append(writer.cells_for(record, row_index))
        _tally(record, row_index, at, sums, breakdown_keys, figures)

    ws.auto_filter.ref = f"A2:{at.last}{max(row_index, 2)}"
    sums.finish(columns)
    if row_index >= FIRST_DATA_ROW:
        _Summary(ws, cells, styles, at, row_index, figures).write(sums, headline_cell)
    return ReachSheetResult(rows_written=row_index - FIRST_DATA_ROW + 1, last_row=row_index)


def _tally(
    record: ReachRow,
    row_index: int,
    at: _Positions,
    sums: _Sums,
    breakdown_keys: list[tuple[str, attrgetter[str]]],
    figures: Figures,
) -> None:
    reach = record.reach_type.capitalize()
    total = record.total
    sums.reach_types.add(reach)
    if record.reach_type == "direct":
        sums.add_direct(record)
        if figures.takes_row_figures_of(SHEET):
            figures.add_row_figure(
                SHEET, f"{at.total}{row_index}", Decimal(total), f"row {record.row_id} total"
            )
    else:
        sums.audience += total
    for breakdown, key_of in breakdown_keys:
        key = (breakdown, str(key_of(record)), reach)
        sums.by_key[key] += total
        if record.counted:
            sums.counted[key] += total


def _filtered_sum(letter: str, last: int, criteria: list[tuple[str, str]]) -> TrustedFormula:
    first = FIRST_DATA_ROW
    visible = (
        f"SUBTOTAL(109,OFFSET({letter}{first},ROW({letter}{first}:{letter}{last})-ROW({letter}{first}),0))"
    )
    tests = "".join(f",--({col}{first}:{col}{last}={label_cell})" for col, label_cell in criteria)
    return TrustedFormula(f"SUMPRODUCT({visible}{tests})")


class _Summary:
    """The block under the data: sums per column, then breakdowns with rows and counted figures."""

    def __init__(
        self,
        ws: WriteOnlyWorksheet,
        cells: CellFactory,
        styles: SheetStyles,
        at: _Positions,
        last: int,
        figures: Figures,
    ) -> None:
        self.ws, self.cells, self.styles, self.at, self.last, self.figures = (
            ws,
            cells,
            styles,
            at,
            last,
            figures,
        )
        self.row = last
        self.rows_column = at.total
        self.counted_column = column(_index(at.total) + 1)
        self.adjust_column = column(_index(at.total) + 2)

    def append(self, placed: dict[str, Cell | str | None]) -> None:
        self.row += 1
        texts = [
            (cell.value, self.at.widths[letter])
            for letter, cell in placed.items()
            if isinstance(cell, Cell) and isinstance(cell.value, str) and not cell.value.startswith("=")
        ]
        if letter_a := placed.get("A"):  # the note and labels run over the empty cells to their right
            texts = [(t, w) for t, w in texts if t != getattr(letter_a, "value", None)]
        set_row_height(self.ws, self.row + 0, wrapped_height(texts))
        self.ws.append(placed_row(placed))

    def write(self, sums: _Sums, headline_cell: str | None) -> None:
        self.ws.append([])
        self.row += 1
        self.append({"A": self.cells.value(SUMMARY_NOTE, self.styles.bold)})
        self._column_sums(sums)
        self._reconciliation(sums, headline_cell)
        self._breakdowns(sums)

    def _column_sums(self, sums: _Sums) -> None:
        at, cells, styles = self.at, self.cells, self.styles
        headers = {"A": "All rows", at.reach_type: "Reach type"}
        headers.update({letter: spec.header for letter, spec in at.numeric})
        self.append({letter: cells.value(text, styles.header) for letter, text in headers.items()})
        for reach in sorted({reach for reach, _ in sums.columns}):
            row = self.row + 1
            placed: dict[str, Cell | str | None] = {
                "A": cells.value("All rows", styles.total_label),
                at.reach_type: cells.value(reach, styles.total_label),
            }
            for letter, spec in at.numeric:
                if spec.reach is not None and spec.reach.capitalize() != reach:
                    continue
                if letter not in sums.with_data:
                    placed[letter] = cells.value(NO_DATA, styles.total_label)  # no data is not 0
                    continue
                criteria = [(at.reach_type, f"${at.reach_type}${row}")]
                placed[letter] = cells.value(_filtered_sum(letter, self.last, criteria), styles.total_count)
                self.figures.add(
                    SHEET,
                    f"{letter}{row}",
                    Decimal(sums.columns[(reach, letter)]),
                    f"all rows, {reach}, {letter}",
                )
            self.append(placed)

    def _reconciliation(self, sums: _Sums, headline_cell: str | None) -> None:
        at, cells, styles = self.at, self.cells, self.styles
        self.ws.append([])
        self.row += 1
        self.append(
            {
                "A": cells.value("Breakdown", styles.header),
                "B": cells.value("Value", styles.header),
                at.reach_type: cells.value("Reach type", styles.header),
                self.rows_column: cells.value("All rows (each project's own count)", styles.header),
                self.counted_column: cells.value("Counted in the headline (overlap rule)", styles.header),
                self.adjust_column: cells.value("Overlap adjustment", styles.header),
            }
        )
        for reach, letter in (("Direct", at.total), ("Indirect", at.audience)):
            rows_total = sum(v for (kind, _, r), v in sums.by_key.items() if kind == "Country" and r == reach)
            counted = sum(v for (kind, _, r), v in sums.counted.items() if kind == "Country" and r == reach)
            if not any(r == reach for (_, _, r) in sums.by_key):
                continue
            self._figures_row("People reached", "", reach, letter, Decimal(rows_total), Decimal(counted))
        if headline_cell:
            self.append(
                {
                    "A": cells.value("Headline on the Cover (direct)", styles.total_label),
                    self.counted_column: cells.value(TrustedFormula(headline_cell), styles.total_count),
                }
            )

    def _figures_row(
        self, label: str, key: str, reach: str, letter: str, rows_total: Decimal, counted: Decimal
    ) -> None:
        at, cells, styles = self.at, self.cells, self.styles
        row = self.row + 1
        reach_test = (at.reach_type, f"${at.reach_type}${row}")
        key_tests = [(self._criterion_column(label), f"$B${row}")] if key else []
        counted_test = (at.counted, '"Yes"')
        self.append(
            {
                "A": cells.value(label, styles.bold),
                "B": cells.value(key) if key else None,
                at.reach_type: cells.value(reach),
                self.rows_column: cells.value(
                    _filtered_sum(letter, self.last, [reach_test, *key_tests]), styles.total_count
                ),
                self.counted_column: cells.value(
                    _filtered_sum(letter, self.last, [reach_test, *key_tests, counted_test]),
                    styles.total_count,
                ),
                self.adjust_column: cells.value(
                    TrustedFormula(f"{self.counted_column}{row}-{self.rows_column}{row}"), styles.total_count
                ),
            }
        )
        what = f"{label} {key}, {reach}".replace("  ", " ")
        self.figures.add(SHEET, f"{self.rows_column}{row}", rows_total, f"{what}: all rows")
        self.figures.add(SHEET, f"{self.counted_column}{row}", counted, f"{what}: counted")
        self.figures.add(SHEET, f"{self.adjust_column}{row}", counted - rows_total, f"{what}: overlap")

    def _criterion_column(self, breakdown: str) -> str:
        return {"Country": self.at.country, "Project": self.at.project, "Population group": self.at.group}[
            breakdown
        ]

    def _breakdowns(self, sums: _Sums) -> None:
        for breakdown, _ in BREAKDOWNS:
            for (kind, key, reach), total in sorted(sums.by_key.items()):
                if kind != breakdown:
                    continue
                letter = self.at.total if reach == "Direct" else self.at.audience
                counted = sums.counted.get((kind, key, reach), 0)
                self._figures_row(breakdown, key, reach, letter, Decimal(total), Decimal(counted))


def _index(letter: str) -> int:
    from openpyxl.utils import column_index_from_string

    return int(column_index_from_string(letter))
