"""The money of the IATI export: budgets, planned disbursements and transactions.

The programme (parent activity) receives: the donor's commitment (11 incoming commitment, the
award) and the funds received so far (1 incoming funds), with a budget of the award per year. A
project (child activity) is what the programme gives a partner: the grant commitment (2) and each
tranche paid (3). The partner's own expenditure is the partner's to publish: reporting it here
too would count the same money leaving twice (a disbursement and an expenditure).

Amounts are in the programme's currency, converted and rounded to the cent per transaction, as
the workbook's Tranches sheet does, so the two show the same cents.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from ...domain.enums import TrancheStatus
from ...domain.money import RateTable, round_money
from ...reporting.iati_model import Budget, IatiOrg, PlannedDisbursement, Transaction
from ..programme_reporting import AwardView
from ..projects import ProjectView

if TYPE_CHECKING:
    from ..registry import Services

HUNDRED = Decimal(100)


def percentages(pairs: Iterable[tuple[str, Decimal]]) -> dict[str, Decimal]:
    """Percentages by weight (grant), to two places, adding up to exactly 100."""
    weights: dict[str, Decimal] = defaultdict(Decimal)
    for code, weight in pairs:
        weights[code] += weight
    total = sum(weights.values(), Decimal(0))
    if not weights:
        return {}
    codes = sorted(weights)
    if total == 0:
        percentages = {c: (HUNDRED / len(codes)).quantize(Decimal("0.01")) for c in codes}
    else:
        percentages = {c: (weights[c] * HUNDRED / total).quantize(Decimal("0.01")) for c in codes}
    percentages[codes[-1]] += HUNDRED - sum(percentages.values(), Decimal(0))
    return percentages


def budgets(
    start: dt.date | None, end: dt.date | None, amount: Decimal | None, fallback: dt.date
) -> tuple[Budget, ...]:
    """The amount in periods of at most a year, shared by days (IATI refuses longer budget periods)."""
    grant = amount or Decimal(0)
    if start is None or end is None or end <= start or not grant:
        return ()
    slices = []
    cursor = start
    while cursor < end:
        stop = min(end, cursor.replace(year=cursor.year + 1) - dt.timedelta(days=1))
        slices.append((cursor, stop if stop > cursor else end))
        cursor = stop + dt.timedelta(days=1)
    days = Decimal((end - start).days + 1)
    amounts = [round_money(grant * Decimal((b - a).days + 1) / days) for a, b in slices]
    amounts[-1] += grant - sum(amounts, Decimal(0))
    return tuple(
        Budget(start=a, end=b, value=amount, value_date=start or fallback)
        for (a, b), amount in zip(slices, amounts, strict=True)
    )


def planned_disbursements(
    services: Services,
    project: ProjectView,
    table: RateTable,
    currency: str,
    today: dt.date,
    reporter: IatiOrg,
    partner: IatiOrg,
) -> tuple[PlannedDisbursement, ...]:
    rows = []
    for t in services.finance.tranches(project.id):
        if t.status in (TrancheStatus.PAID, TrancheStatus.CANCELLED):
            continue
        on = min(t.planned_date, today)
        value = round_money(table.convert(t.planned_amount, t.currency or project.currency, currency, on))
        rows.append(
            PlannedDisbursement(
                start=t.planned_date,
                end=None,
                value=value,
                value_date=on,
                provider=reporter,
                receiver=partner,
            )
        )
    return tuple(rows)


def project_transactions(
    services: Services,
    project: ProjectView,
    table: RateTable,
    currency: str,
    today: dt.date,
    grant: Decimal,
    reporter: IatiOrg,
    partner: IatiOrg,
) -> tuple[Transaction, ...]:
    agreed = min(project.planned_start or project.actual_start or today, today)
    rows = [
        Transaction(
            type="2",
            date=agreed,
            value=grant,
            value_date=agreed,
            receiver=partner,
            description=f"Grant agreement {project.code}",
        )
    ]
    for t in sorted(services.finance.tranches(project.id), key=lambda t: t.number):
        if t.status != TrancheStatus.PAID or t.actual_date is None or t.actual_amount is None:
            continue
        value = round_money(
            table.convert(t.actual_amount, t.currency or project.currency, currency, t.actual_date)
        )
        rows.append(
            Transaction(
                type="3",
                date=t.actual_date,
                value=value,
                value_date=t.actual_date,
                provider=reporter,
                receiver=partner,
                description=f"Tranche {t.number}",
            )
        )
    return tuple(rows)


def programme_transactions(
    award: AwardView, start: dt.date, today: dt.date, funder: IatiOrg | None, reporter: IatiOrg
) -> tuple[Transaction, ...]:
    """The award committed by the donor and the funds received from it, where recorded."""
    rows = []
    if award.amount:
        day = min(start, today)
        rows.append(
            Transaction(
                type="11",
                date=day,
                value=award.amount,
                value_date=day,
                provider=funder,
                receiver=reporter,
                description="Award from the donor",
            )
        )
    if award.funds_received and award.funds_received_on and award.funds_received_on <= today:
        rows.append(
            Transaction(
                type="1",
                date=award.funds_received_on,
                value=award.funds_received,
                value_date=award.funds_received_on,
                provider=funder,
                receiver=reporter,
                description="Funds received from the donor to this date",
            )
        )
    return tuple(rows)
