"""The people of a team database and their roles (team mode, on PostgreSQL).

A person is a PostgreSQL login role of the same name: the server knows who is connected
(session_user) and checks it against these rows, so a person reaches exactly what their roles
allow, through the app or with psql.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import AccessRole
from ..base import Base, Tracked, enum_column


class Person(Tracked, Base):
    __tablename__ = "people"

    #: The PostgreSQL login role: lower-case letters, digits and underscores.
    login: Mapped[str] = mapped_column(String(63), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    assignments: Mapped[list[RoleAssignment]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    def audit_label(self) -> str:
        return self.login


class RoleAssignment(Tracked, Base):
    """A role in a programme; a reviewer's for one call of it; an administrator's everywhere."""

    __tablename__ = "role_assignments"
    __table_args__ = (
        Index(
            "uq_role_assignments_scope",
            "person_id",
            "role",
            text("coalesce(programme_id, 0)"),
            text("coalesce(call_id, 0)"),
            unique=True,
        ),
        CheckConstraint(
            "(role = 'administrator' AND programme_id IS NULL AND call_id IS NULL)"
            " OR (role = 'reviewer' AND programme_id IS NOT NULL AND call_id IS NOT NULL)"
            " OR (role NOT IN ('administrator', 'reviewer')"
            " AND programme_id IS NOT NULL AND call_id IS NULL)",
            name="scope_fits_role",
        ),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[AccessRole] = mapped_column(enum_column(AccessRole))
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), index=True
    )
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)

    person: Mapped[Person] = relationship(back_populates="assignments")

    def audit_label(self) -> str:
        return f"{self.person.login} · {self.role}"
