"""The derived money figures of a project and a programme, in two currencies.

Which rate converts what (the policy the FX sheet of the donor report states):
- expenditure at the rate of the month it was spent;
- a paid tranche at the rate of the month it was paid;
- a tranche still to pay at the rate of its planned month, or of the as-of month when that is
  later (no rate is known for the future);
- the grant and the budget at the rate of the month the project started (planned start, else
  actual start, else the as-of month; again never later than the as-of month): the agreement rate.
Sums are taken unrounded and rounded to cents once; figures derived from them (remaining, advance,
burn rate) are computed from the rounded sums so that what a user sees adds up.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..db.models import BudgetLine, Expenditure, Programme, Project, Tranche
from ..domain.enums import TrancheStatus
from ..domain.errors import NotFoundError
from ..domain.money import RateTable, round_fraction, round_money
from .exchange_rates import load_rate_table

ZERO = Decimal(0)


@dataclass(frozen=True, kw_only=True)
class FinanceFigures:
    currency: str
    grant: Decimal
    budget_original: Decimal
    #: Revised where a line was revised, original elsewhere: the budget in force.
    budget_revised: Decimal
    #: Paid tranches (paid on or before the as-of date).
    disbursed: Decimal
    #: Scheduled and approved tranches, at their planned amounts.
    to_disburse: Decimal
    spent: Decimal
    #: Part of `spent` booked on no budget line.
    spent_without_line: Decimal
    #: Grant minus spent.
    remaining: Decimal
    #: Disbursed but not yet reported as spent (never below zero).
    unliquidated_advance: Decimal
    #: Spent / budget in force, as a fraction (0.25 = 25%); None without a budget.
    burn_rate: Decimal | None


@dataclass(frozen=True, kw_only=True)
class LineFigures:
    currency: str
    original: Decimal
    revised: Decimal
    spent: Decimal
    remaining: Decimal
    burn_rate: Decimal | None


@dataclass(frozen=True, kw_only=True)
class BudgetLineSummary:
    budget_line_id: int
    code: str
    category: str
    in_project_currency: LineFigures
    in_reporting_currency: LineFigures


@dataclass(frozen=True, kw_only=True)
class ProjectFinanceSummary:
    project_id: int
    project_code: str
    project_title: str
    partner_name: str
    as_of: dt.date
    #: Share of the planned duration gone by the as-of date (0..1); None without planned dates.
    time_elapsed: Decimal | None
    in_project_currency: FinanceFigures
    in_reporting_currency: FinanceFigures
    lines: tuple[BudgetLineSummary, ...]


@dataclass(frozen=True, kw_only=True)
class ProgrammeFinanceSummary:
    programme_id: int
    programme_code: str
    currency: str
    as_of: dt.date
    time_elapsed: Decimal | None
    projects: tuple[ProjectFinanceSummary, ...]
    #: Sums of the projects' figures in the reporting currency.
    totals: FinanceFigures


def time_elapsed(start: dt.date | None, end: dt.date | None, as_of: dt.date) -> Decimal | None:
    if start is None or end is None:
        return None
    if as_of <= start:
        return ZERO if as_of < end else Decimal(1)
    if as_of >= end:
        return Decimal(1)
    return round_fraction(Decimal((as_of - start).days) / Decimal((end - start).days))


def share(part: Decimal, whole: Decimal) -> Decimal | None:
    return round_fraction(part / whole) if whole > 0 else None


class Spent(Protocol):
    """What the figures need of an expenditure (read as a plain row: a programme has thousands)."""

    project_id: int
    budget_line_id: int | None
    amount: Decimal
    currency: str
    spent_on: dt.date


_SPENT = select(
    Expenditure.project_id,
    Expenditure.budget_line_id,
    Expenditure.amount,
    Expenditure.currency,
    Expenditure.spent_on,
)


def project_summary(
    session: Session, project: Project, as_of: dt.date, table: RateTable | None = None
) -> ProjectFinanceSummary:
    lines = list(
        session.scalars(
            select(BudgetLine).where(BudgetLine.project_id == project.id).order_by(BudgetLine.code)
        )
    )
    tranches = list(session.scalars(select(Tranche).where(Tranche.project_id == project.id)))
    spending = list(
        session.execute(_SPENT.where(Expenditure.project_id == project.id, Expenditure.spent_on <= as_of))
    )
    table = table or load_rate_table(session, project.programme.currency)
    return _summarise(project, project.programme.currency, lines, tranches, spending, table, as_of)


def _summarise(
    project: Project,
    reporting: str,
    lines: list[BudgetLine],
    tranches: list[Tranche],
    spending: Sequence[Spent],
    table: RateTable,
    as_of: dt.date,
) -> ProjectFinanceSummary:
    by_currency = {
        currency: _Figures(project, lines, tranches, spending, currency, table, as_of)
        for currency in (project.currency, reporting)
    }
    own, rep = by_currency[project.currency], by_currency[reporting]
    return ProjectFinanceSummary(
        project_id=project.id,
        project_code=project.code,
        project_title=project.title,
        partner_name=project.partner.name,
        as_of=as_of,
        time_elapsed=time_elapsed(project.planned_start, project.planned_end, as_of),
        in_project_currency=own.totals(),
        in_reporting_currency=rep.totals(),
        lines=tuple(
            BudgetLineSummary(
                budget_line_id=line.id,
                code=line.code,
                category=line.category,
                in_project_currency=own.line(line),
                in_reporting_currency=rep.line(line),
            )
            for line in lines
        ),
    )


def programme_summary(session: Session, programme_id: int, as_of: dt.date) -> ProgrammeFinanceSummary:
    """Every project's summary from four queries, however many projects (one per table)."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFoundError("programme", f"#{programme_id}")
    summaries = _project_summaries(session, programme, as_of)
    return ProgrammeFinanceSummary(
        programme_id=programme.id,
        programme_code=programme.code,
        currency=programme.currency,
        as_of=as_of,
        time_elapsed=time_elapsed(programme.start_date, programme.end_date, as_of),
        projects=summaries,
        totals=_programme_totals(programme.currency, summaries),
    )


