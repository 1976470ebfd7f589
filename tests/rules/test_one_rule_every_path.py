"""One rule, one answer, one wording, whichever path a figure takes into the database.

The grid, the bulk load, the data workbook and the partner template used to check result cells
with four copies of the rules, and disagreed: a cell broken down by sex only was accepted by the
grid and refused by the template. The locked-period refusal had three wordings, the date range
two. Each test here sends the same thing down every path and asks for the same refusal.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from diaspora_grants.domain.errors import DomainError, LockedPeriodError, ValidationError
from diaspora_grants.domain.result_cells import shape_problem
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput

from .conftest import Scope, import_problems, results_workbook

SEX_ONLY = shape_problem("PEOPLE", True, None, "female", None)
assert SEX_ONLY is not None


def _template_with(services: Services, tmp_path: Path, edit: dict[str, object]) -> Path:
    """The partner template of LB-1 for 2022-Q1 with its first row edited (column header -> value)."""
    path = tmp_path / "template.xlsx"
    DataExchange(services).make_template("LB-1", "2022-Q1", path)
    book = load_workbook(path)
    sheet = book["Results"]
    headers = [cell.value for cell in sheet[1]]
    for header, value in edit.items():
        sheet.cell(row=2, column=headers.index(header) + 1).value = value
    book.save(path)
    return path


def test_a_figure_broken_down_by_sex_only_is_refused_on_every_path_with_the_same_words(
    services: Services, scope: Scope, tmp_path: Path
) -> None:
    partial = CellInput(scope.beirut, None, "female", None, 5)
    with pytest.raises(ValidationError) as grid:
        services.results.save_grid(scope.project_id, scope.people_id, scope.q1, [partial])
    with pytest.raises(ValidationError) as bulk:
        services.results.bulk_insert(
            [
                (
                    scope.project_id,
                    scope.people_id,
                    scope.q1,
                    scope.beirut,
                    None,
                    "female",
                    None,
                    5,
                    "submitted",
                )
            ]
        )
    workbook = results_workbook(
        tmp_path / "data.xlsx", [("P1", "LB-1", "PEOPLE", "2022-Q1", "Beirut", None, "female", None, 5)]
    )
    template = _template_with(services, tmp_path, {"Population group": None, "Age band": None, "Value": 5})

    assert [p.message for p in grid.value.problems] == [SEX_ONLY]
    assert [p.message for p in bulk.value.problems] == [SEX_ONLY]
    assert import_problems(services, workbook) == [SEX_ONLY]
    assert import_problems(services, template) == [SEX_ONLY]
    assert services.results.grid(scope.project_id, scope.people_id, scope.q1).is_empty


def test_a_locked_period_refuses_every_path_with_the_same_words(
    services: Services, scope: Scope, tmp_path: Path
) -> None:
    full = CellInput(scope.beirut, "refugees", "female", "0-17", 5)
    services.results.save_grid(scope.project_id, scope.people_id, scope.q1, [full])
    template = _template_with(services, tmp_path, {"Value": 9})
    services.periods.lock(scope.q1, "Q1 reported")
    expected = LockedPeriodError("2022-Q1").message
    attempts = {
        "grid": lambda: services.results.save_grid(scope.project_id, scope.people_id, scope.q1, [full]),
        "status": lambda: services.results.set_status(
            scope.project_id, scope.people_id, scope.q1, "approved"
        ),
        "delete": lambda: services.results.delete_scope(scope.project_id, scope.people_id, scope.q1),
        "bulk": lambda: services.results.bulk_insert(
            [
                (
                    scope.project_id,
                    scope.people_id,
                    scope.q1,
                    scope.beirut,
                    "migrants",
                    "male",
                    "0-17",
                    1,
                    "draft",
                )
            ]
        ),
        "period dates": lambda: services.periods.update(
            scope.q1, "2022-Q1", dt.date(2022, 1, 2), dt.date(2022, 3, 31), expected_version=None
        ),
        "period delete": lambda: services.periods.delete(scope.q1),
    }
    messages = {}
    for path, attempt in attempts.items():
        with pytest.raises(DomainError) as refused:
            attempt()
        messages[path] = refused.value.message
    changed = results_workbook(
        tmp_path / "changed.xlsx",
        [("P1", "LB-1", "PEOPLE", "2022-Q1", "Beirut", "refugees", "female", "0-17", 6)],
    )
    added = results_workbook(
        tmp_path / "added.xlsx",
        [("P1", "LB-1", "PEOPLE", "2022-Q1", "Beirut", "migrants", "male", "0-17", 1)],
    )
    messages["data workbook, a changed cell"] = import_problems(services, changed)[0]
    messages["data workbook, a new cell"] = import_problems(services, added)[0]
    messages["partner template"] = import_problems(services, template)[0]
    assert messages == dict.fromkeys(messages, expected)
    grid = services.results.grid(scope.project_id, scope.people_id, scope.q1)
    assert [c.value for c in grid.cells] == [5]


def test_a_report_range_that_runs_backwards_is_refused_by_every_report_with_the_same_words(
    services: Services, scope: Scope, tmp_path: Path
) -> None:
    late, early = dt.date(2022, 6, 30), dt.date(2022, 1, 1)
    attempts = {
        "people reached": lambda: services.reach.people_reached(
            scope.programme_id, date_from=late, date_to=early
        ),
        "results summary": lambda: services.reach.results_summary(
            scope.programme_id, date_from=late, date_to=early
        ),
        "donor workbook": lambda: services.exports.write_donor_report(
            scope.programme_id, late, early, tmp_path / "report.xlsx"
        ),
    }
    messages = set()
    for attempt in attempts.values():
        with pytest.raises(ValidationError) as refused:
            attempt()
        messages.add(refused.value.message)
    assert messages == {"to: (2022-01-01) is before from (2022-06-30); swap the dates"}
    assert not (tmp_path / "report.xlsx").exists()
