"""Importing a data workbook (any subset of its sheets), in dependency order, in one unit of work.

A sheet only refers to sheets read before it. Organisations and projects, which a database may
hold by the ten thousand, are created a batch at a time (importing.batches); the results go through
the bulk load; every other sheet row by row.
"""

from __future__ import annotations

from collections.abc import Callable

from ..reporting import data_format as s
from . import sheets_awards as awards
from . import sheets_calls as calls
from . import sheets_core as core
from . import sheets_narratives as narratives
from . import sheets_projects as projects
from . import sheets_records as records
from .import_run import ImportRun
from .results_import import import_results
from .rows import Row
from .workbook_reader import WorkbookReader

#: Sheet, row handler and how the services' field names map to its columns.
Handlers = tuple[tuple[s.SheetSpec, Callable[[ImportRun, Row], str], dict[str, str]], ...]

BEFORE_PROJECTS: Handlers = (
    (s.CONTACTS, core.contact, {}),
    (s.PROGRAMMES, core.programme, core.PROGRAMME_ALIASES),
    (s.INDICATORS, core.indicator, core.INDICATOR_ALIASES),
    (s.PERIODS, core.period, core.PERIOD_ALIASES),
    (s.CALLS, calls.call, calls.CALL_ALIASES),
    (s.CRITERIA, calls.criterion, calls.CRITERION_ALIASES),
    (s.APPLICATIONS, calls.application, calls.APPLICATION_ALIASES),
    (s.REVIEWS, calls.review, calls.REVIEW_ALIASES),
)
AFTER_PROJECTS: Handlers = (
    (s.LOCATIONS, records.location, {"p-code": "P-code", "location": "Name", "admin-1 area": "Admin-1 code"}),
    (s.BUDGET_LINES, projects.budget_line, projects.FINANCE_ALIASES),
    (s.BUDGET_REVISIONS, projects.budget_revision, {"budget line": "Budget line", "reason": "Reason"}),
    (s.TRANCHES, projects.tranche, projects.FINANCE_ALIASES),
    (s.EXCHANGE_RATES, projects.exchange_rate, projects.RATE_ALIASES),
    (s.EXPENDITURES, projects.expenditure, projects.FINANCE_ALIASES),
    (s.TARGETS, projects.target, projects.TARGET_ALIASES),
)
#: Read after the results: nothing refers to them.
AFTER_RESULTS: Handlers = (
    (s.AWARDS, awards.award, {"emergency glide": "GLIDE number", "subgrants": "Sub-grants"}),
    (s.VARIANCE_EXPLANATIONS, awards.variance_explanation, {"explanation": "Explanation"}),
    (s.REQUIREMENTS, records.requirement, records.REQUIREMENT_ALIASES),
    (s.DOCUMENTS, records.document, records.DOCUMENT_ALIASES),
    (s.NARRATIVES, narratives.narrative, {}),
    (s.NARRATIVE_OUTCOMES, narratives.narrative_outcome, {}),
    (s.PARTNER_NARRATIVES, narratives.partner_narrative, {}),
)


def is_data_workbook(reader: WorkbookReader) -> bool:
    return any(reader.find_sheet(spec.name) for spec in s.ALL_SHEETS)


def import_data(run: ImportRun, reader: WorkbookReader) -> None:
    run.run_batched_sheet(reader, s.ORGANISATIONS, core.OrganisationSheet(run), core.ORGANISATION_ALIASES)
    _run(run, reader, BEFORE_PROJECTS)
    run.run_batched_sheet(reader, s.PROJECTS, projects.ProjectSheet(run), projects.PROJECT_ALIASES)
    _run(run, reader, AFTER_PROJECTS)
    import_results(run, reader)
    _run(run, reader, AFTER_RESULTS)
    # Headline indicators and period locks refer to sheets processed later; locks come last so that
    # a locked period in the file can first receive its results.
    for action in run.deferred:
        action()


def _run(run: ImportRun, reader: WorkbookReader, handlers: Handlers) -> None:
    for spec, handler, aliases in handlers:
        run.run_sheet(reader, spec, handler, aliases)
