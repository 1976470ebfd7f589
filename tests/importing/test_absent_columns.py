"""A Results sheet without some columns leaves what those columns hold as it is stored; a column of
the user's own is ignored, never read into another field (both were lost silently before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import ResultFilter

from .fixtures import RESULT_HEADERS, result_row, results_book, small_programme, write_book


def _stored(services: Services) -> list[tuple[object, ...]]:
    rows = services.results.find(ResultFilter(), limit=None)
    return sorted((r.value, r.status.value, r.source, r.note) for r in rows)


@pytest.fixture
def approved(services: Services, tmp_path: Path) -> Services:
    small_programme(services)
    rows = [
        result_row(Value=10, Status="approved", Source="registers", Note="checked on site"),
        result_row(Sex="male", Value=12, Status="approved", Source="registers", Note="checked on site"),
    ]
    DataExchange(services).commit_import(results_book(tmp_path / "first.xlsx", rows))
    return services


def _without(
    columns: set[str], rows: list[list[object]], extra: dict[str, object] | None = None
) -> list[list[object]]:
    keep = [i for i, h in enumerate(RESULT_HEADERS) if h not in columns]
    header = [RESULT_HEADERS[i] for i in keep] + list(extra or {})
    return [header] + [[row[i] for i in keep] + list((extra or {}).values()) for row in rows]


def test_absent_status_source_and_note_columns_leave_them_as_they_are(
    approved: Services, tmp_path: Path
) -> None:
    before = _stored(approved)
    rows = [result_row(Value=11), result_row(Sex="male", Value=12)]
    path = write_book(
        tmp_path / "values only.xlsx", {"Results": _without({"Status", "Source", "Note"}, rows)}
    )
    report = DataExchange(approved).commit_import(path)
    assert (report.sheets[0].changed, report.sheets[0].unchanged) == (1, 1)
    assert _stored(approved) == sorted([(11, "approved", "registers", "checked on site"), before[1]])


def test_a_column_of_the_users_own_is_read_into_no_field(approved: Services, tmp_path: Path) -> None:
    rows = [result_row(Value=10), result_row(Sex="male", Value=12)]
    sheet = _without({"Source", "Note"}, rows, {"Checked by": "Amal, 3 March"})
    for row in sheet[1:]:
        row[RESULT_HEADERS.index("Status")] = "approved"
    path = write_book(tmp_path / "own column.xlsx", {"Results": sheet})
    report = DataExchange(approved).commit_import(path)
    assert report.changes == 0
    assert {r[2:] for r in _stored(approved)} == {("registers", "checked on site")}
