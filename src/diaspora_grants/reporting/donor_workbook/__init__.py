"""The donor workbook of REPORTING.md, built from plain data (see model.py) with openpyxl write-only."""

from diaspora_grants.reporting.donor_workbook.builder import (
    WorkbookResult,
    build_donor_workbook,
    sheet_names,
    write_reach_workbook,
)
from diaspora_grants.reporting.donor_workbook.model import (
    BudgetLine,
    CampaignMetric,
    ComparedFigure,
    DonorReportData,
    FiveWRow,
    FxRate,
    Headline,
    IpttDisaggregation,
    IpttIndicator,
    NoteItem,
    PeriodComparison,
    PeriodFigures,
    ReachRow,
    ReportCover,
    ReportPeriod,
    TrancheRow,
)
from diaspora_grants.reporting.donor_workbook.sheet_tools import ExpectedFigure

__all__ = [
    "BudgetLine",
    "CampaignMetric",
    "ComparedFigure",
    "DonorReportData",
    "ExpectedFigure",
    "FiveWRow",
    "FxRate",
    "Headline",
    "IpttDisaggregation",
    "IpttIndicator",
    "NoteItem",
    "PeriodComparison",
    "PeriodFigures",
    "ReachRow",
    "ReportCover",
    "ReportPeriod",
    "TrancheRow",
    "WorkbookResult",
    "build_donor_workbook",
    "sheet_names",
    "write_reach_workbook",
]
