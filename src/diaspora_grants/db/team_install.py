"""Install, refresh or remove team mode's rules on a PostgreSQL database, and put the server's
refusals into the words the app uses.

`install_team_access` is idempotent: revision 0008 runs it, and `diaspora-grants users setup`
runs it again as the owner (after a later revision adds tables, say). Nothing here runs on SQLite.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from ..domain.access import ROLE_ACTIONS, refusal
from ..domain.errors import AccessDeniedError, DomainError, LockedPeriodError
from . import team_rules, team_sql
from .team_access import (
    ACCESS_DENIED_SQLSTATE,
    LOCKED_PERIOD_SQLSTATE,
    LOCKED_WITH_PERIOD,
    OWNER_ONLY_WRITES,
    ROLE_GROUPS,
    SPECIAL_GUARDS,
    TABLE_WRITES,
    TEAM_GROUP,
    WRITE,
    actions_writing,
    covered_tables,
    group_role,
)
from .team_sql import literal, quoted

log = logging.getLogger("diaspora_grants.db")

#: Every function team mode installs, by signature (for removal).
FUNCTIONS = (
    "dg_guard_review_scores()",
    "dg_guard_reviews()",
    "dg_require_own_review(integer, text)",
    "dg_guard_periods()",
    "dg_check_four_eyes(integer, text)",
    "dg_guard_results()",
    "dg_refuse_locked_period()",
    "dg_guard()",
    "dg_stamp_author()",
    "dg_audit_append_only()",
    "dg_audit_stamp()",
    "dg_audit_programme(text, integer, text)",
    "dg_programme_of(text, jsonb)",
    "dg_require(text[], integer)",
    "dg_refusal(text, integer)",
    "dg_may(text[], integer)",
    "dg_reviews_call(integer)",
    "dg_reviewer_calls()",
    "dg_member_programmes()",
    "dg_is_member_anywhere()",
    "dg_is_administrator()",
    "dg_team_mode()",
    "dg_is_owner()",
)
TRIGGERS = (
    "dg_0_audit_stamp",
    "dg_0_append_only",
    "dg_0_no_truncate",
    "dg_1_guard",
    "dg_2_locked_period",
    "dg_4_stamp",
)
POLICIES = ("dg_read", "dg_insert", "dg_update", "dg_delete")
SPECIAL_TRIGGERS = {
    "results": "dg_guard_results",
    "periods": "dg_guard_periods",
    "reviews": "dg_guard_reviews",
    "review_scores": "dg_guard_review_scores",
}


def install_team_access(connection: Connection) -> bool:
    """Install or refresh every rule. Returns False when the connected role may not create roles:
    the rules are in place, but the group roles and grants wait for `users setup` by the owner."""
    if connection.dialect.name != "postgresql":
        return False
    schema, database, may_create_roles = connection.execute(
        text(
            "SELECT current_schema(), current_database(),"
            " (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user)"
        )
    ).one()
    tables = _existing_tables(connection, schema)
    owner = connection.execute(
        text("SELECT tableowner FROM pg_tables WHERE schemaname = :s AND tablename = 'people'"), {"s": schema}
    ).scalar_one()
    _run(connection, [team_sql.owner_function(schema, owner), *_functions(schema)])
    if may_create_roles:
        _ensure_groups(connection, database)
        _run(connection, _grants(schema, database, tables))
    else:
        log.warning("team mode: %s may not create roles; ask the owner to run `users setup`", database)
    _run(connection, _policies(schema, tables))
    _run(connection, _triggers(schema, tables, _signed_tables(connection, schema)))
    return bool(may_create_roles)


def uninstall_team_access(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return
    schema, database = connection.execute(text("SELECT current_schema(), current_database()")).one()
    s = quoted(schema)
    statements: list[str] = []
    for table in sorted(_existing_tables(connection, schema)):
        qualified = f"{s}.{quoted(table)}"
        statements += [f"DROP TRIGGER IF EXISTS {t} ON {qualified}" for t in TRIGGERS]
        statements += [f"DROP POLICY IF EXISTS {p} ON {qualified}" for p in POLICIES]
        statements.append(f"ALTER TABLE {qualified} DISABLE ROW LEVEL SECURITY")
    statements += [f"DROP FUNCTION IF EXISTS {s}.{f}" for f in FUNCTIONS]
    _run(connection, statements)
    for group in _group_names(database):
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :g"), {"g": group}).first():
            role = quoted(group)
            _run(
                connection,
                [
                    f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {role}",
                    f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM {role}",
                    f"REVOKE ALL ON SCHEMA {s} FROM {role}",
                    f"DROP ROLE {role}",
                ],
            )


def group_roles(database: str) -> dict[str, str]:
    """Group key ("team", "programme_manager", ...) -> the server's role name for this database."""
    return {key: group_role(database, key) for key in (TEAM_GROUP, *ROLE_GROUPS.values())}


