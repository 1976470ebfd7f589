"""Team mode on PostgreSQL: which table each action writes, how a row finds its programme, and
the names of the server's group roles. The SQL itself is written from these (db/team_sql.py).

Two layers, both in the server: grants per table and per group role open the door (a viewer may
write no table at all), and triggers and row-level security check each row against the person's
roles in that row's programme (domain/access.py), with the refusal worded as the app words it.
The database owner (who ran the migrations) is the maintenance account and passes both, as it
could turn any rule off anyway; what it writes in team mode is still signed with its login.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..domain.enums import AccessRole, Action

#: Error codes the server's rules raise: 42501 is PostgreSQL's own "insufficient privilege".
ACCESS_DENIED_SQLSTATE = "42501"
LOCKED_PERIOD_SQLSTATE = "DGL01"

INSERT, UPDATE, DELETE = "INSERT", "UPDATE", "DELETE"
WRITE = (INSERT, UPDATE, DELETE)

#: Every person is a member of this group: it may read what row-level security lets it see and add
#: to the audit trail. The role groups below add what each role may write.
TEAM_GROUP = "team"
ROLE_GROUPS: Mapping[AccessRole, str] = {
    AccessRole.ADMINISTRATOR: "administrator",
    AccessRole.PROGRAMME_MANAGER: "programme_manager",
    AccessRole.ME_OFFICER: "me_officer",
    AccessRole.FINANCE_OFFICER: "finance_officer",
    AccessRole.REVIEWER: "reviewer",
    AccessRole.VIEWER: "viewer",
}


@dataclass(frozen=True)
class TableWrite:
    """`action` writes `table` with these privileges (the first action listed for a table and
    privilege is the one a refusal names)."""

    action: Action
    table: str
    privileges: tuple[str, ...] = WRITE


def _writes(action: Action, *tables: str, privileges: tuple[str, ...] = WRITE) -> list[TableWrite]:
    return [TableWrite(action, table, privileges) for table in tables]


NARRATIVE_TABLES = ("narratives", "narrative_outcomes", "narrative_outcome_indicators")

TABLE_WRITES: tuple[TableWrite, ...] = (
    *_writes(Action.MANAGE_PEOPLE, "people", "role_assignments"),
    *_writes(Action.MANAGE_PROGRAMMES, "programmes"),
    *_writes(Action.EDIT_PROGRAMME, "programmes", privileges=(UPDATE,)),
    *_writes(Action.RUN_CALLS, "calls", "criteria", "applications"),
    *_writes(Action.REVIEW, "reviews", "review_scores"),
    *_writes(Action.AWARD, "projects", "locations", "reporting_requirements"),
    *_writes(Action.ENTER_FINANCE, "budget_lines", "budget_revisions", "tranches", "expenditures"),
    # Deleting a project that has no history removes its planned budget and tranches with it.
    *_writes(Action.AWARD, "budget_lines", "tranches", privileges=(DELETE,)),
    *_writes(Action.DEFINE_INDICATORS, "indicators", "periods", "targets"),
    *_writes(Action.LOCK_PERIODS, "periods", privileges=(UPDATE,)),
    *_writes(Action.ENTER_RESULTS, "results"),
    *_writes(Action.APPROVE_RESULTS, "results", privileges=(UPDATE, DELETE)),
    *_writes(Action.ENTER_RATES, "exchange_rates"),
    *_writes(Action.EDIT_ORGANISATIONS, "organisations", "contacts"),
    *_writes(Action.ATTACH_DOCUMENTS, "documents"),
    # The donor report's own words: the award, variance explanations and the narrative.
    *_writes(Action.EDIT_PROGRAMME, "programme_awards", "variance_explanations", *NARRATIVE_TABLES),
    # Partners' narratives come in with their results (the template), and the manager edits them.
    *_writes(Action.ENTER_RESULTS, "partner_narratives"),
    *_writes(Action.EDIT_PROGRAMME, "partner_narratives"),
)

#: How a row finds its programme: its own column, or the row it belongs to (column, table).
PROGRAMME_COLUMN = "programme_id"
PROGRAMME_PATHS: Mapping[str, str | tuple[str, str]] = {
    "programmes": "id",
    "calls": PROGRAMME_COLUMN,
    "projects": PROGRAMME_COLUMN,
    "indicators": PROGRAMME_COLUMN,
    "periods": PROGRAMME_COLUMN,
    "role_assignments": PROGRAMME_COLUMN,
    "criteria": ("call_id", "calls"),
    "applications": ("call_id", "calls"),
    "reviews": ("application_id", "applications"),
    "review_scores": ("review_id", "reviews"),
    "locations": ("project_id", "projects"),
    "reporting_requirements": ("project_id", "projects"),
    "budget_lines": ("project_id", "projects"),
    "budget_revisions": ("budget_line_id", "budget_lines"),
    "tranches": ("project_id", "projects"),
    "expenditures": ("project_id", "projects"),
    "results": ("project_id", "projects"),
    "targets": ("indicator_id", "indicators"),
    "programme_awards": PROGRAMME_COLUMN,
    "variance_explanations": PROGRAMME_COLUMN,
    "narratives": PROGRAMME_COLUMN,
    "narrative_outcomes": ("narrative_id", "narratives"),
    "narrative_outcome_indicators": ("outcome_id", "narrative_outcomes"),
    "partner_narratives": ("project_id", "projects"),
}
#: Documents belong to whatever their owner_type names; an organisation's to no programme.
DOCUMENT_OWNERS: Mapping[str, str] = {"project": "projects", "call": "calls", "application": "applications"}

#: Tables every person reads whole (no programme's), and those nobody but the owner writes.
SHARED_TABLES = frozenset({"organisations", "exchange_rates", "people", "alembic_version"})
OWNER_ONLY_WRITES = frozenset({"audit_log", "alembic_version"})

#: Tables whose writes are checked by rules of their own (db/team_sql.py), not the generic guard.
SPECIAL_GUARDS = frozenset({"results", "periods", "reviews", "review_scores"})

#: Tables whose rows the server refuses to change while their `period_id` is locked (a narrative's
#: is its report's last period).
LOCKED_WITH_PERIOD = frozenset({"results", "narratives", "partner_narratives"})


def actions_writing(table: str, privilege: str) -> list[Action]:
    """The actions that may `privilege` (INSERT, UPDATE, DELETE) rows of `table`, first the main one."""
    return [w.action for w in TABLE_WRITES if w.table == table and privilege in w.privileges]


def written_tables() -> list[str]:
    return sorted({w.table for w in TABLE_WRITES})


def covered_tables() -> frozenset[str]:
    """Every table the team-mode rules know about (a table added later must be added here)."""
    return frozenset(
        {*written_tables(), *PROGRAMME_PATHS, *SHARED_TABLES, *OWNER_ONLY_WRITES, "documents", "contacts"}
    )


def group_role(database: str, group: str) -> str:
    """The server-wide name of one of this database's group roles: "grants_programme_manager".

    Roles are shared by every database of a server, so each database has its own groups. A name
    that would pass PostgreSQL's 63 characters keeps a readable start and a hash of the rest."""
    name = f"{database}_{group}"
    if len(name) <= 63:
        return name
    digest = hashlib.sha256(database.encode()).hexdigest()[:8]
    return f"{database[: 63 - len(group) - 10]}_{digest}_{group}"


_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def valid_login(login: str) -> bool:
    """A person's login: lower-case letters, digits and underscores, as PostgreSQL folds names."""
    return bool(_LOGIN.match(login))
