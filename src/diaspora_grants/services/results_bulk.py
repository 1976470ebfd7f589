"""Loading a million result cells: tuples go straight to the database driver, in one transaction.

Building an ORM object per cell costs about a minute and gigabytes per million rows, so rows stay
the caller's tuples. They are checked column by column: the distinct values of each column (and
of the few column pairs that must agree) are taken with C-level set() calls and checked once each,
so the checks cost a small fraction of the insert itself. One audit row summarises the load; a
per-cell audit of a million cells would help nobody.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from typing import Any, NamedTuple

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.models import AuditEntry, Indicator, Location, Period, Programme, Project, Result
from ..domain.enums import UNKNOWN_AGE_BAND, AuditAction, Measure, ResultStatus, Sex
from ..domain.errors import DuplicateError, FieldProblem, LockedPeriodError, ValidationError
from ..domain.result_cells import (
    SEXES,
    age_band_problem,
    allowed_age_bands,
    parse_value,
    shape_problem,
    value_problem,
)
from ..domain.wording import QT_TRANSLATE_NOOP, say

DEFAULT_CHUNK_SIZE = 100_000
#: SQLite page cache during a bulk load, in KiB.
BULK_CACHE_KIB = 512 * 1024

_COLUMNS = (
    "project_id",
    "indicator_id",
    "period_id",
    "location_id",
    "population_group",
    "sex",
    "age_band",
    "value",
    "status",
    "source",
    "note",
)
_SHORT, _FULL = 9, 11
_STATUSES = frozenset(s.value for s in ResultStatus)


class BulkRow(NamedTuple):
    """One new result cell, in the column order plain tuples use too."""

    project_id: int
    indicator_id: int
    period_id: int
    location_id: int | None
    population_group: str | None
    sex: Sex | str | None
    age_band: str | None
    value: int | Decimal
    status: ResultStatus | str = ResultStatus.SUBMITTED
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class _References:
    """Everything the checks need, read once inside the load's transaction."""

    project_programme: dict[int, int]
    indicator_programme: dict[int, int]
    indicator_codes: dict[int, str]
    whole_number_indicators: frozenset[int]
    disaggregated_indicators: frozenset[int]
    period_programme: dict[int, int]
    locked_periods: dict[int, str]
    location_project: dict[int, int]
    #: Per indicator: the age bands it allows (result_cells.allowed_age_bands).
    age_bands: dict[int, frozenset[str]]
    population_groups: dict[int, frozenset[str]]
    programme_age_bands: dict[int, frozenset[str]]

    @classmethod
    def load(cls, session: Session) -> _References:
        indicators = session.execute(
            select(
                Indicator.id,
                Indicator.programme_id,
                Indicator.measure,
                Indicator.disaggregated,
                Indicator.age_bands,
                Indicator.code,
            )
        ).all()
        # Shared row locks on the periods: nobody can lock a period while its results are loading.
        periods = session.execute(
            select(Period.id, Period.programme_id, Period.locked, Period.label).with_for_update(read=True)
        ).all()
        programmes = session.execute(
            select(Programme.id, Programme.age_bands, Programme.population_groups)
        ).all()
        bands = {p.id: p.age_bands for p in programmes}
        return cls(
            project_programme=dict(session.execute(select(Project.id, Project.programme_id)).all()),
            indicator_programme={i.id: i.programme_id for i in indicators},
            indicator_codes={i.id: i.code for i in indicators},
            whole_number_indicators=frozenset(i.id for i in indicators if i.measure == Measure.NUMBER),
            disaggregated_indicators=frozenset(i.id for i in indicators if i.disaggregated),
            period_programme={p.id: p.programme_id for p in periods},
            locked_periods={p.id: p.label for p in periods if p.locked},
            location_project=dict(session.execute(select(Location.id, Location.project_id)).all()),
            age_bands={
                i.id: frozenset(allowed_age_bands(bands.get(i.programme_id, ()), i.age_bands))
                for i in indicators
            },
            population_groups={p.id: frozenset(p.population_groups) for p in programmes},
            programme_age_bands={p.id: frozenset((*p.age_bands, UNKNOWN_AGE_BAND)) for p in programmes},
        )


