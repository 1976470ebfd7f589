"""Submitting, approving and reopening results: four eyes, the scope shown, read-only approved
results, one audit entry per action, and no save over a colleague's change."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reach_fixtures import Programme, ProjectRef, add_project, make_programme, people_indicator

from diaspora_grants.domain.enums import AuditAction, ResultStatus
from diaspora_grants.domain.errors import ConflictError, ValidationError, WorkflowError
from diaspora_grants.services.registry import Services
from diaspora_grants.services.result_cells import CellInput

Setup = tuple[Services, Services, tuple[int, int, int], ProjectRef]


@pytest.fixture
def setup(services: Services) -> Setup:
    programme: Programme = make_programme(services)
    project = add_project(services, programme, "LB-1", "LB", {"Beirut": None, "North": None})
    indicator = people_indicator(services, programme)
    scope = (project.id, indicator.id, programme.periods[0])
    cells = [
        CellInput(project.locations[place], "refugees", sex, "0-17", 5)
        for place in ("Beirut", "North")
        for sex in ("female", "male")
    ]
    services.results.save_grid(*scope, cells, status=ResultStatus.DRAFT)
    colleague = Services(replace(services.context, user="colleague"))
    return services, colleague, scope, project


def four_eyes(services: Services, on: bool = True) -> None:
    programme = services.programmes.find()[0]
    services.programmes.set_approval_rule(programme.id, on, expected_version=programme.version)


def test_a_new_programme_asks_for_four_eyes_on_a_shared_database_only(services: Services) -> None:
    make_programme(services)
    expected = not services.context.database.is_sqlite
    assert services.programmes.find()[0].approver_must_differ is expected


def test_with_four_eyes_the_submitter_cannot_approve_and_a_colleague_can(setup: Setup) -> None:
    services, colleague, scope, _ = setup
    four_eyes(services)
    with pytest.raises(WorkflowError, match="have not been submitted"):
        colleague.results.approve(*scope)
    assert services.results.submit(*scope) == 4
    with pytest.raises(WorkflowError, match="you submitted the results of LB-1 · PPL · 2022-Q3"):
        services.results.approve(*scope)
    assert colleague.results.approve(*scope) == 4
    cells = services.results.grid(*scope).cells
    assert {(c.status, c.submitted_by, c.approved_by) for c in cells} == {
        (ResultStatus.APPROVED, "tester", "colleague")
    }


def test_without_the_rule_one_person_may_submit_and_approve(setup: Setup) -> None:
    services, _, scope, _ = setup
    four_eyes(services, on=False)
    services.results.submit(*scope)
    assert services.results.approve(*scope) == 4


def test_approve_acts_on_the_locations_asked_for_only(setup: Setup) -> None:
    services, colleague, scope, project = setup
    beirut = project.locations["Beirut"]
    services.results.submit(*scope)
    assert colleague.results.set_status(*scope, ResultStatus.APPROVED, location_ids={beirut}) == 2
    grid = services.results.grid(*scope)
    assert grid.status_at({beirut}) is ResultStatus.APPROVED
    assert grid.status_at({project.locations["North"]}) is ResultStatus.SUBMITTED
    entry = services.audit.find(table="results", limit=1)[0]
    assert (entry.record_label, entry.field, entry.old_value, entry.new_value) == (
        "LB-1 · PPL · 2022-Q3 · Beirut (2 results)",
        "status",
        "submitted",
        "approved",
    )


def test_each_status_change_is_one_audit_entry(setup: Setup) -> None:
    services, colleague, scope, _ = setup
    before = services.audit.count(table="results")
    services.results.submit(*scope)
    colleague.results.approve(*scope)
    entries = services.audit.find(table="results", limit=2)
    assert services.audit.count(table="results") == before + 2
    assert [(e.user_name, e.new_value) for e in entries] == [
        ("colleague", "approved"),
        ("tester", "submitted"),
    ]


def test_approved_results_are_read_only_until_reopened_with_a_reason(setup: Setup) -> None:
    services, colleague, scope, _project = setup
    services.results.submit(*scope)
    colleague.results.approve(*scope)
    grid = services.results.grid(*scope)
    changed = [CellInput(*c.key, c.value + 1) for c in grid.cells]
    with pytest.raises(WorkflowError, match="approved: reopen them with a reason"):
        services.results.save_grid(*scope, changed, status=None)
    with pytest.raises(WorkflowError, match="reopen them with a reason"):
        services.results.set_status(*scope, ResultStatus.DRAFT)
    with pytest.raises(ValidationError, match="reason"):
        services.results.reopen(*scope, "  ")

    assert services.results.reopen(*scope, "Partner corrected Beirut") == 4
    entry = services.audit.find(table="results", limit=1)[0]
    assert (entry.new_value, entry.reason) == ("draft", "Partner corrected Beirut")
    saved = services.results.save_grid(*scope, changed, status=None)
    assert saved.status is ResultStatus.DRAFT and saved.total == 24


def test_a_save_from_the_grid_drafts_only_the_locations_it_changes(setup: Setup) -> None:
    services, _, scope, project = setup
    services.results.submit(*scope)
    grid = services.results.grid(*scope)
    beirut = project.locations["Beirut"]
    edited = [CellInput(*c.key, c.value + (1 if c.location_id == beirut else 0)) for c in grid.cells]
    saved = services.results.save_grid(*scope, edited, status=None, expected_revision=grid.revision)
    assert saved.status_at({beirut}) is ResultStatus.DRAFT
    assert saved.status_at({project.locations["North"]}) is ResultStatus.SUBMITTED


def test_a_write_over_a_colleagues_change_is_refused_naming_them(setup: Setup) -> None:
    services, colleague, scope, _ = setup
    read = services.results.grid(*scope)
    colleague.results.save_grid(*scope, [CellInput(*c.key, 9) for c in read.cells], status=None)
    mine = [CellInput(*c.key, 7) for c in read.cells]
    with pytest.raises(ConflictError) as refused:
        services.results.save_grid(*scope, mine, status=None, expected_revision=read.revision)
    assert refused.value.changed_by == "colleague" and refused.value.changed_at is not None
    with pytest.raises(ConflictError):
        services.results.set_status(*scope, ResultStatus.SUBMITTED, expected_revision=read.revision)
    assert services.results.grid(*scope).total == 36


def test_restore_puts_cells_back_with_their_status_and_who_submitted(setup: Setup) -> None:
    services, _colleague, scope, _ = setup
    services.results.submit(*scope)
    before = services.results.grid(*scope)
    after = services.results.save_grid(
        *scope, [CellInput(*c.key, 1) for c in before.cells], status=None, expected_revision=before.revision
    )
    assert after.status is ResultStatus.DRAFT
    restored = services.results.restore_grid(*scope, before.cells, expected_revision=after.revision)
    assert restored.total == 20 and restored.status is ResultStatus.SUBMITTED
    assert {c.submitted_by for c in restored.cells} == {"tester"}
    with pytest.raises(ConflictError):
        services.results.restore_grid(*scope, after.cells, expected_revision=after.revision)


def test_locking_a_period_writes_one_audit_entry(services: Services) -> None:
    programme = make_programme(services)
    period = programme.periods[0]
    services.periods.lock(period, "sent to the donor")
    entries = services.audit.find(table="periods", record_id=period)
    locks = [e for e in entries if e.action is not AuditAction.INSERT]
    assert [(e.action, e.record_label, e.reason) for e in locks] == [
        (AuditAction.LOCK, "BHA-DIASPORA · 2022-Q3", "sent to the donor")
    ]
