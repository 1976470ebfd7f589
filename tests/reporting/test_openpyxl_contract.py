"""The donor workbook's fast rows lean on openpyxl's private sheet writer (reporting/donor_workbook/
raw_rows.py). openpyxl is pinned below its next minor release; this test fails the day the private
parts it uses change shape, before a donor gets a broken workbook."""

from __future__ import annotations

import inspect
from importlib.metadata import version

import openpyxl
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter


def test_openpyxl_is_a_release_the_raw_writer_was_checked_against() -> None:
    major, minor, *_ = version("openpyxl").split(".")
    assert (int(major), int(minor)) == (3, 1), "check raw_rows.py against the new release, then move the pin"


def test_the_private_sheet_writer_has_the_shape_raw_rows_relies_on() -> None:
    assert list(inspect.signature(WorksheetWriter.__init__).parameters)[:2] == ["self", "ws"]
    assert list(inspect.signature(WorksheetWriter.write_row).parameters) == ["self", "xf", "row", "row_idx"]
    assert inspect.isgeneratorfunction(WorksheetWriter.get_stream)
    sheet = openpyxl.Workbook(write_only=True).create_sheet("probe")
    assert isinstance(sheet, WriteOnlyWorksheet)
    assert sheet._writer is None  # set on the first append, unless raw_rows installed its own
    writer = WorksheetWriter(sheet)
    assert isinstance(writer.out, str)
    assert {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"} <= set(ERROR_CODES)
