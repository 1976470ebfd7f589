"""5W rows (who, what, where, when, for whom) and Campaign rows (engagement, never reach)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import replace
from decimal import Decimal

from ...domain import codes
from ...domain.enums import Counting, Measure, Reach
from ...domain.money import RateTable, round_money
from ...reporting.donor_workbook.model import CampaignMetric, FiveWRow
from ..indicators import IndicatorView
from ..organisations import OrganisationView
from ..programmes import ProgrammeView
from ..projects import ProjectView
from ..results_summary import IndicatorSummary
from .facts import project_period

#: Units of engagement metrics: they count clicks and points, never people.
ENGAGEMENT_UNITS = ("views", "likes", "shares", "comments", "points")
WHOLE_PROJECT = "whole project"
ALL_LOCATIONS = "all locations (project)"


def five_w_rows(
    programme: ProgrammeView,
    projects: Sequence[ProjectView],
    partners: Mapping[int, OrganisationView],
    reached: Mapping[tuple[int, int | None], Decimal],
    budgets: Mapping[int, Decimal],
    targets: Mapping[int, Decimal],
    reporting_date: dt.date,
) -> list[FiveWRow]:
    """Per project: one row with its budget and target (location "all locations"), then one row per
    location with what the headline indicator counted there (a project's own count: the same
    person may appear under two projects). No figure sits on a row it does not belong to, so each
    column adds up to the programme's figure."""
    rows = []
    span = (programme.start_date, programme.end_date)
    for project in projects:
        base = _project_row(programme, project, partners.get(project.partner_id), span, reporting_date)
        target = targets.get(project.id)
        rows.append(
            replace(
                base,
                location=ALL_LOCATIONS,
                targeted_total=None if target is None else int(target),
                budget_usd=budgets.get(project.id),
            )
        )
        rows.extend(_location_rows(base, project, reached))
    return rows


def _project_row(
    programme: ProgrammeView,
    project: ProjectView,
    partner: OrganisationView | None,
    span: tuple[dt.date, dt.date],
    reporting_date: dt.date,
) -> FiveWRow:
    """What every row of the project repeats (who, what, where, when), without any figure."""
    start, end = project_period(project, span)
    return FiveWRow(
        reporting_date=reporting_date,
        donor=programme.donor_name or "",
        programming_org=programme.reporting_org_name or "",
        partner=project.partner_name,
        partner_type=organisation_type_label(partner.type) if partner else "",
        project_code=project.code,
        project_title=project.title,
        sector=project.sector or "",
        dac_code=project.dac_code or "",
        activity=project.description or "",
        country_iso3=codes.country_alpha3(project.country),
        country_name=codes.country_name(project.country),
        start=start,
        end=end,
        status=project.status.value,
        target_group="; ".join(project.target_groups),
    )


def _location_rows(
    base: FiveWRow, project: ProjectView, reached: Mapping[tuple[int, int | None], Decimal]
) -> list[FiveWRow]:
    """One row per location, and one for the whole project where people were counted without a
    location (so that they still add up to the programme's figure)."""
    places: list[tuple[int | None, str, str]] = [
        (loc.id, loc.name, loc.pcode or "") for loc in project.locations
    ]
    if (project.id, None) in reached:
        places.append((None, "", ""))
    rows = []
    for location_id, name, pcode in places:
        value = reached.get((project.id, location_id))
        rows.append(
            replace(
                base,
                admin1=name,
                admin1_pcode=pcode,
                location="" if location_id is not None else WHOLE_PROJECT,
                reached_total=None if value is None else int(value),
            )
        )
    return rows


def organisation_type_label(kind: object) -> str:
    value = getattr(kind, "value", str(kind))
    return str(value)


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
    table: RateTable,
    reporting: str,
) -> list[CampaignMetric]:
    """Per engagement indicator, project and period in the report: the summary's actual and target
    (the period's, else the project's, else the programme's life-of-award target), and its worth in
    money where the indicator says what a unit is worth (1 EGP per point), converted to the report
    currency at the rate of the period's month."""
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
                target = next(
                    (
                        t
                        for t in (period.target, line.target, summary.programme.target, view.loa_target)
                        if t is not None
                    ),
                    None,
                )
                day = period_ends[period.period_id]
                local, converted = _worth(view, period.actual, day, table, reporting)
                rows.append(
                    CampaignMetric(
                        date=day,
                        country_iso3=codes.country_alpha3(project.country),
                        campaign=project.title,
                        metric=f"{view.unit}: {summary.name}",
                        value=_whole(period.actual),
                        target=None if target is None else _whole(target),
                        cumulative=view.counting == Counting.CUMULATIVE,
                        local_equivalent=local,
                        local_currency=view.unit_value_currency or "" if local is not None else "",
                        usd=converted,
                        sdg_tags=sdg_tags,
                        source=view.means_of_verification or "",
                    )
                )
    return rows


def _worth(
    view: IndicatorView, value: Decimal, day: dt.date, table: RateTable, reporting: str
) -> tuple[Decimal | None, Decimal | None]:
    if view.unit_value is None or not view.unit_value_currency:
        return None, None
    local = round_money(value * view.unit_value)
    return local, round_money(table.convert(local, view.unit_value_currency, reporting, day))


def _whole(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value
