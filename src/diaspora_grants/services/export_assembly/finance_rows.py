"""Budget_vs_Actual, Tranches and FX rows from the finance and exchange-rate services.

Money is in the programme's reporting currency, converted by the finance service's rules (its
module docstring is the FX policy). Expenditure "this period" is the cumulative figure at the
report end minus the cumulative figure the day before the report start: two service figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from ...domain.enums import TrancheStatus
from ...domain.money import RateTable, month_label, month_of, round_money
from ...reporting.donor_workbook.model import BudgetLine, FxRate, TrancheRow
from ..exchange_rates import RateView
from ..finance import TrancheView
from ..finance_summary import ProjectFinanceSummary, SpendingCurve
from ..projects import ProjectView
from .facts import project_period

ZERO = Decimal(0)
NO_LINE_CODE = "-"
FX_POLICY = (
    "Expenditure at the rate of the month it was spent; a paid tranche at the rate of the month it "
    "was paid; grants and budgets at the rate of the month the project started (the agreement rate)."
)


def budget_lines(
    project: ProjectView,
    at_end: ProjectFinanceSummary,
    before_start: ProjectFinanceSummary,
    fallback: tuple[dt.date, dt.date],
    explanations: Mapping[int, str],
) -> list[BudgetLine]:
    """`explanations`: per budget line id, why it is over-spent (entered in the app)."""
    start, end = project_period(project, fallback)
    earlier = {line.budget_line_id: line.in_reporting_currency.spent for line in before_start.lines}
    rows = [
        BudgetLine(
            line_code=line.code,
            category=line.category,
            project_code=project.code,
            partner=project.partner_name,
            original_budget=line.in_reporting_currency.original,
            revised_budget=line.in_reporting_currency.revised,
            expenditure_period=line.in_reporting_currency.spent - earlier.get(line.budget_line_id, ZERO),
            expenditure_cumulative=line.in_reporting_currency.spent,
            project_start=start,
            project_end=end,
            justification=explanations.get(line.budget_line_id, ""),
        )
        for line in at_end.lines
    ]
    unbooked = at_end.in_reporting_currency.spent_without_line
    if unbooked:
        rows.append(
            BudgetLine(
                line_code=NO_LINE_CODE,
                category="Expenditure booked on no budget line",
                project_code=project.code,
                partner=project.partner_name,
                original_budget=ZERO,
                revised_budget=ZERO,
                expenditure_period=unbooked - before_start.in_reporting_currency.spent_without_line,
                expenditure_cumulative=unbooked,
                project_start=start,
                project_end=end,
                justification="Spent without a budget line: assign it to a line in the app.",
            )
        )
    return rows


@dataclass(frozen=True)
class TrancheContext:
    """What every tranche row of a project needs besides its tranches."""

    partner_ref: str
    summary: ProjectFinanceSummary
    spending: SpendingCurve | None
    table: RateTable
    reporting: str
    as_of: dt.date
    #: The project has ended by the report end: money disbursed and not spent is to be refunded.
    ended: bool


def tranche_rows(
    project: ProjectView, tranches: Sequence[TrancheView], ctx: TrancheContext
) -> list[TrancheRow]:
    """Paid tranches are converted at the rate of the month they were paid, as the finance summary
    does; each paid one shows the partner's advance on that day."""
    rows = []
    disbursed = ZERO
    ordered = sorted(tranches, key=lambda t: t.number)
    paid_numbers = [t.number for t in ordered if _paid(t, ctx.as_of)]
    for tranche in ordered:
        currency = tranche.currency or project.currency
        paid = tranche.number in paid_numbers
        converted = None
        rate = None
        spent = None
        advance = None
        flag = ""
        if paid and tranche.actual_date is not None and tranche.actual_amount is not None:
            rate = ctx.table.rate(ctx.reporting, currency, tranche.actual_date)
            converted = round_money(
                ctx.table.convert(tranche.actual_amount, currency, ctx.reporting, tranche.actual_date)
            )
            disbursed += converted
            spent = ctx.spending.to(tranche.actual_date) if ctx.spending else ZERO
            advance = disbursed - spent
            flag = _advance_flag(advance, tranche.number == paid_numbers[-1], disbursed, ctx)
        rows.append(
            TrancheRow(
                partner=project.partner_name,
                partner_ref=ctx.partner_ref,
                agreement_no=project.agreement_number or "not recorded",
                grant_local=ctx.summary.in_project_currency.grant,
                grant_currency=project.currency,
                grant_usd=ctx.summary.in_reporting_currency.grant,
                tranche_no=tranche.number,
                condition=tranche.condition or "",
                planned_date=tranche.planned_date,
                planned_amount=tranche.planned_amount,
                actual_date=tranche.actual_date if paid else None,
                actual_amount=tranche.actual_amount if paid else None,
                currency=currency if paid else "",
                fx_rate=rate,
                amount_usd=converted,
                reported_expenditure_usd=spent,
                advance_usd=advance,
                advance_flag=flag,
                status=tranche.status.value
                if paid or tranche.status != TrancheStatus.PAID
                else "paid after report end",
                # Only money that moved is a transaction; a tranche still to pay is planned.
                iati_transaction_type="3" if paid else "",
            )
        )
    return rows


def _paid(tranche: TrancheView, as_of: dt.date) -> bool:
    return (
        tranche.status == TrancheStatus.PAID
        and tranche.actual_date is not None
        and tranche.actual_date <= as_of
    )


def _advance_flag(advance: Decimal, last: bool, disbursed: Decimal, ctx: TrancheContext) -> str:
    if advance < 0:
        return "over-expenditure"
    if last and ctx.ended:
        spent_at_end = ctx.spending.to(ctx.as_of) if ctx.spending else ZERO
        left = disbursed - spent_at_end
        if left > 0:
            return f"refund due: {left:,.2f} {ctx.reporting} unspent at the report end"
    return ""


def fx_rates(
    rates: Sequence[RateView], used: set[str], first: dt.date, last: dt.date, reporting: str
) -> tuple[FxRate, ...]:
    """The stored rates of the currencies the programme used, for the months up to the report end."""
    low, high = month_of(first), month_of(last)
    return tuple(
        FxRate(
            currency=r.currency,
            month=month_label(r.month),
            units_per_usd=r.units_per_base,
            source=r.source or "",
            value_date=r.value_date,
            note="" if reporting == "USD" else f"reporting currency {reporting}",
        )
        for r in rates
        if r.base_currency == "USD" and r.currency in used and r.currency != "USD" and low <= r.month <= high
    )
