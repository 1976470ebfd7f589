"""A person who connects with psql gets exactly what the app would allow: each role tries in plain
SQL what it must not do, and the PostgreSQL server itself refuses every attempt."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from tests.team.conftest import PEOPLE, Team

pytestmark = pytest.mark.postgres

EVERYONE = sorted(PEOPLE)
NEW_REVIEW = (
    "INSERT INTO reviews (application_id, reviewer, conflict_of_interest, version) VALUES (%s, %s, false, 1)"
)


def refused(connection: psycopg.Connection[tuple[object, ...]], sql: str, *params: object) -> str:
    """Run `sql`; it must fail with the server's refusal. Returns the server's message."""
    with pytest.raises(psycopg.Error) as caught:
        connection.execute(sql, params or None)
    return str(caught.value.diag.message_primary)


def owner_value(team: Team, sql: str, *params: object) -> object:
    with team.database.engine.connect() as connection:
        return connection.exec_driver_sql(sql, params).scalar()


# Reviews: only one's own, blind until the call's review ends ----------------------------------


def test_a_reviewer_cannot_read_another_reviewers_scores_during_the_review(team: Team) -> None:
    with team.connect("reviewer1") as connection:
        reviewers = {row[0] for row in connection.execute("SELECT reviewer FROM reviews")}
        scores = connection.execute(
            "SELECT count(*) FROM review_scores WHERE review_id = %s", (team.reviews["reviewer2"],)
        ).fetchone()
    assert reviewers == {team.logins["reviewer1"]}
    assert scores == (0,)


def test_a_reviewer_cannot_update_another_reviewers_scores(team: Team) -> None:
    theirs = team.reviews["reviewer2"]
    with team.connect("reviewer1") as connection:
        # Unseen rows cannot be changed: nothing matches.
        changed = connection.execute(
            "UPDATE review_scores SET score = 0 WHERE review_id = %s", (theirs,)
        ).rowcount
        message = refused(
            connection,
            "INSERT INTO review_scores (review_id, criterion_id, score, version) VALUES (%s, %s, 0, 1)",
            theirs,
            team.criteria[0],
        )
    assert changed == 0
    assert "may not write or change the review of" in message and team.logins["reviewer2"] in message
    assert owner_value(team, "SELECT sum(score) FROM review_scores WHERE review_id = %s", theirs) == 7


def test_a_reviewer_cannot_write_a_review_in_someone_elses_name(team: Team) -> None:
    with team.connect("reviewer1") as connection:
        message = refused(
            connection,
            NEW_REVIEW,
            team.applications[1],
            team.logins["reviewer2"],
        )
    assert "a review is written only by its reviewer" in message


def test_a_reviewer_reads_only_the_applications_of_the_call_assigned(team: Team) -> None:
    with team.connect("reviewer1") as connection:
        applications = connection.execute("SELECT count(*) FROM applications").fetchone()
        projects = connection.execute("SELECT count(*) FROM projects").fetchone()
        results = connection.execute("SELECT count(*) FROM results").fetchone()
        audit = connection.execute("SELECT count(*) FROM audit_log").fetchone()
    assert applications == (len(team.applications),)
    assert (projects, results, audit) == ((0,), (0,), (0,))


def test_a_reviewer_reviews_only_the_calls_assigned_and_other_roles_not_at_all(team: Team) -> None:
    insert = NEW_REVIEW
    with team.connect("reviewer1") as connection:
        unassigned = refused(connection, insert, team.other_application, team.logins["reviewer1"])
    with team.connect("manager") as connection:
        manager = refused(connection, insert, team.applications[1], team.logins["manager"])
    assert (
        "may not review applications in call EOI-TEAM-02: only the reviewers assigned to the call may"
        in unassigned
    )
    assert "permission denied for table reviews" in manager


# Results: entered by M&E officers, approved by someone else ----------------------------------


def test_nobody_approves_results_they_submitted_themselves(team: Team) -> None:
    """A manager who also enters results submits them, then tries to approve them."""
    scope = (team.project_a, team.indicator_a, team.open_period)
    where = "project_id = %s AND indicator_id = %s AND period_id = %s"
    with team.connect("both") as connection:
        connection.execute(f"UPDATE results SET value = 11, status = 'submitted' WHERE {where}", scope)
        message = refused(connection, f"UPDATE results SET status = 'approved' WHERE {where}", *scope)
    assert "may not also approve them" in message
    assert owner_value(team, f"SELECT status FROM results WHERE {where}", *scope) == "submitted"
    assert owner_value(team, f"SELECT submitted_by FROM results WHERE {where}", *scope) == team.logins["both"]


def test_an_me_officer_may_not_approve_and_a_manager_may_not_enter(team: Team) -> None:
    where = f"project_id = {team.project_a} AND period_id = {team.open_period}"
    with team.connect("officer") as connection:
        approve = refused(connection, f"UPDATE results SET status = 'approved' WHERE {where}")
    with team.connect("manager") as connection:
        enter = refused(connection, f"UPDATE results SET value = value + 1 WHERE {where}")
    assert "may not approve results in programme TEAM-A: only programme managers may" in approve
    assert "may not enter and submit results in programme TEAM-A: only M&E officers may" in enter


def test_results_of_a_locked_period_are_refused_to_everyone(team: Team) -> None:
    for key in ("officer", "both"):
        with team.connect(key) as connection:
            message = refused(
                connection, f"UPDATE results SET value = 1 WHERE period_id = {team.locked_period}"
            )
            assert "2022-Q1 is locked" in message
            insert = refused(
                connection,
                "INSERT INTO results (project_id, indicator_id, period_id, value, status, version)"
                " VALUES (%s, %s, %s, 3, 'submitted', 1)",
                team.project_a,
                team.indicator_a,
                team.locked_period,
            )
            assert "2022-Q1 is locked" in insert
    assert owner_value(team, f"SELECT sum(value) FROM results WHERE period_id = {team.locked_period}") == 5


def test_only_a_programme_manager_unlocks_a_period(team: Team) -> None:
    with team.connect("officer") as connection:
        message = refused(connection, f"UPDATE periods SET locked = false WHERE id = {team.locked_period}")
    assert "may not lock and unlock periods in programme TEAM-A: only programme managers may" in message


# The audit trail: signed by the server, append-only ------------------------------------------


@pytest.mark.parametrize("key", EVERYONE)
def test_nobody_edits_or_deletes_audit_entries(team: Team, key: str) -> None:
    with team.connect(key) as connection:
        for sql in (
            "UPDATE audit_log SET user_name = 'someone'",
            "DELETE FROM audit_log",
            "TRUNCATE audit_log",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                connection.execute(sql)
    assert owner_value(team, "SELECT count(*) FROM audit_log WHERE user_name = 'someone'") == 0


def test_an_audit_entry_is_signed_with_the_login_connected_whatever_it_claims(team: Team) -> None:
    with team.connect("officer") as connection:
        connection.execute(
            "INSERT INTO audit_log (at, user_name, action, table_name, record_id)"
            " VALUES ('2000-01-01', %s, 'update', 'projects', %s)",
            (team.logins["manager"], team.project_a),
        )
    row = owner_value(team, "SELECT user_name || ' ' || programme_id FROM audit_log ORDER BY id DESC LIMIT 1")
    assert row == f"{team.logins['officer']} {team.programme_a}"


def test_records_are_signed_with_the_login_that_saved_them(team: Team) -> None:
    with team.connect("finance") as connection:
        connection.execute(
            "UPDATE budget_lines SET description = 'checked', updated_by = %s WHERE id = %s",
            (team.logins["manager"], team.budget_line_a),
        )
    signed = owner_value(team, "SELECT updated_by FROM budget_lines WHERE id = %s", team.budget_line_a)
    assert signed == team.logins["finance"]


# Programmes one is not assigned to, and tables one's role does not write -------------------


@pytest.mark.parametrize(
    ("key", "table"),
    [
        ("viewer", "projects"),
        ("viewer", "results"),
        ("viewer", "budget_lines"),
        ("viewer", "indicators"),
        ("officer", "projects"),
        ("finance", "results"),
        ("reviewer1", "periods"),
    ],
)
def test_nobody_reads_a_programme_they_are_not_assigned_to(team: Team, key: str, table: str) -> None:
    """The rows are there (the owner sees them); the person sees none of them."""
    outside_programme = team.programme_a if key == "viewer" else team.programme_b
    outside_project = team.project_a if key == "viewer" else team.project_b
    column, value = {
        "projects": ("id", outside_project),
        "results": ("project_id", outside_project),
        "budget_lines": ("project_id", outside_project),
    }.get(table, ("programme_id", outside_programme))
    sql = f"SELECT count(*) FROM {table} WHERE {column} = %s"
    with team.connect(key) as connection:
        seen = connection.execute(sql, (value,)).fetchone()
    if table != "budget_lines" or key == "viewer":
        assert owner_value(team, sql, value) > 0
    assert seen == (0,)


@pytest.mark.parametrize(
    ("key", "sql", "wording"),
    [
        ("viewer", "UPDATE budget_lines SET description = 'x'", "permission denied for table budget_lines"),
        ("viewer", "INSERT INTO organisations (name, version) VALUES ('X', 1)", "permission denied"),
        ("officer", "UPDATE budget_lines SET description = 'x'", "permission denied for table budget_lines"),
        ("finance", "UPDATE results SET value = 0", "permission denied for table results"),
        ("reviewer1", "UPDATE calls SET title = 'x'", "permission denied for table calls"),
        ("manager", "DELETE FROM people", "permission denied for table people"),
    ],
)
def test_a_role_writes_no_table_its_actions_do_not_need(team: Team, key: str, sql: str, wording: str) -> None:
    with team.connect(key) as connection:
        assert wording in refused(connection, sql)


def test_a_finance_officer_writes_only_the_budgets_of_their_programme(team: Team) -> None:
    with team.connect("finance") as connection:
        connection.execute(
            "UPDATE budget_lines SET description = 'fine' WHERE id = %s", (team.budget_line_a,)
        )
        message = refused(
            connection,
            "INSERT INTO budget_lines (project_id, code, category, original_amount, version)"
            " VALUES (%s, '9.9', 'Staff', 1, 1)",
            team.project_b,
        )
    # Programme B is not theirs to read: not even its code is told.
    assert f"may not enter budgets, tranches and expenditures in programme #{team.programme_b}:" in message


def test_setting_another_role_or_session_changes_nothing(team: Team) -> None:
    """SET ROLE to a group the person belongs to does not make them someone else."""
    with team.connect("officer") as connection:
        group = connection.execute(
            "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
            " JOIN pg_roles u ON u.oid = m.member"
            " WHERE u.rolname = session_user AND r.rolname LIKE '%%me_officer'"
        ).fetchone()
        assert group is not None
        connection.execute(f'SET ROLE "{group[0]}"')
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute(f"UPDATE results SET status = 'approved' WHERE period_id = {team.open_period}")
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute("SET SESSION AUTHORIZATION postgres")
    assert owner_value(team, f"SELECT status FROM results WHERE period_id = {team.open_period}") != "approved"


def test_people_may_not_call_the_rules_functions_to_peek_at_other_programmes(team: Team) -> None:
    with team.connect("viewer") as connection:
        for sql in (
            f"SELECT dg_refusal('read', {team.programme_a})",
            f"SELECT dg_programme_of('results', '{{\"project_id\": {team.project_a}}}')",
            f"SELECT dg_may(ARRAY['read'], {team.programme_a})",
        ):
            assert "permission denied for function" in refused(connection, sql)
        own = connection.execute("SELECT count(*) FROM dg_member_programmes()").fetchone()
    assert own == (1,)
