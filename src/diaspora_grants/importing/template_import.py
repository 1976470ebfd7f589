"""Importing a filled results template through ResultService, inside the import's unit of work.

The hidden identity sheet names programme, project, period (with a fingerprint) and the language the
template was made in; the hidden row key names each row's indicator. Sheets, headers and list
labels are found in the template's language, in English, or in the other languages. Every row is
checked first by the cell rules every path applies, so each problem names its row (worded in the
template's language); then each indicator's cells that differ from the database are saved with
ResultService.save_grid, which refuses locked periods and keeps totals derived from the cells.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from ..domain.enums import UNKNOWN_AGE_BAND, ResultStatus
from ..domain.errors import CellKey, DomainError, LockedPeriodError, NotFoundError, ValidationError
from ..domain.result_cells import shape_issue, value_issue
from ..reporting.data_format import Column
from ..reporting.results_template import COLUMN_IDS, COLUMNS, IDENTITY_SHEET, TemplateLists, fingerprint
from ..reporting.template_language import TemplateLanguage, every_wording, issue_message_id, language_of
from ..services.indicators import IndicatorView
from ..services.periods import PeriodView
from ..services.projects import ProjectView
from ..services.result_cells import CellInput
from . import cells
from .import_run import ImportRun, SheetCount
from .problems import CellError
from .template_narrative import import_narrative
from .template_words import TemplateWords
from .workbook_reader import WorkbookReader, normalise_header

#: The longest Source a row may give (the results service keeps 300 characters).
SOURCE_LIMIT = 300


def is_results_template(reader: WorkbookReader) -> bool:
    return reader.find_sheet(IDENTITY_SHEET) is not None


def import_template(run: ImportRun, reader: WorkbookReader) -> None:
    identity_sheet = reader.find_sheet(IDENTITY_SHEET)
    assert identity_sheet is not None
    entries = _identity_entries(reader, identity_sheet)
    words = TemplateWords(_language(entries.get("language")))
    identity = _identity(run, identity_sheet, entries, words)
    if identity is None:
        return
    project, period = identity
    name = next(
        (found for s in every_wording("sheet.results", words.language) if (found := reader.find_sheet(s))),
        None,
    )
    if name is None:
        sheet = words.say("sheet.results")
        run.problems.append(words.problem((sheet, 0, ""), "problem.sheet_missing", sheet=sheet))
        return
    columns = _columns(run, reader, name, words)
    if columns is None:
        return
    table = reader.table(name, columns)
    run.problems.extend(table.problems)
    # A column the template does not have is read by nobody: said, so no one trusts it was saved.
    run.warnings.extend(words.problem((name, 1, h), "problem.column_ignored") for h in table.unknown_headers)
    checker = _RowChecker(run, name, project, words)
    for number, values in table.rows():
        checker.row(number, values)
    if run.problems:
        return
    count = run.counts.setdefault(name, SheetCount())
    for indicator_id, wanted in checker.cells.items():
        _save_scope(run, (project, period), indicator_id, wanted, checker, count)
    import_narrative(run, reader, (project, period), words.language)


def matching_headers(
    language: TemplateLanguage, message_ids: Sequence[str], first_row: Iterable[Any]
) -> tuple[str, ...]:
    """Each column's header as the sheet spells it: in the template's language, in English or in
    the other language, whichever the first row has (else the template's language: absent)."""
    found = {normalise_header(cell) for cell in first_row}
    chosen = []
    for message_id in message_ids:
        wordings = every_wording(message_id, language)
        chosen.append(next((w for w in wordings if normalise_header(w) in found), wordings[0]))
    return tuple(chosen)


def _columns(
    run: ImportRun, reader: WorkbookReader, sheet: str, words: TemplateWords
) -> tuple[Column, ...] | None:
    first_row = next(reader.sheet(sheet).iter_rows(min_row=1, max_row=1, values_only=True), ())
    headers = matching_headers(words.language, COLUMN_IDS, first_row)
    if normalise_header(headers[0]) not in {normalise_header(cell) for cell in first_row}:
        column = words.header("indicator_code")
        run.problems.append(words.problem((sheet, 1, column), "problem.column_missing", column=column))
        return None
    return tuple(Column(header, c.required) for header, c in zip(headers, COLUMNS, strict=True))


def _save_scope(
    run: ImportRun,
    scope: tuple[ProjectView, PeriodView],
    indicator_id: int,
    wanted: dict[CellKey, Decimal],
    checker: _RowChecker,
    count: SheetCount,
) -> None:
    project, period = scope
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
    # Name the first row that gives a figure (else the indicator's first row: its figures were cleared).
    first_row = next(iter(checker.rows_of(indicator_id)), checker.first_row[indicator_id])
    words, value_at = checker.words, (checker.sheet, first_row, checker.words.header("value"))
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
        # The rows passed the cell rules already: what the service refuses here is in its own words.
        for problem in error.problems:
            row = checker.rows.get((indicator_id, problem.cell), first_row) if problem.cell else first_row
            run.problems.append(
                words.worded((checker.sheet, row, value_at[2]), problem.message, "problem.row.fix")
            )
    except LockedPeriodError as error:
        locked = ", ".join(error.labels)
        run.problems.append(words.problem(value_at, "problem.locked", "problem.not_saved.fix", period=locked))
    except DomainError as error:
        run.problems.append(words.worded(value_at, error.message, "problem.not_saved.fix"))


def _identity_entries(reader: WorkbookReader, name: str) -> dict[str, str]:
    # The identity sheet has no header row: its first row is data, so read it raw.
    entries: dict[str, str] = {}
    for row in reader.sheet(name).iter_rows(min_row=1, max_row=20, values_only=True):
        if len(row) >= 2 and isinstance(row[0], str) and isinstance(row[1], str):
            entries[row[0]] = row[1]
    return entries


def _language(code: str | None) -> TemplateLanguage:
    """The template's language; a damaged entry reads as English (the identity check says the rest)."""
    try:
        return language_of(code)
    except ValueError:
        return TemplateLanguage.ENGLISH


def _identity(
    run: ImportRun, name: str, entries: dict[str, str], words: TemplateWords
) -> tuple[ProjectView, PeriodView] | None:
    problem, found = _identified(run, entries)
    if found is None:
        run.problems.append(
            words.problem((name, 0, ""), problem or "problem.identity.unknown", "problem.identity.fix")
        )
    return found


def _identified(
    run: ImportRun, entries: dict[str, str]
) -> tuple[str | None, tuple[ProjectView, PeriodView] | None]:
    """The template's project and period, or the message id of why they cannot be found."""
    uow = run.uow
    try:
        project = uow.projects.get(int(entries.get("project id", "0")))
        period = uow.periods.get(int(entries.get("period id", "0")))
    except ValueError:
        return "problem.identity.damaged", None
    except NotFoundError:
        return "problem.identity.gone", None
    expected = fingerprint(project.programme_code, project.id, project.code, period.id, period.label)
    if entries.get("fingerprint") != expected or entries.get("project") != project.code:
        return "problem.identity.other", None
    return None, (project, period)


class _RowChecker:
    """Checks each row of the Results sheet and gathers the wanted cells per indicator."""

    def __init__(self, run: ImportRun, sheet: str, project: ProjectView, words: TemplateWords) -> None:
        self.run = run
        self.sheet = sheet
        self.words = words
        programme = run.uow.programmes.get(project.programme_id)
        self.indicators = {i.id: i for i in run.uow.indicators.find(programme.id)}
        self.by_code = {i.code.casefold(): i for i in self.indicators.values()}
        self.locations = {loc.name.casefold(): loc.id for loc in project.locations}
        self.lists = TemplateLists.of(
            words.language, tuple(programme.population_groups), (*programme.age_bands, UNKNOWN_AGE_BAND)
        )
        self.cells: dict[int, dict[CellKey, Decimal]] = defaultdict(dict)
        self.rows: dict[tuple[int, CellKey], int] = {}
        self.first_row: dict[int, int] = {}
        self.notes: dict[int, tuple[str | None, str | None]] = {}

    def rows_of(self, indicator_id: int) -> list[int]:
        """The rows that give a figure of the indicator, in the sheet's order."""
        return sorted(row for (indicator, _), row in self.rows.items() if indicator == indicator_id)

    def at(self, number: int, column: str) -> tuple[str, int, str]:
        """Where a problem is: this sheet, row `number`, the column (by its COLUMN_IDS name) as headed."""
        return (self.sheet, number, self.words.header(column))

    def problem(
        self, number: int, column: str, message_id: str, fix_id: str | None = None, **params: Any
    ) -> None:
        self.run.problems.append(self.words.problem(self.at(number, column), message_id, fix_id, **params))

    def text(self, number: int, column: str, raw: Any, limit: int = cells.DEFAULT_MAX_TEXT) -> str | None:
        try:
            return cells.text(raw, limit)
        except CellError as error:
            self.run.problems.append(self.words.text_problem(self.at(number, column), raw, limit, error))
            return None

    def row(self, number: int, values: tuple[Any, ...]) -> None:
        code, _, _, location, group, sex, band, raw, source, note, key = values
        indicator = self._indicator(number, code, key)
        if indicator is None:
            return
        self.first_row.setdefault(indicator.id, number)
        self.cells.setdefault(indicator.id, {})
        before = len(self.run.problems)
        location_id = self._pick(
            number, "location", location, lambda text: self.locations.get(text.casefold())
        )
        dims = (
            self._pick(number, "population_group", group, self.lists.groups.stored),
            self._pick(number, "sex", sex, self.lists.sexes.stored),
            self._pick(number, "age_band", band, self.lists.bands.stored),
        )
        listed = len(self.run.problems) == before
        source_text = self.text(number, "source", source, SOURCE_LIMIT)
        note_text = self.text(number, "note", note)
        if cells.is_blank(raw):
            return
        # A value outside the lists is said once: the row's shape is not judged on a guess.
        shape = shape_issue(indicator.disaggregated, *dims) if listed else None
        if shape:
            self.problem(
                number, "population_group", issue_message_id(shape), "problem.shape.fix", code=indicator.code
            )
            return
        value = self._value(number, raw, indicator)
        if value is None or not listed:
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
            self.problem(number, "value", "problem.twice", row=first)
            return
        self.rows[(indicator.id, cell)] = number
        self.cells[indicator.id][cell] = value
        if indicator.id not in self.notes or self.notes[indicator.id] == (None, None):
            self.notes[indicator.id] = notes

    def _value(self, number: int, raw: Any, indicator: IndicatorView) -> Decimal | None:
        try:
            value = cells.number(raw)
        except CellError as error:
            self.run.problems.append(self.words.number_problem(self.at(number, "value"), raw, error))
            return None
        assert value is not None
        issue = value_issue(value, indicator.measure)
        if issue:
            self.problem(number, "value", issue_message_id(issue), "problem.value.fix", value=value)
            return None
        return value

    def _indicator(self, number: int, code: Any, key: Any) -> IndicatorView | None:
        indicator = None
        if isinstance(key, str | int) and str(key).strip().isdigit():
            indicator = self.indicators.get(int(str(key).strip()))
        if indicator is None and isinstance(code, str):
            indicator = self.by_code.get(code.strip().casefold())
        if indicator is None:
            self.problem(number, "indicator_code", "problem.indicator_unknown", code=code)
        elif isinstance(code, str) and code.strip().casefold() != indicator.code.casefold():
            self.problem(
                number, "indicator_code", "problem.indicator_other", expected=indicator.code, code=code
            )
            return None
        return indicator

    def _pick(self, number: int, column: str, raw: Any, lookup: Callable[[str], Any]) -> Any:
        """The stored value a list cell stands for; None when blank, or (said) when not in the list."""
        text = self.text(number, column, raw)
        if text is None:
            return None
        found = lookup(text)
        if found is None:
            self.problem(number, column, "problem.not_in_list", value=text[:40])
        return found
