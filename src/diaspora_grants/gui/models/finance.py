"""Programme finance: each project's money in the reporting currency, exchange rates, tranches due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...domain.enums import TrancheStatus
from ...services.exchange_rates import RateView
from ...services.finance import TrancheView
from ...services.finance_summary import FinanceFigures, ProjectFinanceSummary
from ..colours import ERROR, WARNING
from ..labels import QT_TRANSLATE_NOOP, label_of
from .table_model import Column, RowTableModel


def percent_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _figures(summary: ProjectFinanceSummary) -> FinanceFigures:
    return summary.in_reporting_currency


def _burn_colour(summary: ProjectFinanceSummary) -> QColor | None:
    burn, elapsed = _figures(summary).burn_rate, summary.time_elapsed
    if burn is None or elapsed is None:
        return None
    if burn > elapsed + Decimal("0.15"):
        return ERROR  # spending runs ahead of time
    if burn + Decimal("0.25") < elapsed:
        return WARNING  # well behind
    return None


_S = ProjectFinanceSummary


class ProgrammeFinanceTableModel(RowTableModel[ProjectFinanceSummary]):
    COL_PROJECT, COL_PARTNER, COL_GRANT, COL_BUDGET, COL_DISBURSED, COL_SPENT, COL_REMAINING = range(7)
    COL_BURN, COL_TIME, COL_ADVANCE = range(7, 10)
    COLUMNS: ClassVar = (
        Column[_S](
            QT_TRANSLATE_NOOP("Columns", "Project"),
            lambda s: s.project_code,
            tooltip=lambda s: s.project_title,
        ),
        Column[_S](QT_TRANSLATE_NOOP("Columns", "Partner"), lambda s: s.partner_name),
        Column[_S](QT_TRANSLATE_NOOP("Columns", "Grant"), lambda s: _figures(s).grant),
        Column[_S](QT_TRANSLATE_NOOP("Columns", "Budget"), lambda s: _figures(s).budget_revised),
        Column[_S](QT_TRANSLATE_NOOP("Columns", "Disbursed"), lambda s: _figures(s).disbursed),
        Column[_S](QT_TRANSLATE_NOOP("Columns", "Spent"), lambda s: _figures(s).spent),
        Column[_S](QT_TRANSLATE_NOOP("Columns", "Remaining"), lambda s: _figures(s).remaining),
        Column[_S](
            QT_TRANSLATE_NOOP("Columns", "Burn rate"),
            lambda s: _figures(s).burn_rate,
            text=lambda s: percent_text(_figures(s).burn_rate),
            colour=_burn_colour,
            tooltip=lambda s: QCoreApplication.translate(
                "Columns", "Spent as a share of the budget in force"
            ),
            align_right=True,
        ),
        Column[_S](
            QT_TRANSLATE_NOOP("Columns", "Time gone"),
            lambda s: s.time_elapsed,
            text=lambda s: percent_text(s.time_elapsed),
            tooltip=lambda s: QCoreApplication.translate(
                "Columns", "Share of the planned duration gone by the as-of date"
            ),
            align_right=True,
        ),
        Column[_S](
            QT_TRANSLATE_NOOP("Columns", "Advance unreported"),
            lambda s: _figures(s).unliquidated_advance,
            tooltip=lambda s: QCoreApplication.translate(
                "Columns", "Disbursed but not yet reported as spent (unliquidated advance)"
            ),
        ),
    )


class RateTableModel(RowTableModel[RateView]):
    COL_CURRENCY, COL_MONTH, COL_UNITS, COL_BASE, COL_SOURCE = range(5)
    COLUMNS: ClassVar = (
        Column[RateView](QT_TRANSLATE_NOOP("Columns", "Currency"), lambda r: r.currency),
        Column[RateView](
            QT_TRANSLATE_NOOP("Columns", "Month"), lambda r: r.month, text=lambda r: f"{r.month:%Y-%m}"
        ),
        Column[RateView](
            QT_TRANSLATE_NOOP("Columns", "Units per base"),
            lambda r: r.units_per_base,
            text=lambda r: f"{r.units_per_base.normalize():,f}",
        ),
        Column[RateView](QT_TRANSLATE_NOOP("Columns", "Base"), lambda r: r.base_currency),
        Column[RateView].long_text(QT_TRANSLATE_NOOP("Columns", "Source"), lambda r: r.source),
    )


@dataclass(frozen=True)
class TrancheDue:
    """A tranche still to pay, with the project it belongs to and whether its date has passed."""

    project_code: str
    project_currency: str
    tranche: TrancheView
    overdue: bool

    @property
    def id(self) -> int:
        return self.tranche.id

    @property
    def currency(self) -> str:
        return self.tranche.currency or self.project_currency


def tranches_due(
    project_code: str, currency: str, tranches: list[TrancheView], today: dt.date
) -> list[TrancheDue]:
    open_statuses = (TrancheStatus.SCHEDULED, TrancheStatus.APPROVED)
    return [
        TrancheDue(project_code, currency, t, t.planned_date < today)
        for t in tranches
        if t.status in open_statuses
    ]


class TrancheDueTableModel(RowTableModel[TrancheDue]):
    COL_DATE, COL_PROJECT, COL_NUMBER, COL_AMOUNT, COL_STATUS, COL_CONDITION = range(6)
    COLUMNS: ClassVar = (
        Column[TrancheDue](
            QT_TRANSLATE_NOOP("Columns", "Planned"),
            lambda d: d.tranche.planned_date,
            colour=lambda d: ERROR if d.overdue else None,
            tooltip=lambda d: (
                QCoreApplication.translate("Columns", "The planned date has passed") if d.overdue else None
            ),
        ),
        Column[TrancheDue](QT_TRANSLATE_NOOP("Columns", "Project"), lambda d: d.project_code),
        Column[TrancheDue](QT_TRANSLATE_NOOP("Columns", "No."), lambda d: d.tranche.number),
        Column[TrancheDue].money(
            QT_TRANSLATE_NOOP("Columns", "Amount"), lambda d: d.tranche.planned_amount, lambda d: d.currency
        ),
        Column[TrancheDue](
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda d: d.tranche.status,
            text=lambda d: (
                label_of(d.tranche.status)
                + (QCoreApplication.translate("FinanceModels", " (overdue)") if d.overdue else "")
            ),
            colour=lambda d: ERROR if d.overdue else None,
        ),
        Column[TrancheDue].long_text(
            QT_TRANSLATE_NOOP("Columns", "Condition"), lambda d: d.tranche.condition
        ),
    )
