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
from typing import Any

from sqlalchemy import select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from ...db.models import Result
from ...domain.counting import CellSum, unique_people_locations
from ...domain.enums import Counting, Measure, OverlapRule, ResultStatus
from ...reporting.donor_workbook.model import IpttDisaggregation, PeriodFigures
from ..indicators import IndicatorView
from ..periods import PeriodView
from ..reach_queries import programme_locations

ZERO = Decimal(0)
DIMENSIONS = ("sex", "age", "group")

#: (project, canonical location, period, stored category)
_Key = tuple[int, int | None, int, Any]


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
    result: dict[int, tuple[IpttDisaggregation, ...]] = {}
    for indicator in wanted:
        cells = _cells_by_dimension(session, indicator.id, statuses, order, canonical)
        counter = _Counter(indicator.counting, rule, countries, ends, order)
        rows = [
            row
            for dimension in DIMENSIONS
            if cells[dimension]
            for row in counter.rows(cells[dimension], shown)
        ]
        if rows:
            result[indicator.id] = tuple(rows)
    return result


def _cells_by_dimension(
    session: Session,
    indicator_id: int,
    statuses: Sequence[ResultStatus],
    order: dict[int, tuple[dt.date, int]],
    canonical: dict[int, int],
) -> dict[str, list[_Cell]]:
    """The indicator's counted cells summed per project, location, period and category, for each
    dimension: one pass over its cells in index order (three GROUP BYs on a column outside the
    index would each sort every cell)."""
    raw = NullType()  # the stored values as the driver gives them: no conversion per cell
    query = select(
        Result.project_id,
        Result.location_id,
        Result.period_id,
        type_coerce(Result.sex, raw),
        type_coerce(Result.age_band, raw),
        type_coerce(Result.population_group, raw),
        type_coerce(Result.value, raw),
    ).where(
        Result.indicator_id == indicator_id,
        Result.status.in_(sorted(statuses)),
        Result.period_id.in_(list(order)),
    )
    by_sex: dict[_Key, Any] = defaultdict(int)
    by_age: dict[_Key, Any] = defaultdict(int)
    by_group: dict[_Key, Any] = defaultdict(int)
    for project_id, location_id, period_id, sex, age_band, group, value in session.connection().execute(
        query
    ):
        place = None if location_id is None else canonical.get(location_id, location_id)
        number = value if isinstance(value, int | Decimal) else Decimal(str(value))
        by_sex[(project_id, place, period_id, sex)] += number
        by_age[(project_id, place, period_id, age_band)] += number
        by_group[(project_id, place, period_id, group)] += number
    cells: dict[str, list[_Cell]] = {}
    for dimension, found in (("sex", by_sex), ("age", by_age), ("group", by_group)):
        labels = {category: _label(dimension, category) for category in {key[3] for key in found}}
        # Two stored categories with one label (no sex, "unknown") are two cells of one category.
        cells[dimension] = [
            _Cell(project_id, place, period_id, labels[category], Decimal(total))
            for (project_id, place, period_id, category), total in found.items()
        ]
    return cells


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
        of_period: dict[int, list[_Cell]] = defaultdict(list)
        for cell in cells:
            of_period[cell.period_id].append(cell)
        per_period = {p.id: self._sums(self._in_period(cells, of_period[p.id], p.id)) for p in shown}
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

    def _in_period(self, cells: Sequence[_Cell], own: list[_Cell], period_id: int) -> list[_Cell]:
        """`own`: the cells of the period itself (all a non-cumulative figure needs)."""
        if self.counting == Counting.CUMULATIVE:
            return self._latest(cells, self.order[period_id])
        return self._counted(own)

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
