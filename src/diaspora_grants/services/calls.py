"""Calls for expressions of interest: their details, status workflow and weighted criteria.

Each status change is checked by domain.steps (criteria total 100 before a call opens, closing
before the deadline needs a reason, a call is marked awarded once a grant was awarded from it); the
view carries the same steps, so the app shows why a step is unavailable before anyone tries it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from itertools import pairwise
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import Application, Call, Criterion, Programme, Project, ReviewScore
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import CallStatus
from ..domain.errors import (
    DuplicateError,
    FieldProblem,
    NotFoundError,
    ReasonRequiredError,
    ValidationError,
    WorkflowError,
)
from ..domain.money import amount_problem
from ..domain.steps import CallFacts, Step, call_step, call_steps, next_call_status
from ..domain.wording import QT_TRANSLATE_NOOP, say
from ..domain.workflows import allowed_call_transitions
from .base import assign, check_version
from .call_criteria import (
    CriteriaOperations,
    CriterionInput,
    CriterionView,
    criterion_view,
)
from .work_reason import work_reason

__all__ = ["CallInput", "CallService", "CallView", "CriterionInput", "CriterionView"]


@dataclass(frozen=True, kw_only=True)
class CallInput:
    reference: str
    title: str
    programme_id: int
    description: str | None = None
    eligible_countries: tuple[str, ...] = ()
    eligible_sectors: tuple[str, ...] = ()
    envelope_amount: Decimal | None = None
    currency: str = "USD"
    ceiling_per_grant: Decimal | None = None
    launch_date: dt.date | None = None
    clarification_date: dt.date | None = None
    submission_deadline: dt.date | None = None
    decision_date: dt.date | None = None


@dataclass(frozen=True, kw_only=True)
class CallView(CallInput):
    id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    status: CallStatus
    programme_code: str
    application_count: int
    criteria: tuple[CriterionView, ...]
    allowed_next_statuses: tuple[CallStatus, ...]
    #: The one step forward (open, close, review, award); None at the end.
    next_status: CallStatus | None = None
    #: Every other status with why it cannot be reached now, or the question asked before it.
    steps: tuple[Step, ...] = ()
    criteria_total: Decimal = Decimal(0)
    #: Scores reviewers gave against the criteria: while there are any, a change needs a reason.
    scores_held: int = 0
    #: Projects awarded from the call's applications.
    awarded_count: int = 0

    def step(self, target: CallStatus) -> Step:
        return next((s for s in self.steps if s.target == target), Step(target, blocked="not a step"))


_INPUT_FIELDS = tuple(f.name for f in fields(CallInput))

#: The call's dates in the order they must come; any of them may still be unknown.
_DATE_SEQUENCE = (
    ("launch_date", "launch date"),
    ("clarification_date", "clarification date"),
    ("submission_deadline", "submission deadline"),
    ("decision_date", "decision date"),
)


class CallService(CriteriaOperations):
    entity = "call"

    def find(
        self,
        *,
        programme_id: int | None = None,
        status: CallStatus | None = None,
        search: str | None = None,
    ) -> list[CallView]:
        query = (
            select(Call)
            .options(selectinload(Call.criteria), selectinload(Call.programme))
            .order_by(Call.launch_date.desc(), Call.reference)
        )
        if programme_id is not None:
            query = query.where(Call.programme_id == programme_id)
        if status is not None:
            query = query.where(Call.status == status)
        if search:
            pattern = f"%{search.strip().lower()}%"
            query = query.where(
                or_(func.lower(Call.reference).like(pattern), func.lower(Call.title).like(pattern))
            )
        with self._read() as session:
            calls = list(session.scalars(query))
            counts = _Counts.of(session, [c.id for c in calls])
            return [_view(c, counts, self.context.today()) for c in calls]

    def get(self, call_id: int) -> CallView:
        with self._read() as session:
            return self._view_of(session, self._get(session, Call, call_id))

    def get_by_reference(self, reference: str) -> CallView:
        with self._read() as session:
            call = session.scalars(
                select(Call).where(func.lower(Call.reference) == reference.strip().lower())
            ).one_or_none()
            if call is None:
                raise NotFoundError(self.entity, reference)
            return self._view_of(session, call)

    def create(self, data: CallInput) -> CallView:
        """A new call starts as a draft."""
        return self.record(data, CallStatus.DRAFT)

    def record(self, data: CallInput, status: CallStatus) -> CallView:
        """Enter a call as an earlier record has it (a data workbook): it may have run already, so it
        takes the status it had."""
        values = _validated(data)
        with self._write() as session:
            _check_references(session, values, None)
            call = Call(**values, status=CallStatus(status))
            session.add(call)
            session.flush()
            return self._view_of(session, call)

    def update(self, call_id: int, data: CallInput, *, expected_version: int) -> CallView:
        values = _validated(data)
        with self._write() as session:
            call = self._get(session, Call, call_id)
            check_version(call, expected_version, self.entity)
            _check_references(session, values, call_id)
            if values["programme_id"] != call.programme_id and _application_count(session, call_id):
                raise ValidationError.single(
                    "programme",
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "applications were already received under this call's programme; it cannot move",
                        )
                    ),
                )
            assign(call, values)
            session.flush()
            return self._view_of(session, call)

    def delete(self, call_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            call = self._get(session, Call, call_id)
            check_version(call, expected_version, self.entity)
            received = _application_count(session, call_id)
            if received:
                raise ValidationError.single(
                    "call",
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "{reference} has {received} application(s) and cannot be deleted; "
                            "cancel the call instead to keep the record of what was received",
                        ),
                        reference=call.reference,
                        received=received,
                    ),
                )
            session.delete(call)

    def change_status(
        self, call_id: int, new_status: CallStatus, *, expected_version: int, reason: str | None = None
    ) -> CallView:
        """Move the call one step; a step that asks a question (closing before the deadline) needs
        `reason` (or the unit of work's), which the audit trail keeps."""
        reason = v.clean(reason)
        with self._write(reason=reason) as session:
            call = self._get(session, Call, call_id)
            check_version(call, expected_version, self.entity)
            step = call_step(_facts(call, _Counts.of(session, [call.id]), self.context.today()), new_status)
            if step.blocked:
                raise WorkflowError(step.blocked)
            if step.asks and reason is None and work_reason(self.context) is None:
                raise ReasonRequiredError(step.asks)
            call.status = new_status
            session.flush()
            return self._view_of(session, call)

    def _view_of(self, session: Session, call: Call) -> CallView:
        return _view(call, _Counts.of(session, [call.id]), self.context.today())


def _validated(data: CallInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS}
    for name in ("reference", "title", "description"):
        values[name] = v.clean(values[name])
    values["currency"] = (data.currency or "").strip().upper()
    values["eligible_countries"] = tuple(dict.fromkeys(c.strip().upper() for c in data.eligible_countries))
    values["eligible_sectors"] = tuple(dict.fromkeys(s.strip() for s in data.eligible_sectors if s.strip()))
    envelope, ceiling = data.envelope_amount, data.ceiling_per_grant
    v.raise_if_any(
        [
            v.required("reference", values["reference"], max_length=60),
            v.required("title", values["title"], max_length=300),
            codes.check_currency("currency", values["currency"]),
            codes.check_countries("eligible countries", values["eligible_countries"]),
            amount_problem("envelope amount", envelope) or v.positive("envelope amount", envelope),
            amount_problem("ceiling per grant", ceiling) or v.positive("ceiling per grant", ceiling),
            FieldProblem(
                "ceiling per grant",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "({ceiling}) is more than the whole envelope ({envelope}); lower it"
                    ),
                    ceiling=ceiling,
                    envelope=envelope,
                ),
            )
            if envelope is not None and ceiling is not None and 0 < envelope < ceiling
            else None,
            *_date_problems(values),
        ]
    )
    return values


