"""Funded projects (grant agreements), their admin-1 locations and reporting requirements."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import ProjectStatus
from ..base import Base, Tracked, enum_column
from .calls import Application, Call
from .organisations import Organisation
from .programmes import Programme


class Project(Tracked, Base):
    __tablename__ = "projects"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="RESTRICT"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="RESTRICT"), index=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"), index=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), unique=True
    )
    country: Mapped[str] = mapped_column(String(2), index=True)
    sector: Mapped[str | None] = mapped_column(String(120))
    dac_code: Mapped[str | None] = mapped_column(String(5))
    target_groups: Mapped[tuple[str, ...]] = mapped_column(default=())
    planned_start: Mapped[dt.date | None]
    planned_end: Mapped[dt.date | None]
    actual_start: Mapped[dt.date | None]
    actual_end: Mapped[dt.date | None]
    status: Mapped[ProjectStatus] = mapped_column(
        enum_column(ProjectStatus), default=ProjectStatus.PIPELINE, index=True
    )
    grant_amount: Mapped[Decimal | None]
    #: The grant agreement's own number, as signed with the partner (not the project code).
    agreement_number: Mapped[str | None] = mapped_column(String(100))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # A grant made although the partner's due diligence was not cleared: what it was, who decided, why.
    dd_override_state: Mapped[str | None] = mapped_column(String(120))
    dd_override_reason: Mapped[str | None] = mapped_column(Text)
    dd_override_by: Mapped[str | None] = mapped_column(String(120))
    dd_override_on: Mapped[dt.date | None]

    programme: Mapped[Programme] = relationship()
    partner: Mapped[Organisation] = relationship()
    call: Mapped[Call | None] = relationship()
    application: Mapped[Application | None] = relationship()
    locations: Mapped[list[Location]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Location.name"
    )

    def audit_label(self) -> str:
        return self.code


class Location(Tracked, Base):
    """An admin-1 area (governorate, province) where a project works."""

    __tablename__ = "locations"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    pcode: Mapped[str | None] = mapped_column(String(40))
    #: ISO 3166-2 code of the admin-1 area when it was chosen from the country's list (LB-AK).
    admin1_code: Mapped[str | None] = mapped_column(String(10))

    project: Mapped[Project] = relationship(back_populates="locations")

    def audit_label(self) -> str:
        return f"{self.project.code} · {self.name}"


class ReportingRequirement(Tracked, Base):
    __tablename__ = "reporting_requirements"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[dt.date] = mapped_column(index=True)
    submitted_on: Mapped[dt.date | None]
    accepted_on: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship()

    def audit_label(self) -> str:
        return f"{self.project.code} · {self.title}"
