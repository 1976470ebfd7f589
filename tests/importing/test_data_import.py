"""Importing a data workbook: natural keys, subsets, all or nothing, locked periods, the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_grants.domain.enums import ResultStatus
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.importing.problems import ImportRejectedError
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import ResultFilter

from .fixtures import result_row, results_book, small_programme, write_book


def test_results_are_created_then_unchanged_then_changed(services: Services, tmp_path: Path) -> None:
    small = small_programme(services)
    share = result_row(Indicator="SHARE", Value=55.5)
    share[5:8] = [None, None, None]
    rows = [result_row(), result_row(Sex="male", Value=7), share]
    book = results_book(tmp_path / "r.xlsx", rows)
    preview = DataExchange(services).preview_import(book)
    assert preview.kind == "data workbook" and preview.ok
    assert [(s.sheet, s.created) for s in preview.sheets] == [("Results", 3)]
    assert services.results.count(ResultFilter(programme_id=small.programme_id)) == 0  # preview saved nothing

    first = DataExchange(services).commit_import(book)
    assert first.changes == 3
    grid = services.results.grid(small.project_id, small.people, small.q1)
    assert grid.total == 17 and grid.status == ResultStatus.SUBMITTED

    second = DataExchange(services).commit_import(book)
    assert second.changes == 0 and second.sheets[0].unchanged == 3

    rows[0][8] = 12
    third = DataExchange(services).commit_import(results_book(tmp_path / "r2.xlsx", rows))
    assert (third.sheets[0].changed, third.sheets[0].unchanged) == (1, 2)
    assert services.results.grid(small.project_id, small.people, small.q1).total == 19
    entries = services.audit.find(table="results")
    assert any(e.field == "value" and e.old_value == "10" and e.new_value == "12" for e in entries)


def test_one_bad_row_saves_nothing_and_names_its_cell(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    before = services.maintenance.checksums()
    rows = [result_row(), result_row(Sex="male", Value=-3), result_row(Sex="unknown", Location="Atlantis")]
    with pytest.raises(ImportRejectedError) as caught:
        DataExchange(services).commit_import(results_book(tmp_path / "r.xlsx", rows))
    where = {(p.sheet, p.row, p.column) for p in caught.value.problems}
    assert where == {("Results", 3, "Value"), ("Results", 4, "Location")}
    assert services.maintenance.checksums() == before


def test_locked_period_refuses_new_results_but_accepts_the_same_file_again(
    services: Services, tmp_path: Path
) -> None:
    small = small_programme(services)
    book = results_book(tmp_path / "r.xlsx", [result_row()])
    DataExchange(services).commit_import(book)
    services.periods.lock(small.q1)
    assert DataExchange(services).commit_import(book).changes == 0
    changed = results_book(tmp_path / "r2.xlsx", [result_row(Value=11)])
    with pytest.raises(ImportRejectedError) as caught:
        DataExchange(services).commit_import(changed)
    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "Period")]
    assert "locked" in caught.value.problems[0].message


def test_entities_match_by_natural_key_and_absent_columns_are_kept(
    services: Services, tmp_path: Path
) -> None:
    small_programme(services)
    book = write_book(
        tmp_path / "o.xlsx",
        {
            "organisations": [
                ["NAME", "Acronym"],
                ["pontes", "PRI"],
                ["Syrian American Medical Society", "SAMS"],
            ]
        },
    )
    report = DataExchange(services).commit_import(book)
    assert [(s.created, s.changed) for s in report.sheets] == [(1, 1)]
    pontes = services.organisations.get_by_name("pontes")
    assert pontes.acronym == "PRI" and pontes.type.value == "diaspora organisation"
    assert DataExchange(services).commit_import(book).changes == 0


def test_duplicate_keys_and_missing_references_are_named(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    book = write_book(
        tmp_path / "p.xlsx",
        {
            "Periods": [
                ["Programme", "Label", "Start", "End"],
                ["P1", "2022-Q3", "2022-07-01", "2022-09-30"],
                ["P1", "2022-q3", "2022-07-01", "2022-09-30"],
                ["NOPE", "2022-Q4", "2022-10-01", "2022-12-31"],
                ["P1", "2022-Q4", "01/10/2022", "2022-12-31"],
            ]
        },
    )
    with pytest.raises(ImportRejectedError) as caught:
        DataExchange(services).commit_import(book)
    assert {(p.row, p.column) for p in caught.value.problems} == {
        (3, "Label"),
        (4, "Programme"),
        (5, "Start"),
    }
