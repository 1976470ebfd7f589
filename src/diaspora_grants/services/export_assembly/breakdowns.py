"""Sex, age-band and population-group rows under each IPTT indicator, from the result cells.

They add up to the indicator's total because they follow the same counting rules, applied by the
domain functions the reach service uses: under "max per location" a location's breakdown comes
from the project that counts there (per period for the period columns, over the award for life of
award); a cumulative indicator takes each project's latest reported period, carried forward.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.models import Result
from ...domain.counting import CellSum, unique_people_locations
from ...domain.enums import Counting, Measure, OverlapRule, ResultStatus
from ...reporting.donor_workbook.model import IpttDisaggregation, PeriodFigures
from ..indicators import IndicatorView
from ..periods import PeriodView
from ..reach_queries import programme_locations

ZERO = Decimal(0)
DIMENSIONS = (("sex", Result.sex), ("age", Result.age_band), ("group", Result.population_group))


@dataclass(frozen=True)
class _Cell:
    project_id: int
    location_id: int | None  # canonical: projects in the same admin-1 area share it
    period_id: int
    category: str
    value: Decimal


def breakdowns(
    session: Session,
    programme_id: int,
    indicators: Sequence[IndicatorView],
    periods: Sequence[PeriodView],
    report_labels: Sequence[str],
    statuses: Sequence[ResultStatus],
    rule: OverlapRule,
    countries: dict[int, str],
) -> dict[int, tuple[IpttDisaggregation, ...]]:
    wanted = [i for i in indicators if i.disaggregated and i.measure == Measure.NUMBER]
    if not wanted or not periods:
        return {}
    canonical = programme_locations(session, programme_id).canonical
    order = {p.id: (p.end_date, p.id) for p in periods}
    ends = {p.id: p.end_date for p in periods}
    shown = [p for p in periods if p.label in set(report_labels)]
    result: dict[int, list[IpttDisaggregation]] = defaultdict(list)
    for dimension, column in DIMENSIONS:
        rows = session.execute(
            select(
                Result.indicator_id,
                Result.project_id,
                Result.location_id,
                Result.period_id,
                column,
                func.sum(Result.value),
            )
            .where(
                Result.indicator_id.in_([i.id for i in wanted]),
                Result.status.in_(sorted(statuses)),
                Result.period_id.in_(list(order)),
            )
            .group_by(Result.indicator_id, Result.project_id, Result.location_id, Result.period_id, column)
        )
        cells: dict[int, list[_Cell]] = defaultdict(list)
        for indicator_id, project_id, location_id, period_id, category, value in rows:
            place = None if location_id is None else canonical.get(location_id, location_id)
            cells[indicator_id].append(
                _Cell(project_id, place, period_id, _label(dimension, category), Decimal(value))
            )
        for indicator in wanted:
            counter = _Counter(indicator.counting, rule, countries, ends, order)
            own = cells.get(indicator.id, [])
            if own:
                result[indicator.id].extend(counter.rows(own, shown))
    return {key: tuple(value) for key, value in result.items()}


def _label(dimension: str, category: object) -> str:
    text = str(category) if category is not None else "unknown"
    if dimension == "sex":
        return "Sex unknown" if text == "unknown" else text.capitalize()
    if dimension == "age":
        return f"Age {text}"
    return text[:1].upper() + text[1:]


class _Counter:
    def __init__(
        self,
        counting: Counting,
        rule: OverlapRule,
        countries: dict[int, str],
        ends: dict[int, dt.date],
        order: dict[int, tuple[dt.date, int]],
    ) -> None:
        self.counting = counting
        self.rule = rule
        self.countries = countries
        self.ends = ends
        self.order = order

    def rows(self, cells: list[_Cell], shown: Sequence[PeriodView]) -> list[IpttDisaggregation]:
        categories = sorted({c.category for c in cells})
        loa = self._sums(self._life_of_award(cells))
        per_period = {p.id: self._sums(self._in_period(cells, p.id)) for p in shown}
        return [
            IpttDisaggregation(
                label=category,
                loa_actual=_whole(loa.get(category, ZERO)),
                periods=tuple(
                    PeriodFigures(period_label=p.label, actual=_whole(per_period[p.id].get(category, ZERO)))
                    for p in shown
                    if per_period[p.id]
                ),
            )
            for category in categories
        ]

    @staticmethod
    def _sums(cells: Iterable[_Cell]) -> dict[str, Decimal]:
        sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for cell in cells:
            sums[cell.category] += cell.value
        return sums

    def _counted(self, cells: Sequence[_Cell]) -> list[_Cell]:
        """Under "max per location", only the cells of the project that counts in each location."""
        if self.counting != Counting.UNIQUE_PEOPLE or self.rule == OverlapRule.SUM:
            return list(cells)
        totals: dict[tuple[int, int | None, int], Decimal] = defaultdict(lambda: ZERO)
        for c in cells:
            totals[(c.project_id, c.location_id, c.period_id)] += c.value
        contributions = unique_people_locations(
            CellSum(0, project, self.countries[project], place, period, self.ends[period], value)
            for (project, place, period), value in totals.items()
        )
        counted = {(c.counted_project_id, c.location_id) for c in contributions}
        return [c for c in cells if (c.project_id, c.location_id) in counted]

    def _in_period(self, cells: Sequence[_Cell], period_id: int) -> list[_Cell]:
        if self.counting == Counting.CUMULATIVE:
            return self._latest(cells, self.order[period_id])
        return self._counted([c for c in cells if c.period_id == period_id])

    def _life_of_award(self, cells: Sequence[_Cell]) -> list[_Cell]:
        if self.counting == Counting.CUMULATIVE:
            return self._latest(cells, max(self.order.values()))
        return self._counted(cells)

    def _latest(self, cells: Sequence[_Cell], until: tuple[dt.date, int]) -> list[_Cell]:
        """Each project stands at its latest reported period up to `until`."""
        latest: dict[int, tuple[dt.date, int]] = {}
        for c in cells:
            at = self.order[c.period_id]
            if at <= until and at > latest.get(c.project_id, (dt.date.min, 0)):
                latest[c.project_id] = at
        return [
            c for c in cells if c.project_id in latest and self.order[c.period_id] == latest[c.project_id]
        ]


def _whole(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value