def _group_names(database: str) -> list[str]:
    return list(group_roles(database).values())


def _run(connection: Connection, statements: Iterable[str]) -> None:
    for statement in statements:
        # No parameters: the driver must not read the per cent signs of SQL text as placeholders.
        connection.exec_driver_sql(statement.replace("%", "%%"))


def _existing_tables(connection: Connection, schema: str) -> set[str]:
    rows = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema}
    ).scalars()
    return set(rows) & covered_tables()


def _signed_tables(connection: Connection, schema: str) -> set[str]:
    rows = connection.execute(
        text(
            "SELECT table_name FROM information_schema.columns"
            " WHERE table_schema = :s AND column_name = 'updated_by'"
        ),
        {"s": schema},
    ).scalars()
    return set(rows)


def _functions(schema: str) -> list[str]:
    return [
        *team_sql.identity_functions(schema),
        *team_sql.permission_functions(schema),
        team_sql.programme_of_function(schema),
        *team_sql.audit_functions(schema),
        team_sql.stamp_function(schema),
        team_sql.guard_function(schema),
        team_sql.locked_period_function(schema),
        team_rules.four_eyes_check(schema),
        team_rules.results_guard(schema),
        team_rules.periods_guard(schema),
        team_rules.own_review_check(schema),
        *team_rules.review_guards(schema),
    ]


def _ensure_groups(connection: Connection, database: str) -> None:
    for group in _group_names(database):
        if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :g"), {"g": group}).first():
            _run(connection, [f"CREATE ROLE {quoted(group)} NOLOGIN"])


