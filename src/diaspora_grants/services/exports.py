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

from .. import __version__
from ..domain.errors import DomainError, ValidationError
from ..reporting.donor_workbook import (
    BudgetLine,
    CampaignMetric,
    DonorReportData,
    ExpectedFigure,
    FxRate,
    IpttIndicator,
    ReachRow,
    ReportCover,
    ReportPeriod,
    TrancheRow,
    build_donor_workbook,
)
from ..reporting.hxl import write_five_w_hxl, write_reach_hxl
from ..reporting.iati import write_iati_xml
from .base import Service
from .export_assembly import cover_notes
from .export_assembly.breakdowns import Breakdowns
from .export_assembly.cover_notes import IndicatorNote
from .export_assembly.facts import ProgrammeFacts, check_range, load_facts
from .export_assembly.finance_rows import FX_POLICY, budget_lines, fx_rates, tranche_rows
from .export_assembly.iati_build import iati_programme
from .export_assembly.iptt import iptt_block
from .export_assembly.programme_rows import campaign_metrics, five_w_rows
from .export_assembly.reach_rows import ReachSource, count_cells, reached_by_place, stream_reach_rows
from .finance import TrancheView
from .periods import PeriodView
from .reach import ReachReport
from .reach_queries import counted_statuses

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
        return self._assemble(
            programme_id, date_from, date_to, report_type, prepared_by, provisional, _Steps(None, None)
        )[0]

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
        data, report, _cells = self._assemble(
            programme_id, date_from, date_to, report_type, prepared_by, provisional, steps
        )
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
        )

    def _assemble(
        self,
        programme_id: int,
        date_from: dt.date,
        date_to: dt.date,
        report_type: str,
        prepared_by: str | None,
        provisional: bool,
        steps: _Steps,
    ) -> tuple[DonorReportData, ReachReport, int]:
        check_range(date_from, date_to)
        kind = report_type.strip().lower()
        if kind not in cover_notes.REPORT_TYPES:
            raise ValidationError.single("type", f"choose one of {', '.join(cover_notes.REPORT_TYPES)}")
        services = self._services
        steps("Reading the programme", 0.02)
        facts = load_facts(services, programme_id)
        programme = facts.programme
        steps("Counting people reached", 0.08)
        report = services.reach.people_reached(
            programme_id, date_from=date_from, date_to=date_to, provisional=provisional
        )
        to_date = services.reach.people_reached(programme_id, date_to=date_to, provisional=provisional)
        steps("Summarising results", 0.15)
        in_report = facts.periods_between(date_from, date_to)
        labels = [p.label for p in in_report]
        results = self._results(services, facts, date_to, labels, provisional, {p.id for p in in_report})
        steps("Reading budgets and tranches", 0.25)
        finance = self._finance(services, facts, date_from, date_to)
        steps("Preparing reach rows", 0.35)
        source = _reach_source(report, in_report, provisional, programme.overlap_rule.value)
        cells = count_cells(self.context.database, self.context.user, source)
        reached = reached_by_place(self.context.database, self.context.user, source)
        budgets = {pid: figure for pid, figure in finance.grants.items() if programme.currency == "USD"}
        data = DonorReportData(
            cover=ReportCover(
                programme_code=programme.code,
                programme_name=programme.name,
                donor=programme.donor_name or "",
                award_number=programme.award_number or "",
                reporting_org=programme.reporting_org_name or "",
                reporting_org_ref=_reporting_ref(services, programme.reporting_org_id),
                period_start=date_from,
                period_end=date_to,
                report_type=cover_notes.REPORT_TYPES[kind] + (" (provisional)" if provisional else ""),
                currency=programme.currency,
                fx_policy=FX_POLICY,
                prepared_by=prepared_by or self.context.user,
                generated_at=dt.datetime.now(),
                app_version=__version__,
                headlines=cover_notes.headlines(report, to_date),
            ),
            periods=tuple(ReportPeriod(label=p.label, start=p.start_date, end=p.end_date) for p in in_report),
            indicators=tuple(results.blocks),
            age_bands=facts.age_bands,
            reach_rows=_streamed(self, facts, source, steps, cells),
            five_w=tuple(five_w_rows(programme, facts.projects, facts.partners, reached, budgets, date_to)),
            budget_lines=tuple(finance.lines),
            tranches=tuple(finance.tranches),
            fx_rates=tuple(finance.rates),
            campaign=tuple(results.campaign),
            code_lists=cover_notes.code_lists(facts),
            notes=cover_notes.notes(facts, report, results.notes, provisional, FX_POLICY),
        )
        return data, report, cells

    def _results(
        self,
        services: Services,
        facts: ProgrammeFacts,
        date_to: dt.date,
        labels: list[str],
        provisional: bool,
        report_periods: set[int],
    ) -> _Results:
        """IPTT blocks, campaign rows and indicator notes, one indicator at a time: each summary
        (every project x period) is turned into its block and let go before the next is read."""
        programme = facts.programme
        views = {i.id: i for i in facts.indicators}
        partners = {p.id: p.partner_name for p in facts.projects}
        projects = {p.id: p for p in facts.projects}
        period_ends = {p.id: p.end_date for p in facts.periods}
        sdg_tags = ", ".join(f"SDG {g}" for g in programme.sdg_goals)
        result = _Results()
        with self._read() as session:
            parts = Breakdowns(
                session,
                programme.id,
                facts.periods_between(None, date_to),
                labels,
                counted_statuses(provisional),
                programme.overlap_rule,
                {p.id: p.country for p in facts.projects},
            )
            each = services.reach.each_results_summary(programme.id, date_to=date_to, provisional=provisional)
            for summary in each:
                view = views[summary.indicator_id]
                result.blocks.append(iptt_block(summary, view, labels, parts.of(view), partners))
                result.campaign += campaign_metrics(
                    [summary], views, projects, period_ends, report_periods, sdg_tags
                )
                result.notes.append(IndicatorNote(summary.code, summary.note))
        return result

    def _finance(
        self, services: Services, facts: ProgrammeFacts, date_from: dt.date, date_to: dt.date
    ) -> _Finance:
        """Budgets at the report end and the day before its start, and tranches: a few queries for the
        whole programme, however many projects."""
        programme = facts.programme
        finance = services.finance
        table = services.exchange_rates.rate_table(programme.currency)
        at_end = {s.project_id: s for s in finance.programme_summary(programme.id, as_of=date_to).projects}
        before_start = finance.programme_summary(programme.id, as_of=date_from - dt.timedelta(days=1))
        before = {s.project_id: s for s in before_start.projects}
        tranches_of: dict[int, list[TrancheView]] = defaultdict(list)
        for tranche in finance.programme_tranches(programme.id):
            tranches_of[tranche.project_id].append(tranche)
        result = _Finance()
        for project in facts.projects:
            summary = at_end[project.id]
            result.lines.extend(
                budget_lines(project, summary, before[project.id], (programme.start_date, programme.end_date))
            )
            partner = facts.partners.get(project.partner_id)
            result.tranches.extend(
                tranche_rows(
                    project,
                    (partner.iati_identifier or "") if partner else "",
                    tranches_of[project.id],
                    summary,
                    table,
                    programme.currency,
                    date_to,
                )
            )
            result.grants[project.id] = summary.in_reporting_currency.grant
        used = finance.currencies_in_use(programme.id)
        rates = services.exchange_rates.find(base_currency="USD")
        result.rates = list(fx_rates(rates, used, programme.start_date, date_to, programme.currency))
        return result

    # Open standards -----------------------------------------------------------------------------

    def write_iati(self, programme_id: int, out: Path) -> ExportResult:
        """The programme (parent) and its projects (children) as IATI 2.03 activities."""
        services = self._services
        facts = load_facts(services, programme_id)
        activity = iati_programme(services, facts, self.context.today())
        path = write_iati_xml(activity, Path(out), dt.datetime.now())
        return ExportResult(path=path, kind="IATI 2.03 activities", rows=1 + len(activity.projects))

    def write_hxl(self, programme_id: int, sheet: HxlSheet | str, out: Path) -> ExportResult:
        """The Reach or 5W table of every period to date, approved results, as HXL-tagged CSV."""
        services = self._services
        facts = load_facts(services, programme_id)
        if sheet == "reach":
            report = services.reach.people_reached(programme_id)
            source = _reach_source(report, facts.periods, False, facts.programme.overlap_rule.value)
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
        if sheet == "5w":
            report = services.reach.people_reached(programme_id)
            source = _reach_source(report, facts.periods, False, facts.programme.overlap_rule.value)
            reached = reached_by_place(self.context.database, self.context.user, source)
            grants = {}
            if facts.programme.currency == "USD":
                grants = {
                    p.id: services.finance.project_summary(p.id).in_reporting_currency.grant
                    for p in facts.projects
                }
            today = self.context.today()
            records = five_w_rows(facts.programme, facts.projects, facts.partners, reached, grants, today)
            count = write_five_w_hxl(Path(out), records, facts.age_bands)
            return ExportResult(
                path=Path(out), kind="HXL 5W", rows=count, people_reached=report.direct_unique
            )
        raise ValidationError.single("sheet", "choose reach or 5w")


@dataclass
class _Results:
    blocks: list[IpttIndicator] = field(default_factory=list)
    campaign: list[CampaignMetric] = field(default_factory=list)
    notes: list[IndicatorNote] = field(default_factory=list)


@dataclass
class _Finance:
    lines: list[BudgetLine] = field(default_factory=list)
    tranches: list[TrancheRow] = field(default_factory=list)
    rates: list[FxRate] = field(default_factory=list)
    grants: dict[int, Decimal] = field(default_factory=dict)


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


def _reach_source(
    report: ReachReport, periods: Iterable[PeriodView], provisional: bool, dedup_method: str
) -> ReachSource:
    indicators = []
    if report.headline_indicator is not None:
        indicators.append((report.headline_indicator.id, "direct"))
    if report.indirect_indicator is not None:
        indicators.append((report.indirect_indicator.id, "indirect"))
    return ReachSource(tuple(indicators), counted_statuses(provisional), tuple(periods), dedup_method)


def _reporting_ref(services: Services, organisation_id: int | None) -> str:
    if organisation_id is None:
        return ""
    return services.organisations.get(organisation_id).iati_identifier or ""


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
