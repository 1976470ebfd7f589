"""template and import through the real command line: preview, problems by cell, exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.runner import run_cli


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("import-cli")
    loaded = run_cli("demo", home=folder, timeout=300)
    assert loaded.returncode == 0, loaded.stderr
    return folder


def _fill_first_empty_value(path: Path, value: object) -> int:
    book = load_workbook(path)
    sheet = book["Results"]
    for row in sheet.iter_rows(min_row=2):
        if row[7].value is None and row[4].value is not None:
            row[7].value = value
            book.save(path)
            return int(row[7].row)
    raise AssertionError("the template has no empty value cell")


def test_approved_results_in_a_template_are_refused_until_reopened(home: Path) -> None:
    out = home / "lb-media-q4.xlsx"
    made = run_cli(
        "template", "--project", "LB-MEDIA-01", "--period", "2022-Q4", "--out", str(out), home=home
    )
    assert made.returncode == 0, made.stderr
    _fill_first_empty_value(out, 25)
    refused = run_cli("import", str(out), "--dry-run", "--json", home=home)
    assert refused.returncode == 1
    problem = json.loads(refused.stdout)["problems"][0]
    assert (problem["sheet"], problem["column"]) == ("Results", "Value")
    assert "are approved: reopen them with a reason" in problem["message"]


def test_template_dry_run_import_and_second_import(home: Path) -> None:
    out = home / "lb-media-q1.xlsx"
    made = run_cli(
        "template", "--project", "LB-MEDIA-01", "--period", "2022-Q1", "--out", str(out), home=home
    )
    assert made.returncode == 0, made.stderr
    assert out.exists() and "rows" in made.stdout
    _fill_first_empty_value(out, 25)

    dry = run_cli("import", str(out), "--dry-run", "--json", home=home)
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert preview["kind"] == "results template" and not preview["committed"]
    assert preview["sheets"][0]["created"] == 1

    done = run_cli("import", str(out), home=home)
    assert done.returncode == 0, done.stderr
    assert "imported: 1 change(s)" in done.stdout
    again = run_cli("import", str(out), home=home)
    assert again.returncode == 0 and "imported: 0 change(s)" in again.stdout


def test_bad_cell_is_reported_by_sheet_row_and_column(home: Path) -> None:
    out = home / "lb-media-q1.xlsx"
    assert (
        run_cli(
            "template", "--project", "LB-MEDIA-01", "--period", "2022-Q1", "--out", str(out), home=home
        ).returncode
        == 0
    )
    row = _fill_first_empty_value(out, "lots")
    result = run_cli("import", str(out), home=home)
    assert result.returncode == 1
    assert f"Results, row {row}, column Value" in result.stderr and "nothing was saved" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 broken", b"name,value\nx,1\n"])
def test_broken_files_give_one_line_and_exit_1(home: Path, content: bytes) -> None:
    path = home / "broken.xlsx"
    path.write_bytes(content)
    result = run_cli("import", str(path), home=home)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "(file)" in result.stderr


def test_unknown_project_is_one_line(home: Path) -> None:
    result = run_cli(
        "template", "--project", "NOPE", "--period", "2022-Q1", "--out", str(home / "x.xlsx"), home=home
    )
    assert result.returncode == 1 and "NOPE" in result.stderr and "Traceback" not in result.stderr


def test_many_rows_breaking_one_rule_print_as_one_line(home: Path) -> None:
    from openpyxl import Workbook

    from diaspora_grants.reporting.data_format import RESULTS

    book = Workbook()
    sheet = book.active
    sheet.title = "Results"
    sheet.append(list(RESULTS.headers))
    plain = {
        "Programme": "BHA-DIASPORA-2022", "Project": "LB-MEDIA-01", "Indicator": "BHA-1", "Period": "2024-02",
        "Value": 3,
    }  # fmt: skip
    for _ in range(400):
        sheet.append([plain.get(h) for h in RESULTS.headers])
    path = home / "many.xlsx"
    book.save(path)

    result = run_cli("import", str(path), home=home)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    period_lines = [line for line in lines if "'2024-02' does not exist" in line]
    assert period_lines == [
        "  Results, rows 2-401, column Period: '2024-02' does not exist (400 rows); "
        "add it on the Periods sheet or correct it"
    ]
    assert len(lines) < 10

    listed = json.loads(run_cli("import", str(path), "--json", home=home).stdout)["problems"]
    assert sum("'2024-02' does not exist" in p["message"] for p in listed) == 400


def test_template_in_arabic_and_its_problems_in_arabic(home: Path) -> None:
    out = home / "lb-media-q3-ar.xlsx"
    made = run_cli(
        "template", "--project", "LB-MEDIA-01", "--period", "2022-Q3", "--lang", "ar", "--out", str(out),
        home=home,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    book = load_workbook(out)
    sheet = book["النتائج"]
    assert sheet.sheet_view.rightToLeft and sheet["H1"].value == "القيمة"
    row = next(r[7].row for r in sheet.iter_rows(min_row=2) if r[7].value is None and r[4].value is not None)
    sheet.cell(row=row, column=8).value = "كثير"
    book.save(out)

    result = run_cli("import", str(out), "--json", home=home)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    [problem] = json.loads(result.stdout)["problems"]
    assert (problem["sheet"], problem["row"], problem["column"]) == ("النتائج", row, "القيمة")
    assert problem["message"] == "«كثير» ليس عدداً"


def test_template_refuses_a_language_it_does_not_have(home: Path) -> None:
    result = run_cli(
        "template", "--project", "LB-MEDIA-01", "--period", "2022-Q3", "--lang", "de", "--out",
        str(home / "de.xlsx"), home=home,
    )  # fmt: skip
    assert result.returncode == 2 and "invalid choice: 'de'" in result.stderr
    assert not (home / "de.xlsx").exists()
