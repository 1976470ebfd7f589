"""The IATI 2.03 input from the services: programme as parent activity, projects as children.

Amounts are in the programme's reporting currency, converted as the finance service converts
(grant at the agreement rate, a tranche at the rate of its payment month, expenditure at the rate
of the month it was spent). Results are the results summary's figures; each project's actuals
carry sex and age dimensions summed from its cells (one project: no overlap to resolve).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from ...db.models import Result
from ...domain.enums import Direction, Measure, OrganisationType, ResultLevel, ResultStatus, TrancheStatus
from ...domain.errors import DomainError
from ...domain.money import RateTable, round_money
from ...reporting.iati_model import (
    Baseline,
    Budget,
    CountryShare,
    Dimension,
    IatiLocation,
    IatiOrg,
    IatiProgramme,
    IatiProject,
    Indicator,
    Participant,
    PlannedDisbursement,
    ResultPeriod,
    ResultValue,
    SectorShare,
    Transaction,
)
from ...reporting.iati_model import (
    Result as IatiResult,
)
from ..organisations import OrganisationView
from ..periods import PeriodView
from ..projects import ProjectView
from ..results_summary import FigureLine, IndicatorSummary
from .facts import ProgrammeFacts

if TYPE_CHECKING:
    from ..registry import Services

ORG_TYPES = {
    OrganisationType.GOVERNMENT: "10",
    OrganisationType.INTERNATIONAL_NGO: "21",
    OrganisationType.NGO: "22",
    OrganisationType.DIASPORA: "22",
    OrganisationType.UN_AGENCY: "40",
    OrganisationType.PRIVATE_SECTOR: "70",
    OrganisationType.OTHER: "90",
}
RESULT_TYPES = {ResultLevel.OUTPUT: "1", ResultLevel.OUTCOME: "2", ResultLevel.IMPACT: "3"}
ROLE_FUNDING, ROLE_ACCOUNTABLE, ROLE_IMPLEMENTING = "1", "2", "4"
HUNDRED = Decimal(100)
#: Dimensions per (project, indicator, period): [(name, value, amount)].
Dimensions = dict[tuple[int, int, int], list[tuple[str, str, Decimal]]]


def _org(view: OrganisationView) -> IatiOrg:
    return IatiOrg(ref=view.iati_identifier or "", type=ORG_TYPES.get(view.type, ""), name=view.name)


def iati_programme(services: Services, facts: ProgrammeFacts, today: dt.date) -> IatiProgramme:
    programme = facts.programme
    if programme.reporting_org_id is None:
        raise DomainError(
            f"programme {programme.code} has no reporting organisation: set it before exporting to IATI"
        )
    reporter = services.organisations.get(programme.reporting_org_id)
    if not reporter.iati_identifier:
        raise DomainError(
            f"the reporting organisation {reporter.name} has no IATI identifier: add it before exporting"
        )
    donor = services.organisations.get(programme.donor_id) if programme.donor_id else None
    table = services.exchange_rates.rate_table(programme.currency)
    summaries = services.reach.results_summary(programme.id)
    dimensions = _dimensions(services, facts)
    funders = (Participant(org=_org(donor), role=ROLE_FUNDING),) if donor else ()
    base = (*funders, Participant(org=_org(reporter), role=ROLE_ACCOUNTABLE))
    projects = []
    grants: dict[int, Decimal] = {}
    for project in facts.projects:
        summary = services.finance.project_summary(project.id, as_of=today)
        grants[project.id] = summary.in_reporting_currency.grant
        partner = facts.partners[project.partner_id]
        projects.append(
            IatiProject(
                code=project.code,
                title=project.title,
                description=project.description or project.title,
                status=project.status.iati_code,
                # IATI requires a start date: a project without dates stands in the programme's.
                planned_start=project.planned_start
                or (None if project.actual_start else programme.start_date),
                actual_start=project.actual_start,
                planned_end=project.planned_end or (None if project.actual_end else programme.end_date),
                actual_end=project.actual_end,
                participants=(*base, Participant(org=_org(partner), role=ROLE_IMPLEMENTING)),
                countries=(CountryShare(code=project.country, percentage=HUNDRED),),
                locations=tuple(
                    IatiLocation(name=loc.name, admin_code=loc.pcode or "") for loc in project.locations
                ),
                sectors=(SectorShare(code=project.dac_code),) if project.dac_code else (),
                sdg_goals=tuple(programme.sdg_goals),
                budgets=_budgets(project, grants[project.id], programme.start_date),
                planned_disbursements=_planned(
                    services, project, table, programme.currency, today, _org(reporter), _org(partner)
                ),
                transactions=_transactions(
                    services,
                    project,
                    table,
                    programme.currency,
                    today,
                    grants[project.id],
                    _org(reporter),
                    _org(partner),
                ),
                results=_results(summaries, facts, project.id, dimensions),
            )
        )
    return IatiProgramme(
        code=programme.code,
        title=programme.name,
        description=programme.description or programme.name,
        status=_programme_status(programme.start_date, programme.end_date, facts.projects, today),
        planned_start=programme.start_date,
        planned_end=programme.end_date,
        participants=base,
        countries=tuple(
            CountryShare(code=c, percentage=share)
            for c, share in _percentages((p.country, grants[p.id]) for p in facts.projects).items()
        ),
        sectors=tuple(
            SectorShare(code=c, percentage=share)
            for c, share in _percentages(
                (p.dac_code, grants[p.id]) for p in facts.projects if p.dac_code
            ).items()
        ),
        sdg_goals=tuple(programme.sdg_goals),
        results=_results(summaries, facts, None, {}),
        reporting_org=_org(reporter),
        default_currency=programme.currency,
        projects=tuple(projects),
    )


def _programme_status(start: dt.date, end: dt.date, projects: tuple[ProjectView, ...], today: dt.date) -> str:
    if today < start:
        return "1"
    if today <= end:
        return "2"
    return "4" if all(p.status.iati_code in ("4", "5") for p in projects) else "3"


def _percentages(pairs: Iterable[tuple[str, Decimal]]) -> dict[str, Decimal]:
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


def _budgets(project: ProjectView, grant: Decimal, fallback: dt.date) -> tuple[Budget, ...]:
    """The grant in periods of at most a year, shared by days (IATI refuses longer budget periods)."""
    start = project.planned_start or project.actual_start
    end = project.planned_end or project.actual_end
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


def _planned(
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


def _transactions(
    services: Services,
    project: ProjectView,
    table: RateTable,
    currency: str,
    today: dt.date,
    grant: Decimal,
    reporter: IatiOrg,
    partner: IatiOrg,
) -> tuple[Transaction, ...]:
    agreed = project.planned_start or project.actual_start or today
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
    for e in services.finance.expenditures(project.id):
        if e.spent_on > today:
            continue
        value = round_money(table.convert(e.amount, e.currency or project.currency, currency, e.spent_on))
        rows.append(
            Transaction(
                type="4",
                date=e.spent_on,
                value=value,
                value_date=e.spent_on,
                description=e.description or "Expenditure reported by the partner",
            )
        )
    return tuple(rows)


def _dimensions(services: Services, facts: ProgrammeFacts) -> Dimensions:
    """Approved cells of each project summed by sex and by age band, per indicator and period."""
    wanted = [i.id for i in facts.indicators if i.disaggregated and i.measure == Measure.NUMBER]
    found: Dimensions = defaultdict(list)
    if not wanted:
        return found
    context = services.context
    with context.database.session(user=context.user, write=False) as session:
        for name, column in (("sex", Result.sex), ("age", Result.age_band)):
            query = (
                select(
                    Result.project_id, Result.indicator_id, Result.period_id, column, func.sum(Result.value)
                )
                .where(
                    Result.indicator_id.in_(wanted),
                    Result.status == ResultStatus.APPROVED,
                    column.is_not(None),
                )
                .group_by(Result.project_id, Result.indicator_id, Result.period_id, column)
                .order_by(Result.project_id, Result.indicator_id, Result.period_id, column)
            )
            for project_id, indicator_id, period_id, value, amount in session.execute(query):
                found[(project_id, indicator_id, period_id)].append((name, str(value), Decimal(amount)))
    return found


def _results(
    summaries: list[IndicatorSummary], facts: ProgrammeFacts, project_id: int | None, dimensions: Dimensions
) -> tuple[IatiResult, ...]:
    views = {i.id: i for i in facts.indicators}
    periods = {p.id: p for p in facts.periods}
    by_level: dict[ResultLevel, list[Indicator]] = defaultdict(list)
    for summary in summaries:
        line = (
            summary.programme
            if project_id is None
            else next((p for p in summary.projects if p.project_id == project_id), None)
        )
        if line is None:
            continue
        view = views[summary.indicator_id]
        baseline = None
        if view.baseline_value is not None:
            year = (view.baseline_date or facts.programme.start_date).year
            baseline = Baseline(year=year, value=view.baseline_value, iso_date=view.baseline_date)
        by_level[view.result_level].append(
            Indicator(
                title=summary.name,
                measure="2" if summary.measure == Measure.PERCENT else "1",
                ascending=view.direction == Direction.INCREASE,
                reference_code=summary.code,
                description=summary.note,
                baseline=baseline,
                periods=_periods(line, periods, summary.indicator_id, project_id, dimensions),
            )
        )
    return tuple(
        IatiResult(
            type=RESULT_TYPES[level], title=f"{level.value.capitalize()} results", indicators=tuple(items)
        )
        for level, items in sorted(by_level.items(), key=lambda kv: RESULT_TYPES[kv[0]])
    )


def _periods(
    line: FigureLine,
    periods: Mapping[int, PeriodView],
    indicator_id: int,
    project_id: int | None,
    dimensions: Dimensions,
) -> tuple[ResultPeriod, ...]:
    out = []
    for figure in line.periods:
        if figure.actual is None and figure.target is None:
            continue
        period = periods[figure.period_id]
        actuals = []
        if figure.actual is not None:
            actuals.append(ResultValue(value=figure.actual))
            if project_id is not None:
                actuals += [
                    ResultValue(value=amount, dimensions=(Dimension(name=name, value=value),))
                    for name, value, amount in dimensions.get(
                        (project_id, indicator_id, figure.period_id), []
                    )
                ]
        out.append(
            ResultPeriod(
                start=period.start_date,
                end=period.end_date,
                targets=(ResultValue(value=figure.target),) if figure.target is not None else (),
                actuals=tuple(actuals),
            )
        )
    return tuple(out)
