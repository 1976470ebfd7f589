"""The SQL functions team mode installs on PostgreSQL, written from domain/access.py and
db/team_access.py so that the server's rules and the app's answers cannot drift apart.

The functions run as their owner (SECURITY DEFINER, with a fixed search_path) and ask who is
connected with `session_user`, which a person cannot change (SET ROLE changes current_user only).
People may call only those that answer about themselves (PERSON_FUNCTIONS); the triggers call the
rest as the owner.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.access import GLOBAL_ACTIONS, ROLE_ACTIONS, refusal
from ..domain.enums import AccessRole, Action
from ..domain.errors import LockedPeriodError
from .team_access import (
    ACCESS_DENIED_SQLSTATE,
    DOCUMENT_OWNERS,
    LOCKED_PERIOD_SQLSTATE,
    PROGRAMME_COLUMN,
    PROGRAMME_PATHS,
)

PERSON, PLACE = "<person>", "<place>"

#: What row-level security and the app ask as the person connected; every other function is the
#: triggers' (EXECUTE is not granted to people: they could ask about rows they may not read).
PERSON_FUNCTIONS = (
    "dg_is_owner()",
    "dg_team_mode()",
    "dg_is_administrator()",
    "dg_is_member_anywhere()",
    "dg_member_programmes()",
    "dg_reviewer_calls()",
)
ADMIN, REVIEWER = AccessRole.ADMINISTRATOR.value, AccessRole.REVIEWER.value


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def literals(values: Iterable[str]) -> str:
    return ", ".join(literal(v) for v in values)


def definer(schema: str, signature: str, returns: str, body: str, language: str = "sql") -> str:
    volatility = "STABLE" if language == "sql" else "VOLATILE"
    return (
        f"CREATE OR REPLACE FUNCTION {quoted(schema)}.{signature} RETURNS {returns} LANGUAGE {language} "
        f"{volatility} SECURITY DEFINER SET search_path = {quoted(schema)}, pg_temp AS $body$\n{body}\n$body$"
    )


def _my_assignments(condition: str) -> str:
    return (
        "SELECT 1 FROM role_assignments a JOIN people p ON p.id = a.person_id"
        f" WHERE p.login = session_user AND p.active AND {condition}"
    )


def owner_function(schema: str, owner: str) -> str:
    """dg_is_owner(): is the login connected the owner of the tables (or a superuser)?

    The owner's name is written into the function, which is plain SQL so that PostgreSQL inlines
    it: every trigger asks it for every row, and for the owner (the maintenance account, and the
    bulk loads) the answer ends the trigger's work. After ALTER ... OWNER, `users setup` rewrites it."""
    return (
        f"CREATE OR REPLACE FUNCTION {quoted(schema)}.dg_is_owner() RETURNS boolean LANGUAGE sql STABLE"
        f" AS $body$ SELECT pg_has_role(session_user, {literal(owner)}::name, 'USAGE') $body$"
    )


def identity_functions(schema: str) -> list[str]:
    """Who is connected: whether the database has a team, and the person's roles."""
    member = f"a.role <> {literal(REVIEWER)}"
    return [
        definer(schema, "dg_team_mode()", "boolean", "SELECT EXISTS (SELECT 1 FROM people)"),
        definer(
            schema,
            "dg_is_administrator()",
            "boolean",
            f"SELECT EXISTS ({_my_assignments(f'a.role = {literal(ADMIN)}')})",
        ),
        definer(schema, "dg_is_member_anywhere()", "boolean", f"SELECT EXISTS ({_my_assignments(member)})"),
        definer(
            schema,
            "dg_member_programmes()",
            "SETOF integer",
            f"SELECT id FROM programmes WHERE EXISTS ({_my_assignments(f'a.role = {literal(ADMIN)}')})"
            " UNION SELECT a.programme_id FROM role_assignments a JOIN people p ON p.id = a.person_id"
            f" WHERE p.login = session_user AND p.active AND a.role NOT IN ({literals([ADMIN, REVIEWER])})",
        ),
        definer(
            schema,
            "dg_reviewer_calls()",
            "SETOF integer",
            "SELECT a.call_id FROM role_assignments a JOIN people p ON p.id = a.person_id"
            f" WHERE p.login = session_user AND p.active AND a.role = {literal(REVIEWER)}",
        ),
        definer(
            schema,
            "dg_reviews_call(the_call integer)",
            "boolean",
            f"SELECT EXISTS ({_my_assignments(f'a.role = {literal(REVIEWER)} AND a.call_id = the_call')})",
        ),
    ]


