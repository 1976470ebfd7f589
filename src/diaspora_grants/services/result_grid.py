"""Reading the cells of one scope as the grid shows them, and the rules its cells follow."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Period, Programme, Project, Result
from ..domain.enums import UNKNOWN_AGE_BAND, ResultStatus
from ..domain.result_cells import CellRules, allowed_age_bands
from .result_approval import revision_of, scope_label, submitter_of
from .result_cells import GridCell, GridView, grid_totals


def scope_cells(session: Session, project_id: int, indicator_id: int, period_id: int) -> list[Result]:
    query = select(Result).where(
        Result.project_id == project_id, Result.indicator_id == indicator_id, Result.period_id == period_id
    )
    return list(session.scalars(query.order_by(Result.id)))


def cell_rules(project: Project, indicator: Indicator) -> CellRules:
    programme: Programme = indicator.programme
    return CellRules(
        indicator_code=indicator.code,
        measure=indicator.measure,
        disaggregated=indicator.disaggregated,
        location_ids=frozenset(location.id for location in project.locations),
        age_bands=frozenset(allowed_age_bands(programme.age_bands, indicator.age_bands)),
        population_groups=frozenset(programme.population_groups),
        programme_age_bands=frozenset((*programme.age_bands, UNKNOWN_AGE_BAND)),
    )


def grid_view(session: Session, project: Project, indicator: Indicator, period: Period) -> GridView:
    records = scope_cells(session, project.id, indicator.id, period.id)
    cells = tuple(_grid_cell(r) for r in records)
    statuses = {r.status for r in records}
    totals = grid_totals(cells)
    programme = indicator.programme
    return GridView(
        project_id=project.id,
        indicator_id=indicator.id,
        period_id=period.id,
        period_label=period.label,
        locked=period.locked,
        disaggregated=indicator.disaggregated,
        measure=indicator.measure,
        status=statuses.pop() if len(statuses) == 1 else None,
        source=next((r.source for r in records if r.source), None),
        note=next((r.note for r in records if r.note), None),
        cells=cells,
        total=sum((c.value for c in cells), Decimal(0)),
        by_location=totals.by_location,
        by_sex=totals.by_sex,
        by_age_band=totals.by_age_band,
        by_population_group=totals.by_population_group,
        rows=totals.rows,
        age_bands=allowed_age_bands(programme.age_bands, indicator.age_bands),
        population_groups=programme.population_groups,
        locations={location.id: location.name for location in project.locations},
        label=scope_label(project, indicator, period),
        revision=revision_of(records),
        approver_must_differ=programme.approver_must_differ,
    )


def _grid_cell(r: Result) -> GridCell:
    return GridCell(
        r.location_id,
        r.population_group,
        r.sex,
        r.age_band,
        Decimal(r.value),
        r.status,
        source=r.source,
        note=r.note,
        submitted_by=submitter_of(r),
        submitted_at=r.submitted_at,
        # Approved before this was recorded: whoever last wrote the cell approved it.
        approved_by=r.approved_by or (r.updated_by if r.status == ResultStatus.APPROVED else None),
        approved_at=r.approved_at,
    )
