"""Cells as they are stored, and revisions of many cells at once (a data workbook's Results sheet).

A revision goes through the ORM, so each changed cell is audited "12 -> 15"; new cells go
through the bulk path instead (results_bulk).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Period, Result
from ..domain.enums import ResultStatus
from ..domain.errors import LockedPeriodError

#: A cell anywhere: (project, indicator, period, location, population group, sex, age band).
FullKey = tuple[int, int, int, int | None, str | None, str | None, str | None]
_BATCH = 500


@dataclass(frozen=True)
class StoredCell:
    id: int
    value: Decimal
    status: ResultStatus
    source: str | None
    note: str | None


def stored_cells(
    session: Session, project_ids: Iterable[int], period_ids: Iterable[int]
) -> dict[FullKey, StoredCell]:
    """The stored cells of these projects in these periods (a file's rows touch few periods, so
    reading only theirs keeps a big database's other cells out of memory)."""
    query = select(
        Result.project_id, Result.indicator_id, Result.period_id, Result.location_id, Result.population_group,
        Result.sex, Result.age_band, Result.id, Result.value, Result.status, Result.source, Result.note,
    ).where(Result.project_id.in_(set(project_ids)), Result.period_id.in_(set(period_ids)))  # fmt: skip
    found: dict[FullKey, StoredCell] = {}
    for row in session.execute(query):
        sex = row[5].value if row[5] is not None else None
        key = (row[0], row[1], row[2], row[3], row[4], sex, row[6])
        found[key] = StoredCell(row[7], Decimal(row[8]), row[9], row[10], row[11])
    return found


def revise_cells(session: Session, revisions: Mapping[int, StoredCell]) -> int:
    """Give the cells (by id) these values, status, source and note; a locked period refuses all."""
    ids = list(revisions)
    changed = 0
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        records = list(session.scalars(select(Result).where(Result.id.in_(batch))))
        locked = sorted(
            set(
                session.scalars(
                    select(Period.label).where(
                        Period.id.in_({r.period_id for r in records}), Period.locked.is_(True)
                    )
                )
            )
        )
        if locked:
            raise LockedPeriodError(*locked)
        for record in records:
            wanted = revisions[record.id]
            for name in ("value", "status", "source", "note"):
                new = getattr(wanted, name)
                if getattr(record, name) != new:
                    setattr(record, name, new)
                    changed += 1
        session.flush()
    return changed
