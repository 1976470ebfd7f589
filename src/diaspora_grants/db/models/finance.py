"""Budget lines, tranches, expenditure and the exchange rates that convert them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import TrancheStatus
from ..base import Base, Rate, Tracked, enum_column
from .projects import Project


class BudgetLine(Tracked, Base):
    __tablename__ = "budget_lines"
    __table_args__ = (
        UniqueConstraint("project_id", "code"),
        CheckConstraint("original_amount >= 0", name="original_not_negative"),
        CheckConstraint("revised_amount IS NULL OR revised_amount >= 0", name="revised_not_negative"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    original_amount: Mapped[Decimal]
    revised_amount: Mapped[Decimal | None]

    project: Mapped[Project] = relationship()
    revisions: Mapped[list[BudgetRevision]] = relationship(
        back_populates="budget_line", cascade="all, delete-orphan", order_by="BudgetRevision.id"
    )

    def audit_label(self) -> str:
        return f"{self.project.code} · {self.code}"


class BudgetRevision(Tracked, Base):
    """One change of a budget line's revised amount: from what, to what, on which day and why.

    The line keeps the amount in force; its revisions are the history a donor's officer asks for.
    """

    __tablename__ = "budget_revisions"
    __table_args__ = (
        CheckConstraint("previous_amount >= 0", name="previous_not_negative"),
        CheckConstraint("revised_amount IS NULL OR revised_amount >= 0", name="revised_not_negative"),
    )

    budget_line_id: Mapped[int] = mapped_column(ForeignKey("budget_lines.id", ondelete="CASCADE"), index=True)
    #: The amount in force before: the original, or the previous revision.
    previous_amount: Mapped[Decimal]
    #: The new revised amount; None when a revision is withdrawn and the original is in force again.
    revised_amount: Mapped[Decimal | None]
    revised_on: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(Text)

    budget_line: Mapped[BudgetLine] = relationship(back_populates="revisions")

    def audit_label(self) -> str:
        return f"{self.budget_line.code} revised {self.revised_on.isoformat()}"


class Tranche(Tracked, Base):
    __tablename__ = "tranches"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("planned_amount >= 0", name="planned_not_negative"),
        CheckConstraint("actual_amount IS NULL OR actual_amount >= 0", name="actual_not_negative"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    condition: Mapped[str | None] = mapped_column(Text)
    planned_date: Mapped[dt.date]
    planned_amount: Mapped[Decimal]
    actual_date: Mapped[dt.date | None]
    actual_amount: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[TrancheStatus] = mapped_column(enum_column(TrancheStatus), default=TrancheStatus.SCHEDULED)

    project: Mapped[Project] = relationship()

    def audit_label(self) -> str:
        return f"{self.project.code} · tranche {self.number}"


class Expenditure(Tracked, Base):
    __tablename__ = "expenditures"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    budget_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("budget_lines.id", ondelete="SET NULL"), index=True
    )
    spent_on: Mapped[dt.date] = mapped_column(index=True)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    description: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship()
    budget_line: Mapped[BudgetLine | None] = relationship()

    def audit_label(self) -> str:
        return f"{self.project.code} · {self.spent_on.isoformat()} · {self.amount} {self.currency}"


class ExchangeRate(Tracked, Base):
    """How many units of `currency` one unit of `base_currency` bought in a month."""

    __tablename__ = "exchange_rates"
    __table_args__ = (
        UniqueConstraint("base_currency", "currency", "month"),
        CheckConstraint("units_per_base > 0", name="rate_positive"),
    )

    base_currency: Mapped[str] = mapped_column(String(3))
    currency: Mapped[str] = mapped_column(String(3))
    month: Mapped[dt.date]  # always the first day of the month
    units_per_base: Mapped[Decimal] = mapped_column(Rate())
    source: Mapped[str | None] = mapped_column(String(200))
    value_date: Mapped[dt.date | None]

    def audit_label(self) -> str:
        return f"{self.currency}/{self.base_currency} {self.month:%Y-%m}"
