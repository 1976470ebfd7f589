"""The Results sheet: up to millions of cells, checked row by row against lookups loaded once.

Every reference is resolved through dictionaries read at the start, so a row costs a few dict
look-ups; new cells then go to the database through the results bulk path (driver-level inserts,
one summary audit row), and the few changed cells through the ORM, so each change is audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Indicator, Location, Period, Programme, Project, Result
from ..domain.enums import UNKNOWN_AGE_BAND, Measure, ResultStatus, Sex
from ..domain.errors import DomainError, ValidationError
from ..services.results_bulk import DEFAULT_CHUNK_SIZE, insert_rows
from . import cells
from .data_sheets import RESULTS
from .import_run import ImportRun, SheetCount
from .problems import CellError, Problem
from .workbook_reader import WorkbookReader

_SEXES = {s.value: s.value for s in Sex}
_STATUSES = {s.value: s.value for s in ResultStatus}
_CENTS = Decimal("0.01")
_LARGEST = Decimal("99999999999999")
#: Results beyond this many problems are counted, not listed.
MAX_PROBLEMS = 500

Key = tuple[int, int, int, int | None, str | None, str | None, str | None]


@dataclass(frozen=True)
class _Refs:
    programmes: dict[str, tuple[int, dict[str, str], dict[str, str]]]
    projects: dict[str, tuple[int, int]]
    indicators: dict[tuple[int, str], tuple[int, bool, bool]]
    periods: dict[tuple[int, str], tuple[int, bool, str]]
    locations: dict[tuple[int, str], int]

    @classmethod
    def load(cls, session: Session) -> _Refs:
        programmes = {
            code.casefold(): (
                pid,
                {b.casefold(): b for b in (*bands, UNKNOWN_AGE_BAND)},
                {g.casefold(): g for g in groups},
            )
            for pid, code, bands, groups in session.execute(
                select(Programme.id, Programme.code, Programme.age_bands, Programme.population_groups)
            )
        }
        return cls(
            programmes=programmes,
            projects={
                c.casefold(): (i, p)
                for i, c, p in session.execute(select(Project.id, Project.code, Project.programme_id))
            },
            indicators={
                (p, c.casefold()): (i, m == Measure.NUMBER, d)
                for i, p, c, m, d in session.execute(
                    select(
                        Indicator.id,
                        Indicator.programme_id,
                        Indicator.code,
                        Indicator.measure,
                        Indicator.disaggregated,
                    )
                )
            },
            periods={
                (p, label.casefold()): (i, locked, label)
                for i, p, label, locked in session.execute(
                    select(Period.id, Period.programme_id, Period.label, Period.locked)
                )
            },
            locations={
                (p, n.casefold()): i
                for i, p, n in session.execute(select(Location.id, Location.project_id, Location.name))
            },
        )


def import_results(run: ImportRun, reader: WorkbookReader, chunk_size: int = DEFAULT_CHUNK_SIZE) -> None:
    name = reader.find_sheet(RESULTS.name)
    if name is None:
        return
    table = reader.table(name, RESULTS.columns)
    run.problems.extend(table.problems)
    count = run.counts.setdefault(RESULTS.name, SheetCount())
    refs = _Refs.load(run.session)
    checker = _Checker(name, refs)
    wanted: dict[Key, tuple[int, tuple[Any, ...]]] = {}
    for number, values in table.rows():
        parsed = checker.row(number, values)
        if parsed is None:
            continue
        key, rest = parsed
        first = wanted.get(key)
        if first is not None:
            checker.add(
                number, "Location", f"the same cell is already given in row {first[0]}", "give each cell once"
            )
            continue
        wanted[key] = (number, rest)
    run.problems.extend(checker.problems)
    if checker.problems or table.problems or not wanted:
        return
    new, changed = _compare(run, name, refs, wanted, count)
    if run.problems:
        return
    try:
        if new:
            insert_rows(run.session, run.user, (k + v for k, v in new), chunk_size)
        _update(run.session, changed)
    except ValidationError as error:
        run.problems.extend(
            Problem(name, 0, p.field, p.message, "correct the rows and import again") for p in error.problems
        )
    except DomainError as error:
        run.problems.append(Problem(name, 0, "Period", error.message, "correct the rows and import again"))
    count.created += len(new)
    count.changed += len(changed)


def _compare(
    run: ImportRun,
    sheet: str,
    refs: _Refs,
    wanted: dict[Key, tuple[int, tuple[Any, ...]]],
    count: SheetCount,
) -> tuple[list[tuple[Key, tuple[Any, ...]]], list[tuple[int, tuple[Any, ...]]]]:
    locked = {pid: label for pid, is_locked, label in refs.periods.values() if is_locked}
    existing = _existing(run.session, {k[0] for k in wanted})
    new: list[tuple[Key, tuple[Any, ...]]] = []
    changed: list[tuple[int, tuple[Any, ...]]] = []
    for key, (number, rest) in wanted.items():
        found = existing.get(key)
        if found is not None and found[1:] == rest:
            count.unchanged += 1
            continue
        if key[2] in locked:
            run.problems.append(
                Problem(
                    sheet,
                    number,
                    "Period",
                    f"period {locked[key[2]]} is locked; the row would {'change' if found else 'add'} cells",
                    "unlock the period in the app (giving a reason), or leave this row as it was",
                )
            )
            continue
        if found is None:
            new.append((key, rest))
        else:
            changed.append((found[0], rest))
    return new, changed


def _existing(session: Session, project_ids: set[int]) -> dict[Key, tuple[Any, ...]]:
    query = select(
        Result.project_id, Result.indicator_id, Result.period_id, Result.location_id, Result.population_group,
        Result.sex, Result.age_band, Result.id, Result.value, Result.status, Result.source, Result.note,
    ).where(Result.project_id.in_(project_ids))  # fmt: skip
    found: dict[Key, tuple[Any, ...]] = {}
    for row in session.execute(query):
        sex = row[5].value if row[5] is not None else None
        key = (row[0], row[1], row[2], row[3], row[4], sex, row[6])
        found[key] = (row[7], Decimal(row[8]), row[9].value, row[10], row[11])
    return found


def _update(session: Session, changed: list[tuple[int, tuple[Any, ...]]]) -> None:
    for start in range(0, len(changed), 500):
        batch = dict(changed[start : start + 500])
        for record in session.scalars(select(Result).where(Result.id.in_(batch))):
            value, status, source, note = batch[record.id]
            for name, new in (
                ("value", value),
                ("status", ResultStatus(status)),
                ("source", source),
                ("note", note),
            ):
                if getattr(record, name) != new:
                    setattr(record, name, new)
        session.flush()


class _Checker:
    def __init__(self, sheet: str, refs: _Refs) -> None:
        self.sheet = sheet
        self.refs = refs
        self.problems: list[Problem] = []
        self.hidden = 0

    def add(self, number: int, column: str, message: str, fix: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.sheet, number, column, message, fix))
        else:
            self.hidden += 1

    def row(self, number: int, values: tuple[Any, ...]) -> tuple[Key, tuple[Any, ...]] | None:
        before = len(self.problems) + self.hidden
        texts = list(self._texts(number, values))
        (
            programme_code,
            project_code,
            indicator_code,
            period_label,
            location,
            group,
            sex,
            age,
            _,
            status,
            source,
            note,
        ) = texts
        refs = self.refs
        programme = refs.programmes.get(programme_code.casefold()) if programme_code else None
        if programme is None:
            self._missing(number, "Programme", programme_code, "Programmes")
            return None
        pid = programme[0]
        project = refs.projects.get(project_code.casefold()) if project_code else None
        indicator = refs.indicators.get((pid, indicator_code.casefold())) if indicator_code else None
        period = refs.periods.get((pid, period_label.casefold())) if period_label else None
        if project is None:
            self._missing(number, "Project", project_code, "Projects")
        elif project[1] != pid:
            self.add(
                number,
                "Project",
                f"project {project_code} is not in programme {programme_code}",
                "correct the project or the programme",
            )
        if indicator is None:
            self._missing(number, "Indicator", indicator_code, "Indicators")
        if period is None:
            self._missing(number, "Period", period_label, "Periods")
        location_id = None
        if location is not None and project is not None:
            location_id = refs.locations.get((project[0], location.casefold()))
            if location_id is None:
                self.add(
                    number,
                    "Location",
                    f"project {project_code} has no location '{location}'",
                    "use one of the project's locations, or leave it blank for the whole project",
                )
        if group is not None:
            group = self._choose(number, "Population group", group, programme[2])
        if sex is not None:
            sex = self._choose(number, "Sex", sex, _SEXES)
        if age is not None:
            age = self._choose(number, "Age band", age, programme[1])
        if indicator is not None and not indicator[2] and (group or sex or age):
            self.add(
                number,
                "Population group",
                f"indicator {indicator_code} is not disaggregated",
                "leave population group, sex and age band blank (one total per location)",
            )
        value = self._value(number, values[8], indicator[1] if indicator else True)
        status = self._choose(number, "Status", status, _STATUSES) if status else "submitted"
        if source is not None and len(source) > 300:
            self.add(
                number,
                "Source",
                f"is {len(source):,} characters long",
                "shorten it to at most 300 characters",
            )
        if (
            len(self.problems) + self.hidden > before
            or project is None
            or indicator is None
            or period is None
        ):
            return None
        return (project[0], indicator[0], period[0], location_id, group, sex, age), (
            value,
            status,
            source,
            note,
        )

    def _texts(self, number: int, values: tuple[Any, ...]) -> Iterator[Any]:
        for index, raw in enumerate(values):
            if index == 8 or raw is None:
                yield None
            elif type(raw) is str and len(raw) < 300 and raw.isprintable():
                yield raw.strip() or None
            else:
                try:
                    yield cells.text(raw)
                except CellError as error:
                    self.add(number, RESULTS.headers[index], error.message, error.fix)
                    yield None

    def _missing(self, number: int, column: str, given: str | None, sheet: str) -> None:
        if given is None:
            self.add(number, column, "is empty", f"fill in the {column.lower()}")
        else:
            self.add(
                number, column, f"'{given}' does not exist", f"add it on the {sheet} sheet or correct it"
            )

    def _choose(self, number: int, column: str, given: str, allowed: dict[str, str]) -> str | None:
        found = allowed.get(given.casefold())
        if found is None:
            self.add(
                number,
                column,
                f"'{given[:40]}' is not allowed here",
                f"write one of: {', '.join(allowed.values())}",
            )
        return found

    def _value(self, number: int, raw: Any, whole: bool) -> Any:
        if type(raw) is int:
            if raw < 0:
                self.add(number, "Value", f"{raw} is negative", "give a number of zero or more")
            elif raw > _LARGEST:
                self.add(number, "Value", f"{raw} is too large", "check the number")
            return raw
        try:
            value = cells.number(raw)
        except CellError as error:
            self.add(number, "Value", error.message, error.fix)
            return None
        if value is None:
            self.add(
                number, "Value", "is empty", "give the number (0 if nothing was achieved), or delete the row"
            )
        elif value < 0:
            self.add(number, "Value", f"{value} is negative", "give a number of zero or more")
        elif value > _LARGEST:
            self.add(number, "Value", f"{value} is too large", "check the number")
        elif whole and value != value.to_integral_value():
            self.add(
                number,
                "Value",
                f"{value} is not a whole number",
                "this indicator counts things: give a whole number",
            )
        elif value != value.quantize(_CENTS):
            self.add(number, "Value", f"{value} has more than two decimals", "round it to two decimals")
        else:
            return int(value) if value == value.to_integral_value() else value
        return None
