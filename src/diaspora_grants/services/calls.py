"""Calls for expressions of interest: their details, status workflow and weighted criteria."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from itertools import pairwise
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import Application, Call, Criterion, Programme, ReviewScore
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import CallStatus
from ..domain.errors import DuplicateError, FieldProblem, NotFoundError, ValidationError
from ..domain.money import amount_problem
from ..domain.workflows import allowed_call_transitions, check_call_transition
from .base import Service, assign, check_version


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
class CriterionInput:
    name: str
    weight: Decimal
    max_score: int = 5
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class CriterionView(CriterionInput):
    id: int
    call_id: int
    position: int
    version: int


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


_INPUT_FIELDS = tuple(f.name for f in fields(CallInput))
_CRITERION_FIELDS = tuple(f.name for f in fields(CriterionInput))

#: The call's dates in the order they must come; any of them may still be unknown.
_DATE_SEQUENCE = (
    ("launch_date", "launch date"),
    ("clarification_date", "clarification date"),
    ("submission_deadline", "submission deadline"),
    ("decision_date", "decision date"),
)


class CallService(Service):
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
            counts = _application_counts(session, [c.id for c in calls])
            return [_view(c, counts.get(c.id, 0)) for c in calls]

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
                    "applications were already received under this call's programme; it cannot move",
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
                    f"{call.reference} has {received} application(s) and cannot be deleted; "
                    "cancel the call instead to keep the record of what was received",
                )
            session.delete(call)

    def change_status(self, call_id: int, new_status: CallStatus, *, expected_version: int) -> CallView:
        with self._write() as session:
            call = self._get(session, Call, call_id)
            check_version(call, expected_version, self.entity)
            check_call_transition(call.status, new_status)
            call.status = new_status
            session.flush()
            return self._view_of(session, call)

    # Criteria -------------------------------------------------------------------------------

    def set_criteria(
        self, call_id: int, criteria: Sequence[CriterionInput], *, expected_version: int
    ) -> CallView:
        """Make the call's criteria exactly these, in this order.

        Criteria are matched to the existing ones by name (any case), so an edited weight shows in
        the audit trail as a change of that criterion, not as a deletion and a new one.
        """
        wanted = [_validated_criterion(c) for c in criteria]
        _check_distinct_names([w["name"] for w in wanted])
        with self._write() as session:
            call = self._get(session, Call, call_id)
            check_version(call, expected_version, self.entity)
            _check_criteria_unlocked(session, call)
            existing = {c.name.lower(): c for c in call.criteria}
            for position, values in enumerate(wanted):
                criterion = existing.pop(values["name"].lower(), None)
                if criterion is None:
                    call.criteria.append(Criterion(**values, position=position))
                else:
                    assign(criterion, {**values, "position": position})
            for gone in existing.values():
                call.criteria.remove(gone)
            session.flush()
            return self._view_of(session, call)

    def add_criterion(self, call_id: int, data: CriterionInput) -> CriterionView:
        values = _validated_criterion(data)
        with self._write() as session:
            call = self._get(session, Call, call_id)
            _check_criteria_unlocked(session, call)
            _check_distinct_names([c.name for c in call.criteria] + [values["name"]])
            position = max((c.position for c in call.criteria), default=-1) + 1
            criterion = Criterion(call_id=call_id, **values, position=position)
            session.add(criterion)
            session.flush()
            return _criterion_view(criterion)

    def update_criterion(
        self, criterion_id: int, data: CriterionInput, *, expected_version: int
    ) -> CriterionView:
        values = _validated_criterion(data)
        with self._write() as session:
            criterion = self._get(session, Criterion, criterion_id, "criterion")
            check_version(criterion, expected_version, "criterion")
            if all(getattr(criterion, name) == value for name, value in values.items()):
                return _criterion_view(criterion)  # saving what is there changes no score
            _check_criteria_unlocked(session, criterion.call)
            _check_distinct_names(
                [c.name for c in criterion.call.criteria if c.id != criterion_id] + [values["name"]]
            )
            assign(criterion, values)
            session.flush()
            return _criterion_view(criterion)

    def delete_criterion(self, criterion_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            criterion = self._get(session, Criterion, criterion_id, "criterion")
            check_version(criterion, expected_version, "criterion")
            _check_criteria_unlocked(session, criterion.call)
            session.delete(criterion)

    def _view_of(self, session: Session, call: Call) -> CallView:
        return _view(call, _application_count(session, call.id))


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
                "ceiling per grant", f"({ceiling}) is more than the whole envelope ({envelope}); lower it"
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
            FieldProblem("reference", f"a call with reference '{values['reference']}' already exists")
        )
    if session.get(Programme, values["programme_id"]) is None:
        raise ValidationError.single("programme", "choose an existing programme")


def _validated_criterion(data: CriterionInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _CRITERION_FIELDS}
    values["name"] = v.clean(data.name)
    values["description"] = v.clean(data.description)
    weight_problem = (
        FieldProblem("weight", "must be more than zero (e.g. 30 for 30%)")
        if data.weight is None or not data.weight.is_finite() or data.weight <= 0
        else None
    )
    v.raise_if_any(
        [
            v.required("criterion name", values["name"], max_length=200),
            weight_problem,
            None if data.max_score > 0 else FieldProblem("maximum score", "must be more than zero (e.g. 5)"),
        ]
    )
    return values


def _check_distinct_names(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name.lower() in seen:
            raise DuplicateError(
                FieldProblem("criterion name", f"'{name}' is given twice; names must differ")
            )
        seen.add(name.lower())


def _check_criteria_unlocked(session: Session, call: Call) -> None:
    """Changing the yardstick after reviewers have used it would silently rewrite their scores."""
    scored = session.scalar(
        select(func.count(ReviewScore.id)).join(Criterion).where(Criterion.call_id == call.id)
    )
    if scored:
        raise ValidationError.single(
            "criteria",
            f"reviews of call {call.reference} already hold scores against these criteria, "
            "so the criteria can no longer change; delete those reviews first if the criteria are wrong",
        )


def _application_count(session: Session, call_id: int) -> int:
    return session.scalar(select(func.count(Application.id)).where(Application.call_id == call_id)) or 0


def _application_counts(session: Session, call_ids: list[int]) -> dict[int, int]:
    if not call_ids:
        return {}
    rows = session.execute(
        select(Application.call_id, func.count(Application.id))
        .where(Application.call_id.in_(call_ids))
        .group_by(Application.call_id)
    )
    return {call_id: count for call_id, count in rows}


def _criterion_view(c: Criterion) -> CriterionView:
    return CriterionView(
        **{name: getattr(c, name) for name in _CRITERION_FIELDS},
        id=c.id,
        call_id=c.call_id,
        position=c.position,
        version=c.version,
    )


def _view(c: Call, application_count: int) -> CallView:
    return CallView(
        **{name: getattr(c, name) for name in _INPUT_FIELDS},
        id=c.id,
        version=c.version,
        updated_at=c.updated_at,
        updated_by=c.updated_by,
        status=c.status,
        programme_code=c.programme.code,
        application_count=application_count,
        criteria=tuple(_criterion_view(cr) for cr in sorted(c.criteria, key=lambda cr: cr.position)),
        allowed_next_statuses=tuple(s for s in CallStatus if s in allowed_call_transitions(c.status)),
    )
