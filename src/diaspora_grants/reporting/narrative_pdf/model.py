"""What the narrative report (PDF) is built from: plain, frozen data, filled by the services.

The figures are the donor workbook's own (DonorReportData, assembled once by the same services):
the PDF lays them out beside the narrative and draws the charts; it computes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..donor_workbook.model import DonorReportData

Number = int | Decimal


@dataclass(frozen=True, kw_only=True)
class BarGroup:
    """One label of a chart with one value per series (None: no data)."""

    label: str
    values: tuple[Number | None, ...]
    #: Written after the bar, e.g. "1,565,000 of 1,500,000".
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class Chart:
    title: str
    #: The series' names (a legend is drawn when there are several).
    series: tuple[str, ...]
    groups: tuple[BarGroup, ...]
    #: What the values count, under the chart: "people", "USD".
    unit: str = ""
    #: Values are shares (1 = 100%), drawn against a line at 100%.
    percent: bool = False
    caption: str = ""


@dataclass(frozen=True, kw_only=True)
class TextSection:
    title: str
    text: str


@dataclass(frozen=True, kw_only=True)
class OutcomeSection:
    title: str
    text: str
    #: The numbers of the indicators under the outcome, as on the IPTT.
    indicators: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class NarrativeReport:
    """One narrative report: the workbook's data (its reach rows are not read), the narrative's
    sections in the donor's order, the charts, and the workbook named as its annex."""

    report: DonorReportData
    before_outcomes: tuple[TextSection, ...] = ()
    outcomes: tuple[OutcomeSection, ...] = ()
    after_outcomes: tuple[TextSection, ...] = ()
    charts: tuple[Chart, ...] = ()
    #: The file name of the donor workbook, the annex of this report.
    annex: str = ""
    #: The periods the report covers, e.g. "2022-Q1 to 2023-Q1".
    periods: str = ""
