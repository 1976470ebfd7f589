"""Applications to a call: receipt and late rules, the decision workflow with reasons, and the award."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from itertools import count
from typing import Any

import pytest
from sqlalchemy import Row, func, select

from diaspora_grants.db.engine import Database
from diaspora_grants.db.models import AuditEntry, Project
from diaspora_grants.domain.enums import (
    ApplicationStatus,
    AuditAction,
    CallStatus,
    DueDiligenceStatus,
    OrganisationType,
    ProjectStatus,
)
from diaspora_grants.domain.errors import (
    ConflictError,
    DueDiligenceError,
    DuplicateError,
    ValidationError,
    WorkflowError,
)
from diaspora_grants.services.applications import ApplicationInput, ApplicationView
from diaspora_grants.services.calls import CallInput, CriterionInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services

A = ApplicationStatus
C = CallStatus
D = Decimal
DEADLINE = dt.date(2022, 3, 15)
ON_TIME = dt.date(2022, 3, 1)

CRITERIA = [CriterionInput(name="Relevance", weight=D(60)), CriterionInput(name="Capacity", weight=D(40))]

#: The statuses a call passes through, in order.
CALL_ROUTE = (C.DRAFT, C.OPEN, C.CLOSED, C.UNDER_REVIEW, C.AWARDED)

#: The route an application takes to reach each status, one allowed decision at a time.
ROUTE_TO: dict[ApplicationStatus, tuple[ApplicationStatus, ...]] = {
    A.RECEIVED: (),
    A.ELIGIBLE: (A.ELIGIBLE,),
    A.INELIGIBLE: (A.INELIGIBLE,),
    A.SHORTLISTED: (A.ELIGIBLE, A.SHORTLISTED),
    A.SELECTED: (A.ELIGIBLE, A.SHORTLISTED, A.SELECTED),
    A.REJECTED: (A.ELIGIBLE, A.REJECTED),
    A.WITHDRAWN: (A.WITHDRAWN,),
}

#: The workflow of the issue: received -> eligible | ineligible -> shortlisted -> selected | rejected,
#: withdrawn from any open state.
ALLOWED = {
    (A.RECEIVED, A.ELIGIBLE),
    (A.RECEIVED, A.INELIGIBLE),
    (A.ELIGIBLE, A.SHORTLISTED),
    (A.ELIGIBLE, A.REJECTED),
    (A.SHORTLISTED, A.SELECTED),
    (A.SHORTLISTED, A.REJECTED),
    *((s, A.WITHDRAWN) for s in (A.RECEIVED, A.ELIGIBLE, A.SHORTLISTED)),
}


class Setting:
    """A programme with its open 2022 call, and a supply of partner organisations."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.programme = services.programmes.create(
            ProgrammeInput(
                code="BHA-DIASPORA",
                name="Diaspora partners in COVID-19 response",
                start_date=dt.date(2022, 1, 1),
                end_date=dt.date(2023, 3, 31),
            )
        )
        self.call_id = self.new_call("EOI-2022-01", C.OPEN)
        self._numbers = count(1)

    def new_call(self, reference: str, status: CallStatus) -> int:
        call = self.services.calls.create(
            CallInput(
                reference=reference,
                title="Diaspora organisations in the COVID-19 response",
                programme_id=self.programme.id,
                launch_date=dt.date(2022, 2, 1),
                submission_deadline=DEADLINE,
            )
        )
        call = self.services.calls.set_criteria(call.id, CRITERIA, expected_version=call.version)
        for step in (C.CANCELLED,) if status == C.CANCELLED else CALL_ROUTE[1 : CALL_ROUTE.index(status) + 1]:
            call = self.step(call.id, step)
        return call.id

    def set_call(self, status: CallStatus) -> None:
        """Move the call forward along its workflow until it reaches `status`."""
        call = self.services.calls.get(self.call_id)
        for step in CALL_ROUTE[CALL_ROUTE.index(call.status) + 1 : CALL_ROUTE.index(status) + 1]:
            call = self.step(self.call_id, step)

    def step(self, call_id: int, status: CallStatus) -> Any:
        """One status change; a call is marked awarded once a grant was awarded from it."""
        call = self.services.calls.get(call_id)
        if status == C.AWARDED and not call.awarded_count:
            late = self.services.applications.create(
                replace(self.application_input(call_id=call_id), is_late=True, late_reason="courier delay")
            )
            for decision in ROUTE_TO[A.SELECTED]:
                late = self.services.applications.decide(
                    late.id, decision, "minute", expected_version=late.version
                )
            self.services.applications.award(
                late.id, project_code=f"P-{call_id}", expected_version=late.version
            )
            call = self.services.calls.get(call_id)
        return self.services.calls.change_status(call_id, status, expected_version=call.version)

    def organisation(self, name: str | None = None, **change: Any) -> int:
        """A diaspora organisation whose due diligence is cleared until 2024 (unless changed)."""
        name = name or f"Diaspora association {next(self._numbers)}"
        data = OrganisationInput(
            name=name,
            hq_country="FR",
            dd_status=DueDiligenceStatus.CLEARED,
            dd_date=dt.date(2022, 1, 10),
            dd_expiry=dt.date(2024, 1, 10),
        )
        return self.services.organisations.create(replace(data, **change)).id

    def application_input(self, **change: object) -> ApplicationInput:
        data = ApplicationInput(
            call_id=self.call_id,
            organisation_id=change.pop("organisation_id", None) or self.organisation(),  # type: ignore[arg-type]
            received_date=ON_TIME,
            title="Classrooms for rural schools",
            summary="Four classrooms in Mashonaland East",
            countries=("zw", "ZA"),
            sector="11120",
            requested_amount=D("180000.00"),
            currency="USD",
        )
        return replace(data, **change)  # type: ignore[arg-type]

    def application(self, status: ApplicationStatus = A.RECEIVED, **change: object) -> ApplicationView:
        app = self.services.applications.create(self.application_input(**change))
        for step in ROUTE_TO[status]:
            app = self.services.applications.decide(
                app.id, step, f"panel minute on {step}", expected_version=app.version
            )
        assert app.status == status
        return app


