"""A team's database on the real PostgreSQL server: two programmes, a call under blind review, and
one person per role, each a login of the server with a name unique to the test run.

Role tests need PostgreSQL (a SQLite file is single-user): without DIASPORA_GRANTS_TEST_PG they
are skipped with that reason, and in CI (CI=true) its absence fails them.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.domain.enums import AccessRole, ApplicationStatus, CallStatus
from diaspora_grants.services.applications import ApplicationInput
from diaspora_grants.services.calls import CallInput, CriterionInput
from diaspora_grants.services.context import ServiceContext
from diaspora_grants.services.finance import BudgetLineInput
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.people import PeopleService
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput
from diaspora_grants.services.reviews import ReviewInput
from tests.conftest import PG_ENV, TODAY, drop_group_roles, in_ci

TEAM_MODE_NEEDS_POSTGRESQL = (
    "team mode needs PostgreSQL (a SQLite file is single-user): "
    "set DIASPORA_GRANTS_TEST_PG to run the role tests"
)

#: Who is who in the team database (key -> role and where it is held).
PEOPLE: dict[str, tuple[AccessRole, str | None]] = {
    "admin": (AccessRole.ADMINISTRATOR, None),
    "manager": (AccessRole.PROGRAMME_MANAGER, "A"),
    "officer": (AccessRole.ME_OFFICER, "A"),
    "finance": (AccessRole.FINANCE_OFFICER, "A"),
    "reviewer1": (AccessRole.REVIEWER, "call"),
    "reviewer2": (AccessRole.REVIEWER, "call"),
    "viewer": (AccessRole.VIEWER, "B"),
    # A small office's manager who also enters results: the four-eyes rule still holds for them.
    "both": (AccessRole.PROGRAMME_MANAGER, "A"),
}


@dataclass
class Team:
    url: str
    database: Database
    owner: Services
    logins: dict[str, str]
    programme_a: int = 0
    programme_b: int = 0
    call: int = 0
    call_reference: str = ""
    applications: list[int] = field(default_factory=list)
    #: An application of another call of programme A, which no reviewer of the team is assigned to.
    other_application: int = 0
    criteria: list[int] = field(default_factory=list)
    reviews: dict[str, int] = field(default_factory=dict)
    project_a: int = 0
    project_b: int = 0
    indicator_a: int = 0
    open_period: int = 0
    locked_period: int = 0
    period_b: int = 0
    indicator_b: int = 0
    budget_line_a: int = 0

    def url_of(self, key: str) -> str:
        return (
            make_url(self.url)
            .set(username=self.logins[key], password=f"pw-{self.logins[key]}")
            .render_as_string(hide_password=False)
        )

    def connect(self, key: str) -> psycopg.Connection[tuple[object, ...]]:
        """A plain psycopg connection as that person, as psql would make it."""
        url = make_url(self.url)
        return psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=self.logins[key],
            password=f"pw-{self.logins[key]}",
            autocommit=True,
        )

    def services_as(self, key: str, tmp_path: Path) -> Services:
        """The app's services connected as that person (their login names their work)."""
        database = Database(self.url_of(key))
        self._opened.append(database)
        context = ServiceContext(database, self.logins[key], tmp_path / "documents", today=lambda: TODAY)
        return Services(context)

    _opened: list[Database] = field(default_factory=list)

    def close(self) -> None:
        for database in self._opened:
            database.dispose()
        self._opened.clear()


@pytest.fixture(scope="module")
def team_server() -> str:
    server = os.environ.get(PG_ENV)
    if not server:
        if in_ci():
            pytest.fail(f"PostgreSQL ({PG_ENV}) is required in CI but is not available", pytrace=False)
        pytest.skip(TEAM_MODE_NEEDS_POSTGRESQL)
    return server


