"""Budget lines, tranches, expenditure and the finance summaries, with figures computed by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from diaspora_grants.domain.enums import TrancheStatus
from diaspora_grants.domain.errors import (
    DuplicateError,
    MissingExchangeRateError,
    ReasonRequiredError,
    ValidationError,
    WorkflowError,
)
from diaspora_grants.services.exchange_rates import RateInput
from diaspora_grants.services.finance import BudgetLineInput, ExpenditureInput, TrancheInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services

D = Decimal


def new_project(
    services: Services,
    code: str = "LB-01",
    currency: str = "USD",
    grant: str = "100000",
    reporting: str = "USD",
) -> int:
    programme_id = services.programmes.find_id("BHA-DIAS")
    if programme_id is None:
        programme_id = services.programmes.create(
            ProgrammeInput(
                code="BHA-DIAS",
                name="Diaspora partners",
                start_date=dt.date(2022, 1, 1),
                end_date=dt.date(2023, 12, 31),
                currency=reporting,
            )
        ).id
    partner = (
        services.organisations.find_id("Citizens Initiative")
        or services.organisations.create(OrganisationInput(name="Citizens Initiative", hq_country="ZA")).id
    )
    return services.projects.create(
        ProjectInput(
            code=code,
            title="Youth development",
            programme_id=programme_id,
            partner_id=partner,
            country="LB",
            planned_start=dt.date(2022, 3, 1),
            planned_end=dt.date(2023, 2, 28),
            grant_amount=D(grant),
            currency=currency,
        )
    ).id


def rate(services: Services, currency: str, month: dt.date, units: str, base: str = "USD") -> None:
    services.exchange_rates.create(
        RateInput(base_currency=base, currency=currency, month=month, units_per_base=D(units))
    )


def tranche(number: int, amount: str, planned: dt.date, **extra: object) -> TrancheInput:
    return TrancheInput(number=number, planned_date=planned, planned_amount=D(amount), **extra)  # type: ignore[arg-type]


# Budget lines ---------------------------------------------------------------------------------


def test_budget_line_codes_are_unique_per_project_only(services: Services) -> None:
    first, second = new_project(services), new_project(services, code="TN-01")
    staff = BudgetLineInput(code="1.1", category="Staff", original_amount=D(60000), revised_amount=D(50000))
    line = services.finance.create_budget_line(first, staff)
    services.finance.create_budget_line(second, staff)

    assert line.current_amount == D(50000)
    with pytest.raises(DuplicateError, match=r"1\.1"):
        services.finance.create_budget_line(
            first, BudgetLineInput(code="1.1", category="x", original_amount=D(1))
        )
    with pytest.raises(ValidationError) as error:
        services.finance.create_budget_line(
            first, BudgetLineInput(code="2", category="x", original_amount=D(-1))
        )
    assert [p.field for p in error.value.problems] == ["original amount"]


def test_budget_line_with_spending_is_not_deleted(services: Services) -> None:
    project = new_project(services)
    line = services.finance.create_budget_line(
        project, BudgetLineInput(code="1", category="Staff", original_amount=D(100))
    )
    services.finance.create_expenditure(
        project, ExpenditureInput(spent_on=dt.date(2022, 4, 1), amount=D(10), budget_line_id=line.id)
    )
    with pytest.raises(WorkflowError, match="1 expenditures"):
        services.finance.delete_budget_line(line.id, expected_version=line.version)
    assert [b.code for b in services.finance.budget_lines(project)] == ["1"]


# Tranches -------------------------------------------------------------------------------------


def test_tranche_is_approved_then_paid_with_date_and_amount(services: Services) -> None:
    project = new_project(services)
    planned = services.finance.create_tranche(project, tranche(1, "40000", dt.date(2022, 3, 15)))
    assert (planned.status, planned.currency) == (TrancheStatus.SCHEDULED, "USD")

    with pytest.raises(WorkflowError, match="approve it first"):
        services.finance.mark_paid(
            planned.id, dt.date(2022, 3, 20), D(40000), expected_version=planned.version
        )
    approved = services.finance.approve_tranche(planned.id, expected_version=planned.version)
    paid = services.finance.mark_paid(
        approved.id, dt.date(2022, 3, 20), D(39500), expected_version=approved.version
    )

    assert (paid.status, paid.actual_date, paid.actual_amount) == (
        TrancheStatus.PAID,
        dt.date(2022, 3, 20),
        D(39500),
    )
    with pytest.raises(WorkflowError, match="paid"):
        services.finance.cancel_tranche(paid.id, expected_version=paid.version)
    with pytest.raises(WorkflowError, match="cannot be deleted"):
        services.finance.delete_tranche(paid.id, expected_version=paid.version)


def test_payment_in_the_future_or_negative_is_refused(services: Services) -> None:
    project = new_project(services)
    planned = services.finance.create_tranche(project, tranche(1, "100", dt.date(2022, 3, 15)))
    approved = services.finance.approve_tranche(planned.id, expected_version=planned.version)

    with pytest.raises(ValidationError) as error:
        services.finance.mark_paid(
            approved.id, dt.date(2022, 9, 16), D(-5), expected_version=approved.version
        )
    assert [p.field for p in error.value.problems] == ["actual date", "actual amount"]
    assert services.finance.tranches(project)[0].status == TrancheStatus.APPROVED


@pytest.mark.parametrize(
    ("extra", "fields"),
    [
        ({"status": TrancheStatus.PAID}, ["actual date", "actual amount"]),
        ({"status": TrancheStatus.PAID, "actual_date": dt.date(2022, 3, 1)}, ["actual amount"]),
        ({"status": TrancheStatus.APPROVED, "actual_amount": D(5)}, ["status"]),
    ],
)
def test_a_paid_tranche_needs_its_actual_date_and_amount_and_only_a_paid_one_has_them(
    services: Services, extra: dict[str, object], fields: list[str]
) -> None:
    project = new_project(services)
    with pytest.raises(ValidationError) as error:
        services.finance.create_tranche(project, tranche(1, "100", dt.date(2022, 3, 1), **extra))
    assert [p.field for p in error.value.problems] == fields


def test_cancelled_tranche_can_be_rescheduled_but_not_paid(services: Services) -> None:
    project = new_project(services)
    planned = services.finance.create_tranche(project, tranche(1, "100", dt.date(2022, 10, 1)))
    cancelled = services.finance.cancel_tranche(planned.id, expected_version=planned.version)
    with pytest.raises(WorkflowError):
        services.finance.update_tranche(
            cancelled.id,
            tranche(
                1,
                "100",
                dt.date(2022, 10, 1),
                status=TrancheStatus.PAID,
                actual_date=dt.date(2022, 9, 1),
                actual_amount=D(100),
            ),
            expected_version=cancelled.version,
        )
    again = services.finance.update_tranche(
        cancelled.id, tranche(1, "120", dt.date(2022, 11, 1)), expected_version=cancelled.version
    )
    assert (again.status, again.planned_amount) == (TrancheStatus.SCHEDULED, D(120))
    with pytest.raises(DuplicateError):
        services.finance.create_tranche(project, tranche(1, "5", dt.date(2022, 12, 1)))


# Expenditure ----------------------------------------------------------------------------------


def test_expenditure_must_use_a_budget_line_of_its_own_project(services: Services) -> None:
    first, second = new_project(services), new_project(services, code="TN-01")
    other_line = services.finance.create_budget_line(
        second, BudgetLineInput(code="1", category="Staff", original_amount=D(100))
    )
    with pytest.raises(ValidationError) as error:
        services.finance.create_expenditure(
            first, ExpenditureInput(spent_on=dt.date(2022, 4, 1), amount=D(10), budget_line_id=other_line.id)
        )
    assert [p.field for p in error.value.problems] == ["budget line"]
    with pytest.raises(ValidationError, match="future"):
        services.finance.create_expenditure(
            first, ExpenditureInput(spent_on=dt.date(2022, 10, 1), amount=D(1))
        )
    assert services.finance.expenditures(first) == []


# Summaries ------------------------------------------------------------------------------------


def build_usd_project(services: Services) -> int:
    """Grant 100,000 USD; budget 100,000 revised to 90,000; one tranche paid; spending in 3 currencies."""
    project = new_project(services)
    rate(services, "LBP", dt.date(2022, 6, 1), "1507.5")
    rate(services, "TND", dt.date(2022, 7, 1), "3.0")
    staff = services.finance.create_budget_line(
        project,
        BudgetLineInput(code="A", category="Staff", original_amount=D(60000), revised_amount=D(50000)),
    )
    works = services.finance.create_budget_line(
        project, BudgetLineInput(code="B", category="Works", original_amount=D(40000))
    )
    services.finance.create_tranche(
        project,
        tranche(
            1,
            "40000",
            dt.date(2022, 3, 15),
            status=TrancheStatus.PAID,
            actual_date=dt.date(2022, 3, 15),
            actual_amount=D(40000),
        ),
    )
    services.finance.create_tranche(
        project, tranche(2, "35000", dt.date(2022, 10, 1), status=TrancheStatus.APPROVED)
    )
    services.finance.create_tranche(project, tranche(3, "25000", dt.date(2023, 1, 15)))
    services.finance.create_tranche(
        project, tranche(4, "999", dt.date(2023, 2, 1), status=TrancheStatus.CANCELLED)
    )
    for day, amount, currency, line in (
        (dt.date(2022, 4, 10), "12000", "USD", staff.id),
        (dt.date(2022, 6, 20), "30150000", "LBP", staff.id),  # 20,000 USD at 1,507.5
        (dt.date(2022, 7, 5), "1500", "TND", works.id),  # 500 USD at 3.0
        (dt.date(2022, 8, 1), "100", "USD", None),
    ):
        services.finance.create_expenditure(
            project, ExpenditureInput(spent_on=day, amount=D(amount), currency=currency, budget_line_id=line)
        )
    return project


def test_project_summary_in_usd(services: Services) -> None:
    project = build_usd_project(services)

    summary = services.finance.project_summary(project)
    usd = summary.in_project_currency

    assert summary.as_of == dt.date(2022, 9, 15)
    assert (usd.currency, usd.grant, usd.budget_original, usd.budget_revised) == (
        "USD",
        D(100000),
        D(100000),
        D(90000),
    )
    assert (usd.disbursed, usd.to_disburse) == (D(40000), D(60000))
    assert (usd.spent, usd.spent_without_line) == (D(32600), D(100))
    assert usd.remaining == D(67400)
    assert usd.unliquidated_advance == D(7400)
    assert usd.burn_rate == D("0.3622")  # 32,600 / 90,000
    assert summary.time_elapsed == D("0.5440")  # 198 of 364 days
    assert summary.in_reporting_currency == usd
    staff, works = summary.lines
    assert (staff.code, staff.in_project_currency.spent, staff.in_project_currency.remaining) == (
        "A",
        D(32000),
        D(18000),
    )
    assert staff.in_project_currency.burn_rate == D("0.64")
    assert (works.in_project_currency.spent, works.in_project_currency.remaining) == (D(500), D(39500))
    assert works.in_project_currency.burn_rate == D("0.0125")


def test_project_summary_as_of_an_earlier_day(services: Services) -> None:
    project = build_usd_project(services)

    usd = services.finance.project_summary(project, as_of=dt.date(2022, 5, 31)).in_project_currency

    assert (usd.spent, usd.disbursed, usd.unliquidated_advance, usd.remaining) == (
        D(12000),
        D(40000),
        D(28000),
        D(88000),
    )


def test_summary_of_a_dinar_grant_in_dinars_and_dollars(services: Services) -> None:
    project = new_project(services, code="TN-01", currency="TND", grant="300000")
    rate(services, "TND", dt.date(2022, 3, 1), "3.0")
    rate(services, "TND", dt.date(2022, 5, 1), "3.1")
    rate(services, "TND", dt.date(2022, 6, 1), "3.2")
    line = services.finance.create_budget_line(
        project, BudgetLineInput(code="1", category="All", original_amount=D(300000))
    )
    services.finance.create_tranche(
        project,
        tranche(
            1,
            "150000",
            dt.date(2022, 3, 10),
            status=TrancheStatus.PAID,
            actual_date=dt.date(2022, 3, 20),
            actual_amount=D(150000),
        ),
    )
    services.finance.create_expenditure(
        project, ExpenditureInput(spent_on=dt.date(2022, 5, 9), amount=D(30000), budget_line_id=line.id)
    )
    services.finance.create_expenditure(
        project, ExpenditureInput(spent_on=dt.date(2022, 6, 10), amount=D(1000), currency="USD")
    )

    summary = services.finance.project_summary(project)
    tnd, usd = summary.in_project_currency, summary.in_reporting_currency

    assert (tnd.currency, tnd.grant, tnd.disbursed, tnd.spent) == ("TND", D(300000), D(150000), D(33200))
    assert (tnd.remaining, tnd.unliquidated_advance, tnd.burn_rate) == (D(266800), D(116800), D("0.1107"))
    # Grant and budget at the March rate (3.0); 30,000 TND at May's 3.1 = 9,677.42 USD.
    assert (usd.currency, usd.grant, usd.budget_revised, usd.disbursed) == (
        "USD",
        D(100000),
        D(100000),
        D(50000),
    )
    assert usd.spent == D("10677.42")
    assert usd.remaining == D("89322.58")
    assert usd.unliquidated_advance == D("39322.58")
    assert summary.lines[0].in_reporting_currency.spent == D("9677.42")
    assert (usd.spent_without_line, tnd.spent_without_line) == (D(1000), D(3200))


def test_spending_that_cannot_be_converted_is_refused_naming_the_missing_rate(services: Services) -> None:
    project = new_project(services)
    zwl = ExpenditureInput(spent_on=dt.date(2022, 8, 3), amount=D(5000), currency="ZWL")
    with pytest.raises(MissingExchangeRateError, match=r"ZWL.*2022-08") as refused:
        services.finance.create_expenditure(project, zwl)
    assert (refused.value.currency, refused.value.base, refused.value.month) == ("ZWL", "USD", "2022-08")
    assert services.finance.expenditures(project) == []
    rate(services, "ZWL", dt.date(2022, 8, 1), "500")
    services.finance.create_expenditure(project, zwl)
    assert services.finance.project_summary(project).in_project_currency.spent == D(10)


def test_a_missing_rate_still_names_currency_and_month_in_the_summary(services: Services) -> None:
    project = new_project(services)
    rate(services, "ZWL", dt.date(2022, 8, 1), "500")
    services.finance.create_expenditure(
        project, ExpenditureInput(spent_on=dt.date(2022, 8, 3), amount=D(5000), currency="ZWL")
    )
    rate_id = services.exchange_rates.find(currency="ZWL")[0]
    services.exchange_rates.delete(rate_id.id, expected_version=rate_id.version)
    with pytest.raises(MissingExchangeRateError, match=r"ZWL.*2022-08"):
        services.finance.project_summary(project)


def test_unliquidated_advance_is_never_negative(services: Services) -> None:
    project = new_project(services)
    services.finance.create_expenditure(
        project, ExpenditureInput(spent_on=dt.date(2022, 4, 1), amount=D(700))
    )
    usd = services.finance.project_summary(project).in_project_currency
    assert (usd.disbursed, usd.spent, usd.unliquidated_advance, usd.burn_rate) == (D(0), D(700), D(0), None)


def test_programme_summary_adds_projects_in_the_reporting_currency(services: Services) -> None:
    build_usd_project(services)
    dinar = new_project(services, code="TN-01", currency="TND", grant="30000")
    rate(services, "TND", dt.date(2022, 3, 1), "3.0")
    services.finance.create_expenditure(
        dinar, ExpenditureInput(spent_on=dt.date(2022, 7, 20), amount=D(1500))
    )

    summary = services.finance.programme_summary(services.programmes.find_id("BHA-DIAS") or 0)

    assert [p.project_code for p in summary.projects] == ["LB-01", "TN-01"]
    totals = summary.totals
    assert (totals.currency, totals.grant, totals.spent) == ("USD", D(110000), D(33100))  # 32,600 + 500
    assert (totals.disbursed, totals.unliquidated_advance, totals.remaining) == (D(40000), D(7400), D(76900))
    assert totals.burn_rate == D("0.3678")  # 33,100 / 90,000
    assert summary.time_elapsed == D("0.3525")  # 257 of 729 days of the programme


def test_programme_in_euros_converts_dollar_projects(services: Services) -> None:
    project = new_project(services, reporting="EUR", grant="10000")
    rate(services, "EUR", dt.date(2022, 3, 1), "0.95")
    summary = services.finance.project_summary(project)
    assert (summary.in_reporting_currency.currency, summary.in_reporting_currency.grant) == ("EUR", D(9500))


# Revisions and workflow steps -----------------------------------------------------------------


def test_a_revision_needs_a_reason_and_keeps_the_history(services: Services) -> None:
    project = new_project(services)
    line = services.finance.create_budget_line(
        project, BudgetLineInput(code="ACT", category="Activities", original_amount=D(60000))
    )
    revised = BudgetLineInput(
        code="ACT", category="Activities", original_amount=D(60000), revised_amount=D(52000)
    )
    with pytest.raises(ReasonRequiredError, match="revised amount of ACT changes: say why"):
        services.finance.update_budget_line(line.id, revised, expected_version=line.version)

    line = services.finance.update_budget_line(
        line.id, revised, expected_version=line.version, reason="Fewer sessions after the floods"
    )
    line = services.finance.update_budget_line(
        line.id,
        replace(revised, revised_amount=D(55000)),
        expected_version=line.version,
        reason="Donor approved a top-up",
    )
    # A change elsewhere on the line is no revision and asks nothing.
    line = services.finance.update_budget_line(
        line.id,
        replace(revised, revised_amount=D(55000), description="Training"),
        expected_version=line.version,
    )

    assert (line.current_amount, line.revision_count, line.last_revision_reason) == (
        D(55000),
        2,
        "Donor approved a top-up",
    )
    history = services.finance.budget_revisions(line.id)
    assert [(r.previous_amount, r.revised_amount, r.reason, r.revised_by, r.revised_on) for r in history] == [
        (D(60000), D(52000), "Fewer sessions after the floods", "tester", dt.date(2022, 9, 15)),
        (D(52000), D(55000), "Donor approved a top-up", "tester", dt.date(2022, 9, 15)),
    ]


def test_an_import_names_its_file_as_the_reason_of_a_revision(services: Services) -> None:
    project = new_project(services)
    line = services.finance.create_budget_line(
        project,
        BudgetLineInput(code="ACT", category="Activities", original_amount=D(100), revised_amount=D(90)),
    )
    assert services.finance.budget_revisions(line.id)[0].reason == "entered already revised"
    with services.unit_of_work(reason="import of budget.xlsx") as uow:
        uow.finance.update_budget_line(
            line.id,
            BudgetLineInput(code="ACT", category="Activities", original_amount=D(100), revised_amount=D(80)),
            expected_version=line.version,
        )
    assert [r.reason for r in services.finance.budget_revisions(line.id)] == [
        "entered already revised",
        "import of budget.xlsx",
    ]


def test_a_tranche_says_its_next_step_and_why_others_wait(services: Services) -> None:
    project = new_project(services)
    planned = services.finance.create_tranche(project, tranche(2, "40000", dt.date(2022, 3, 15)))
    steps = {s.target: s.blocked for s in planned.steps}
    assert planned.next_status == TrancheStatus.APPROVED
    assert steps[TrancheStatus.APPROVED] is None
    assert steps[TrancheStatus.PAID] == "tranche 2 is scheduled: approve it first"
    paid = services.finance.mark_paid(
        services.finance.approve_tranche(planned.id, expected_version=planned.version).id,
        dt.date(2022, 3, 20),
        D(40000),
        expected_version=planned.version + 1,
    )
    assert paid.next_status is None
    assert {s.blocked for s in paid.steps} == {
        "tranche 2 was paid: money that left the account stays on record"
    }