@pytest.fixture
def setting(services: Services) -> Setting:
    return Setting(services)


def audit_rows(database: Database, table: str, record_id: int) -> list[Row[Any]]:
    """The audit trail of one record, oldest first, read straight from the table."""
    with database.session(user="auditor", write=False) as session:
        return list(
            session.execute(
                select(
                    AuditEntry.action,
                    AuditEntry.field,
                    AuditEntry.old_value,
                    AuditEntry.new_value,
                    AuditEntry.reason,
                )
                .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
                .order_by(AuditEntry.id)
            )
        )


def projects_of(database: Database, application_id: int) -> list[Project]:
    with database.session(user="auditor", write=False) as session:
        projects = list(session.scalars(select(Project).where(Project.application_id == application_id)))
        session.expunge_all()
        return projects


def project_count(database: Database) -> int:
    with database.session(user="auditor", write=False) as session:
        return session.scalar(select(func.count(Project.id))) or 0


def test_received_application_shows_its_call_and_organisation(services: Services, setting: Setting) -> None:
    org = setting.organisation("Genesis Entrepreneurship Trust")
    app = services.applications.create(setting.application_input(organisation_id=org))

    assert app.status == A.RECEIVED
    assert (app.call_reference, app.organisation_name) == ("EOI-2022-01", "Genesis Entrepreneurship Trust")
    assert app.countries == ("ZW", "ZA")
    assert (app.score, app.rank, app.review_count, app.recused_count, app.project_id) == (
        None,
        None,
        0,
        0,
        None,
    )
    assert app.allowed_next_statuses == (A.ELIGIBLE, A.INELIGIBLE, A.WITHDRAWN)
    assert services.calls.get(setting.call_id).application_count == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "  "}, "title"),
        ({"countries": ("ZW", "ZZ")}, "countries"),
        ({"currency": "us dollars"}, "currency"),
        ({"requested_amount": D("-5")}, "requested amount"),
        ({"received_date": dt.date(2022, 9, 16)}, "received date"),
    ],
)
def test_invalid_application_names_the_field(
    services: Services, setting: Setting, change: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as error:
        services.applications.create(setting.application_input(**change))
    assert [p.field for p in error.value.problems] == [field]
    assert services.applications.find() == []


def test_one_application_per_organisation_per_call(services: Services, setting: Setting) -> None:
    org = setting.organisation("Citizens Initiative")
    services.applications.create(setting.application_input(organisation_id=org))

    with pytest.raises(DuplicateError, match="Citizens Initiative has already applied"):
        services.applications.create(setting.application_input(organisation_id=org, title="Second try"))

    setting.call_id = setting.new_call("EOI-2022-02", C.OPEN)
    services.applications.create(setting.application_input(organisation_id=org))
    assert len(services.applications.find(organisation_id=org)) == 2


# Late submissions ---------------------------------------------------------------------------


def test_after_the_deadline_an_application_must_be_flagged_late_with_a_reason(
    services: Services, setting: Setting
) -> None:
    late_day = DEADLINE + dt.timedelta(days=3)
    with pytest.raises(ValidationError) as error:
        services.applications.create(setting.application_input(received_date=late_day))
    assert [p.field for p in error.value.problems] == ["received date"]
    assert "flag the application as late" in str(error.value)

    with pytest.raises(ValidationError) as error:
        services.applications.create(
            setting.application_input(received_date=late_day, is_late=True, late_reason=" ")
        )
    assert [p.field for p in error.value.problems] == ["late reason"]

    app = services.applications.create(
        setting.application_input(
            received_date=late_day, is_late=True, late_reason="courier strike in Harare"
        )
    )
    assert (app.is_late, app.late_reason) == (True, "courier strike in Harare")


def test_application_on_the_deadline_day_is_on_time(services: Services, setting: Setting) -> None:
    assert services.applications.create(setting.application_input(received_date=DEADLINE)).is_late is False


@pytest.mark.parametrize("status", [C.CLOSED, C.UNDER_REVIEW])
def test_closed_call_takes_only_late_flagged_applications(
    services: Services, setting: Setting, status: CallStatus
) -> None:
    setting.set_call(status)
    with pytest.raises(WorkflowError, match="only when it is flagged late"):
        services.applications.create(setting.application_input())

    app = services.applications.create(
        setting.application_input(is_late=True, late_reason="lost in the mail room")
    )
    assert app.is_late


@pytest.mark.parametrize("status", [C.DRAFT, C.AWARDED, C.CANCELLED])
def test_call_not_taking_applications_refuses_even_late_ones(
    services: Services, setting: Setting, status: CallStatus
) -> None:
    setting.call_id = setting.new_call("EOI-OTHER", status)
    with pytest.raises(WorkflowError, match="received only while it is open"):
        services.applications.create(setting.application_input(is_late=True, late_reason="asked nicely"))


def test_late_rule_holds_on_update_too(services: Services, setting: Setting) -> None:
    app = setting.application()
    with pytest.raises(ValidationError, match="after the submission deadline"):
        services.applications.update(
            app.id,
            setting.application_input(organisation_id=app.organisation_id, received_date=dt.date(2022, 4, 1)),
            expected_version=app.version,
        )


# Finding, editing, deleting --------------------------------------------------------------


def test_find_filters(services: Services, setting: Setting) -> None:
    sams = setting.organisation("Syrian American Medical Society")
    setting.application(organisation_id=sams, title="Rural vaccination")
    setting.application(A.ELIGIBLE, title="Media literacy")

    assert [a.title for a in services.applications.find(organisation_id=sams)] == ["Rural vaccination"]
    assert [a.title for a in services.applications.find(status=A.ELIGIBLE)] == ["Media literacy"]
    assert [a.title for a in services.applications.find(search="syrian")] == ["Rural vaccination"]
    assert [a.title for a in services.applications.find(search="MEDIA")] == ["Media literacy"]
    assert len(services.applications.find(call_id=setting.call_id)) == 2


def test_update_corrects_an_open_application_but_not_a_decided_one(
    services: Services, setting: Setting
) -> None:
    app = setting.application()
    data = setting.application_input(organisation_id=app.organisation_id, requested_amount=D("150000"))

    updated = services.applications.update(app.id, data, expected_version=app.version)
    assert updated.requested_amount == D("150000")
    with pytest.raises(ConflictError):
        services.applications.update(app.id, data, expected_version=app.version)

    rejected = setting.application(A.REJECTED)
    unchanged = setting.application_input(organisation_id=rejected.organisation_id)
    # Saving what is there is no edit (a data workbook imported twice does it), so it is not refused.
    assert services.applications.update(rejected.id, unchanged, expected_version=rejected.version) == rejected
    with pytest.raises(WorkflowError, match="kept as it was"):
        services.applications.update(
            rejected.id, replace(unchanged, requested_amount=D("99")), expected_version=rejected.version
        )


def test_application_cannot_move_to_another_call(services: Services, setting: Setting) -> None:
    app = setting.application()
    other = setting.new_call("EOI-2022-02", C.OPEN)
    with pytest.raises(ValidationError, match="cannot move to another call"):
        services.applications.update(
            app.id,
            setting.application_input(organisation_id=app.organisation_id, call_id=other),
            expected_version=1,
        )


def test_delete_only_while_received_or_withdrawn(services: Services, setting: Setting) -> None:
    for status in ApplicationStatus:
        app = setting.application(status)
        if status in (A.RECEIVED, A.WITHDRAWN):
            services.applications.delete(app.id, expected_version=app.version)
            assert app.id not in {a.id for a in services.applications.find()}
        else:
            with pytest.raises(WorkflowError, match="cannot be deleted"):
                services.applications.delete(app.id, expected_version=app.version)
            assert services.applications.get(app.id).status == status


# Decisions -----------------------------------------------------------------------------------


@pytest.mark.parametrize("current", list(ApplicationStatus))
def test_every_decision_from(services: Services, setting: Setting, current: ApplicationStatus) -> None:
    for new in ApplicationStatus:
        app = setting.application(current)
        if (current, new) in ALLOWED:
            decided = services.applications.decide(
                app.id, new, "minuted by the panel", expected_version=app.version
            )
            assert decided.status == new
            assert decided.decision_reason == "minuted by the panel"
        else:
            with pytest.raises(WorkflowError, match=f"cannot become {new}"):
                services.applications.decide(
                    app.id, new, "minuted by the panel", expected_version=app.version
                )
            assert services.applications.get(app.id).status == current


@pytest.mark.parametrize(
    ("start", "decision"),
    [
        (A.RECEIVED, A.INELIGIBLE),
        (A.ELIGIBLE, A.REJECTED),
        (A.SHORTLISTED, A.REJECTED),
        (A.SHORTLISTED, A.SELECTED),
    ],
)
def test_decisions_for_the_applicant_need_a_written_reason(
    services: Services, setting: Setting, start: ApplicationStatus, decision: ApplicationStatus
) -> None:
    app = setting.application(start)
    for reason in (None, "", "   "):
        with pytest.raises(ValidationError) as error:
            services.applications.decide(app.id, decision, reason, expected_version=app.version)
        assert [p.field for p in error.value.problems] == ["reason"]
        assert services.applications.get(app.id).status == start

    decided = services.applications.decide(app.id, decision, " panel minute 7 ", expected_version=app.version)
    assert (decided.status, decided.decision_reason) == (decision, "panel minute 7")


def test_screening_and_withdrawal_need_no_reason(services: Services, setting: Setting) -> None:
    app = setting.application()
    app = services.applications.decide(app.id, A.ELIGIBLE, None, expected_version=app.version)
    app = services.applications.decide(app.id, A.SHORTLISTED, None, expected_version=app.version)
    app = services.applications.withdraw(app.id, expected_version=app.version)
    assert app.status == A.WITHDRAWN
    assert app.allowed_next_statuses == ()


def test_decision_is_audited_with_its_reason(
    services: Services, setting: Setting, database: Database
) -> None:
    app = setting.application(A.SHORTLISTED)
    services.applications.decide(app.id, A.REJECTED, "budget above the ceiling", expected_version=app.version)

    last = audit_rows(database, "applications", app.id)[-2:]
    assert {(r.field, r.old_value, r.new_value) for r in last} == {
        ("status", "shortlisted", "rejected"),
        ("decision_reason", "panel minute on shortlisted", "budget above the ceiling"),
    }
    assert {r.reason for r in last} == {"budget above the ceiling"}
    assert {r.action for r in last} == {AuditAction.UPDATE}


def test_stale_decision_is_refused(services: Services, setting: Setting) -> None:
    app = setting.application()
    services.applications.decide(app.id, A.ELIGIBLE, None, expected_version=app.version)
    with pytest.raises(ConflictError):
        services.applications.decide(app.id, A.INELIGIBLE, "no registration", expected_version=app.version)
    assert services.applications.get(app.id).status == A.ELIGIBLE


# Award ---------------------------------------------------------------------------------------


def test_award_creates_the_linked_project_prefilled_from_the_application(
    services: Services, setting: Setting, database: Database
) -> None:
    org = setting.organisation("Genesis Entrepreneurship Trust")
    app = setting.application(A.SELECTED, organisation_id=org)
    setting.set_call(C.UNDER_REVIEW)

    award = services.applications.award(app.id, project_code="BHA-ZW-01", expected_version=app.version)

    assert (award.project_code, award.partner_name, award.country) == (
        "BHA-ZW-01",
        "Genesis Entrepreneurship Trust",
        "ZW",
    )
    assert award.partner_due_diligence == "valid" and award.due_diligence_override is None
    [project] = projects_of(database, app.id)
    assert project.id == award.project_id
    assert (project.code, project.title, project.description) == (
        "BHA-ZW-01",
        "Classrooms for rural schools",
        "Four classrooms in Mashonaland East",
    )
    assert (project.partner_id, project.programme_id, project.call_id) == (
        org,
        setting.programme.id,
        setting.call_id,
    )
    assert (project.country, project.dac_code, project.sector) == (
        "ZW",
        "11120",
        "Education facilities and training",
    )
    assert (project.grant_amount, project.currency, project.status) == (
        D("180000.00"),
        "USD",
        ProjectStatus.PIPELINE,
    )
    assert services.applications.get(app.id).project_id == project.id
    assert [r.action for r in audit_rows(database, "projects", project.id)] == [AuditAction.INSERT]


def test_second_award_of_one_application_is_refused(
    services: Services, setting: Setting, database: Database
) -> None:
    app = setting.application(A.SELECTED)
    setting.set_call(C.UNDER_REVIEW)
    services.applications.award(app.id, project_code="BHA-ZW-01", expected_version=app.version)

    with pytest.raises(WorkflowError, match="already awarded as project BHA-ZW-01"):
        services.applications.award(app.id, project_code="BHA-ZW-02", expected_version=app.version)
    assert project_count(database) == 1


def test_awarded_call_may_still_award_the_rest_of_its_selection(services: Services, setting: Setting) -> None:
    first, second = setting.application(A.SELECTED), setting.application(A.SELECTED)
    setting.set_call(C.UNDER_REVIEW)
    services.applications.award(first.id, project_code="BHA-01", expected_version=first.version)
    setting.set_call(C.AWARDED)

    award = services.applications.award(second.id, project_code="BHA-02", expected_version=second.version)
    assert award.application_id == second.id


def test_only_a_selected_application_is_awarded(
    services: Services, setting: Setting, database: Database
) -> None:
    unselected = [
        setting.application(s) for s in (A.RECEIVED, A.ELIGIBLE, A.SHORTLISTED, A.REJECTED, A.WITHDRAWN)
    ]
    setting.set_call(C.UNDER_REVIEW)
    for n, app in enumerate(unselected):
        with pytest.raises(WorkflowError, match="only a selected application is awarded"):
            services.applications.award(app.id, project_code=f"BHA-{n}", expected_version=app.version)
    assert project_count(database) == 0


@pytest.mark.parametrize("call_status", [C.OPEN, C.CLOSED])
def test_award_waits_for_the_call_to_be_under_review(
    services: Services, setting: Setting, database: Database, call_status: CallStatus
) -> None:
    app = setting.application(A.SELECTED)
    setting.set_call(call_status)
    with pytest.raises(WorkflowError, match="once the call is under review"):
        services.applications.award(app.id, project_code="BHA-01", expected_version=app.version)
    assert project_count(database) == 0


def test_project_code_must_be_unique_and_nothing_is_half_done(
    services: Services, setting: Setting, database: Database
) -> None:
    first, second = setting.application(A.SELECTED), setting.application(A.SELECTED)
    setting.set_call(C.UNDER_REVIEW)
    services.applications.award(first.id, project_code="BHA-01", expected_version=first.version)

    with pytest.raises(DuplicateError, match="project code"):
        services.applications.award(second.id, project_code="bha-01", expected_version=second.version)
    assert services.applications.get(second.id).project_id is None
    assert project_count(database) == 1


def test_award_needs_a_country_when_the_application_names_none(services: Services, setting: Setting) -> None:
    app = setting.application(A.SELECTED, countries=())
    setting.set_call(C.UNDER_REVIEW)
    with pytest.raises(ValidationError) as error:
        services.applications.award(app.id, project_code="BHA-01", expected_version=app.version)
    assert [p.field for p in error.value.problems] == ["country"]

    award = services.applications.award(
        app.id, project_code="BHA-01", expected_version=app.version, country="tn"
    )
    assert award.country == "TN"


def test_award_with_a_stale_version_is_refused(
    services: Services, setting: Setting, database: Database
) -> None:
    app = setting.application(A.SELECTED)
    setting.set_call(C.UNDER_REVIEW)
    with pytest.raises(ConflictError):
        services.applications.award(app.id, project_code="BHA-01", expected_version=app.version - 1)
    assert project_count(database) == 0


# Due diligence ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "expiry", "said"),
    [
        (DueDiligenceStatus.IN_PROGRESS, None, "in progress (not cleared)"),
        (DueDiligenceStatus.CLEARED, dt.date(2022, 6, 30), "expired on 2022-06-30"),
    ],
)
def test_selecting_an_applicant_without_cleared_due_diligence_needs_a_written_override(
    services: Services,
    setting: Setting,
    database: Database,
    status: DueDiligenceStatus,
    expiry: dt.date | None,
    said: str,
) -> None:
    org = setting.organisation("Citizens Initiative", dd_status=status, dd_expiry=expiry)
    app = setting.application(A.SHORTLISTED, organisation_id=org)
    assert app.due_diligence_problem == said

    expected = re.escape(f"due diligence of Citizens Initiative is {said}: selecting it needs")
    with pytest.raises(DueDiligenceError, match=expected):
        services.applications.decide(app.id, A.SELECTED, "Best score", expected_version=app.version)
    assert services.applications.get(app.id).status == A.SHORTLISTED

    selected = services.applications.decide(
        app.id,
        A.SELECTED,
        "Best score",
        expected_version=app.version,
        due_diligence_override="Regional director cleared it pending the audit report",
    )
    assert (
        selected.status,
        selected.dd_override_state,
        selected.dd_override_by,
        selected.dd_override_on,
    ) == (
        A.SELECTED,
        said,
        "tester",
        dt.date(2022, 9, 15),
    )
    audited = {(r.field, r.new_value) for r in audit_rows(database, "applications", app.id)}
    assert ("dd_override_reason", "Regional director cleared it pending the audit report") in audited


