"""Importing a filled results template through ResultService, inside the import's one transaction.

The hidden identity sheet names programme, project and period (with a fingerprint); the hidden row
key names each row's indicator. Every row is checked first so each problem names its row; then each
indicator's cells that differ from the database are saved with ResultService.save_grid, which
refuses locked periods and keeps totals derived from the cells. The service runs on the import's
session (a savepoint per call), so the whole file is committed or nothing is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.engine import Database
from ..db.models import Indicator, Period, Project, Result
from ..domain.enums import UNKNOWN_AGE_BAND, ResultStatus, Sex
from ..domain.errors import DomainError, ValidationError
from ..services.context import ServiceContext
from ..services.result_cells import CellInput, checked_value
from ..services.results import ResultService
from . import cells
from .import_run import ImportRun, SheetCount
from .problems import CellError, Problem
from .template import COLUMNS, IDENTITY_SHEET, RESULTS_SHEET, fingerprint
from .workbook_reader import WorkbookReader

CellKey = tuple[int | None, str | None, str | None, str | None]


def is_results_template(reader: WorkbookReader) -> bool:
    return reader.find_sheet(IDENTITY_SHEET) is not None


class _SharedSession(Database):
    """Hands the import's own session to a service: each service call becomes a savepoint in it."""

    def __init__(self, session: Session) -> None:  # no engine of its own: the session has one
        self._shared = session
        self.engine = session.get_bind()  # type: ignore[assignment]

    @contextmanager
    def session(self, *, user: str, write: bool = True, reason: str | None = None) -> Iterator[Session]:
        with self._shared.begin_nested():
            yield self._shared


def import_template(run: ImportRun, reader: WorkbookReader) -> None:
    identity = _identity(run, reader)
    if identity is None:
        return
    project, period = identity
    name = reader.find_sheet(RESULTS_SHEET)
    if name is None:
        run.problems.append(
            Problem(RESULTS_SHEET, 0, "", "the Results sheet is missing", "use the template as made")
        )
        return
    table = reader.table(name, COLUMNS)
    run.problems.extend(table.problems)
    checker = _RowChecker(run, name, project)
    for number, values in table.rows():
        checker.row(number, values)
    if run.problems:
        return
    count = run.counts.setdefault(RESULTS_SHEET, SheetCount())
    service = ResultService(
        ServiceContext(
            database=_SharedSession(run.session),
            user=run.user,
            documents_dir=Path("."),
            today=lambda: run.today,
        )
    )
    for indicator_id, wanted in checker.cells.items():
        _save_scope(run, service, name, project, period, indicator_id, wanted, checker, count)


def _save_scope(
    run: ImportRun,
    service: ResultService,
    sheet: str,
    project: Project,
    period: Period,
    indicator_id: int,
    wanted: dict[CellKey, Decimal],
    checker: _RowChecker,
    count: SheetCount,
) -> None:
    records = run.session.scalars(
        select(Result).where(
            Result.project_id == project.id,
            Result.indicator_id == indicator_id,
            Result.period_id == period.id,
        )
    )
    existing = {
        (r.location_id, r.population_group, r.sex.value if r.sex else None, r.age_band): r for r in records
    }
    source, note = checker.notes.get(indicator_id, (None, None))
    same_values = {k: Decimal(r.value) for k, r in existing.items()} == wanted
    same_notes = all((r.source, r.note) == (source, note) for r in existing.values())
    if same_values and (same_notes or not wanted):
        count.unchanged += len(wanted)
        return
    count.created += len(wanted.keys() - existing.keys())
    count.changed += sum(1 for k, v in wanted.items() if k in existing and Decimal(existing[k].value) != v)
    count.changed += len(existing.keys() - wanted.keys())
    count.unchanged += sum(1 for k, v in wanted.items() if k in existing and Decimal(existing[k].value) == v)
    cells_in = [CellInput(k[0], k[1], k[2], k[3], v) for k, v in wanted.items()]
    try:
        service.save_grid(
            project.id,
            indicator_id,
            period.id,
            cells_in,
            status=ResultStatus.SUBMITTED,
            source=source,
            note=note,
        )
    except ValidationError as error:
        for problem in error.problems:
            run.problems.append(
                Problem(sheet, checker.first_row[indicator_id], "Value", str(problem), "correct the rows")
            )
    except DomainError as error:
        run.problems.append(
            Problem(
                sheet,
                checker.first_row[indicator_id],
                "Value",
                error.message,
                "nothing was saved; see the message",
            )
        )


