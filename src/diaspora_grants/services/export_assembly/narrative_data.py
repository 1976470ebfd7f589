"""The narrative report's data: the donor workbook's own (assembled by WorkbookAssembler, without
its reach rows), the narrative written in the app, and the charts' series, each from the service
that counts it: reach by country from the reach service's derivation, by sex, age and population
group from the headline indicator's cells under the same counting rules as the IPTT's breakdowns,
indicators against targets from the IPTT blocks, funds from the award summary of the Cover.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ...domain import narratives as n
from ...domain.enums import Sex
from ...domain.labels import label
from ...reporting.donor_workbook.model import DonorReportData, IpttIndicator, ReachRow
from ...reporting.donor_workbook.sheet_tools import ratio
from ...reporting.narrative_pdf import BarGroup, Chart, NarrativeReport, OutcomeSection, TextSection
from ...reporting.narrative_pdf.document import figure_text
from ..narratives import NarrativeView
from ..periods import PeriodView
from ..reach import ReachReport
from ..reach_queries import counted_statuses
from .breakdowns import CROSS, Breakdowns
from .facts import ProgrammeFacts
from .reach_rows import ReachSource
from .workbook_data import ReportRequest, WorkbookAssembler

if TYPE_CHECKING:
    from ..registry import Services

Step = Callable[[str, float], None]


def narrative_report(services: Services, request: ReportRequest, step: Step, annex: str) -> NarrativeReport:
    """Everything the PDF shows; the workbook's figures are assembled exactly as for the workbook."""

    def no_rows(_facts: ProgrammeFacts, _source: ReachSource, _cells: int) -> Iterator[ReachRow]:
        return iter(())

    assembler = WorkbookAssembler(services, request, step)
    narrative = services.programmes.narrative_between(
        request.programme_id, request.date_from, request.date_to
    )
    data, report, _cells = assembler.assemble(no_rows)
    assert assembler.facts is not None
    step("Drawing the charts", 0.7)
    charts = report_charts(services, assembler.facts, assembler.in_report, data, report, request.provisional)
    to_complete = tuple(f"Write the narrative's section: {title}." for title in narrative.empty_sections)
    data = replace(data, cover=replace(data.cover, to_complete=data.cover.to_complete + to_complete))
    return NarrativeReport(
        report=data,
        before_outcomes=_sections(narrative, n.BEFORE_OUTCOMES),
        outcomes=tuple(
            OutcomeSection(title=o.title, text=o.text, indicators=o.indicator_codes)
            for o in narrative.outcomes
        ),
        after_outcomes=_sections(narrative, n.AFTER_OUTCOMES),
        charts=charts,
        annex=annex,
        periods=narrative.span,
    )


def _sections(narrative: NarrativeView, sections: Sequence[n.Section]) -> tuple[TextSection, ...]:
    return tuple(TextSection(title=s.title, text=narrative.text(s.key)) for s in sections)


def report_charts(
    services: Services,
    facts: ProgrammeFacts,
    in_report: Sequence[PeriodView],
    data: DonorReportData,
    report: ReachReport,
    provisional: bool,
) -> tuple[Chart, ...]:
    totals = _headline_totals(services, facts, in_report, report, provisional)
    charts = [
        _by_country(report),
        _by_sex_and_age(totals.get(CROSS, {}), facts.age_bands),
        _by_group(totals.get("group", {}), facts.programme.population_groups),
        _against_targets(data.indicators),
    ]
    funds = _funds(data)
    if funds is not None:
        charts.append(funds)
    return tuple(charts)


def _headline_totals(
    services: Services,
    facts: ProgrammeFacts,
    in_report: Sequence[PeriodView],
    report: ReachReport,
    provisional: bool,
) -> dict[str, dict[Any, Decimal]]:
    """The headline indicator's people in the report's periods by sex x age and by group."""
    if report.headline_indicator is None or not in_report:
        return {}
    view = next(i for i in facts.indicators if i.id == report.headline_indicator.id)
    context = services.context
    programme = facts.programme
    with context.database.session(user=context.user, write=False) as session:
        parts = Breakdowns(
            session,
            programme.id,
            in_report,
            (),
            counted_statuses(provisional),
            programme.overlap_rule,
            {p.id: p.country for p in facts.projects},
        )
        return parts.award_totals(view)


