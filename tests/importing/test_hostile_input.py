"""Hostile and sloppy input: no traceback, nothing committed, each rejection names sheet, row and column."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.importing.problems import ImportRejectedError, Problem
from diaspora_grants.services.registry import Services
from diaspora_grants.services.results import ResultFilter

from .fixtures import RESULT_HEADERS, result_row, results_book, small_programme, write_book
from .hostile_files import hostile_files

ARABIC = "تم الوصول إلى اللاجئين في صفاقس"
EMOJI = "👩‍👧 reached 🎉"


def _rejected(services: Services, path: Path) -> list[Problem]:
    before = services.maintenance.checksums()
    with pytest.raises(ImportRejectedError) as caught:
        DataExchange(services).commit_import(path)
    assert services.maintenance.checksums() == before
    problems = caught.value.problems
    assert problems
    for problem in problems:
        assert problem.sheet and isinstance(problem.row, int) and isinstance(problem.column, str)
        assert problem.message and problem.fix
    return problems


@pytest.mark.parametrize(
    "case",
    [
        "empty file", "text file", "truncated zip", "corrupt zip", "billion laughs", "external entity",
        "zip bomb", "zip that is no workbook",
    ],
)  # fmt: skip
def test_broken_and_hostile_files_are_refused_before_parsing(
    services: Services, tmp_path: Path, case: str
) -> None:
    small_programme(services)
    problems = _rejected(services, hostile_files(tmp_path)[case])
    assert problems[0].sheet == "(file)"


def test_formulas_where_values_belong_are_named(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    path = results_book(tmp_path / "f.xlsx", [result_row(), result_row(Sex="male", Value="=2+3")])
    problems = _rejected(services, path)
    assert [(p.sheet, p.row, p.column) for p in problems] == [("Results", 3, "Value")]


def test_merged_cells_are_named(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    path = results_book(tmp_path / "m.xlsx", [result_row(), result_row(Sex="male")])
    book = load_workbook(path)
    book["Results"].merge_cells("A2:A3")
    book.save(path)
    problems = _rejected(services, path)
    assert [(p.sheet, p.row, p.column) for p in problems] == [("Results", 2, "Programme")]


def test_missing_sheets_and_headers_are_named(services: Services, tmp_path: Path) -> None:
    small_programme(services)
    unknown = write_book(tmp_path / "u.xlsx", {"Sheet1": [["a", "b"], [1, 2]]})
    assert _rejected(services, unknown)[0].sheet == "(file)"
    headers = [h for h in RESULT_HEADERS if h != "Value"]
    missing = write_book(tmp_path / "h.xlsx", {"Results": [headers, ["P1"] * len(headers)]})
    assert [(p.sheet, p.row, p.column) for p in _rejected(services, missing)] == [("Results", 1, "Value")]


def test_dates_as_ambiguous_text_are_refused_and_iso_text_accepted(
    services: Services, tmp_path: Path
) -> None:
    small_programme(services)
    sheet = [
        ["Programme", "Label", "Start", "End"],
        ["P1", "2022-Q3", "2022-07-01", dt.datetime(2022, 9, 30)],
    ]
    assert DataExchange(services).preview_import(write_book(tmp_path / "ok.xlsx", {"Periods": sheet})).ok
    sheet[1][2] = "7/1/2022"
    assert [
        (p.row, p.column) for p in _rejected(services, write_book(tmp_path / "x.xlsx", {"Periods": sheet}))
    ] == [(2, "Start")]


def test_arabic_and_emoji_are_accepted_where_text_is(services: Services, tmp_path: Path) -> None:
    small = small_programme(services)
    path = results_book(tmp_path / "t.xlsx", [result_row(Source=ARABIC, Note=EMOJI)])
    assert DataExchange(services).commit_import(path).changes == 1
    rows = services.results.find(ResultFilter(project_id=small.project_id))
    assert (rows[0].source, rows[0].note) == (ARABIC, EMOJI)


_TEXTS = st.one_of(
    st.sampled_from(
        ["P1", "TN-01", "PEOPLE", "SHARE", "2022-Q1", "Tunis", "migrants", "female", "18-59", "", " "]
    ),
    st.sampled_from([ARABIC, EMOJI, '=HYPERLINK("http://x")', "+1", "\t-2", "x" * 40_000, "@SUM(A1)"]),
    st.text(max_size=30),
)
_VALUES = st.one_of(
    st.none(),
    _TEXTS,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-1000, max_value=1000),
)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        # openpyxl refuses characters XML forbids; a real file cannot hold them either
        return "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 32)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    rows=st.lists(
        st.lists(_VALUES, min_size=len(RESULT_HEADERS), max_size=len(RESULT_HEADERS)).map(lambda r: r),
        max_size=4,
    ),
    mutate=st.sampled_from(["none", "drop header", "shuffle", "blank header"]),
)
def test_sloppy_results_sheets_never_raise_and_never_half_commit(
    sqlite_services: Services, tmp_path_factory: pytest.TempPathFactory, rows: list[list[Any]], mutate: str
) -> None:
    headers = list(RESULT_HEADERS)
    rows = [result_row(), *rows]
    if mutate == "drop header":
        headers[8] = "Amount"
    elif mutate == "shuffle":
        order = list(reversed(range(len(headers))))
        headers = [headers[i] for i in order]
        rows = [[row[i] for i in order] for row in rows]
    elif mutate == "blank header":
        headers[4] = None  # type: ignore[call-overload]
    book = Workbook()
    sheet = book.active
    sheet.title = "Results"
    sheet.append(headers)
    for row in rows:
        sheet.append([_cell(v) for v in row])
    path = tmp_path_factory.mktemp("h") / "r.xlsx"
    book.save(path)
    before = sqlite_services.maintenance.checksums()
    try:
        DataExchange(sqlite_services).commit_import(path)
    except ImportRejectedError as error:
        assert sqlite_services.maintenance.checksums() == before
        for problem in error.problems:
            assert problem.sheet and isinstance(problem.row, int) and isinstance(problem.column, str)
