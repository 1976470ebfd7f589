"""The tranche schedule of a project: planned, approved, paid (with the actual date and amount) or
cancelled, each step allowed or refused in the words of domain.steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Programme, Project, Tranche
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import TrancheStatus
from ..domain.errors import DuplicateError, FieldProblem, WorkflowError
from ..domain.money import amount_problem
from ..domain.steps import Step, next_tranche_status, tranche_step, tranche_steps
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version


@dataclass(frozen=True, kw_only=True)
class TrancheInput:
    number: int
    planned_date: dt.date
    planned_amount: Decimal
    #: None: the project's currency.
    currency: str | None = None
    condition: str | None = None
    actual_date: dt.date | None = None
    actual_amount: Decimal | None = None
    status: TrancheStatus = TrancheStatus.SCHEDULED


@dataclass(frozen=True, kw_only=True)
class TrancheView(TrancheInput):
    id: int
    project_id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    #: The obvious next step (approve, then pay); None once paid or cancelled.
    next_status: TrancheStatus | None = None
    #: Every other status, with why it cannot be reached from here when it cannot.
    steps: tuple[Step, ...] = ()


_TRANCHE_FIELDS = tuple(f.name for f in fields(TrancheInput))


class TrancheOperations(Service):
    def tranches(self, project_id: int) -> list[TrancheView]:
        with self._read() as session:
            self._get(session, Project, project_id, "project")
            query = select(Tranche).where(Tranche.project_id == project_id).order_by(Tranche.number)
            return [_tranche_view(t) for t in session.scalars(query)]

    def get_tranche(self, tranche_id: int) -> TrancheView:
        with self._read() as session:
            return _tranche_view(self._get(session, Tranche, tranche_id, "tranche"))

    def programme_tranches(self, programme_id: int) -> list[TrancheView]:
        """Every tranche of the programme's projects, by project and number, in one query."""
        query = (
            select(Tranche)
            .join(Project)
            .where(Project.programme_id == programme_id)
            .order_by(Tranche.project_id, Tranche.number)
        )
        with self._read() as session:
            self._get(session, Programme, programme_id, "programme")
            return [_tranche_view(t) for t in session.scalars(query)]

    def create_tranche(self, project_id: int, data: TrancheInput) -> TrancheView:
        """Any status may be entered here, so that past payments can be recorded as they were."""
        with self._write() as session:
            project = self._get(session, Project, project_id, "project")
            values = _validated_tranche(data, project.currency, self.context.today())
            _check_tranche_number_free(session, project_id, values["number"], None)
            tranche = Tranche(project_id=project_id, **values)
            session.add(tranche)
            session.flush()
            return _tranche_view(tranche)

    def update_tranche(self, tranche_id: int, data: TrancheInput, *, expected_version: int) -> TrancheView:
        with self._write() as session:
            tranche = self._get(session, Tranche, tranche_id, "tranche")
            check_version(tranche, expected_version, "tranche")
            values = _validated_tranche(data, tranche.project.currency, self.context.today())
            _check_transition(tranche, values["status"])
            _check_tranche_number_free(session, tranche.project_id, values["number"], tranche_id)
            assign(tranche, values)
            session.flush()
            return _tranche_view(tranche)

    def approve_tranche(self, tranche_id: int, *, expected_version: int) -> TrancheView:
        return self._move_tranche(tranche_id, TrancheStatus.APPROVED, expected_version)

    def cancel_tranche(self, tranche_id: int, *, expected_version: int) -> TrancheView:
        return self._move_tranche(tranche_id, TrancheStatus.CANCELLED, expected_version)

    def reschedule_tranche(self, tranche_id: int, *, expected_version: int) -> TrancheView:
        """Back to scheduled: an approval withdrawn, or a cancelled tranche reopened."""
        return self._move_tranche(tranche_id, TrancheStatus.SCHEDULED, expected_version)

    def mark_paid(
        self, tranche_id: int, actual_date: dt.date, actual_amount: Decimal, *, expected_version: int
    ) -> TrancheView:
        """Record the payment of an approved tranche: the date and amount that left the account."""
        with self._write() as session:
            tranche = self._get(session, Tranche, tranche_id, "tranche")
            check_version(tranche, expected_version, "tranche")
            _check_transition(tranche, TrancheStatus.PAID)
            v.raise_if_any(_payment_problems(actual_date, actual_amount, self.context.today()))
            assign(
                tranche,
                {"status": TrancheStatus.PAID, "actual_date": actual_date, "actual_amount": actual_amount},
            )
            session.flush()
            return _tranche_view(tranche)

    def delete_tranche(self, tranche_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            tranche = self._get(session, Tranche, tranche_id, "tranche")
            check_version(tranche, expected_version, "tranche")
            if tranche.status == TrancheStatus.PAID:
                raise WorkflowError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "Core",
                            "tranche {number} was paid on {actual_date}; a paid tranche cannot be deleted",
                        ),
                        number=tranche.number,
                        actual_date=tranche.actual_date,
                    )
                )
            session.delete(tranche)

    def _move_tranche(self, tranche_id: int, status: TrancheStatus, expected_version: int) -> TrancheView:
        with self._write() as session:
            tranche = self._get(session, Tranche, tranche_id, "tranche")
            check_version(tranche, expected_version, "tranche")
            _check_transition(tranche, status)
            assign(tranche, {"status": status})
            session.flush()
            return _tranche_view(tranche)


