"""Result cells: the grid, its checks, status, locks on every write path, the large table, bulk, targets."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from reach_fixtures import Programme, ProjectRef, add_indicator, add_project, make_programme, people_indicator
from sqlalchemy import func, select

from diaspora_grants.db.models import AuditEntry, Result
from diaspora_grants.domain.enums import AuditAction, Measure, ResultStatus, Sex
from diaspora_grants.domain.errors import DuplicateError, LockedPeriodError, ValidationError
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput
from diaspora_grants.services.result_queries import ResultFilter
from diaspora_grants.services.results_bulk import BulkRow


@pytest.fixture
def setup(services: Services) -> tuple[Services, Programme, ProjectRef]:
    programme = make_programme(services)
    project = add_project(services, programme, "LB-1", "LB", {"Beirut": None, "North": None})
    return services, programme, project


def test_grid_totals_are_derived_from_the_cells(setup: tuple[Services, Programme, ProjectRef]) -> None:
    services, programme, project = setup
    indicator = people_indicator(services, programme)
    beirut, north = project.locations["Beirut"], project.locations["North"]
    cells = [
        CellInput(beirut, "refugees", Sex.FEMALE, "0-17", 10),
        CellInput(beirut, "refugees", "male", "0-17", 12),
        CellInput(beirut, "host community", "female", "18-59", 5),
        CellInput(north, "migrants", "unknown", "unknown", 3),
    ]

    grid = services.results.save_grid(
        project.id, indicator.id, programme.periods[0], cells, source="attendance"
    )

    assert grid.total == 30
    assert grid.by_location == {beirut: 27, north: 3}
    assert grid.by_sex == {"female": 15, "male": 12, "unknown": 3}
    assert grid.by_age_band == {"0-17": 22, "18-59": 5, "unknown": 3}
    assert grid.by_population_group == {"refugees": 22, "host community": 5, "migrants": 3}
    assert grid.rows[("refugees", "0-17")] == 22
    assert grid.status == ResultStatus.SUBMITTED and grid.source == "attendance" and not grid.locked
    assert grid.age_bands == ("0-17", "18-59", "60+", "unknown")
    assert services.results.grid(project.id, indicator.id, programme.periods[0]) == grid


def test_saving_a_grid_replaces_the_scope_and_audits_changed_values(
    setup: tuple[Services, Programme, ProjectRef],
) -> None:
    services, programme, project = setup
    indicator = add_indicator(services, programme, "CLASSROOMS")
    beirut, north = project.locations["Beirut"], project.locations["North"]
    period = programme.periods[0]
    services.results.save_grid(
        project.id, indicator.id, period, [CellInput.single(4, beirut), CellInput.single(2, north)]
    )

    grid = services.results.save_grid(project.id, indicator.id, period, [CellInput.single(6, beirut)])

    assert [(c.location_id, c.value) for c in grid.cells] == [(beirut, 6)]
    assert grid.total == 6
    with services.context.database.session(user="t", write=False) as session:
        changes = session.execute(
            select(AuditEntry.action, AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.table_name == "results", AuditEntry.field == "value"
            )
        ).all()
    assert [(a, old, new) for a, old, new in changes] == [(AuditAction.UPDATE, "4", "6")]


@pytest.mark.parametrize(
    ("cell", "field"),
    [
        (CellInput(None, "refugees", "female", "25-30", 1), "age band"),
        (CellInput(None, "tourists", "female", "0-17", 1), "population group"),
        (CellInput(None, "refugees", "other", "0-17", 1), "sex"),
        (CellInput(None, "refugees", "female", "0-17", -1), "value"),
        (CellInput(None, "refugees", "female", "0-17", "2.5"), "value"),
        (CellInput(None, "refugees", "female", "0-17", "many"), "value"),
    ],
)
def test_wrong_cells_are_refused_and_name_the_cell(
    setup: tuple[Services, Programme, ProjectRef], cell: CellInput, field: str
) -> None:
    services, programme, project = setup
    indicator = people_indicator(services, programme)
    with pytest.raises(ValidationError) as error:
        services.results.save_grid(project.id, indicator.id, programme.periods[0], [cell])
    # The problem names the cell by its dimensions (the grid names it by its labels), not by a number.
    assert [(p.field, p.cell) for p in error.value.problems] == [
        (field, (cell.location_id, cell.population_group, cell.sex, cell.age_band))
    ]
    assert services.results.count() == 0


def test_cells_must_fit_the_indicator_and_the_project(setup: tuple[Services, Programme, ProjectRef]) -> None:
    services, programme, project = setup
    other = add_project(services, programme, "TN-1", "TN", {"Tunis": None})
    plain = add_indicator(services, programme, "PLAIN")
    percent = add_indicator(services, programme, "SATISFIED", measure=Measure.PERCENT)
    period = programme.periods[0]

    with pytest.raises(ValidationError, match="not disaggregated"):
        services.results.save_grid(project.id, plain.id, period, [CellInput(None, None, "female", None, 3)])
    with pytest.raises(ValidationError, match="project's locations"):
        services.results.save_grid(
            project.id, plain.id, period, [CellInput.single(3, other.locations["Tunis"])]
        )
    with pytest.raises(ValidationError, match="given twice"):
        services.results.save_grid(project.id, plain.id, period, [CellInput.single(3), CellInput.single(4)])
    grid = services.results.save_grid(project.id, percent.id, period, [CellInput.single("72.5")])
    assert grid.total == Decimal("72.5")


def test_status_changes_apply_to_the_whole_scope(setup: tuple[Services, Programme, ProjectRef]) -> None:
    services, programme, project = setup
    indicator = people_indicator(services, programme)
    period = programme.periods[0]
    cells = [CellInput(None, "refugees", s, "0-17", 5) for s in ("female", "male")]
    services.results.save_grid(project.id, indicator.id, period, cells, status=ResultStatus.DRAFT)

    assert services.results.submit(project.id, indicator.id, period) == 2
    # Someone else approves: a shared (PostgreSQL) database asks for four eyes by default.
    colleague = Services(replace(services.context, user="approver"))
    assert colleague.results.approve(project.id, indicator.id, period) == 2
    assert services.results.grid(project.id, indicator.id, period).status == ResultStatus.APPROVED
    assert services.results.delete_scope(project.id, indicator.id, period) == 2
    assert services.results.grid(project.id, indicator.id, period).is_empty


def test_a_locked_period_refuses_every_write_path(setup: tuple[Services, Programme, ProjectRef]) -> None:
    services, programme, project = setup
    indicator = add_indicator(services, programme, "OUT")
    period = programme.periods[0]
    services.results.save_grid(project.id, indicator.id, period, [CellInput.single(5)])
    services.periods.lock(period, "reported")

    with pytest.raises(LockedPeriodError):
        services.results.save_grid(project.id, indicator.id, period, [CellInput.single(6)])
    with pytest.raises(LockedPeriodError):
        services.results.approve(project.id, indicator.id, period)
    with pytest.raises(LockedPeriodError):
        services.results.delete_scope(project.id, indicator.id, period)
    with pytest.raises(LockedPeriodError, match="2022-Q3"):
        services.results.bulk_insert(
            [(project.id, indicator.id, period, project.locations["Beirut"], None, None, None, 1, "approved")]
        )

    grid = services.results.grid(project.id, indicator.id, period)
    assert grid.locked and grid.total == 5 and grid.status == ResultStatus.SUBMITTED
    services.periods.unlock(period, "correction")
    assert services.results.save_grid(project.id, indicator.id, period, [CellInput.single(6)]).total == 6


def test_bulk_insert_loads_rows_and_writes_one_summary_audit_row(
    setup: tuple[Services, Programme, ProjectRef],
) -> None:
    services, programme, project = setup
    people = people_indicator(services, programme)
    plain = add_indicator(services, programme, "OUT")
    beirut = project.locations["Beirut"]
    rows: list[tuple[object, ...]] = [
        (project.id, people.id, period, beirut, "refugees", sex, age, 10, "approved")
        for period in programme.periods
        for sex in ("female", "male")
        for age in ("0-17", "18-59")
    ]
    rows.append(
        BulkRow(
            project.id, plain.id, programme.periods[0], None, None, None, None, Decimal(7), "draft", "survey"
        )
    )

    assert services.results.bulk_insert(rows, chunk_size=3) == 9
    assert services.results.count() == 9
    assert (
        services.results.count(ResultFilter(indicator_id=people.id, statuses=(ResultStatus.APPROVED,))) == 8
    )
    with services.context.database.session(user="t", write=False) as session:
        audit = session.execute(
            select(AuditEntry.action, AuditEntry.record_label, AuditEntry.user_name).where(
                AuditEntry.table_name == "results"
            )
        ).all()
        stored = session.scalar(select(func.sum(Result.value)))
    assert [tuple(a) for a in audit] == [(AuditAction.BULK_INSERT, "9 result cells", "tester")]
    assert stored == 87
    grid = services.results.grid(project.id, plain.id, programme.periods[0])
    assert grid.total == 7 and grid.source == "survey" and grid.status == ResultStatus.DRAFT


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ((999, None, None, None, None, None, None, 1, "approved"), "project"),
        (("P", "I", "T", None, "refugees", "female", "25-30", 1, "approved"), "age band"),
        (("P", "I", "T", None, "refugees", "female", "0-17", -4, "approved"), "value"),
        (("P", "I", "T", None, "refugees", "female", "0-17", Decimal("1.5"), "approved"), "whole number"),
        (("P", "I", "T", None, "refugees", "female", "0-17", 1, "final"), "status"),
        (("P", "I", "T", None, "refugees", "female", "0-17", 1), "rows"),
    ],
)
def test_bulk_insert_checks_rows_and_keeps_nothing_on_error(
    setup: tuple[Services, Programme, ProjectRef], row: tuple[object, ...], message: str
) -> None:
    services, programme, project = setup
    people = people_indicator(services, programme)
    ids = {"P": project.id, "I": people.id, "T": programme.periods[0]}
    good = (project.id, people.id, programme.periods[1], None, "refugees", "male", "0-17", 3, "approved")
    bad = tuple(ids.get(v, v) if isinstance(v, str) and len(v) == 1 else v for v in row)
    if bad[0] == 999:
        bad = (999, people.id, programme.periods[0], *bad[3:])

    with pytest.raises(ValidationError, match=message):
        services.results.bulk_insert([good, bad], chunk_size=10)
    assert services.results.count() == 0


def test_bulk_insert_refuses_existing_cells(setup: tuple[Services, Programme, ProjectRef]) -> None:
    services, programme, project = setup
    people = people_indicator(services, programme)
    row = (project.id, people.id, programme.periods[0], None, "refugees", "male", "0-17", 3, "approved")
    services.results.bulk_insert([row])

    with pytest.raises(DuplicateError, match="already exists"):
        services.results.bulk_insert([row])
    assert services.results.count() == 1


def test_results_table_is_filtered_sorted_and_paged_by_the_database(
    setup: tuple[Services, Programme, ProjectRef],
) -> None:
    services, programme, project = setup
    indicator = add_indicator(services, programme, "OUT")
    beirut, north = project.locations["Beirut"], project.locations["North"]
    rows = [
        (project.id, indicator.id, period, location, None, None, None, value, status)
        for period, location, value, status in [
            (programme.periods[0], beirut, 30, "approved"),
            (programme.periods[0], north, 10, "submitted"),
            (programme.periods[1], beirut, 20, "approved"),
            (programme.periods[1], None, 40, "draft"),
        ]
    ]
    services.results.bulk_insert(rows)

    by_value = services.results.find(order_by="value", descending=True, limit=2, offset=1)
    assert [r.value for r in by_value] == [30, 20]
    approved = services.results.find(
        ResultFilter(programme_id=programme.id, statuses=(ResultStatus.APPROVED,))
    )
    assert [(r.period_label, r.location_name, r.value) for r in approved] == [
        ("2022-Q3", "Beirut", 30),
        ("2022-Q4", "Beirut", 20),
    ]
    in_north = services.results.find(ResultFilter(location_id=north))
    assert [(r.project_code, r.indicator_code, r.status) for r in in_north] == [
        ("LB-1", "OUT", ResultStatus.SUBMITTED)
    ]
    whole = services.results.find(ResultFilter(period_id=programme.periods[1]), order_by="location")
    assert {r.location_name for r in whole} == {"Beirut", "whole project"}
    assert services.results.count(ResultFilter(period_id=programme.periods[1])) == 2
    with pytest.raises(ValidationError):
        services.results.find(order_by="colour")


def test_targets_are_set_replaced_listed_and_deleted(setup: tuple[Services, Programme, ProjectRef]) -> None:
    services, programme, project = setup
    indicator = add_indicator(services, programme, "OUT")
    other = make_programme(services, code="OTHER")

    programme_loa = services.results.set_target(indicator.id, 1000)
    project_q3 = services.results.set_target(
        indicator.id, 100, project_id=project.id, period_id=programme.periods[0]
    )
    replaced = services.results.set_target(indicator.id, 1200)

    assert replaced.id == programme_loa.id and replaced.value == 1200
    listed = services.results.find_targets(programme_id=programme.id)
    assert {(t.project_id, t.period_id, t.value) for t in listed} == {
        (None, None, 1200),
        (project.id, programme.periods[0], 100),
    }
    with pytest.raises(ValidationError, match="whole number"):
        services.results.set_target(indicator.id, "10.5")
    with pytest.raises(ValidationError) as error:
        services.results.set_target(indicator.id, 5, period_id=other.periods[0])
    assert error.value.problems[0].field == "period"
    services.results.delete_target(project_q3.id)
    assert [t.id for t in services.results.find_targets(indicator_id=indicator.id)] == [programme_loa.id]
