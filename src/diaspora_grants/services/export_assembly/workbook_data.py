"""Everything the donor workbook shows, gathered from the services for one programme and period.

Every figure comes from the reach, results, finance and exchange-rate services (or, for the
row-level Reach and breakdown tables, straight from the result cells under the same counting
rules); variances are judged against the programme's threshold and explained with the texts
entered in the app; whatever the reporting officer must still complete is listed for the Cover.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from ... import __version__
from ...domain.errors import ValidationError
from ...domain.wording import QT_TRANSLATE_NOOP, say
from ...reporting.donor_workbook import (
    BudgetLine,
    CampaignMetric,
    DonorReportData,
    FxRate,
    IpttIndicator,
    ReachRow,
    ReportCover,
    ReportPeriod,
    TrancheRow,
)
from ...reporting.donor_workbook.model import AwardSummary
from ..finance import TrancheView
from ..periods import PeriodView
from ..programme_reporting import AwardView
from ..reach import ReachReport
from ..reach_queries import counted_statuses
from . import cover_notes
from .breakdowns import Breakdowns
from .comparison import Counted, compare_periods
from .cover_notes import IndicatorNote
from .facts import ProgrammeFacts, check_range, load_facts
from .finance_rows import FX_POLICY, TrancheContext, budget_lines, fx_rates, tranche_rows
from .iptt import iptt_block
from .programme_rows import campaign_metrics, five_w_rows
from .reach_rows import ReachSource, count_cells, left_out_places, reached_by_place
from .variances import ToComplete, VarianceRules, donor_family, over_spent_lines, with_variance

if TYPE_CHECKING:
    from ..registry import Services

Step = Callable[[str, float], None]


@dataclass(frozen=True)
class ReportRequest:
    programme_id: int
    date_from: dt.date
    date_to: dt.date
    report_type: str = "quarterly"
    prepared_by: str | None = None
    provisional: bool = False


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
    disbursed: Decimal = Decimal(0)
    spent: Decimal = Decimal(0)


@dataclass(frozen=True)
class _Gathered:
    """What the services said about the programme and period, before it is laid out as the report."""

    facts: ProgrammeFacts
    award: AwardView
    donor_ref: str
    report: ReachReport
    to_date: ReachReport
    in_report: list[PeriodView]
    results: _Results
    finance: _Finance
    source: ReachSource
    cells: int
    reached: dict[tuple[int, int | None], Decimal]


def reach_source(
    services: Services, report: ReachReport, periods: Sequence[PeriodView], provisional: bool
) -> ReachSource:
    """The cells of the Reach rows: the headline (direct) and indirect unique-people indicators of
    the periods, with the places the overlap rule leaves out of the headline."""
    indicators = []
    if report.headline_indicator is not None:
        indicators.append((report.headline_indicator.id, "direct"))
    if report.indirect_indicator is not None:
        indicators.append((report.indirect_indicator.id, "indirect"))
    context = services.context
    return ReachSource(
        tuple(indicators),
        counted_statuses(provisional),
        tuple(periods),
        report.rule.value,
        left_out_places(context.database, context.user, report.programme_id, report),
    )


class WorkbookAssembler:
    """One report's data; `assemble` returns it with the reach report and the cells to read."""

    def __init__(self, services: Services, request: ReportRequest, step: Step) -> None:
        self.services = services
        self.request = request
        self.step = step
        self.todo = ToComplete()
        #: Read by assemble, for a caller that lays out more than the workbook (the narrative PDF).
        self.facts: ProgrammeFacts | None = None
        self.in_report: list[PeriodView] = []

    def assemble(
        self, stream: Callable[[ProgrammeFacts, ReachSource, int], Iterator[ReachRow]]
    ) -> tuple[DonorReportData, ReachReport, int]:
        kind = self._checked_kind()
        got = self._gather(kind)
        # After the results' variances, so that the Cover lists what to complete in reading order.
        self._check_identity(got.facts, got.award)
        over_spent_lines(got.finance.lines, self.todo)
        return self._report_data(got, kind, stream), got.report, got.cells

    def _checked_kind(self) -> str:
        """The report type as REPORT_TYPES spells it; a bad range or type stops before any query."""
        r = self.request
        check_range(r.date_from, r.date_to)
        kind = r.report_type.strip().lower()
        if kind not in cover_notes.REPORT_TYPES:
            raise ValidationError.single(
                "type",
                say(
                    QT_TRANSLATE_NOOP("Core", "choose one of {value}"),
                    value=", ".join(cover_notes.REPORT_TYPES),
                ),
            )
        return kind

    def _gather(self, kind: str) -> _Gathered:
        r, services = self.request, self.services
        context = services.context
        self.step("Reading the programme", 0.02)
        facts = load_facts(services, r.programme_id)
        programme = facts.programme
        award = services.programmes.award(programme.id)
        donor_ref = _ref(services, programme.donor_id)
        self.step("Counting people reached", 0.08)
        report = services.reach.people_reached(
            programme.id, date_from=r.date_from, date_to=r.date_to, provisional=r.provisional
        )
        to_date = services.reach.people_reached(programme.id, date_to=r.date_to, provisional=r.provisional)
        self.step("Summarising results", 0.15)
        in_report = facts.periods_between(r.date_from, r.date_to)
        self.facts, self.in_report = facts, in_report
        rules = VarianceRules(
            threshold=award.variance_threshold,
            final=kind == "final",
            indicator_texts=self._indicator_texts(programme.id),
            last_period_id=in_report[-1].id if in_report else None,
        )
        results = self._results(facts, [p.label for p in in_report], {p.id for p in in_report}, rules)
        self.step("Reading budgets and tranches", 0.25)
        finance = self._finance(facts)
        self.step("Preparing reach rows", 0.35)
        source = reach_source(services, report, in_report, r.provisional)
        cells = count_cells(context.database, context.user, source)
        reached = reached_by_place(context.database, context.user, source)
        return _Gathered(
            facts, award, donor_ref, report, to_date, in_report, results, finance, source, cells, reached
        )

    def _report_data(
        self,
        got: _Gathered,
        kind: str,
        stream: Callable[[ProgrammeFacts, ReachSource, int], Iterator[ReachRow]],
    ) -> DonorReportData:
        r, facts, finance, results = self.request, got.facts, got.finance, got.results
        programme = facts.programme
        # The 5W's budget column is in US dollars: other currencies leave it empty, not mislabelled.
        budgets = dict(finance.grants) if programme.currency == "USD" else {}
        targets = project_targets(self.services, facts, got.report)
        return DonorReportData(
            cover=self._cover(got, kind),
            periods=tuple(
                ReportPeriod(label=p.label, start=p.start_date, end=p.end_date) for p in got.in_report
            ),
            indicators=tuple(results.blocks),
            age_bands=facts.age_bands,
            reach_rows=stream(facts, got.source, got.cells),
            five_w=tuple(
                five_w_rows(
                    programme, facts.projects, facts.partners, got.reached, budgets, targets, r.date_to
                )
            ),
            budget_lines=tuple(finance.lines),
            tranches=tuple(finance.tranches),
            fx_rates=tuple(finance.rates),
            campaign=tuple(results.campaign),
            code_lists=cover_notes.code_lists(facts),
            notes=cover_notes.notes(facts, got.report, results.notes, r.provisional, FX_POLICY),
            deviation_threshold=got.award.variance_threshold,
            comparison=compare_periods(
                self.services,
                facts,
                got.in_report,
                kind == "final",
                r.provisional,
                Counted(got.report, got.to_date, results.blocks),
            ),
        )

    def _cover(self, got: _Gathered, kind: str) -> ReportCover:
        r = self.request
        programme = got.facts.programme
        return ReportCover(
            programme_code=programme.code,
            programme_name=programme.name,
            donor=programme.donor_name or "",
            award_number=programme.award_number or "",
            reporting_org=programme.reporting_org_name or "",
            reporting_org_ref=_ref(self.services, programme.reporting_org_id),
            period_start=r.date_from,
            period_end=r.date_to,
            report_type=cover_notes.REPORT_TYPES[kind] + (" (provisional)" if r.provisional else ""),
            currency=programme.currency,
            fx_policy=FX_POLICY,
            prepared_by=r.prepared_by or self.services.context.user,
            generated_at=dt.datetime.now(),
            app_version=__version__,
            headlines=cover_notes.headlines(got.report, got.to_date),
            donor_family=donor_family(got.donor_ref),
            final=kind == "final",
            award=_award_summary(got.award, got.finance),
            to_complete=tuple(self.todo.items),
        )

    def _indicator_texts(self, programme_id: int) -> dict[tuple[int, int | None], str]:
        return {
            (e.indicator_id, e.period_id): e.text
            for e in self.services.programmes.variance_explanations(programme_id)
            if e.indicator_id is not None
        }

    def _line_texts(self, programme_id: int) -> dict[int, str]:
        return {
            e.budget_line_id: e.text
            for e in self.services.programmes.variance_explanations(programme_id)
            if e.budget_line_id is not None
        }

    def _check_identity(self, facts: ProgrammeFacts, award: AwardView) -> None:
        programme = facts.programme
        if not programme.award_number:
            self.todo.add("Record the award number of the programme (it heads every page).")
        if award.version == 0:
            self.todo.add(
                "Record the programme's award from the donor (amount, funds received, sub-grants, "
                "direct costs, indirect rate) for the financial report."
            )
        for partner in facts.partners.values():
            if not partner.iati_identifier:
                self.todo.add(f"Add the IATI organisation identifier of partner {partner.name}.")
        for project in facts.projects:
            if not project.agreement_number:
                self.todo.add(f"Record the grant agreement number of project {project.code}.")

    def _results(
        self, facts: ProgrammeFacts, labels: list[str], report_periods: set[int], rules: VarianceRules
    ) -> _Results:
        """IPTT blocks, campaign rows and indicator notes, one indicator at a time: each summary
        (every project x period) is turned into its block and let go before the next is read."""
        services, r = self.services, self.request
        programme = facts.programme
        views = {i.id: i for i in facts.indicators}
        partners = {p.id: p.partner_name for p in facts.projects}
        projects = {p.id: p for p in facts.projects}
        period_ends = {p.id: p.end_date for p in facts.periods}
        sdg_tags = ", ".join(f"SDG {g}" for g in programme.sdg_goals)
        table = services.exchange_rates.rate_table(programme.currency)
        result = _Results()
        with services.context.database.session(user=services.context.user, write=False) as session:
            parts = Breakdowns(
                session,
                programme.id,
                facts.periods_between(None, r.date_to),
                labels,
                counted_statuses(r.provisional),
                programme.overlap_rule,
                {p.id: p.country for p in facts.projects},
            )
            each = services.reach.each_results_summary(
                programme.id, date_to=r.date_to, provisional=r.provisional
            )
            for summary in each:
                view = views[summary.indicator_id]
                block = iptt_block(summary, view, labels, parts.of(view), partners)
                result.blocks.append(with_variance(block, view.id, summary.programme, rules, self.todo))
                result.campaign += campaign_metrics(
                    [summary],
                    views,
                    projects,
                    period_ends,
                    report_periods,
                    sdg_tags,
                    table,
                    programme.currency,
                )
                result.notes.append(IndicatorNote(summary.code, summary.note))
        return result

    def _finance(self, facts: ProgrammeFacts) -> _Finance:
        """Budgets at the report end and the day before its start, and tranches: a few queries for the
        whole programme, however many projects."""
        services, r = self.services, self.request
        programme = facts.programme
        finance = services.finance
        table = services.exchange_rates.rate_table(programme.currency)
        at_end = {s.project_id: s for s in finance.programme_summary(programme.id, as_of=r.date_to).projects}
        before_start = finance.programme_summary(programme.id, as_of=r.date_from - dt.timedelta(days=1))
        before = {s.project_id: s for s in before_start.projects}
        tranches_of: dict[int, list[TrancheView]] = defaultdict(list)
        for tranche in finance.programme_tranches(programme.id):
            tranches_of[tranche.project_id].append(tranche)
        curves = finance.spending_curves(programme.id, as_of=r.date_to)
        explanations = self._line_texts(programme.id)
        span = (programme.start_date, programme.end_date)
        result = _Finance()
        for project in facts.projects:
            summary = at_end[project.id]
            result.lines.extend(budget_lines(project, summary, before[project.id], span, explanations))
            partner = facts.partners.get(project.partner_id)
            end = project.actual_end or project.planned_end
            ctx = TrancheContext(
                partner_ref=(partner.iati_identifier or "") if partner else "",
                summary=summary,
                spending=curves.get(project.id),
                table=table,
                reporting=programme.currency,
                as_of=r.date_to,
                ended=end is not None and end <= r.date_to,
            )
            result.tranches.extend(tranche_rows(project, tranches_of[project.id], ctx))
            result.grants[project.id] = summary.in_reporting_currency.grant
            result.disbursed += summary.in_reporting_currency.disbursed
            result.spent += summary.in_reporting_currency.spent
        used = finance.currencies_in_use(programme.id)
        rates = services.exchange_rates.find(base_currency="USD")
        result.rates = list(fx_rates(rates, used, programme.start_date, r.date_to, programme.currency))
        return result


def _award_summary(award: AwardView, finance: _Finance) -> AwardSummary:
    return AwardSummary(
        amount=award.amount,
        funds_received=award.funds_received,
        funds_received_on=award.funds_received_on,
        subgrants=award.subgrants,
        subgrants_awarded=sum(finance.grants.values(), Decimal(0)),
        disbursed=finance.disbursed,
        partner_expenditure=finance.spent,
        direct_costs=award.direct_costs,
        indirect_rate=award.indirect_rate,
    )


def _ref(services: Services, organisation_id: int | None) -> str:
    if organisation_id is None:
        return ""
    return services.organisations.get(organisation_id).iati_identifier or ""


def project_targets(services: Services, facts: ProgrammeFacts, report: ReachReport) -> dict[int, Decimal]:
    """Each project's life-of-award target of the headline indicator (the 5W's "targeted")."""
    if report.headline_indicator is None:
        return {}
    headline = report.headline_indicator.id
    return {
        t.project_id: t.value
        for t in services.results.find_targets(indicator_id=headline)
        if t.project_id is not None and t.period_id is None
    }
