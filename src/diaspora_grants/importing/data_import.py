"""Importing a data workbook (any subset of its sheets), in dependency order, in one transaction."""

from __future__ import annotations

from collections.abc import Callable

from ..reporting import data_format as s
from . import sheets_calls as calls
from . import sheets_core as core
from . import sheets_projects as projects
from .import_run import ImportRun
from .results_import import import_results
from .rows import Row
from .workbook_reader import WorkbookReader

#: Sheet, handler and how the services' field names map to its columns; Results is handled in bulk.
HANDLERS: tuple[tuple[s.SheetSpec, Callable[[ImportRun, Row], str], dict[str, str]], ...] = (
    (s.ORGANISATIONS, core.organisation, core.ORGANISATION_ALIASES),
    (s.CONTACTS, core.contact, {}),
    (s.PROGRAMMES, core.programme, core.PROGRAMME_ALIASES),
    (s.INDICATORS, core.indicator, core.INDICATOR_ALIASES),
    (s.PERIODS, core.period, core.PERIOD_ALIASES),
    (s.CALLS, calls.call, calls.CALL_ALIASES),
    (s.CRITERIA, calls.criterion, calls.CRITERION_ALIASES),
    (s.APPLICATIONS, calls.application, calls.APPLICATION_ALIASES),
    (s.REVIEWS, calls.review, calls.REVIEW_ALIASES),
    (s.PROJECTS, projects.project, projects.PROJECT_ALIASES),
    (s.BUDGET_LINES, projects.budget_line, projects.FINANCE_ALIASES),
    (s.TRANCHES, projects.tranche, projects.FINANCE_ALIASES),
    (s.EXCHANGE_RATES, projects.exchange_rate, projects.RATE_ALIASES),
    (s.EXPENDITURES, projects.expenditure, projects.FINANCE_ALIASES),
    (s.TARGETS, projects.target, projects.TARGET_ALIASES),
)


def is_data_workbook(reader: WorkbookReader) -> bool:
    return any(reader.find_sheet(spec.name) for spec in s.ALL_SHEETS)


def import_data(run: ImportRun, reader: WorkbookReader) -> None:
    for spec, handler, aliases in HANDLERS:
        run.run_sheet(reader, spec, handler, aliases)
    import_results(run, reader)
    # Headline indicators and period locks refer to sheets processed later; locks come last so that
    # a locked period in the file can first receive its results.
    for action in run.deferred:
        action()
