"""Importing calls, criteria, applications and reviews.

Creating a record restores history as it was, so a new application may already be "selected" and
its reviews may exist. Changing an existing record follows the workflow: a status may only move
the way the app allows, and criteria already used by reviewers stay as they are.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from ..db.models import Application, Call, Criterion, Review, ReviewScore
from ..domain.enums import ApplicationStatus, CallStatus
from ..domain.errors import ValidationError
from ..domain.workflows import REASON_REQUIRED, check_application_transition, check_call_transition
from ..services import applications as application_rules
from ..services import calls as call_rules
from ..services import reviews as review_rules
from ..services.applications import ApplicationInput
from ..services.calls import CallInput, CriterionInput
from ..services.reviews import ReviewInput
from . import cells, lookups
from .import_run import CHANGED, CREATED, UNCHANGED, ImportRun, save
from .problems import CellError
from .rows import Row

CALL_ALIASES = {"envelope amount": "Envelope amount", "programme": "Programme"}
CRITERION_ALIASES = {"criterion name": "Name", "maximum score": "Max score", "criteria": "Name"}
APPLICATION_ALIASES = {
    "received date": "Received",
    "late reason": "Late reason",
    "organisation": "Organisation",
}
REVIEW_ALIASES = {"scores": "Scores", "reviewer": "Reviewer"}


def call(run: ImportRun, row: Row) -> str:
    reference = row.text("Reference", 60, required=True)
    owner = lookups.required_ref(row, "Programme", lookups.programme, sheet_hint="Programmes")
    row.check()
    found = lookups.call(row.session, reference)

    def keep(name: str) -> object:
        return getattr(found, name) if found is not None else None

    data = CallInput(
        reference=reference,
        title=row.text("Title", 300, required=True),
        programme_id=owner.id,
        description=row.text("Description", keep=keep("description")),
        eligible_countries=row.codes("Eligible countries", upper=True, keep=keep("eligible_countries") or ()),
        eligible_sectors=row.codes("Eligible sectors", keep=keep("eligible_sectors") or ()),
        envelope_amount=row.decimal("Envelope amount", keep=keep("envelope_amount")),
        currency=row.text("Currency", 3, keep=keep("currency")) or "USD",
        ceiling_per_grant=row.decimal("Ceiling per grant", keep=keep("ceiling_per_grant")),
        launch_date=row.date("Launch date", keep=keep("launch_date")),
        clarification_date=row.date("Clarification date", keep=keep("clarification_date")),
        submission_deadline=row.date("Submission deadline", keep=keep("submission_deadline")),
        decision_date=row.date("Decision date", keep=keep("decision_date")),
    )
    status = row.choice("Status", CallStatus, default=CallStatus.DRAFT, keep=keep("status"))
    row.check()
    values = call_rules._validated(data)
    call_rules._check_references(row.session, values, found.id if found else None)
    if found is not None:
        if found.programme_id != owner.id and call_rules._application_count(row.session, found.id):
            raise ValidationError.single(
                "programme", "applications were received under this call; it cannot move"
            )
        if found.status != status:
            check_call_transition(found.status, status)
    return save(row.session, Call, found, {**values, "status": status})


def criterion(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Call", lookups.call, sheet_hint="Calls")
    name = row.text("Name", 200, required=True)
    weight = row.decimal("Weight", required=True)
    row.check()
    found = row.session.scalars(
        select(Criterion).where(Criterion.call_id == owner.id, func.lower(Criterion.name) == name.lower())
    ).first()
    data = CriterionInput(
        name=name,
        weight=weight,
        max_score=row.whole("Max score", keep=found.max_score if found else 5) or 5,
        description=row.text("Description", keep=found and found.description),
    )
    row.check()
    values = call_rules._validated_criterion(data)
    if found is None:
        call_rules._check_criteria_unlocked(row.session, owner)
        last = row.session.scalar(select(func.max(Criterion.position)).where(Criterion.call_id == owner.id))
        return save(
            row.session,
            Criterion,
            None,
            {**values, "call_id": owner.id, "position": (-1 if last is None else last) + 1},
        )
    if any(getattr(found, k) != v for k, v in values.items()):
        call_rules._check_criteria_unlocked(row.session, owner)
    return save(row.session, Criterion, found, values)


def application(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Call", lookups.call, sheet_hint="Calls")
    applicant = lookups.required_ref(row, "Organisation", lookups.organisation, sheet_hint="Organisations")
    row.check()
    found = lookups.application(row.session, owner.id, applicant.id)

    def keep(name: str) -> object:
        return getattr(found, name) if found is not None else None

    data = ApplicationInput(
        call_id=owner.id,
        organisation_id=applicant.id,
        received_date=row.date("Received", required=True),
        title=row.text("Title", 300, required=True),
        summary=row.text("Summary", keep=keep("summary")),
        countries=row.codes("Countries", upper=True, keep=keep("countries") or ()),
        sector=row.text("Sector", 120, keep=keep("sector")),
        requested_amount=row.decimal("Requested amount", keep=keep("requested_amount")),
        currency=row.text("Currency", 3, keep=keep("currency")) or "USD",
        is_late=row.yes_no("Late", keep=keep("is_late")),
        late_reason=row.text("Late reason", keep=keep("late_reason")),
    )
    status = row.choice("Status", ApplicationStatus, default=ApplicationStatus.RECEIVED, keep=keep("status"))
    reason = row.text("Decision reason", keep=keep("decision_reason"))
    row.check()
    values = application_rules._validated(data)
    application_rules._check_organisation(row.session, values, found.id if found else None)
    application_rules._check_not_in_future(values["received_date"], row.today)
    if status in REASON_REQUIRED and not reason:
        raise ValidationError.single(
            "decision reason", f"an application that is {status} needs the reason why"
        )
    if found is not None and found.status != status:
        check_application_transition(found.status, status)
    return save(row.session, Application, found, {**values, "status": status, "decision_reason": reason})


def review(run: ImportRun, row: Row) -> str:
    owner = lookups.required_ref(row, "Call", lookups.call, sheet_hint="Calls")
    applicant = lookups.required_ref(row, "Organisation", lookups.organisation, sheet_hint="Organisations")
    reviewer = row.text("Reviewer", 120, required=True)
    row.check()
    applied = lookups.application(row.session, owner.id, applicant.id)
    if applied is None:
        row.problem(
            "Organisation",
            f"{applicant.name} has no application to call {owner.reference}",
            "add the application on the Applications sheet",
        )
        row.check()
    assert applied is not None
    found = row.session.scalars(
        select(Review).where(
            Review.application_id == applied.id, func.lower(Review.reviewer) == reviewer.lower()
        )
    ).first()
    scores = _scores(row, owner.id, found)
    data = ReviewInput(
        application_id=applied.id,
        reviewer=reviewer,
        scores=scores,
        comment=row.text("Comment", keep=found and found.comment),
        conflict_of_interest=row.yes_no("Conflict of interest", keep=found and found.conflict_of_interest),
        conflict_note=row.text("Conflict note", keep=found and found.conflict_note),
    )
    row.check()
    values, checked = review_rules._validated(row.session, data, applied)
    review_rules._check_reviewer_free(row.session, applied.id, reviewer, found.id if found else None)
    if found is None:
        record = Review(application_id=applied.id, **values)
        record.scores = [ReviewScore(criterion_id=c, score=s) for c, s in checked.items()]
        row.session.add(record)
        return CREATED
    fields_changed = any(getattr(found, k) != v for k, v in values.items())
    same_scores = {s.criterion_id: Decimal(s.score) for s in found.scores} == checked
    if not fields_changed and same_scores:
        return UNCHANGED
    review_rules._check_reviewable(applied)
    save(row.session, Review, found, values)
    review_rules._replace_scores(row.session, found, checked)
    return CHANGED


def _scores(row: Row, call_id: int, found: Review | None) -> dict[int, Decimal]:
    """Scores written as "Criterion name: 4; Other criterion: 3.5"."""
    if not row.present("Scores"):
        return {s.criterion_id: Decimal(s.score) for s in found.scores} if found else {}
    text = row.text("Scores")
    criteria = {
        c.name.casefold(): c.id
        for c in row.session.scalars(select(Criterion).where(Criterion.call_id == call_id))
    }
    scores: dict[int, Decimal] = {}
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        name, colon, raw = part.rpartition(":")
        criterion_id = criteria.get(name.strip().casefold())
        if not colon or criterion_id is None:
            row.problem(
                "Scores",
                f"'{part.strip()[:60]}' does not name a criterion of the call",
                "write 'Criterion name: score; Other criterion: score' with the names of the Criteria sheet",
            )
            continue
        try:
            value = cells.number(raw)
        except CellError as error:
            row.problem("Scores", f"{name.strip()}: {error.message}", error.fix)
            continue
        if value is not None:
            scores[criterion_id] = value
    return scores
