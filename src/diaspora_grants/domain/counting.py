"""Donor counting rules: period actuals, life of award, programme figures and % of target.

The database sums the result cells with one GROUP BY into `CellSum` rows (a few thousand at most,
whatever the number of cells), and every rule the donor cares about is applied here, once, on
those rows. Nothing here touches Qt, SQLAlchemy or I/O, so each rule is tested on its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .enums import Counting, Measure, OverlapRule, Reach

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class CellSum:
    """Result cells of one indicator, project, location and period, summed by the database.

    `location_id` None means a result for the whole project rather than one admin-1 location.
    """

    indicator_id: int
    project_id: int
    country: str
    location_id: int | None
    period_id: int
    period_end: date
    value: Decimal


@dataclass(frozen=True, slots=True)
class IndicatorRule:
    """What the counting rules need to know about an indicator."""

    indicator_id: int
    counting: Counting
    reach: Reach
    measure: Measure

    @property
    def counts_people(self) -> bool:
        # Engagement metrics (views, likes, points, classrooms) and percentages are not people.
        return self.reach != Reach.NONE and self.measure == Measure.NUMBER


@dataclass(frozen=True, slots=True)
class PeriodActual:
    """The actual of one period. `value` is None only for a percent indicator reported for several
    locations in the period: percentages cannot be added, and there is no denominator to weight them."""

    period_id: int
    period_end: date
    value: Decimal | None


@dataclass(frozen=True, slots=True)
class ProjectActual:
    project_id: int
    indicator_id: int
    periods: tuple[PeriodActual, ...]
    life_of_award: Decimal | None


@dataclass(frozen=True, slots=True)
class LocationContribution:
    """One location's share of a unique-people figure: the project that counts under "max per
    location", and the others that count only in the upper bound (sum).

    `location_id` None is the pseudo-location "whole project `counted_project_id`" in `country`:
    such results cannot be matched to an admin-1 location, so they never overlap with another
    project's, and only that project can report there.
    """

    country: str
    location_id: int | None
    counted_project_id: int
    counted_value: Decimal
    other_projects: tuple[tuple[int, Decimal], ...]

    @property
    def key(self) -> tuple[str, str]:
        if self.location_id is None:
            return (self.country, f"project:{self.counted_project_id}")
        return (self.country, f"location:{self.location_id}")

    @property
    def conservative(self) -> Decimal:
        return self.counted_value

    @property
    def upper_bound(self) -> Decimal:
        return self.counted_value + sum((value for _, value in self.other_projects), ZERO)

    def under(self, rule: OverlapRule) -> Decimal:
        return self.upper_bound if rule == OverlapRule.SUM else self.conservative


@dataclass(frozen=True, slots=True)
class ProgrammeActual:
    """An indicator across the projects of a programme.

    `conservative` and `upper_bound` are set only for unique-people indicators; `rule` is the
    overlap rule that chose `life_of_award` among them (None for other countings).
    """

    indicator_id: int
    counting: Counting
    rule: OverlapRule | None
    projects: tuple[ProjectActual, ...]
    periods: tuple[PeriodActual, ...]
    life_of_award: Decimal | None
    conservative: Decimal | None
    upper_bound: Decimal | None
    note: str


def format_number(value: Decimal) -> str:
    """Thousands separators, and no exponent or trailing ".0" for whole numbers."""
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}"


def _period_order(period: PeriodActual) -> tuple[date, int]:
    # The id breaks ties so that the result never depends on the order the rows came in.
    return (period.period_end, period.period_id)


def period_actuals(cells: Iterable[CellSum], measure: Measure = Measure.NUMBER) -> tuple[PeriodActual, ...]:
    """The actual of each period that has data, oldest first: the sum of the rows of the period.

    Pass the rows of one project and indicator. For a percent indicator a period reported for
    several locations has no actual (None), because percentages are not added.
    """
    totals: dict[tuple[date, int], Decimal] = defaultdict(lambda: ZERO)
    rows: dict[tuple[date, int], int] = defaultdict(int)
    for cell in cells:
        slot = (cell.period_end, cell.period_id)
        totals[slot] += cell.value
        rows[slot] += 1
    percent = measure == Measure.PERCENT
    return tuple(
        PeriodActual(
            period_id, end, None if percent and rows[(end, period_id)] > 1 else totals[(end, period_id)]
        )
        for end, period_id in sorted(totals)
    )


def life_of_award_actual(
    periods: Iterable[PeriodActual], counting: Counting, measure: Measure = Measure.NUMBER
) -> Decimal | None:
    """Life-of-award actual of one project and indicator from its period actuals; None without data.

    Non-cumulative and unique people: the sum of the periods (a unique-people period records only
    the people newly reached in it). Cumulative: the actual of the latest period that has data.
    A percent indicator always takes its latest period, whatever its counting, since percentages
    are never added.
    """
    ordered = sorted(periods, key=_period_order)
    if not ordered:
        return None
    if counting == Counting.CUMULATIVE or measure == Measure.PERCENT:
        return ordered[-1].value
    total = ZERO
    for period in ordered:
        if period.value is None:
            return None
        total += period.value
    return total


def project_actuals(cells: Iterable[CellSum], indicator: IndicatorRule) -> tuple[ProjectActual, ...]:
    """Per-period and life-of-award actual of each project for one indicator, by project id.

    Rows of other indicators are ignored, so the rows of a whole programme can be passed.
    """
    by_project: dict[int, list[CellSum]] = defaultdict(list)
    for cell in cells:
        if cell.indicator_id == indicator.indicator_id:
            by_project[cell.project_id].append(cell)
    result = []
    for project_id in sorted(by_project):
        periods = period_actuals(by_project[project_id], indicator.measure)
        result.append(
            ProjectActual(
                project_id=project_id,
                indicator_id=indicator.indicator_id,
                periods=periods,
                life_of_award=life_of_award_actual(periods, indicator.counting, indicator.measure),
            )
        )
    return tuple(result)


def _location_sort_key(contribution: LocationContribution) -> tuple[str, int, int]:
    if contribution.location_id is None:
        return (contribution.country, 1, contribution.counted_project_id)
    return (contribution.country, 0, contribution.location_id)


def unique_people_locations(cells: Iterable[CellSum]) -> tuple[LocationContribution, ...]:
    """How the rows of one unique-people indicator count per location, sorted by country and location.

    Each project's figure in a location is its life of award there (the sum of its periods, as
    every period records only newly reached people); the largest counts, the lowest project id
    winning a tie so that the choice never depends on row order.
    """
    per_location: dict[tuple[str, int | None, int | None], dict[int, Decimal]] = defaultdict(
        lambda: defaultdict(lambda: ZERO)
    )
    for cell in cells:
        # Whole-project results are their own location: nobody can say whom else they overlap.
        whole_project = cell.project_id if cell.location_id is None else None
        per_location[(cell.country, cell.location_id, whole_project)][cell.project_id] += cell.value
    contributions = []
    for (country, location_id, _), projects in per_location.items():
        ranked = sorted(projects.items(), key=lambda item: (-item[1], item[0]))
        (counted_project_id, counted_value), *others = ranked
        contributions.append(
            LocationContribution(
                country=country,
                location_id=location_id,
                counted_project_id=counted_project_id,
                counted_value=counted_value,
                other_projects=tuple(others),
            )
        )
    return tuple(sorted(contributions, key=_location_sort_key))


def unique_people_total(locations: Iterable[LocationContribution], rule: OverlapRule) -> Decimal:
    """Locations are always summed; `rule` decides what one location counts."""
    return sum((location.under(rule) for location in locations), ZERO)


def _sum_periods(projects: Sequence[ProjectActual]) -> tuple[PeriodActual, ...]:
    totals: dict[tuple[date, int], Decimal] = defaultdict(lambda: ZERO)
    for project in projects:
        for period in project.periods:
            totals[(period.period_end, period.period_id)] += period.value or ZERO
    return tuple(PeriodActual(period_id, end, totals[(end, period_id)]) for end, period_id in sorted(totals))


def _cumulative_periods(projects: Sequence[ProjectActual]) -> tuple[PeriodActual, ...]:
    # A project that has not reported in a period still stands at its latest figure: dropping it
    # would make the programme total fall, and the last period would not equal the life of award.
    calendar = sorted({(p.period_end, p.period_id) for project in projects for p in project.periods})
    result = []
    for end, period_id in calendar:
        total = ZERO
        for project in projects:
            reported = [p for p in project.periods if _period_order(p) <= (end, period_id)]
            if reported:
                total += reported[-1].value or ZERO
        result.append(PeriodActual(period_id, end, total))
    return tuple(result)


def _unique_periods(cells: Sequence[CellSum], rule: OverlapRule) -> tuple[PeriodActual, ...]:
    by_period: dict[tuple[date, int], list[CellSum]] = defaultdict(list)
    for cell in cells:
        by_period[(cell.period_end, cell.period_id)].append(cell)
    return tuple(
        PeriodActual(
            period_id, end, unique_people_total(unique_people_locations(by_period[(end, period_id)]), rule)
        )
        for end, period_id in sorted(by_period)
    )


def _reach_note(indicator: IndicatorRule) -> str:
    if indicator.reach == Reach.NONE:
        return "Engagement or output metric (reach none): it counts things, never people."
    if indicator.reach == Reach.INDIRECT:
        return "Indirect reach: reported on its own, never added to direct reach."
    return "Direct reach."


def programme_actual(
    cells: Iterable[CellSum], indicator: IndicatorRule, overlap: OverlapRule
) -> ProgrammeActual:
    """One indicator across all projects of a programme; rows of other indicators are ignored.

    Non-cumulative and cumulative: the sum of the projects. Unique people: `overlap` chooses
    between the conservative figure (max per location) and the upper bound (sum); both are given.
    Percent: no programme figure, percentages are not added across projects.
    """
    own = [cell for cell in cells if cell.indicator_id == indicator.indicator_id]
    projects = project_actuals(own, indicator)
    if indicator.measure == Measure.PERCENT:
        return _percent_actual(indicator, projects)
    if indicator.counting == Counting.UNIQUE_PEOPLE:
        return _unique_people_actual(indicator, projects, own, overlap)
    if indicator.counting == Counting.CUMULATIVE:
        periods = _cumulative_periods(projects)
        how = "Cumulative: a project's life of award is its latest reported period; projects are summed. "
    else:
        periods = _sum_periods(projects)
        how = "Non-cumulative: a project's life of award is the sum of its periods; projects are summed. "
    project_total = sum((project.life_of_award or ZERO for project in projects), ZERO)
    return ProgrammeActual(
        indicator_id=indicator.indicator_id,
        counting=indicator.counting,
        rule=None,
        projects=projects,
        periods=periods,
        life_of_award=project_total if projects else None,
        conservative=None,
        upper_bound=None,
        note=how + _reach_note(indicator),
    )


def _percent_actual(indicator: IndicatorRule, projects: tuple[ProjectActual, ...]) -> ProgrammeActual:
    calendar = sorted({(p.period_end, p.period_id) for project in projects for p in project.periods})
    return ProgrammeActual(
        indicator_id=indicator.indicator_id,
        counting=indicator.counting,
        rule=None,
        projects=projects,
        periods=tuple(PeriodActual(period_id, end, None) for end, period_id in calendar),
        life_of_award=None,
        conservative=None,
        upper_bound=None,
        note="Percent indicator: percentages are not added across projects, so there is no programme "
        "figure; see each project's figure.",
    )


def _unique_people_actual(
    indicator: IndicatorRule, projects: tuple[ProjectActual, ...], own: list[CellSum], overlap: OverlapRule
) -> ProgrammeActual:
    locations = unique_people_locations(own)
    conservative = unique_people_total(locations, OverlapRule.MAX_PER_LOCATION)
    upper_bound = unique_people_total(locations, OverlapRule.SUM)
    chosen = upper_bound if overlap == OverlapRule.SUM else conservative
    return ProgrammeActual(
        indicator_id=indicator.indicator_id,
        counting=indicator.counting,
        rule=overlap,
        projects=projects,
        periods=_unique_periods(own, overlap),
        life_of_award=chosen if projects else None,
        conservative=conservative if projects else None,
        upper_bound=upper_bound if projects else None,
        note=f"Unique people: each period records only newly reached people, so a project's life of "
        f'award is the sum of its periods. Across projects the programme rule is "{overlap}": '
        f"conservative (max per location) {format_number(conservative)}, "
        f"upper bound (sum) {format_number(upper_bound)}. " + _reach_note(indicator),
    )


def reach_indicator(
    indicators: Sequence[IndicatorRule], reach: Reach, named_id: int | None = None
) -> IndicatorRule | None:
    """The unique-people indicator of `reach` that the people-reached figures use.

    The same person may be counted by two such indicators, so only one is used: the one the
    programme names, or else the first in `indicators`' order.
    """
    candidates = [
        indicator
        for indicator in indicators
        if indicator.counting == Counting.UNIQUE_PEOPLE
        and indicator.reach == reach
        and indicator.measure == Measure.NUMBER
    ]
    if named_id is None:
        return candidates[0] if candidates else None
    for indicator in candidates:
        if indicator.indicator_id == named_id:
            return indicator
    raise ValueError(f"indicator {named_id} is not a unique-people, {reach} reach number indicator")


def percent_of_target(actual: Decimal | None, target: Decimal | None, places: int = 1) -> Decimal | None:
    """Actual as a percentage of target, rounded half up; None when either is missing or the target
    is not positive (a zero target has no meaningful percentage)."""
    if actual is None or target is None or target <= 0:
        return None
    return (actual * 100 / target).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
