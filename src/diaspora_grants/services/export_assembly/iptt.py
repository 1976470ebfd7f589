"""IPTT blocks from the reach service's results summary: every figure is the service's own.

The summary runs from the start of the award to the report end, so "life of award" is the figure
to date; the columns show the report's own periods.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from ...domain.enums import Direction, Measure
from ...reporting.donor_workbook.model import IpttDisaggregation, IpttIndicator, PeriodFigures
from ..indicators import IndicatorView
from ..results_summary import FigureLine, IndicatorSummary

Number = int | Decimal


def _number(value: Decimal | None) -> Number | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else value


def period_figures(line: FigureLine, labels: Sequence[str]) -> tuple[PeriodFigures, ...]:
    """The line's figures in the report's periods; a period with neither target nor actual is left
    out, as the sheet shows it as no data either way (and a programme has thousands of them)."""
    wanted = set(labels)
    return tuple(
        PeriodFigures(period_label=p.label, target=_number(p.target), actual=_number(p.actual))
        for p in line.periods
        if p.label in wanted and (p.target is not None or p.actual is not None)
    )


def iptt_block(
    summary: IndicatorSummary,
    view: IndicatorView,
    labels: Sequence[str],
    breakdown: tuple[IpttDisaggregation, ...],
    partners: Mapping[int, str],
) -> IpttIndicator:
    """One indicator's block; its rows below the total: each project, then sex, age and group."""
    line = summary.programme
    per_project = tuple(
        IpttDisaggregation(
            label=f"Project {project.label}",
            project=project.label,
            loa_target=_number(project.target),
            loa_actual=_number(project.life_of_award),
            periods=period_figures(project, labels),
        )
        for project in summary.projects
    )
    return IpttIndicator(
        number=summary.code,
        name=summary.name,
        result_level=view.result_level.value,
        sector=view.sector or "",
        project="All",
        unit=summary.unit or "",
        direction="+" if view.direction == Direction.INCREASE else "-",
        counting=summary.counting.value,
        measure="%" if summary.measure == Measure.PERCENT else "#",
        baseline=_number(view.baseline_value),
        baseline_date=view.baseline_date,
        loa_target=_number(line.target),
        loa_actual=_number(line.life_of_award),
        periods=period_figures(line, labels),
        source=view.means_of_verification or "",
        # How the figure was counted is on the Notes sheet (it is long: it would make every row tall).
        comments="",
        disaggregations=per_project + breakdown,
    )
