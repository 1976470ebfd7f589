"""Reporting requirements: statuses derived from dates as of 2022-09-15, and the submit/accept steps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from diaspora_grants.domain.enums import RequirementStatus
from diaspora_grants.domain.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.projects import ProjectInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.requirements import RequirementInput


def new_project(services: Services, code: str, programme_code: str = "BHA-DIAS") -> int:
    programme_id = (
        services.programmes.find_id(programme_code)
        or services.programmes.create(
            ProgrammeInput(
                code=programme_code,
                name=programme_code,
                start_date=dt.date(2022, 1, 1),
                end_date=dt.date(2023, 6, 30),
            )
        ).id
    )
    partner_id = (
        services.organisations.find_id("Pontes Ricerche e Interventi")
        or services.organisations.create(
            OrganisationInput(name="Pontes Ricerche e Interventi", hq_country="IT")
        ).id
    )
    return services.projects.create(
        ProjectInput(
            code=code,
            title="Media literacy",
            programme_id=programme_id,
            partner_id=partner_id,
            country="TN",
            grant_amount=Decimal(50000),
        )
    ).id


def requirement(
    project_id: int,
    title: str,
    due: dt.date,
    submitted_on: dt.date | None = None,
    accepted_on: dt.date | None = None,
) -> RequirementInput:
    return RequirementInput(
        project_id=project_id, title=title, due_date=due, submitted_on=submitted_on, accepted_on=accepted_on
    )


def test_status_follows_the_dates_as_of_today(services: Services) -> None:
    project = new_project(services, "TN-01")
    for data in (
        requirement(project, "Q3 narrative", dt.date(2022, 9, 30)),
        requirement(project, "Q2 narrative", dt.date(2022, 9, 1)),
        requirement(project, "Due today", dt.date(2022, 9, 15)),
        requirement(project, "Q1 narrative", dt.date(2022, 4, 30), submitted_on=dt.date(2022, 5, 3)),
        requirement(
            project,
            "Inception",
            dt.date(2022, 3, 31),
            submitted_on=dt.date(2022, 3, 30),
            accepted_on=dt.date(2022, 4, 5),
        ),
    ):
        services.requirements.create(data)

    found = {r.title: (r.status, r.days_overdue) for r in services.requirements.find(project_id=project)}

    assert found == {
        "Q3 narrative": (RequirementStatus.DUE, 0),
        "Q2 narrative": (RequirementStatus.OVERDUE, 14),
        "Due today": (RequirementStatus.DUE, 0),
        "Q1 narrative": (RequirementStatus.SUBMITTED, 0),
        "Inception": (RequirementStatus.ACCEPTED, 0),
    }
    overdue = services.requirements.find(status=RequirementStatus.OVERDUE)
    assert [(r.title, r.project_code) for r in overdue] == [("Q2 narrative", "TN-01")]


def test_find_by_programme_lists_by_due_date(services: Services) -> None:
    bha = new_project(services, "TN-01")
    rdpp = new_project(services, "EG-01", programme_code="RDPP-NA")
    services.requirements.create(requirement(bha, "Closing event report", dt.date(2023, 2, 25)))
    services.requirements.create(requirement(bha, "Interim report", dt.date(2022, 12, 31)))
    services.requirements.create(requirement(rdpp, "Campaign report", dt.date(2022, 10, 31)))

    programme_id = services.programmes.find_id("BHA-DIAS")
    assert [r.title for r in services.requirements.find(programme_id=programme_id)] == [
        "Interim report",
        "Closing event report",
    ]
    assert services.requirements.find()[0].title == "Campaign report"


def test_overdue_report_is_submitted_then_accepted(services: Services) -> None:
    project = new_project(services, "TN-01")
    created = services.requirements.create(requirement(project, "Q2 narrative", dt.date(2022, 9, 1)))

    with pytest.raises(WorkflowError, match="submitted first"):
        services.requirements.mark_accepted(created.id, expected_version=created.version)
    submitted = services.requirements.mark_submitted(created.id, expected_version=created.version)
    assert (submitted.status, submitted.submitted_on, submitted.days_overdue) == (
        RequirementStatus.SUBMITTED,
        dt.date(2022, 9, 15),
        0,
    )
    with pytest.raises(ValidationError) as error:
        services.requirements.mark_accepted(
            submitted.id, dt.date(2022, 9, 10), expected_version=submitted.version
        )
    assert [p.field for p in error.value.problems] == ["accepted on"]
    with pytest.raises(ConflictError):
        services.requirements.mark_accepted(created.id, expected_version=created.version)

    accepted = services.requirements.mark_accepted(submitted.id, expected_version=submitted.version)
    assert (accepted.status, accepted.accepted_on) == (RequirementStatus.ACCEPTED, dt.date(2022, 9, 15))


@pytest.mark.parametrize(
    ("dates", "field"),
    [
        ({"accepted_on": dt.date(2022, 9, 1)}, "accepted on"),
        ({"submitted_on": dt.date(2022, 9, 5), "accepted_on": dt.date(2022, 9, 1)}, "accepted on"),
        ({"submitted_on": dt.date(2022, 9, 16)}, "submitted on"),
    ],
)
def test_inconsistent_dates_are_refused(services: Services, dates: dict[str, dt.date], field: str) -> None:
    project = new_project(services, "TN-01")
    with pytest.raises(ValidationError) as error:
        services.requirements.create(requirement(project, "Q2 narrative", dt.date(2022, 9, 1), **dates))
    assert [p.field for p in error.value.problems] == [field]


def test_requirement_of_an_unknown_project_is_refused(services: Services) -> None:
    with pytest.raises(NotFoundError, match="project"):
        services.requirements.create(requirement(999, "Q2 narrative", dt.date(2022, 9, 1)))


def test_edit_and_delete(services: Services) -> None:
    project = new_project(services, "TN-01")
    created = services.requirements.create(requirement(project, "Q2 narative", dt.date(2022, 9, 1)))
    fixed = services.requirements.update(
        created.id,
        requirement(project, "Q2 narrative", dt.date(2022, 10, 1)),
        expected_version=created.version,
    )
    assert (fixed.title, fixed.status) == ("Q2 narrative", RequirementStatus.DUE)
    services.requirements.delete(fixed.id, expected_version=fixed.version)
    assert services.requirements.find() == []
