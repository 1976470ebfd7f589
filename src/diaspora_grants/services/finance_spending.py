"""Expenditure a partner reports: what was spent, when, in which currency and on which budget line.

Spending in another currency than the project's or the programme's is converted at the rate of the
month it was spent. An amount that could not be converted would break every summary and report
later, far from where it was typed, so it is refused at entry with the rate that is missing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import BudgetLine, ExchangeRate, Expenditure, Programme, Project, Tranche
from ..domain import codes
from ..domain import validation as v
from ..domain.errors import FieldProblem
from ..domain.money import RateTable, amount_problem, month_of
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, assign, check_version


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


_EXPENDITURE_FIELDS = tuple(f.name for f in fields(ExpenditureInput))


class ExpenditureOperations(Service):
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

    def get_expenditure(self, expenditure_id: int) -> ExpenditureView:
        with self._read() as session:
            return _expenditure_view(self._get(session, Expenditure, expenditure_id, "expenditure"))

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

    def same_expenditures(self, project_id: int, data: ExpenditureInput) -> int:
        """How many of the project's expenditures are exactly this one. Spending has no natural key,
        so a data workbook's row is matched to an identical record rather than added twice."""
        with self._read() as session:
            project = self._get(session, Project, project_id, "project")
            values = _validated_expenditure(session, data, project, self.context.today())
            query = (
                select(func.count())
                .select_from(Expenditure)
                .where(
                    Expenditure.project_id == project_id,
                    *(_equals(getattr(Expenditure, name), value) for name, value in values.items()),
                )
            )
            return session.scalar(query) or 0

    def create_expenditure(self, project_id: int, data: ExpenditureInput) -> ExpenditureView:
        """Raises MissingExchangeRateError (currency, base, month) when the amount cannot be
        converted into the project's or the programme's currency at its month's rate."""
        with self._write() as session:
            project = self._get(session, Project, project_id, "project")
            values = _validated_expenditure(session, data, project, self.context.today())
            check_convertible(session, project, values["currency"], values["spent_on"])
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
            check_convertible(session, expenditure.project, values["currency"], values["spent_on"])
            assign(expenditure, values)
            session.flush()
            return _expenditure_view(expenditure)

    def delete_expenditure(self, expenditure_id: int, *, expected_version: int) -> None:
        with self._write() as session:
            expenditure = self._get(session, Expenditure, expenditure_id, "expenditure")
            check_version(expenditure, expected_version, "expenditure")
            session.delete(expenditure)


def check_convertible(session: Session, project: Project, currency: str, spent_on: dt.date) -> None:
    """Raise MissingExchangeRateError unless an amount in `currency` spent on `spent_on` converts
    into the project's and the programme's currency (the summaries need both)."""
    reporting = project.programme.currency
    targets = sorted({project.currency, reporting} - {currency})
    if not targets:
        return
    month = month_of(spent_on)
    rows = session.execute(
        select(
            ExchangeRate.base_currency, ExchangeRate.currency, ExchangeRate.month, ExchangeRate.units_per_base
        ).where(ExchangeRate.month == month)
    )
    table = RateTable.of(((b, c, m, u) for b, c, m, u in rows), preferred_base=reporting)
    for target in targets:
        table.rate(currency, target, spent_on)


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
            line_problem = FieldProblem(
                "budget line",
                say(QT_TRANSLATE_NOOP("Core", "choose a budget line of project {code}"), code=project.code),
            )
    v.raise_if_any(
        [
            FieldProblem("date", say(QT_TRANSLATE_NOOP("Core", "is required")))
            if data.spent_on is None
            else None,
            FieldProblem(
                "date",
                say(QT_TRANSLATE_NOOP("Core", "({spent_on}) is in the future"), spent_on=data.spent_on),
            )
            if data.spent_on is not None and data.spent_on > today
            else None,
            FieldProblem("amount", say(QT_TRANSLATE_NOOP("Core", "is required")))
            if data.amount is None
            else amount_problem("amount", data.amount),
            codes.check_currency("currency", values["currency"]),
            line_problem,
        ]
    )
    return values


def _equals(column: Any, value: Any) -> Any:
    return column.is_(None) if value is None else column == value


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
