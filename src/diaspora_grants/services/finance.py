"""A project's money: budget lines, the tranche schedule, reported expenditure and their summaries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import BudgetLine, Expenditure, Programme, Project, Tranche
from ..domain import codes
from ..domain import validation as v
from ..domain.enums import TrancheStatus
from ..domain.errors import DuplicateError, FieldProblem, WorkflowError
from .base import Service, assign, check_version
from .finance_summary import (
    ProgrammeFinanceSummary,
    ProjectFinanceSummary,
    SpendingCurve,
    programme_summary,
    project_summary,
    spending_curves,
)

__all__ = [
    "TRANCHE_TRANSITIONS",
    "BudgetLineInput",
    "BudgetLineView",
    "ExpenditureInput",
    "ExpenditureView",
    "FinanceService",
    "ProgrammeFinanceSummary",
    "ProjectFinanceSummary",
    "SpendingCurve",
    "TrancheInput",
    "TrancheView",
]

#: Where a tranche may go next. Paid is final: money that left the account is history, not a plan.
TRANCHE_TRANSITIONS: dict[TrancheStatus, frozenset[TrancheStatus]] = {
    TrancheStatus.SCHEDULED: frozenset({TrancheStatus.APPROVED, TrancheStatus.CANCELLED}),
    TrancheStatus.APPROVED: frozenset({TrancheStatus.SCHEDULED, TrancheStatus.PAID, TrancheStatus.CANCELLED}),
    TrancheStatus.PAID: frozenset(),
    TrancheStatus.CANCELLED: frozenset({TrancheStatus.SCHEDULED}),
}


@dataclass(frozen=True, kw_only=True)
class BudgetLineInput:
    code: str
    category: str
    original_amount: Decimal
    revised_amount: Decimal | None = None
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class BudgetLineView(BudgetLineInput):
    id: int
    project_id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    #: The revised amount once there is one, else the original: what the partner may spend.
    current_amount: Decimal


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


@dataclass(frozen=True, kw_only=True)
class ExpenditureInput:
    spent_on: dt.date
    amount: Decimal
    #: None: the project's currency.
    currency: str | None = None
    budget_line_id: int | None = None
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class ExpenditureView(ExpenditureInput):
    id: int
    project_id: int
    version: int
    updated_at: dt.datetime
    updated_by: str | None
    budget_line_code: str | None


_LINE_FIELDS = tuple(f.name for f in fields(BudgetLineInput))
_TRANCHE_FIELDS = tuple(f.name for f in fields(TrancheInput))
_EXPENDITURE_FIELDS = tuple(f.name for f in fields(ExpenditureInput))


class FinanceService(Service):
    entity = "budget line"

    # Budget lines ---------------------------------------------------------------------------

    def budget_lines(self, project_id: int) -> list[BudgetLineView]:
        with self._read() as session:
            self._get(session, Project, project_id, "project")
            query = select(BudgetLine).where(BudgetLine.project_id == project_id).order_by(BudgetLine.code)
            return [_line_view(b) for b in session.scalars(query)]

    def create_budget_line(self, project_id: int, data: BudgetLineInput) -> BudgetLineView:
        values = _validated_line(data)
        with self._write() as session:
            self._get(session, Project, project_id, "project")
            _check_line_code_free(session, project_id, values["code"], None)
            line = BudgetLine(project_id=project_id, **values)
            session.add(line)
            session.flush()
            return _line_view(line)

    def update_budget_line(
        self, line_id: int, data: BudgetLineInput, *, expected_version: int
    ) -> BudgetLineView:
        values = _validated_line(data)
        with self._write() as session:
            line = self._get(session, BudgetLine, line_id, "budget line")
            check_version(line, expected_version, "budget line")
            _check_line_code_free(session, line.project_id, values["code"], line_id)
            assign(line, values)
            session.flush()
            return _line_view(line)

    def delete_budget_line(self, line_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            line = self._get(session, BudgetLine, line_id, "budget line")
            check_version(line, expected_version, "budget line")
            booked = session.scalar(
                select(func.count()).select_from(Expenditure).where(Expenditure.budget_line_id == line_id)
            )
            if booked:
                raise WorkflowError(
                    f"budget line {line.code} cannot be deleted: {booked} expenditures are booked on it; "
                    "move them to another line first"
                )
            session.delete(line)

    # Tranches -------------------------------------------------------------------------------

    def tranches(self, project_id: int) -> list[TrancheView]:
        with self._read() as session:
            self._get(session, Project, project_id, "project")
            query = select(Tranche).where(Tranche.project_id == project_id).order_by(Tranche.number)
            return [_tranche_view(t) for t in session.scalars(query)]

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
                    f"tranche {tranche.number} was paid on {tranche.actual_date}; "
                    "a paid tranche cannot be deleted"
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

    # Expenditure ----------------------------------------------------------------------------

    def expenditures(self, project_id: int, *, budget_line_id: int | None = None) -> list[ExpenditureView]:
        query = (
            select(Expenditure)
            .where(Expenditure.project_id == project_id)
            .order_by(Expenditure.spent_on, Expenditure.id)
        )
        if budget_line_id is not None:
            query = query.where(Expenditure.budget_line_id == budget_line_id)
        with self._read() as session:
            self._get(session, Project, project_id, "project")
            return [_expenditure_view(e) for e in session.scalars(query)]

    def currencies_in_use(self, programme_id: int) -> set[str]:
        """The currencies of the programme's projects, tranches and expenditures."""
        in_programme = select(Project.id).where(Project.programme_id == programme_id)
        queries = (
            select(Project.currency).where(Project.programme_id == programme_id),
            select(Tranche.currency).where(Tranche.project_id.in_(in_programme)),
            select(Expenditure.currency).where(Expenditure.project_id.in_(in_programme)),
        )
        with self._read() as session:
            self._get(session, Programme, programme_id, "programme")
            return {
                currency for query in queries for currency in session.scalars(query.distinct()) if currency
            }

    def create_expenditure(self, project_id: int, data: ExpenditureInput) -> ExpenditureView:
        with self._write() as session:
            project = self._get(session, Project, project_id, "project")
            values = _validated_expenditure(session, data, project, self.context.today())
            expenditure = Expenditure(project_id=project_id, **values)
            session.add(expenditure)
            session.flush()
            return _expenditure_view(expenditure)

    def update_expenditure(
        self, expenditure_id: int, data: ExpenditureInput, *, expected_version: int
    ) -> ExpenditureView:
        with self._write() as session:
            expenditure = self._get(session, Expenditure, expenditure_id, "expenditure")
            check_version(expenditure, expected_version, "expenditure")
            values = _validated_expenditure(session, data, expenditure.project, self.context.today())
            assign(expenditure, values)
            session.flush()
            return _expenditure_view(expenditure)

    def delete_expenditure(self, expenditure_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            expenditure = self._get(session, Expenditure, expenditure_id, "expenditure")
            check_version(expenditure, expected_version, "expenditure")
            session.delete(expenditure)

    # Summaries ------------------------------------------------------------------------------

    def project_summary(self, project_id: int, *, as_of: dt.date | None = None) -> ProjectFinanceSummary:
        """Grant, budget, disbursed, spent and what follows from them, in both currencies.

        Raises MissingExchangeRateError naming the currency and month of the first missing rate.
        """
        with self._read() as session:
            project = self._get(session, Project, project_id, "project")
            return project_summary(session, project, as_of or self.context.today())

    def programme_summary(
        self, programme_id: int, *, as_of: dt.date | None = None
    ) -> ProgrammeFinanceSummary:
        """Every project of the programme and their totals in the programme's reporting currency."""
        with self._read() as session:
            return programme_summary(session, programme_id, as_of or self.context.today())

    def spending_curves(self, programme_id: int, *, as_of: dt.date) -> dict[int, SpendingCurve]:
        """Per project: its reported expenditure to any day up to `as_of`, in the reporting currency
        (e.g. at each tranche's payment, for the unliquidated advance)."""
        with self._read() as session:
            return spending_curves(session, programme_id, as_of)


def _validated_line(data: BudgetLineInput) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _LINE_FIELDS}
    for name in ("code", "category", "description"):
        values[name] = v.clean(values[name])
    v.raise_if_any(
        [
            v.required("code", values["code"], max_length=40),
            v.required("category", values["category"], max_length=120),
            FieldProblem("original amount", "is required")
            if data.original_amount is None
            else v.not_negative("original amount", data.original_amount),
            v.not_negative("revised amount", data.revised_amount),
        ]
    )
    return values


