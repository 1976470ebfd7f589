"""The large Results table: filtered, sorted and paged by the database, so a page of a million
cells costs one indexed query and never loads the whole table into Python."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Location, Period, Project, Result
from ..domain.enums import ResultStatus, Sex
from ..domain.errors import ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, say


@dataclass(frozen=True, kw_only=True)
class ResultFilter:
    programme_id: int | None = None
    project_id: int | None = None
    indicator_id: int | None = None
    period_id: int | None = None
    location_id: int | None = None
    #: Only these statuses; empty means every status.
    statuses: tuple[ResultStatus, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ResultRow:
    id: int
    project_id: int
    project_code: str
    indicator_id: int
    indicator_code: str
    period_id: int
    period_label: str
    location_id: int | None
    #: "whole project" for a result that is not tied to one location.
    location_name: str
    population_group: str | None
    sex: Sex | None
    age_band: str | None
    value: Decimal
    status: ResultStatus
    source: str | None
    note: str | None
    updated_at: dt.datetime
    updated_by: str | None
    version: int


#: Columns the table can be sorted by, as the GUI names them.
RESULT_SORT_COLUMNS: dict[str, Any] = {
    "project": Project.code,
    "indicator": Indicator.code,
    "period": Period.start_date,
    "location": Location.name,
    "population_group": Result.population_group,
    "sex": Result.sex,
    "age_band": Result.age_band,
    "value": Result.value,
    "status": Result.status,
    "updated_at": Result.updated_at,
    "updated_by": Result.updated_by,
}


def _filtered(query: Select[Any], filters: ResultFilter) -> Select[Any]:
    if filters.programme_id is not None:
        query = query.where(
            Result.indicator_id.in_(
                select(Indicator.id).where(Indicator.programme_id == filters.programme_id)
            )
        )
    for column, value in (
        (Result.project_id, filters.project_id),
        (Result.indicator_id, filters.indicator_id),
        (Result.period_id, filters.period_id),
        (Result.location_id, filters.location_id),
    ):
        if value is not None:
            query = query.where(column == value)
    if filters.statuses:
        query = query.where(Result.status.in_([ResultStatus(s) for s in filters.statuses]))
    return query


def find_results(
    session: Session, filters: ResultFilter, order_by: str, descending: bool, limit: int | None, offset: int
) -> list[ResultRow]:
    column = RESULT_SORT_COLUMNS.get(order_by)
    if column is None:
        raise ValidationError.single(
            "order by",
            say(QT_TRANSLATE_NOOP("Core", "choose one of {value}"), value=", ".join(RESULT_SORT_COLUMNS)),
        )
    if offset < 0 or (limit is not None and limit < 0):
        raise ValidationError.single(
            "page", say(QT_TRANSLATE_NOOP("Core", "limit and offset cannot be negative"))
        )
    query: Any = (
        select(
            Result,
            Project.code,
            Indicator.code,
            Period.label,
            Location.name,
        )
        .join(Project, Result.project_id == Project.id)
        .join(Indicator, Result.indicator_id == Indicator.id)
        .join(Period, Result.period_id == Period.id)
        .outerjoin(Location, Result.location_id == Location.id)
    )
    query = _filtered(query, filters)
    ordered = column.desc() if descending else column.asc()
    tie = Result.id.desc() if descending else Result.id.asc()
    query = query.order_by(ordered, tie).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [
        ResultRow(
            id=r.id,
            project_id=r.project_id,
            project_code=project_code,
            indicator_id=r.indicator_id,
            indicator_code=indicator_code,
            period_id=r.period_id,
            period_label=period_label,
            location_id=r.location_id,
            location_name=location_name or "whole project",
            population_group=r.population_group,
            sex=r.sex,
            age_band=r.age_band,
            value=Decimal(r.value),
            status=r.status,
            source=r.source,
            note=r.note,
            updated_at=r.updated_at,
            updated_by=r.updated_by,
            version=r.version,
        )
        for r, project_code, indicator_code, period_label, location_name in _rows(session, query)
    ]


def _rows(session: Session, query: Select[Any]) -> list[Any]:
    return list(session.execute(query).all())


def count_results(session: Session, filters: ResultFilter) -> int:
    return int(session.scalar(_filtered(select(func.count(Result.id)), filters)) or 0)
