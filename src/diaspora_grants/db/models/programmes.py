"""Programmes: one award from one donor, the frame for calls, projects, indicators and periods."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import DEFAULT_AGE_BANDS, DEFAULT_POPULATION_GROUPS, OverlapRule
from ..base import Base, Tracked, enum_column
from .organisations import Organisation


class Programme(Tracked, Base):
    __tablename__ = "programmes"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="ends_after_start"),)

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    donor_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    reporting_org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    award_number: Mapped[str | None] = mapped_column(String(100))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]
    overlap_rule: Mapped[OverlapRule] = mapped_column(
        enum_column(OverlapRule), default=OverlapRule.MAX_PER_LOCATION
    )
    age_bands: Mapped[tuple[str, ...]] = mapped_column(default=DEFAULT_AGE_BANDS)
    population_groups: Mapped[tuple[str, ...]] = mapped_column(default=DEFAULT_POPULATION_GROUPS)
    # The indicator whose unique direct people make the headline; several could count one person twice.
    headline_indicator_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicators.id", ondelete="SET NULL", use_alter=True), index=True
    )
    sdg_goals: Mapped[tuple[str, ...]] = mapped_column(default=())
    #: Four eyes: the person who approves results must not be the one who submitted them.
    approver_must_differ: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    donor: Mapped[Organisation | None] = relationship(foreign_keys=[donor_id])
    reporting_org: Mapped[Organisation | None] = relationship(foreign_keys=[reporting_org_id])

    def audit_label(self) -> str:
        return self.code
