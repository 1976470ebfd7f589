"""What donor reports need recorded: the programme's award, its variance threshold, variance
explanations, and an indicator's age bands (entry outside them refused on every path)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from reach_fixtures import add_project, make_programme, people_indicator

from diaspora_grants.domain.enums import ResultStatus, Sex
from diaspora_grants.domain.errors import ConflictError, ValidationError, WorkflowError
from diaspora_grants.services.finance import BudgetLineInput
from diaspora_grants.services.programme_reporting import AwardInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput
from diaspora_grants.services.results_bulk import BulkRow

D = Decimal


def test_a_programme_without_an_award_shows_the_ten_percent_threshold(services: Services) -> None:
    programme = make_programme(services)
    award = services.programmes.award(programme.id)
    assert award.version == 0 and award.amount is None
    assert award.variance_threshold == D("0.10")


def test_the_award_is_saved_read_back_and_guarded_against_lost_updates(services: Services) -> None:
    programme = make_programme(services)
    data = AwardInput(
        amount=D("1800000"),
        funds_received=D("1200000"),
        funds_received_on=dt.date(2022, 10, 1),
        subgrants=D("1580000"),
        direct_costs=D("95000"),
        indirect_rate=D("0.07"),
        variance_threshold=D("0.15"),
    )
    saved = services.programmes.set_award(programme.id, data, expected_version=0)
    again = services.programmes.award(programme.id)
    assert again == saved and again.amount == D("1800000") and again.variance_threshold == D("0.15")
    with pytest.raises(ConflictError):
        services.programmes.set_award(programme.id, data, expected_version=0)  # someone saved first


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"amount": D(-1)}, "award amount"),
        ({"variance_threshold": D(0)}, "variance threshold"),
        ({"variance_threshold": D("1.5")}, "variance threshold"),
        ({"indirect_rate": D("1.2")}, "indirect rate"),
        ({"funds_received": D(10)}, "funds received on"),
    ],
)
def test_wrong_award_figures_name_the_field(
    services: Services, change: dict[str, Decimal], field: str
) -> None:
    programme = make_programme(services)
    with pytest.raises(ValidationError) as error:
        services.programmes.set_award(programme.id, AwardInput(**change), expected_version=0)  # type: ignore[arg-type]
    assert field in [p.field for p in error.value.problems]
    assert services.programmes.award(programme.id).version == 0


def test_explanations_per_indicator_and_period_and_per_budget_line(services: Services) -> None:
    programme = make_programme(services)
    project = add_project(services, programme, "LB-01", "LB", {"Beirut": "LB11"})
    indicator = people_indicator(services, programme, "BHA-1")
    line = services.finance.create_budget_line(
        project.id, BudgetLineInput(code="ACT", category="Activities", original_amount=D(100))
    )
    q3, q4 = programme.periods[:2]
    services.programmes.explain_indicator(indicator.id, q3, "Vaccination started late.")
    services.programmes.explain_indicator(indicator.id, None, "Life of award: on track.")
    services.programmes.explain_indicator(indicator.id, q3, "Vaccination started late in Akkar.")  # replaces
    services.programmes.explain_budget_line(line.id, "  Fuel prices doubled.  ")

    found = {
        (e.indicator_code, e.period_id, e.budget_line_code): e.text
        for e in services.programmes.variance_explanations(programme.id)
    }
    assert found == {
        ("BHA-1", q3, None): "Vaccination started late in Akkar.",
        ("BHA-1", None, None): "Life of award: on track.",
        (None, None, "ACT"): "Fuel prices doubled.",
    }
    assert services.programmes.explain_indicator(indicator.id, q3, " ") is None  # empty removes it
    with pytest.raises(ValidationError):
        services.programmes.explain_indicator(indicator.id, q4, "x" * 5000)
    other = make_programme(services, code="EU-RDPP")
    with pytest.raises(ValidationError):  # a period of another programme
        services.programmes.explain_indicator(indicator.id, other.periods[0], "text")


def _young(services: Services) -> tuple[int, int, int, int]:
    programme = make_programme(services)
    project = add_project(services, programme, "TN-YOUTH-01", "TN", {"Tunis": "TN11"})
    indicator = people_indicator(services, programme, "BHA-7")
    young = services.indicators.set_age_bands(
        indicator.id, ["0-17", "18-59"], expected_version=indicator.version
    )
    assert young.age_bands == ("0-17", "18-59")
    return programme.periods[0], project.id, indicator.id, project.locations["Tunis"]


def test_an_indicator_of_young_people_refuses_people_aged_60_and_over_in_the_grid(services: Services) -> None:
    period, project, indicator, tunis = _young(services)
    good = CellInput(tunis, "host community", Sex.FEMALE, "18-59", 12)
    services.results.save_grid(
        project, indicator, period, [good, CellInput(tunis, "host community", Sex.MALE, "unknown", 1)]
    )
    with pytest.raises(ValidationError) as error:
        services.results.save_grid(
            project, indicator, period, [good, CellInput(tunis, "host community", Sex.MALE, "60+", 391)]
        )
    assert "outside the age bands of indicator BHA-7" in error.value.problems[0].message
    grid = services.results.grid(project, indicator, period)
    assert grid.total == 13  # nothing of the refused grid was kept
    assert grid.age_bands == ("0-17", "18-59", "unknown")  # the grid offers only the allowed bands


def test_the_bulk_path_refuses_the_same_cells(services: Services) -> None:
    period, project, indicator, tunis = _young(services)
    row = BulkRow(
        project, indicator, period, tunis, "host community", Sex.MALE, "60+", 391, ResultStatus.APPROVED
    )
    with pytest.raises(ValidationError) as error:
        services.results.bulk_insert([row])
    assert "outside the age bands of indicator BHA-7" in error.value.problems[0].message


def test_age_bands_cannot_leave_out_a_band_that_holds_results(services: Services) -> None:
    programme = make_programme(services)
    project = add_project(services, programme, "TN-YOUTH-01", "TN", {"Tunis": "TN11"})
    indicator = people_indicator(services, programme, "BHA-7")
    cell = CellInput(project.locations["Tunis"], "host community", Sex.MALE, "60+", 391)
    services.results.save_grid(project.id, indicator.id, programme.periods[0], [cell])
    with pytest.raises(WorkflowError, match="1 result cells in the age bands left out"):
        services.indicators.set_age_bands(indicator.id, ["0-17", "18-59"], expected_version=indicator.version)
    with pytest.raises(ValidationError):
        services.indicators.set_age_bands(indicator.id, ["0-24"], expected_version=indicator.version)
    every = services.indicators.set_age_bands(indicator.id, [], expected_version=indicator.version)
    assert every.age_bands == ()
