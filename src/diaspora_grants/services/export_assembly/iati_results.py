"""Results of the IATI export: the results summary's figures, with targets and baselines.

Each indicator gets its reporting periods (target and actual, a project's actual broken down by
sex and by age band) and one period over the whole activity with the life-of-award target and the
actual to date, so that the targets a donor set are published, not only the period ones. The
baseline is the one recorded; an indicator of people reached by the programme starts from none
reached (0 at the start of the award) when no other baseline is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ...db.models import Result
from ...domain.enums import Direction, Measure, Reach, ResultLevel, ResultStatus
from ...reporting.iati_model import Baseline, Dimension, Indicator, ResultPeriod, ResultValue
from ...reporting.iati_model import Result as IatiResult
from ..indicators import IndicatorView
from ..periods import PeriodView
from ..results_summary import FigureLine, IndicatorSummary
from .facts import ProgrammeFacts

if TYPE_CHECKING:
    from ..registry import Services

RESULT_TYPES = {ResultLevel.OUTPUT: "1", ResultLevel.OUTCOME: "2", ResultLevel.IMPACT: "3"}
#: Dimensions per (project, indicator, period): [(name, value, amount)].
Dimensions = dict[tuple[int, int, int], list[tuple[str, str, Decimal]]]


def dimensions_of(services: Services, facts: ProgrammeFacts) -> Dimensions:
    """Approved cells of each project summed by sex and by age band, per indicator and period."""
    wanted = [i.id for i in facts.indicators if i.disaggregated and i.measure == Measure.NUMBER]
    found: Dimensions = defaultdict(list)
    if not wanted:
        return found
    context = services.context
    with context.database.session(user=context.user, write=False) as session:
        for name, column in (("sex", Result.sex), ("age", Result.age_band)):
            query = (
                select(
                    Result.project_id, Result.indicator_id, Result.period_id, column, func.sum(Result.value)
                )
                .where(
                    Result.indicator_id.in_(wanted),
                    Result.status == ResultStatus.APPROVED,
                    column.is_not(None),
                )
                .group_by(Result.project_id, Result.indicator_id, Result.period_id, column)
                .order_by(Result.project_id, Result.indicator_id, Result.period_id, column)
            )
            for project_id, indicator_id, period_id, value, amount in session.execute(query):
                found[(project_id, indicator_id, period_id)].append((name, str(value), Decimal(amount)))
    return found


def iati_results(
    summaries: list[IndicatorSummary],
    facts: ProgrammeFacts,
    project_id: int | None,
    dimensions: Dimensions,
    span: tuple[dt.date, dt.date],
) -> tuple[IatiResult, ...]:
    views = {i.id: i for i in facts.indicators}
    periods = {p.id: p for p in facts.periods}
    by_level: dict[ResultLevel, list[Indicator]] = defaultdict(list)
    for summary in summaries:
        line = (
            summary.programme
            if project_id is None
            else next((p for p in summary.projects if p.project_id == project_id), None)
        )
        if line is None:
            continue
        view = views[summary.indicator_id]
        whole = _whole_span(line, span)
        by_level[view.result_level].append(
            Indicator(
                title=summary.name,
                measure="2" if summary.measure == Measure.PERCENT else "1",
                ascending=view.direction == Direction.INCREASE,
                reference_code=summary.code,
                description=summary.note,
                baseline=_baseline(view, facts.programme.start_date),
                periods=_periods(line, periods, summary.indicator_id, project_id, dimensions) + whole,
            )
        )
    return tuple(
        IatiResult(
            type=RESULT_TYPES[level], title=f"{level.value.capitalize()} results", indicators=tuple(items)
        )
        for level, items in sorted(by_level.items(), key=lambda kv: RESULT_TYPES[kv[0]])
    )


def _baseline(view: IndicatorView, start: dt.date) -> Baseline | None:
    if view.baseline_value is not None:
        year = (view.baseline_date or start).year
        return Baseline(year=year, value=view.baseline_value, iso_date=view.baseline_date)
    if view.reach != Reach.NONE and view.measure == Measure.NUMBER:
        return Baseline(year=start.year, value=0, iso_date=start)
    return None


def _whole_span(line: FigureLine, span: tuple[dt.date, dt.date]) -> tuple[ResultPeriod, ...]:
    """The life-of-award target and the actual to date, over the whole activity."""
    if line.target is None and line.life_of_award is None:
        return ()
    return (
        ResultPeriod(
            start=span[0],
            end=span[1],
            targets=(ResultValue(value=line.target, comment="Life-of-award target"),)
            if line.target is not None
            else (),
            actuals=(ResultValue(value=line.life_of_award, comment="Actual to date"),)
            if line.life_of_award is not None
            else (),
        ),
    )


def _periods(
    line: FigureLine,
    periods: Mapping[int, PeriodView],
    indicator_id: int,
    project_id: int | None,
    dimensions: Dimensions,
) -> tuple[ResultPeriod, ...]:
    out = []
    for figure in line.periods:
        if figure.actual is None and figure.target is None:
            continue
        period = periods[figure.period_id]
        actuals = []
        if figure.actual is not None:
            actuals.append(ResultValue(value=figure.actual))
            if project_id is not None:
                actuals += [
                    ResultValue(value=amount, dimensions=(Dimension(name=name, value=value),))
                    for name, value, amount in dimensions.get(
                        (project_id, indicator_id, figure.period_id), []
                    )
                ]
        out.append(
            ResultPeriod(
                start=period.start_date,
                end=period.end_date,
                targets=(ResultValue(value=figure.target),) if figure.target is not None else (),
                actuals=tuple(actuals),
            )
        )
    return tuple(out)
