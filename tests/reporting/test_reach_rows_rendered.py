"""Reach rows rendered straight into the sheet XML are byte for byte what openpyxl's cells give."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl import Workbook

from diaspora_grants.domain.enums import DEFAULT_AGE_BANDS
from diaspora_grants.reporting.donor_workbook import ReachRow
from diaspora_grants.reporting.donor_workbook.raw_rows import RawRowsWriter
from diaspora_grants.reporting.donor_workbook.reach_sheet import write_reach_sheet
from diaspora_grants.reporting.donor_workbook.sheet_tools import ExpectedFigure, Figures
from diaspora_grants.reporting.safe_cells import CellFactory
from tests.reporting.same_bytes import assert_same_parts
from tests.reporting.sample_data import reach_rows

# Text a partner may type: markup characters, accents, emoji, edge blanks, formulas, error codes,
# characters XML forbids, carriage returns, text beyond the cell limit.
AWKWARD_TEXTS = (
    "Café & <Co> \"quoted\" 'single'",
    " leading blank",
    "trailing blank ",
    '=HYPERLINK("http://evil", "click")',
    "#N/A",
    "carriage\rreturn",
    "tab\tand\nnewline",
    "bell\x07char",
    "😀 مرحبا",
    "x" * 40_000,
    "-5",
)


def _rows() -> list[ReachRow]:
    base = list(reach_rows())
    rows = list(base)
    for index, text in enumerate(AWKWARD_TEXTS):
        rows.append(
            dataclasses.replace(base[index % len(base)], partner=text, source=text, row_id=f"T{index}")
        )
    # a value of another type than the model's takes openpyxl's own path, still identical
    rows.append(dataclasses.replace(base[0], disabled=Decimal("3"), row_id="DEC"))  # type: ignore[arg-type]
    rows.append(dataclasses.replace(base[0], unknown=0, disabled=0, admin1="", row_id="ZERO"))
    return rows


def _write(path: Path, *, render_rows: bool) -> tuple[list[ExpectedFigure], Workbook]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Reach")
    figures = Figures(max_row_figures=5)
    write_reach_sheet(ws, CellFactory(ws), _rows(), DEFAULT_AGE_BANDS, figures, render_rows=render_rows)
    wb.save(path)
    return figures.items, wb


def test_rendered_rows_equal_openpyxl_cells_byte_for_byte(tmp_path: Path) -> None:
    rendered_figures, rendered_book = _write(tmp_path / "rendered.xlsx", render_rows=True)
    reference_figures, _ = _write(tmp_path / "reference.xlsx", render_rows=False)

    assert isinstance(rendered_book.worksheets[0]._writer, RawRowsWriter)  # the fast path was taken
    assert rendered_figures == reference_figures
    assert_same_parts(tmp_path / "rendered.xlsx", tmp_path / "reference.xlsx")


def test_awkward_text_reads_back_as_typed_and_never_as_a_formula(tmp_path: Path) -> None:
    _write(tmp_path / "rendered.xlsx", render_rows=True)
    sheet = openpyxl.load_workbook(tmp_path / "rendered.xlsx")["Reach"]
    partners = {row[0].value: row[2] for row in sheet.iter_rows(min_row=3) if row[0].value}

    assert partners["T0"].value == AWKWARD_TEXTS[0]
    assert partners["T1"].value == " leading blank"
    assert partners["T5"].value == "carriage\rreturn"
    assert partners["T8"].value == "😀 مرحبا"
    formula_text = partners["T3"]
    assert formula_text.data_type == "s" and formula_text.quotePrefix
    assert partners["T7"].value == "bellchar"  # the forbidden character removed, not the file broken
