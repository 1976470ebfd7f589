"""Importing a filled results template through ResultService, inside the import's unit of work.

The hidden identity sheet names programme, project and period (with a fingerprint); the hidden row
key names each row's indicator. Every row is checked first by the cell rules every path applies,
so each problem names its row; then each indicator's cells that differ from the database are saved
with ResultService.save_grid, which refuses locked periods and keeps totals derived from the cells.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from ..domain.enums import UNKNOWN_AGE_BAND, ResultStatus
from ..domain.errors import CellKey, DomainError, NotFoundError, ValidationError
from ..domain.result_cells import SEXES, shape_problem, value_problem
from ..reporting.results_template import COLUMNS, IDENTITY_SHEET, RESULTS_SHEET, fingerprint
from ..services.indicators import IndicatorView
from ..services.periods import PeriodView
from ..services.projects import ProjectView
from ..services.result_cells import CellInput
from . import cells
from .import_run import ImportRun, SheetCount
from .problems import CellError, Problem
from .template_narrative import import_narrative
from .workbook_reader import WorkbookReader


def is_results_template(reader: WorkbookReader) -> bool:
    return reader.find_sheet(IDENTITY_SHEET) is not None


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
    for indicator_id, wanted in checker.cells.items():
        _save_scope(run, name, project, period, indicator_id, wanted, checker, count)
    import_narrative(run, reader, project, period)


def _save_scope(
    run: ImportRun,
    sheet: str,
    project: ProjectView,
    period: PeriodView,
    indicator_id: int,
    wanted: dict[CellKey, Decimal],
    checker: _RowChecker,
    count: SheetCount,
) -> None:
    results = run.uow.results
    grid = results.grid(project.id, indicator_id, period.id)
    existing = {c.key: c.value for c in grid.cells}
    source, note = checker.notes.get(indicator_id, (None, None))
    same_notes = (grid.source, grid.note) == (source, note)
    if existing == wanted and (same_notes or not wanted):
        count.unchanged += len(wanted)
        return
    count.created += len(wanted.keys() - existing.keys())
    count.changed += sum(1 for k, v in wanted.items() if k in existing and existing[k] != v)
    count.changed += len(existing.keys() - wanted.keys())
    count.unchanged += sum(1 for k, v in wanted.items() if k in existing and existing[k] == v)
    cells_in = [CellInput(*key, value) for key, value in wanted.items()]
    first_row = checker.first_row[indicator_id]
    try:
        results.save_grid(
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
            row = checker.rows.get((indicator_id, problem.cell), first_row) if problem.cell else first_row
            run.problems.append(Problem(sheet, row, "Value", problem.message, "correct the row"))
    except DomainError as error:
        run.problems.append(
            Problem(sheet, first_row, "Value", error.message, "nothing was saved; see the message")
        )


def _identity(run: ImportRun, reader: WorkbookReader) -> tuple[ProjectView, PeriodView] | None:
    name = reader.find_sheet(IDENTITY_SHEET)
    assert name is not None
    # The identity sheet has no header row: its first row is data, so read it raw.
    entries: dict[str, str] = {}
    for row in reader.sheet(name).iter_rows(min_row=1, max_row=20, values_only=True):
        if len(row) >= 2 and isinstance(row[0], str) and isinstance(row[1], str):
            entries[row[0]] = row[1]
    problem, found = _identified(run, entries)
    if found is None:
        run.problems.append(
            Problem(
                name,
                0,
                "",
                problem or "unknown template",
                "make a new template with 'diaspora-grants template' and fill that",
            )
        )
    return found


def _identified(
    run: ImportRun, entries: dict[str, str]
) -> tuple[str | None, tuple[ProjectView, PeriodView] | None]:
    uow = run.uow
    try:
        project = uow.projects.get(int(entries.get("project id", "0")))
        period = uow.periods.get(int(entries.get("period id", "0")))
    except ValueError:
        return "the hidden identification of the template is damaged", None
    except NotFoundError:
        return "the project or period of this template no longer exists", None
    expected = fingerprint(project.programme_code, project.id, project.code, period.id, period.label)
    if entries.get("fingerprint") != expected or entries.get("project") != project.code:
        return "the template was made for another project or period, or for another database", None
    return None, (project, period)


class _RowChecker:
    """Checks each row of the Results sheet and gathers the wanted cells per indicator."""

    def __init__(self, run: ImportRun, sheet: str, project: ProjectView) -> None:
        self.run = run
        self.sheet = sheet
        programme = run.uow.programmes.get(project.programme_id)
        self.indicators = {i.id: i for i in run.uow.indicators.find(programme.id)}
        self.by_code = {i.code.casefold(): i for i in self.indicators.values()}
        self.locations = {loc.name.casefold(): loc.id for loc in project.locations}
        self.groups = {g.casefold(): g for g in programme.population_groups}
        self.bands = {b.casefold(): b for b in (*programme.age_bands, UNKNOWN_AGE_BAND)}
        self.sexes = {s: s for s in SEXES}
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
        dims = tuple(
            self._pick(number, column, value, allowed)
            for column, value, allowed in (
                ("Population group", group, self.groups),
                ("Sex", sex, self.sexes),
                ("Age band", band, self.bands),
            )
        )
        source_text = self.text(number, "Source", source, 300)
        note_text = self.text(number, "Note", note)
        if cells.is_blank(raw):
            return
        shape = shape_problem(indicator.code, indicator.disaggregated, *dims)
        if shape:
            self.problem(number, "Population group", shape, "keep the template's rows as they were made")
            return
        value = self._value(number, raw, indicator)
        if value is None:
            return
        self._keep(number, indicator, (location_id, *dims), value, (source_text, note_text))

    def _keep(
        self,
        number: int,
        indicator: IndicatorView,
        cell: CellKey,
        value: Decimal,
        notes: tuple[str | None, str | None],
    ) -> None:
        first = self.rows.get((indicator.id, cell))
        if first is not None:
            self.problem(
                number, "Value", f"the same figure is already given in row {first}", "give each figure once"
            )
            return
        self.rows[(indicator.id, cell)] = number
        self.cells[indicator.id][cell] = value
        if indicator.id not in self.notes or self.notes[indicator.id] == (None, None):
            self.notes[indicator.id] = notes

    def _value(self, number: int, raw: Any, indicator: IndicatorView) -> Decimal | None:
        try:
            value = cells.number(raw)
        except CellError as error:
            self.problem(number, "Value", error.message, error.fix)
            return None
        assert value is not None
        problem = value_problem(value, indicator.measure)
        if problem:
            self.problem(number, "Value", problem, "give a number of zero or more, whole for counts")
            return None
        return value

    def _indicator(self, number: int, code: Any, key: Any) -> IndicatorView | None:
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
