"""Sex, age-band and population-group rows under each IPTT indicator, from the result cells.

They add up to the indicator's total because they follow the same counting rules, applied by the
domain functions the reach service uses: under "max per location" a location's breakdown comes
from the project that counts there (per period for the period columns, over the award for life of
award); a cumulative indicator takes each project's latest reported period, carried forward.

An indicator's cells are read in one pass and summed per project, location, period and category
of each dimension; the counting rules then decide which of those sums count, without a cell
object per sum (a disaggregated indicator has hundreds of thousands of cells).
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
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

DIMENSIONS = ("sex", "age", "group")
CROSS = "sex x age"
#: (project, canonical location, period): projects in the same admin-1 area share the location.
_Slot = tuple[int, int | None, int]


@dataclass
class _Cells:
    """An indicator's counted cells summed per slot: for each slot a list with one sum per column,
    a column being a (dimension, stored category) pair. Every dimension partitions the same cells,
    so the columns of one dimension add up to the slot's total. The sums are hundredths (the
    values have at most two decimals) in one machine-integer array per slot: exact, and about a
    third of the memory of a list of Python numbers (a programme has tens of thousands of slots)."""

    columns: dict[tuple[str, Any], int] = field(default_factory=dict)
    slots: dict[_Slot, array[int]] = field(default_factory=dict)

    def column(self, dimension: str, category: Any) -> int:
        found = self.columns.get((dimension, category))
        if found is None:
            found = self.columns[(dimension, category)] = len(self.columns)
        return found

    def of(self, dimension: str) -> list[tuple[Any, int]]:
        """(stored category, column) of the dimension."""
        return [(category, col) for (d, category), col in self.columns.items() if d == dimension]


class Breakdowns:
    """The IPTT's breakdown rows of one indicator at a time, over the given periods (award start to
    report end); the period columns show only the report's own periods."""

    def __init__(
        self,
        session: Session,
        programme_id: int,
        periods: Sequence[PeriodView],
        report_labels: Sequence[str],
        statuses: Sequence[ResultStatus],
        rule: OverlapRule,
        countries: dict[int, str],
    ) -> None:
        self.session = session
        self.canonical = programme_locations(session, programme_id).canonical if periods else {}
        self.order = {p.id: (p.end_date, p.id) for p in periods}
        self.ends = {p.id: p.end_date for p in periods}
        labels = set(report_labels)
        self.shown = [p for p in periods if p.label in labels]
        self.statuses = statuses
        self.rule = rule
        self.countries = countries

    def of(self, indicator: IndicatorView) -> tuple[IpttDisaggregation, ...]:
        """Sex, age-band and group rows; none for an indicator that is not disaggregated (or a percent)."""
        if not indicator.disaggregated or indicator.measure != Measure.NUMBER or not self.order:
            return ()
        cells = self._sums(indicator.id)
        if not cells.slots:
            return ()
        counter = _Counter(indicator.counting, self.rule, self.countries, self.ends, self.order, self.shown)
        counter.learn(cells)
        return tuple(row for dimension in DIMENSIONS for row in counter.rows(cells, dimension))

    def award_totals(self, indicator: IndicatorView) -> dict[str, dict[Any, Decimal]]:
        """The life-of-award (here: all the periods given) figure per stored category of each
        dimension, and per (sex, age band) pair under "sex x age": the same cells and counting
        rules as the rows, for the charts of a report."""
        if indicator.measure != Measure.NUMBER or not self.order:
            return {}
        cells = self._sums(indicator.id, cross=True)
        counter = _Counter(indicator.counting, self.rule, self.countries, self.ends, self.order, self.shown)
        counter.learn(cells)
        return {dimension: counter.award_totals(cells, dimension) for dimension in (*DIMENSIONS, CROSS)}

    def _sums(self, indicator_id: int, *, cross: bool = False) -> _Cells:
        """The indicator's counted cells summed per slot and category of each dimension, in one pass
        (three GROUP BYs on a column outside the index would each sort every cell); `cross` adds
        the sex x age pairs."""
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
            Result.status.in_(sorted(self.statuses)),
            Result.period_id.in_(list(self.order)),
        )
        canonical = self.canonical
        cells = _Cells()
        slots = cells.slots
        known: dict[tuple[Any, Any, Any], tuple[int, int, int, int]] = {}  # categories -> their columns
        for (
            project_id,
            location_id,
            period_id,
            sex,
            age_band,
            group,
            value,
        ) in self.session.connection().execute(query):
            place = None if location_id is None else canonical.get(location_id, location_id)
            number = value * 100 if isinstance(value, int) else int(Decimal(str(value)) * 100)
            columns = known.get((sex, age_band, group))
            if columns is None:
                columns = known[(sex, age_band, group)] = (
                    cells.column("sex", sex),
                    cells.column("age", age_band),
                    cells.column("group", group),
                    cells.column(CROSS, (sex, age_band)) if cross else -1,
                )
            sums = slots.get((project_id, place, period_id))
            if sums is None:
                sums = slots[(project_id, place, period_id)] = array("q", bytes(8 * len(cells.columns)))
            elif len(sums) < len(cells.columns):  # a category first seen after this slot's array was made
                sums.extend(array("q", bytes(8 * (len(cells.columns) - len(sums)))))
            sums[columns[0]] += number
            sums[columns[1]] += number
            sums[columns[2]] += number
            if cross:
                sums[columns[3]] += number
        return cells


