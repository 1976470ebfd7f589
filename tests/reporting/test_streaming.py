"""Reach rows are streamed: memory does not grow with the number of rows written."""

from __future__ import annotations

import dataclasses
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import openpyxl

from diaspora_grants.reporting.donor_workbook import ReachRow, write_reach_workbook
from tests.reporting.sample_data import reach_rows

BASE = list(reach_rows())[:72]


def _rows(count: int) -> Iterator[ReachRow]:
    for index in range(count):
        yield dataclasses.replace(BASE[index % len(BASE)], row_id=f"R{index:07d}")


def _peak_bytes(count: int, path: Path) -> int:
    tracemalloc.start()
    try:
        write_reach_workbook(_rows(count), path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_rows_grow(tmp_path: Path) -> None:
    small = _peak_bytes(200, tmp_path / "small.xlsx")
    large = _peak_bytes(1_000, tmp_path / "large.xlsx")
    # five times the rows: a list of rows would need five times the memory
    assert large < small * 1.3 + 256 * 1024, (small, large)


def test_streamed_workbook_has_every_row_and_the_summary(tmp_path: Path) -> None:
    result = write_reach_workbook(_rows(1_000), tmp_path / "reach.xlsx")
    assert result.reach_rows == 1_000
    sheet = openpyxl.load_workbook(tmp_path / "reach.xlsx", read_only=True)["Reach"]
    values = list(sheet.iter_rows(values_only=True))
    assert values[2][0] == "R0000000" and values[1_001][0] == "R0000999"
    assert any(row and row[0] == "All rows" for row in values[1_002:])
