"""The same refusals through the app's services, connected as each person: a one-line message a
person can act on (a DomainError, never a traceback), and `allowed()` says why beforehand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from diaspora_grants.domain.enums import Action, ResultStatus
from diaspora_grants.domain.errors import AccessDeniedError, DomainError, LockedPeriodError, WorkflowError
from diaspora_grants.services.access import AccessService
from diaspora_grants.services.finance import BudgetLineInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.result_cells import CellInput
from diaspora_grants.services.reviews import ReviewInput
from tests.team.conftest import Team

pytestmark = pytest.mark.postgres


def one_line(error: pytest.ExceptionInfo[DomainError]) -> str:
    message = str(error.value)
    assert "\n" not in message and "Traceback" not in message and "CONTEXT" not in message
    return message


def test_an_me_officer_is_told_who_approves_results(team: Team, tmp_path: Path) -> None:
    services = team.services_as("officer", tmp_path)
    allowed = AccessService(services.context).allowed(Action.APPROVE_RESULTS, team.programme_a)

    with pytest.raises(AccessDeniedError) as refused:
        services.results.approve(team.project_a, team.indicator_a, team.open_period)

    officer = team.logins["officer"]
    expected = f"{officer} may not approve results in programme TEAM-A: only programme managers may"
    assert not allowed and allowed.reason == expected
    assert one_line(refused) == expected


def test_the_approver_of_results_differs_from_the_submitter(team: Team, tmp_path: Path) -> None:
    both, manager = team.services_as("both", tmp_path), team.services_as("manager", tmp_path)
    both.results.save_grid(team.project_a, team.indicator_a, team.open_period, [CellInput.single(12)])

    allowed = AccessService(both.context).allowed(Action.APPROVE_RESULTS, team.programme_a)
    # The app refuses first, in its own words; the server's trigger stands behind it for plain SQL
    # (tests/team/test_server_refuses.py).
    with pytest.raises(WorkflowError) as refused:
        both.results.approve(team.project_a, team.indicator_a, team.open_period)
    approved = manager.results.approve(team.project_a, team.indicator_a, team.open_period)

    assert allowed, "the role allows approving; only these results, submitted by them, are refused"
    assert "the programme asks someone else to approve them" in one_line(refused)
    assert approved == 1
    grid = manager.results.grid(team.project_a, team.indicator_a, team.open_period)
    assert grid.status == ResultStatus.APPROVED


def test_a_locked_period_is_refused_in_the_words_of_the_app(team: Team, tmp_path: Path) -> None:
    services = team.services_as("officer", tmp_path)
    with pytest.raises(LockedPeriodError) as refused:
        services.results.save_grid(
            team.project_a, team.indicator_a, team.locked_period, [CellInput.single(1)]
        )
    assert one_line(refused).startswith("period 2022-Q1 is locked")


def test_a_finance_officer_is_refused_another_programmes_budget(team: Team, tmp_path: Path) -> None:
    services = team.services_as("finance", tmp_path)
    access = AccessService(services.context)
    line = BudgetLineInput(code="9.9", category="Staff", original_amount=Decimal(10))

    # Programme B's project is not even there for them: the app says what they can see.
    with pytest.raises(DomainError) as refused:
        services.finance.create_budget_line(team.project_b, line)
    created = services.finance.create_budget_line(team.project_a, line)

    assert access.allowed(Action.ENTER_FINANCE, team.programme_a)
    denied = access.allowed(Action.ENTER_FINANCE, team.programme_b)
    assert not denied
    # A programme they may not read is named by its number only.
    assert denied.reason.endswith(
        f"may not enter budgets, tranches and expenditures in programme #{team.programme_b}:"
        " only finance officers may"
    )
    assert one_line(refused) == f"project #{team.project_b} does not exist"
    assert created.updated_by == team.logins["finance"]
    assert [b.code for b in team.owner.finance.budget_lines(team.project_b)] == []


def test_a_viewer_changes_nothing_and_is_told_who_may(team: Team, tmp_path: Path) -> None:
    services = team.services_as("viewer", tmp_path)
    allowed = AccessService(services.context).allowed(Action.EDIT_ORGANISATIONS)

    with pytest.raises(AccessDeniedError) as refused:
        services.organisations.create(OrganisationInput(name="Genesis Entrepreneurship Trust"))

    assert not allowed
    assert one_line(refused) == allowed.reason
    assert allowed.reason.endswith("only administrators and programme managers may")


def test_a_viewer_reads_only_their_programme(team: Team, tmp_path: Path) -> None:
    services = team.services_as("viewer", tmp_path)
    assert [p.code for p in services.projects.find()] == ["PB"]
    assert [p.code for p in services.programmes.find()] == ["TEAM-B"]
    assert AccessService(services.context).allowed(Action.READ, team.programme_b)
    assert not AccessService(services.context).allowed(Action.READ, team.programme_a)


def test_a_reviewer_sees_only_their_own_review_during_the_review(team: Team, tmp_path: Path) -> None:
    services = team.services_as("reviewer1", tmp_path)
    reviews = services.reviews.find(call_id=team.call)
    assert [r.reviewer for r in reviews] == [team.logins["reviewer1"]]
    assert AccessService(services.context).allowed(Action.REVIEW, team.programme_a, call_id=team.call)


def test_a_reviewer_may_not_write_in_another_reviewers_name(team: Team, tmp_path: Path) -> None:
    services = team.services_as("reviewer1", tmp_path)
    review = ReviewInput(
        application_id=team.applications[1],
        reviewer=team.logins["reviewer2"],
        scores={team.criteria[0]: Decimal(1)},
    )
    with pytest.raises(AccessDeniedError) as refused:
        services.reviews.create(review)
    assert "a review is written only by its reviewer" in one_line(refused)


def test_the_audit_trail_names_the_login_not_the_name_typed(team: Team, tmp_path: Path) -> None:
    services = team.services_as("finance", tmp_path)
    services.context.user = "somebody else"  # what a typed name would be
    line = services.finance.budget_lines(team.project_a)[0]
    services.finance.update_budget_line(
        line.id,
        BudgetLineInput(code=line.code, category=line.category, original_amount=Decimal(1234)),
        expected_version=line.version,
    )
    entries = team.owner.audit.find(table="budget_lines", record_id=line.id)
    assert entries[0].user_name == team.logins["finance"]
    assert entries[0].new_value == "1234"


def test_the_owner_is_told_it_may_do_everything(team: Team) -> None:
    assert AccessService(team.owner.context).allowed(Action.MANAGE_PEOPLE)


def test_an_me_officer_loads_results_in_bulk_as_the_server_checks_them(team: Team, tmp_path: Path) -> None:
    services = team.services_as("officer", tmp_path)
    period = services.periods.create(team.programme_a, "2022-Q3", dt.date(2022, 7, 1), dt.date(2022, 9, 30))
    cell = (team.project_a, team.indicator_a, period.id, None, None, None, None, Decimal(8), "submitted")

    loaded = services.results.bulk_insert([cell])
    with pytest.raises(AccessDeniedError) as refused:
        services.results.bulk_insert([(*cell[:7], Decimal(9), "approved")])

    assert loaded == 1
    assert "may not approve results in programme TEAM-A" in one_line(refused)
    grid = team.owner.results.grid(team.project_a, team.indicator_a, period.id)
    assert [c.value for c in grid.cells] == [Decimal(8)]
