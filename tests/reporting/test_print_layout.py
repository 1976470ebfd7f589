"""The donor workbook prints: every sheet landscape on A4 and on Letter at 70% or more, in column
groups that fit the page with the key columns repeated, with a header and a footer, wrapped text
given the height it needs, helper sheets not printed. Read with openpyxl; one test prints the
workbook to PDF with LibreOffice and reads the pages."""

from __future__ import annotations

import dataclasses
import itertools
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.workbook import Workbook

from diaspora_grants.reporting.donor_workbook import build_donor_workbook
from diaspora_grants.reporting.donor_workbook.print_layout import (
    INCHES_PER_UNIT,
    MIN_SCALE,
    PAPERS,
    text_lines,
)
from tests.reporting.libreoffice import require_libreoffice
from tests.reporting.sample_data import bha_report

#: Landscape A4 and Letter, less the side margins the workbook sets (it reads them back below).
PRINTABLE = {paper: width for paper, (width, _height) in PAPERS.items()}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("print") / "bha.xlsx"
    build_donor_workbook(bha_report(with_campaign=True), path)
    return path


@pytest.fixture(scope="module")
def workbook(built: Path) -> Workbook:
    return openpyxl.load_workbook(built)


def _printed(wb: Workbook) -> list[str]:
    return [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]


def test_helper_sheets_are_not_printed(workbook: Workbook) -> None:
    assert workbook["Lists"].sheet_state == "hidden"
    assert "Lists" not in _printed(workbook)


def test_every_sheet_has_its_page_set_up(workbook: Workbook) -> None:
    for name in _printed(workbook):
        ws = workbook[name]
        setup = ws.page_setup
        assert setup.orientation == "landscape", name
        assert setup.paperSize in ("1", "9", 1, 9), name  # Letter or A4, set
        assert int(setup.scale) >= MIN_SCALE, name
        assert not ws.sheet_properties.pageSetUpPr.fitToPage, name  # never squeezed to 4 pt
        assert ws.oddHeader.left.text and ws.oddHeader.center.text and ws.oddHeader.right.text, name
        assert ws.oddFooter.center.text == "Page &P of &N" and ws.oddFooter.right.text.startswith("Generated")


def test_header_names_programme_award_and_period(workbook: Workbook) -> None:
    header = workbook["IPTT"].oddHeader
    assert header.left.text == "DPG-BHA"
    assert header.center.text == "Award 720BHA22GR00123"
    assert header.right.text == "Semi-annual report 2022-04-01 to 2022-09-30"


def _pages_across(ws: object, widths: list[float]) -> list[list[int]]:
    breaks = sorted(b.id for b in ws.col_breaks.brk)  # type: ignore[attr-defined]
    titles = ws.print_title_cols  # type: ignore[attr-defined]
    first_free = column_index_from_string(titles.split(":")[1].strip("$")) + 1 if titles else 1
    edges = [first_free - 1, *breaks, len(widths)]
    return [list(range(a + 1, b + 1)) for a, b in itertools.pairwise(edges) if b > a]


def test_each_page_across_fits_a4_and_letter_at_its_scale(workbook: Workbook) -> None:
    for name in _printed(workbook):
        ws = workbook[name]
        last = ws.max_column
        widths = [ws.column_dimensions[get_column_letter(i)].width or 8.43 for i in range(1, last + 1)]
        titles = ws.print_title_cols
        title_count = column_index_from_string(titles.split(":")[1].strip("$")) if titles else 0
        scale = int(ws.page_setup.scale) / 100
        side = ws.page_margins.left + ws.page_margins.right
        for page in _pages_across(ws, widths):
            inches = sum(widths[i - 1] for i in [*range(1, title_count + 1), *page]) * INCHES_PER_UNIT * scale
            for paper, width in PRINTABLE.items():
                assert inches <= width - side, (name, paper, page, round(inches, 2))