def _project_summaries(
    session: Session, programme: Programme, as_of: dt.date
) -> tuple[ProjectFinanceSummary, ...]:
    """The projects, then their budget lines, tranches and spending each in one query for the
    whole programme, grouped by project in Python."""
    table = load_rate_table(session, programme.currency)
    projects = session.scalars(
        select(Project)
        .where(Project.programme_id == programme.id)
        .options(selectinload(Project.partner))
        .order_by(Project.code)
    ).all()
    in_programme = select(Project.id).where(Project.programme_id == programme.id)
    lines = _by_project(
        session.scalars(
            select(BudgetLine).where(BudgetLine.project_id.in_(in_programme)).order_by(BudgetLine.code)
        )
    )
    tranches = _by_project(session.scalars(select(Tranche).where(Tranche.project_id.in_(in_programme))))
    spending = _by_project(
        session.execute(_SPENT.where(Expenditure.project_id.in_(in_programme), Expenditure.spent_on <= as_of))
    )
    return tuple(
        _summarise(
            p,
            programme.currency,
            lines.get(p.id, []),
            tranches.get(p.id, []),
            spending.get(p.id, []),
            table,
            as_of,
        )
        for p in projects
    )


def _programme_totals(currency: str, summaries: Sequence[ProjectFinanceSummary]) -> FinanceFigures:
    """The projects' figures in the reporting currency added up; the burn rate is recomputed from
    the sums (a sum of rates means nothing)."""
    figures = [s.in_reporting_currency for s in summaries]

    def total(name: str) -> Decimal:
        return sum((getattr(f, name) for f in figures), ZERO)

    budget, spent = total("budget_revised"), total("spent")
    return FinanceFigures(
        currency=currency,
        grant=total("grant"),
        budget_original=total("budget_original"),
        budget_revised=budget,
        disbursed=total("disbursed"),
        to_disburse=total("to_disburse"),
        spent=spent,
        spent_without_line=total("spent_without_line"),
        remaining=total("remaining"),
        unliquidated_advance=total("unliquidated_advance"),
        burn_rate=share(spent, budget),
    )


_Row = TypeVar("_Row", BudgetLine, Tranche, "Spent")


def _by_project(rows: Iterable[_Row]) -> dict[int, list[_Row]]:
    grouped: dict[int, list[_Row]] = defaultdict(list)
    for row in rows:
        grouped[row.project_id].append(row)
    return grouped


