"""demo, list and call rank as a user types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import run_cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    home = tmp_path_factory.mktemp("cli-demo")
    url = f"sqlite:///{home / 'x.sqlite'}"
    loaded = run_cli("--db", url, "demo", home=home)
    assert loaded.returncode == 0, loaded.stderr
    assert "loaded the demo programme BHA-DIASPORA-2022" in loaded.stdout
    return url, home


def test_demo_then_list_partners_prints_the_six_with_headquarters(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    result = run_cli("--db", url, "list", "partners", "--json", home=home)
    assert result.returncode == 0, result.stderr
    partners = {p["name"]: p["hq_country"] for p in json.loads(result.stdout)}
    assert len(partners) == 6
    assert partners["Syrian American Medical Society"] == "US"
    assert partners["Pontes Ricerche e Interventi"] == "IT"
    assert partners["Genesis Entrepreneurship Trust"] == "ZW"


def test_demo_twice_reports_it_is_there(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    result = run_cli("--db", url, "demo", home=home)
    assert result.returncode == 0
    assert "BHA-DIASPORA-2022 is already in the database" in result.stdout


@pytest.mark.parametrize("what", ["programmes", "organisations", "projects", "calls", "applications"])
def test_every_list_prints_a_table_and_json(demo_db: tuple[str, Path], what: str) -> None:
    url, home = demo_db
    table = run_cli("--db", url, "list", what, home=home)
    as_json = run_cli("--db", url, "list", what, "--json", home=home)
    assert table.returncode == 0 and as_json.returncode == 0
    assert len(json.loads(as_json.stdout)) >= 1
    assert table.stdout.splitlines()[1].startswith("---")


def test_list_projects_of_one_programme(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    result = run_cli("--db", url, "list", "projects", "--programme", "RDPP-NA-EG", "--json", home=home)
    assert [p["code"] for p in json.loads(result.stdout)] == ["EG-LT-01"]


def test_call_rank_orders_by_weighted_score(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    result = run_cli("--db", url, "call", "rank", "EOI-2022-01", "--json", home=home)
    assert result.returncode == 0, result.stderr
    ranking = json.loads(result.stdout)["ranking"]
    scores = [r["score"] for r in ranking if r["score"] is not None]
    assert scores == sorted(scores, reverse=True)
    assert [r["status"] for r in ranking[:6]] == ["selected"] * 6


def test_unknown_call_or_programme_is_a_one_line_error(demo_db: tuple[str, Path]) -> None:
    url, home = demo_db
    for args in (("call", "rank", "EOI-1999"), ("list", "projects", "--programme", "NOPE")):
        result = run_cli("--db", url, *args, home=home)
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1
        assert "does not exist" in result.stderr
