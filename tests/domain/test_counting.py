"""Hand-computed scenarios for each donor counting rule of issue 3."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from diaspora_grants.domain.counting import (
    CellSum,
    Counting,
    IndicatorRule,
    Measure,
    OverlapRule,
    PeriodActual,
    Reach,
    format_number,
    life_of_award_actual,
    percent_of_target,
    period_actuals,
    programme_actual,
    project_actuals,
    reach_indicator,
    unique_people_locations,
)
from diaspora_grants.domain.reach_explanation import people_reached

LB, EG, JO = "LB", "EG", "JO"
BEIRUT, TRIPOLI, CAIRO = 11, 12, 21
P1, P2, P3, P4 = 101, 102, 103, 104

DIRECT = IndicatorRule(1, Counting.UNIQUE_PEOPLE, Reach.DIRECT, Measure.NUMBER)
INDIRECT = IndicatorRule(2, Counting.UNIQUE_PEOPLE, Reach.INDIRECT, Measure.NUMBER)
VIEWS = IndicatorRule(3, Counting.NON_CUMULATIVE, Reach.NONE, Measure.NUMBER)
SESSIONS = IndicatorRule(4, Counting.NON_CUMULATIVE, Reach.DIRECT, Measure.NUMBER)
TRAINED_TO_DATE = IndicatorRule(5, Counting.CUMULATIVE, Reach.DIRECT, Measure.NUMBER)
SATISFIED_PCT = IndicatorRule(6, Counting.CUMULATIVE, Reach.NONE, Measure.PERCENT)

PERIOD_END = {1: date(2025, 1, 31), 2: date(2025, 2, 28), 3: date(2025, 3, 31)}


def cell(
    indicator: IndicatorRule, project: int, country: str, location: int | None, period: int, value: int
) -> CellSum:
    return CellSum(
        indicator.indicator_id, project, country, location, period, PERIOD_END[period], Decimal(value)
    )


# --- one project: period actual and life of award -------------------------------------------------


def test_period_actual_is_the_sum_of_the_locations_in_the_period() -> None:
    rows = [
        cell(SESSIONS, P1, LB, BEIRUT, 1, 30),
        cell(SESSIONS, P1, LB, TRIPOLI, 1, 12),
        cell(SESSIONS, P1, LB, None, 1, 8),
        cell(SESSIONS, P1, LB, BEIRUT, 2, 5),
    ]
    assert period_actuals(rows) == (
        PeriodActual(1, PERIOD_END[1], Decimal(50)),
        PeriodActual(2, PERIOD_END[2], Decimal(5)),
    )


def test_non_cumulative_life_of_award_sums_the_periods() -> None:
    periods = period_actuals([cell(SESSIONS, P1, LB, BEIRUT, 1, 100), cell(SESSIONS, P1, LB, BEIRUT, 2, 150)])
    assert life_of_award_actual(periods, Counting.NON_CUMULATIVE) == Decimal(250)


def test_cumulative_life_of_award_is_the_latest_period_with_data() -> None:
    periods = period_actuals(
        [cell(TRAINED_TO_DATE, P1, LB, BEIRUT, 2, 150), cell(TRAINED_TO_DATE, P1, LB, BEIRUT, 1, 100)]
    )
    # Period 3 has no data: the figure stays at period 2, it does not drop to zero.
    assert life_of_award_actual(periods, Counting.CUMULATIVE) == Decimal(150)
    assert life_of_award_actual(periods, Counting.NON_CUMULATIVE) == Decimal(250)


def test_latest_period_is_chosen_by_end_date_not_by_id_or_row_order() -> None:
    periods = [
        PeriodActual(period_id=3, period_end=date(2025, 2, 28), value=Decimal(90)),
        PeriodActual(period_id=7, period_end=date(2025, 1, 31), value=Decimal(60)),
    ]
    assert life_of_award_actual(periods, Counting.CUMULATIVE) == Decimal(90)
    assert life_of_award_actual(reversed(periods), Counting.CUMULATIVE) == Decimal(90)


def test_unique_people_life_of_award_sums_the_newly_reached_of_each_period() -> None:
    periods = period_actuals([cell(DIRECT, P1, LB, BEIRUT, 1, 100), cell(DIRECT, P1, LB, BEIRUT, 2, 50)])
    assert life_of_award_actual(periods, Counting.UNIQUE_PEOPLE) == Decimal(150)


def test_no_data_has_no_life_of_award() -> None:
    assert life_of_award_actual([], Counting.CUMULATIVE) is None
    assert life_of_award_actual([], Counting.NON_CUMULATIVE) is None


def test_project_actuals_per_project_ignore_other_indicators() -> None:
    rows = [
        cell(SESSIONS, P2, LB, BEIRUT, 1, 7),
        cell(SESSIONS, P1, LB, BEIRUT, 1, 3),
        cell(SESSIONS, P1, LB, BEIRUT, 2, 4),
        cell(VIEWS, P1, LB, BEIRUT, 1, 1_000),
    ]
    actuals = project_actuals(rows, SESSIONS)
    assert [(a.project_id, a.life_of_award) for a in actuals] == [(P1, Decimal(7)), (P2, Decimal(7))]


# --- across projects: non-cumulative and cumulative ------------------------------------------------


def test_non_cumulative_programme_sums_the_projects_and_their_periods() -> None:
    rows = [
        cell(SESSIONS, P1, LB, BEIRUT, 1, 10),
        cell(SESSIONS, P1, LB, BEIRUT, 2, 20),
        cell(SESSIONS, P2, LB, BEIRUT, 2, 5),
    ]
    actual = programme_actual(rows, SESSIONS, OverlapRule.MAX_PER_LOCATION)
    assert actual.life_of_award == Decimal(35)
    assert [p.value for p in actual.periods] == [Decimal(10), Decimal(25)]
    assert actual.rule is None and actual.conservative is None and actual.upper_bound is None


def test_cumulative_programme_sums_each_projects_latest_figure() -> None:
    rows = [
        cell(TRAINED_TO_DATE, P1, LB, BEIRUT, 1, 100),
        cell(TRAINED_TO_DATE, P1, LB, BEIRUT, 2, 150),
        cell(TRAINED_TO_DATE, P2, EG, CAIRO, 1, 40),
    ]
    actual = programme_actual(rows, TRAINED_TO_DATE, OverlapRule.MAX_PER_LOCATION)
    assert actual.life_of_award == Decimal(190)
    # P2 did not report in period 2: it still stands at 40, so the programme's last period equals its LoA.
    assert [p.value for p in actual.periods] == [Decimal(140), Decimal(190)]
    assert "latest" in actual.note


def test_no_rows_give_no_programme_figure() -> None:
    assert programme_actual([], SESSIONS, OverlapRule.SUM).life_of_award is None
    assert programme_actual([], DIRECT, OverlapRule.SUM).life_of_award is None


# --- percent ------------------------------------------------------------------------------------------


def test_percent_is_never_summed_across_projects() -> None:
    rows = [cell(SATISFIED_PCT, P1, LB, None, 1, 80), cell(SATISFIED_PCT, P2, EG, None, 1, 60)]
    actual = programme_actual(rows, SATISFIED_PCT, OverlapRule.SUM)
    assert actual.life_of_award is None
    assert all(p.value is None for p in actual.periods)
    assert "not added across projects" in actual.note
    assert [p.life_of_award for p in actual.projects] == [Decimal(80), Decimal(60)]


def test_percent_takes_the_latest_period_and_is_not_added_across_locations() -> None:
    non_cumulative_pct = IndicatorRule(7, Counting.NON_CUMULATIVE, Reach.NONE, Measure.PERCENT)
    rows = [
        CellSum(7, P1, LB, None, 1, PERIOD_END[1], Decimal(70)),
        CellSum(7, P1, LB, None, 2, PERIOD_END[2], Decimal(75)),
    ]
    (project,) = project_actuals(rows, non_cumulative_pct)
    assert project.life_of_award == Decimal(75)
    two_locations = [cell(SATISFIED_PCT, P1, LB, BEIRUT, 1, 70), cell(SATISFIED_PCT, P1, LB, TRIPOLI, 1, 90)]
    (project,) = project_actuals(two_locations, SATISFIED_PCT)
    assert project.periods[0].value is None
    assert project.life_of_award is None


def test_percent_of_target() -> None:
    assert percent_of_target(Decimal(50), Decimal(200)) == Decimal("25.0")
    assert percent_of_target(Decimal(1), Decimal(3)) == Decimal("33.3")
    assert percent_of_target(Decimal(2), Decimal(3), places=2) == Decimal("66.67")
    assert percent_of_target(Decimal(300), Decimal(200)) == Decimal("150.0")
    assert percent_of_target(Decimal(5), Decimal(0)) is None
    assert percent_of_target(Decimal(5), None) is None
    assert percent_of_target(None, Decimal(10)) is None


# --- unique people across projects -------------------------------------------------------------------


def test_overlapping_projects_in_one_location_max_versus_sum() -> None:
    rows = [cell(DIRECT, P1, LB, BEIRUT, 1, 200_000), cell(DIRECT, P2, LB, BEIRUT, 1, 150_000)]
    conservative = people_reached(rows, OverlapRule.MAX_PER_LOCATION, DIRECT)
    assert conservative.direct_unique == Decimal(200_000)
    assert conservative.direct_unique_conservative == Decimal(200_000)
    assert conservative.direct_unique_upper_bound == Decimal(350_000)
    (beirut,) = conservative.locations
    assert beirut.counted_project_id == P1
    assert beirut.other_projects == ((P2, Decimal(150_000)),)
    summed = people_reached(rows, OverlapRule.SUM, DIRECT)
    assert summed.direct_unique == Decimal(350_000)
    assert summed.direct_unique_conservative == Decimal(200_000)


def test_projects_in_different_locations_are_summed_under_either_rule() -> None:
    rows = [
        cell(DIRECT, P1, LB, BEIRUT, 1, 200_000),
        cell(DIRECT, P2, LB, TRIPOLI, 1, 150_000),
        cell(DIRECT, P3, EG, CAIRO, 1, 90_000),
    ]
    for rule in OverlapRule:
        reach = people_reached(rows, rule, DIRECT)
        assert reach.direct_unique == Decimal(440_000)
        assert reach.by_country == {EG: Decimal(90_000), LB: Decimal(350_000)}


def test_whole_project_results_are_their_own_location() -> None:
    rows = [
        cell(DIRECT, P1, LB, BEIRUT, 1, 200_000),
        cell(DIRECT, P3, LB, BEIRUT, 1, 100_000),
        cell(DIRECT, P2, LB, None, 1, 150_000),
        # P1's whole-project results do not overlap its own Beirut results either.
        cell(DIRECT, P1, LB, None, 1, 10_000),
    ]
    reach = people_reached(rows, OverlapRule.MAX_PER_LOCATION, DIRECT)
    assert reach.direct_unique_conservative == Decimal(360_000)
    assert reach.direct_unique_upper_bound == Decimal(460_000)
    assert [loc.key for loc in reach.locations] == [
        (LB, f"location:{BEIRUT}"),
        (LB, f"project:{P1}"),
        (LB, f"project:{P2}"),
    ]


def test_unique_people_max_compares_life_of_award_not_each_period() -> None:
    rows = [
        cell(DIRECT, P1, LB, BEIRUT, 1, 100),
        cell(DIRECT, P1, LB, BEIRUT, 2, 50),
        cell(DIRECT, P2, LB, BEIRUT, 1, 120),
    ]
    # Max of the project totals (150 vs 120), not the sum of per-period maxima (120 + 50 = 170).
    reach = people_reached(rows, OverlapRule.MAX_PER_LOCATION, DIRECT)
    assert reach.direct_unique == Decimal(150)
    assert reach.direct_unique_upper_bound == Decimal(270)
    actual = programme_actual(rows, DIRECT, OverlapRule.MAX_PER_LOCATION)
    assert (actual.life_of_award, actual.conservative, actual.upper_bound) == (
        Decimal(150),
        Decimal(150),
        Decimal(270),
    )
    assert [p.value for p in actual.periods] == [Decimal(120), Decimal(50)]
    assert "conservative (max per location) 150" in actual.note
    assert "upper bound (sum) 270" in actual.note


def test_a_tie_counts_the_lowest_project_id() -> None:
    rows = [cell(DIRECT, P2, LB, BEIRUT, 1, 500), cell(DIRECT, P1, LB, BEIRUT, 1, 500)]
    (beirut,) = unique_people_locations(rows)
    assert beirut.counted_project_id == P1
    assert beirut.other_projects == ((P2, Decimal(500)),)


# --- direct, indirect and engagement -----------------------------------------------------------------


def test_direct_and_indirect_are_never_added() -> None:
    rows = [
        cell(DIRECT, P1, LB, BEIRUT, 1, 1_000),
        cell(INDIRECT, P1, LB, BEIRUT, 1, 5_000),
        cell(INDIRECT, P2, LB, BEIRUT, 1, 3_000),
    ]
    reach = people_reached(rows, OverlapRule.MAX_PER_LOCATION, DIRECT, INDIRECT)
    assert reach.direct_unique == Decimal(1_000)
    assert reach.by_country == {LB: Decimal(1_000)}
    assert reach.indirect_unique == Decimal(5_000)
    assert reach.indirect_unique_conservative == Decimal(5_000)
    assert reach.indirect_unique_upper_bound == Decimal(8_000)
    assert any("never added to direct" in line for line in reach.lines())


def test_without_an_indirect_indicator_indirect_is_none() -> None:
    reach = people_reached([cell(INDIRECT, P1, LB, BEIRUT, 1, 5_000)], OverlapRule.SUM, DIRECT)
    assert reach.indirect_unique is None
    assert reach.direct_unique == Decimal(0)
    assert reach.locations == ()
    assert reach.lines()[-1] == "Indirect reach: the programme has no indirect unique-people indicator."


def test_engagement_metrics_never_count_as_people() -> None:
    people = [cell(DIRECT, P1, EG, CAIRO, 1, 40_000)]
    engagement = [cell(VIEWS, P1, EG, CAIRO, 1, 176_000), cell(VIEWS, P2, EG, None, 1, 16_000)]
    reach = people_reached(people + engagement, OverlapRule.SUM, DIRECT, INDIRECT)
    assert reach.direct_unique == Decimal(40_000)
    assert reach.direct_unique_upper_bound == Decimal(40_000)
    assert reach.indirect_unique == Decimal(0)
    assert not VIEWS.counts_people and not SATISFIED_PCT.counts_people and DIRECT.counts_people
    views = programme_actual(engagement, VIEWS, OverlapRule.SUM)
    assert views.life_of_award == Decimal(192_000)
    assert "never people" in views.note


@pytest.mark.parametrize("wrong", [VIEWS, SESSIONS, INDIRECT, TRAINED_TO_DATE, SATISFIED_PCT])
def test_the_headline_must_be_a_direct_unique_people_number(wrong: IndicatorRule) -> None:
    with pytest.raises(ValueError, match="headline"):
        people_reached([], OverlapRule.SUM, wrong)


def test_the_indirect_indicator_must_be_indirect_unique_people() -> None:
    with pytest.raises(ValueError, match="indirect"):
        people_reached([], OverlapRule.SUM, DIRECT, VIEWS)


def test_reach_indicator_takes_the_named_one_or_the_first() -> None:
    second = IndicatorRule(9, Counting.UNIQUE_PEOPLE, Reach.DIRECT, Measure.NUMBER)
    indicators = [VIEWS, SESSIONS, DIRECT, INDIRECT, second]
    assert reach_indicator(indicators, Reach.DIRECT) == DIRECT
    assert reach_indicator(indicators, Reach.DIRECT, named_id=9) == second
    assert reach_indicator(indicators, Reach.INDIRECT) == INDIRECT
    assert reach_indicator([VIEWS, SESSIONS], Reach.DIRECT) is None
    with pytest.raises(ValueError):
        reach_indicator(indicators, Reach.DIRECT, named_id=VIEWS.indicator_id)


# --- the explanation ---------------------------------------------------------------------------------


def _lebanon_and_egypt() -> list[CellSum]:
    return [
        cell(DIRECT, P1, LB, BEIRUT, 1, 200_000),
        cell(DIRECT, P2, LB, BEIRUT, 2, 150_000),
        cell(DIRECT, P2, LB, TRIPOLI, 1, 12_300),
        cell(DIRECT, P4, LB, None, 1, 300_000),
        cell(DIRECT, P3, EG, CAIRO, 1, 90_000),
    ]


LABELS = {
    "project_labels": {P1: "LB-01", P2: "LB-02", P3: "EG-01", P4: "LB-04"},
    "location_labels": {BEIRUT: "Beirut", TRIPOLI: "North", CAIRO: "Cairo"},
}


def test_explanation_lines_under_max_per_location() -> None:
    reach = people_reached(_lebanon_and_egypt(), OverlapRule.MAX_PER_LOCATION, DIRECT)
    assert reach.by_country == {EG: Decimal(90_000), LB: Decimal(512_300)}
    assert reach.by_country_upper_bound == {EG: Decimal(90_000), LB: Decimal(662_300)}
    lines = reach.lines(
        project_labels=LABELS["project_labels"],
        location_labels=LABELS["location_labels"],
        country_labels={LB: "Lebanon", EG: "Egypt"},
    )
    assert lines == [
        'People reached (direct, unique people), rule "max per location": 602,300',
        "  conservative (max per location): 602,300; upper bound (sum over projects): 752,300",
        "  Egypt: 90,000 = Cairo 90,000 (project EG-01)",
        "  Lebanon: 512,300 = Beirut 200,000 (project LB-01, max of LB-01 200,000 / LB-02 150,000)"
        " + North 12,300 (project LB-02) + whole project LB-04 300,000",
        "Indirect reach: the programme has no indirect unique-people indicator.",
    ]


def test_explanation_lines_under_sum_without_labels() -> None:
    reach = people_reached(_lebanon_and_egypt(), OverlapRule.SUM, DIRECT)
    assert reach.direct_unique == Decimal(752_300)
    text = reach.describe()
    assert 'rule "sum": 752,300' in text
    assert (
        f"  LB: 662,300 = location #{BEIRUT} 350,000 (sum of #{P1} 200,000 + #{P2} 150,000)"
        f" + location #{TRIPOLI} 12,300 (project #{P2}) + whole project #{P4} 300,000"
    ) in text.splitlines()


def test_format_number() -> None:
    assert format_number(Decimal("1534200")) == "1,534,200"
    assert format_number(Decimal("2E+5")) == "200,000"
    assert format_number(Decimal("1234.50")) == "1,234.50"


def test_values_stay_decimal() -> None:
    reach = people_reached(_lebanon_and_egypt(), OverlapRule.MAX_PER_LOCATION, DIRECT)
    assert isinstance(reach.direct_unique, Decimal)
    assert all(isinstance(v, Decimal) for v in reach.by_country.values())


def test_enum_values_are_the_ones_stored() -> None:
    assert [c.value for c in Counting] == ["non-cumulative", "cumulative", "unique people"]
    assert [r.value for r in Reach] == ["none", "direct", "indirect"]
    assert [m.value for m in Measure] == ["number", "percent"]
    assert [o.value for o in OverlapRule] == ["sum", "max per location"]
