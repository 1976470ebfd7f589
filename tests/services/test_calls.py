"""Calls for expressions of interest: details, validation, status workflow, criteria, locking, audit."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Row, select

from diaspora_grants.db.engine import Database
from diaspora_grants.db.models import AuditEntry
from diaspora_grants.domain.enums import AuditAction, CallStatus
from diaspora_grants.domain.errors import (
    ConflictError,
    DuplicateError,
    NotFoundError,
    ReasonRequiredError,
    ValidationError,
    WorkflowError,
)
from diaspora_grants.services.applications import ApplicationInput
from diaspora_grants.services.calls import CallInput, CriterionInput
from diaspora_grants.services.organisations import OrganisationInput
from diaspora_grants.services.programmes import ProgrammeInput
from diaspora_grants.services.registry import Services
from diaspora_grants.services.reviews import ReviewInput
from tests.conftest import make_services

C = CallStatus
D = Decimal

#: The route a call takes to reach each status, one allowed step at a time.
ROUTE_TO: dict[CallStatus, tuple[CallStatus, ...]] = {
    C.DRAFT: (),
    C.OPEN: (C.OPEN,),
    C.CLOSED: (C.OPEN, C.CLOSED),
    C.UNDER_REVIEW: (C.OPEN, C.CLOSED, C.UNDER_REVIEW),
    C.AWARDED: (C.OPEN, C.CLOSED, C.UNDER_REVIEW, C.AWARDED),
    C.CANCELLED: (C.CANCELLED,),
}

#: The workflow of the issue: draft -> open -> closed -> under review -> awarded, cancelled before awarded.
ALLOWED = {
    (C.DRAFT, C.OPEN),
    (C.OPEN, C.CLOSED),
    (C.CLOSED, C.UNDER_REVIEW),
    (C.UNDER_REVIEW, C.AWARDED),
    *((s, C.CANCELLED) for s in (C.DRAFT, C.OPEN, C.CLOSED, C.UNDER_REVIEW)),
}

CRITERIA = [
    CriterionInput(name="Relevance", weight=D(40), max_score=5),
    CriterionInput(name="Capacity", weight=D(30), max_score=10),
    CriterionInput(name="Value for money", weight=D(30), max_score=5),
]


@pytest.fixture
def programme_id(services: Services) -> int:
    return services.programmes.create(
        ProgrammeInput(
            code="BHA-DIASPORA",
            name="Diaspora partners in COVID-19 response",
            start_date=dt.date(2022, 1, 1),
            end_date=dt.date(2023, 3, 31),
        )
    ).id


def eoi(programme_id: int, reference: str = "EOI-2022-01", **change: object) -> CallInput:
    call = CallInput(
        reference=reference,
        title="Diaspora organisations in the COVID-19 response",
        programme_id=programme_id,
        eligible_countries=("lb", "TN", "ZW"),
        eligible_sectors=("15153", "11120"),
        envelope_amount=D("1200000"),
        currency="usd",
        ceiling_per_grant=D("200000"),
        launch_date=dt.date(2022, 2, 1),
        clarification_date=dt.date(2022, 2, 20),
        submission_deadline=dt.date(2022, 3, 15),
        decision_date=dt.date(2022, 4, 30),
    )
    return replace(call, **change)  # type: ignore[arg-type]


def call_at(services: Services, programme_id: int, status: CallStatus, reference: str) -> int:
    """A call with criteria weighted to 100, moved step by step to `status` (awarded: once a
    selected application was awarded as a project)."""
    call = services.calls.create(eoi(programme_id, reference))
    call = services.calls.set_criteria(call.id, CRITERIA, expected_version=call.version)
    for step in ROUTE_TO[status]:
        if step == C.AWARDED:
            award_one(services, call.id, reference)
            call = services.calls.get(call.id)
        call = services.calls.change_status(call.id, step, expected_version=call.version)
    assert call.status == status
    return call.id


def award_one(services: Services, call_id: int, reference: str) -> None:
    """Record a late application to a call under review, select it and award it."""
    org = services.organisations.create(OrganisationInput(name=f"Applicant to {reference}"))
    app = services.applications.create(
        ApplicationInput(
            call_id=call_id,
            organisation_id=org.id,
            received_date=dt.date(2022, 3, 20),
            title="Youth hubs",
            countries=("LB",),
            is_late=True,
            late_reason="courier delay",
        )
    )
    for status in ("eligible", "shortlisted"):
        app = services.applications.decide(app.id, status, None, expected_version=app.version)  # type: ignore[arg-type]
    app = services.applications.decide(
        app.id,
        "selected",  # type: ignore[arg-type]
        "best scored",
        expected_version=app.version,
        due_diligence_override="cleared by the regional office, paperwork in transit",
    )
    services.applications.award(app.id, project_code=f"P-{reference}", expected_version=app.version)


def audit_rows(database: Database, table: str, record_id: int) -> list[Row[Any]]:
    """The audit trail of one record, oldest first, read the way an auditor would: straight from the table."""
    with database.session(user="auditor", write=False) as session:
        return list(
            session.execute(
                select(
                    AuditEntry.action,
                    AuditEntry.field,
                    AuditEntry.old_value,
                    AuditEntry.new_value,
                    AuditEntry.user_name,
                    AuditEntry.reason,
                )
                .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
                .order_by(AuditEntry.id)
            )
        )


def test_created_call_is_a_draft_with_normalised_codes(services: Services, programme_id: int) -> None:
    call = services.calls.create(eoi(programme_id))

    assert call.status == C.DRAFT
    assert call.programme_code == "BHA-DIASPORA"
    assert call.eligible_countries == ("LB", "TN", "ZW")
    assert call.currency == "USD"
    assert call.application_count == 0
    assert call.criteria == ()
    assert call.allowed_next_statuses == (C.OPEN, C.CANCELLED)
    assert call.updated_by == "tester"
    assert services.calls.get_by_reference("eoi-2022-01").id == call.id


INVALID_CALLS: list[tuple[dict[str, Any], str]] = [
    ({"reference": " "}, "reference"),
    ({"title": ""}, "title"),
    ({"currency": "dollars"}, "currency"),
    ({"eligible_countries": ("LB", "XX")}, "eligible countries"),
    ({"envelope_amount": D("-1")}, "envelope amount"),
    ({"ceiling_per_grant": D("1300000")}, "ceiling per grant"),
    ({"clarification_date": dt.date(2022, 1, 15)}, "clarification date"),
    ({"submission_deadline": dt.date(2022, 2, 10)}, "submission deadline"),
    ({"decision_date": dt.date(2022, 3, 1)}, "decision date"),
    # Without a clarification date the deadline is still checked against the launch.
    ({"clarification_date": None, "submission_deadline": dt.date(2022, 1, 31)}, "submission deadline"),
]


def test_invalid_call_names_the_field_and_saves_nothing(services: Services, programme_id: int) -> None:
    for change, field in INVALID_CALLS:
        with pytest.raises(ValidationError) as error:
            services.calls.create(eoi(programme_id, **change))
        assert [p.field for p in error.value.problems] == [field], change
    assert services.calls.find() == []


def test_ceiling_equal_to_envelope_is_accepted(services: Services, programme_id: int) -> None:
    call = services.calls.create(eoi(programme_id, ceiling_per_grant=D("1200000")))
    assert call.ceiling_per_grant == D("1200000")


def test_unknown_programme_is_refused(services: Services, programme_id: int) -> None:
    with pytest.raises(ValidationError, match="programme"):
        services.calls.create(eoi(programme_id + 99))


def test_reference_is_unique_whatever_the_case(services: Services, programme_id: int) -> None:
    services.calls.create(eoi(programme_id))
    with pytest.raises(DuplicateError, match="already exists"):
        services.calls.create(eoi(programme_id, reference="eoi-2022-01"))


def test_find_filters_by_programme_status_and_search(services: Services, programme_id: int) -> None:
    other = services.programmes.create(
        ProgrammeInput(
            code="RDPP-NA",
            name="RDPP North Africa",
            start_date=dt.date(2021, 1, 1),
            end_date=dt.date(2023, 12, 31),
        )
    )
    call_at(services, programme_id, C.OPEN, "EOI-2022-01")
    services.calls.create(eoi(other.id, "RDPP-EG-01", title="Living Together campaign partners"))

    assert [c.reference for c in services.calls.find(programme_id=other.id)] == ["RDPP-EG-01"]
    assert [c.reference for c in services.calls.find(status=C.OPEN)] == ["EOI-2022-01"]
    assert [c.reference for c in services.calls.find(search="living")] == ["RDPP-EG-01"]
    assert [c.reference for c in services.calls.find(search="eoi-2022")] == ["EOI-2022-01"]
    with pytest.raises(NotFoundError):
        services.calls.get_by_reference("EOI-1999")


@pytest.mark.parametrize("current", list(CallStatus))
def test_every_status_change_from(services: Services, programme_id: int, current: CallStatus) -> None:
    for n, new in enumerate(CallStatus):
        call_id = call_at(services, programme_id, current, f"EOI-{current}-{n}")
        version = services.calls.get(call_id).version
        if (current, new) in ALLOWED:
            if new == C.AWARDED:
                award_one(services, call_id, f"EOI-{current}-{n}")
                version = services.calls.get(call_id).version
            changed = services.calls.change_status(call_id, new, expected_version=version)
            assert changed.status == new
        else:
            with pytest.raises(WorkflowError, match=f"cannot become {new}"):
                services.calls.change_status(call_id, new, expected_version=version)
            assert services.calls.get(call_id).status == current


def test_call_edited_by_someone_else_is_not_overwritten(
    services: Services, programme_id: int, database: Database, tmp_path: Path
) -> None:
    colleague = make_services(database, tmp_path, user="amira")
    mine = services.calls.create(eoi(programme_id))
    theirs = colleague.calls.get(mine.id)

    colleague.calls.update(
        mine.id, eoi(programme_id, title="COVID-19 diaspora response"), expected_version=theirs.version
    )

    with pytest.raises(ConflictError) as error:
        services.calls.update(mine.id, eoi(programme_id, currency="EUR"), expected_version=mine.version)
    assert error.value.changed_by == "amira"
    with pytest.raises(ConflictError):
        services.calls.change_status(mine.id, C.OPEN, expected_version=mine.version)
    current = services.calls.get(mine.id)
    assert (current.title, current.currency, current.status) == ("COVID-19 diaspora response", "USD", C.DRAFT)


def test_call_with_applications_cannot_be_deleted(services: Services, programme_id: int) -> None:
    call_id = call_at(services, programme_id, C.OPEN, "EOI-2022-01")
    org = services.organisations.create(OrganisationInput(name="Citizens Initiative", hq_country="ZA"))
    services.applications.create(
        ApplicationInput(
            call_id=call_id, organisation_id=org.id, received_date=dt.date(2022, 3, 1), title="Youth hubs"
        )
    )
    call = services.calls.get(call_id)
    assert call.application_count == 1

    with pytest.raises(ValidationError, match=r"has 1 application.*cancel the call instead"):
        services.calls.delete(call_id, expected_version=call.version)
    assert services.calls.get(call_id).reference == "EOI-2022-01"


def test_delete_removes_the_call_and_its_criteria(
    services: Services, programme_id: int, database: Database
) -> None:
    call = services.calls.create(eoi(programme_id))
    call = services.calls.set_criteria(call.id, CRITERIA, expected_version=call.version)

    services.calls.delete(call.id, expected_version=call.version)

    assert services.calls.find() == []
    assert [r.action for r in audit_rows(database, "calls", call.id)] == [
        AuditAction.INSERT,
        AuditAction.DELETE,
    ]
    assert audit_rows(database, "criteria", call.criteria[0].id)[-1].action == AuditAction.DELETE


def test_each_change_to_a_call_leaves_audit_rows(
    services: Services, programme_id: int, database: Database
) -> None:
    call = services.calls.create(eoi(programme_id))
    call = services.calls.update(
        call.id, eoi(programme_id, title="COVID-19 response"), expected_version=call.version
    )
    call = services.calls.set_criteria(call.id, CRITERIA, expected_version=call.version)
    services.calls.change_status(call.id, C.OPEN, expected_version=call.version)

    rows = audit_rows(database, "calls", call.id)
    assert rows[0].action == AuditAction.INSERT
    assert "EOI-2022-01" in (rows[0].new_value or "")
    changes = [(r.field, r.old_value, r.new_value, r.user_name) for r in rows[1:]]
    assert changes == [
        ("title", "Diaspora organisations in the COVID-19 response", "COVID-19 response", "tester"),
        ("status", "draft", "open", "tester"),
    ]


# Criteria ---------------------------------------------------------------------------------


def test_criteria_are_set_in_order_and_matched_by_name(
    services: Services, programme_id: int, database: Database
) -> None:
    call = services.calls.create(eoi(programme_id))
    call = services.calls.set_criteria(call.id, CRITERIA, expected_version=call.version)
    relevance = call.criteria[0]

    call = services.calls.set_criteria(
        call.id,
        [
            CriterionInput(name="relevance", weight=D(50), max_score=5),
            CriterionInput(name="Capacity", weight=D(50), max_score=10),
        ],
        expected_version=call.version,
    )

    assert [(c.name, c.weight, c.max_score, c.position) for c in call.criteria] == [
        ("relevance", D(50), 5, 0),
        ("Capacity", D(50), 10, 1),
    ]
    assert call.criteria[0].id == relevance.id
    changed = {
        (r.field, r.old_value, r.new_value) for r in audit_rows(database, "criteria", relevance.id)[1:]
    }
    assert changed == {("name", "Relevance", "relevance"), ("weight", "40", "50")}


def test_invalid_criterion_names_the_field(services: Services, programme_id: int) -> None:
    call = services.calls.create(eoi(programme_id))
    for criterion, field in [
        (CriterionInput(name="Relevance", weight=D(0)), "weight"),
        (CriterionInput(name="Relevance", weight=D(-5)), "weight"),
        (CriterionInput(name="Relevance", weight=D(10), max_score=0), "maximum score"),
        (CriterionInput(name=" ", weight=D(10)), "criterion name"),
    ]:
        with pytest.raises(ValidationError) as error:
            services.calls.add_criterion(call.id, criterion)
        assert [p.field for p in error.value.problems] == [field]
        with pytest.raises(ValidationError):
            services.calls.set_criteria(call.id, [criterion], expected_version=call.version)
    assert services.calls.get(call.id).criteria == ()


def test_criterion_names_must_differ(services: Services, programme_id: int) -> None:
    call = services.calls.create(eoi(programme_id))
    services.calls.add_criterion(call.id, CRITERIA[0])
    with pytest.raises(DuplicateError, match="given twice"):
        services.calls.add_criterion(call.id, replace(CRITERIA[1], name="RELEVANCE"))
    with pytest.raises(DuplicateError):
        services.calls.set_criteria(call.id, [CRITERIA[0], CRITERIA[0]], expected_version=call.version)


def test_add_update_and_delete_a_criterion(services: Services, programme_id: int) -> None:
    call = services.calls.create(eoi(programme_id))
    first = services.calls.add_criterion(call.id, CRITERIA[0])
    second = services.calls.add_criterion(call.id, CRITERIA[1])
    assert (first.position, second.position) == (0, 1)

    updated = services.calls.update_criterion(
        second.id, replace(CRITERIA[1], weight=D(60)), expected_version=1
    )
    assert updated.weight == D(60)
    with pytest.raises(ConflictError):
        services.calls.update_criterion(second.id, replace(CRITERIA[1], weight=D(70)), expected_version=1)
    services.calls.delete_criterion(first.id, expected_version=first.version)

    assert [(c.name, c.weight) for c in services.calls.get(call.id).criteria] == [("Capacity", D(60))]


def scored_call(services: Services, programme_id: int) -> tuple[Any, int]:
    """An open call whose first criterion holds one review's score."""
    call = services.calls.create(eoi(programme_id))
    call = services.calls.set_criteria(call.id, CRITERIA, expected_version=call.version)
    call = services.calls.change_status(call.id, C.OPEN, expected_version=call.version)
    org = services.organisations.create(
        OrganisationInput(name="Pontes Ricerche e Interventi", hq_country="IT")
    )
    app = services.applications.create(
        ApplicationInput(
            call_id=call.id, organisation_id=org.id, received_date=dt.date(2022, 3, 1), title="Media literacy"
        )
    )
    app = services.applications.decide(app.id, "eligible", None, expected_version=app.version)  # type: ignore[arg-type]
    review = services.reviews.create(
        ReviewInput(application_id=app.id, reviewer="Leila", scores={call.criteria[0].id: D(4)})
    )
    return services.calls.get(call.id), review.id


