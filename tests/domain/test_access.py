"""Who may do what: the table the app and the server's rules are both written from."""

from __future__ import annotations

import pytest

from diaspora_grants.db import models  # noqa: F401 - registers every table
from diaspora_grants.db.base import Base
from diaspora_grants.db.team_access import actions_writing, covered_tables, group_role, written_tables
from diaspora_grants.domain.access import Assignment, decide, holders, refusal
from diaspora_grants.domain.enums import AccessRole, Action

R, A = AccessRole, Action
PROGRAMME, OTHER, CALL, OTHER_CALL = 1, 2, 10, 11

#: (role held in PROGRAMME, action) -> allowed there; the issue's words, one row each.
EXPECTED = {
    (R.PROGRAMME_MANAGER, A.RUN_CALLS): True,
    (R.PROGRAMME_MANAGER, A.AWARD): True,
    (R.PROGRAMME_MANAGER, A.APPROVE_RESULTS): True,
    (R.PROGRAMME_MANAGER, A.LOCK_PERIODS): True,
    (R.PROGRAMME_MANAGER, A.ENTER_RESULTS): False,
    (R.PROGRAMME_MANAGER, A.ENTER_FINANCE): False,
    (R.ME_OFFICER, A.ENTER_RESULTS): True,
    (R.ME_OFFICER, A.APPROVE_RESULTS): False,
    (R.ME_OFFICER, A.LOCK_PERIODS): False,
    (R.FINANCE_OFFICER, A.ENTER_FINANCE): True,
    (R.FINANCE_OFFICER, A.ENTER_RATES): True,
    (R.FINANCE_OFFICER, A.ENTER_RESULTS): False,
    (R.VIEWER, A.READ): True,
    (R.VIEWER, A.ENTER_RESULTS): False,
    (R.VIEWER, A.RUN_CALLS): False,
}


@pytest.mark.parametrize(("role", "action"), list(EXPECTED))
def test_each_role_may_do_what_the_issue_says(role: AccessRole, action: Action) -> None:
    answer = decide("amira", [Assignment(role, PROGRAMME)], action, programme_id=PROGRAMME)
    assert bool(answer) is EXPECTED[(role, action)]
    if not answer:
        assert answer.reason.startswith(f"amira may not {_label(action)} in any programme: only ")


def test_a_role_holds_in_its_programme_only() -> None:
    held = [Assignment(R.FINANCE_OFFICER, PROGRAMME)]
    assert decide("amira", held, A.ENTER_FINANCE, programme_id=PROGRAMME)
    refused = decide("amira", held, A.ENTER_FINANCE, programme_id=OTHER, place="programme RDPP")
    assert refused.reason == (
        "amira may not enter budgets, tranches and expenditures in programme RDPP: only finance officers may"
    )


def test_exchange_rates_and_organisations_belong_to_no_one_programme() -> None:
    held = [Assignment(R.FINANCE_OFFICER, PROGRAMME)]
    assert decide("amira", held, A.ENTER_RATES, programme_id=OTHER)


def test_a_reviewer_reviews_and_reads_the_calls_assigned_and_nothing_else() -> None:
    held = [Assignment(R.REVIEWER, PROGRAMME, CALL)]
    assert decide("amira", held, A.REVIEW, programme_id=PROGRAMME, call_id=CALL)
    assert decide("amira", held, A.READ, programme_id=PROGRAMME, call_id=CALL)
    assert not decide("amira", held, A.REVIEW, programme_id=PROGRAMME, call_id=OTHER_CALL)
    assert not decide("amira", held, A.READ, programme_id=PROGRAMME)


def test_an_administrator_manages_people_and_programmes_everywhere_but_enters_nothing() -> None:
    held = [Assignment(R.ADMINISTRATOR)]
    assert decide("amira", held, A.MANAGE_PEOPLE)
    assert decide("amira", held, A.READ, programme_id=OTHER)
    assert not decide("amira", held, A.ENTER_RESULTS, programme_id=OTHER)


def test_a_refusal_names_who_may() -> None:
    assert holders(A.DEFINE_INDICATORS) == "programme managers and M&E officers"
    assert holders(A.EDIT_ORGANISATIONS) == "administrators and programme managers"
    assert refusal("amira", A.REVIEW, "call EOI-1") == (
        "amira may not review applications in call EOI-1: only the reviewers assigned to the call may"
    )


def test_every_table_has_team_mode_rules() -> None:
    """A table added by a later revision must say who writes it and how it finds its programme
    (db/team_access.py); otherwise people could neither read nor write it on a team's server."""
    assert set(Base.metadata.tables) <= covered_tables() | {"alembic_version"}


def test_every_action_that_changes_data_writes_some_table() -> None:
    for action in Action:
        if action is not A.READ:
            assert any(
                action in actions_writing(t, p)
                for t in written_tables()
                for p in ("INSERT", "UPDATE", "DELETE")
            )


def test_group_roles_fit_postgresql_names() -> None:
    assert group_role("grants", "programme_manager") == "grants_programme_manager"
    long = group_role("d" * 60, "programme_manager")
    assert len(long) <= 63 and long.endswith("_programme_manager")
    assert long != group_role("d" * 59 + "e", "programme_manager")


def _label(action: Action) -> str:
    from diaspora_grants.domain.labels import label

    return label(action)