def permission_functions(schema: str) -> list[str]:
    """dg_may: the matrix of domain/access.py; dg_refusal: its wording of a refusal."""
    pairs = ", ".join(
        f"({literal(role.value)}, {literal(action.value)})"
        for role, actions in ROLE_ACTIONS.items()
        for action in sorted(actions)
        if role != AccessRole.REVIEWER
    )
    scope = (
        f"(a.role = {literal(ADMIN)} OR programme IS NULL"
        f" OR m.action IN ({literals(sorted(GLOBAL_ACTIONS))}) OR a.programme_id = programme)"
    )
    may = (
        "SELECT EXISTS (SELECT 1 FROM role_assignments a JOIN people p ON p.id = a.person_id"
        f" JOIN (VALUES {pairs}) AS m(role, action) ON m.role = a.role"
        " WHERE p.login = session_user AND p.active AND m.action = ANY (actions)"
        f" AND a.role <> {literal(REVIEWER)} AND {scope})"
    )
    cases = " ".join(
        f"WHEN {literal(action.value)} THEN {literal(refusal(PERSON, action, PLACE))}" for action in Action
    )
    # A programme the person may not read is named by its number only, as the app names it.
    place = (
        "CASE WHEN programme IS NULL THEN 'any programme'"
        " WHEN programme IN (SELECT dg_member_programmes()) THEN 'programme ' || coalesce("
        "(SELECT code FROM programmes WHERE id = programme), '#' || programme)"
        " ELSE 'programme #' || programme END"
    )
    person = f"replace(CASE action {cases} END, {literal(PERSON)}, session_user::text)"
    wording = f"replace({person}, {literal(PLACE)}, {place})"
    return [
        definer(schema, "dg_may(actions text[], programme integer)", "boolean", may),
        definer(schema, "dg_refusal(action text, programme integer)", "text", f"SELECT {wording}"),
        definer(
            schema,
            "dg_require(actions text[], programme integer)",
            "void",
            "BEGIN\n  IF NOT dg_may(actions, programme) THEN\n"
            f"    RAISE EXCEPTION USING ERRCODE = '{ACCESS_DENIED_SQLSTATE}',"
            " MESSAGE = dg_refusal(actions[1], programme);\n  END IF;\nEND",
            "plpgsql",
        ),
    ]


def programme_of_function(schema: str) -> str:
    """dg_programme_of(table, row as jsonb): the programme a row belongs to, through its parents."""
    cases = []
    for table, path in PROGRAMME_PATHS.items():
        if path == "id":
            cases.append(f"WHEN {literal(table)} THEN RETURN (rec->>'id')::integer;")
        elif isinstance(path, str):
            cases.append(f"WHEN {literal(table)} THEN RETURN (rec->>{literal(path)})::integer;")
        else:
            cases.append(f"WHEN {literal(table)} THEN {_through_parent(*path)}")
    owners = " ".join(
        f"WHEN {literal(kind)} THEN {_through_parent('owner_id', table)}"
        for kind, table in DOCUMENT_OWNERS.items()
    )
    cases.append(f"WHEN 'documents' THEN CASE rec->>'owner_type' {owners} ELSE RETURN NULL; END CASE;")
    body = (
        "DECLARE parent jsonb;\nBEGIN\n  IF rec IS NULL THEN RETURN NULL; END IF;\n  CASE tab\n    "
        + "\n    ".join(cases)
        + "\n    ELSE RETURN NULL;\n  END CASE;\nEND"
    )
    return definer(schema, "dg_programme_of(tab text, rec jsonb)", "integer", body, "plpgsql")


def _through_parent(column: str, parent: str) -> str:
    key = f"(rec->>{literal(column)})::integer"
    if PROGRAMME_PATHS[parent] == PROGRAMME_COLUMN:
        return f"RETURN (SELECT t.{PROGRAMME_COLUMN} FROM {parent} t WHERE t.id = {key});"
    return (
        f"SELECT to_jsonb(t) INTO parent FROM {parent} t WHERE t.id = {key};"
        f" RETURN dg_programme_of({literal(parent)}, parent);"
    )


