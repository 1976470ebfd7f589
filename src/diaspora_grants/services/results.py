"""Results: the disaggregation grid of one project, indicator and period; status; targets; bulk loading.

A scope (project x indicator x period) is saved as a whole: its cells are replaced in one
transaction, and the total is always the sum of the cells, never a typed number. Nothing in a
locked period can be created, changed or deleted, whichever path the change takes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Period, Programme, Project, Result, Target
from ..domain.enums import UNKNOWN_AGE_BAND, ResultStatus, Sex
from ..domain.errors import LockedPeriodError, NotFoundError, ValidationError, WorkflowError
from ..domain.result_cells import CellRules, allowed_age_bands, checked_cells, checked_value
from .base import Service, check_version
from .result_cells import CellInput, GridCell, GridView, grid_totals
from .result_queries import RESULT_SORT_COLUMNS, ResultFilter, ResultRow, count_results, find_results
from .result_revisions import FullKey, StoredCell, revise_cells, stored_cells
from .results_bulk import DEFAULT_CHUNK_SIZE, BulkRow, insert_rows

__all__ = [
    "RESULT_SORT_COLUMNS",
    "BulkRow",
    "CellInput",
    "GridCell",
    "GridView",
    "ResultFilter",
    "ResultRow",
    "ResultService",
    "StoredCell",
    "TargetView",
]


@dataclass(frozen=True, kw_only=True)
class TargetView:
    id: int
    indicator_id: int
    #: None: the target of the whole programme.
    project_id: int | None
    #: None: the life-of-award target.
    period_id: int | None
    value: Decimal
    version: int


class ResultService(Service):
    entity = "result"

    # The grid ---------------------------------------------------------------------------------

    def grid(self, project_id: int, indicator_id: int, period_id: int) -> GridView:
        with self._read() as session:
            project, indicator, period = self._scope(session, project_id, indicator_id, period_id)
            return _grid_view(session, project, indicator, period)

    def save_grid(
        self,
        project_id: int,
        indicator_id: int,
        period_id: int,
        cells: Iterable[CellInput],
        *,
        status: ResultStatus = ResultStatus.SUBMITTED,
        source: str | None = None,
        note: str | None = None,
    ) -> GridView:
        """Replace the cells of the scope by `cells` (an empty list clears it). Cells whose key is
        unchanged are updated in place, so the audit trail shows "12 -> 15" rather than delete+insert."""
        status = ResultStatus(status)
        with self._write() as session:
            project, indicator, period = self._scope(session, project_id, indicator_id, period_id, write=True)
            wanted = checked_cells(cells, _cell_rules(project, indicator))
            existing = {_key(r): r for r in _scope_cells(session, project_id, indicator_id, period_id)}
            values = {"status": status, "source": (source or "").strip() or None, "note": note or None}
            for key, record in existing.items():
                if key not in wanted:
                    session.delete(record)
            for key, value in wanted.items():
                found = existing.get(key)
                if found is None:
                    location_id, group, sex, age = key
                    record = Result(
                        project_id=project_id,
                        indicator_id=indicator_id,
                        period_id=period_id,
                        location_id=location_id,
                        population_group=group,
                        sex=Sex(sex) if sex else None,
                        age_band=age,
                    )
                    session.add(record)
                else:
                    record = found
                for name, new in (("value", value), *values.items()):
                    if getattr(record, name) != new:
                        setattr(record, name, new)
            session.flush()
            return _grid_view(session, project, indicator, period)

    def set_status(
        self, project_id: int, indicator_id: int, period_id: int, status: ResultStatus | str
    ) -> int:
        """Give every cell of the scope `status`; returns how many cells changed."""
        chosen = ResultStatus(status)
        with self._write() as session:
            _, indicator, period = self._scope(session, project_id, indicator_id, period_id, write=True)
            records = _scope_cells(session, project_id, indicator_id, period_id)
            if not records:
                raise WorkflowError(
                    f"there are no results of {indicator.code} in {period.label} to mark {chosen}"
                )
            changed = 0
            for record in records:
                if record.status != chosen:
                    record.status = chosen
                    changed += 1
            return changed

    def submit(self, project_id: int, indicator_id: int, period_id: int) -> int:
        return self.set_status(project_id, indicator_id, period_id, ResultStatus.SUBMITTED)

    def approve(self, project_id: int, indicator_id: int, period_id: int) -> int:
        return self.set_status(project_id, indicator_id, period_id, ResultStatus.APPROVED)

    def delete_scope(self, project_id: int, indicator_id: int, period_id: int) -> int:
        """Delete every cell of the scope; returns how many were deleted."""
        with self._write() as session:
            self._scope(session, project_id, indicator_id, period_id, write=True)
            records = _scope_cells(session, project_id, indicator_id, period_id)
            for record in records:
                session.delete(record)
            return len(records)

    # The results table (large): filtered, sorted and paged by the database ---------------------

    def find(
        self,
        filters: ResultFilter | None = None,
        *,
        order_by: str = "period",
        descending: bool = False,
        limit: int | None = 200,
        offset: int = 0,
    ) -> list[ResultRow]:
        with self._read() as session:
            return find_results(session, filters or ResultFilter(), order_by, descending, limit, offset)

    def count(self, filters: ResultFilter | None = None) -> int:
        with self._read() as session:
            return count_results(session, filters or ResultFilter())

    # Bulk loading ---------------------------------------------------------------------------------

    def bulk_insert(
        self, rows: Iterable[tuple[Any, ...] | BulkRow], *, chunk_size: int = DEFAULT_CHUNK_SIZE
    ) -> int:
        """Insert many new cells in one transaction, straight through the database driver.

        Each row is a `BulkRow` or a plain tuple in its field order (project_id, indicator_id,
        period_id, location_id, population_group, sex, age_band, value, status[, source, note]).
        Rows are checked column by column (references, programme, locks, vocabularies, values); the
        unique index refuses a cell that already exists. One BULK_INSERT audit row summarises the load.
        """
        with self._write() as session:
            return insert_rows(session, self.context.user, rows, chunk_size)

    def stored_cells(
        self, project_ids: Iterable[int], period_ids: Iterable[int]
    ) -> dict[FullKey, StoredCell]:
        """The stored cells of these projects in these periods by full key (to match a data workbook)."""
        with self._read() as session:
            return stored_cells(session, project_ids, period_ids)

    def revise_cells(self, revisions: Mapping[int, StoredCell]) -> int:
        """Change stored cells (by id) to these values, status, source and note, each change audited;
        nothing in a locked period changes. Returns how many fields changed."""
        with self._write() as session:
            return revise_cells(session, revisions)

    # Targets ------------------------------------------------------------------------------------

    def set_target(
        self,
        indicator_id: int,
        value: Decimal | int | str,
        project_id: int | None = None,
        period_id: int | None = None,
    ) -> TargetView:
        """Set (create or replace) the target of the indicator for a project or the whole programme
        (project None), for a period or the life of award (period None)."""
        with self._write() as session:
            indicator = self._get(session, Indicator, indicator_id, "indicator")
            amount, problem = checked_value("target", value, indicator.measure)
            if problem:
                raise ValidationError(problem)
            _check_target_scope(session, indicator, project_id, period_id)
            target = session.scalar(
                select(Target).where(
                    Target.indicator_id == indicator_id,
                    _is(Target.project_id, project_id),
                    _is(Target.period_id, period_id),
                )
            )
            if target is None:
                target = Target(
                    indicator_id=indicator_id, project_id=project_id, period_id=period_id, value=amount
                )
                session.add(target)
            elif target.value != amount:
                target.value = amount
            session.flush()
            return _target_view(target)

    def find_targets(
        self,
        *,
        programme_id: int | None = None,
        indicator_id: int | None = None,
        project_id: int | None = None,
    ) -> list[TargetView]:
        query = select(Target).join(Indicator, Target.indicator_id == Indicator.id)
        if programme_id is not None:
            query = query.where(Indicator.programme_id == programme_id)
        if indicator_id is not None:
            query = query.where(Target.indicator_id == indicator_id)
        if project_id is not None:
            query = query.where(Target.project_id == project_id)
        query = query.order_by(Indicator.position, Target.indicator_id, Target.project_id, Target.period_id)
        with self._read() as session:
            return [_target_view(t) for t in session.scalars(query)]

    def delete_target(self, target_id: int, *, expected_version: int | None = None) -> None:
        with self._write() as session:
            target = self._get(session, Target, target_id, "target")
            check_version(target, expected_version, "target")
            session.delete(target)

    # Helpers --------------------------------------------------------------------------------------

    def _scope(
        self, session: Session, project_id: int, indicator_id: int, period_id: int, *, write: bool = False
    ) -> tuple[Project, Indicator, Period]:
        project = self._get(session, Project, project_id, "project")
        indicator = self._get(session, Indicator, indicator_id, "indicator")
        # A writer holds the period row, so that nobody locks the period half-way through the save.
        query = select(Period).where(Period.id == period_id)
        period = session.scalar(query.with_for_update(read=True) if write else query)
        if period is None:
            raise NotFoundError("period", f"#{period_id}")
        if not (project.programme_id == indicator.programme_id == period.programme_id):
            raise ValidationError.single(
                "scope", "the project, the indicator and the period must belong to the same programme"
            )
        if write and period.locked:
            raise LockedPeriodError(period.label)
        return project, indicator, period


def _is(column: Any, value: int | None) -> Any:
    return column.is_(None) if value is None else column == value


def _check_target_scope(
    session: Session, indicator: Indicator, project_id: int | None, period_id: int | None
) -> None:
    if project_id is not None:
        project = session.get(Project, project_id)
        if project is None or project.programme_id != indicator.programme_id:
            raise ValidationError.single("project", "choose a project of the indicator's programme")
    if period_id is not None:
        period = session.get(Period, period_id)
        if period is None or period.programme_id != indicator.programme_id:
            raise ValidationError.single("period", "choose a period of the indicator's programme")


def _scope_cells(session: Session, project_id: int, indicator_id: int, period_id: int) -> list[Result]:
    query = select(Result).where(
        Result.project_id == project_id, Result.indicator_id == indicator_id, Result.period_id == period_id
    )
    return list(session.scalars(query.order_by(Result.id)))


def _key(record: Result) -> tuple[int | None, str | None, str | None, str | None]:
    sex = record.sex.value if record.sex else None
    return (record.location_id, record.population_group, sex, record.age_band)


def _cell_rules(project: Project, indicator: Indicator) -> CellRules:
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


def _grid_view(session: Session, project: Project, indicator: Indicator, period: Period) -> GridView:
    records = _scope_cells(session, project.id, indicator.id, period.id)
    cells = tuple(
        GridCell(r.location_id, r.population_group, r.sex, r.age_band, Decimal(r.value), r.status)
        for r in records
    )
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
    )


def _target_view(target: Target) -> TargetView:
    return TargetView(
        id=target.id,
        indicator_id=target.indicator_id,
        project_id=target.project_id,
        period_id=target.period_id,
        value=Decimal(target.value),
        version=target.version,
    )