def insert_rows(session: Session, user: str, rows: Iterable[Any], chunk_size: int) -> int:
    if chunk_size < 1:
        raise ValidationError.single("chunk size", say(QT_TRANSLATE_NOOP("Core", "must be at least 1")))
    references = _References.load(session)
    connection = session.connection()
    driver: Any = connection.connection.driver_connection
    is_sqlite = connection.dialect.name == "sqlite"
    now = utcnow()
    if is_sqlite:
        with _large_page_cache(driver):
            return _insert_all(session, user, rows, chunk_size, references, driver, is_sqlite, now)
    return _insert_all(session, user, rows, chunk_size, references, driver, is_sqlite, now)


@contextmanager
def _large_page_cache(driver: sqlite3.Connection) -> Iterator[None]:
    """Index maintenance of a million inserts is page-cache bound: with SQLite's default 2 MB cache
    every insert into the four result indexes reads and writes pages back and forth. A larger cache
    for the length of the load (memory is taken only as pages are touched) keeps them in memory."""
    (previous,) = driver.execute("PRAGMA cache_size").fetchone()
    driver.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size = {int(previous)}")


#: Why a bulk load is refused when one of its cells is in the database already.
CELL_TWICE = QT_TRANSLATE_NOOP(
    "Core",
    "a cell in the load already exists or is given twice (same project, indicator, period, location, "
    "population group, sex and age band); a bulk load only adds new cells",
)


