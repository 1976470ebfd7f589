"""The "people reached" headline and the derivation shown with it.

It is the first number the donor reads, so it always comes with how it was computed: per country
and per location, which project counted under "max per location", and both the conservative and
the upper-bound figure whatever rule the programme chose.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from .counting import (
    ZERO,
    CellSum,
    IndicatorRule,
    LocationContribution,
    format_number,
    unique_people_locations,
    unique_people_total,
)
from .enums import Counting, Measure, OverlapRule, Reach


@dataclass(frozen=True, slots=True)
class ReachExplanation:
    """People reached (unique), direct and indirect, with the figures that explain them.

    The `indirect_*` figures are None when the programme has no indirect unique-people indicator;
    they are never added to the direct ones. `by_country` follows the programme's rule.
    """

    rule: OverlapRule
    headline_indicator_id: int
    indirect_indicator_id: int | None
    direct_unique: Decimal
    direct_unique_conservative: Decimal
    direct_unique_upper_bound: Decimal
    indirect_unique: Decimal | None
    indirect_unique_conservative: Decimal | None
    indirect_unique_upper_bound: Decimal | None
    by_country: dict[str, Decimal]
    by_country_conservative: dict[str, Decimal]
    by_country_upper_bound: dict[str, Decimal]
    locations: tuple[LocationContribution, ...]
    indirect_locations: tuple[LocationContribution, ...]

    def lines(
        self,
        *,
        project_labels: Mapping[int, str] | None = None,
        location_labels: Mapping[int, str] | None = None,
        country_labels: Mapping[str, str] | None = None,
    ) -> list[str]:
        """The derivation as readable text lines; ids are shown where no label is given."""
        labels = _Labels(project_labels or {}, location_labels or {}, country_labels or {})
        lines = [
            f'People reached (direct, unique people), rule "{self.rule}": '
            f"{format_number(self.direct_unique)}",
            f"  conservative (max per location): {format_number(self.direct_unique_conservative)}; "
            f"upper bound (sum over projects): {format_number(self.direct_unique_upper_bound)}",
        ]
        lines.extend(_country_lines(self.locations, self.rule, labels, prefix="  "))
        if (
            self.indirect_unique is None
            or self.indirect_unique_conservative is None
            or self.indirect_unique_upper_bound is None
        ):
            lines.append("Indirect reach: the programme has no indirect unique-people indicator.")
            return lines
        lines.append(
            f"Indirect reach (unique people, reported separately, never added to direct): "
            f"{format_number(self.indirect_unique)}"
        )
        lines.append(
            f"  conservative (max per location): {format_number(self.indirect_unique_conservative)}; "
            f"upper bound (sum over projects): {format_number(self.indirect_unique_upper_bound)}"
        )
        lines.extend(_country_lines(self.indirect_locations, self.rule, labels, prefix="  "))
        return lines

    def describe(
        self,
        *,
        project_labels: Mapping[int, str] | None = None,
        location_labels: Mapping[int, str] | None = None,
        country_labels: Mapping[str, str] | None = None,
    ) -> str:
        """`lines()` as one text."""
        return "\n".join(
            self.lines(
                project_labels=project_labels, location_labels=location_labels, country_labels=country_labels
            )
        )


@dataclass(frozen=True, slots=True)
class _Labels:
    projects: Mapping[int, str]
    locations: Mapping[int, str]
    countries: Mapping[str, str]

    def project(self, project_id: int) -> str:
        return self.projects.get(project_id, f"#{project_id}")

    def location(self, contribution: LocationContribution) -> str:
        if contribution.location_id is None:
            return f"whole project {self.project(contribution.counted_project_id)}"
        return self.locations.get(contribution.location_id, f"location #{contribution.location_id}")

    def country(self, code: str) -> str:
        return self.countries.get(code, code)


def _location_part(contribution: LocationContribution, rule: OverlapRule, labels: _Labels) -> str:
    counted = labels.project(contribution.counted_project_id)
    head = f"{labels.location(contribution)} {format_number(contribution.under(rule))}"
    if contribution.location_id is None:
        return head
    if not contribution.other_projects:
        return f"{head} (project {counted})"
    everyone = [(contribution.counted_project_id, contribution.counted_value), *contribution.other_projects]
    if rule == OverlapRule.SUM:
        added = " + ".join(f"{labels.project(pid)} {format_number(value)}" for pid, value in everyone)
        return f"{head} (sum of {added})"
    compared = " / ".join(f"{labels.project(pid)} {format_number(value)}" for pid, value in everyone)
    return f"{head} (project {counted}, max of {compared})"


def _country_lines(
    locations: tuple[LocationContribution, ...], rule: OverlapRule, labels: _Labels, prefix: str
) -> list[str]:
    per_country: dict[str, list[LocationContribution]] = defaultdict(list)
    for contribution in locations:
        per_country[contribution.country].append(contribution)
    lines = []
    for code in sorted(per_country):
        parts = per_country[code]
        total = unique_people_total(parts, rule)
        derivation = " + ".join(_location_part(part, rule, labels) for part in parts)
        lines.append(f"{prefix}{labels.country(code)}: {format_number(total)} = {derivation}")
    return lines


def _by_country(locations: Iterable[LocationContribution], rule: OverlapRule) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for contribution in locations:
        totals[contribution.country] += contribution.under(rule)
    return {code: totals[code] for code in sorted(totals)}


def _require_unique_people(indicator: IndicatorRule, reach: Reach, role: str) -> None:
    if (
        indicator.counting != Counting.UNIQUE_PEOPLE
        or indicator.reach != reach
        or indicator.measure != Measure.NUMBER
    ):
        raise ValueError(
            f"the {role} indicator {indicator.indicator_id} must count unique people with {reach} reach "
            f"as a number (it is {indicator.counting}, reach {indicator.reach}, {indicator.measure})"
        )


def people_reached(
    cells: Iterable[CellSum],
    rule: OverlapRule,
    headline_indicator: IndicatorRule,
    indirect_indicator: IndicatorRule | None = None,
) -> ReachExplanation:
    """People reached: direct over the headline indicator, indirect over its own indicator, per
    country and in total, under the programme's overlap rule. Rows of any other indicator (reach
    none, contacts, outputs) are ignored, so they can never count as people."""
    _require_unique_people(headline_indicator, Reach.DIRECT, "headline")
    if indirect_indicator is not None:
        _require_unique_people(indirect_indicator, Reach.INDIRECT, "indirect")
    direct_cells: list[CellSum] = []
    indirect_cells: list[CellSum] = []
    for cell in cells:
        if cell.indicator_id == headline_indicator.indicator_id:
            direct_cells.append(cell)
        elif indirect_indicator is not None and cell.indicator_id == indirect_indicator.indicator_id:
            indirect_cells.append(cell)
    direct = unique_people_locations(direct_cells)
    indirect = unique_people_locations(indirect_cells)
    has_indirect = indirect_indicator is not None
    return ReachExplanation(
        rule=rule,
        headline_indicator_id=headline_indicator.indicator_id,
        indirect_indicator_id=indirect_indicator.indicator_id if indirect_indicator is not None else None,
        direct_unique=unique_people_total(direct, rule),
        direct_unique_conservative=unique_people_total(direct, OverlapRule.MAX_PER_LOCATION),
        direct_unique_upper_bound=unique_people_total(direct, OverlapRule.SUM),
        indirect_unique=unique_people_total(indirect, rule) if has_indirect else None,
        indirect_unique_conservative=(
            unique_people_total(indirect, OverlapRule.MAX_PER_LOCATION) if has_indirect else None
        ),
        indirect_unique_upper_bound=unique_people_total(indirect, OverlapRule.SUM) if has_indirect else None,
        by_country=_by_country(direct, rule),
        by_country_conservative=_by_country(direct, OverlapRule.MAX_PER_LOCATION),
        by_country_upper_bound=_by_country(direct, OverlapRule.SUM),
        locations=direct,
        indirect_locations=indirect,
    )
