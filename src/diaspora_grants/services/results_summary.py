"""Per-indicator results: actuals per period and for the life of award, against targets.

The programme's life-of-award target is its Target row without project and period, or else the
indicator's own life-of-award target: both mean the same thing, and the Target row is the newer word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Period, Programme, Target
from ..domain.counting import (
    CellSum,
    IndicatorRule,
    PeriodActual,
    percent_of_target,
    programme_actual,
)
from ..domain.enums import Counting, Measure, Reach


@dataclass(frozen=True, kw_only=True, slots=True)
class PeriodFigure:
    period_id: int
    label: str
    #: None: no counted result in the period (or a percentage that cannot be combined).
    actual: Decimal | None
    target: Decimal | None
    percent_of_target: Decimal | None


@dataclass(frozen=True, kw_only=True, slots=True)
class FigureLine:
    """One project's figures, or the programme's (project_id None)."""

    project_id: int | None
    label: str
    periods: tuple[PeriodFigure, ...]
    life_of_award: Decimal | None
    target: Decimal | None
    percent_of_target: Decimal | None


@dataclass(frozen=True, kw_only=True)
class IndicatorSummary:
    indicator_id: int
    code: str
    name: str
    unit: str | None
    measure: Measure
    counting: Counting
    reach: Reach
    #: How the programme figure was computed (rule, overlap, why a percentage has none).
    note: str
    programme: FigureLine
    projects: tuple[FigureLine, ...]
    #: Unique people only: both figures, whichever the programme's overlap rule chose.
    conservative: Decimal | None
    upper_bound: Decimal | None


def summarise(
    session: Session,
    programme: Programme,
    indicators: Sequence[Indicator],
    periods: Sequence[Period],
    cells: Sequence[CellSum],
    project_labels: dict[int, str],
) -> list[IndicatorSummary]:
    targets = _targets(session, [i.id for i in indicators])
    # Plain (id, label) pairs: read once, not through the ORM for each project and period.
    period_keys = [(p.id, p.label) for p in periods]
    summaries = []
    for indicator in indicators:
        rule = IndicatorRule(indicator.id, indicator.counting, indicator.reach, indicator.measure)
        actual = programme_actual(cells, rule, programme.overlap_rule)
        own = targets.get(indicator.id, {})
        programme_loa_target = own.get((None, None), indicator.loa_target)
        programme_line = _line(
            None, "programme", period_keys, actual.periods, actual.life_of_award, programme_loa_target, own
        )
        projects = tuple(
            _line(
                p.project_id,
                project_labels.get(p.project_id, f"#{p.project_id}"),
                period_keys,
                p.periods,
                p.life_of_award,
                own.get((p.project_id, None)),
                own,
            )
            for p in actual.projects
        )
        summaries.append(
            IndicatorSummary(
                indicator_id=indicator.id,
                code=indicator.code,
                name=indicator.name,
                unit=indicator.unit,
                measure=indicator.measure,
                counting=indicator.counting,
                reach=indicator.reach,
                note=actual.note,
                programme=programme_line,
                projects=projects,
                conservative=actual.conservative,
                upper_bound=actual.upper_bound,
            )
        )
    return summaries


TargetKey = tuple[int | None, int | None]


def _targets(session: Session, indicator_ids: list[int]) -> dict[int, dict[TargetKey, Decimal]]:
    result: dict[int, dict[TargetKey, Decimal]] = {}
    if not indicator_ids:
        return result
    query = select(Target).where(Target.indicator_id.in_(indicator_ids))
    for target in session.scalars(query):
        result.setdefault(target.indicator_id, {})[(target.project_id, target.period_id)] = Decimal(
            target.value
        )
    return result


def _line(
    project_id: int | None,
    label: str,
    periods: Sequence[tuple[int, str]],
    actuals: Sequence[PeriodActual],
    life_of_award: Decimal | None,
    loa_target: Decimal | None,
    targets: dict[TargetKey, Decimal],
) -> FigureLine:
    by_period = {a.period_id: a.value for a in actuals}
    figures = []
    for period_id, period_label in periods:
        actual = by_period.get(period_id)
        target = targets.get((project_id, period_id))
        figures.append(
            PeriodFigure(
                period_id=period_id,
                label=period_label,
                actual=actual,
                target=target,
                percent_of_target=percent_of_target(actual, target),
            )
        )
    return FigureLine(
        project_id=project_id,
        label=label,
        periods=tuple(figures),
        life_of_award=life_of_award,
        target=loa_target,
        percent_of_target=percent_of_target(life_of_award, loa_target),
    )
