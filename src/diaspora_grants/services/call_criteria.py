"""A call's weighted evaluation criteria.

Weights total 100 (a weighted score then reads as a share of 100). Once reviewers have scored
against the criteria, a change rewrites their weighted scores and the ranking, so it needs a
written reason (it goes into the audit trail with every change it makes). Every criterion and score
removed is deleted one by one, so the audit trail lists each of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Call, Criterion, ReviewScore
from ..domain import validation as v
from ..domain.enums import CallStatus
from ..domain.errors import DuplicateError, FieldProblem, ReasonRequiredError, ValidationError
from ..domain.steps import criteria_total_problem
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version
from .work_reason import work_reason

if TYPE_CHECKING:
    from .calls import CallView


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


CRITERION_FIELDS = tuple(f.name for f in fields(CriterionInput))


class CriteriaOperations(Service):
    """The criteria part of the call service; every method returns what CallService's do."""

    def set_criteria(
        self,
        call_id: int,
        criteria: Sequence[CriterionInput],
        *,
        expected_version: int,
        reason: str | None = None,
    ) -> CallView:
        """Make the call's criteria exactly these, in this order; their weights must total 100.

        Criteria are matched to the existing ones by name (any case), so an edited weight shows in
        the audit trail as a change of that criterion, not as a deletion and a new one.
        """
        wanted = [validated_criterion(c) for c in criteria]
        _check_distinct_names([w["name"] for w in wanted])
        reason = v.clean(reason)
        with self._write(reason=reason) as session:
            call = self._get(session, Call, call_id)
            check_version(call, expected_version, self.entity)
            _check_total(call, wanted)
            existing = {c.name.lower(): c for c in call.criteria}
            if _same_criteria(call, wanted):
                return self._view_of(session, call)
            self._check_change_allowed(session, call, reason)
            for position, values in enumerate(wanted):
                criterion = existing.pop(values["name"].lower(), None)
                if criterion is None:
                    call.criteria.append(Criterion(**values, position=position))
                else:
                    _check_scores_fit(session, criterion, values["max_score"])
                    assign(criterion, {**values, "position": position})
            for gone in existing.values():
                _delete_criterion(session, call, gone)
            session.flush()
            return self._view_of(session, call)

    def add_criterion(
        self, call_id: int, data: CriterionInput, *, reason: str | None = None
    ) -> CriterionView:
        values = validated_criterion(data)
        reason = v.clean(reason)
        with self._write(reason=reason) as session:
            call = self._get(session, Call, call_id)
            self._check_change_allowed(session, call, reason)
            _check_distinct_names([c.name for c in call.criteria] + [values["name"]])
            position = max((c.position for c in call.criteria), default=-1) + 1
            criterion = Criterion(call_id=call_id, **values, position=position)
            session.add(criterion)
            session.flush()
            return criterion_view(criterion)

    def update_criterion(
        self, criterion_id: int, data: CriterionInput, *, expected_version: int, reason: str | None = None
    ) -> CriterionView:
        values = validated_criterion(data)
        reason = v.clean(reason)
        with self._write(reason=reason) as session:
            criterion = self._get(session, Criterion, criterion_id, "criterion")
            check_version(criterion, expected_version, "criterion")
            if all(getattr(criterion, name) == value for name, value in values.items()):
                return criterion_view(criterion)  # saving what is there changes no score
            self._check_change_allowed(session, criterion.call, reason)
            _check_distinct_names(
                [c.name for c in criterion.call.criteria if c.id != criterion_id] + [values["name"]]
            )
            _check_scores_fit(session, criterion, values["max_score"])
            assign(criterion, values)
            session.flush()
            return criterion_view(criterion)

    def delete_criterion(
        self, criterion_id: int, *, expected_version: int, reason: str | None = None
    ) -> None:
        reason = v.clean(reason)
        with self._write(reason=reason) as session:
            criterion = self._get(session, Criterion, criterion_id, "criterion")
            check_version(criterion, expected_version, "criterion")
            self._check_change_allowed(session, criterion.call, reason)
            _delete_criterion(session, criterion.call, criterion)

    def _check_change_allowed(self, session: Session, call: Call, reason: str | None) -> None:
        """Changing the yardstick after reviewers used it rewrites their scores: say why."""
        scored = scores_held(session, call.id)
        if scored and reason is None and work_reason(self.context) is None:
            raise ReasonRequiredError(
                say(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "reviews of call {reference} already hold {scored} score{value} "
                        "against these criteria: changing them changes those reviews' weighted "
                        "scores and the ranking. Give the reason for the change (it is kept in "
                        "the audit trail).",
                    ),
                    reference=call.reference,
                    scored=scored,
                    value="s" if scored != 1 else "",
                )
            )

    def _view_of(self, session: Session, call: Call) -> CallView:
        raise NotImplementedError