def _check_line_code_free(session: Session, project_id: int, code: str, own_id: int | None) -> None:
    clash = session.scalar(
        select(BudgetLine.id).where(
            BudgetLine.project_id == project_id,
            func.lower(BudgetLine.code) == code.lower(),
            BudgetLine.id != (own_id or 0),
        )
    )
    if clash is not None:
        raise DuplicateError(FieldProblem("code", f"the project already has a budget line '{code}'"))


def _payment_problems(
    actual_date: dt.date | None, actual_amount: Decimal | None, today: dt.date
) -> list[FieldProblem | None]:
    return [
        FieldProblem("actual date", "a paid tranche needs the date it was paid")
        if actual_date is None
        else None,
        FieldProblem("actual date", f"({actual_date}) is in the future; record a payment once it is made")
        if actual_date is not None and actual_date > today
        else None,
        FieldProblem("actual amount", "a paid tranche needs the amount paid")
        if actual_amount is None
        else v.not_negative("actual amount", actual_amount),
    ]


def _validated_tranche(data: TrancheInput, project_currency: str, today: dt.date) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _TRANCHE_FIELDS}
    values["condition"] = v.clean(data.condition)
    values["currency"] = (data.currency or project_currency).strip().upper()
    problems: list[FieldProblem | None] = [
        None
        if isinstance(data.number, int) and data.number > 0
        else FieldProblem("number", "must be 1 or more"),
        None if data.planned_date else FieldProblem("planned date", "is required"),
        FieldProblem("planned amount", "is required")
        if data.planned_amount is None
        else v.not_negative("planned amount", data.planned_amount),
        codes.check_currency("currency", values["currency"]),
    ]
    if data.status == TrancheStatus.PAID:
        problems += _payment_problems(data.actual_date, data.actual_amount, today)
    elif data.actual_date is not None or data.actual_amount is not None:
        problems.append(
            FieldProblem("status", "only a paid tranche has an actual date and amount; mark it paid instead")
        )
    v.raise_if_any(problems)
    return values


