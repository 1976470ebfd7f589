"""Writing the cells of one scope: a save from the grid (or a load), and putting cells back exactly
as they were (undo). Approved cells are read-only here; approval itself is in result_approval."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.models import Indicator, Period, Project, Result
from ..domain.approval import edit_problem
from ..domain.enums import ResultStatus, Sex
from ..domain.errors import CellKey, WorkflowError
from .result_approval import check_editable, place_names, scope_label, stamp
from .result_cells import GridCell

Scope = tuple[Project, Indicator, Period]


class Keep(Enum):
    """Leave the stored value as it is (a source or note the grid does not show)."""

    KEEP = "keep"


KEEP = Keep.KEEP


def key_of(record: Result) -> CellKey:
    sex = record.sex.value if record.sex else None
    return (record.location_id, record.population_group, sex, record.age_band)


def changed_locations(
    existing: Mapping[CellKey, Result], wanted: Mapping[CellKey, Decimal]
) -> set[int | None]:
    """The locations whose cells a save changes (a cell added, removed or given another value)."""
    changed: set[int | None] = set()
    for key in existing.keys() | wanted.keys():
        record = existing.get(key)
        if record is None or key not in wanted or record.value != wanted[key]:
            changed.add(key[0])
    return changed


def save_cells(
    session: Session,
    user: str,
    scope: Scope,
    records: Sequence[Result],
    wanted: Mapping[CellKey, Decimal],
    *,
    status: ResultStatus | None,
    notes: Mapping[str, str | Keep | None],
) -> None:
    """Make the scope hold `wanted`. With a `status`, every cell gets it; without, the locations
    whose cells change become drafts (they must be submitted again) and the others are left alone."""
    existing = {key_of(r): r for r in records}
    changed = changed_locations(existing, wanted)
    check_editable(scope, records, changed)
    if status is not None and status != ResultStatus.APPROVED:
        _check_status_kept(scope, [r for k, r in existing.items() if k in wanted])
    now = utcnow()
    for key, record in existing.items():
        if key not in wanted:
            session.delete(record)
    for key, value in wanted.items():
        if status is None and key[0] not in changed:
            continue
        record = existing.get(key) or _new_cell(session, scope, key)
        _assign(record, {"value": value, **{k: v for k, v in notes.items() if v is not KEEP}})
        stamp(record, status or ResultStatus.DRAFT, user, now)
    session.flush()


def restore_cells(
    session: Session, scope: Scope, records: Sequence[Result], cells: Sequence[GridCell]
) -> None:
    """Make the scope hold exactly `cells`: values, statuses, notes and who submitted and approved."""
    existing = {key_of(r): r for r in records}
    target = {cell.key: cell for cell in cells}
    for key, record in existing.items():
        if key not in target:
            session.delete(record)
    for key, cell in target.items():
        record = existing.get(key) or _new_cell(session, scope, key)
        _assign(
            record,
            {
                name: getattr(cell, name)
                for name in (
                    "value", "status", "source", "note",
                    "submitted_by", "submitted_at", "approved_by", "approved_at",
                )
            },
        )  # fmt: skip
    session.flush()


def _check_status_kept(scope: Scope, kept: Sequence[Result]) -> None:
    approved = {r.location_id for r in kept if r.status == ResultStatus.APPROVED}
    if approved:
        problem = edit_problem(
            ResultStatus.APPROVED, scope=f"{scope_label(*scope)} · {place_names(scope[0], approved)}"
        )
        raise WorkflowError(problem or "")


def _new_cell(session: Session, scope: Scope, key: CellKey) -> Result:
    project, indicator, period = scope
    location_id, group, sex, age = key
    record = Result(
        project_id=project.id,
        indicator_id=indicator.id,
        period_id=period.id,
        location_id=location_id,
        population_group=group,
        sex=Sex(sex) if sex else None,
        age_band=age,
    )
    session.add(record)
    return record


def _assign(record: Result, values: Mapping[str, Any]) -> None:
    """Set only what differs, so the audit trail records real changes and nothing else."""
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
