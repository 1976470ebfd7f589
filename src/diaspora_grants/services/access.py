"""May I? The person connected, their roles, and the answer with its reason (domain/access.py).

The answers agree with the server's own rules (written from the same table), so the app can show
what a role may not do, disabled with the reason, before the server would refuse it:

    allowed = AccessService(services.context).allowed(Action.APPROVE_RESULTS, programme_id)
    if not allowed: button.setEnabled(False); button.setToolTip(allowed.reason)

On a SQLite file the one person may do everything. On PostgreSQL the database owner (who set the
database up) may too; everyone else is a person with roles (team mode).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from ..db.models import Call, Person, Programme, RoleAssignment
from ..domain.access import Allowed, Assignment, decide, single_user
from ..domain.enums import Action
from .base import Service

#: What each service's records need (Service.entity -> action), for a face that asks about a
#: service it holds rather than an action: RecordActions asks "may I change budget lines?".
ENTITY_ACTIONS: dict[str, Action] = {
    "organisation": Action.EDIT_ORGANISATIONS,
    "contact": Action.EDIT_ORGANISATIONS,
    "programme": Action.EDIT_PROGRAMME,
    "call": Action.RUN_CALLS,
    "criterion": Action.RUN_CALLS,
    "application": Action.RUN_CALLS,
    "review": Action.REVIEW,
    "project": Action.AWARD,
    "location": Action.AWARD,
    "reporting requirement": Action.AWARD,
    "budget line": Action.ENTER_FINANCE,
    "tranche": Action.ENTER_FINANCE,
    "expenditure": Action.ENTER_FINANCE,
    "exchange rate": Action.ENTER_RATES,
    "indicator": Action.DEFINE_INDICATORS,
    "period": Action.DEFINE_INDICATORS,
    "target": Action.DEFINE_INDICATORS,
    "result": Action.ENTER_RESULTS,
    "document": Action.ATTACH_DOCUMENTS,
    "person": Action.MANAGE_PEOPLE,
}


@dataclass(frozen=True)
class Identity:
    """Who the database knows is connected, and how it treats them."""

    login: str
    #: A PostgreSQL database with people registered: the server signs and checks every write.
    team_mode: bool
    #: The single user of a SQLite file, or the owner of a PostgreSQL database: no role applies.
    unrestricted: bool
    assignments: tuple[Assignment, ...] = ()


class AccessService(Service):
    entity = "person"

    def identity(self) -> Identity:
        if self.context.database.is_sqlite:
            return Identity(self.context.user, team_mode=False, unrestricted=True)
        with self._read() as session:
            login, owner, team = session.execute(
                text("SELECT session_user, dg_is_owner(), dg_team_mode()")
            ).one()
            rows = session.execute(
                select(RoleAssignment.role, RoleAssignment.programme_id, RoleAssignment.call_id)
                .join(Person)
                .where(Person.login == login, Person.active)
            ).all()
        return Identity(str(login), bool(team), bool(owner), tuple(Assignment(*row) for row in rows))

    def allowed(
        self, action: Action, programme_id: int | None = None, *, call_id: int | None = None
    ) -> Allowed:
        """May the person connected do `action` in this programme (None: in any) or, for a review,
        on this call? The reason says why, or who may."""
        who = self.identity()
        if who.unrestricted:
            if self.context.database.is_sqlite:
                return single_user(who.login)
            return Allowed(True, f"{who.login} owns the database and may do everything")
        return decide(
            who.login,
            who.assignments,
            action,
            programme_id=programme_id,
            call_id=call_id,
            place=self._place(programme_id, call_id),
        )

    def allowed_for(self, entity: str, programme_id: int | None = None) -> Allowed:
        """The same for a service's kind of record ("budget line"): may the person change them?"""
        action = ENTITY_ACTIONS.get(entity)
        if action is None:
            return Allowed(True, f"{entity}: no role limits it")
        return self.allowed(action, programme_id)

    def _place(self, programme_id: int | None, call_id: int | None) -> str:
        with self._read() as session:
            if call_id is not None:
                reference = session.scalar(select(Call.reference).where(Call.id == call_id))
                return f"call {reference or f'#{call_id}'}"
            if programme_id is not None:
                code = session.scalar(select(Programme.code).where(Programme.id == programme_id))
                return f"programme {code or f'#{programme_id}'}"
        return "any programme"


def team_login(connection: Connection) -> str | None:
    """The login the server signs this connection's work with, when it does (a PostgreSQL database
    in team mode, or a connection that is not the owner's); None when the app names the user."""
    if connection.dialect.name != "postgresql":
        return None
    has_rules = connection.execute(text("SELECT to_regprocedure('dg_team_mode()') IS NOT NULL")).scalar()
    if not has_rules:
        return None
    login, owner, team = connection.execute(text("SELECT session_user, dg_is_owner(), dg_team_mode()")).one()
    return str(login) if team or not owner else None
