"""The people of a team database: each one a PostgreSQL login, with roles per programme (per call
for reviewers). Administrators add, grant, revoke and remove; the server keeps memberships of its
group roles in step with the roles recorded here, in the same transaction.

A SQLite file is single-user: every method refuses it in one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from ..db.models import Call, Person, Programme, RoleAssignment
from ..db.team_access import ROLE_GROUPS, TEAM_GROUP, group_role, valid_login
from ..db.team_install import install_team_access
from ..db.team_sql import literal, quoted
from ..domain import validation as v
from ..domain.access import GLOBAL_ROLES
from ..domain.enums import AccessRole, Action
from ..domain.errors import (
    AccessDeniedError,
    DuplicateError,
    FieldProblem,
    NotFoundError,
    TeamModeError,
    ValidationError,
)
from ..domain.labels import label
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .access import AccessService
from .base import Service

SINGLE_USER = (
    "team mode needs a PostgreSQL database: a SQLite file is single-user, and its user may do "
    "everything (give --db postgresql+psycopg://user@host/name)"
)


@dataclass(frozen=True)
class RoleView:
    role: AccessRole
    programme_code: str | None
    call_reference: str | None

    def describe(self) -> str:
        where = f" of {self.programme_code}" if self.programme_code else ""
        call = f", call {self.call_reference}" if self.call_reference else ""
        return f"{label(self.role).lower()}{where}{call}"


@dataclass(frozen=True)
class PersonView:
    id: int
    login: str
    name: str
    active: bool
    roles: tuple[RoleView, ...]


class PeopleService(Service):
    entity = "person"

    def find(self) -> list[PersonView]:
        self._require_team_database()
        with self._read() as session:
            people = session.scalars(
                select(Person).options(selectinload(Person.assignments)).order_by(Person.login)
            )
            return [_view(session, p) for p in people]

    def setup(self) -> bool:
        """Install or refresh the server's team-mode rules (the database owner, after an upgrade
        added tables); False when the owner may not create the group roles."""
        self._require_team_database()
        who = AccessService(self.context).identity()
        if not who.unrestricted:
            raise AccessDeniedError(
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "{login} may not install the server's rules: only the database's owner may"
                    ),
                    login=who.login,
                )
            )
        with self._write() as session:
            return install_team_access(session.connection())

    def add(self, login: str, name: str, password: str | None = None) -> PersonView:
        """A new person: their login role (created unless the server has it already, for another
        database) and their row; roles come with `grant`."""
        self._require_administrator()
        clean_login = (login or "").strip()
        clean_name = v.clean(name) or clean_login
        if not valid_login(clean_login):
            raise ValidationError.single(
                "login",
                say(QT_TRANSLATE_NOOP("Core", "use lower-case letters, digits and underscores (63 at most)")),
            )
        with self._write() as session:
            if session.scalar(select(Person.id).where(Person.login == clean_login)) is not None:
                raise DuplicateError(
                    FieldProblem(
                        "login",
                        say(
                            QT_TRANSLATE_NOOP(
                                "Core", "{clean_login} is already one of this database's people"
                            ),
                            clean_login=clean_login,
                        ),
                    )
                )
            exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": clean_login})
            if not exists:
                _ddl(session, f"CREATE ROLE {quoted(clean_login)} LOGIN")
            if password:
                _set_password(session, clean_login, password)
            _ddl(session, f"GRANT {quoted(self._group(session, TEAM_GROUP))} TO {quoted(clean_login)}")
            person = Person(login=clean_login, name=clean_name[:200], active=True)
            session.add(person)
            session.flush()
            return _view(session, person)

    def set_password(self, login: str, password: str) -> None:
        self._require_administrator()
        with self._write() as session:
            self._person(session, login)
            _set_password(session, login, password)

    def grant(
        self, login: str, role: AccessRole | str, *, programme: str | None = None, call: str | None = None
    ) -> PersonView:
        self._require_administrator()
        chosen = AccessRole(role)
        with self._write() as session:
            person = self._person(session, login)
            programme_id, call_id = self._scope(session, chosen, programme, call)
            if any(
                (a.role, a.programme_id, a.call_id) == (chosen, programme_id, call_id)
                for a in person.assignments
            ):
                raise DuplicateError(
                    FieldProblem(
                        "role",
                        say(QT_TRANSLATE_NOOP("Core", "{login} already has this role there"), login=login),
                    )
                )
            person.assignments.append(RoleAssignment(role=chosen, programme_id=programme_id, call_id=call_id))
            _ddl(session, f"GRANT {quoted(self._group(session, ROLE_GROUPS[chosen]))} TO {quoted(login)}")
            if chosen in GLOBAL_ROLES:
                # Administrators create and drop the logins of the people they add and remove.
                _ddl(session, f"ALTER ROLE {quoted(login)} CREATEROLE")
            session.flush()
            return _view(session, person)

    def revoke(
        self, login: str, role: AccessRole | str, *, programme: str | None = None, call: str | None = None
    ) -> PersonView:
        self._require_administrator()
        chosen = AccessRole(role)
        with self._write() as session:
            person = self._person(session, login)
            programme_id, call_id = self._scope(session, chosen, programme, call)
            held = [
                a
                for a in person.assignments
                if (a.role, a.programme_id, a.call_id) == (chosen, programme_id, call_id)
            ]
            if not held:
                raise NotFoundError("role", f"{label(chosen).lower()} of {login} there")
            person.assignments.remove(held[0])
            session.flush()
            if not any(a.role == chosen for a in person.assignments):
                _ddl(
                    session,
                    f"REVOKE {quoted(self._group(session, ROLE_GROUPS[chosen]))} FROM {quoted(login)}",
                )
                if chosen in GLOBAL_ROLES:
                    _ddl(session, f"ALTER ROLE {quoted(login)} NOCREATEROLE")
            return _view(session, person)

    def remove(self, login: str) -> bool:
        """Take the person off this database; their login is dropped from the server unless another
        database still counts them among its people. True when the login was dropped."""
        self._require_administrator()
        with self._write() as session:
            person = self._person(session, login)
            if login == session.scalar(text("SELECT session_user")):
                raise AccessDeniedError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "{login} may not remove themselves: another administrator does it"
                        ),
                        login=login,
                    )
                )
            session.delete(person)
            session.flush()
            for key in (TEAM_GROUP, *ROLE_GROUPS.values()):
                group = self._group(session, key)
                _ddl(session, f"REVOKE {quoted(group)} FROM {quoted(login)}")
            others = session.scalar(
                text(
                    "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
                    " WHERE r.rolname = :n"
                ),
                {"n": login},
            )
            if others:
                return False
            _ddl(session, f"DROP ROLE {quoted(login)}")
            return True

    def _require_team_database(self) -> None:
        if self.context.database.is_sqlite:
            raise TeamModeError(SINGLE_USER)

    def _require_administrator(self) -> None:
        self._require_team_database()
        allowed = AccessService(self.context).allowed(Action.MANAGE_PEOPLE)
        if not allowed:
            raise AccessDeniedError(allowed.reason)

    def _group(self, session: Session, key: str) -> str:
        return group_role(str(session.scalar(text("SELECT current_database()"))), key)

    def _person(self, session: Session, login: str) -> Person:
        person = session.scalar(
            select(Person).options(selectinload(Person.assignments)).where(Person.login == login.strip())
        )
        if person is None:
            raise NotFoundError("person", login)
        return person

    def _scope(
        self, session: Session, role: AccessRole, programme: str | None, call: str | None
    ) -> tuple[int | None, int | None]:
        """Where a role is held: nowhere in particular (administrators), a programme, or a call."""
        if role in GLOBAL_ROLES:
            if programme or call:
                raise ValidationError.single(
                    "programme",
                    say(
                        QT_TRANSLATE_NOOP("Core", "{value}s hold their role in every programme"),
                        value=label(role).lower(),
                    ),
                )
            return None, None
        if role == AccessRole.REVIEWER:
            if not call:
                raise ValidationError.single(
                    "call",
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core", "a reviewer is assigned to a call: name it (--call REFERENCE)"
                        )
                    ),
                )
            found = self._get_by(session, Call, "call", reference=call)
            return found.programme_id, found.id
        if not programme or call:
            raise ValidationError.single(
                "programme",
                say(
                    QT_TRANSLATE_NOOP("Core", "a {value} holds the role in a programme: name it"),
                    value=label(role).lower(),
                ),
            )
        return self._get_by(session, Programme, "programme", code=programme).id, None


def _ddl(session: Session, statement: str) -> None:
    """A statement about roles, run as written: role names are checked logins, and the SCRAM
    verifier holds characters a bound statement would read as placeholders."""
    session.connection().exec_driver_sql(statement.replace("%", "%%"))


def _set_password(session: Session, login: str, password: str) -> None:
    """The server gets only the SCRAM verifier, computed here: the password itself never reaches it,
    so it cannot appear in the server's statement log either."""
    driver: Any = session.connection().connection.driver_connection
    verifier = driver.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    _ddl(session, f"ALTER ROLE {quoted(login)} PASSWORD {literal(verifier)}")


def _view(session: Session, person: Person) -> PersonView:
    codes = dict(session.execute(select(Programme.id, Programme.code)).all())
    call_ids = {a.call_id for a in person.assignments if a.call_id}
    references = (
        dict(session.execute(select(Call.id, Call.reference).where(Call.id.in_(call_ids))).all())
        if call_ids
        else {}
    )
    roles = sorted(
        (
            RoleView(
                a.role,
                codes.get(a.programme_id) if a.programme_id else None,
                references.get(a.call_id) if a.call_id else None,
            )
            for a in person.assignments
        ),
        key=lambda r: (list(AccessRole).index(r.role), r.programme_code or "", r.call_reference or ""),
    )
    return PersonView(person.id, person.login, person.name, person.active, tuple(roles))