def test_criteria_changes_need_a_reason_once_a_review_holds_scores(
    services: Services, programme_id: int
) -> None:
    call, _review = scored_call(services, programme_id)
    assert call.scores_held == 1
    relevance = call.criteria[0]

    message = "already hold 1 score.*Give the reason"
    with pytest.raises(ReasonRequiredError, match=message):
        services.calls.update_criterion(relevance.id, replace(CRITERIA[0], weight=D(10)), expected_version=1)
    with pytest.raises(ReasonRequiredError, match=message):
        services.calls.delete_criterion(relevance.id, expected_version=1)
    with pytest.raises(ReasonRequiredError, match=message):
        services.calls.add_criterion(call.id, CriterionInput(name="Innovation", weight=D(10)))
    changed = [replace(CRITERIA[0], weight=D(50)), replace(CRITERIA[1], weight=D(50))]
    with pytest.raises(ReasonRequiredError, match=message):
        services.calls.set_criteria(call.id, changed, expected_version=call.version)
    assert [c.weight for c in services.calls.get(call.id).criteria] == [D(40), D(30), D(30)]
    # Saving the criteria as they are changes no score and asks nothing.
    services.calls.set_criteria(call.id, CRITERIA, expected_version=call.version)


def test_a_criteria_change_with_a_reason_is_saved_and_audited_with_it(
    services: Services, programme_id: int, database: Database
) -> None:
    call, review_id = scored_call(services, programme_id)
    capacity = call.criteria[1]
    changed = [replace(CRITERIA[0], weight=D(60)), replace(CRITERIA[2], weight=D(40))]

    saved = services.calls.set_criteria(
        call.id, changed, expected_version=call.version, reason="Donor asked to drop capacity"
    )

    assert [(c.name, c.weight) for c in saved.criteria] == [("Relevance", D(60)), ("Value for money", D(40))]
    assert services.reviews.get(review_id).weighted_score == D(48)  # 4/5 of 60 points
    [deleted] = audit_rows(database, "criteria", capacity.id)[1:]
    assert (deleted.action, deleted.reason) == (AuditAction.DELETE, "Donor asked to drop capacity")
    weight = audit_rows(database, "criteria", call.criteria[0].id)[-1]
    assert (weight.field, weight.old_value, weight.new_value, weight.reason) == (
        "weight",
        "40",
        "60",
        "Donor asked to drop capacity",
    )


