"""IPTT rows rendered straight into the sheet XML are byte for byte what openpyxl's cells give."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import openpyxl
from openpyxl import Workbook

from diaspora_grants.reporting.donor_workbook.iptt import write_iptt_sheet
from diaspora_grants.reporting.donor_workbook.model import DonorReportData, IpttDisaggregation
from diaspora_grants.reporting.donor_workbook.raw_rows import RawRowsWriter
from diaspora_grants.reporting.donor_workbook.sheet_tools import ExpectedFigure, Figures
from diaspora_grants.reporting.safe_cells import CellFactory
from tests.reporting.same_bytes import assert_same_parts
from tests.reporting.sample_data import bha_report
from tests.reporting.test_reach_rows_rendered import AWKWARD_TEXTS


def _report() -> DonorReportData:
    report = bha_report()
    first, *others = report.indicators
    awkward = [
        dataclasses.replace(
            first,
            number=f"A{index}",
            name=text,
            source=text,
            comments=text,
            disaggregations=(IpttDisaggregation(label=text, loa_target=Decimal("2.5"), loa_actual=3),),
        )
        for index, text in enumerate(AWKWARD_TEXTS)
    ]
    many_parts = dataclasses.replace(
        first,
        number="M1",
        disaggregations=tuple(
            IpttDisaggregation(label=f"Part {n}", loa_target=n, loa_actual=n * 2) for n in range(12)
        ),
    )
    return dataclasses.replace(report, indicators=(first, *others, *awkward, many_parts))


def _write(path: Path, *, render_rows: bool) -> tuple[list[ExpectedFigure], Workbook]:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("IPTT")
    figures = Figures(max_row_figures=5)
    write_iptt_sheet(ws, CellFactory(ws), _report(), figures, render_rows=render_rows)
    wb.save(path)
    return figures.items, wb


def test_rendered_iptt_rows_equal_openpyxl_cells_byte_for_byte(tmp_path: Path) -> None:
    rendered_figures, rendered_book = _write(tmp_path / "rendered.xlsx", render_rows=True)
    reference_figures, _ = _write(tmp_path / "reference.xlsx", render_rows=False)

    assert isinstance(rendered_book.worksheets[0]._writer, RawRowsWriter)  # the fast path was taken
    assert rendered_figures == reference_figures
    assert_same_parts(tmp_path / "rendered.xlsx", tmp_path / "reference.xlsx")


def test_disaggregation_figures_stop_at_the_limit_but_indicator_figures_never_do(tmp_path: Path) -> None:
    figures, _ = _write(tmp_path / "rendered.xlsx", render_rows=True)
    labels = [f.label for f in figures]

    assert sum(1 for label in labels if label.startswith("M1 Part")) <= 5
    # every indicator's own LOA and period % met, however many disaggregation rows came before
    assert "M1 LOA % met" in labels
    assert {"M1 FY22 Q3 % met", "M1 FY22 Q4 % met"} <= set(labels)


def test_awkward_indicator_text_reads_back_as_typed_and_never_as_a_formula(tmp_path: Path) -> None:
    _write(tmp_path / "rendered.xlsx", render_rows=True)
    sheet = openpyxl.load_workbook(tmp_path / "rendered.xlsx")["IPTT"]
    names = {row[0].value: row[1] for row in sheet.iter_rows(min_row=6) if row[1].value}

    assert names["A0"].value == AWKWARD_TEXTS[0]
    assert names["A8"].value == "😀 مرحبا"
    formula_text = names["A3"]
    assert formula_text.data_type == "s" and formula_text.quotePrefix
    assert names["A7"].value == "bellchar"
