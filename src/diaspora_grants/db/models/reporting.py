"""Donor reporting: the programme's own award from the donor and the explanations of variances."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, Tracked
from .finance import BudgetLine
from .programmes import Programme
from .results import Indicator, Period

#: A share such as 0.10 (10%): the variance threshold and the indirect cost rate.
Fraction = Numeric(6, 4)
DEFAULT_VARIANCE_THRESHOLD = Decimal("0.10")


class ProgrammeAward(Tracked, Base):
    """What the donor awarded the programme (in the programme's currency) and how variances are flagged.

    One row per programme at most; a programme without one has no award figures and the default
    threshold of 10%.
    """

    __tablename__ = "programme_awards"
    __table_args__ = (
        CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
        CheckConstraint("funds_received IS NULL OR funds_received >= 0", name="received_not_negative"),
        CheckConstraint("subgrants IS NULL OR subgrants >= 0", name="subgrants_not_negative"),
        CheckConstraint("direct_costs IS NULL OR direct_costs >= 0", name="direct_costs_not_negative"),
        CheckConstraint(
            "indirect_rate IS NULL OR (indirect_rate >= 0 AND indirect_rate <= 1)", name="indirect_rate_share"
        ),
        CheckConstraint("variance_threshold > 0 AND variance_threshold < 1", name="threshold_share"),
    )

    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programmes.id", ondelete="CASCADE"), unique=True, index=True
    )
    amount: Mapped[Decimal | None]
    funds_received: Mapped[Decimal | None]
    #: The day the cumulative funds received were counted (the last receipt).
    funds_received_on: Mapped[dt.date | None]
    #: The part of the award set aside for grants to partners.
    subgrants: Mapped[Decimal | None]
    #: Direct costs of the programme itself, incurred to `funds_received_on`, sub-grants excluded.
    direct_costs: Mapped[Decimal | None]
    indirect_rate: Mapped[Decimal | None] = mapped_column(Fraction)
    variance_threshold: Mapped[Decimal] = mapped_column(
        Fraction, default=DEFAULT_VARIANCE_THRESHOLD, server_default="0.10"
    )
    #: Humanitarian aid (IATI's humanitarian flag), and the emergency it answers (GLIDE number).
    humanitarian: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    emergency_glide: Mapped[str | None] = mapped_column(String(40))

    programme: Mapped[Programme] = relationship()

    def audit_label(self) -> str:
        return f"award of {self.programme.code}" if self.programme else "award"


class VarianceExplanation(Tracked, Base):
    """Why an indicator missed its target in a period (no period: the life of award), or why a
    budget line is over-spent. Exported beside the figure it explains."""

    __tablename__ = "variance_explanations"
    __table_args__ = (
        CheckConstraint(
            "(indicator_id IS NULL) <> (budget_line_id IS NULL)", name="indicator_or_budget_line"
        ),
        CheckConstraint("period_id IS NULL OR indicator_id IS NOT NULL", name="period_of_indicator"),
        UniqueConstraint("indicator_id", "period_id"),
        UniqueConstraint("budget_line_id"),
    )

    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(
        ForeignKey("indicators.id", ondelete="CASCADE"), index=True
    )
    period_id: Mapped[int | None] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    budget_line_id: Mapped[int | None] = mapped_column(ForeignKey("budget_lines.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)

    indicator: Mapped[Indicator | None] = relationship()
    period: Mapped[Period | None] = relationship()
    budget_line: Mapped[BudgetLine | None] = relationship()

    def audit_label(self) -> str:
        if self.indicator is not None:
            where = self.period.label if self.period is not None else "life of award"
            return f"variance {self.indicator.code} {where}"
        return f"variance {self.budget_line.code}" if self.budget_line else "variance"