def test_a_scored_criterion_removed_takes_its_scores_with_it_on_the_record(
    services: Services, programme_id: int, database: Database
) -> None:
    call, review_id = scored_call(services, programme_id)
    relevance = call.criteria[0]
    [score_id] = [
        r.record_id
        for r in services.audit.find(table="review_scores", limit=10)
        if r.action == AuditAction.INSERT
    ]
    services.calls.set_criteria(
        call.id,
        [replace(CRITERIA[1], weight=D(50)), replace(CRITERIA[2], weight=D(50))],
        expected_version=call.version,
        reason="Relevance is judged at eligibility",
    )
    assert services.reviews.get(review_id).scores == {}
    assert audit_rows(database, "review_scores", score_id)[-1].action == AuditAction.DELETE
    assert audit_rows(database, "criteria", relevance.id)[-1].action == AuditAction.DELETE


def test_a_scored_criterion_cannot_be_scored_out_of_less_than_a_score_given(
    services: Services, programme_id: int
) -> None:
    call, _review = scored_call(services, programme_id)
    lowered = [replace(CRITERIA[0], max_score=3), *CRITERIA[1:]]
    with pytest.raises(ValidationError, match="scored Relevance 4; the maximum cannot go below that"):
        services.calls.set_criteria(call.id, lowered, expected_version=call.version, reason="scale change")


