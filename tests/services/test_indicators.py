"""Indicators: unique codes per programme, validation, order, and figures protected once approved."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reach_fixtures import add_indicator, add_project, make_programme, people_indicator

from diaspora_grants.domain.enums import Counting, Measure, Reach, ResultStatus
from diaspora_grants.domain.errors import DuplicateError, ValidationError, WorkflowError
from diaspora_grants.services.indicators import IndicatorInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput

TRAINED = IndicatorInput(
    code="OUT-1",
    name="People trained in media literacy",
    unit="people",
    counting=Counting.UNIQUE_PEOPLE,
    reach=Reach.DIRECT,
)


def test_created_indicators_are_listed_in_order_and_codes_are_unique_per_programme(
    services: Services,
) -> None:
    programme = make_programme(services)
    other = make_programme(services, code="EU-RDPP")
    first = services.indicators.create(programme.id, TRAINED)
    second = services.indicators.create(programme.id, replace(TRAINED, code="OUT-2", name="Classrooms built"))
    services.indicators.create(other.id, TRAINED)  # the same code in another programme is fine

    assert [i.code for i in services.indicators.find(programme.id)] == ["OUT-1", "OUT-2"]
    assert first.counts_people and first.position < second.position
    with pytest.raises(DuplicateError) as error:
        services.indicators.create(programme.id, replace(TRAINED, code="out-1"))
    assert error.value.problems[0].field == "code"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"code": " "}, "code"),
        ({"measure": Measure.PERCENT}, "reach"),
        ({"loa_target": -1}, "life-of-award target"),
    ],
)
def test_invalid_indicators_name_the_field(services: Services, change: dict[str, object], field: str) -> None:
    programme = make_programme(services)
    with pytest.raises(ValidationError) as error:
        services.indicators.create(programme.id, replace(TRAINED, **change))  # type: ignore[arg-type]
    assert field in [p.field for p in error.value.problems]
    assert services.indicators.find(programme.id) == []


def test_reorder_changes_the_listing_order(services: Services) -> None:
    programme = make_programme(services)
    a = add_indicator(services, programme, "A")
    b = add_indicator(services, programme, "B")

    services.indicators.reorder(programme.id, [b.id, a.id])

    assert [i.code for i in services.indicators.find(programme.id)] == ["B", "A"]
    with pytest.raises(ValidationError):
        services.indicators.reorder(programme.id, [b.id])


def test_counting_and_measure_are_frozen_once_results_are_approved(services: Services) -> None:
    programme = make_programme(services)
    project = add_project(services, programme, "LB-1", "LB", {"Beirut": None})
    indicator = people_indicator(services, programme)
    cells = [CellInput(project.locations["Beirut"], "refugees", "female", "18-59", 40)]
    services.results.save_grid(
        project.id, indicator.id, programme.periods[0], cells, status=ResultStatus.SUBMITTED
    )

    # Submitted results only: the donor has not seen them, the counting may still change.
    renamed = services.indicators.update(
        indicator.id,
        IndicatorInput(
            code="PPL", name="People reached", counting=Counting.NON_CUMULATIVE, reach=Reach.DIRECT
        ),
        expected_version=indicator.version,
    )
    assert renamed.counting == Counting.NON_CUMULATIVE

    # Approved by someone else (four eyes, the default on a shared PostgreSQL database).
    Services(replace(services.context, user="approver")).results.approve(
        project.id, indicator.id, programme.periods[0]
    )
    with pytest.raises(WorkflowError, match="counting would silently change figures"):
        services.indicators.update(
            indicator.id,
            replace(_input_of(renamed), counting=Counting.CUMULATIVE),
            expected_version=renamed.version,
        )
    # A new name is harmless.
    services.indicators.update(
        indicator.id,
        replace(_input_of(renamed), name="People reached directly"),
        expected_version=renamed.version,
    )
    assert services.indicators.get(indicator.id).counting == Counting.NON_CUMULATIVE


def test_an_indicator_with_results_cannot_be_deleted(services: Services) -> None:
    programme = make_programme(services)
    project = add_project(services, programme, "LB-1", "LB", {"Beirut": None})
    used = add_indicator(services, programme, "USED")
    unused = add_indicator(services, programme, "UNUSED")
    services.results.save_grid(project.id, used.id, programme.periods[0], [CellInput.single(3)])

    with pytest.raises(WorkflowError, match="has results"):
        services.indicators.delete(used.id, expected_version=used.version)
    services.indicators.delete(unused.id, expected_version=unused.version)
    assert [i.code for i in services.indicators.find(programme.id)] == ["USED"]


def _input_of(view: IndicatorInput) -> IndicatorInput:
    return IndicatorInput(**{f: getattr(view, f) for f in IndicatorInput.__dataclass_fields__})
