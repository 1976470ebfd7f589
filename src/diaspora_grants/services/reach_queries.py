"""The one GROUP BY behind every figure: result cells summed per indicator, project, location and
period, ready for the counting rules in domain.counting.

Each project has its own location rows, so two projects working in the same governorate have two
location ids. For "max per location" they must meet in one location: locations of a country are
matched by P-code (or, without one, by name), and each match is represented by its smallest id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from ..db.models import Location, Period, Project, Result
from ..domain.counting import CellSum
from ..domain.enums import ResultStatus


@dataclass(frozen=True)
class ProgrammeLocations:
    """Each location id -> the id that represents its admin-1 area, and that area's name."""

    canonical: dict[int, int]
    names: dict[int, str]


def counted_statuses(provisional: bool) -> tuple[ResultStatus, ...]:
    """Only approved results count; provisional figures add the submitted ones (never drafts)."""
    return (ResultStatus.APPROVED, ResultStatus.SUBMITTED) if provisional else (ResultStatus.APPROVED,)


def periods_in_range(
    session: Session, programme_id: int, date_from: dt.date | None, date_to: dt.date | None
) -> list[Period]:
    """The programme's periods that lie wholly inside the range: a period cut by the range would bring
    its whole figure with it, so it is left out rather than overstated."""
    query = select(Period).where(Period.programme_id == programme_id)
    if date_from is not None:
        query = query.where(Period.start_date >= date_from)
    if date_to is not None:
        query = query.where(Period.end_date <= date_to)
    return list(session.scalars(query.order_by(Period.start_date)))


def programme_locations(session: Session, programme_id: int) -> ProgrammeLocations:
    rows = session.execute(
        select(Location.id, Location.name, Location.pcode, Project.country)
        .join(Project, Location.project_id == Project.id)
        .where(Project.programme_id == programme_id)
        .order_by(Location.id)
    ).all()
    # A location without a P-code joins the P-code of a same-named location in its country.
    pcode_by_name = {
        (country, name.strip().casefold()): pcode.strip().upper() for _, name, pcode, country in rows if pcode
    }
    canonical: dict[int, int] = {}
    first_of_area: dict[tuple[str, str], int] = {}
    names: dict[int, str] = {}
    for location_id, name, pcode, country in rows:
        folded = name.strip().casefold()
        area = pcode.strip().upper() if pcode else pcode_by_name.get((country, folded), "name:" + folded)
        representative = first_of_area.setdefault((country, area), location_id)
        canonical[location_id] = representative
        names.setdefault(representative, name)
    return ProgrammeLocations(canonical, names)


def cell_sums(
    session: Session,
    indicator_ids: Collection[int],
    statuses: Collection[ResultStatus],
    periods: Sequence[Period],
    locations: ProgrammeLocations,
    countries: Mapping[int, str],
    *,
    all_periods: bool = False,
    by_period: bool = True,
) -> list[CellSum]:
    """Counted cells summed per indicator, project, location (and period), in one GROUP BY that the
    covering index ix_results_rollup serves in its own order; nothing is joined per cell.

    `all_periods` says that `periods` are all of the programme's, so no period filter is needed.
    Without `by_period` the sums span the periods, which is all that unique people reached need
    (a project's figure in a location is the sum of its periods): one row per project and location
    instead of one per month. Such rows carry period id 0 and the last period's end.
    """
    if not indicator_ids or not periods:
        return []
    group: list[Any] = [Result.indicator_id, Result.project_id, Result.location_id]
    if by_period:
        group.append(Result.period_id)
    # Summed without a result type: SQLite gives int (or float), PostgreSQL Decimal; converted below.
    query = (
        select(*group, func.sum(Result.value, type_=NullType()))
        .where(Result.indicator_id.in_(sorted(indicator_ids)), Result.status.in_(sorted(statuses)))
        .group_by(*group)
    )
    if not all_periods:
        query = query.where(Result.period_id.in_(sorted(p.id for p in periods)))
    period_end = {p.id: p.end_date for p in periods}
    last_end = max(period_end.values())
    canonical = locations.canonical
    sums = []
    for row in session.connection().execute(query):
        indicator_id, project_id, location_id = row[0], row[1], row[2]
        period_id: int = row[3] if by_period else 0
        sums.append(
            CellSum(
                indicator_id=indicator_id,
                project_id=project_id,
                country=countries[project_id],
                location_id=None if location_id is None else canonical[location_id],
                period_id=period_id,
                period_end=period_end[period_id] if by_period else last_end,
                value=_decimal(row[-1]),
            )
        )
    return sums


def _decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(str(value))
