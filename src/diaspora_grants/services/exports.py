"""Exports that leave the building: the donor workbook, IATI 2.03 XML and HXL CSV.

This service only gathers: every figure comes from the reach, results, finance and exchange-rate
services (or, for the row-level Reach and breakdown tables, straight from the result cells under
the same counting rules), and the reporting package lays it out. Reach rows stream from the
database to the writer, so memory stays flat however many cells a programme has.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..domain.errors import DomainError, ValidationError
from ..domain.wording import QT_TRANSLATE_NOOP, say
from ..reporting.donor_workbook import (
    DonorReportData,
    ExpectedFigure,
    ReachRow,
    build_donor_workbook,
)
from ..reporting.hxl import write_five_w_hxl, write_reach_hxl
from ..reporting.iati import write_iati_xml
from ..reporting.narrative_pdf import write_narrative_pdf
from .base import Service
from .export_assembly.facts import ProgrammeFacts, load_facts
from .export_assembly.iati_build import iati_programme
from .export_assembly.narrative_data import narrative_report
from .export_assembly.programme_rows import five_w_rows
from .export_assembly.reach_rows import ReachSource, reached_by_place, stream_reach_rows
from .export_assembly.workbook_data import ReportRequest, WorkbookAssembler, project_targets, reach_source
from .reach import ReachReport

if TYPE_CHECKING:
    from .registry import Services

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
HxlSheet = Literal["reach", "5w"]


class ExportCancelledError(DomainError):
    def __init__(self) -> None:
        super().__init__("export cancelled; no file was written")


@dataclass(frozen=True, kw_only=True)
class ExportResult:
    """What was written, and the figures the app shows next to it."""

    path: Path
    kind: str
    sheets: tuple[str, ...] = ()
    rows: int = 0
    #: The programme's unique direct people reached (the Cover headline); None without one.
    people_reached: Decimal | None = None
    #: Totals per sheet, e.g. "Reach: direct rows added" or "Tranches: disbursed".
    totals: dict[str, Decimal] = field(default_factory=dict)
    #: Every live formula of a workbook with the value it must show.
    figures: tuple[ExpectedFigure, ...] = ()
    #: What the reporting officer must still complete before sending (also on the Cover).
    to_complete: tuple[str, ...] = ()


class ExportService(Service):
    entity = "programme"

    @property
    def _services(self) -> Services:
        from .registry import Services

        return Services(self.context)

    # The donor workbook -------------------------------------------------------------------------

    def donor_report_data(
        self,
        programme_id: int,
        date_from: dt.date,
        date_to: dt.date,
        *,
        report_type: str = "quarterly",
        prepared_by: str | None = None,
        provisional: bool = False,
    ) -> DonorReportData:
        """Everything the workbook shows; `reach_rows` is a generator read once, from the database."""
        request = ReportRequest(programme_id, date_from, date_to, report_type, prepared_by, provisional)
        return self._assemble(request, _Steps(None, None))[0]

    def write_donor_report(
        self,
        programme_id: int,
        date_from: dt.date,
        date_to: dt.date,
        out: Path,
        *,
        report_type: str = "quarterly",
        prepared_by: str | None = None,
        provisional: bool = False,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> ExportResult:
        """Write the workbook; a cancelled or failed export leaves no file (and an old one intact)."""
        steps = _Steps(progress, cancel)
        request = ReportRequest(programme_id, date_from, date_to, report_type, prepared_by, provisional)
        data, report, _cells = self._assemble(request, steps)
        tally = _ReachTally()
        rows = tally.count(data.reach_rows)
        steps("Writing the workbook", 0.5)
        built = build_donor_workbook(replace(data, reach_rows=rows), Path(out))
        steps("Done", 1.0)
        totals = {f"Reach: {reach} rows added": value for reach, value in tally.totals.items()}
        totals.update(_money_totals(data))
        return ExportResult(
            path=built.path,
            kind="donor workbook",
            sheets=built.sheets,
            rows=built.reach_rows,
            people_reached=report.direct_unique,
            totals=totals,
            figures=built.figures,
            to_complete=data.cover.to_complete,
        )

    # The narrative report -----------------------------------------------------------------------

    def write_narrative_report(
        self,
        programme_id: int,
        date_from: dt.date,
        date_to: dt.date,
        out: Path,
        *,
        report_type: str = "quarterly",
        prepared_by: str | None = None,
        provisional: bool = False,
        annex: str | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> ExportResult:
        """Write the narrative report (PDF); the donor workbook of the same request is its annex."""
        steps = _Steps(progress, cancel)
        request = ReportRequest(programme_id, date_from, date_to, report_type, prepared_by, provisional)
        report = narrative_report(self._services, request, steps, annex or self._annex(request))
        steps("Writing the PDF", 0.8)
        written = write_narrative_pdf(report, Path(out))
        steps("Done", 1.0)
        direct = next((h.value for h in report.report.cover.headlines if h.reach == "direct"), None)
        return ExportResult(
            path=written.path,
            kind="narrative report",
            rows=written.pages,
            people_reached=None if direct is None else Decimal(direct),
            to_complete=report.report.cover.to_complete,
        )

    def _annex(self, request: ReportRequest) -> str:
        """The workbook's file name as the Reports page suggests it: CODE-donor-FIRST_LAST.xlsx."""
        code = self._services.programmes.get(request.programme_id).code
        return f"{code}-donor-{request.date_from:%Y-%m-%d}_{request.date_to:%Y-%m-%d}.xlsx"

    def _assemble(self, request: ReportRequest, steps: _Steps) -> tuple[DonorReportData, ReachReport, int]:
        def stream(facts: ProgrammeFacts, source: ReachSource, cells: int) -> Iterator[ReachRow]:
            return _streamed(self, facts, source, steps, cells)

        return WorkbookAssembler(self._services, request, steps).assemble(stream)

    # Open standards -----------------------------------------------------------------------------

    def write_iati(self, programme_id: int, out: Path) -> ExportResult:
        """The programme (parent) and its projects (children) as IATI 2.03 activities."""
        services = self._services
        facts = load_facts(services, programme_id)
        now = dt.datetime.now().replace(microsecond=0)
        activity = iati_programme(services, facts, self.context.today(), now)
        path = write_iati_xml(activity, Path(out), now)
        missing = tuple(
            f"Add the IATI organisation identifier of partner {p.name}: without it the file names the "
            "partner but cannot link to its own publications."
            for p in facts.partners.values()
            if not p.iati_identifier
        )
        return ExportResult(
            path=path, kind="IATI 2.03 activities", rows=1 + len(activity.projects), to_complete=missing
        )

    def write_hxl(self, programme_id: int, sheet: HxlSheet | str, out: Path) -> ExportResult:
        """The Reach or 5W table of every period to date, approved results, as HXL-tagged CSV."""
        if sheet not in ("reach", "5w"):
            raise ValidationError.single("sheet", say(QT_TRANSLATE_NOOP("Core", "choose reach or 5w")))
        services = self._services
        facts = load_facts(services, programme_id)
        today = self.context.today()
        periods = facts.periods_between(None, today)
        report = services.reach.people_reached(programme_id, date_to=today)
        source = reach_source(services, report, periods, False)
        if sheet == "reach":
            tally = _ReachTally()
            rows = write_reach_hxl(
                Path(out),
                tally.count(stream_reach_rows(self.context.database, self.context.user, facts, source)),
                facts.age_bands,
            )
            totals = {f"{reach} rows added": value for reach, value in tally.totals.items()}
            return ExportResult(
                path=Path(out),
                kind="HXL reach",
                rows=rows,
                people_reached=report.direct_unique,
                totals=totals,
            )
        reached = reached_by_place(self.context.database, self.context.user, source)
        grants = {}
        if facts.programme.currency == "USD":
            summary = services.finance.programme_summary(programme_id, as_of=today)
            grants = {p.project_id: p.in_reporting_currency.grant for p in summary.projects}
        # The data describe the periods counted: they are as of the end of the last one.
        as_of = periods[-1].end_date if periods else today
        targets = project_targets(services, facts, report)
        records = five_w_rows(
            facts.programme, facts.projects, facts.partners, reached, grants, targets, as_of
        )
        count = write_five_w_hxl(Path(out), records, facts.age_bands)
        return ExportResult(path=Path(out), kind="HXL 5W", rows=count, people_reached=report.direct_unique)