def test_the_override_written_at_selection_carries_to_the_project(
    services: Services, setting: Setting, database: Database
) -> None:
    org = setting.organisation("Citizens Initiative", dd_status=DueDiligenceStatus.IN_PROGRESS)
    app = setting.application(A.SHORTLISTED, organisation_id=org)
    app = services.applications.decide(
        app.id, A.SELECTED, "Best score", expected_version=app.version, due_diligence_override="Audit pending"
    )
    setting.set_call(C.UNDER_REVIEW)
    award = services.applications.award(app.id, project_code="ZA-01", expected_version=app.version)
    assert award.due_diligence_override == "Audit pending"
    project = services.projects.get(award.project_id)
    assert (project.dd_override_reason, project.dd_override_state, project.dd_override_by) == (
        "Audit pending",
        "in progress (not cleared)",
        "tester",
    )


def test_awarding_after_due_diligence_expired_needs_an_override_of_its_own(
    services: Services, setting: Setting, database: Database
) -> None:
    org = setting.organisation("Genesis Entrepreneurship Trust", dd_expiry=dt.date(2022, 9, 1))
    app = setting.application(A.SHORTLISTED, organisation_id=org, received_date=dt.date(2022, 3, 1))
    organisation = services.organisations.get(org)
    services.organisations.update(
        org, replace(organisation_input(organisation), dd_expiry=dt.date(2023, 9, 1)), expected_version=1
    )
    app = services.applications.decide(app.id, A.SELECTED, "Best score", expected_version=app.version)
    organisation = services.organisations.get(org)
    services.organisations.update(
        org,
        replace(organisation_input(organisation), dd_expiry=dt.date(2022, 9, 1)),
        expected_version=organisation.version,
    )
    setting.set_call(C.UNDER_REVIEW)
    with pytest.raises(DueDiligenceError, match="expired on 2022-09-01: awarding a grant needs"):
        services.applications.award(app.id, project_code="ZW-01", expected_version=app.version)
    assert project_count(database) == 0
    award = services.applications.award(
        app.id, project_code="ZW-01", expected_version=app.version, due_diligence_override="Renewal filed"
    )
    assert services.projects.get(award.project_id).dd_override_state == "expired on 2022-09-01"


