"""The data workbook's sheets of donor reporting: each programme's award from the donor, and the
explanations of variances, sorted by natural key (see reporting.data_format)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import BudgetLine, Indicator, Period, Programme, ProgrammeAward, Project, VarianceExplanation
from .data_rows import Row, Scope, plain


def awards(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(Programme.code, ProgrammeAward)
        .join(ProgrammeAward.programme)
        .order_by(*scope.order(Programme.code))
    )
    for code, a in session.execute(scope.programmes(query, ProgrammeAward.programme_id)):
        yield tuple(
            plain(value)
            for value in (
                code, a.amount, a.funds_received, a.funds_received_on, a.subgrants, a.direct_costs,
                a.indirect_rate, a.variance_threshold, a.humanitarian, a.emergency_glide,
            )
        )  # fmt: skip


def variance_explanations(session: Session, scope: Scope) -> Iterator[Row]:
    query = (
        select(
            Programme.code,
            Indicator.code,
            Period.label,
            Project.code,
            BudgetLine.code,
            VarianceExplanation.text,
        )
        .select_from(VarianceExplanation)
        .join(Programme, VarianceExplanation.programme_id == Programme.id)
        .outerjoin(Indicator, VarianceExplanation.indicator_id == Indicator.id)
        .outerjoin(Period, VarianceExplanation.period_id == Period.id)
        .outerjoin(BudgetLine, VarianceExplanation.budget_line_id == BudgetLine.id)
        .outerjoin(Project, BudgetLine.project_id == Project.id)
        .order_by(
            *scope.order(Programme.code, Indicator.code, Period.start_date, Project.code, BudgetLine.code)
        )
    )
    for row in session.execute(scope.programmes(query, VarianceExplanation.programme_id)):
        yield tuple(row)


AWARD_ROWS: dict[str, Callable[[Session, Scope], Iterable[Row]]] = {
    "Awards": awards,
    "Variance explanations": variance_explanations,
}