def test_key_columns_and_header_rows_repeat_on_every_page(workbook: Workbook) -> None:
    iptt = workbook["IPTT"]
    assert iptt.print_title_cols == "$A:$B" and iptt.print_title_rows == "$4:$5"
    assert workbook["Reach"].print_title_cols == "$A:$B" and workbook["Reach"].print_title_rows == "$1:$2"
    assert len(iptt.col_breaks.brk) >= 2  # descriptions, figures, periods, explanations


def test_iptt_has_two_header_rows_period_then_target_actual_met(workbook: Workbook) -> None:
    iptt = workbook["IPTT"]
    merged = {str(m) for m in iptt.merged_cells.ranges}
    assert {"S4:U4", "V4:X4"} <= merged
    assert iptt["S4"].value.startswith("FY22 Q3") and iptt["V4"].value.startswith("FY22 Q4")
    assert [iptt[f"{c}5"].value for c in "STUVWX"] == ["Target", "Actual", "% met"] * 2


def test_wrapped_text_gets_the_height_it_needs(workbook: Workbook) -> None:
    checked = 0
    for name in _printed(workbook):
        ws = workbook[name]
        for row in ws.iter_rows():
            for cell in row:
                wrapped_text = isinstance(cell.value, str) and cell.alignment.wrap_text
                # The app's own formulas show short results; merged cells span several columns.
                if not wrapped_text or cell.data_type == "f" or cell.coordinate in ws.merged_cells:
                    continue
                width = ws.column_dimensions[cell.column_letter].width or 8.43
                lines = text_lines(cell.value, width)
                if lines > 1:
                    height = ws.row_dimensions[cell.row].height
                    assert height is not None and height >= lines * 14, (name, cell.coordinate, lines, height)
                    checked += 1
    assert checked > 20


def test_long_indicator_names_wrap_instead_of_running_under_the_next_column(workbook: Workbook) -> None:
    iptt = workbook["IPTT"]
    names = [r[1] for r in iptt.iter_rows(min_row=6) if r[0].value and r[1].value]
    assert names and all(c.alignment.wrap_text for c in names)
    counting = [r[7] for r in iptt.iter_rows(min_row=6) if r[7].value == "Non-summing cumulative"]
    assert counting and all(c.alignment.wrap_text for c in counting)


@pytest.mark.libreoffice
def test_printed_by_libreoffice_the_pages_read_as_a_donor_needs(built: Path, tmp_path: Path) -> None:
    require_libreoffice()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for paper, code in (("a4", 9), ("letter", 1)):
        wb = openpyxl.load_workbook(built)
        for ws in wb.worksheets:
            ws.page_setup.paperSize = code
        source = tmp_path / f"{paper}.xlsx"
        wb.save(source)
        profile = f"-env:UserInstallation=file://{tmp_path}/lo-{paper}"
        command = [
            "soffice",
            profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=180)
        text = subprocess.run(
            ["pdftotext", "-layout", str(tmp_path / f"{paper}.pdf"), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        pages = text.split("\f")
        legend = [i for i, p in enumerate(pages) if "Legend" in p and "Cover" in p]
        assert legend and "Live formulas" in pages[legend[0]], paper  # the legend is whole on one page
        iptt = [p for p in pages if p.lstrip().startswith("DPG-BHA") and "\nIPTT" in p]
        assert any("Target" in p and "Actual" in p and "% met" in p for p in iptt), paper
        assert all("Page " in p for p in pages if p.strip()), paper  # every page has its footer
        assert len(pages) < 80, paper  # not one sliver of a column per page


def test_a_blank_award_number_says_so(tmp_path: Path) -> None:
    data = bha_report()
    data = dataclasses.replace(data, cover=dataclasses.replace(data.cover, award_number=""))
    build_donor_workbook(data, tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert wb["IPTT"].oddHeader.center.text == "Award award number not recorded"
    assert "award ;" not in wb["IPTT"]["A2"].value
