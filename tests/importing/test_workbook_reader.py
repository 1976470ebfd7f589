"""The reader maps columns by header and refuses workbooks that can be read more than one way."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from diaspora_grants.importing.lean_reading import lean_rows
from diaspora_grants.importing.problems import ImportRejectedError
from diaspora_grants.importing.workbook_reader import Column, WorkbookReader

from .fixtures import write_book

COLUMNS = (Column("Code", required=True), Column("Status"), Column("Source"), Column("Note"))


def _rows(path: Path, columns: tuple[Column, ...] = COLUMNS) -> tuple[list[tuple[object, ...]], list[str]]:
    with WorkbookReader(path) as reader:
        table = reader.table("Sheet", columns)
        return [values for _, values in table.rows()], list(table.unknown_headers)


def test_an_absent_column_reads_as_empty_even_when_an_unknown_column_follows(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "x.xlsx",
        {"Sheet": [["Code", "Status", "Checked by"], ["A", "approved", "Amal"], ["B", None, "Omar"]]},
    )
    rows, unknown = _rows(path)
    assert rows == [("A", "approved", None, None), ("B", None, None, None)]
    assert unknown == ["Checked by"]


def test_a_missing_column_in_the_middle_does_not_shift_the_others(tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "x.xlsx",
        {"Sheet": [["Note", "Extra 1", "Code", "Extra 2", "Extra 3"], ["n", "e1", "A", "e2", "e3"]]},
    )
    rows, unknown = _rows(path)
    assert rows == [("A", None, None, "n")]
    assert unknown == ["Extra 1", "Extra 2", "Extra 3"]


def test_rows_with_data_only_in_unknown_columns_are_not_records(tmp_path: Path) -> None:
    sheet: list[list[object]] = [["Code", "Status", "Remarks"], ["A", None, None]]
    sheet += [[None, None, f"remark {n}"] for n in range(500)]
    rows, _ = _rows(write_book(tmp_path / "x.xlsx", {"Sheet": sheet}))
    assert rows == [("A", None, None, None)]


def test_missing_required_columns_are_one_problem_for_the_sheet(tmp_path: Path) -> None:
    columns = (Column("Code", required=True), Column("Name", required=True), Column("Value", required=True))
    path = write_book(tmp_path / "x.xlsx", {"Sheet": [["Note"], ["n"]]})
    with WorkbookReader(path) as reader:
        problems = reader.table("Sheet", columns).problems
    assert len(problems) == 1
    assert (problems[0].sheet, problems[0].row) == ("Sheet", 1)
    assert "'Code', 'Name' and 'Value'" in problems[0].message


@pytest.mark.parametrize("twin", ["ORGANISATIONS ", "organisations", " Organisations", "organisations  "])
def test_two_sheets_that_differ_only_in_case_or_spaces_are_refused(tmp_path: Path, twin: str) -> None:
    # openpyxl would rename a second "organisations"; Excel files made by other programs can hold it.
    source = write_book(
        tmp_path / "s.xlsx", {"Organisations": [["Name"], ["A"]], "Placeholder": [["Name"], ["B"]]}
    )
    with zipfile.ZipFile(source) as archive:
        workbook = archive.read("xl/workbook.xml")
    twins = {"xl/workbook.xml": workbook.replace(b'name="Placeholder"', f'name="{twin}"'.encode())}
    path = _rewrite(source, tmp_path / "twins.xlsx", twins)
    with pytest.raises(ImportRejectedError) as caught:
        WorkbookReader(path)
    [problem] = caught.value.problems
    assert "twins.xlsx" in problem.message and "Organisations" in problem.message


def _rewrite(
    source: Path, target: Path, change: dict[str, bytes], extra: dict[str, bytes] | None = None
) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for entry in old.infolist():
            new.writestr(entry.filename, change.get(entry.filename, old.read(entry)))
        for name, data in (extra or {}).items():
            with pytest.warns(UserWarning, match="Duplicate name"):
                new.writestr(name, data)
    return target


def test_a_zip_with_two_entries_of_one_part_is_refused(tmp_path: Path) -> None:
    source = write_book(tmp_path / "s.xlsx", {"Sheet": [["Code"], ["A"]]})
    with zipfile.ZipFile(source) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    doubled = _rewrite(
        source, tmp_path / "doubled.xlsx", {}, {"xl/worksheets/sheet1.xml": sheet.replace(b">A<", b">B<")}
    )
    with pytest.raises(ImportRejectedError) as caught:
        WorkbookReader(doubled)
    [problem] = caught.value.problems
    assert "doubled.xlsx" in problem.message and "xl/worksheets/sheet1.xml" in problem.message


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'<row r="3"', b'<row r="-5"'),
        (b'<row r="3"', b'<row r="2"'),  # a row numbered twice
        (b'<row r="3"', b'<row r="x"'),
        (b'<row r="3"', b'<row r="1048577"'),
        (b'r="A3"', b'r="A-5"'),
        (b'r="A3"', b'r="A0"'),
    ],
)
def test_invalid_row_numbers_are_refused(tmp_path: Path, old: bytes, new: bytes) -> None:
    source = write_book(tmp_path / "s.xlsx", {"Sheet": [["Code"], ["A"], ["B"]]})
    with zipfile.ZipFile(source) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert old in sheet
    broken = _rewrite(source, tmp_path / "rows.xlsx", {"xl/worksheets/sheet1.xml": sheet.replace(old, new)})
    with pytest.raises(ImportRejectedError) as caught:
        WorkbookReader(broken)
    [problem] = caught.value.problems
    assert "rows.xlsx" in problem.message and "row" in problem.message


def test_rows_without_numbers_are_read_in_order(tmp_path: Path) -> None:
    """Row and cell numbers are optional in the format; files that leave them out are fine."""
    source = write_book(tmp_path / "s.xlsx", {"Sheet": [["Code"], ["A"], ["B"]]})
    with zipfile.ZipFile(source) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    for number in (1, 2, 3):
        sheet = sheet.replace(f' r="{number}"'.encode(), b"").replace(f' r="A{number}"'.encode(), b"")
    plain = _rewrite(source, tmp_path / "plain.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    rows, _ = _rows(plain, (Column("Code"),))
    assert rows == [("A",), ("B",)]


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#: Inline strings in the forms a file may hold them: plain, in runs, with phonetic runs, blank
#: space kept, empty, two plain texts, a formula's cached text, a cell without a reference.
_INLINE_CELLS = (
    '<c r="A{n}" t="inlineStr"><is><t>plain {n}</t></is></c>',
    '<c r="B{n}" t="inlineStr"><is><r><rPr><b/></rPr><t>bold</t></r><r><t xml:space="preserve"> and </t></r>'
    "<r><t>runs</t></r></is></c>",
    '<c r="C{n}" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="1"><t>かんじ</t></rPh></is></c>',
    '<c r="D{n}" t="inlineStr" s="0"><is><t xml:space="preserve">  spaced  </t></is></c>',
    '<c r="E{n}" t="inlineStr"><is><t/></is></c>',
    '<c r="F{n}" t="inlineStr"><is><t>first</t><t>second</t><r><t>run</t></r></is></c>',
    '<c r="G{n}" t="inlineStr"><f>"x"&amp;"y"</f><is><t>xy</t></is></c>',
    '<c t="inlineStr"><is><t>no reference</t></is></c>',
    '<c r="J{n}" t="inlineStr"></c>',
    '<c r="K{n}"><v>12.5</v></c>',
)


def _inline_book(path: Path) -> Path:
    write_book(path, {"Sheet": [["x"]]})
    rows = "".join(f'<row r="{n}">{"".join(c.format(n=n) for c in _INLINE_CELLS)}</row>' for n in (1, 2, 4))
    sheet = f'<worksheet xmlns="{_MAIN}"><sheetData>{rows}</sheetData></worksheet>'
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_inline_strings_read_as_openpyxl_reads_them(tmp_path: Path) -> None:
    """The reader joins inline strings itself (openpyxl builds rich text objects to join them)."""
    from openpyxl import load_workbook

    path = _inline_book(tmp_path / "inline.xlsx")
    plain = load_workbook(path, read_only=True)
    expected = list(plain["Sheet"].iter_rows(values_only=True))
    plain.close()
    with WorkbookReader(path) as reader:
        read = list(lean_rows(reader.sheet("Sheet").iter_rows(values_only=True)))
    assert read == expected
    assert read[0][:6] == ("plain 1", "bold and runs", "漢字", "  spaced  ", "", "secondrun")
    assert read[0][7:11] == ("no reference", None, None, 12.5)


@pytest.mark.parametrize("write_only", [False, True], ids=["size stated", "size not stated"])
def test_a_sheet_reads_as_openpyxl_reads_it_whether_or_not_it_states_its_size(
    tmp_path: Path, write_only: bool
) -> None:
    """The reader finds a sheet's size in its head only (not parsing it twice when it states none)."""
    from openpyxl import Workbook, load_workbook

    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("Sheet") if write_only else book.active
    assert sheet is not None
    if not write_only:
        sheet.title = "Sheet"
    for row in [["Code", "Status"], ["A", "approved"], [None, None], ["B", None, None, "x"]]:
        sheet.append(row)
    path = tmp_path / "x.xlsx"
    book.save(path)
    plain = load_workbook(path, read_only=True)
    with WorkbookReader(path) as reader:
        ours = reader.sheet("Sheet")
        assert (ours.max_row, ours.max_column) == (plain["Sheet"].max_row, plain["Sheet"].max_column)
        assert list(ours.values) == list(plain["Sheet"].values)
    plain.close()
    assert (plain["Sheet"].max_row is None) == write_only


def test_other_reading_of_workbooks_is_openpyxls_own_once_the_reader_is_closed(tmp_path: Path) -> None:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet._reader import WorkSheetParser

    before = (WorkSheetParser.parse_cell, ReadOnlyWorksheet._get_size)
    path = _inline_book(tmp_path / "inline.xlsx")
    with WorkbookReader(path) as first, WorkbookReader(path) as second:
        assert WorkSheetParser.parse_cell is not before[0]
        first.close()
        assert list(second.sheet("Sheet").values)
    assert (WorkSheetParser.parse_cell, ReadOnlyWorksheet._get_size) == before