def _insert_all(
    session: Session,
    user: str,
    rows: Iterable[Any],
    chunk_size: int,
    references: _References,
    driver: Any,
    is_sqlite: bool,
    now: dt.datetime,
) -> int:
    total = 0
    # PostgreSQL refuses COPY into a table whose rows are filtered for the person connected (team
    # mode): they load with INSERT, which the server checks row by row like any other write.
    copy_refused = not is_sqlite and bool(
        session.execute(text("SELECT row_security_active('results')")).scalar()
    )
    periods: set[int] = set()
    indicators: set[int] = set()
    for chunk in _chunks(rows, chunk_size):
        columns = _check_chunk(chunk, references)
        if len(chunk[0]) == _SHORT or _needs_values_converted(columns[7]):
            chunk = _normalised(chunk, is_sqlite)
        periods.update(columns[2])
        indicators.update(columns[1])
        try:
            if is_sqlite:
                _sqlite_insert(driver, chunk, user, now)
            elif copy_refused:
                _postgres_insert(driver, chunk, user, now)
            else:
                _postgres_copy(driver, chunk, user, now)
        except Exception as error:
            if _is_unique_violation(error):
                raise DuplicateError(FieldProblem("cells", say(CELL_TWICE))) from error
            raise
        total += len(chunk)
    if total:
        session.add(
            AuditEntry(
                at=now,
                user_name=user,
                action=AuditAction.BULK_INSERT,
                table_name=Result.__tablename__,
                record_id=None,
                record_label=f"{total:,} result cells",
                new_value=json.dumps(
                    {"cells": total, "indicators": sorted(indicators), "periods": sorted(periods)}
                ),
                reason=session.info.get("reason"),
            )
        )
        session.flush()
    return total


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[tuple[Any, ...]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        if not isinstance(chunk[0], tuple):
            chunk = [tuple(getattr(row, name) for name in _COLUMNS) for row in chunk]
        yield chunk


def _check_chunk(chunk: list[tuple[Any, ...]], refs: _References) -> list[tuple[Any, ...]]:
    """The columns of the chunk, or a ValidationError naming what is wrong and in which values."""
    lengths = set(map(len, chunk))
    if not lengths <= {_SHORT, _FULL}:
        raise ValidationError.single(
            "rows",
            say(
                QT_TRANSLATE_NOOP("Core", "each row has {SHORT} or {FULL} values, in the order {value}"),
                SHORT=_SHORT,
                FULL=_FULL,
                value=", ".join(_COLUMNS),
            ),
        )
    if len(lengths) > 1:
        chunk[:] = [row if len(row) == _FULL else (*row, None, None) for row in chunk]
    columns = list(zip(*chunk, strict=True))
    project, indicator, period = set(columns[0]), set(columns[1]), set(columns[2])
    problems: list[FieldProblem] = []

    def unknown(field: str, values: set[Any], known: dict[int, Any]) -> None:
        missing = sorted(str(value) for value in values - known.keys())
        if missing:
            problems.append(
                FieldProblem(
                    field,
                    say(QT_TRANSLATE_NOOP("Core", "no such record: {value}"), value=", ".join(missing[:10])),
                )
            )

    unknown("project", project, refs.project_programme)
    unknown("indicator", indicator, refs.indicator_programme)
    unknown("period", period, refs.period_programme)
    locations = set(columns[3]) - {None}
    unknown("location", locations, refs.location_project)
    if problems:
        raise ValidationError(problems)
    locked = sorted(refs.locked_periods[p] for p in period if p in refs.locked_periods)
    if locked:
        raise LockedPeriodError(*locked)
    problems += _row_problems(columns, refs)
    if problems:
        raise ValidationError(problems)
    return columns


def _row_problems(columns: list[tuple[Any, ...]], refs: _References) -> list[FieldProblem]:
    """What is wrong within the rows once every record they name exists."""
    problems: list[FieldProblem] = []
    pairs = set(zip(columns[0], columns[1], columns[2], strict=True))
    if any(
        not (refs.project_programme[p] == refs.indicator_programme[i] == refs.period_programme[t])
        for p, i, t in pairs
    ):
        problems.append(
            FieldProblem(
                "scope",
                say(
                    QT_TRANSLATE_NOOP("Core", "project, indicator and period of a row must share a programme")
                ),
            )
        )
    if any(
        refs.location_project[loc] != p
        for p, loc in set(zip(columns[0], columns[3], strict=True))
        if loc is not None
    ):
        problems.append(
            FieldProblem(
                "location",
                say(QT_TRANSLATE_NOOP("Core", "a row's location must be one of its project's locations")),
            )
        )
    _check_dimensions(columns, refs, problems)
    bad_status = {str(s) for s in columns[8]} - _STATUSES
    if bad_status:
        problems.append(
            FieldProblem(
                "status",
                say(
                    QT_TRANSLATE_NOOP("Core", "{value}: use draft, submitted or approved"),
                    value=", ".join(sorted(bad_status)),
                ),
            )
        )
    problems.extend(_value_problems(columns[1], columns[7], refs))
    if len(columns) == _FULL and any(len(s) > 300 for s in set(columns[9]) if s):
        problems.append(FieldProblem("source", say(QT_TRANSLATE_NOOP("Core", "at most 300 characters fit"))))
    return problems


def _check_dimensions(
    columns: list[tuple[Any, ...]], refs: _References, problems: list[FieldProblem]
) -> None:
    """The cell rules of domain.result_cells, asked once per distinct value rather than per row."""
    bad_sex = {str(s) for s in set(columns[5]) if s is not None and str(s) not in SEXES}
    if bad_sex:
        problems.append(
            FieldProblem(
                "sex",
                say(
                    QT_TRANSLATE_NOOP("Core", "'{value}' is not one of {value2}"),
                    value=sorted(bad_sex)[0],
                    value2=", ".join(sorted(SEXES)),
                ),
            )
        )
    for indicator, value in set(zip(columns[1], columns[4], strict=True)):
        if value is not None and value not in refs.population_groups[refs.indicator_programme[indicator]]:
            problems.append(
                FieldProblem(
                    "population group",
                    say(
                        QT_TRANSLATE_NOOP("Core", "'{value}' is not one of the programme's groups"),
                        value=value,
                    ),
                )
            )
            return
    for indicator, value in set(zip(columns[1], columns[6], strict=True)):
        if value is None:
            continue
        programme_bands = refs.programme_age_bands[refs.indicator_programme[indicator]]
        age_problem = age_band_problem(
            value, refs.indicator_codes[indicator], refs.age_bands[indicator], programme_bands
        )
        if age_problem:
            problems.append(FieldProblem("age band", age_problem))
            return
    shapes = set(zip(columns[1], columns[4], columns[5], columns[6], strict=True))
    for indicator, group, sex, age in shapes:
        problem = shape_problem(
            refs.indicator_codes[indicator], indicator in refs.disaggregated_indicators, group, sex, age
        )
        if problem:
            problems.append(FieldProblem("cell", problem))
            return


def _value_problems(
    indicators: tuple[Any, ...], values: tuple[Any, ...], refs: _References
) -> list[FieldProblem]:
    if set(map(type, values)) <= {int}:
        # Whole numbers only: the common case is settled with two C-level calls.
        low, high = min(values), max(values)
        values = tuple({low, high})
        indicators = (indicators[0],) * len(values)
    for indicator, raw in set(zip(indicators, values, strict=True)):
        value, problem = parse_value(raw if not isinstance(raw, float) else str(raw))
        measure = Measure.NUMBER if indicator in refs.whole_number_indicators else Measure.PERCENT
        problem = problem or value_problem(value, measure)
        if problem:
            return [FieldProblem("value", problem)]
    return []


def _needs_values_converted(values: tuple[Any, ...]) -> bool:
    return not set(map(type, values)) <= {int, float}


def _normalised(chunk: list[tuple[Any, ...]], is_sqlite: bool) -> list[tuple[Any, ...]]:
    """Rows with all eleven values, and values the driver can bind (sqlite3 cannot bind Decimal)."""

    def value(raw: Any) -> Any:
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return raw
        number = Decimal(str(raw))
        if not is_sqlite:
            return number
        return int(number) if number == number.to_integral_value() else str(number)

    padding = (None, None)
    return [(*row[:7], value(row[7]), row[8], *(row[9:] or padding)) for row in chunk]


def _sqlite_insert(driver: sqlite3.Connection, chunk: list[tuple[Any, ...]], user: str, now: Any) -> None:
    # The constant columns are written into the statement, so each row is bound exactly as given.
    stamp = _quote(now.strftime("%Y-%m-%d %H:%M:%S.%f"))
    placeholders = ", ".join("?" * len(chunk[0]))
    statement = (
        f"INSERT INTO results ({', '.join(_COLUMNS[: len(chunk[0])])}, created_at, updated_at, updated_by, "
        f"version) VALUES ({placeholders}, {stamp}, {stamp}, {_quote(user)}, 1)"
    )
    cursor = driver.cursor()
    try:
        cursor.executemany(statement, chunk)
    finally:
        cursor.close()


def _postgres_copy(driver: Any, chunk: list[tuple[Any, ...]], user: str, now: Any) -> None:
    columns = ", ".join((*_COLUMNS[: len(chunk[0])], "created_at", "updated_at", "updated_by", "version"))
    constant = (now, now, user, 1)
    with driver.cursor() as cursor, cursor.copy(f"COPY results ({columns}) FROM STDIN") as copy:
        for row in chunk:
            copy.write_row((*_plain(row), *constant))


def _postgres_insert(driver: Any, chunk: list[tuple[Any, ...]], user: str, now: Any) -> None:
    columns = (*_COLUMNS[: len(chunk[0])], "created_at", "updated_at", "updated_by", "version")
    statement = f"INSERT INTO results ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))})"
    constant = (now, now, user, 1)
    with driver.cursor() as cursor:
        cursor.executemany(statement, [(*_plain(row), *constant) for row in chunk])


def _plain(row: tuple[Any, ...]) -> tuple[Any, ...]:
    # psycopg writes an Enum by name; the database stores the value.
    return tuple(value.value if isinstance(value, Sex | ResultStatus) else value for value in row)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _is_unique_violation(error: Exception) -> bool:
    if isinstance(error, sqlite3.IntegrityError):
        return "UNIQUE" in str(error)
    return type(error).__name__ == "UniqueViolation"
