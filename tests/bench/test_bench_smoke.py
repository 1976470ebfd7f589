"""The benchmark harness at a tiny scale: the generator gives the counts it promises, the same way twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.__main__ import run
from bench.generate import Scale, generate_frame
from bench.postgres_scale import measure
from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.db.models import (
    Expenditure,
    Indicator,
    Location,
    Organisation,
    Period,
    Programme,
    Project,
    Result,
    Tranche,
)
from tests.conftest import make_services

TINY = Scale(
    "tiny",
    programmes=3,
    partners=3,
    projects=6,
    countries=3,
    indicators=9,
    periods=3,
    cells=500,
    expenditures=40,
    tranches=12,
)


def _generate(tmp_path: Path, name: str) -> tuple[Database, list[tuple[object, ...]]]:
    database = Database(f"sqlite:///{tmp_path / name}")
    upgrade_to_head(database)
    services = make_services(database, tmp_path)
    generated = generate_frame(services, TINY)
    assert services.results.bulk_insert(generated.cells) == TINY.cells
    return database, generated.cells


def test_generator_produces_the_scale_counts_deterministically(tmp_path: Path) -> None:
    database, cells = _generate(tmp_path, "one.sqlite")
    with database.session(user="t", write=False) as session:
        counts = {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (Programme, Organisation, Project, Indicator, Period, Result, Expenditure, Tranche)
        }
        locations = session.scalar(select(func.count()).select_from(Location))
    database.dispose()
    assert counts == {
        "Programme": 3,
        "Organisation": 3,
        "Project": 6,
        "Indicator": 9,
        "Period": 9,  # three monthly periods per programme
        "Result": 500,
        "Expenditure": 40,
        "Tranche": 12,
    }
    assert 12 <= (locations or 0) <= 18  # two or three admin-1 locations per project

    again, cells_again = _generate(tmp_path, "two.sqlite")
    again.dispose()
    assert cells_again == cells


def test_harness_reports_every_figure(tmp_path: Path) -> None:
    report = run(TINY, tmp_path)

    assert [f["figure"] for f in report["figures"]] == [
        "bulk insert of result cells",
        "people reached with explanation",
        "donor workbook, time",
        "donor workbook, peak RSS",
        "donor workbook, time vs floor",
        "donor workbook, peak RSS vs floor",
        "narrative PDF, largest programme",
        "import Results, dry run (preview)",
        "import Results (commit)",
        "import Organisations (commit)",
        "import Projects (commit)",
        "start to the shown main window",
        "start to the first page ready",
        "Results page opens (grid)",
        "Results table opens (counted)",
        "Results table sorted by value",
        "Results table sorted by project",
        "Results table filtered by status",
        "Results table filtered by project",
        "Audit page opens",
        "Audit trail filtered by table",
        "Audit trail searched",
        "Dashboard refresh",
        "app peak RSS",
        "longest event-loop stall, pages (SQLite)",
    ]
    assert all(f["ours"] > 0 and f["baseline"] > 0 for f in report["figures"])
    assert report["counts"]["result_cells"] == 500
    # every contender wrote the same Reach rows, and the import created every row of its file
    contenders = report["donor_workbook_contenders"]
    assert {c["contender"] for c in contenders} == {"rows", "ours", "pandas", "xlsxwriter"}
    assert len({c["reach_rows"] for c in contenders}) == 1 and contenders[0]["reach_rows"] > 0
    assert report["import"]["created"] == report["import"]["rows"] > 0
    assert all(value and value > 0 for value in report["people_reached"].values())


@pytest.mark.postgres
def test_the_team_database_figures_run_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    report = measure(postgres_url, "smoke", tmp_path)

    assert report["cells"] == 10_000 and set(report["people_reached_s"]) == {"BENCH-1", "BENCH-2", "BENCH-3"}
    assert set(report["pages_s"]) == {
        "results table, whole trail",
        "results table, one programme",
        "audit page, whole trail",
        "audit page, a search",
    }
