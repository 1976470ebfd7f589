"""The Egypt RDPP programme: a clickfunding campaign whose engagement is never counted as people."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ..domain.enums import Counting, OrganisationType, OverlapRule, ProjectStatus, Reach, ResultStatus
from ..services.indicators import IndicatorInput
from ..services.inputs import input_of
from ..services.organisations import OrganisationInput
from ..services.programme_reporting import AwardInput
from ..services.programmes import ProgrammeInput
from ..services.projects import ProjectInput, ProjectView
from ..services.registry import Services
from ..services.result_cells import CellInput
from . import rdpp_programme as rdpp


def load_rdpp(services: Services) -> None:
    programme_id, partner_ids = _programme(services)
    project = _campaign(services, programme_id, partner_ids[2])
    periods = [
        services.periods.create(programme_id, label, start, end).id for label, start, end in rdpp.PERIODS
    ]
    _engagement(services, programme_id, project.id, periods)
    _reporting_details(services, programme_id, project.id)


def _reporting_details(services: Services, programme_id: int, project_id: int) -> None:
    """What the EU report needs besides the figures: the award (illustrative), the agreement's
    number, and what a point is worth (1 EGP)."""
    services.programmes.set_award(
        programme_id,
        AwardInput(
            amount=Decimal(150_000),
            funds_received=Decimal(120_000),
            funds_received_on=dt.date(2022, 6, 1),
            subgrants=Decimal(150_000),
            direct_costs=Decimal(0),
            indirect_rate=Decimal("0.07"),
        ),
        expected_version=0,
    )
    project = services.projects.get(project_id)
    numbered = replace(input_of(project, ProjectInput), agreement_number="RDPP-NA-EG-GA-01")
    services.projects.update(project_id, numbered, expected_version=project.version)
    points = services.indicators.get_by_code(programme_id, "CAMP-POINTS")
    services.indicators.set_unit_value(points.id, Decimal(1), "EGP", expected_version=points.version)


def _programme(services: Services) -> tuple[int, list[int]]:
    donor = services.organisations.create(
        OrganisationInput(
            name="European Union",
            acronym="EU",
            type=OrganisationType.DONOR,
            hq_country="BE",
            iati_identifier="XI-IATI-EC_NEAR",
        )
    )
    reporting_org = services.organisations.find_id("International Organization for Migration")
    partner_ids = [
        services.organisations.create(
            OrganisationInput(
                name=name,
                type=OrganisationType(kind),
                hq_country="EG",
                operating_countries=("EG",),
                notes="Placeholder name: public sources describe the partners without naming them.",
            )
        ).id
        for name, kind in rdpp.CAMPAIGN_PARTNERS
    ]
    programme = services.programmes.create(
        ProgrammeInput(
            code=rdpp.PROGRAMME_CODE,
            name="Regional Development and Protection Programme for North Africa (RDPP NA), Egypt",
            description="Community cohesion between migrants and Egyptian host communities, including the "
            '"Living Together" clickfunding campaign (1 EGP per point).',
            start_date=rdpp.PROGRAMME_START,
            end_date=rdpp.PROGRAMME_END,
            donor_id=donor.id,
            reporting_org_id=reporting_org,
            award_number="NDICI/2022/000-001",
            currency="EUR",
            overlap_rule=OverlapRule.SUM,
            sdg_goals=rdpp.SDG_GOALS,
        )
    )
    return programme.id, partner_ids


def _campaign(services: Services, programme_id: int, partner_id: int) -> ProjectView:
    return services.projects.create(
        ProjectInput(
            code=rdpp.PROJECT_CODE,
            title='"Living Together" clickfunding campaign for community cohesion',
            programme_id=programme_id,
            partner_id=partner_id,
            country="EG",
            sector="Protection",
            dac_code="15190",
            target_groups=("host community", "migrants"),
            planned_start=rdpp.PERIODS[0][1],
            planned_end=rdpp.PERIODS[-1][2],
            actual_start=rdpp.PERIODS[0][1],
            status=ProjectStatus.CLOSED,
            grant_amount=rdpp.GRANT_EUR,
            currency="EUR",
        )
    )


def _engagement(services: Services, programme_id: int, project_id: int, periods: list[int]) -> None:
    """Views, likes, shares, comments and points: engagement, never people reached."""
    for code, name, unit, counting, first, week, target in rdpp.ENGAGEMENT:
        indicator = services.indicators.create(
            programme_id,
            IndicatorInput(
                code=code,
                name=name,
                unit=unit,
                counting=Counting(counting),
                reach=Reach.NONE,
                loa_target=Decimal(target) if target else None,
                disaggregated=False,
                means_of_verification="Campaign platform statistics.",
            ),
        )
        values = (first, week) if week is not None else (first,)
        for period_id, value in zip(periods, values, strict=False):
            services.results.save_grid(
                project_id, indicator.id, period_id, [CellInput.single(value)], status=ResultStatus.APPROVED
            )