def test_donors_un_agencies_and_governments_do_not_apply(services: Services, setting: Setting) -> None:
    for kind in (OrganisationType.DONOR, OrganisationType.UN_AGENCY, OrganisationType.GOVERNMENT):
        org = setting.organisation(f"A {kind.value}", type=kind)
        with pytest.raises(ValidationError, match="do not apply to calls") as refused:
            services.applications.create(setting.application_input(organisation_id=org))
        assert [p.field for p in refused.value.problems] == ["organisation"]
    setting.organisation("Pontes Ricerche e Interventi")
    assert [o.name for o in services.organisations.applicants()] == ["Pontes Ricerche e Interventi"]


def test_an_application_says_why_it_cannot_be_awarded_yet(services: Services, setting: Setting) -> None:
    app = setting.application(A.SELECTED)
    assert app.award_blocked == (
        "call EOI-2022-01 is open: grants are awarded once the call is under review "
        "(Calls page: Close and start review)"
    )
    setting.set_call(C.UNDER_REVIEW)
    assert services.applications.get(app.id).award_blocked is None


def organisation_input(view: Any) -> OrganisationInput:
    from diaspora_grants.services.inputs import input_of

    return input_of(view, OrganisationInput)


def test_a_workbook_import_keeps_a_selection_it_brings_marked_as_without_a_written_override(
    services: Services, setting: Setting
) -> None:
    org = setting.organisation("Citizens Initiative", dd_status=DueDiligenceStatus.IN_PROGRESS)
    app = setting.application(A.SHORTLISTED, organisation_id=org)
    with services.unit_of_work(reason="import of calls.xlsx") as uow:
        selected = uow.applications.decide(app.id, A.SELECTED, "Panel minute 4", expected_version=app.version)
    assert (selected.decision_reason, selected.dd_override_reason) == (
        "Panel minute 4",
        "import of calls.xlsx: recorded without a written override",
    )
