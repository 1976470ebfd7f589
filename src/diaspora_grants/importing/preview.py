"""Running an import: as a preview (everything checked, then rolled back) or committed all at once.

The preview runs exactly the import that a commit would run, inside a transaction that is rolled
back, so its counts and problems are the commit's, not an estimate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import DatabaseBusyError, DomainError
from ..reporting.data_format import ALL_SHEETS
from ..services.registry import Services
from .data_import import import_data, is_data_workbook
from .import_run import ImportRun, SheetCount
from .problems import ImportRejectedError, Problem, file_problem
from .template_import import import_template, is_results_template
from .workbook_reader import WorkbookReader

log = logging.getLogger("diaspora_grants.importing")

RESULTS_TEMPLATE = "results template"
DATA_WORKBOOK = "data workbook"


@dataclass(frozen=True)
class SheetSummary:
    sheet: str
    created: int
    changed: int
    unchanged: int


@dataclass(frozen=True, kw_only=True)
class ImportPreview:
    file: str
    kind: str
    sheets: tuple[SheetSummary, ...]
    problems: tuple[Problem, ...]
    #: Said, but not stopping the import: columns ignored, names that look like existing ones.
    warnings: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes(self) -> int:
        return sum(s.created + s.changed for s in self.sheets)


@dataclass(frozen=True, kw_only=True)
class ImportReport(ImportPreview):
    committed: bool


class _RollBack(Exception):  # noqa: N818 - control flow: leave the transaction without committing
    pass


def run_import(services: Services, path: Path, *, commit: bool) -> ImportReport:
    """Import `path` in one unit of work; with commit=False (or when any problem is found) nothing
    is saved. A committed import with problems raises ImportRejectedError; a preview returns them."""
    with WorkbookReader(path) as reader:
        kind = _kind(reader)
        run: ImportRun | None = None
        try:
            with services.unit_of_work(reason=f"import of {path.name}") as uow:
                present = frozenset(spec.name for spec in ALL_SHEETS if reader.find_sheet(spec.name))
                run = ImportRun(uow, uow.context.today(), uow.context.user, sheets=present)
                _import(run, reader, kind)
                if run.problems or not commit:
                    raise _RollBack
        except _RollBack:
            pass
        except (DatabaseBusyError, ImportRejectedError):
            raise
        except DomainError as error:
            raise ImportRejectedError(
                [Problem("(file)", 0, "", error.message, "correct the file")]
            ) from error
    assert run is not None
    report = ImportReport(
        file=path.name,
        kind=kind,
        sheets=tuple(_summary(name, c) for name, c in run.counts.items()),
        problems=tuple(run.problems),
        warnings=tuple(run.warnings),
        committed=commit and not run.problems,
    )
    if commit and run.problems:
        raise ImportRejectedError(run.problems)
    return report


def _import(run: ImportRun, reader: WorkbookReader, kind: str) -> None:
    try:
        (import_template if kind == RESULTS_TEMPLATE else import_data)(run, reader)
    except ImportRejectedError as error:
        run.problems.extend(error.problems)


def _kind(reader: WorkbookReader) -> str:
    if is_results_template(reader):
        return RESULTS_TEMPLATE
    if is_data_workbook(reader):
        return DATA_WORKBOOK
    raise file_problem(
        f"the workbook has none of the sheets known here (it has {', '.join(reader.sheet_names)[:150]})",
        "use a results template made by the app, or a data workbook with sheets named "
        + ", ".join(spec.name for spec in ALL_SHEETS),
    )


def _summary(name: str, count: SheetCount) -> SheetSummary:
    return SheetSummary(name, count.created, count.changed, count.unchanged)
