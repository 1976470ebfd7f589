"""`reach` and `results summary` run as a user runs them: a separate process on a database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.domain.enums import Counting, ResultStatus
from diaspora_grants.services.result_cells import CellInput
from tests.conftest import make_services
from tests.services.reach_fixtures import add_indicator, add_project, make_programme, people_indicator

SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def filled_db(tmp_path: Path) -> str:
    """Two projects sharing Beirut (max 220 of 180/220), North 40, Tunis 70: 330; upper bound 510."""
    url = f"sqlite:///{tmp_path / 'grants.sqlite'}"
    database = Database(url)
    upgrade_to_head(database)
    services = make_services(database, tmp_path)
    programme = make_programme(services, code="BHA-DIASPORA")
    q3, q4 = programme.periods
    a = add_project(services, programme, "LB-A", "LB", {"Beirut": "LB11", "North": None})
    b = add_project(services, programme, "LB-B", "LB", {"Beirut": "LB11"})
    c = add_project(services, programme, "TN-C", "TN", {"Tunis": None})
    people = people_indicator(services, programme).id
    trained = add_indicator(services, programme, "TRAINED", counting=Counting.CUMULATIVE).id
    approved = ResultStatus.APPROVED
    save = services.results.save_grid
    save(
        a.id,
        people,
        q3,
        [CellInput(a.locations["Beirut"], "refugees", "female", "0-17", 180)],
        status=approved,
    )
    save(a.id, people, q4, [CellInput(a.locations["North"], "migrants", "male", "60+", 40)], status=approved)
    save(
        b.id, people, q3, [CellInput(b.locations["Beirut"], "refugees", "male", "0-17", 220)], status=approved
    )
    save(
        c.id,
        people,
        q4,
        [CellInput(c.locations["Tunis"], "host community", "female", "18-59", 70)],
        status=approved,
    )
    save(a.id, trained, q3, [CellInput.single(12)], status=approved)
    save(a.id, trained, q4, [CellInput.single(30)], status=approved)
    services.results.set_target(trained, 60)
    database.dispose()
    return url


def _run(url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "DIASPORA_GRANTS_HOME": str(tmp_path / "home")}
    return subprocess.run(
        [sys.executable, "-m", "diaspora_grants", "--db", url, "--user", "cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_reach_json_gives_the_headline_its_bounds_and_countries(filled_db: str, tmp_path: Path) -> None:
    done = _run(filled_db, tmp_path, "reach", "--programme", "BHA-DIASPORA", "--json")

    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["direct_unique"] == 330
    assert report["direct_unique_conservative"] == 330
    assert report["direct_unique_upper_bound"] == 510
    assert report["indirect_unique"] is None
    assert report["by_country"] == {"LB": 260, "TN": 70}
    assert report["rule"] == "max per location"
    beirut = next(loc for loc in report["locations"] if loc["location"] == "Beirut")
    assert (beirut["counted_project"], beirut["other_projects"]) == ("LB-B", {"LB-A": 180})
    assert any("Lebanon: 260" in line for line in report["derivation"])


def test_reach_text_and_date_range(filled_db: str, tmp_path: Path) -> None:
    done = _run(filled_db, tmp_path, "reach", "--programme", "BHA-DIASPORA", "--to", "2022-09-30")

    assert done.returncode == 0, done.stderr
    assert 'People reached (direct, unique people), rule "max per location": 220' in done.stdout
    assert "LB-B 220 / LB-A 180" in done.stdout


def test_results_summary_json_and_table(filled_db: str, tmp_path: Path) -> None:
    done = _run(
        filled_db,
        tmp_path,
        "results",
        "summary",
        "--programme",
        "BHA-DIASPORA",
        "--indicator",
        "TRAINED",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    (trained,) = json.loads(done.stdout)
    assert trained["programme"]["life_of_award"] == 30
    assert trained["programme"]["percent_of_target"] == 50

    table = _run(filled_db, tmp_path, "results", "summary", "--programme", "BHA-DIASPORA")
    assert table.returncode == 0, table.stderr
    assert "TRAINED" in table.stdout and "50.0%" in table.stdout and "PPL" in table.stdout


def test_unknown_programme_is_one_line_on_stderr(filled_db: str, tmp_path: Path) -> None:
    done = _run(filled_db, tmp_path, "reach", "--programme", "NOPE")
    assert done.returncode == 1
    assert done.stderr.strip() == "diaspora-grants: programme NOPE does not exist"