def scores_held(session: Session, call_id: int) -> int:
    return (
        session.scalar(select(func.count(ReviewScore.id)).join(Criterion).where(Criterion.call_id == call_id))
        or 0
    )


def validated_criterion(data: CriterionInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in CRITERION_FIELDS}
    values["name"] = v.clean(data.name)
    values["description"] = v.clean(data.description)
    weight_problem = (
        FieldProblem("weight", say(QT_TRANSLATE_NOOP("Core", "must be more than zero (e.g. 30 for 30%)")))
        if data.weight is None or not data.weight.is_finite() or data.weight <= 0
        else None
    )
    v.raise_if_any(
        [
            v.required("criterion name", values["name"], max_length=200),
            weight_problem,
            None
            if data.max_score > 0
            else FieldProblem(
                "maximum score", say(QT_TRANSLATE_NOOP("Core", "must be more than zero (e.g. 5)"))
            ),
        ]
    )
    return values


def criterion_view(c: Criterion) -> CriterionView:
    return CriterionView(
        **{name: getattr(c, name) for name in CRITERION_FIELDS},
        id=c.id,
        call_id=c.call_id,
        position=c.position,
        version=c.version,
    )


def _check_total(call: Call, wanted: list[dict[str, Any]]) -> None:
    if not wanted and call.status == CallStatus.DRAFT:
        return  # a draft may start again from nothing
    problem = criteria_total_problem(w["weight"] for w in wanted)
    if problem:
        raise ValidationError.single("weights", problem)


def _same_criteria(call: Call, wanted: list[dict[str, Any]]) -> bool:
    current = sorted(call.criteria, key=lambda c: c.position)
    if len(current) != len(wanted):
        return False
    return all(
        all(getattr(c, name) == value for name, value in w.items())
        for c, w in zip(current, wanted, strict=True)
    )


def _check_distinct_names(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name.lower() in seen:
            raise DuplicateError(
                FieldProblem(
                    "criterion name",
                    say(QT_TRANSLATE_NOOP("Core", "'{name}' is given twice; names must differ"), name=name),
                )
            )
        seen.add(name.lower())


def _check_scores_fit(session: Session, criterion: Criterion, max_score: int) -> None:
    highest = session.scalar(
        select(func.max(ReviewScore.score)).where(ReviewScore.criterion_id == criterion.id)
    )
    if highest is not None and Decimal(highest) > max_score:
        raise ValidationError.single(
            "maximum score",
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "a review scored {name} {value:f}; the maximum cannot go below that ({max_score})"
                ),
                name=criterion.name,
                value=Decimal(highest).normalize(),
                max_score=max_score,
            ),
        )


def _delete_criterion(session: Session, call: Call, criterion: Criterion) -> None:
    """Scores first, then the criterion, each through the session so the audit trail lists them."""
    for score in session.scalars(select(ReviewScore).where(ReviewScore.criterion_id == criterion.id)):
        session.delete(score)
    if criterion in call.criteria:
        call.criteria.remove(criterion)
    session.delete(criterion)
