"""Variances of a report, what the reporting officer must still complete, and the donor's family.

USAID's IPTT guidance asks for an explanation where an indicator deviates by more than a set
share (10% by default, a programme setting) from its target. An interim report compares the
actual to date with the target to date (the period targets up to the report end); a final report
with the life-of-award target. Over-spent budget lines need a justification too. What is missing
is listed on the Cover, so nobody sends a report with a blank where the donor expects words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ...domain.counting import format_number
from ...domain.enums import Counting, Measure
from ...reporting.donor_workbook.model import BudgetLine, IpttIndicator
from ..results_summary import FigureLine

#: IATI organisation identifier prefixes of donors whose formats the report follows.
US_FEDERAL_PREFIXES = ("US-GOV-", "US-USAGOV")  # SF-425 applies to every US federal award
EU_PREFIXES = ("XI-IATI-EC", "XI-IATI-EU", "XM-DAC-918")


def donor_family(donor_ref: str | None) -> str:
    """ "us-federal", "eu" or "other", from the donor's IATI organisation identifier (a code, never
    its name): which financial report, which paper, which sector list."""
    ref = (donor_ref or "").strip().upper()
    if ref.startswith(US_FEDERAL_PREFIXES):
        return "us-federal"
    if ref.startswith(EU_PREFIXES):
        return "eu"
    return "other"


def target_to_date(line: FigureLine, counting: Counting, measure: Measure) -> Decimal | None:
    """The period targets up to the report end: their sum, or the latest for cumulative and
    percent indicators (a running figure is never added up); None without any period target."""
    targets = [p.target for p in line.periods if p.target is not None]
    if not targets:
        return None
    if counting == Counting.CUMULATIVE or measure == Measure.PERCENT:
        return targets[-1]
    return sum(targets, Decimal(0))


def is_flagged(actual: Decimal | None, target: Decimal | None, threshold: Decimal) -> bool:
    if actual is None or target is None or target <= 0:
        return False
    return abs(actual / target - 1) > threshold


@dataclass
class ToComplete:
    """What the reporting officer must still do before sending, in the order found."""

    items: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        if text not in self.items:
            self.items.append(text)


@dataclass(frozen=True)
class VarianceRules:
    threshold: Decimal
    final: bool
    #: (indicator id, period id or None for the life of award) -> explanation text.
    indicator_texts: Mapping[tuple[int, int | None], str]
    #: The report's last period: the explanation an interim report uses.
    last_period_id: int | None

    def explanation(self, indicator_id: int) -> str:
        period = None if self.final else self.last_period_id
        return self.indicator_texts.get((indicator_id, period), "")


def with_variance(
    block: IpttIndicator, indicator_id: int, line: FigureLine, rules: VarianceRules, todo: ToComplete
) -> IpttIndicator:
    """The block with its target to date, flag and explanation; a missing explanation is listed."""
    from dataclasses import replace

    counting = Counting(block.counting)
    measure = Measure.PERCENT if block.measure == "%" else Measure.NUMBER
    to_date = target_to_date(line, counting, measure)
    actual = None if block.loa_actual is None else Decimal(block.loa_actual)
    target = line.target if rules.final else to_date
    flagged = is_flagged(actual, target, rules.threshold)
    text = rules.explanation(indicator_id)
    if flagged and not text and actual is not None and target is not None:
        basis = "life-of-award target" if rules.final else "target to date"
        todo.add(
            f"Explain the variance of indicator {block.number}: {format_number(actual)} against a "
            f"{basis} of {format_number(target)} ({actual / target:.0%}), outside ±{rules.threshold:.0%}."
        )
    return replace(block, target_to_date=_number(to_date), flagged=flagged, deviation_narrative=text)


def over_spent_lines(lines: Sequence[BudgetLine], todo: ToComplete) -> None:
    for line in lines:
        if line.over_spent and not line.justification:
            burn = (
                f" ({line.expenditure_cumulative / line.revised_budget:.0%} of the budget)"
                if line.revised_budget
                else ""
            )
            todo.add(
                f"Explain why budget line {line.line_code} of project {line.project_code} "
                f"is over-spent{burn}."
            )


def _number(value: Decimal | None) -> int | Decimal | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else value