def _date_problems(values: dict[str, Any]) -> list[FieldProblem | None]:
    """Each known date must not come before the known date that precedes it."""
    known = [(label, values[name]) for name, label in _DATE_SEQUENCE if values[name] is not None]
    return [v.date_order(a_label, a, b_label, b) for (a_label, a), (b_label, b) in pairwise(known)]


def _check_references(session: Session, values: dict[str, Any], own_id: int | None) -> None:
    clash = session.scalar(
        select(Call.id).where(
            func.lower(Call.reference) == values["reference"].lower(), Call.id != (own_id or 0)
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "reference",
                say(
                    QT_TRANSLATE_NOOP("Core", "a call with reference '{value}' already exists"),
                    value=values["reference"],
                ),
            )
        )
    if session.get(Programme, values["programme_id"]) is None:
        raise ValidationError.single(
            "programme", say(QT_TRANSLATE_NOOP("Core", "choose an existing programme"))
        )


def _application_count(session: Session, call_id: int) -> int:
    return session.scalar(select(func.count(Application.id)).where(Application.call_id == call_id)) or 0


@dataclass(frozen=True)
class _Counts:
    """Per call: applications received, scores held against its criteria, projects awarded."""

    applications: dict[int, int]
    scores: dict[int, int]
    awarded: dict[int, int]

    @classmethod
    def of(cls, session: Session, call_ids: list[int]) -> _Counts:
        if not call_ids:
            return cls({}, {}, {})
        applications = session.execute(
            select(Application.call_id, func.count(Application.id))
            .where(Application.call_id.in_(call_ids))
            .group_by(Application.call_id)
        )
        scores = session.execute(
            select(Criterion.call_id, func.count(ReviewScore.id))
            .join(ReviewScore, ReviewScore.criterion_id == Criterion.id)
            .where(Criterion.call_id.in_(call_ids))
            .group_by(Criterion.call_id)
        )
        awarded = session.execute(
            select(Project.call_id, func.count(Project.id))
            .where(Project.call_id.in_(call_ids), Project.application_id.is_not(None))
            .group_by(Project.call_id)
        )
        return cls(
            {c: int(n) for c, n in applications},
            {c: int(n) for c, n in scores},
            {c: int(n) for c, n in awarded if c is not None},
        )


def _facts(call: Call, counts: _Counts, today: dt.date) -> CallFacts:
    return CallFacts(
        reference=call.reference,
        status=call.status,
        criteria_weights=tuple(Decimal(c.weight) for c in call.criteria),
        submission_deadline=call.submission_deadline,
        today=today,
        awarded=counts.awarded.get(call.id, 0),
    )


def _view(c: Call, counts: _Counts, today: dt.date) -> CallView:
    return CallView(
        **{name: getattr(c, name) for name in _INPUT_FIELDS},
        id=c.id,
        version=c.version,
        updated_at=c.updated_at,
        updated_by=c.updated_by,
        status=c.status,
        programme_code=c.programme.code,
        application_count=counts.applications.get(c.id, 0),
        criteria=tuple(criterion_view(cr) for cr in sorted(c.criteria, key=lambda cr: cr.position)),
        allowed_next_statuses=tuple(s for s in CallStatus if s in allowed_call_transitions(c.status)),
        next_status=next_call_status(c.status),
        steps=call_steps(_facts(c, counts, today)),
        criteria_total=sum((Decimal(cr.weight) for cr in c.criteria), Decimal(0)),
        scores_held=counts.scores.get(c.id, 0),
        awarded_count=counts.awarded.get(c.id, 0),
    )
