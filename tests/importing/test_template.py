"""The partner results template: rows, labels, lists, protection, hidden identity and the round trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from diaspora_grants.domain.enums import ResultStatus
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.importing.problems import ImportRejectedError
from diaspora_grants.services.registry import Services

from .fixtures import small_programme

#: 2 locations x (6 groups x 3 sexes x 4 age bands) for PEOPLE, plus 2 locations for SHARE.
EXPECTED_ROWS = 2 * 6 * 3 * 4 + 2


def _fill(path: Path, values: dict[tuple[str, str, str | None, str | None, str | None], object]) -> Path:
    book = load_workbook(path)
    sheet = book["Results"]
    for row in sheet.iter_rows(min_row=2):
        key = (row[0].value, row[3].value, row[4].value, row[5].value, row[6].value)
        if key in values:
            row[7].value = values[key]
    book.save(path)
    return path


def test_template_has_the_expected_rows_lists_protection_and_identity(
    services: Services, tmp_path: Path
) -> None:
    small_programme(services)
    info = DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "t.xlsx")
    assert info.rows == EXPECTED_ROWS
    book = load_workbook(info.path)
    assert book.sheetnames[0] == "Instructions"
    sheet = book["Results"]
    assert sheet.max_row == EXPECTED_ROWS + 1
    assert sheet.protection.sheet and sheet["A1"].protection.locked and not sheet["H2"].protection.locked
    assert sheet.column_dimensions["K"].hidden
    ranges = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert any(r.startswith("E2") for r in ranges) and any(r.startswith("G2") for r in ranges)
    assert book["_template"].sheet_state == "veryHidden"
    assert {sheet.cell(row=r, column=4).value for r in range(2, sheet.max_row + 1)} == {"Tunis", "Sfax"}


def test_filled_template_imports_as_submitted_and_twice_changes_nothing(
    services: Services, tmp_path: Path
) -> None:
    small = small_programme(services)
    path = DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "t.xlsx").path
    _fill(
        path,
        {
            ("PEOPLE", "Tunis", "migrants", "female", "18-59"): 40,
            ("PEOPLE", "Sfax", "refugees", "male", "0-17"): 12,
            ("SHARE", "Tunis", None, None, None): 61.5,
        },
    )
    preview = DataExchange(services).preview_import(path)
    assert preview.kind == "results template" and preview.ok
    assert (preview.sheets[0].created, preview.sheets[0].changed) == (3, 0)
    report = DataExchange(services).commit_import(path)
    assert report.changes == 3
    grid = services.results.grid(small.project_id, small.people, small.q1)
    assert grid.total == 52 and grid.status == ResultStatus.SUBMITTED
    assert DataExchange(services).commit_import(path).changes == 0
    # A new template carries the values, so importing it unchanged changes nothing either.
    again = DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "t2.xlsx").path
    assert DataExchange(services).commit_import(again).changes == 0


def test_bad_cells_are_named_and_nothing_is_saved(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    path = DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "t.xlsx").path
    _fill(
        path,
        {
            ("PEOPLE", "Tunis", "migrants", "female", "18-59"): 4.5,
            ("PEOPLE", "Sfax", "refugees", "male", "0-17"): "twelve",
            ("PEOPLE", "Sfax", "refugees", "male", "60+"): 3,
        },
    )
    before = services.maintenance.checksums()
    with pytest.raises(ImportRejectedError) as caught:
        DataExchange(services).commit_import(path)
    assert {p.column for p in caught.value.problems} == {"Value"}
    assert len(caught.value.problems) == 2 and all(
        p.sheet == "Results" and p.row > 1 for p in caught.value.problems
    )
    assert services.maintenance.checksums() == before


def test_locked_period_refuses_the_template(services: Services, tmp_path: Path) -> None:
    small = small_programme(services)
    path = DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "t.xlsx").path
    _fill(path, {("PEOPLE", "Tunis", "migrants", "female", "18-59"): 40})
    services.periods.lock(small.q1)
    with pytest.raises(ImportRejectedError) as caught:
        DataExchange(services).commit_import(path)
    assert "locked" in caught.value.problems[0].message and caught.value.problems[0].column == "Value"


def test_template_of_another_database_is_refused(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    path = DataExchange(services).make_template("TN-01", "2022-Q1", tmp_path / "t.xlsx").path
    book = load_workbook(path)
    book["_template"]["B5"].value = "999"
    book.save(path)
    with pytest.raises(ImportRejectedError) as caught:
        DataExchange(services).commit_import(path)
    assert caught.value.problems[0].sheet == "_template"
