"""Cover headlines, Notes and Lists: the people-reached figures with the reach service's own derivation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ...domain.counting import format_number
from ...reporting.donor_workbook.model import Headline, NoteItem
from ..reach import ReachReport
from .facts import ProgrammeFacts


@dataclass(frozen=True)
class IndicatorNote:
    """How an indicator's programme figure was computed (the results summary's note)."""

    code: str
    note: str


REPORT_TYPES = {"quarterly": "Quarterly", "semi-annual": "Semi-annual", "annual": "Annual", "final": "Final"}


def headlines(in_period: ReachReport, to_date: ReachReport | None) -> tuple[Headline, ...]:
    """Direct and indirect unique people, never added; the award-to-date figure when it differs in scope."""
    items = list(_of(in_period, "in the reporting period"))
    if to_date is not None and to_date.periods != in_period.periods:
        items += [h for h in _of(to_date, "since the start of the award") if h.reach == "direct"]
    return tuple(items)


def _of(report: ReachReport, scope: str) -> list[Headline]:
    explanation = report.explanation
    if explanation is None:
        # The service's message tells the app's user what to add; the donor reads what is the case.
        return [
            Headline(
                label=f"People reached {scope} (unique, direct)",
                value=None,
                reach="direct",
                explanation="No people-reached figure: no indicator of this programme counts unique people "
                "reached directly (engagement metrics such as views or points are not people).",
                in_period=scope == "in the reporting period",
            )
        ]
    lines = report.lines()
    split = next((i for i, line in enumerate(lines) if line.startswith("Indirect reach")), len(lines))
    in_period = scope == "in the reporting period"
    rule = f'"{report.rule.value}"'
    items = [
        Headline(
            label=f"People reached {scope} (unique, direct)",
            value=explanation.direct_unique,
            reach="direct",
            explanation=_brief(
                rule, explanation.direct_unique_conservative, explanation.direct_unique_upper_bound, report
            ),
            in_period=in_period,
            derivation="\n".join(lines[:split]),
        )
    ]
    if explanation.indirect_unique is not None:
        items.append(
            Headline(
                label=f"People reached {scope} (unique, indirect, estimated)",
                value=explanation.indirect_unique,
                reach="indirect",
                explanation=_brief(
                    rule,
                    explanation.indirect_unique_conservative,
                    explanation.indirect_unique_upper_bound,
                    report,
                )
                + " Audience estimates: never added to direct reach.",
                in_period=in_period,
                derivation="\n".join(lines[split:]),
            )
        )
    return items


def _brief(rule: str, conservative: Decimal | None, upper: Decimal | None, report: ReachReport) -> str:
    figures = ""
    if conservative is not None and upper is not None:
        figures = (
            f" Conservative (max per location) {format_number(conservative)}; upper bound (sum over "
            f"projects) {format_number(upper)}."
        )
    periods = ", ".join(report.periods) or "none"
    return f"Overlap rule {rule}, periods {periods}.{figures} Location by location: see Notes."


def notes(
    facts: ProgrammeFacts,
    report: ReachReport,
    indicator_notes: Sequence[IndicatorNote],
    provisional: bool,
    fx_policy: str,
) -> tuple[NoteItem, ...]:
    programme = facts.programme
    scope = (
        "Approved and submitted results (PROVISIONAL: submitted results may still change)."
        if provisional
        else "Approved results only; drafts and submitted results are not counted."
    )
    items = [
        NoteItem(heading="Results counted", text=scope),
        NoteItem(
            heading="Overlap rule of this programme",
            text=f'"{programme.overlap_rule.value}": '
            + (
                "where two projects report in the same admin-1 area, the larger figure counts."
                if programme.overlap_rule.value == "max per location"
                else "projects' figures are added, even where they work in the same area."
            ),
        ),
        NoteItem(
            heading="Reach sheet",
            text="Rows of the headline indicator (direct) and the indirect unique-people indicator, per "
            "project, location, period and population group. Adding rows can count a person twice; the "
            "programme's unique figure is on the Cover.",
        ),
        NoteItem(heading="Exchange rates", text=fx_policy),
        NoteItem(heading="Periods in this report", text=", ".join(report.periods) or "none"),
    ]
    items += [NoteItem(heading=f"Indicator {n.code}", text=n.note) for n in indicator_notes]
    return tuple(items)


def code_lists(facts: ProgrammeFacts) -> dict[str, tuple[str, ...]]:
    return {
        "Population groups": tuple(facts.programme.population_groups),
        "Age bands": facts.age_bands,
        "Projects": tuple(p.code for p in facts.projects),
        "Partners": tuple(sorted({p.partner_name for p in facts.projects})),
        "Countries": tuple(sorted({p.country for p in facts.projects})),
        "Periods": tuple(p.label for p in facts.periods),
        "Indicators": tuple(i.code for i in facts.indicators),
    }