def _identity(run: ImportRun, reader: WorkbookReader) -> tuple[Project, Period] | None:
    name = reader.find_sheet(IDENTITY_SHEET)
    assert name is not None
    # The identity sheet has no header row: its first row is data, so read it raw.
    entries: dict[str, str] = {}
    for row in reader.sheet(name).iter_rows(min_row=1, max_row=20, values_only=True):
        if len(row) >= 2 and isinstance(row[0], str) and isinstance(row[1], str):
            entries[row[0]] = row[1]
    problem = None
    project = period = None
    try:
        project = run.session.get(Project, int(entries.get("project id", "0")))
        period = run.session.get(Period, int(entries.get("period id", "0")))
    except ValueError:
        problem = "the hidden identification of the template is damaged"
    if problem is None and (project is None or period is None):
        problem = "the project or period of this template no longer exists"
    if problem is None and project is not None and period is not None:
        expected = fingerprint(project.programme.code, project.id, project.code, period.id, period.label)
        if entries.get("fingerprint") != expected or entries.get("project") != project.code:
            problem = "the template was made for another project or period, or for another database"
    if problem is not None or project is None or period is None:
        run.problems.append(
            Problem(
                name,
                0,
                "",
                problem or "unknown template",
                "make a new template with 'diaspora-grants template' and fill that",
            )
        )
        return None
    return project, period


class _RowChecker:
    """Checks each row of the Results sheet and gathers the wanted cells per indicator."""

    def __init__(self, run: ImportRun, sheet: str, project: Project) -> None:
        self.run = run
        self.sheet = sheet
        programme = project.programme
        self.indicators = {
            i.id: i
            for i in run.session.scalars(select(Indicator).where(Indicator.programme_id == programme.id))
        }
        self.by_code = {i.code.casefold(): i for i in self.indicators.values()}
        self.locations = {loc.name.casefold(): loc.id for loc in project.locations}
        self.groups = {g.casefold(): g for g in programme.population_groups}
        self.bands = {b.casefold(): b for b in (*programme.age_bands, UNKNOWN_AGE_BAND)}
        self.sexes = {s.value: s.value for s in Sex}
        self.cells: dict[int, dict[CellKey, Decimal]] = defaultdict(dict)
        self.rows: dict[tuple[int, CellKey], int] = {}
        self.first_row: dict[int, int] = {}
        self.notes: dict[int, tuple[str | None, str | None]] = {}

    def problem(self, number: int, column: str, message: str, fix: str) -> None:
        self.run.problems.append(Problem(self.sheet, number, column, message, fix))

    def text(self, number: int, column: str, raw: Any, limit: int | None = None) -> str | None:
        try:
            return cells.text(raw, limit)
        except CellError as error:
            self.problem(number, column, error.message, error.fix)
            return None

    def row(self, number: int, values: tuple[Any, ...]) -> None:
        code, _, _, location, group, sex, band, raw, source, note, key = values
        indicator = self._indicator(number, code, key)
        if indicator is None:
            return
        self.first_row.setdefault(indicator.id, number)
        self.cells.setdefault(indicator.id, {})
        location_id = self._pick(number, "Location", location, self.locations)
        dims = [self._pick(number, c, v, allowed) for c, v, allowed in (
            ("Population group", group, self.groups), ("Sex", sex, self.sexes), ("Age band", band, self.bands)
        )]  # fmt: skip
        source_text = self.text(number, "Source", source, 300)
        note_text = self.text(number, "Note", note)
        if cells.is_blank(raw):
            return
        if not indicator.disaggregated and any(dims):
            self.problem(
                number,
                "Population group",
                f"indicator {indicator.code} is not disaggregated",
                "leave group, sex and age band blank",
            )
            return
        if indicator.disaggregated and not all(dims):
            self.problem(
                number,
                "Population group",
                "a disaggregated figure needs population group, sex and age band",
                "choose all three (or 'unknown')",
            )
            return
        try:
            number_value = cells.number(raw)
        except CellError as error:
            self.problem(number, "Value", error.message, error.fix)
            return
        assert number_value is not None
        value, problem = checked_value("value", number_value, indicator.measure)
        if problem:
            self.problem(number, "Value", problem.message, "give a number of zero or more, whole for counts")
            return
        cell: CellKey = (location_id, dims[0], dims[1], dims[2])
        first = self.rows.get((indicator.id, cell))
        if first is not None:
            self.problem(
                number, "Value", f"the same figure is already given in row {first}", "give each figure once"
            )
            return
        self.rows[(indicator.id, cell)] = number
        self.cells[indicator.id][cell] = value
        if indicator.id not in self.notes or self.notes[indicator.id] == (None, None):
            self.notes[indicator.id] = (source_text, note_text)

    def _indicator(self, number: int, code: Any, key: Any) -> Indicator | None:
        indicator = None
        if isinstance(key, str | int) and str(key).strip().isdigit():
            indicator = self.indicators.get(int(str(key).strip()))
        if indicator is None and isinstance(code, str):
            indicator = self.by_code.get(code.strip().casefold())
        if indicator is None:
            self.problem(
                number,
                "Indicator code",
                f"'{code}' is not an indicator of this programme",
                "keep the template's rows and codes",
            )
        elif isinstance(code, str) and code.strip().casefold() != indicator.code.casefold():
            self.problem(
                number,
                "Indicator code",
                f"the row was made for {indicator.code}, not {code}",
                "keep the template's codes",
            )
            return None
        return indicator

    def _pick(self, number: int, column: str, raw: Any, allowed: dict[str, Any]) -> Any:
        text = self.text(number, column, raw)
        if text is None:
            return None
        found = allowed.get(text.casefold())
        if found is None:
            self.problem(
                number, column, f"'{text[:40]}' is not in the list", "choose a value from the drop-down list"
            )
        return found