def _check_transition(tranche: Tranche, status: TrancheStatus) -> None:
    if status == tranche.status:
        return
    if status not in TRANCHE_TRANSITIONS[tranche.status]:
        hint = " (approve it first)" if status == TrancheStatus.PAID else ""
        raise WorkflowError(
            f"tranche {tranche.number} is {tranche.status.value}: it cannot become {status.value}{hint}"
        )


def _check_tranche_number_free(session: Session, project_id: int, number: int, own_id: int | None) -> None:
    clash = session.scalar(
        select(Tranche.id).where(
            Tranche.project_id == project_id, Tranche.number == number, Tranche.id != (own_id or 0)
        )
    )
    if clash is not None:
        raise DuplicateError(FieldProblem("number", f"the project already has a tranche {number}"))


def _validated_expenditure(
    session: Session, data: ExpenditureInput, project: Project, today: dt.date
) -> dict[str, Any]:
    values = {name: getattr(data, name) for name in _EXPENDITURE_FIELDS}
    values["description"] = v.clean(data.description)
    values["currency"] = (data.currency or project.currency).strip().upper()
    line_problem = None
    if data.budget_line_id is not None:
        line = session.get(BudgetLine, data.budget_line_id)
        if line is None or line.project_id != project.id:
            line_problem = FieldProblem("budget line", f"choose a budget line of project {project.code}")
    v.raise_if_any(
        [
            FieldProblem("date", "is required") if data.spent_on is None else None,
            FieldProblem("date", f"({data.spent_on}) is in the future")
            if data.spent_on is not None and data.spent_on > today
            else None,
            FieldProblem("amount", "is required")
            if data.amount is None
            else v.not_negative("amount", data.amount),
            codes.check_currency("currency", values["currency"]),
            line_problem,
        ]
    )
    return values


def _line_view(b: BudgetLine) -> BudgetLineView:
    return BudgetLineView(
        **{name: getattr(b, name) for name in _LINE_FIELDS},
        id=b.id,
        project_id=b.project_id,
        version=b.version,
        updated_at=b.updated_at,
        updated_by=b.updated_by,
        current_amount=b.original_amount if b.revised_amount is None else b.revised_amount,
    )


def _tranche_view(t: Tranche) -> TrancheView:
    return TrancheView(
        **{name: getattr(t, name) for name in _TRANCHE_FIELDS},
        id=t.id,
        project_id=t.project_id,
        version=t.version,
        updated_at=t.updated_at,
        updated_by=t.updated_by,
    )


def _expenditure_view(e: Expenditure) -> ExpenditureView:
    return ExpenditureView(
        **{name: getattr(e, name) for name in _EXPENDITURE_FIELDS},
        id=e.id,
        project_id=e.project_id,
        version=e.version,
        updated_at=e.updated_at,
        updated_by=e.updated_by,
        budget_line_code=e.budget_line.code if e.budget_line else None,
    )