def _grants(schema: str, database: str, tables: set[str]) -> list[str]:
    """Per table and per group role: every person reads (row-level security filters) and adds to
    the audit trail; each role group writes the tables of its role's actions."""
    s, groups = quoted(schema), group_roles(database)
    team = quoted(groups[TEAM_GROUP])
    statements = [f"GRANT USAGE ON SCHEMA {s} TO {team}"]
    statements += [f"REVOKE ALL ON FUNCTION {s}.{f} FROM PUBLIC" for f in FUNCTIONS]
    statements += [f"GRANT EXECUTE ON FUNCTION {s}.{f} TO {team}" for f in team_sql.PERSON_FUNCTIONS]
    for table in sorted(tables):
        qualified = f"{s}.{quoted(table)}"
        statements.append(f"REVOKE ALL ON {qualified} FROM PUBLIC")
        statements += [f"REVOKE ALL ON {qualified} FROM {quoted(g)}" for g in groups.values()]
        statements.append(f"GRANT SELECT ON {qualified} TO {team}")
    if "audit_log" in tables:
        statements.append(f"GRANT INSERT ON {s}.audit_log TO {team}")
    for role, key in ROLE_GROUPS.items():
        for write in TABLE_WRITES:
            if write.action in ROLE_ACTIONS[role] and write.table in tables:
                privileges = ", ".join(write.privileges)
                statements.append(f"GRANT {privileges} ON {s}.{quoted(write.table)} TO {quoted(groups[key])}")
    statements.append(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {team}")
    return statements


def _policies(schema: str, tables: set[str]) -> list[str]:
    s, statements = quoted(schema), []
    for table, readable in team_rules.read_policies(schema).items():
        if table not in tables:
            continue
        qualified = f"{s}.{quoted(table)}"
        statements += [f"DROP POLICY IF EXISTS {p} ON {qualified}" for p in POLICIES]
        statements += [
            f"ALTER TABLE {qualified} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY dg_read ON {qualified} FOR SELECT USING ({readable})",
            f"CREATE POLICY dg_insert ON {qualified} FOR INSERT WITH CHECK (true)",
        ]
        if table not in OWNER_ONLY_WRITES:
            # Rows one cannot read cannot be changed; what one may change, the triggers decide.
            statements += [
                f"CREATE POLICY dg_update ON {qualified} FOR UPDATE USING ({readable}) WITH CHECK (true)",
                f"CREATE POLICY dg_delete ON {qualified} FOR DELETE USING ({readable})",
            ]
    return statements


def _triggers(schema: str, tables: set[str], signed: set[str]) -> list[str]:
    s, statements = quoted(schema), []
    for table in sorted(tables):
        qualified = f"{s}.{quoted(table)}"
        statements += [f"DROP TRIGGER IF EXISTS {t} ON {qualified}" for t in TRIGGERS]
        row = f"BEFORE INSERT OR UPDATE OR DELETE ON {qualified} FOR EACH ROW EXECUTE FUNCTION"
        if table in SPECIAL_TRIGGERS:
            statements.append(f"CREATE TRIGGER dg_1_guard {row} {s}.{SPECIAL_TRIGGERS[table]}()")
        elif table not in OWNER_ONLY_WRITES:
            arguments = ", ".join(literal(",".join(actions_writing(table, p))) for p in WRITE)
            statements.append(f"CREATE TRIGGER dg_1_guard {row} {s}.dg_guard({arguments})")
        if table in LOCKED_WITH_PERIOD:
            statements.append(f"CREATE TRIGGER dg_2_locked_period {row} {s}.dg_refuse_locked_period()")
        if table in signed:
            statements.append(
                f"CREATE TRIGGER dg_4_stamp BEFORE INSERT OR UPDATE ON {qualified}"
                f" FOR EACH ROW EXECUTE FUNCTION {s}.dg_stamp_author()"
            )
    if "audit_log" in tables:
        audit = f"{s}.audit_log"
        statements += [
            f"CREATE TRIGGER dg_0_audit_stamp BEFORE INSERT ON {audit}"
            f" FOR EACH ROW EXECUTE FUNCTION {s}.dg_audit_stamp()",
            f"CREATE TRIGGER dg_0_append_only BEFORE UPDATE OR DELETE ON {audit}"
            f" FOR EACH ROW EXECUTE FUNCTION {s}.dg_audit_append_only()",
            f"CREATE TRIGGER dg_0_no_truncate BEFORE TRUNCATE ON {audit}"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {s}.dg_audit_append_only()",
        ]
    return statements


_DENIED_TABLE = re.compile(r"permission denied for (?:table|relation) (\w+)")
_POLICY_TABLE = re.compile(r'row-level security policy for table "(\w+)"')


def refusal_from_server(error: BaseException, person: str | None) -> DomainError | None:
    """The server's refusal of a team-mode rule as an error a person can act on, or None. Takes
    SQLAlchemy's error or the driver's own (a bulk load writes through the driver)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    state = getattr(original, "sqlstate", None)
    if state is None:
        return None
    diag = getattr(original, "diag", None)
    primary = (str(getattr(diag, "message_primary", None) or original).strip().splitlines() or [""])[0]
    if state == LOCKED_PERIOD_SQLSTATE:
        return LockedPeriodError(getattr(diag, "message_detail", None) or "?")
    if state != ACCESS_DENIED_SQLSTATE:
        return None
    who = person or "you"
    denied = _DENIED_TABLE.search(primary)
    policy = _POLICY_TABLE.search(primary)
    match = denied or policy
    if match is None:
        return AccessDeniedError(primary)
    table = match.group(1)
    if table == "audit_log":
        return AccessDeniedError(f"{who} may not change or remove entries of the audit trail: it only grows")
    actions = [a for p in WRITE for a in actions_writing(table, p)]
    if not actions or (table in SPECIAL_GUARDS and denied is None):
        return AccessDeniedError(primary)
    place = "any programme" if denied else "a programme not assigned to them"
    return AccessDeniedError(refusal(who, actions[0], place))