# Rules of the workflow ----------------------------------------------------------------------


def test_criteria_saved_as_a_set_must_weigh_100(services: Services, programme_id: int) -> None:
    call = services.calls.create(eoi(programme_id))
    partial = [CriterionInput(name="Relevance", weight=D(25)), CriterionInput(name="Capacity", weight=D(20))]
    with pytest.raises(ValidationError, match="weights total 45; they must total 100"):
        services.calls.set_criteria(call.id, partial, expected_version=call.version)
    assert services.calls.get(call.id).criteria == ()


def test_a_call_opens_only_with_criteria_weighing_100(services: Services, programme_id: int) -> None:
    call = services.calls.create(eoi(programme_id))
    assert call.step(C.OPEN).blocked == (
        "the call has no evaluation criteria; add them with weights totalling 100 before the call opens"
    )
    services.calls.add_criterion(call.id, CriterionInput(name="Relevance", weight=D(45)))
    call = services.calls.get(call.id)
    assert call.next_status == C.OPEN and call.criteria_total == D(45)
    with pytest.raises(WorkflowError, match="weights total 45; they must total 100 before the call opens"):
        services.calls.change_status(call.id, C.OPEN, expected_version=call.version)
    services.calls.add_criterion(call.id, CriterionInput(name="Capacity", weight=D(55)))
    call = services.calls.get(call.id)
    assert call.step(C.OPEN).allowed
    assert services.calls.change_status(call.id, C.OPEN, expected_version=call.version).status == C.OPEN


