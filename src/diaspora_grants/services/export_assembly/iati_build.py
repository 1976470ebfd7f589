"""The IATI 2.03 input from the services: programme as parent activity, projects as children.

Amounts are in the programme's reporting currency, converted as the finance service converts
(grant at the agreement rate, a tranche at the rate of its payment month, expenditure at the rate
of the month it was spent). Results are the results summary's figures; each project's actuals
carry sex and age dimensions summed from its cells (one project: no overlap to resolve).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...domain.enums import OrganisationType
from ...domain.errors import DomainError
from ...domain.money import RateTable
from ...domain.wording import QT_TRANSLATE_NOOP, say
from ...reporting.iati_model import (
    CountryShare,
    HumanitarianScope,
    IatiLocation,
    IatiOrg,
    IatiProgramme,
    IatiProject,
    Participant,
    SectorShare,
)
from ..organisations import OrganisationView
from ..programme_reporting import AwardView
from ..projects import ProjectView
from ..results_summary import IndicatorSummary
from .facts import ProgrammeFacts
from .iati_money import (
    budgets,
    percentages,
    planned_disbursements,
    programme_transactions,
    project_transactions,
)
from .iati_results import Dimensions, dimensions_of, iati_results
from .variances import donor_family

if TYPE_CHECKING:
    from ..registry import Services

#: IATI OrganisationType of the app's types that do not depend on where the organisation works.
ORG_TYPES = {
    OrganisationType.GOVERNMENT: "10",
    OrganisationType.INTERNATIONAL_NGO: "21",
    OrganisationType.UN_AGENCY: "40",
    OrganisationType.PRIVATE_SECTOR: "70",
    OrganisationType.OTHER: "90",
}
INTERNATIONAL_NGO, PARTNER_COUNTRY_NGO = "21", "24"
#: GLIDE number of the COVID-19 pandemic, the emergency IATI's COVID-19 guidance names.
COVID_GLIDE = "EP-2020-000012-001"
ROLE_FUNDING, ROLE_ACCOUNTABLE, ROLE_IMPLEMENTING = "1", "2", "4"
HUNDRED = Decimal(100)


def organisation_type(view: OrganisationView, country: str | None = None) -> str:
    """IATI OrganisationType: an NGO (diaspora or not) based in the country it works in is a
    partner-country NGO (24), one based elsewhere an international NGO (21); a donor by its
    identifier (a government agency's ref has -GOV-; EU institutions are multilateral)."""
    if view.type in (OrganisationType.NGO, OrganisationType.DIASPORA):
        return PARTNER_COUNTRY_NGO if country and view.hq_country == country else INTERNATIONAL_NGO
    if view.type == OrganisationType.DONOR:
        family = donor_family(view.iati_identifier)
        ref = (view.iati_identifier or "").upper()
        return "40" if family == "eu" else "10" if "-GOV" in ref else "90"
    return ORG_TYPES.get(view.type, "90")


def _org(view: OrganisationView, country: str | None = None) -> IatiOrg:
    return IatiOrg(ref=view.iati_identifier or "", type=organisation_type(view, country), name=view.name)


@dataclass(frozen=True)
class _Context:
    services: Services
    facts: ProgrammeFacts
    today: dt.date
    table: RateTable
    summaries: list[IndicatorSummary]
    dimensions: Dimensions
    base: tuple[Participant, ...]
    reporter: IatiOrg


def iati_programme(
    services: Services, facts: ProgrammeFacts, today: dt.date, generated_at: dt.datetime | None = None
) -> IatiProgramme:
    programme = facts.programme
    reporter = _reporting_organisation(services, facts)
    donor = services.organisations.get(programme.donor_id) if programme.donor_id else None
    funder = _org(donor) if donor else None
    award = services.programmes.award(programme.id)
    funders = (Participant(org=funder, role=ROLE_FUNDING),) if funder else ()
    ctx = _Context(
        services=services,
        facts=facts,
        today=today,
        table=services.exchange_rates.rate_table(programme.currency),
        summaries=services.reach.results_summary(programme.id),
        dimensions=dimensions_of(services, facts),
        base=(*funders, Participant(org=_org(reporter), role=ROLE_ACCOUNTABLE)),
        reporter=_org(reporter),
    )
    grants = {
        p.id: services.finance.project_summary(p.id, as_of=today).in_reporting_currency.grant
        for p in facts.projects
    }
    projects = tuple(_project(ctx, project, grants[project.id], generated_at) for project in facts.projects)
    return _programme_activity(ctx, award, funder, grants, projects, generated_at)


def _reporting_organisation(services: Services, facts: ProgrammeFacts) -> OrganisationView:
    """The organisation every activity is reported by; IATI cannot name it without its identifier."""
    programme = facts.programme
    if programme.reporting_org_id is None:
        raise DomainError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core", "programme {code} has no reporting organisation: set it before exporting to IATI"
                ),
                code=programme.code,
            )
        )
    reporter = services.organisations.get(programme.reporting_org_id)
    if not reporter.iati_identifier:
        raise DomainError(
            say(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "the reporting organisation {name} has no IATI identifier: add it before exporting",
                ),
                name=reporter.name,
            )
        )
    return reporter


