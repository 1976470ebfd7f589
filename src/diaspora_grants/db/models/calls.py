"""Calls for expressions of interest, their criteria, the applications received and their reviews."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import ApplicationStatus, CallStatus
from ..base import Base, Tracked, enum_column
from .organisations import Organisation
from .programmes import Programme


class Call(Tracked, Base):
    __tablename__ = "calls"

    reference: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="RESTRICT"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    eligible_countries: Mapped[tuple[str, ...]] = mapped_column(default=())
    eligible_sectors: Mapped[tuple[str, ...]] = mapped_column(default=())
    envelope_amount: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    ceiling_per_grant: Mapped[Decimal | None]
    launch_date: Mapped[dt.date | None]
    clarification_date: Mapped[dt.date | None]
    submission_deadline: Mapped[dt.date | None]
    decision_date: Mapped[dt.date | None]
    status: Mapped[CallStatus] = mapped_column(enum_column(CallStatus), default=CallStatus.DRAFT, index=True)

    programme: Mapped[Programme] = relationship()
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="Criterion.position"
    )

    def audit_label(self) -> str:
        return self.reference


class Criterion(Tracked, Base):
    __tablename__ = "criteria"
    __table_args__ = (
        UniqueConstraint("call_id", "name"),
        CheckConstraint("weight > 0", name="weight_positive"),
        CheckConstraint("max_score > 0", name="max_score_positive"),
    )

    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    weight: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    max_score: Mapped[int] = mapped_column(Integer, default=5)
    position: Mapped[int] = mapped_column(Integer, default=0)

    call: Mapped[Call] = relationship(back_populates="criteria")

    def audit_label(self) -> str:
        return f"{self.call.reference} · {self.name}"


class Application(Tracked, Base):
    __tablename__ = "applications"
    __table_args__ = (UniqueConstraint("call_id", "organisation_id"),)

    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    received_date: Mapped[dt.date]
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str | None] = mapped_column(Text)
    countries: Mapped[tuple[str, ...]] = mapped_column(default=())
    sector: Mapped[str | None] = mapped_column(String(120))
    requested_amount: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus), default=ApplicationStatus.RECEIVED, index=True
    )
    decision_reason: Mapped[str | None] = mapped_column(Text)
    is_late: Mapped[bool] = mapped_column(Boolean, default=False)
    late_reason: Mapped[str | None] = mapped_column(Text)
    # Selected although the applicant's due diligence was not cleared: what it was, who decided, why.
    dd_override_state: Mapped[str | None] = mapped_column(String(120))
    dd_override_reason: Mapped[str | None] = mapped_column(Text)
    dd_override_by: Mapped[str | None] = mapped_column(String(120))
    dd_override_on: Mapped[dt.date | None]

    call: Mapped[Call] = relationship()
    organisation: Mapped[Organisation] = relationship()
    reviews: Mapped[list[Review]] = relationship(back_populates="application", cascade="all, delete-orphan")

    def audit_label(self) -> str:
        return self.title


class Review(Tracked, Base):
    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("application_id", "reviewer"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    reviewer: Mapped[str] = mapped_column(String(120))
    comment: Mapped[str | None] = mapped_column(Text)
    # A reviewer with a conflict of interest is recused: the review stays on record but counts for nothing.
    conflict_of_interest: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict_note: Mapped[str | None] = mapped_column(Text)

    application: Mapped[Application] = relationship(back_populates="reviews")
    scores: Mapped[list[ReviewScore]] = relationship(back_populates="review", cascade="all, delete-orphan")

    def audit_label(self) -> str:
        return f"{self.reviewer} on {self.application.audit_label()}"


class ReviewScore(Tracked, Base):
    __tablename__ = "review_scores"
    __table_args__ = (
        UniqueConstraint("review_id", "criterion_id"),
        CheckConstraint("score >= 0", name="score_not_negative"),
    )

    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id", ondelete="CASCADE"), index=True)
    score: Mapped[Decimal] = mapped_column(Numeric(6, 2))

    review: Mapped[Review] = relationship(back_populates="scores")
    criterion: Mapped[Criterion] = relationship()

    def audit_label(self) -> str:
        return f"{self.review.audit_label()} · {self.criterion.audit_label()}"