class _Figures:
    """The project's figures in one currency."""

    def __init__(
        self,
        project: Project,
        lines: list[BudgetLine],
        tranches: list[Tranche],
        spending: Sequence[Spent],
        currency: str,
        table: RateTable,
        as_of: dt.date,
    ) -> None:
        self.currency = currency
        self.table = table
        self.project = project
        self.agreement_day = min(project.planned_start or project.actual_start or as_of, as_of)
        self.disbursed = ZERO
        self.to_disburse = ZERO
        for t in tranches:
            if t.status == TrancheStatus.PAID and t.actual_date is not None and t.actual_date <= as_of:
                self.disbursed += self._convert(t.actual_amount or ZERO, t.currency, t.actual_date)
            elif t.status != TrancheStatus.CANCELLED:
                # A tranche paid after the as-of date was still to pay on that date.
                self.to_disburse += self._convert(t.planned_amount, t.currency, min(t.planned_date, as_of))
        self.spent_by_line: dict[int | None, Decimal] = defaultdict(lambda: ZERO)
        for e in spending:
            self.spent_by_line[e.budget_line_id] += self._convert(e.amount, e.currency, e.spent_on)
        self.lines = lines

    def _convert(self, amount: Decimal, currency: str, on: dt.date) -> Decimal:
        return self.table.convert(amount, currency, self.currency, on)

    def _agreed(self, amount: Decimal) -> Decimal:
        """An amount of the agreement (grant, budget) in this currency."""
        return round_money(self._convert(amount, self.project.currency, self.agreement_day))

    def line(self, line: BudgetLine) -> LineFigures:
        original = self._agreed(line.original_amount)
        revised = self._agreed(line.original_amount if line.revised_amount is None else line.revised_amount)
        spent = round_money(self.spent_by_line[line.id])
        return LineFigures(
            currency=self.currency,
            original=original,
            revised=revised,
            spent=spent,
            remaining=revised - spent,
            burn_rate=share(spent, revised),
        )

    def totals(self) -> FinanceFigures:
        grant = self._agreed(self.project.grant_amount or ZERO)
        original = self._agreed(sum((b.original_amount for b in self.lines), ZERO))
        revised = self._agreed(
            sum(
                (b.original_amount if b.revised_amount is None else b.revised_amount for b in self.lines),
                ZERO,
            )
        )
        spent = round_money(sum(self.spent_by_line.values(), ZERO))
        disbursed = round_money(self.disbursed)
        return FinanceFigures(
            currency=self.currency,
            grant=grant,
            budget_original=original,
            budget_revised=revised,
            disbursed=disbursed,
            to_disburse=round_money(self.to_disburse),
            spent=spent,
            spent_without_line=round_money(self.spent_by_line.get(None, ZERO)),
            remaining=grant - spent,
            unliquidated_advance=max(disbursed - spent, ZERO),
            burn_rate=share(spent, revised),
        )


@dataclass(frozen=True)
class SpendingCurve:
    """A project's reported expenditure in the reporting currency, cumulative by day: what the
    project summary's `spent` would be as of any day (the same conversions, rounded once)."""

    days: tuple[dt.date, ...]
    #: Unrounded running sums, one per day of `days`.
    running: tuple[Decimal, ...]

    def to(self, day: dt.date) -> Decimal:
        from bisect import bisect_right

        index = bisect_right(self.days, day)
        return round_money(self.running[index - 1]) if index else ZERO


def spending_curves(session: Session, programme_id: int, as_of: dt.date) -> dict[int, SpendingCurve]:
    """Every project's SpendingCurve to `as_of`, from one query."""
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFoundError("programme", f"#{programme_id}")
    table = load_rate_table(session, programme.currency)
    in_programme = select(Project.id).where(Project.programme_id == programme_id)
    rows = session.execute(
        _SPENT.where(Expenditure.project_id.in_(in_programme), Expenditure.spent_on <= as_of).order_by(
            Expenditure.project_id, Expenditure.spent_on
        )
    )
    by_project: dict[int, dict[dt.date, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    for row in rows:
        by_project[row.project_id][row.spent_on] += table.convert(
            row.amount, row.currency, programme.currency, row.spent_on
        )
    curves = {}
    for project_id, per_day in by_project.items():
        days = tuple(sorted(per_day))
        running, total = [], ZERO
        for day in days:
            total += per_day[day]
            running.append(total)
        curves[project_id] = SpendingCurve(days, tuple(running))
    return curves