def test_closing_before_the_deadline_needs_a_reason_kept_in_the_audit_trail(
    services: Services, programme_id: int, database: Database
) -> None:
    call_id = call_at(services, programme_id, C.OPEN, "EOI-2022-09")
    call = services.calls.get(call_id)
    call = services.calls.update(
        call_id,
        eoi(programme_id, "EOI-2022-09", submission_deadline=dt.date(2022, 9, 30), decision_date=None),
        expected_version=call.version,
    )
    step = call.step(C.CLOSED)
    assert step.allowed and step.asks is not None
    assert step.asks.startswith("The submission deadline is 2022-09-30, 15 days from today.")
    with pytest.raises(ReasonRequiredError, match="Why is the call closed early"):
        services.calls.change_status(call_id, C.CLOSED, expected_version=call.version)
    closed = services.calls.change_status(
        call_id, C.CLOSED, expected_version=call.version, reason="Envelope fully committed"
    )
    assert closed.status == C.CLOSED
    last = audit_rows(database, "calls", call_id)[-1]
    assert (last.field, last.new_value, last.reason) == ("status", "closed", "Envelope fully committed")


def test_a_call_is_marked_awarded_only_once_a_grant_was_awarded(
    services: Services, programme_id: int
) -> None:
    call_id = call_at(services, programme_id, C.UNDER_REVIEW, "EOI-2022-07")
    call = services.calls.get(call_id)
    assert call.next_status == C.AWARDED
    assert call.step(C.AWARDED).blocked == (
        "no grant has been awarded from this call yet: "
        "award a selected application on the Applications page first"
    )
    with pytest.raises(WorkflowError, match="no grant has been awarded"):
        services.calls.change_status(call_id, C.AWARDED, expected_version=call.version)
    award_one(services, call_id, "EOI-2022-07")
    call = services.calls.get(call_id)
    assert call.awarded_count == 1 and call.step(C.AWARDED).allowed


def test_an_open_call_says_how_to_reach_review(services: Services, programme_id: int) -> None:
    call = services.calls.get(call_at(services, programme_id, C.OPEN, "EOI-2022-08"))
    assert call.next_status == C.CLOSED
    assert call.step(C.UNDER_REVIEW).blocked == (
        "call EOI-2022-08 is open: it cannot become under review before it is closed "
        "(Close and start review does both)"
    )
    assert call.step(C.AWARDED).blocked == (
        "call EOI-2022-08 is open: it cannot become awarded yet: grants are awarded once it is under review"
    )


def test_deleting_a_criterion_leaves_an_audit_entry(
    services: Services, programme_id: int, database: Database
) -> None:
    call = services.calls.create(eoi(programme_id))
    call = services.calls.set_criteria(call.id, CRITERIA, expected_version=call.version)
    value_for_money = call.criteria[2]
    services.calls.set_criteria(
        call.id, [CRITERIA[0], replace(CRITERIA[1], weight=D(60))], expected_version=call.version
    )
    rows = audit_rows(database, "criteria", value_for_money.id)
    assert [r.action for r in rows] == [AuditAction.INSERT, AuditAction.DELETE]
    assert "Value for money" in (rows[-1].old_value or "")
