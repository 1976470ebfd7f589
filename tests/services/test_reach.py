"""People reached and results summaries through the services, on hand-computed data.

The scenario (rule "max per location" unless a test changes it; quarters Q3 and Q4 of 2022):
  PPL (unique people, direct), approved:
    LB-A  Beirut (P-code LB11)   Q3 100+50, Q4 30  -> 180     North  Q3 40 -> 40
    LB-B  "Beyrouth" (LB11)      Q3 120, Q4 100     -> 220     (same admin-1 area as LB-A's Beirut)
    TN-C  Tunis                  Q3 70;  whole project Q3 25
  PPL submitted: TN-C Tunis Q4 500.   PPL draft: LB-A North Q4 1000.
  IND (unique people, indirect), approved: LB-A Beirut Q3 5000, LB-B Beirut Q3 3000.
  VIEWS (reach none), approved: LB-A Q3 176000.
Conservative: LB = max(180, 220) + 40 = 260; TN = 70 + 25 = 95; total 355.
Upper bound (sum): 180 + 220 + 40 + 70 + 25 = 535. Indirect: max 5000, sum 8000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal

import pytest
from reach_fixtures import Programme, add_indicator, add_project, make_programme, people_indicator

from diaspora_grants.domain.enums import Counting, Measure, OverlapRule, Reach, ResultStatus
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput

APPROVED, SUBMITTED, DRAFT = ResultStatus.APPROVED, ResultStatus.SUBMITTED, ResultStatus.DRAFT


@dataclass
class Scenario:
    services: Services
    programme: Programme
    people: int
    indirect: int
    views: int


def _people(location: int | None, *values: int) -> list[CellInput]:
    sexes = ("female", "male", "unknown")
    return [CellInput(location, "refugees", sexes[i], "18-59", v) for i, v in enumerate(values)]


@pytest.fixture
def scenario(services: Services) -> Scenario:
    programme = make_programme(services)
    q3, q4 = programme.periods
    a = add_project(services, programme, "LB-A", "LB", {"Beirut": "LB11", "North": None})
    b = add_project(services, programme, "LB-B", "LB", {"Beyrouth": "lb11"})
    c = add_project(services, programme, "TN-C", "TN", {"Tunis": None})
    people = people_indicator(services, programme).id
    indirect = add_indicator(
        services, programme, "IND", counting=Counting.UNIQUE_PEOPLE, reach=Reach.INDIRECT
    ).id
    views = add_indicator(services, programme, "VIEWS").id
    save = services.results.save_grid
    beirut, north = a.locations["Beirut"], a.locations["North"]
    save(a.id, people, q3, [*_people(beirut, 100, 50), *_people(north, 40)], status=APPROVED)
    save(a.id, people, q4, _people(beirut, 30), status=APPROVED)
    # A draft cell next to approved ones of the same scope can only come through the bulk path.
    services.results.bulk_insert([(a.id, people, q4, north, "migrants", "female", "0-17", 1000, "draft")])
    save(b.id, people, q3, _people(b.locations["Beyrouth"], 120), status=APPROVED)
    save(b.id, people, q4, _people(b.locations["Beyrouth"], 100), status=APPROVED)
    save(c.id, people, q3, _people(c.locations["Tunis"], 70) + _people(None, 25), status=APPROVED)
    save(c.id, people, q4, _people(c.locations["Tunis"], 500), status=SUBMITTED)
    save(a.id, indirect, q3, [CellInput.single(5000, beirut)], status=APPROVED)
    save(b.id, indirect, q3, [CellInput.single(3000, b.locations["Beyrouth"])], status=APPROVED)
    save(a.id, views, q3, [CellInput.single(176000)], status=APPROVED)
    return Scenario(services, programme, people, indirect, views)


def test_headline_takes_the_largest_project_per_location_and_sums_locations(scenario: Scenario) -> None:
    report = scenario.services.reach.people_reached(scenario.programme.id)
    e = report.explanation
    assert e is not None

    assert (e.direct_unique, e.direct_unique_conservative, e.direct_unique_upper_bound) == (355, 355, 535)
    assert e.by_country == {"LB": 260, "TN": 95}
    assert (e.indirect_unique, e.indirect_unique_upper_bound) == (5000, 8000)
    beirut = next(c for c in e.locations if c.location_id is not None and c.counted_value == 220)
    assert report.project_labels[beirut.counted_project_id] == "LB-B"
    assert [(report.project_labels[p], v) for p, v in beirut.other_projects] == [("LB-A", 180)]
    assert report.headline_indicator is not None and report.headline_indicator.code == "PPL"
    text = report.describe()
    assert "355" in text and "Lebanon: 260" in text and "LB-B 220 / LB-A 180" in text
    assert "whole project TN-C 25" in text and "176,000" not in text


def test_sum_rule_adds_overlapping_projects(scenario: Scenario) -> None:
    services = scenario.services
    view = services.programmes.get(scenario.programme.id)
    data = ProgrammeInput(**{f.name: getattr(view, f.name) for f in fields(ProgrammeInput)})
    services.programmes.update(
        view.id,
        ProgrammeInput(**{**data.__dict__, "overlap_rule": OverlapRule.SUM}),
        expected_version=view.version,
    )

    report = services.reach.people_reached(scenario.programme.id)

    assert report.direct_unique == 535
    assert report.as_dict()["direct_unique_conservative"] == 355
    assert report.as_dict()["by_country"] == {"LB": 440, "TN": 95}


def test_provisional_adds_submitted_results_but_never_drafts(scenario: Scenario) -> None:
    report = scenario.services.reach.people_reached(scenario.programme.id, provisional=True)
    # TN-C Tunis grows to 70 + 500; the 1,000 draft people in North stay out.
    assert report.direct_unique == 260 + 570 + 25
    assert report.as_dict()["by_country"] == {"LB": 260, "TN": 595}


def test_date_range_counts_only_periods_inside_it(scenario: Scenario) -> None:
    q3_only = scenario.services.reach.people_reached(scenario.programme.id, date_to=dt.date(2022, 9, 30))
    # Q3: Beirut max(LB-A 150, LB-B 120) + North 40 + Tunis 70 + whole project 25.
    assert q3_only.direct_unique == 150 + 40 + 70 + 25
    assert q3_only.periods == ("2022-Q3",)
    # A range that cuts both quarters holds no whole period: nothing is counted rather than overstated.
    cut = scenario.services.reach.people_reached(
        scenario.programme.id, date_from=dt.date(2022, 8, 1), date_to=dt.date(2022, 11, 30)
    )
    assert cut.direct_unique == 0 and cut.periods == ()


def test_the_named_headline_indicator_is_used(scenario: Scenario) -> None:
    services, programme = scenario.services, scenario.programme
    second = people_indicator(services, programme, code="PPL-2")
    project = programme.projects["TN-C"]
    services.results.save_grid(project.id, second.id, programme.periods[0], _people(None, 9), status=APPROVED)
    assert services.reach.people_reached(programme.id).direct_unique == 355  # the first one by default

    view = services.programmes.get(programme.id)
    data = {f.name: getattr(view, f.name) for f in fields(ProgrammeInput)}
    services.programmes.update(
        view.id, ProgrammeInput(**{**data, "headline_indicator_id": second.id}), expected_version=view.version
    )
    report = services.reach.people_reached(programme.id)
    assert report.direct_unique == 9
    assert report.headline_indicator is not None and report.headline_indicator.code == "PPL-2"


def test_engagement_metrics_alone_reach_nobody(services: Services) -> None:
    programme = make_programme(services, code="EU-RDPP")
    project = add_project(services, programme, "EG-1", "EG", {"Cairo": None})
    views = add_indicator(services, programme, "VIEWS")
    services.results.save_grid(
        project.id, views.id, programme.periods[0], [CellInput.single(176000)], status=APPROVED
    )

    report = services.reach.people_reached(programme.id)

    assert report.explanation is None and report.direct_unique is None
    assert "no indicator counting unique people" in report.describe()
    assert report.as_dict()["direct_unique"] is None


def test_summary_rolls_up_cumulative_and_non_cumulative_against_targets(services: Services) -> None:
    programme = make_programme(services)
    q3, q4 = programme.periods
    a = add_project(services, programme, "LB-A", "LB", {"Beirut": None})
    b = add_project(services, programme, "LB-B", "LB", {"Beirut": None})
    trained = add_indicator(services, programme, "TRAINED", counting=Counting.CUMULATIVE)
    sessions = add_indicator(services, programme, "SESSIONS")
    satisfied = add_indicator(services, programme, "SATISFIED", measure=Measure.PERCENT)
    save = services.results.save_grid
    for indicator, project, period, value in [
        (trained, a, q3, 10),
        (trained, a, q4, 25),
        (trained, b, q3, 5),
        (sessions, a, q3, 10),
        (sessions, a, q4, 25),
        (satisfied, a, q4, "80"),
        (satisfied, b, q4, "60"),
    ]:
        save(project.id, indicator.id, period, [CellInput.single(value)], status=APPROVED)
    services.results.set_target(trained.id, 60)
    services.results.set_target(trained.id, 20, project_id=a.id, period_id=q4)

    summary = {s.code: s for s in services.reach.results_summary(programme.id)}

    cumulative = summary["TRAINED"]
    assert cumulative.programme.life_of_award == 30  # LB-A's latest 25 + LB-B's latest 5
    assert [p.actual for p in cumulative.programme.periods] == [15, 30]
    assert (cumulative.programme.target, cumulative.programme.percent_of_target) == (60, Decimal("50.0"))
    line_a = next(p for p in cumulative.projects if p.label == "LB-A")
    assert line_a.life_of_award == 25
    assert (line_a.periods[1].target, line_a.periods[1].percent_of_target) == (20, Decimal("125.0"))
    assert summary["SESSIONS"].programme.life_of_award == 35
    percent = summary["SATISFIED"]
    assert percent.programme.life_of_award is None and "not added" in percent.note
    assert sorted(p.life_of_award for p in percent.projects) == [60, 80]  # type: ignore[type-var]

    only = services.reach.results_summary(programme.id, sessions.id)
    assert [s.code for s in only] == ["SESSIONS"]


def test_summary_of_unique_people_gives_both_figures(scenario: Scenario) -> None:
    (people,) = scenario.services.reach.results_summary(scenario.programme.id, scenario.people)
    assert people.programme.life_of_award == 355
    assert (people.conservative, people.upper_bound) == (355, 535)
    assert {p.label: p.life_of_award for p in people.projects} == {"LB-A": 220, "LB-B": 220, "TN-C": 95}
