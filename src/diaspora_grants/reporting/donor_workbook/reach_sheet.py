"""The Reach sheet: rows streamed from an iterator, then a filter-aware summary block.

The summary adds rows up with SUBTOTAL(109, ...) so a filter is respected, split by reach type
because direct and indirect reach are never added together. Criteria refer to the label cells of
the summary row, so no user text ever appears inside a formula.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter

from openpyxl.cell.cell import Cell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from diaspora_grants.reporting.donor_workbook.columns import Column, Kind, reach_columns
from diaspora_grants.reporting.donor_workbook.model import ReachRow
from diaspora_grants.reporting.donor_workbook.raw_rows import install_raw_writer
from diaspora_grants.reporting.donor_workbook.reach_xml import RowRenderer
from diaspora_grants.reporting.donor_workbook.sheet_tools import (
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
SUMMARY_NOTE = (
    "Summary: filter-aware sums of the rows above (SUBTOTAL 109). Rows can count the same person "
    "more than once; the programme's unique people reached is on the Cover."
)
BREAKDOWNS = (
    ("Country", "country_iso2"),
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
        self.reach_type = letters["Reach type (Direct/Indirect)"]
        self.country = letters["Country (ISO2)"]
        self.project = letters["Project code"]
        self.group = letters["Population group"]
        self.total = letters["Total"]
        self.numeric = [
            (column(i), c) for i, c in enumerate(columns, start=1) if c.kind in (Kind.COUNT, Kind.TOTAL)
        ]
        self.last = column(len(columns))


def write_reach_sheet(
    ws: WriteOnlyWorksheet,
    cells: CellFactory,
    rows: Iterable[ReachRow],
    age_bands: tuple[str, ...],
    figures: Figures,
    *,
    render_rows: bool = True,
) -> ReachSheetResult:
    """`render_rows=False` writes every data row through openpyxl's cells (the reference output
    the rendered rows must equal)."""
    columns = reach_columns(age_bands)
    styles = SheetStyles(cells)
    at = _Positions(columns)
    prepare_sheet(ws, [c.width for c in columns], freeze="C3", title_rows="1:2")
    renderer = RowRenderer(ws, styles, columns)
    raw = install_raw_writer(ws) if render_rows and renderer.usable else None
    write_header(ws, cells, styles, columns, hxl=True)

    writer = RowWriter(cells, styles, columns)
    # Plain numbers while rows pass (far cheaper than Decimal), Decimal once at the end.
    sums: dict[tuple[str, str, str], int | Decimal] = defaultdict(int)  # (breakdown, key, reach) -> total
    column_sums: dict[tuple[str, str], int | Decimal] = defaultdict(int)  # (reach, letter) -> sum
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
        reach = record.reach_type.capitalize()
        total = record.total
        if figures.takes_row_figures_of(SHEET):
            figures.add_row_figure(
                SHEET, f"{at.total}{row_index}", Decimal(total), f"row {record.row_id} total"
            )
        for letter, spec in at.numeric:
            value = spec.get(record)
            if isinstance(value, int | Decimal):
                column_sums[(reach, letter)] += value
        for breakdown, key_of in breakdown_keys:
            sums[(breakdown, str(key_of(record)), reach)] += total

    ws.auto_filter.ref = f"A2:{at.last}{max(row_index, 2)}"
    if row_index >= FIRST_DATA_ROW:
        _write_summary(
            ws,
            cells,
            styles,
            at,
            row_index,
            {key: Decimal(value) for key, value in sums.items()},
            defaultdict(Decimal, {key: Decimal(value) for key, value in column_sums.items()}),
            figures,
        )
    return ReachSheetResult(rows_written=row_index - FIRST_DATA_ROW + 1, last_row=row_index)


def _filtered_sum(letter: str, last: int, criteria: list[tuple[str, str]]) -> TrustedFormula:
    first = FIRST_DATA_ROW
    visible = (
        f"SUBTOTAL(109,OFFSET({letter}{first},ROW({letter}{first}:{letter}{last})-ROW({letter}{first}),0))"
    )
    tests = "".join(f",--({col}{first}:{col}{last}={label_cell})" for col, label_cell in criteria)
    return TrustedFormula(f"SUMPRODUCT({visible}{tests})")


def _write_summary(
    ws: WriteOnlyWorksheet,
    cells: CellFactory,
    styles: SheetStyles,
    at: _Positions,
    last: int,
    sums: dict[tuple[str, str, str], Decimal],
    column_sums: dict[tuple[str, str], Decimal],
    figures: Figures,
) -> None:
    ws.append([])
    ws.append([cells.value(SUMMARY_NOTE, styles.bold)])
    row = last + 2  # blank row, then the note
    reach_types = sorted({reach for reach, _ in column_sums})
    headers = {"A": "Breakdown", "B": "Value", at.reach_type: "Reach type"}
    headers.update({letter: spec.header for letter, spec in at.numeric})
    row += 1
    ws.append(placed_row({letter: cells.value(text, styles.header) for letter, text in headers.items()}))

    for reach in reach_types:  # every numeric column, per reach type
        row += 1
        placed: dict[str, Cell | str | None] = {
            "A": cells.value("All rows", styles.total_label),
            at.reach_type: cells.value(reach, styles.total_label),
        }
        for letter, _spec in at.numeric:
            placed[letter] = cells.value(
                _filtered_sum(letter, last, [(at.reach_type, f"${at.reach_type}${row}")]), styles.total_count
            )
            figures.add(SHEET, f"{letter}{row}", column_sums[(reach, letter)], f"all rows, {reach}, {letter}")
        ws.append(placed_row(placed))

    for breakdown, attribute in BREAKDOWNS:
        criterion_column = {
            "country_iso2": at.country,
            "project_code": at.project,
            "population_group": at.group,
        }[attribute]
        for (kind, key, reach), total in sorted(sums.items()):
            if kind != breakdown:
                continue
            row += 1
            formula = _filtered_sum(
                at.total, last, [(at.reach_type, f"${at.reach_type}${row}"), (criterion_column, f"$B${row}")]
            )
            ws.append(
                placed_row(
                    {
                        "A": cells.value(breakdown, styles.bold),
                        "B": cells.value(key),
                        at.reach_type: cells.value(reach),
                        at.total: cells.value(formula, styles.total_count),
                    }
                )
            )
            figures.add(SHEET, f"{at.total}{row}", total, f"{breakdown} {key}, {reach}")
