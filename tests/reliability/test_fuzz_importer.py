"""Hostile spreadsheets: random values in the Results and Organisations sheets (text in every script,
formulas, NaN, negative and huge numbers, dates, booleans, missing and doubled headers, merged
cells), and files that are no workbook at all. The importer saves all of it or nothing: a refused
file leaves every table's checksum unchanged, and every problem names its sheet, row and column."""

from __future__ import annotations

import datetime as dt
import functools
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.domain.enums import Counting, Reach
from diaspora_grants.importing.exchange import DataExchange
from diaspora_grants.importing.problems import ImportRejectedError
from diaspora_grants.reporting.data_format import ORGANISATIONS, RESULTS, SheetSpec
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from tests.conftest import make_services
from tests.reliability.conftest import Ledger
from tests.reliability.fuzz_text import hostile_text

SCENARIO = "fuzz: spreadsheet import"
pytestmark = pytest.mark.scenario(SCENARIO)
FUZZ = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

#: What a column holds when it is right, so that some rows pass and reach the database.
PLAUSIBLE: dict[str, list[Any]] = {
    "Programme": ["FUZZ"],
    "Project": ["FUZZ-P1"],
    "Indicator": ["IND-01", "IND-02"],
    "Period": ["2022-Q1", "2022-Q2"],
    "Location": ["Dakar", "Thiès", None],
    "Population group": [None, "host community"],
    "Sex": [None, "female", "male", "F"],
    "Age band": [None, "18-59", "0-17"],
    "Value": [0, 12, 3.0, "7"],
    "Status": [None, "submitted", "approved", "draft"],
    "Name": ["Fuzz partner", "New association"],
    "Type": ["diaspora organisation", "donor"],
    "HQ country": ["SN", "DE"],
    "Email": ["info@example.org"],
}
hostile_cell = st.one_of(
    hostile_text,
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([float("nan"), float("inf"), -1, -0.5, 10**15, True, False]),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.sampled_from(["=1+1", "=SUM(A1:A3)", "2022-13-01", "12/31/2022", "1,000", "١٢"]),
    st.none(),
)


def _cell(header: str) -> st.SearchStrategy[Any]:
    plausible = PLAUSIBLE.get(header)
    return st.sampled_from(plausible) | hostile_cell if plausible else hostile_cell


def _rows(spec: SheetSpec) -> st.SearchStrategy[list[list[Any]]]:
    return st.lists(st.tuples(*(_cell(h) for h in spec.headers)).map(list), min_size=1, max_size=12)


@st.composite
def sheets(draw: st.DrawFn, spec: SheetSpec) -> dict[str, Any]:
    headers = list(spec.headers)
    damage = draw(st.sampled_from(["none"] * 6 + ["drop header", "double header", "merge", "shuffle"]))
    if damage == "drop header":
        headers[draw(st.integers(0, len(headers) - 1))] = None  # type: ignore[call-overload]
    elif damage == "double header":
        headers.append(headers[draw(st.integers(0, len(headers) - 1))])
    elif damage == "shuffle":
        headers = draw(st.permutations(headers))
    return {"headers": headers, "rows": draw(_rows(spec)), "merge": damage == "merge", "order": spec.headers}


@pytest.fixture(scope="module")
def importing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Path]]:
    folder = tmp_path_factory.mktemp("import-fuzz")
    database = Database(f"sqlite:///{folder / 'fuzz.sqlite'}")
    upgrade_to_head(database)
    services = make_services(database, folder)
    partner = services.organisations.create(OrganisationInput(name="Fuzz partner", hq_country="SN"))
    programme = services.programmes.create(
        ProgrammeInput(
            code="FUZZ", name="Fuzz", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31)
        )
    )
    services.indicators.create(
        programme.id,
        IndicatorInput(
            code="IND-01",
            name="People",
            counting=Counting.UNIQUE_PEOPLE,
            reach=Reach.DIRECT,
            disaggregated=True,
        ),
    )
    services.indicators.create(programme.id, IndicatorInput(code="IND-02", name="Sessions"))
    services.periods.create(programme.id, "2022-Q1", dt.date(2022, 1, 1), dt.date(2022, 3, 31))
    services.periods.create(programme.id, "2022-Q2", dt.date(2022, 4, 1), dt.date(2022, 6, 30))
    project = services.projects.create(
        ProjectInput(
            code="FUZZ-P1", title="Fuzz", programme_id=programme.id, partner_id=partner.id, country="SN"
        )
    )
    for place in ("Dakar", "Thiès"):
        services.projects.add_location(project.id, place)
    yield services, folder
    database.dispose()


