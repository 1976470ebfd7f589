"""User text can never become a formula, break the XML, or overflow a cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from diaspora_grants.reporting.safe_cells import (
    MAX_CELL_CHARS,
    TRUNCATION_NOTICE,
    CellFactory,
    TrustedFormula,
    clean_text,
    csv_text,
    safe_sheet_name,
)

HOSTILE = ['=HYPERLINK("http://evil.example","click")', "+1", "-2", "@SUM(A1:A2)", "\tx", "\rcmd", " =1+1"]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_a_quoted_string_after_reloading(tmp_path: Path, text: str) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    cells = CellFactory(ws)
    ws.append([cells.value(text), cells.value(TrustedFormula("1+1"))])
    wb.save(tmp_path / "s.xlsx")

    cell, formula = openpyxl.load_workbook(tmp_path / "s.xlsx")["S"]["A1:B1"][0]
    assert cell.data_type == "s"
    assert cell.value == text
    assert cell.quotePrefix is True
    assert formula.data_type == "f"  # only the app's own formula is a formula


def test_nul_start_is_removed_and_still_quoted(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    ws.append([CellFactory(ws).value("\0=1+1")])
    wb.save(tmp_path / "s.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "s.xlsx")["S"]["A1"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("=1+1", "s", True)


def test_ordinary_text_and_numbers_are_left_alone(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    cells = CellFactory(ws)
    ws.append([cells.value("Beirut"), cells.value(-2), cells.plain("Bekaa"), cells.plain("=1")])
    wb.save(tmp_path / "s.xlsx")
    a, b, c, d = openpyxl.load_workbook(tmp_path / "s.xlsx")["S"]["A1:D1"][0]
    assert (a.value, a.quotePrefix) == ("Beirut", False)
    assert (b.value, b.data_type) == (-2, "n")
    assert c.value == "Bekaa"
    assert (d.value, d.data_type, d.quotePrefix) == ("=1", "s", True)


def test_control_characters_are_removed(tmp_path: Path) -> None:
    text = "Report\x00 for\x07 Tunis\x1b\tline\nnext"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    ws.append([CellFactory(ws).value(text)])
    wb.save(tmp_path / "s.xlsx")  # openpyxl would raise IllegalCharacterError on the raw text
    assert openpyxl.load_workbook(tmp_path / "s.xlsx")["S"]["A1"].value == "Report for Tunis\tline\nnext"


def test_text_longer_than_a_cell_is_cut_with_a_notice(tmp_path: Path) -> None:
    text = "a" * 40_000
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("S")
    cells = CellFactory(ws)
    ws.append([cells.value(text)])
    wb.save(tmp_path / "s.xlsx")
    value = openpyxl.load_workbook(tmp_path / "s.xlsx")["S"]["A1"].value
    assert len(value) == MAX_CELL_CHARS
    assert value.endswith(TRUNCATION_NOTICE)
    assert cells.cut_texts == 1
    assert clean_text("short") == ("short", False)


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_text_gets_an_apostrophe(text: str) -> None:
    assert csv_text(text).startswith("'")


def test_csv_leaves_plain_text() -> None:
    assert csv_text("Sfax") == "Sfax"
    assert csv_text("\0@x") == "'@x"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Budget/Actual [2022]: Q3?", "Budget_Actual _2022__ Q3_"), ("x" * 40, "x" * 31), ("", "Sheet")],
)
def test_sheet_names_are_sanitised(name: str, expected: str) -> None:
    assert safe_sheet_name(name) == expected


def test_sheet_names_are_unique() -> None:
    assert safe_sheet_name("Reach", {"reach"}) == "Reach (2)"
    assert len(safe_sheet_name("y" * 31, {"y" * 31})) == 31


def test_trusted_formula_is_given_without_equals() -> None:
    with pytest.raises(ValueError, match="leading"):
        TrustedFormula("=SUM(A1)")
