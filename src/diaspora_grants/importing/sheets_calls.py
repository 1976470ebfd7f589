"""Importing calls, criteria, applications and reviews through their services.

A new record is entered as the file has it (`record`): a call may have run and an application
may be decided already. Changing an existing record follows the workflow: a status moves only the
way the app allows, and criteria already used by reviewers stay as they are.
"""

from __future__ import annotations

from decimal import Decimal

from ..domain.enums import ApplicationStatus, CallStatus
from ..domain.errors import WorkflowError
from ..services.applications import ApplicationInput, ApplicationView
from ..services.calls import CallInput, CallView, CriterionInput
from ..services.reviews import ReviewInput, ReviewView
from . import cells
from .import_run import CREATED, ImportRun, outcome
from .lookups import by, found, required_ref
from .problems import CellError
from .rows import Row

CALL_ALIASES = {"envelope amount": "Envelope amount", "programme": "Programme"}
CRITERION_ALIASES = {"criterion name": "Name", "maximum score": "Max score", "criteria": "Name"}
APPLICATION_ALIASES = {
    "received date": "Received",
    "late reason": "Late reason",
    "organisation": "Organisation",
    "reason": "Decision reason",
}
REVIEW_ALIASES = {"scores": "Scores", "reviewer": "Reviewer"}


def call(run: ImportRun, row: Row) -> str:
    uow = run.uow
    reference = row.text("Reference", 60, required=True)
    owner = required_ref(row, "Programme", by(uow.programmes.get_by_code), sheet_hint="Programmes")
    row.check()
    assert owner is not None
    current = found(uow.calls.get_by_reference, reference)

    def keep(name: str) -> object:
        return getattr(current, name) if current is not None else None

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
    if current is None:
        uow.calls.record(data, status)
        return CREATED
    saved: CallView = uow.calls.update(current.id, data, expected_version=current.version)
    if saved.status != status:
        saved = uow.calls.change_status(current.id, status, expected_version=saved.version)
    return outcome(current, saved)


def criterion(run: ImportRun, row: Row) -> str:
    calls = run.uow.calls
    owner = required_ref(row, "Call", by(calls.get_by_reference), sheet_hint="Calls")
    name = row.text("Name", 200, required=True)
    weight = row.decimal("Weight", required=True)
    row.check()
    assert owner is not None
    current = next((c for c in owner.criteria if c.name.casefold() == name.casefold()), None)
    data = CriterionInput(
        name=name,
        weight=weight,
        max_score=row.whole("Max score", keep=current.max_score if current else 5) or 5,
        description=row.text("Description", keep=current and current.description),
    )
    row.check()
    if current is None:
        calls.add_criterion(owner.id, data)
        return CREATED
    return outcome(current, calls.update_criterion(current.id, data, expected_version=current.version))


def application(run: ImportRun, row: Row) -> str:
    uow = run.uow
    owner = required_ref(row, "Call", by(uow.calls.get_by_reference), sheet_hint="Calls")
    applicant = required_ref(
        row, "Organisation", by(uow.organisations.get_by_name), sheet_hint="Organisations"
    )
    row.check()
    assert owner is not None and applicant is not None
    current = found(uow.applications.get_by_applicant, owner.id, applicant.id)

    def keep(name: str) -> object:
        return getattr(current, name) if current is not None else None

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
    if current is None:
        uow.applications.record(data, status, reason)
        return CREATED
    return outcome(current, _update_application(run, current, data, status, reason))


def _update_application(
    run: ImportRun,
    current: ApplicationView,
    data: ApplicationInput,
    status: ApplicationStatus,
    reason: str | None,
) -> ApplicationView:
    applications = run.uow.applications
    saved = applications.update(current.id, data, expected_version=current.version)
    if saved.status != status:
        return applications.decide(saved.id, status, reason, expected_version=saved.version)
    if (saved.decision_reason or "") != (reason or ""):
        raise WorkflowError(
            f"the application is {saved.status} with the reason written when it was decided; "
            "a decided application keeps its reason"
        )
    return saved


def review(run: ImportRun, row: Row) -> str:
    uow = run.uow
    owner = required_ref(row, "Call", by(uow.calls.get_by_reference), sheet_hint="Calls")
    applicant = required_ref(
        row, "Organisation", by(uow.organisations.get_by_name), sheet_hint="Organisations"
    )
    reviewer = row.text("Reviewer", 120, required=True)
    row.check()
    assert owner is not None and applicant is not None
    applied = found(uow.applications.get_by_applicant, owner.id, applicant.id)
    if applied is None:
        row.problem(
            "Organisation",
            f"{applicant.name} has no application to call {owner.reference}",
            "add the application on the Applications sheet",
        )
        row.check()
    assert applied is not None
    current = next(iter(uow.reviews.find(application_id=applied.id, reviewer=reviewer)), None)
    data = ReviewInput(
        application_id=applied.id,
        reviewer=reviewer,
        scores=_scores(row, owner, current),
        comment=row.text("Comment", keep=current and current.comment),
        conflict_of_interest=row.yes_no(
            "Conflict of interest", keep=current and current.conflict_of_interest
        ),
        conflict_note=row.text("Conflict note", keep=current and current.conflict_note),
    )
    row.check()
    if current is None:
        uow.reviews.record(data)
        return CREATED
    return outcome(current, uow.reviews.update(current.id, data, expected_version=current.version))


def _scores(row: Row, call: CallView, current: ReviewView | None) -> dict[int, Decimal]:
    """Scores written as "Criterion name: 4; Other criterion: 3.5"."""
    if not row.present("Scores"):
        return dict(current.scores) if current else {}
    criteria = {c.name.casefold(): c.id for c in call.criteria}
    scores: dict[int, Decimal] = {}
    for part in (row.text("Scores") or "").split(";"):
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