class _Counter:
    """Which slots count, for life of award and for each shown period, under the indicator's rules."""

    def __init__(
        self,
        counting: Counting,
        rule: OverlapRule,
        countries: dict[int, str],
        ends: dict[int, dt.date],
        order: dict[int, tuple[dt.date, int]],
        shown: Sequence[PeriodView],
    ) -> None:
        self.counting = counting
        self.rule = rule
        self.countries = countries
        self.ends = ends
        self.order = order
        self.shown = shown
        #: slot -> the shown periods (ids) whose column it counts in.
        self.columns: dict[_Slot, list[int]] = {}
        #: slots that count for the life of award.
        self.for_award: set[_Slot] = set()

    def learn(self, cells: _Cells) -> None:
        sex_columns = [col for _, col in cells.of("sex")]
        totals: dict[_Slot, Any] = {
            slot: sum(sums[col] for col in sex_columns if col < len(sums))
            for slot, sums in cells.slots.items()
        }
        shown_ids = {p.id for p in self.shown}
        columns: dict[_Slot, list[int]] = defaultdict(list)
        if self.counting == Counting.CUMULATIVE:
            # Each project stands at its latest reported period, carried forward to later columns.
            slots_of: dict[tuple[int, int], list[_Slot]] = defaultdict(list)  # (project, period) -> slots
            for slot in totals:
                slots_of[(slot[0], slot[2])].append(slot)
            reported: dict[int, list[int]] = defaultdict(list)
            for project_id, period_id in slots_of:
                reported[project_id].append(period_id)
            order = self.order.__getitem__
            for project_id, periods in reported.items():
                periods.sort(key=order)
                self.for_award.update(slots_of[(project_id, periods[-1])])
                for column in self.shown:
                    done = [p for p in periods if order(p) <= order(column.id)]
                    if done:
                        for slot in slots_of[(project_id, done[-1])]:
                            columns[slot].append(column.id)
        else:
            self.for_award = self._counted(totals)
            by_period: dict[int, dict[_Slot, Any]] = defaultdict(dict)
            for slot, value in totals.items():
                if slot[2] in shown_ids:
                    by_period[slot[2]][slot] = value
            for period_id, own in by_period.items():
                for slot in self._counted(own):
                    columns[slot].append(period_id)
        self.columns = dict(columns)

    def _counted(self, totals: dict[_Slot, Any]) -> set[_Slot]:
        """Under "max per location", only the slots of the project that counts in each location."""
        if self.counting != Counting.UNIQUE_PEOPLE or self.rule == OverlapRule.SUM:
            return set(totals)
        contributions = unique_people_locations(
            CellSum(0, project, self.countries[project], place, period, self.ends[period], _unscaled(value))
            for (project, place, period), value in totals.items()
        )
        counted = {(c.counted_project_id, c.location_id) for c in contributions}
        return {slot for slot in totals if (slot[0], slot[1]) in counted}

    def award_totals(self, cells: _Cells, dimension: str) -> dict[Any, Decimal]:
        totals: dict[Any, int] = defaultdict(int)
        for slot, sums in cells.slots.items():
            if slot in self.for_award:
                for category, col in cells.of(dimension):
                    totals[category] += sums[col] if col < len(sums) else 0
        return {category: _unscaled(value) for category, value in totals.items()}

    def rows(self, cells: _Cells, dimension: str) -> list[IpttDisaggregation]:
        # Two stored categories of one label (no sex, "unknown") add up.
        labelled = [(_label(dimension, category), col) for category, col in cells.of(dimension)]
        award: dict[str, Any] = defaultdict(int)
        per_column: dict[int, dict[str, Any]] = defaultdict(lambda: defaultdict(int))
        for slot, sums in cells.slots.items():
            counts_for_award = slot in self.for_award
            in_columns = self.columns.get(slot, ())
            if not counts_for_award and not in_columns:
                continue
            for label, col in labelled:
                value = sums[col] if col < len(sums) else 0
                if counts_for_award:
                    award[label] += value
                for column in in_columns:
                    per_column[column][label] += value
        return [
            IpttDisaggregation(
                label=label,
                loa_actual=_whole(_unscaled(award.get(label, 0))),
                periods=tuple(
                    PeriodFigures(
                        period_label=p.label, actual=_whole(_unscaled(per_column[p.id].get(label, 0)))
                    )
                    for p in self.shown
                    if p.id in per_column
                ),
            )
            for label in sorted({label for label, _ in labelled})
        ]


def _label(dimension: str, category: object) -> str:
    text = str(category) if category is not None else "unknown"
    if dimension == "sex":
        return "Sex unknown" if text == "unknown" else text.capitalize()
    if dimension == "age":
        return f"Age {text}"
    return text[:1].upper() + text[1:]


def _unscaled(hundredths: int) -> Decimal:
    return Decimal(hundredths) / 100


def _whole(value: Any) -> int | Decimal:
    number = Decimal(value)
    return int(number) if number == number.to_integral_value() else number
