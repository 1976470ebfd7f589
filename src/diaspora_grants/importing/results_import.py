"""The Results sheet: up to millions of cells, checked row by row against references read once.

Every reference is resolved through dictionaries built at the start from the services, so a row
costs a few dict look-ups; each cell is checked by the rules of domain.result_cells that every
other path applies. New cells then go to the database through the results bulk load (one summary
audit row), and the few changed cells through ResultService.revise_cells, so each change is audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..domain.enums import UNKNOWN_AGE_BAND, Measure, ResultStatus
from ..domain.errors import DomainError, LockedPeriodError, ValidationError
from ..domain.result_cells import SEXES, shape_problem, value_problem
from ..reporting.data_format import RESULTS
from ..services.registry import Services
from ..services.results import StoredCell
from . import cells
from .import_run import ImportRun, SheetCount
from .problems import CellError, Problem
from .workbook_reader import WorkbookReader

_SEXES = {s: s for s in SEXES}
_STATUSES = {s.value: s.value for s in ResultStatus}
#: Results beyond this many problems are counted, not listed.
MAX_PROBLEMS = 500

Key = tuple[int, int, int, int | None, str | None, str | None, str | None]
#: (value, status, source, note) of a row; KEEP where the sheet has no such column.
Rest = tuple[Any, Any, Any, Any]
KEEP = object()


@dataclass(frozen=True)
class _Programme:
    id: int
    age_bands: dict[str, str]
    groups: dict[str, str]


@dataclass(frozen=True)
class _Indicator:
    id: int
    code: str
    measure: Measure
    disaggregated: bool


@dataclass(frozen=True)
class _Refs:
    """Natural keys (in any case) -> what the checks need, read through the services."""

    programmes: dict[str, _Programme]
    projects: dict[str, tuple[int, int]]
    indicators: dict[tuple[int, str], _Indicator]
    periods: dict[tuple[int, str], tuple[int, bool, str]]
    locations: dict[tuple[int, str], int]

    @classmethod
    def load(cls, uow: Services) -> _Refs:
        programmes, indicators, periods = {}, {}, {}
        for p in uow.programmes.find():
            bands = {b.casefold(): b for b in (*p.age_bands, UNKNOWN_AGE_BAND)}
            programmes[p.code.casefold()] = _Programme(
                p.id, bands, {g.casefold(): g for g in p.population_groups}
            )
            for i in uow.indicators.find(p.id):
                indicators[(p.id, i.code.casefold())] = _Indicator(i.id, i.code, i.measure, i.disaggregated)
            for t in uow.periods.find(p.id):
                periods[(p.id, t.label.casefold())] = (t.id, t.locked, t.label)
        projects = uow.projects.find()
        return cls(
            programmes=programmes,
            projects={p.code.casefold(): (p.id, p.programme_id) for p in projects},
            indicators=indicators,
            periods=periods,
            locations={(p.id, loc.name.casefold()): loc.id for p in projects for loc in p.locations},
        )


def import_results(run: ImportRun, reader: WorkbookReader) -> None:
    name = reader.find_sheet(RESULTS.name)
    if name is None:
        return
    table = reader.table(name, RESULTS.columns)
    run.problems.extend(table.problems)
    run.warn_unknown_columns(name, table.unknown_headers, RESULTS.headers)
    count = run.counts.setdefault(RESULTS.name, SheetCount())
    absent = frozenset(h for h in ("Status", "Source", "Note") if not table.has(h))
    checker = _Checker(name, _Refs.load(run.uow), absent)
    wanted: dict[Key, tuple[int, Rest]] = {}
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
    new, changed = _compare(run, name, checker.refs, wanted, count)
    if not run.problems:
        _save(run, name, new, changed, count)


def _save(
    run: ImportRun, sheet: str, new: list[tuple[Key, Rest]], changed: dict[int, StoredCell], count: SheetCount
) -> None:
    try:
        if new:
            run.uow.results.bulk_insert(key + rest for key, rest in new)
        if changed:
            run.uow.results.revise_cells(changed)
    except ValidationError as error:
        run.problems.extend(
            Problem(sheet, 0, p.field, p.message, "correct the rows and import again") for p in error.problems
        )
    except DomainError as error:
        run.problems.append(Problem(sheet, 0, "Period", error.message, "correct the rows and import again"))
    count.created += len(new)
    count.changed += len(changed)


def _compare(
    run: ImportRun, sheet: str, refs: _Refs, wanted: dict[Key, tuple[int, Rest]], count: SheetCount
) -> tuple[list[tuple[Key, Rest]], dict[int, StoredCell]]:
    locked = {pid: label for pid, is_locked, label in refs.periods.values() if is_locked}
    existing = run.uow.results.stored_cells({k[0] for k in wanted}, {k[2] for k in wanted})
    new: list[tuple[Key, Rest]] = []
    changed: dict[int, StoredCell] = {}
    for key, (number, given) in wanted.items():
        found = existing.get(key)
        rest = _completed(given, found)
        value, status, source, note = rest
        if found is not None and (found.value, found.status.value, found.source, found.note) == rest:
            count.unchanged += 1
        elif key[2] in locked:
            run.problems.append(
                Problem(
                    sheet,
                    number,
                    "Period",
                    LockedPeriodError(locked[key[2]]).message,
                    "or leave this row as it is in the database",
                )
            )
        elif found is None:
            new.append((key, rest))
        else:
            changed[found.id] = StoredCell(found.id, Decimal(value), ResultStatus(status), source, note)
    return new, changed


def _completed(given: Rest, found: StoredCell | None) -> Rest:
    """A column the sheet lacks leaves the stored cell's status, source or note as they are; a new
    cell takes the defaults (submitted, no source, no note)."""
    value, status, source, note = given
    if found is None:
        defaults: Rest = (value, "submitted", None, None)
    else:
        defaults = (value, found.status.value, found.source, found.note)
    return (
        value,
        defaults[1] if status is KEEP else status,
        defaults[2] if source is KEEP else source,
        defaults[3] if note is KEEP else note,
    )


class _Checker:
    def __init__(self, sheet: str, refs: _Refs, absent: frozenset[str]) -> None:
        self.sheet = sheet
        self.refs = refs
        #: Columns the sheet lacks: the stored value stays (KEEP), a new cell takes the default.
        self.absent = absent
        self.problems: list[Problem] = []
        self.hidden = 0

    def add(self, number: int, column: str, message: str, fix: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.sheet, number, column, message, fix))
        else:
            self.hidden += 1

    def row(self, number: int, values: tuple[Any, ...]) -> tuple[Key, Rest] | None:
        before = len(self.problems) + self.hidden
        texts = list(self._texts(number, values))
        scope = self._scope(number, *texts[:4])
        if scope is None:
            return None
        programme, project_id, indicator, period_id = scope
        location_id = self._location(number, project_id, texts[1], texts[4])
        dims = self._dimensions(number, programme, indicator, *texts[5:8])
        value = self._value(number, values[8], indicator.measure)
        status = self._choose(number, "Status", texts[9], _STATUSES) if texts[9] else "submitted"
        source: str | None = texts[10]
        if source is not None and len(source) > 300:
            self.add(
                number,
                "Source",
                f"is {len(source):,} characters long",
                "shorten it to at most 300 characters",
            )
        if len(self.problems) + self.hidden > before or status is None:
            return None
        given = (status, source, texts[11])
        kept = tuple(
            KEEP if h in self.absent else v for h, v in zip(("Status", "Source", "Note"), given, strict=True)
        )
        return (project_id, indicator.id, period_id, location_id, *dims), (value, *kept)

    def _scope(
        self, number: int, programme_code: str | None, project_code: str | None, indicator_code: str | None,
        period_label: str | None,
    ) -> tuple[_Programme, int, _Indicator, int] | None:  # fmt: skip
        refs = self.refs
        programme = refs.programmes.get(programme_code.casefold()) if programme_code else None
        if programme is None:
            self._missing(number, "Programme", programme_code, "Programmes")
            return None
        project = refs.projects.get(project_code.casefold()) if project_code else None
        indicator = refs.indicators.get((programme.id, indicator_code.casefold())) if indicator_code else None
        period = refs.periods.get((programme.id, period_label.casefold())) if period_label else None
        if project is None:
            self._missing(number, "Project", project_code, "Projects")
        elif project[1] != programme.id:
            self.add(
                number,
                "Project",
                f"project {project_code} is not in programme {programme_code}",
                "correct the project or the programme",
            )
            return None
        if indicator is None:
            self._missing(number, "Indicator", indicator_code, "Indicators")
        if period is None:
            self._missing(number, "Period", period_label, "Periods")
        if project is None or indicator is None or period is None:
            return None
        return programme, project[0], indicator, period[0]

    def _location(
        self, number: int, project_id: int, project_code: str | None, location: str | None
    ) -> int | None:
        if location is None:
            return None
        location_id = self.refs.locations.get((project_id, location.casefold()))
        if location_id is None:
            self.add(
                number,
                "Location",
                f"project {project_code} has no location '{location}'",
                "use one of the project's locations, or leave it blank for the whole project",
            )
        return location_id

    def _dimensions(
        self, number: int, programme: _Programme, indicator: _Indicator, group: Any, sex: Any, age: Any
    ) -> tuple[str | None, str | None, str | None]:
        if group is not None:
            group = self._choose(number, "Population group", group, programme.groups)
        if sex is not None:
            sex = self._choose(number, "Sex", sex, _SEXES)
        if age is not None:
            age = self._choose(number, "Age band", age, programme.age_bands)
        problem = shape_problem(indicator.code, indicator.disaggregated, group, sex, age)
        if problem:
            self.add(
                number, "Population group", problem, "fill in or clear population group, sex and age band"
            )
        return group, sex, age

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

    def _value(self, number: int, raw: Any, measure: Measure) -> Any:
        try:
            value = Decimal(raw) if type(raw) is int else cells.number(raw)
        except CellError as error:
            self.add(number, "Value", error.message, error.fix)
            return None
        if value is None:
            self.add(
                number, "Value", "is empty", "give the number (0 if nothing was achieved), or delete the row"
            )
            return None
        problem = value_problem(value, measure)
        if problem:
            self.add(number, "Value", problem, "give a number of zero or more, whole for counts")
            return None
        return int(value) if value == value.to_integral_value() else value
