"""5W rows (who, what, where, when, for whom) and Campaign rows (engagement, never reach)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal

from ...domain import codes
from ...domain.enums import Measure, Reach
from ...reporting.donor_workbook.model import CampaignMetric, FiveWRow
from ..indicators import IndicatorView
from ..organisations import OrganisationView
from ..programmes import ProgrammeView
from ..projects import ProjectView
from ..results_summary import IndicatorSummary

#: Units of engagement metrics: they count clicks and points, never people.
ENGAGEMENT_UNITS = ("views", "likes", "shares", "comments", "points")
WHOLE_PROJECT = "whole project"


def five_w_rows(
    programme: ProgrammeView,
    projects: Sequence[ProjectView],
    partners: Mapping[int, OrganisationView],
    reached: Mapping[tuple[int, int | None], Decimal],
    budgets: Mapping[int, Decimal],
    reporting_date: dt.date,
) -> list[FiveWRow]:
    """One row per project and location. `reached` is the headline indicator's cells per project and
    location (a project's own count: the same person may appear under two projects); the budget is
    given once per project, on its first row, so that the column adds up to the programme's."""
    rows = []
    for project in projects:
        partner = partners.get(project.partner_id)
        places: list[tuple[int | None, str, str]] = [
            (loc.id, loc.name, loc.pcode or "") for loc in project.locations
        ]
        if (project.id, None) in reached or not places:
            places.append((None, "", ""))
        for index, (location_id, name, pcode) in enumerate(places):
            value = reached.get((project.id, location_id))
            rows.append(
                FiveWRow(
                    reporting_date=reporting_date,
                    donor=programme.donor_name or "",
                    programming_org=programme.reporting_org_name or "",
                    partner=project.partner_name,
                    partner_type=partner.type.value if partner else "",
                    project_code=project.code,
                    project_title=project.title,
                    sector=project.sector or "",
                    dac_code=project.dac_code or "",
                    activity=project.description or "",
                    country_iso3=codes.country_alpha3(project.country),
                    country_name=codes.country_name(project.country),
                    admin1=name,
                    admin1_pcode=pcode,
                    location="" if location_id is not None else WHOLE_PROJECT,
                    start=project.actual_start or project.planned_start,
                    end=project.actual_end or project.planned_end,
                    status=project.status.value,
                    target_group="; ".join(project.target_groups),
                    reached_total=None if value is None else int(value),
                    budget_usd=budgets.get(project.id) if index == 0 else None,
                )
            )
    return rows


def is_engagement(view: IndicatorView) -> bool:
    unit = (view.unit or "").strip().lower()
    return view.reach == Reach.NONE and view.measure == Measure.NUMBER and unit in ENGAGEMENT_UNITS


def campaign_metrics(
    summaries: Sequence[IndicatorSummary],
    indicators: Mapping[int, IndicatorView],
    projects: Mapping[int, ProjectView],
    period_ends: Mapping[int, dt.date],
    wanted_periods: set[int],
    sdg_tags: str,
) -> list[CampaignMetric]:
    """Per engagement indicator, project and period in the report: the summary's actual and target."""
    rows = []
    for summary in summaries:
        view = indicators[summary.indicator_id]
        if not is_engagement(view):
            continue
        for line in summary.projects:
            project = projects.get(line.project_id) if line.project_id is not None else None
            if project is None:
                continue
            for period in line.periods:
                if period.actual is None or period.period_id not in wanted_periods:
                    continue
                target = period.target if period.target is not None else line.target
                rows.append(
                    CampaignMetric(
                        date=period_ends[period.period_id],
                        country_iso3=codes.country_alpha3(project.country),
                        campaign=project.title,
                        metric=f"{view.unit}: {summary.name}",
                        value=period.actual,
                        target=target,
                        sdg_tags=sdg_tags,
                        source=view.means_of_verification or "",
                    )
                )
    return rows