def _programme_activity(
    ctx: _Context,
    award: AwardView,
    funder: IatiOrg | None,
    grants: dict[int, Decimal],
    projects: tuple[IatiProject, ...],
    generated_at: dt.datetime | None,
) -> IatiProgramme:
    """The parent activity: its countries and sectors weighted by the projects' grants."""
    facts, today = ctx.facts, ctx.today
    programme = facts.programme
    status = _programme_status(programme.start_date, programme.end_date, facts.projects, today)
    actual_start, actual_end = actual_dates(
        status, programme.start_date, programme.end_date, None, None, today
    )
    return IatiProgramme(
        code=programme.code,
        own_identifier=programme.code,
        title=programme.name,
        description=programme.description or programme.name,
        status=status,
        planned_start=programme.start_date,
        planned_end=programme.end_date,
        actual_start=actual_start,
        actual_end=actual_end,
        participants=ctx.base,
        countries=_country_shares(facts, grants),
        sectors=_sector_shares(facts, grants),
        sdg_goals=tuple(programme.sdg_goals),
        budgets=budgets(programme.start_date, programme.end_date, award.amount, programme.start_date),
        transactions=programme_transactions(award, programme.start_date, today, funder, ctx.reporter),
        results=iati_results(
            ctx.summaries, facts, None, ctx.dimensions, (programme.start_date, programme.end_date)
        ),
        reporting_org=ctx.reporter,
        default_currency=programme.currency,
        humanitarian=award.humanitarian,
        humanitarian_scope=_scope(award.emergency_glide),
        last_updated=generated_at,
        projects=projects,
    )


def _country_shares(facts: ProgrammeFacts, grants: dict[int, Decimal]) -> tuple[CountryShare, ...]:
    return tuple(
        CountryShare(code=c, percentage=share)
        for c, share in percentages((p.country, grants[p.id]) for p in facts.projects).items()
    )


def _sector_shares(facts: ProgrammeFacts, grants: dict[int, Decimal]) -> tuple[SectorShare, ...]:
    # A project without a DAC code has no sector to weigh: the shares are of the coded ones.
    return tuple(
        SectorShare(code=c, percentage=share)
        for c, share in percentages((p.dac_code, grants[p.id]) for p in facts.projects if p.dac_code).items()
    )


def _scope(glide: str | None) -> HumanitarianScope | None:
    if not glide:
        return None
    name = "COVID-19 pandemic" if glide == COVID_GLIDE else ""
    return HumanitarianScope(code=glide, narrative=name)


def actual_dates(
    status: str,
    planned_start: dt.date | None,
    planned_end: dt.date | None,
    actual_start: dt.date | None,
    actual_end: dt.date | None,
    today: dt.date,
) -> tuple[dt.date | None, dt.date | None]:
    """IATI's activity dates guidance: an activity in implementation (2) or later has an actual
    start, a finished one (3 finalisation, 4 closed) an actual end. Where none is recorded, the
    agreed (planned) date stands in for it, never a date in the future."""
    started = status in ("2", "3", "4")
    ended = status in ("3", "4")
    if started and actual_start is None and planned_start is not None and planned_start <= today:
        actual_start = planned_start
    if ended and actual_end is None and planned_end is not None and planned_end <= today:
        actual_end = planned_end
    return actual_start, actual_end


def _project(
    ctx: _Context, project: ProjectView, grant: Decimal, generated_at: dt.datetime | None
) -> IatiProject:
    programme = ctx.facts.programme
    partner_view = ctx.facts.partners[project.partner_id]
    partner = _org(partner_view, project.country)
    status = project.status.iati_code
    # IATI requires a start date: a project without dates stands in the programme's.
    planned_start = project.planned_start or (None if project.actual_start else programme.start_date)
    planned_end = project.planned_end or (None if project.actual_end else programme.end_date)
    actual_start, actual_end = actual_dates(
        status, planned_start, planned_end, project.actual_start, project.actual_end, ctx.today
    )
    currency = programme.currency
    return IatiProject(
        code=project.code,
        own_identifier=project.agreement_number or project.code,
        title=project.title,
        description=project.description or project.title,
        status=status,
        planned_start=planned_start,
        actual_start=actual_start,
        planned_end=planned_end,
        actual_end=actual_end,
        participants=(*ctx.base, Participant(org=partner, role=ROLE_IMPLEMENTING)),
        countries=(CountryShare(code=project.country, percentage=HUNDRED),),
        locations=tuple(IatiLocation(name=loc.name, ref=loc.pcode or "") for loc in project.locations),
        sectors=(SectorShare(code=project.dac_code),) if project.dac_code else (),
        sdg_goals=tuple(programme.sdg_goals),
        budgets=budgets(
            project.planned_start or project.actual_start,
            project.planned_end or project.actual_end,
            grant,
            programme.start_date,
        ),
        planned_disbursements=planned_disbursements(
            ctx.services, project, ctx.table, currency, ctx.today, ctx.reporter, partner
        ),
        transactions=project_transactions(
            ctx.services, project, ctx.table, currency, ctx.today, grant, ctx.reporter, partner
        ),
        results=iati_results(
            ctx.summaries,
            ctx.facts,
            project.id,
            ctx.dimensions,
            (planned_start or programme.start_date, planned_end or programme.end_date),
        ),
        last_updated=generated_at,
    )


def _programme_status(start: dt.date, end: dt.date, projects: tuple[ProjectView, ...], today: dt.date) -> str:
    if today < start:
        return "1"
    if today <= end:
        return "2"
    return "4" if all(p.status.iati_code in ("4", "5") for p in projects) else "3"