def audit_functions(schema: str) -> list[str]:
    """Audit entries: the server signs them and files them under their record's programme; once
    written, nobody but the owner changes or removes them."""
    known = literals(sorted({*PROGRAMME_PATHS, "documents"}))
    programme = (
        "DECLARE rec jsonb;\nBEGIN\n"
        f"  IF tab NOT IN ({known}) THEN RETURN NULL; END IF;\n"
        "  IF rid IS NOT NULL THEN\n"
        "    EXECUTE 'SELECT to_jsonb(t) FROM ' || quote_ident(tab) || ' t WHERE t.id = $1'\n"
        "      INTO rec USING rid;\n"
        "  END IF;\n"
        # A deleted record is gone: its entry carries a snapshot of it, parents' keys included.
        "  IF rec IS NULL AND left(ltrim(coalesce(snapshot, '')), 1) = '{' THEN\n"
        "    BEGIN rec := snapshot::jsonb || jsonb_build_object('id', rid);\n"
        "    EXCEPTION WHEN others THEN rec := NULL; END;\n  END IF;\n"
        "  RETURN dg_programme_of(tab, rec);\nEND"
    )
    stamp = (
        "BEGIN\n  IF NOT dg_is_owner() THEN\n    NEW.user_name := session_user; NEW.at := now();\n  END IF;\n"
        "  IF NEW.programme_id IS NULL OR NOT dg_is_owner() THEN\n"
        "    NEW.programme_id := dg_audit_programme(NEW.table_name, NEW.record_id,"
        " coalesce(NEW.old_value, NEW.new_value));\n  END IF;\n  RETURN NEW;\nEND"
    )
    append_only = (
        "BEGIN\n  IF NOT dg_is_owner() THEN\n"
        f"    RAISE EXCEPTION USING ERRCODE = '{ACCESS_DENIED_SQLSTATE}', MESSAGE = session_user"
        " || ' may not change or remove entries of the audit trail: it only grows';\n"
        "  END IF;\n  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;\nEND"
    )
    return [
        definer(
            schema,
            "dg_audit_programme(tab text, rid integer, snapshot text)",
            "integer",
            programme,
            "plpgsql",
        ),
        definer(schema, "dg_audit_stamp()", "trigger", stamp, "plpgsql"),
        definer(schema, "dg_audit_append_only()", "trigger", append_only, "plpgsql"),
    ]


def stamp_function(schema: str) -> str:
    """Every record a person saves is signed with their login, whatever name they typed. (The
    owner's own work is signed by the app, with session_user too once the database has a team.)"""
    body = "BEGIN\n  IF NOT dg_is_owner() THEN NEW.updated_by := session_user; END IF;\n  RETURN NEW;\nEND"
    return definer(schema, "dg_stamp_author()", "trigger", body, "plpgsql")


def guard_function(schema: str) -> str:
    """The generic check of a write: TG_ARGV holds the actions that may insert, update and delete
    rows of the table; the row's programme (before and after an update) decides."""
    body = (
        "DECLARE actions text[];\nBEGIN\n"
        # Rows changed by a cascade from an allowed write (a deleted project's budget) pass.
        "  IF pg_trigger_depth() > 1 OR dg_is_owner() THEN\n"
        "    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;\n  END IF;\n"
        "  actions := string_to_array(\n"
        "    TG_ARGV[CASE TG_OP WHEN 'INSERT' THEN 0 WHEN 'UPDATE' THEN 1 ELSE 2 END], ',');\n"
        "  IF TG_OP <> 'INSERT' THEN\n"
        "    PERFORM dg_require(actions, dg_programme_of(TG_TABLE_NAME, to_jsonb(OLD)));\n  END IF;\n"
        "  IF TG_OP <> 'DELETE' THEN\n"
        "    PERFORM dg_require(actions, dg_programme_of(TG_TABLE_NAME, to_jsonb(NEW)));\n"
        "    RETURN NEW;\n  END IF;\n  RETURN OLD;\nEND"
    )
    return definer(schema, "dg_guard()", "trigger", body, "plpgsql")


def locked_period_function(schema: str) -> str:
    """Results of a locked period are refused to everyone, the owner included."""
    wording = LockedPeriodError(PLACE).message
    raise_locked = (
        f"RAISE EXCEPTION USING ERRCODE = '{LOCKED_PERIOD_SQLSTATE}',"
        f" MESSAGE = replace({literal(wording)}, {literal(PLACE)}, label), DETAIL = label;"
    )
    body = (
        "DECLARE label text;\nBEGIN\n"
        "  IF TG_OP <> 'DELETE' THEN\n"
        "    SELECT p.label INTO label FROM periods p WHERE p.id = NEW.period_id AND p.locked;\n"
        f"    IF FOUND THEN {raise_locked} END IF;\n  END IF;\n"
        # A cascade (a deleted indicator or location) may take locked cells with it.
        "  IF TG_OP <> 'INSERT' AND pg_trigger_depth() = 1 THEN\n"
        "    SELECT p.label INTO label FROM periods p WHERE p.id = OLD.period_id AND p.locked;\n"
        f"    IF FOUND THEN {raise_locked} END IF;\n  END IF;\n"
        "  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;\nEND"
    )
    return definer(schema, "dg_refuse_locked_period()", "trigger", body, "plpgsql")
