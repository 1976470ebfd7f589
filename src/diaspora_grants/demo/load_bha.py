"""Load the BHA programme through the services, as a project manager would have entered it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ..domain.enums import (
    ApplicationStatus,
    CallStatus,
    DueDiligenceStatus,
    OrganisationType,
    OverlapRule,
    ProjectStatus,
    RiskRating,
)
from ..services.applications import ApplicationInput, ApplicationView
from ..services.calls import CallInput, CriterionInput
from ..services.finance import BudgetLineInput, ExpenditureInput, TrancheInput
from ..services.inputs import input_of
from ..services.organisations import ContactInput, OrganisationInput
from ..services.programme_reporting import AwardInput
from ..services.programmes import ProgrammeInput
from ..services.projects import ProjectInput, ProjectView
from ..services.registry import Services
from ..services.requirements import RequirementInput
from ..services.reviews import ReviewInput
from . import bha_programme as bha
from .load_bha_results import load_bha_results

D = Decimal
#: The 2022 decisions were taken while the partners' due diligence (cleared 2022-04-15) was valid;
#: loaded later, after some of it expired, the decisions say so rather than seem unchecked.
DUE_DILIGENCE_AT_THE_TIME = "Due diligence cleared on 2022-04-15 was valid when this 2022 decision was made"


def load_bha(services: Services) -> None:
    donor_id, reporting_org_id = _institutions(services)
    partner_ids = _partners(services)
    programme = services.programmes.create(
        ProgrammeInput(
            code=bha.PROGRAMME_CODE,
            name="Diaspora partnerships for COVID-19 recovery in Lebanon, Tunisia and Zimbabwe",
            description="Grants to six diaspora organisations selected through a call for expressions of "
            "interest in early 2022. Closing event: 25 January 2023, Tunis. " + bha.DEMO_NOTE,
            start_date=dt.date(2022, 1, 1),
            end_date=dt.date(2023, 3, 31),
            donor_id=donor_id,
            reporting_org_id=reporting_org_id,
            award_number="720BHA22-DEMO-0001",
            currency="USD",
            overlap_rule=OverlapRule.MAX_PER_LOCATION,
            sdg_goals=("3", "10", "17"),
        )
    )
    _award_from_the_donor(services, programme.id)
    applications = _call_and_applications(services, programme.id, partner_ids)
    projects = _award(services, applications)
    for plan in bha.PROJECTS:
        _finance(services, projects[plan.code], plan)
        _requirements(services, projects[plan.code])
    load_bha_results(services, programme.id, projects)


def _award_from_the_donor(services: Services, programme_id: int) -> None:
    """The award as the donor's agreement states it (illustrative figures), with COVID-19's GLIDE."""
    services.programmes.set_award(
        programme_id,
        AwardInput(
            amount=D(1_800_000),
            funds_received=D(1_400_000),
            funds_received_on=dt.date(2022, 10, 3),
            subgrants=D(1_580_000),
            direct_costs=D(96_500),
            indirect_rate=D("0.07"),
            humanitarian=True,
            emergency_glide="EP-2020-000012-001",
        ),
        expected_version=0,
    )


def _institutions(services: Services) -> tuple[int, int]:
    donor = services.organisations.create(
        OrganisationInput(
            name="USAID Bureau for Humanitarian Assistance",
            acronym="USAID/BHA",
            type=OrganisationType.DONOR,
            hq_country="US",
            iati_identifier="US-GOV-1",
            website="https://www.usaid.gov",
        )
    )
    iom = services.organisations.create(
        OrganisationInput(
            name="International Organization for Migration",
            acronym="IOM",
            type=OrganisationType.UN_AGENCY,
            hq_country="CH",
            operating_countries=("LB", "TN", "ZW", "EG"),
            iati_identifier="XM-DAC-47066",
            website="https://www.iom.int",
        )
    )
    return donor.id, iom.id


def _partners(services: Services) -> dict[str, int]:
    ids: dict[str, int] = {}
    countries = {p.partner: p.country for p in bha.PROJECTS}
    for number, partner in enumerate(bha.PARTNERS):
        expiry = dt.date(2026, 4, 15) if number % 2 else dt.date(2027, 1, 10)
        created = services.organisations.create(
            OrganisationInput(
                name=partner.name,
                acronym=partner.acronym,
                type=OrganisationType.DIASPORA,
                hq_country=partner.hq_country,
                origin_countries=partner.origin,
                operating_countries=(countries[partner.acronym],),
                website=partner.website,
                iati_identifier=partner.iati_ref,
                dd_status=DueDiligenceStatus.CLEARED,
                dd_date=dt.date(2022, 4, 15),
                dd_expiry=expiry,
                risk_rating=RiskRating.LOW if number < 3 else RiskRating.MODERATE,
                notes=bha.DEMO_NOTE,
            )
        )
        services.organisations.add_contact(
            created.id,
            ContactInput(
                name=f"{partner.acronym} programme focal point",
                role="Programme manager",
                email=f"programme@{partner.acronym.lower()}.example.org",
            ),
        )
        ids[partner.acronym] = created.id
    for name, hq, origin, _outcome, _reason in bha.OTHER_APPLICANTS:
        is_diaspora = "Kairouan" not in name
        created = services.organisations.create(
            OrganisationInput(
                name=name,
                type=OrganisationType.DIASPORA if is_diaspora else OrganisationType.NGO,
                hq_country=hq,
                origin_countries=origin,
                notes="Fictional applicant in the demo programme.",
            )
        )
        ids[name] = created.id
    return ids


def _call_and_applications(
    services: Services, programme_id: int, organisation_ids: dict[str, int]
) -> dict[str, ApplicationView]:
    call = services.calls.create(
        CallInput(
            reference=bha.CALL_REFERENCE,
            title="Expressions of interest: diaspora organisations in COVID-19 recovery",
            programme_id=programme_id,
            description="Call for expressions of interest for diaspora organisations to implement "
            "COVID-19 recovery activities in Lebanon, Tunisia and Zimbabwe.",
            eligible_countries=("LB", "TN", "ZW"),
            eligible_sectors=("15153", "11120", "12264", "11231"),
            envelope_amount=D(1800000),
            ceiling_per_grant=D(300000),
            launch_date=dt.date(2022, 2, 1),
            clarification_date=dt.date(2022, 2, 15),
            submission_deadline=dt.date(2022, 3, 15),
            decision_date=dt.date(2022, 4, 30),
        )
    )
    services.calls.set_criteria(
        call.id,
        [CriterionInput(name=n, weight=w, description=d, max_score=5) for n, w, d in bha.CRITERIA],
        expected_version=call.version,
    )
    call = services.calls.change_status(
        call.id, CallStatus.OPEN, expected_version=services.calls.get(call.id).version
    )
    criteria = services.calls.get(call.id).criteria
    plans = {p.partner: p for p in bha.PROJECTS}
    received: dict[str, ApplicationView] = {}
    for day, key in enumerate([*plans, *(a[0] for a in bha.OTHER_APPLICANTS)], start=1):
        plan = plans.get(key)
        received[key] = services.applications.create(
            ApplicationInput(
                call_id=call.id,
                organisation_id=organisation_ids[key],
                received_date=dt.date(2022, 3, 1) + dt.timedelta(days=day % 14),
                title=plan.title if plan else f"Diaspora engagement proposal by {key}",
                summary=f"{plan.activity.capitalize()} in {plan.country}." if plan else None,
                countries=(plan.country,) if plan else ("LB",),
                sector=plan.sector if plan else "Protection",
                requested_amount=plan.grant if plan else D(280000),
            )
        )
    call = services.calls.change_status(
        call.id, CallStatus.CLOSED, expected_version=services.calls.get(call.id).version
    )
    services.calls.change_status(call.id, CallStatus.UNDER_REVIEW, expected_version=call.version)
    outcomes = {a[0]: (a[3], a[4]) for a in bha.OTHER_APPLICANTS}
    for key, application in received.items():
        received[key] = _decide(services, key, application, outcomes.get(key), criteria)
    return received


def _decide(
    services: Services,
    key: str,
    application: ApplicationView,
    outcome: tuple[str, str] | None,
    criteria: tuple[object, ...],
) -> ApplicationView:
    apps = services.applications
    if outcome and outcome[0] == "withdrawn":
        return apps.withdraw(application.id, outcome[1], expected_version=application.version)
    if outcome and outcome[0] == "ineligible":
        return apps.decide(
            application.id, ApplicationStatus.INELIGIBLE, outcome[1], expected_version=application.version
        )
    application = apps.decide(
        application.id, ApplicationStatus.ELIGIBLE, None, expected_version=application.version
    )
    for reviewer, scores in zip(bha.REVIEWERS, bha.SCORES[key], strict=True):
        recusal = bha.RECUSALS.get((key, reviewer))
        services.reviews.create(
            ReviewInput(
                application_id=application.id,
                reviewer=reviewer,
                scores={} if recusal else {c.id: D(s) for c, s in zip(criteria, scores, strict=True)},  # type: ignore[attr-defined]
                comment=None if recusal else "Scored against the published criteria.",
                conflict_of_interest=recusal is not None,
                conflict_note=recusal,
            )
        )
    application = apps.get(application.id)
    if outcome:
        return apps.decide(
            application.id, ApplicationStatus.REJECTED, outcome[1], expected_version=application.version
        )
    application = apps.decide(
        application.id, ApplicationStatus.SHORTLISTED, None, expected_version=application.version
    )
    return apps.decide(
        application.id,
        ApplicationStatus.SELECTED,
        "Ranked among the six highest weighted scores; due diligence cleared.",
        expected_version=application.version,
        due_diligence_override=DUE_DILIGENCE_AT_THE_TIME,
    )


def _award(services: Services, applications: dict[str, ApplicationView]) -> dict[str, ProjectView]:
    projects: dict[str, ProjectView] = {}
    for plan in bha.PROJECTS:
        application = applications[plan.partner]
        award = services.applications.award(
            application.id,
            project_code=plan.code,
            expected_version=application.version,
            country=plan.country,
            planned_start=bha.START,
            planned_end=bha.END,
            due_diligence_override=DUE_DILIGENCE_AT_THE_TIME,
        )
        project = services.projects.get(award.project_id)
        project = services.projects.update(
            project.id,
            replace(
                input_of(project, ProjectInput),
                sector=plan.sector,
                dac_code=plan.dac_code,
                target_groups=plan.target_groups,
                actual_start=bha.START,
                actual_end=bha.END + dt.timedelta(days=30),
                status=ProjectStatus.CLOSED if plan.code[:2] != "ZW" else ProjectStatus.FINALISATION,
                grant_amount=plan.grant,
                description=f"{plan.activity.capitalize()}. {bha.DEMO_NOTE}",
                agreement_number=f"720BHA22-GA-{bha.PROJECTS.index(plan) + 1:02d}",
            ),
            expected_version=project.version,
        )
        services.projects.set_locations(project.id, [(loc.name, loc.pcode) for loc in plan.locations])
        projects[plan.code] = services.projects.get(project.id)
    call = services.calls.get_by_reference(bha.CALL_REFERENCE)
    services.calls.change_status(call.id, CallStatus.AWARDED, expected_version=call.version)
    return projects


def _finance(services: Services, project: ProjectView, plan: bha.ProjectPlan) -> None:
    lines = {}
    for code, category, share in bha.BUDGET_SHARES:
        line = services.finance.create_budget_line(
            project.id, BudgetLineInput(code=code, category=category, original_amount=plan.grant * share)
        )
        lines[code] = line.id
    for number, share, planned, condition in bha.TRANCHES:
        tranche = services.finance.create_tranche(
            project.id,
            TrancheInput(
                number=number, planned_date=planned, planned_amount=plan.grant * share, condition=condition
            ),
        )
        if number < 3 or plan.code[:2] != "ZW":
            paid_on = planned + dt.timedelta(days=12)
            services.finance.approve_tranche(tranche.id, expected_version=tranche.version)
            services.finance.mark_paid(
                tranche.id, paid_on, plan.grant * share, expected_version=tranche.version + 1
            )
    # Spending: most in USD, part in the local currency at the month's rate.
    months = [dt.date(2022, m, 20) for m in range(6, 12)]
    monthly = (plan.grant * D("0.88") / len(months)).quantize(D(1))
    for month_number, day in enumerate(months):
        index = day.month - 6
        local_rate = bha.RATES[plan.local_currency][index]
        local_share = (monthly * D("0.3")).quantize(D(1))
        services.finance.create_expenditure(
            project.id,
            ExpenditureInput(
                spent_on=day,
                amount=monthly - local_share,
                currency="USD",
                budget_line_id=lines["ACT" if month_number % 3 else "PER"],
                description=f"{day:%B} activities",
            ),
        )
        services.finance.create_expenditure(
            project.id,
            ExpenditureInput(
                spent_on=day,
                amount=(local_share * local_rate).quantize(D(1)),
                currency=plan.local_currency,
                budget_line_id=lines["SUP"],
                description=f"Local purchases, {day:%B}",
            ),
        )


def _requirements(services: Services, project: ProjectView) -> None:
    due = (
        ("Quarterly report 2022-Q3", dt.date(2022, 10, 31), dt.date(2022, 10, 27), dt.date(2022, 11, 10)),
        ("Quarterly report 2022-Q4", dt.date(2023, 1, 31), dt.date(2023, 1, 30), dt.date(2023, 2, 14)),
        ("Final narrative and financial report", dt.date(2023, 3, 31), None, None),
    )
    for title, due_date, submitted, accepted in due:
        done = project.country != "ZW" or submitted is not None
        services.requirements.create(
            RequirementInput(
                project_id=project.id,
                title=title,
                due_date=due_date,
                submitted_on=submitted or (dt.date(2023, 3, 28) if done else None),
                accepted_on=accepted or (dt.date(2023, 4, 20) if done else None),
            )
        )
    if project.code == "TN-MEDIA-01":
        services.requirements.create(
            RequirementInput(
                project_id=project.id,
                title="Closing event in Tunis: humanitarian actors and diaspora organisations",
                due_date=dt.date(2023, 1, 25),
                submitted_on=dt.date(2023, 1, 25),
                accepted_on=dt.date(2023, 2, 20),
                notes="Followed by a report on coordination between humanitarian and diaspora actors.",
            )
        )
