"""Results: the disaggregation grid of one project, indicator and period; status; targets; bulk loading.

A scope (project x indicator x period) is saved as a whole: its cells are replaced in one
transaction, and the total is always the sum of the cells, never a typed number. Nothing in a
locked period can be created, changed or deleted, whichever path the change takes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Period, Project, Target
from ..domain import validation as v
from ..domain.enums import ResultStatus
from ..domain.errors import LockedPeriodError, NotFoundError, ValidationError
from ..domain.result_cells import checked_cells, checked_value
from ..domain.wording import QT_TRANSLATE_NOOP, say
from .base import Service, check_version
from .result_approval import (
    change_status,
    check_revision,
    in_locations,
    reopen,
    scope_label,
)
from .result_cells import CellInput, GridCell, GridView
from .result_grid import cell_rules, grid_view, scope_cells
from .result_queries import RESULT_SORT_COLUMNS, ResultFilter, ResultRow, count_results, find_results
from .result_revisions import FullKey, StoredCell, revise_cells, stored_cells
from .result_saving import KEEP, Keep, restore_cells, save_cells
from .results_bulk import DEFAULT_CHUNK_SIZE, BulkRow, insert_rows

__all__ = [
    "KEEP",
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
            return grid_view(session, project, indicator, period)

    def save_grid(
        self,
        project_id: int,
        indicator_id: int,
        period_id: int,
        cells: Iterable[CellInput],
        *,
        status: ResultStatus | None = ResultStatus.SUBMITTED,
        source: str | Keep | None = None,
        note: str | Keep | None = None,
        expected_revision: str | None = None,
    ) -> GridView:
        """Replace the cells of the scope by `cells` (an empty list clears it). Cells whose key is
        unchanged are updated in place, so the audit trail shows "12 -> 15" rather than delete+insert.

        With a `status` every cell gets it (a load of results reported elsewhere); with None, the
        locations whose cells change become drafts and the others keep theirs (a save from the
        grid). Approved cells are read-only. With `expected_revision` (the grid's `revision` when it
        was read) a save over someone else's change is refused, naming who and when."""
        chosen = ResultStatus(status) if status is not None else None
        with self._write() as session:
            scope = self._scope(session, project_id, indicator_id, period_id, write=True)
            records = scope_cells(session, project_id, indicator_id, period_id)
            check_revision(session, records, expected_revision, scope_label(*scope))
            wanted = checked_cells(cells, cell_rules(scope[0], scope[1]))
            notes = {"source": _cleaned(source, lambda t: t.strip()), "note": _cleaned(note, lambda t: t)}
            save_cells(session, self.context.user, scope, records, wanted, status=chosen, notes=notes)
            return grid_view(session, *scope)

    def restore_grid(
        self,
        project_id: int,
        indicator_id: int,
        period_id: int,
        cells: Sequence[GridCell],
        *,
        expected_revision: str | None,
    ) -> GridView:
        """Put the scope's cells back exactly as `cells` (values, statuses, who submitted and
        approved): undo and redo of a save. Refused if the cells changed since `expected_revision`."""
        with self._write() as session:
            scope = self._scope(session, project_id, indicator_id, period_id, write=True)
            records = scope_cells(session, project_id, indicator_id, period_id)
            check_revision(session, records, expected_revision, scope_label(*scope))
            checked_cells([CellInput(*c.key, c.value) for c in cells], cell_rules(scope[0], scope[1]))
            restore_cells(session, scope, records, cells)
            return grid_view(session, *scope)

    def set_status(
        self,
        project_id: int,
        indicator_id: int,
        period_id: int,
        status: ResultStatus | str,
        *,
        location_ids: Collection[int | None] | None = None,
        expected_revision: str | None = None,
    ) -> int:
        """Give the cells of the scope (of `location_ids` only, when given) `status`, under the
        approval rules; returns how many cells changed. One audit entry for the change."""
        chosen = ResultStatus(status)
        with self._write() as session:
            scope = self._scope(session, project_id, indicator_id, period_id, write=True)
            records = scope_cells(session, project_id, indicator_id, period_id)
            check_revision(session, records, expected_revision, scope_label(*scope))
            concerned = in_locations(records, location_ids)
            return change_status(session, self.context.user, scope, concerned, chosen, location_ids)

    def submit(self, project_id: int, indicator_id: int, period_id: int) -> int:
        return self.set_status(project_id, indicator_id, period_id, ResultStatus.SUBMITTED)

    def approve(self, project_id: int, indicator_id: int, period_id: int) -> int:
        return self.set_status(project_id, indicator_id, period_id, ResultStatus.APPROVED)

    def reopen(
        self,
        project_id: int,
        indicator_id: int,
        period_id: int,
        reason: str,
        *,
        location_ids: Collection[int | None] | None = None,
        expected_revision: str | None = None,
    ) -> int:
        """Approved cells back to draft so they can be corrected; the reason is kept in the audit
        trail. Returns how many cells were reopened."""
        clean = v.clean(reason)
        if clean is None:
            raise ValidationError.single(
                "reason",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "say why approved results must change (kept in the audit trail with your name)",
                    )
                ),
            )
        with self._write(reason=clean) as session:
            scope = self._scope(session, project_id, indicator_id, period_id, write=True)
            records = scope_cells(session, project_id, indicator_id, period_id)
            check_revision(session, records, expected_revision, scope_label(*scope))
            return reopen(
                session, self.context.user, scope, in_locations(records, location_ids), location_ids
            )

    def delete_scope(self, project_id: int, indicator_id: int, period_id: int) -> int:
        """Delete every cell of the scope; returns how many were deleted."""
        with self._write() as session:
            self._scope(session, project_id, indicator_id, period_id, write=True)
            records = scope_cells(session, project_id, indicator_id, period_id)
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
                "scope",
                say(
                    QT_TRANSLATE_NOOP(
                        "Core", "the project, the indicator and the period must belong to the same programme"
                    )
                ),
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
            raise ValidationError.single(
                "project", say(QT_TRANSLATE_NOOP("Core", "choose a project of the indicator's programme"))
            )
    if period_id is not None:
        period = session.get(Period, period_id)
        if period is None or period.programme_id != indicator.programme_id:
            raise ValidationError.single(
                "period", say(QT_TRANSLATE_NOOP("Core", "choose a period of the indicator's programme"))
            )


def _cleaned(text: str | Keep | None, tidy: Callable[[str], str]) -> str | Keep | None:
    return text if text is None or isinstance(text, Keep) else tidy(text) or None


def _target_view(target: Target) -> TargetView:
    return TargetView(
        id=target.id,
        indicator_id=target.indicator_id,
        project_id=target.project_id,
        period_id=target.period_id,
        value=Decimal(target.value),
        version=target.version,
    )
