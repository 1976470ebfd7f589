"""Properties of the counting rules that must hold for any results (hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from diaspora_grants.domain.counting import (
    CellSum,
    Counting,
    IndicatorRule,
    Measure,
    OverlapRule,
    Reach,
    programme_actual,
    project_actuals,
)
from diaspora_grants.domain.reach_explanation import ReachExplanation, people_reached

DIRECT = IndicatorRule(1, Counting.UNIQUE_PEOPLE, Reach.DIRECT, Measure.NUMBER)
INDIRECT = IndicatorRule(2, Counting.UNIQUE_PEOPLE, Reach.INDIRECT, Measure.NUMBER)
VIEWS = IndicatorRule(3, Counting.NON_CUMULATIVE, Reach.NONE, Measure.NUMBER)
TRAINED_TO_DATE = IndicatorRule(4, Counting.CUMULATIVE, Reach.DIRECT, Measure.NUMBER)
SESSIONS = IndicatorRule(5, Counting.NON_CUMULATIVE, Reach.DIRECT, Measure.NUMBER)
SATISFIED_PCT = IndicatorRule(6, Counting.CUMULATIVE, Reach.NONE, Measure.PERCENT)
INDICATORS = (DIRECT, INDIRECT, VIEWS, TRAINED_TO_DATE, SESSIONS, SATISFIED_PCT)
SUM_BASED = (SESSIONS, VIEWS)


def _period_end(period_id: int) -> date:
    # Ids deliberately not in date order, so that "latest" can only be right if it follows the date.
    return date(2025, 1, 31) + timedelta(days=31 * ((period_id * 3) % 5))


# Few projects, countries and locations, so that overlaps in one location are common.
cells_strategy = st.builds(
    lambda indicator, project, country, location, period, value: CellSum(
        indicator.indicator_id, project, country, location, period, _period_end(period), Decimal(value)
    ),
    st.sampled_from(INDICATORS),
    st.integers(1, 4),
    st.sampled_from(["LB", "EG", "JO"]),
    st.one_of(st.none(), st.integers(1, 3)),
    st.integers(0, 4),
    st.integers(0, 1_000_000),
)
rows_strategy = st.lists(cells_strategy, max_size=40)


def _reach(rows: list[CellSum], rule: OverlapRule) -> ReachExplanation:
    return people_reached(rows, rule, DIRECT, INDIRECT)


@given(rows_strategy, st.sampled_from(OverlapRule))
def test_upper_bound_is_never_below_conservative(rows: list[CellSum], rule: OverlapRule) -> None:
    reach = _reach(rows, rule)
    assert reach.direct_unique_upper_bound >= reach.direct_unique_conservative
    assert reach.indirect_unique_upper_bound is not None and reach.indirect_unique_conservative is not None
    assert reach.indirect_unique_upper_bound >= reach.indirect_unique_conservative
    for code, conservative in reach.by_country_conservative.items():
        assert reach.by_country_upper_bound[code] >= conservative
    for location in reach.locations:
        assert location.upper_bound >= location.conservative
    unique = programme_actual(rows, DIRECT, rule)
    if unique.upper_bound is not None and unique.conservative is not None:
        assert unique.upper_bound >= unique.conservative


@given(rows_strategy, st.sampled_from(OverlapRule))
def test_the_headline_is_the_figure_under_the_rule_and_the_sum_of_its_countries(
    rows: list[CellSum], rule: OverlapRule
) -> None:
    reach = _reach(rows, rule)
    expected = (
        reach.direct_unique_upper_bound if rule == OverlapRule.SUM else reach.direct_unique_conservative
    )
    assert reach.direct_unique == expected
    assert sum(reach.by_country.values(), Decimal(0)) == reach.direct_unique
    assert programme_actual(rows, DIRECT, rule).life_of_award in (None, reach.direct_unique)


@given(rows_strategy, st.sampled_from(OverlapRule))
def test_rows_of_other_indicators_never_change_the_headline(rows: list[CellSum], rule: OverlapRule) -> None:
    direct_only = [row for row in rows if row.indicator_id == DIRECT.indicator_id]
    full, alone = people_reached(rows, rule, DIRECT), people_reached(direct_only, rule, DIRECT)
    assert full == alone


@given(st.data(), rows_strategy, st.sampled_from(OverlapRule))
def test_the_order_of_the_rows_never_changes_a_figure(
    data: st.DataObject, rows: list[CellSum], rule: OverlapRule
) -> None:
    shuffled = data.draw(st.permutations(rows))
    before, after = _reach(rows, rule), _reach(shuffled, rule)
    assert before == after
    assert before.lines() == after.lines()
    for indicator in INDICATORS:
        assert programme_actual(rows, indicator, rule) == programme_actual(shuffled, indicator, rule)
        assert project_actuals(rows, indicator) == project_actuals(shuffled, indicator)


@given(rows_strategy, cells_strategy, st.sampled_from(OverlapRule))
def test_adding_a_non_negative_result_never_lowers_a_sum(
    rows: list[CellSum], extra: CellSum, rule: OverlapRule
) -> None:
    before, after = _reach(rows, rule), _reach([*rows, extra], rule)
    assert after.direct_unique >= before.direct_unique
    assert after.direct_unique_conservative >= before.direct_unique_conservative
    assert after.direct_unique_upper_bound >= before.direct_unique_upper_bound
    assert (after.indirect_unique or 0) >= (before.indirect_unique or 0)
    for code, figure in before.by_country.items():
        assert after.by_country[code] >= figure
    for indicator in (*SUM_BASED, DIRECT):
        old = programme_actual(rows, indicator, rule).life_of_award or Decimal(0)
        new = programme_actual([*rows, extra], indicator, rule).life_of_award or Decimal(0)
        assert new >= old
        old_projects = {p.project_id: p.life_of_award for p in project_actuals(rows, indicator)}
        for project in project_actuals([*rows, extra], indicator):
            assert (project.life_of_award or 0) >= (old_projects.get(project.project_id) or 0)


@given(rows_strategy)
def test_cumulative_programme_ends_at_its_life_of_award(rows: list[CellSum]) -> None:
    actual = programme_actual(rows, TRAINED_TO_DATE, OverlapRule.SUM)
    if actual.periods:
        assert actual.periods[-1].value == actual.life_of_award
    else:
        assert actual.life_of_award is None


@given(rows_strategy, st.sampled_from(OverlapRule))
def test_percent_has_no_programme_figure(rows: list[CellSum], rule: OverlapRule) -> None:
    actual = programme_actual(rows, SATISFIED_PCT, rule)
    assert actual.life_of_award is None
    assert all(period.value is None for period in actual.periods)
