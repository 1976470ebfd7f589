"""The narrative of a donor report, its progress per outcome, and partners' own narratives.

A narrative belongs to one report of a programme: the periods it covers, first to last. Its
`period_id` is the last period: locking that period locks the narrative (the server's locked-period
rule reads the same column as on results). Section texts are columns, one per section of
domain/narratives.py: a report has each section once.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, Tracked
from .programmes import Programme
from .projects import Project
from .results import Indicator, Period


class Narrative(Tracked, Base):
    __tablename__ = "narratives"
    __table_args__ = (UniqueConstraint("programme_id", "first_period_id", "period_id"),)

    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    first_period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    #: The report's last period: the narrative is locked with it.
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    executive_summary: Mapped[str | None] = mapped_column(Text)
    context: Mapped[str | None] = mapped_column(Text)
    challenges: Mapped[str | None] = mapped_column(Text)
    lessons_learned: Mapped[str | None] = mapped_column(Text)
    accountability: Mapped[str | None] = mapped_column(Text)
    psea: Mapped[str | None] = mapped_column(Text)
    risks: Mapped[str | None] = mapped_column(Text)
    next_period: Mapped[str | None] = mapped_column(Text)

    programme: Mapped[Programme] = relationship()
    first_period: Mapped[Period] = relationship(foreign_keys=[first_period_id])
    period: Mapped[Period] = relationship(foreign_keys=[period_id])
    outcomes: Mapped[list[NarrativeOutcome]] = relationship(
        back_populates="narrative", order_by="NarrativeOutcome.position", cascade="all, delete-orphan"
    )

    def audit_label(self) -> str:
        if self.programme is None or self.period is None or self.first_period is None:
            return "narrative"
        span = self.period.label
        if self.first_period_id != self.period_id:
            span = f"{self.first_period.label} to {span}"
        return f"narrative {self.programme.code} {span}"


class NarrativeOutcome(Tracked, Base):
    """Progress towards one outcome, with the indicators that measure it."""

    __tablename__ = "narrative_outcomes"
    __table_args__ = (UniqueConstraint("narrative_id", "position"),)

    narrative_id: Mapped[int] = mapped_column(ForeignKey("narratives.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(400))
    text: Mapped[str | None] = mapped_column(Text)

    narrative: Mapped[Narrative] = relationship(back_populates="outcomes")
    indicators: Mapped[list[NarrativeOutcomeIndicator]] = relationship(
        back_populates="outcome", cascade="all, delete-orphan", order_by="NarrativeOutcomeIndicator.id"
    )

    def audit_label(self) -> str:
        return f"outcome {self.position}: {self.title}"


class NarrativeOutcomeIndicator(Tracked, Base):
    __tablename__ = "narrative_outcome_indicators"
    __table_args__ = (UniqueConstraint("outcome_id", "indicator_id"),)

    outcome_id: Mapped[int] = mapped_column(
        ForeignKey("narrative_outcomes.id", ondelete="CASCADE"), index=True
    )
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)

    outcome: Mapped[NarrativeOutcome] = relationship(back_populates="indicators")
    indicator: Mapped[Indicator] = relationship()

    def audit_label(self) -> str:
        code = self.indicator.code if self.indicator is not None else f"#{self.indicator_id}"
        return f"indicator {code} under outcome {self.outcome.position if self.outcome else '?'}"


class PartnerNarrative(Tracked, Base):
    """A partner's short narrative for one project and period (its results template's Narrative sheet)."""

    __tablename__ = "partner_narratives"
    __table_args__ = (UniqueConstraint("project_id", "period_id"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    progress: Mapped[str | None] = mapped_column(Text)
    challenges: Mapped[str | None] = mapped_column(Text)
    lessons_learned: Mapped[str | None] = mapped_column(Text)
    accountability: Mapped[str | None] = mapped_column(Text)
    next_period: Mapped[str | None] = mapped_column(Text)

    project: Mapped[Project] = relationship()
    period: Mapped[Period] = relationship()

    def audit_label(self) -> str:
        if self.project is None or self.period is None:
            return "partner narrative"
        return f"partner narrative {self.project.code} {self.period.label}"
