"""The demo programme: the real figures of DOMAIN.md, loaded through the services, twice-safe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.demo.loader import load_demo
from diaspora_grants.domain.enums import ApplicationStatus
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.registry import Services


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One demo database per backend for the whole module: loading it takes seconds."""
    folder = tmp_path_factory.mktemp("demo")
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'demo.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url_module")
    database = Database(url)
    upgrade_to_head(database)
    # The demo is history (2022-2023): it is loaded as of the real today, not the fixtures' 2022 date.
    services = Services(ServiceContext(database=database, user="demo", documents_dir=folder / "documents"))
    load_demo(services)
    yield services
    database.dispose()


def test_loading_twice_changes_nothing(demo: Services) -> None:
    before = demo.maintenance.checksums()
    report = load_demo(demo)
    assert report.loaded == ()
    assert report.already_there == ("BHA-DIASPORA-2022", "RDPP-NA-EG")
    assert demo.maintenance.checksums() == before


def test_the_six_partners_with_their_headquarters(demo: Services) -> None:
    partners = {p.name: p.hq_country for p in demo.organisations.partners()}
    assert partners == {
        "Society for the Advancement of Science and Technology in the Arab World": "US",
        "Syrian American Medical Society": "US",
        "Pontes Ricerche e Interventi": "IT",
        "Fédération des Tunisiens pour une Citoyenneté des deux Rives": "FR",
        "Citizens Initiative": "ZA",
        "Genesis Entrepreneurship Trust": "ZW",
    }


def test_the_six_selected_rank_first_and_every_other_decision_has_a_reason(demo: Services) -> None:
    call = demo.calls.get_by_reference("EOI-2022-01")
    ranking = demo.reviews.ranking(call.id)
    assert [r.status for r in ranking[:6]] == [ApplicationStatus.SELECTED] * 6
    assert [r.rank for r in ranking[:6]] == [1, 2, 3, 4, 5, 6]
    applications = demo.applications.find(call_id=call.id)
    assert len(applications) == 12
    assert all(a.decision_reason for a in applications if a.status != ApplicationStatus.WITHDRAWN)
    assert sum(a.recused_count for a in applications) == 1


def test_projects_cover_three_countries_and_four_activities(demo: Services) -> None:
    programme = demo.programmes.get_by_code("BHA-DIASPORA-2022")
    projects = demo.projects.find(programme_id=programme.id)
    assert sorted({p.country for p in projects}) == ["LB", "TN", "ZW"]
    assert sorted({p.dac_code for p in projects}) == ["11120", "11231", "12264", "15153"]
    assert all(p.locations for p in projects)


def test_people_reached_is_upwards_of_one_and_a_half_million(demo: Services) -> None:
    programme = demo.programmes.get_by_code("BHA-DIASPORA-2022")
    report = demo.reach.people_reached(programme.id)
    explanation = report.explanation
    assert Decimal(1_500_000) <= explanation.direct_unique <= Decimal(1_600_000)
    assert explanation.direct_unique_upper_bound > explanation.direct_unique_conservative
    assert set(explanation.by_country) == {"LB", "TN", "ZW"}
    assert explanation.indirect_unique is not None and explanation.indirect_unique > 0


def test_campaign_engagement_is_never_people(demo: Services) -> None:
    programme = demo.programmes.get_by_code("RDPP-NA-EG")
    indicators = demo.indicators.find(programme.id)
    assert {i.code for i in indicators} >= {"CAMP-VIEWS", "CAMP-LIKES", "CAMP-POINTS"}
    assert {i.reach.value for i in indicators} == {"none"}
    report = demo.reach.people_reached(programme.id)
    assert report.explanation is None
    assert report.message


def test_finance_converts_local_spending_with_stored_rates(demo: Services) -> None:
    project = demo.projects.get_by_code("LB-VAX-01")
    summary = demo.finance.project_summary(project.id, as_of=dt.date(2023, 6, 30))
    usd = summary.in_reporting_currency
    # 88% of the 300,000 grant was spent, 30% of it in Lebanese pounds converted back at each month's rate.
    assert abs(usd.spent - Decimal(264_000)) <= 1
    assert usd.disbursed == Decimal(300_000)
    assert abs(usd.unliquidated_advance - Decimal(36_000)) <= 1


def test_demo_database_passes_the_integrity_check(demo: Services, tmp_path: Path) -> None:
    report = demo.maintenance.check()
    assert report.ok, report