def _whole(value: Decimal) -> int | Decimal:
    return int(value) if value == value.to_integral_value() else value


def _by_country(report: ReachReport) -> Chart:
    explanation = report.explanation
    by_country = explanation.by_country if explanation else {}
    groups = tuple(
        BarGroup(label=report.country_labels.get(code, code), values=(_whole(value),))
        for code, value in sorted(by_country.items(), key=lambda item: (-item[1], item[0]))
    )
    caption = ""
    if explanation is not None:
        caption = (
            f'Overlap rule "{report.rule.value}": in each admin-1 area where projects overlap, the '
            f"larger figure counts. Conservative {explanation.direct_unique_conservative:,.0f}; upper "
            f"bound (sum over projects) {explanation.direct_unique_upper_bound:,.0f}."
        )
    return Chart(
        title="People reached (unique, direct) by country", series=("People",), groups=groups,
        unit="people", caption=caption,
    )  # fmt: skip


def _by_sex_and_age(cross: dict[Any, Decimal], age_bands: Sequence[str]) -> Chart:
    by_pair: dict[tuple[Sex, str | None], Decimal] = defaultdict(Decimal)
    for (sex, band), value in cross.items():
        by_pair[(_sex_of(sex), band)] += value
    sexes = [s for s in Sex if any(key[0] == s for key in by_pair)]
    bands: list[str | None] = [b for b in age_bands if any(key[1] == b for key in by_pair)]
    bands += sorted({b for _, b in by_pair if b is not None and b not in age_bands})
    if any(b is None for _, b in by_pair):
        bands.append(None)
    groups = tuple(
        BarGroup(
            label=f"Age {band}" if band is not None else "Age unknown",
            values=tuple(_whole(by_pair.get((sex, band), Decimal(0))) for sex in sexes),
        )
        for band in bands
    )
    return Chart(
        title="People reached (unique, direct) by sex and age",
        series=tuple(label(s) for s in sexes),
        groups=groups,
        unit="people",
        caption="The headline indicator's people in the report's periods, counted by the headline's rules.",
    )


def _sex_of(code: Any) -> Sex:
    try:
        return Sex(code)
    except ValueError:
        return Sex.UNKNOWN


def _by_group(groups: dict[Any, Decimal], order: Sequence[str]) -> Chart:
    known = [g for g in order if g in groups] + sorted(
        str(g) for g in groups if g is not None and g not in order
    )
    items = [(g[:1].upper() + g[1:], groups[g]) for g in known]
    if None in groups:
        items.append(("Unknown", groups[None]))
    return Chart(
        title="People reached (unique, direct) by population group",
        series=("People",),
        groups=tuple(BarGroup(label=text, values=(_whole(value),)) for text, value in items),
        unit="people",
    )


def _against_targets(blocks: Sequence[IpttIndicator]) -> Chart:
    """Each indicator's actual to date against its life-of-award target: the IPTT's % met."""
    groups = []
    for block in blocks:
        share = ratio(block.loa_actual, block.loa_target)
        if share is None:
            continue
        actual, target = (figure_text(v, block.measure) for v in (block.loa_actual, block.loa_target))
        note = f"({actual} of {target})"
        groups.append(BarGroup(label=block.number, values=(share,), note=note))
    return Chart(
        title="Indicators against their life-of-award targets",
        series=("Actual to date",),
        groups=tuple(groups),
        unit="% of the life-of-award target",
        percent=True,
        caption="The dashed line is the target (100%); the indicator tables give each one's name. "
        "Indicators without a target are left out.",
    )


def _funds(data: DonorReportData) -> Chart | None:
    award = data.cover.award
    if award is None:
        return None
    items = [
        ("Award", award.amount),
        ("Sub-grants awarded to partners", award.subgrants_awarded),
        ("Disbursed to partners", award.disbursed),
        ("Spent by partners (reported)", award.partner_expenditure),
    ]
    return Chart(
        title=f"Funds awarded, disbursed and spent ({data.cover.currency})",
        series=(data.cover.currency,),
        groups=tuple(
            BarGroup(label=text, values=(_whole(v) if v is not None else None,)) for text, v in items
        ),
        unit=data.cover.currency,
        caption="Disbursed and spent to the report end; the award as recorded in the app.",
    )