def _write(path: Path, parts: dict[str, dict[str, Any]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, part in parts.items():
        sheet = book.create_sheet(name)
        sheet.append(part["headers"])
        for row in part["rows"]:
            by_header = dict(zip(part["order"], row, strict=True))
            sheet.append([by_header.get(h) if h else None for h in part["headers"]])
        if part["merge"]:
            sheet.merge_cells("A2:B3")
    book.save(path)


def _import(services: Services, path: Path, ledger: Ledger) -> None:
    before = services.maintenance.checksums()
    try:
        DataExchange(services).commit_import(path)
    except ImportRejectedError as error:
        after = services.maintenance.checksums()
        changed = [t for t in before if before[t] != after[t]]
        ledger.add(SCENARIO, lost=int(bool(changed)))
        assert not changed, f"a refused import changed {changed}"
        assert error.problems
        for problem in error.problems:
            assert problem.sheet and problem.row >= 0 and problem.message, problem
            if problem.row >= 2:
                assert problem.column, f"a problem in a row names its column: {problem}"
        return
    ledger.add(SCENARIO)


@FUZZ
@given(results=sheets(RESULTS), organisations=st.none() | sheets(ORGANISATIONS))
def test_random_results_and_organisations(
    importing: tuple[Services, Path],
    ledger: Ledger,
    results: dict[str, Any],
    organisations: dict[str, Any] | None,
) -> None:
    services, folder = importing
    path = folder / "fuzz.xlsx"
    parts = {"Results": results, **({"Organisations": organisations} if organisations else {})}
    try:
        _write(path, parts)
    except (ValueError, TypeError):
        return  # openpyxl itself cannot write such a value; no user can hand us that file
    _import(services, path, ledger)


@pytest.fixture(scope="module")
def sound_workbook(importing: tuple[Services, Path]) -> bytes:
    services, folder = importing
    path = folder / "sound.xlsx"
    DataExchange(services).export_all(path)
    return path.read_bytes()


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    how=st.sampled_from(["truncate", "flip", "random", "bomb", "entity"]),
    where=st.floats(0, 1),
    noise=st.binary(max_size=64),
)
def test_files_that_are_not_sound_workbooks(
    importing: tuple[Services, Path],
    sound_workbook: bytes,
    ledger: Ledger,
    how: str,
    where: float,
    noise: bytes,
) -> None:
    services, folder = importing
    data = _damaged(sound_workbook, how, where, noise)
    path = folder / "damaged.xlsx"
    path.write_bytes(data)
    _import(services, path, ledger)


def _damaged(sound: bytes, how: str, where: float, noise: bytes) -> bytes:
    at = int(where * (len(sound) - 1))
    if how == "truncate":
        return sound[:at]
    if how == "flip":
        return sound[:at] + (noise or b"\x00") + sound[at + len(noise or b"x") :]
    if how == "random":
        return noise * 50
    return _rebuilt(sound, how)


@functools.lru_cache(maxsize=4)
def _rebuilt(sound: bytes, how: str) -> bytes:
    """The workbook with its sheets replaced by a decompression bomb or external and nested entities."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(sound)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet") and how == "bomb":
                content = b"<?xml version='1.0'?>" + b"<worksheet>" + b"<row>" * 10 + b" " * 10_000_000
            elif item.filename.startswith("xl/worksheets/sheet") and how == "entity":
                content = (
                    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">'
                    b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                    b"<worksheet>&e;&b;</worksheet>"
                )
            target.writestr(item, content)
    return buffer.getvalue()
