"""Indicators, reporting periods, targets and disaggregated result cells."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import Counting, Direction, Measure, Reach, ResultLevel, ResultStatus, Sex
from ...domain.result_cells import describe_cell
from ..base import Base, Tracked, enum_column
from .programmes import Programme
from .projects import Location, Project

ResultValue = Numeric(16, 2)


class Indicator(Tracked, Base):
    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("programme_id", "code"),)

    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(400))
    definition: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(String(60))
    measure: Mapped[Measure] = mapped_column(enum_column(Measure), default=Measure.NUMBER)
    result_level: Mapped[ResultLevel] = mapped_column(enum_column(ResultLevel), default=ResultLevel.OUTPUT)
    sector: Mapped[str | None] = mapped_column(String(120))
    counting: Mapped[Counting] = mapped_column(enum_column(Counting), default=Counting.NON_CUMULATIVE)
    reach: Mapped[Reach] = mapped_column(enum_column(Reach), default=Reach.NONE)
    direction: Mapped[Direction] = mapped_column(enum_column(Direction), default=Direction.INCREASE)
    baseline_value: Mapped[Decimal | None] = mapped_column(ResultValue)
    baseline_date: Mapped[dt.date | None]
    loa_target: Mapped[Decimal | None] = mapped_column(ResultValue)
    means_of_verification: Mapped[str | None] = mapped_column(Text)
    disaggregated: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: The age bands results may be entered in (an indicator of young people has no 60+); empty:
    #: every band of the programme.
    age_bands: Mapped[tuple[str, ...]] = mapped_column(default=(), server_default="")
    #: What one unit is worth, e.g. 1 EGP per clickfunding point: reports convert the metric to money.
    unit_value: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    unit_value_currency: Mapped[str | None] = mapped_column(String(3))

    programme: Mapped[Programme] = relationship(foreign_keys=[programme_id])

    def audit_label(self) -> str:
        return self.code


class Period(Tracked, Base):
    __tablename__ = "periods"
    __table_args__ = (
        UniqueConstraint("programme_id", "label"),
        CheckConstraint("end_date >= start_date", name="ends_after_start"),
    )

    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(60))
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_at: Mapped[dt.datetime | None]
    locked_by: Mapped[str | None] = mapped_column(String(120))

    programme: Mapped[Programme] = relationship()

    def audit_label(self) -> str:
        return f"{self.programme.code} · {self.label}"


class Target(Tracked, Base):
    """A target for an indicator, for one project or the whole programme, per period or life of award."""

    __tablename__ = "targets"
    __table_args__ = (
        Index(
            "uq_targets_scope",
            "indicator_id",
            text("coalesce(project_id, 0)"),
            text("coalesce(period_id, 0)"),
            unique=True,
        ),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )

    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    period_id: Mapped[int | None] = mapped_column(ForeignKey("periods.id", ondelete="CASCADE"), index=True)
    value: Mapped[Decimal] = mapped_column(ResultValue)

    indicator: Mapped[Indicator] = relationship()
    project: Mapped[Project | None] = relationship()
    period: Mapped[Period | None] = relationship()

    def audit_label(self) -> str:
        scope = self.project.code if self.project is not None else self.indicator.programme.code
        when = self.period.label if self.period is not None else "life of award"
        return f"target {self.indicator.code} · {scope} · {when}"


class Result(Tracked, Base):
    """One cell: project x indicator x period x location x population group x sex x age band.

    Totals are never stored: they are sums of cells, so they cannot disagree with them. A cell
    with no location counts for the whole project; cells without sex, age band and population
    group belong to indicators that are not disaggregated.
    """

    __tablename__ = "results"
    __table_args__ = (
        Index(
            "uq_results_cell",
            "project_id",
            "indicator_id",
            "period_id",
            text("coalesce(location_id, 0)"),
            text("coalesce(population_group, '')"),
            text("coalesce(sex, '')"),
            text("coalesce(age_band, '')"),
            unique=True,
        ),
        # Serves the headline: one pass over approved cells of an indicator, grouped by scope.
        Index(
            "ix_results_rollup", "indicator_id", "status", "project_id", "location_id", "period_id", "value"
        ),
        CheckConstraint("value >= 0", name="value_not_negative"),
    )

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicators.id", ondelete="CASCADE"))
    period_id: Mapped[int] = mapped_column(ForeignKey("periods.id", ondelete="RESTRICT"), index=True)
    location_id: Mapped[int | None] = mapped_column(
        ForeignKey("locations.id", ondelete="CASCADE"), index=True
    )
    population_group: Mapped[str | None] = mapped_column(String(60))
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex))
    age_band: Mapped[str | None] = mapped_column(String(20))
    value: Mapped[Decimal] = mapped_column(ResultValue)
    status: Mapped[ResultStatus] = mapped_column(enum_column(ResultStatus), default=ResultStatus.SUBMITTED)
    source: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)
    #: Who submitted the cell for approval and who approved it (None: not recorded, or a draft). On
    #: a team's PostgreSQL database the server writes them from the connected login.
    submitted_by: Mapped[str | None] = mapped_column(String(120))
    submitted_at: Mapped[dt.datetime | None]
    approved_by: Mapped[str | None] = mapped_column(String(120))
    approved_at: Mapped[dt.datetime | None]

    project: Mapped[Project] = relationship()
    indicator: Mapped[Indicator] = relationship()
    period: Mapped[Period] = relationship()
    location: Mapped[Location | None] = relationship()

    def audit_label(self) -> str:
        """The cell as people name it: "LB-VAX-01 · BHA-1 · 2022-Q3 · Akkar · refugees · female · 0-17"."""
        place = self.location.name if self.location is not None else "whole project"
        cell = describe_cell(place, self.population_group, self.sex, self.age_band)
        return f"{self.project.code} · {self.indicator.code} · {self.period.label} · {cell}"