@pytest.fixture(scope="module")
def team(team_server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    """One team database per test module; people and group roles are dropped afterwards."""
    name = f"dg_team_{uuid.uuid4().hex[:10]}"
    admin = create_engine(team_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(team_server).set(database=name).render_as_string(hide_password=False)
    database = Database(url)
    prefix = f"t{uuid.uuid4().hex[:6]}_"
    team = Team(url, database, _owner_services(database, tmp_path_factory.mktemp("team")), {})
    try:
        upgrade_to_head(database)
        _build(team)
        _add_people(team, prefix)
        yield team
    finally:
        team.close()
        database.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            drop_group_roles(connection, name)
            for login in team.logins.values():
                connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


def _owner_services(database: Database, folder: Path) -> Services:
    return Services(ServiceContext(database, "owner", folder / "documents", today=lambda: TODAY))


def _build(team: Team) -> None:
    """Programme A with a call under review, a project, results and a budget; programme B apart."""
    s = team.owner
    start, end = dt.date(2022, 1, 1), dt.date(2022, 12, 31)
    team.programme_a = s.programmes.create(
        ProgrammeInput(code="TEAM-A", name="A", start_date=start, end_date=end)
    ).id
    team.programme_b = s.programmes.create(
        ProgrammeInput(code="TEAM-B", name="B", start_date=start, end_date=end)
    ).id
    partner = s.organisations.create(OrganisationInput(name="Pontes Ricerche")).id
    other = s.organisations.create(OrganisationInput(name="Citizens Initiative")).id
    call = s.calls.record(
        CallInput(reference="EOI-TEAM-01", title="Call", programme_id=team.programme_a),
        CallStatus.UNDER_REVIEW,
    )
    call = s.calls.set_criteria(
        call.id,
        [
            CriterionInput(name="Relevance", weight=Decimal(50)),
            CriterionInput(name="Capacity", weight=Decimal(50)),
        ],
        expected_version=call.version,
    )
    team.call, team.call_reference = call.id, call.reference
    team.criteria = [c.id for c in call.criteria]
    for organisation in (partner, other):
        application = ApplicationInput(
            call_id=call.id,
            organisation_id=organisation,
            received_date=dt.date(2022, 3, 1),
            title=f"Plan {organisation}",
        )
        team.applications.append(s.applications.record(application, ApplicationStatus.ELIGIBLE, None).id)
    other_call = s.calls.record(
        CallInput(reference="EOI-TEAM-02", title="Other call", programme_id=team.programme_a),
        CallStatus.UNDER_REVIEW,
    )
    team.other_application = s.applications.record(
        ApplicationInput(
            call_id=other_call.id, organisation_id=other, received_date=dt.date(2022, 3, 1), title="Other"
        ),
        ApplicationStatus.ELIGIBLE,
        None,
    ).id
    project = ProjectInput(
        code="PA", title="A", programme_id=team.programme_a, partner_id=partner, country="LB"
    )
    team.project_a = s.projects.create(project).id
    team.project_b = s.projects.create(
        ProjectInput(code="PB", title="B", programme_id=team.programme_b, partner_id=other, country="EG")
    ).id
    _build_results(team)
    team.budget_line_a = s.finance.create_budget_line(
        team.project_a, BudgetLineInput(code="1.1", category="Staff", original_amount=Decimal(1000))
    ).id


def _build_results(team: Team) -> None:
    s = team.owner
    indicator = IndicatorInput(code="PPL", name="People", disaggregated=False)
    team.indicator_a = s.indicators.create(team.programme_a, indicator).id
    team.indicator_b = s.indicators.create(team.programme_b, indicator).id
    locked = s.periods.create(team.programme_a, "2022-Q1", dt.date(2022, 1, 1), dt.date(2022, 3, 31))
    team.open_period = s.periods.create(
        team.programme_a, "2022-Q2", dt.date(2022, 4, 1), dt.date(2022, 6, 30)
    ).id
    team.period_b = s.periods.create(
        team.programme_b, "2022-Q1", dt.date(2022, 1, 1), dt.date(2022, 3, 31)
    ).id
    s.results.save_grid(team.project_a, team.indicator_a, locked.id, [CellInput.single(5)])
    s.results.save_grid(team.project_a, team.indicator_a, team.open_period, [CellInput.single(10)])
    s.results.save_grid(team.project_b, team.indicator_b, team.period_b, [CellInput.single(7)])
    team.locked_period = s.periods.lock(locked.id, "reported to the donor").id


def _add_people(team: Team, prefix: str) -> None:
    people = PeopleService(team.owner.context)
    scope = {"A": "TEAM-A", "B": "TEAM-B"}
    for key, (role, where) in PEOPLE.items():
        login = f"{prefix}{key}"
        team.logins[key] = login
        people.add(login, key.title(), password=f"pw-{login}")
        if where == "call":
            people.grant(login, role, call=team.call_reference)
        else:
            people.grant(login, role, programme=scope[where] if where else None)
    people.grant(team.logins["both"], AccessRole.ME_OFFICER, programme="TEAM-A")
    for reviewer in ("reviewer1", "reviewer2"):
        review = team.services_as(reviewer, Path("/nonexistent")).reviews.create(
            ReviewInput(
                application_id=team.applications[0],
                reviewer=team.logins[reviewer],
                scores={team.criteria[0]: Decimal(4), team.criteria[1]: Decimal(3)},
                comment=f"scored by {reviewer}",
            )
        )
        team.reviews[reviewer] = review.id
