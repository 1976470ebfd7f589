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


def test_template_dry_run_import_and_second_import(home: Path) -> None:
    out = home / "lb-media-q4.xlsx"
    made = run_cli(
        "template", "--project", "LB-MEDIA-01", "--period", "2022-Q4", "--out", str(out), home=home
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