class _Steps:
    """Reports progress and stops the work, between steps and while rows stream, when asked to."""

    def __init__(self, progress: Progress | None, cancel: CancelCheck | None) -> None:
        self.progress = progress
        self.cancel = cancel

    def __call__(self, text: str, fraction: float) -> None:
        if self.cancel is not None and self.cancel():
            raise ExportCancelledError()
        if self.progress is not None:
            self.progress(min(1.0, max(0.0, fraction)), text)


class _ReachTally:
    """Adds up the Reach rows as they pass to the writer, per reach type (never across types)."""

    def __init__(self) -> None:
        self.totals: dict[str, Decimal] = defaultdict(Decimal)

    def count(self, rows: Iterable[ReachRow]) -> Iterator[ReachRow]:
        for row in rows:
            self.totals[row.reach_type] += row.total
            yield row


def _streamed(
    service: ExportService, facts: ProgrammeFacts, source: ReachSource, steps: _Steps, cells: int
) -> Iterator[ReachRow]:
    def on_cell(read: int) -> None:
        steps(f"Writing reach rows ({read:,} of {cells:,} cells)", 0.5 + 0.45 * read / max(cells, 1))

    context = service.context
    yield from stream_reach_rows(context.database, context.user, facts, source, on_cell)


def _money_totals(data: DonorReportData) -> dict[str, Decimal]:
    zero = Decimal(0)
    return {
        "Budget_vs_Actual: revised budget": sum((b.revised_budget for b in data.budget_lines), zero),
        "Budget_vs_Actual: expenditure this period": sum(
            (b.expenditure_period for b in data.budget_lines), zero
        ),
        "Budget_vs_Actual: cumulative expenditure": sum(
            (b.expenditure_cumulative for b in data.budget_lines), zero
        ),
        "Tranches: disbursed": sum((t.amount_usd or zero for t in data.tranches), zero),
    }
