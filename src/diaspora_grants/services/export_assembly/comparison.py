"""This report against the previous period: every headline figure and indicator, from the same
reach and results services that count this report's own.

An interim report (quarterly, semi-annual, annual) covers some periods: it is compared with as
many periods just before them, so a quarter meets the quarter before and a half-year the half-year
before. A final report reads "to date": its life-of-award figures meet the figures to the end of
the period before its last, what the last interim report said.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ...reporting.donor_workbook.model import ComparedFigure, IpttIndicator, PeriodComparison
from ..periods import PeriodView
from ..reach import ReachReport
from .facts import ProgrammeFacts

if TYPE_CHECKING:
    from ..registry import Services

Number = int | Decimal


@dataclass(frozen=True)
class Window:
    """The dates a set of figures covers: `date_from` None reads from the start of the award."""

    date_from: dt.date | None
    date_to: dt.date
    label: str


def windows(
    facts: ProgrammeFacts, in_report: Sequence[PeriodView], final: bool
) -> tuple[Window, Window | None] | None:
    """(this report, the previous period), or None for a report without periods."""
    if not in_report:
        return None
    first, last = in_report[0], in_report[-1]
    ordered = list(facts.periods)
    if final:
        current = Window(None, last.end_date, f"to {last.end_date:%Y-%m-%d}")
        before_last = [p for p in ordered if p.end_date < last.start_date]
        if not before_last:
            return current, None
        previous = before_last[-1]
        return current, Window(None, previous.end_date, f"to {previous.end_date:%Y-%m-%d} ({previous.label})")
    current = Window(first.start_date, last.end_date, _span(in_report))
    earlier = [p for p in ordered if p.end_date < first.start_date][-len(in_report) :]
    if not earlier:
        return current, None
    return current, Window(earlier[0].start_date, earlier[-1].end_date, _span(earlier))


def _span(periods: Sequence[PeriodView]) -> str:
    return periods[0].label if len(periods) == 1 else f"{periods[0].label} to {periods[-1].label}"


@dataclass(frozen=True)
class Counted:
    """What the report has counted already: reused, not counted again."""

    in_report: ReachReport
    to_date: ReachReport
    blocks: Sequence[IpttIndicator]


def compare_periods(
    services: Services,
    facts: ProgrammeFacts,
    in_report: Sequence[PeriodView],
    final: bool,
    provisional: bool,
    counted: Counted,
) -> PeriodComparison | None:
    """The comparison of the report's headline figures and of every indicator in its IPTT."""
    found = windows(facts, in_report, final)
    if found is None:
        return None
    current, previous = found
    programme_id = facts.programme.id
    if final:  # to date: the figures the IPTT's life-of-award columns show
        now = _Figures(_headlines(counted.to_date), {b.number: b.loa_actual for b in counted.blocks})
    else:
        now = _Figures(
            _headlines(counted.in_report), _indicators(services, programme_id, current, provisional)
        )
    before = _figures(services, programme_id, previous, provisional) if previous else _Figures({}, {})
    headlines = tuple(
        ComparedFigure(label=label, current=now.headlines.get(label), previous=before.headlines.get(label))
        for label in now.headlines
    )
    indicators = {
        block.number: ComparedFigure(
            label=block.name,
            measure=block.measure,
            current=now.indicators.get(block.number),
            previous=before.indicators.get(block.number),
        )
        for block in counted.blocks
    }
    basis = (
        "Figures to date against the figures to the end of the period before the last (the last "
        "interim report)."
        if final
        else "This report's periods against as many periods just before them."
    )
    return PeriodComparison(
        current_label=current.label,
        previous_label=previous.label if previous else None,
        basis=basis,
        headlines=headlines,
        indicators=indicators,
    )


@dataclass(frozen=True)
class _Figures:
    headlines: dict[str, Number | None]
    indicators: dict[str, Number | None]


HEADLINE_DIRECT = "People reached (unique, direct)"
HEADLINE_INDIRECT = "People reached (unique, indirect, estimated)"


def _headlines(report: ReachReport) -> dict[str, Number | None]:
    found = {HEADLINE_DIRECT: _number(report.direct_unique)}
    if report.indirect_indicator is not None:
        explanation = report.explanation
        found[HEADLINE_INDIRECT] = _number(explanation.indirect_unique if explanation else None)
    return found


def _indicators(
    services: Services, programme_id: int, window: Window, provisional: bool
) -> dict[str, Number | None]:
    return {
        summary.code: _number(summary.programme.life_of_award)
        for summary in services.reach.each_results_summary(
            programme_id, date_from=window.date_from, date_to=window.date_to, provisional=provisional
        )
    }


def _figures(services: Services, programme_id: int, window: Window, provisional: bool) -> _Figures:
    report = services.reach.people_reached(
        programme_id, date_from=window.date_from, date_to=window.date_to, provisional=provisional
    )
    return _Figures(_headlines(report), _indicators(services, programme_id, window, provisional))


def _number(value: Decimal | None) -> Number | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else value