def _payment_problems(
    actual_date: dt.date | None, actual_amount: Decimal | None, today: dt.date
) -> list[FieldProblem | None]:
    return [
        FieldProblem(
            "actual date", say(QT_TRANSLATE_NOOP("Core", "a paid tranche needs the date it was paid"))
        )
        if actual_date is None
        else None,
        FieldProblem(
            "actual date",
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "({actual_date}) is in the future; record a payment once it is made"
                ),
                actual_date=actual_date,
            ),
        )
        if actual_date is not None and actual_date > today
        else None,
        FieldProblem("actual amount", say(QT_TRANSLATE_NOOP("Core", "a paid tranche needs the amount paid")))
        if actual_amount is None
        else amount_problem("actual amount", actual_amount),
    ]


def _validated_tranche(data: TrancheInput, project_currency: str, today: dt.date) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _TRANCHE_FIELDS}
    values["condition"] = v.clean(data.condition)
    values["currency"] = (data.currency or project_currency).strip().upper()
    problems: list[FieldProblem | None] = [
        None
        if isinstance(data.number, int) and data.number > 0
        else FieldProblem("number", say(QT_TRANSLATE_NOOP("Core", "must be 1 or more"))),
        None
        if data.planned_date
        else FieldProblem("planned date", say(QT_TRANSLATE_NOOP("Core", "is required"))),
        FieldProblem("planned amount", say(QT_TRANSLATE_NOOP("Core", "is required")))
        if data.planned_amount is None
        else amount_problem("planned amount", data.planned_amount),
        codes.check_currency("currency", values["currency"]),
    ]
    if data.status == TrancheStatus.PAID:
        problems += _payment_problems(data.actual_date, data.actual_amount, today)
    elif data.actual_date is not None or data.actual_amount is not None:
        problems.append(
            FieldProblem(
                "status",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "only a paid tranche has an actual date and amount; mark it paid instead"
                    )
                ),
            )
        )
    v.raise_if_any(problems)
    return values


def _check_transition(tranche: Tranche, status: TrancheStatus) -> None:
    if status == tranche.status:
        return
    step = tranche_step(tranche.number, tranche.status, status)
    if step.blocked:
        raise WorkflowError(step.blocked)


def _check_tranche_number_free(session: Session, project_id: int, number: int, own_id: int | None) -> None:
    clash = session.scalar(
        select(Tranche.id).where(
            Tranche.project_id == project_id, Tranche.number == number, Tranche.id != (own_id or 0)
        )
    )
    if clash is not None:
        raise DuplicateError(
            FieldProblem(
                "number",
                say(QT_TRANSLATE_NOOP("Core", "the project already has a tranche {number}"), number=number),
            )
        )


def _tranche_view(t: Tranche) -> TrancheView:
    return TrancheView(
        **{name: getattr(t, name) for name in _TRANCHE_FIELDS},
        id=t.id,
        project_id=t.project_id,
        version=t.version,
        updated_at=t.updated_at,
        updated_by=t.updated_by,
        next_status=next_tranche_status(t.status),
        steps=tranche_steps(t.number, t.status),
    )
