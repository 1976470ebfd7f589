"""Money is exact end to end on SQLite and PostgreSQL: stored, read back and summed in SQL to the cent;
rates exactly as given; anything past the bounds is refused by the one check every path calls."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from diaspora_grants.db.engine import Database
from diaspora_grants.db.migrate import upgrade_to_head
from diaspora_grants.db.models import BudgetLine, ExchangeRate
from diaspora_grants.domain.errors import ValidationError
from diaspora_grants.domain.money import amount_problem, rate_problem
from diaspora_grants.services.exchange_rates import RateInput
from diaspora_grants.services.finance import BudgetLineInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from tests.conftest import make_services

LARGEST = Decimal("9999999999999.99")


@pytest.fixture
def money_services(database_url: str, tmp_path: Path) -> tuple[Database, Services, int]:
    database = Database(database_url)
    upgrade_to_head(database)
    services = make_services(database, tmp_path)
    partner = services.organisations.create(OrganisationInput(name="Pontes"))
    programme = services.programmes.create(
        ProgrammeInput(code="P1", name="One", start_date=dt.date(2022, 1, 1), end_date=dt.date(2022, 12, 31))
    )
    project = services.projects.create(
        ProjectInput(
            code="TN-01", title="Youth", programme_id=programme.id, partner_id=partner.id, country="TN"
        )
    )
    return database, services, project.id


def test_amounts_are_stored_read_and_summed_to_the_cent(
    money_services: tuple[Database, Services, int],
) -> None:
    database, services, project_id = money_services
    amounts = [LARGEST] * 3 + [Decimal("0.01")] * 7 + [Decimal("1234567.89")] * 5
    for number, amount in enumerate(amounts):
        services.finance.create_budget_line(
            project_id, BudgetLineInput(code=f"L{number}", category="Staff", original_amount=amount)
        )
    with database.session(user="t", write=False) as session:
        stored = session.scalars(select(BudgetLine.original_amount).order_by(BudgetLine.id)).all()
        total = session.scalar(select(func.sum(BudgetLine.original_amount)))
    database.dispose()
    assert stored == amounts
    assert total == Decimal("30000006172839.49")  # a REAL sum gives .50


def test_rates_come_back_exactly_as_given(money_services: tuple[Database, Services, int]) -> None:
    database, services, _ = money_services
    given = [Decimal("0.0000123457"), Decimal("1234.567891"), Decimal("89500"), Decimal("0.000000001")]
    for month, rate in enumerate(given, start=1):
        services.exchange_rates.create(
            RateInput(base_currency="USD", currency="LBP", month=dt.date(2022, month, 1), units_per_base=rate)
        )
    with database.session(user="t", write=False) as session:
        stored = session.scalars(select(ExchangeRate.units_per_base).order_by(ExchangeRate.month)).all()
    database.dispose()
    assert stored == given


@pytest.mark.parametrize(
    "amount", ["1e308", "123456789012345.67", "10000000000000.01", "0.001", "-5", "NaN", "Infinity"]
)
def test_amounts_past_the_bounds_are_refused_with_the_field_named(
    money_services: tuple[Database, Services, int], amount: str
) -> None:
    database, services, project_id = money_services
    with pytest.raises(ValidationError) as refused:
        services.finance.create_budget_line(
            project_id, BudgetLineInput(code="X", category="Staff", original_amount=Decimal(amount))
        )
    database.dispose()
    assert [p.field for p in refused.value.problems] == ["original amount"]


@pytest.mark.parametrize("rate", ["1e308", "0", "-1", "12345.678901", "1e-10", "NaN"])
def test_rates_past_the_bounds_are_refused(money_services: tuple[Database, Services, int], rate: str) -> None:
    database, services, _ = money_services
    with pytest.raises(ValidationError) as refused:
        services.exchange_rates.create(
            RateInput(
                base_currency="USD", currency="LBP", month=dt.date(2022, 1, 1), units_per_base=Decimal(rate)
            )
        )
    database.dispose()
    assert [p.field for p in refused.value.problems] == ["units per base"]


def test_the_bounds_themselves() -> None:
    assert amount_problem("a", Decimal("10000000000000")) is None
    assert amount_problem("a", Decimal("-10000000000000"), negative=True) is None
    assert amount_problem("a", Decimal("10000000000000.01")) is not None
    assert rate_problem("r", Decimal("1234567890")) is None
    assert rate_problem("r", Decimal("1000000000000")) is None
    assert rate_problem("r", Decimal("12345678901")) is not None
