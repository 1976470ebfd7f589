"""A project's money: budget lines (with their revisions), the tranche schedule, reported
expenditure, and their summaries. Each part lives in its own module; this service joins them."""

from __future__ import annotations

import datetime as dt

from ..db.models import Project
from ..domain.steps import TRANCHE_TRANSITIONS
from .finance_budget import (
    BudgetLineInput,
    BudgetLineOperations,
    BudgetLineView,
    BudgetRevisionRecord,
    BudgetRevisionView,
)
from .finance_spending import ExpenditureInput, ExpenditureOperations, ExpenditureView
from .finance_summary import (
    ProgrammeFinanceSummary,
    ProjectFinanceSummary,
    SpendingCurve,
    programme_summary,
    project_summary,
    spending_curves,
)
from .finance_tranches import TrancheInput, TrancheOperations, TrancheView

__all__ = [
    "TRANCHE_TRANSITIONS",
    "BudgetLineInput",
    "BudgetLineView",
    "BudgetRevisionRecord",
    "BudgetRevisionView",
    "ExpenditureInput",
    "ExpenditureView",
    "FinanceService",
    "ProgrammeFinanceSummary",
    "ProjectFinanceSummary",
    "SpendingCurve",
    "TrancheInput",
    "TrancheView",
]


class FinanceService(BudgetLineOperations, TrancheOperations, ExpenditureOperations):
    entity = "budget line"

    def project_summary(self, project_id: int, *, as_of: dt.date | None = None) -> ProjectFinanceSummary:
        """Grant, budget, disbursed, spent and what follows from them, in both currencies.

        Raises MissingExchangeRateError naming the currency and month of the first missing rate.
        """
        with self._read() as session:
            project = self._get(session, Project, project_id, "project")
            return project_summary(session, project, as_of or self.context.today())

    def programme_summary(
        self, programme_id: int, *, as_of: dt.date | None = None
    ) -> ProgrammeFinanceSummary:
        """Every project of the programme and their totals in the programme's reporting currency."""
        with self._read() as session:
            return programme_summary(session, programme_id, as_of or self.context.today())

    def spending_curves(self, programme_id: int, *, as_of: dt.date) -> dict[int, SpendingCurve]:
        """Per project: its reported expenditure to any day up to `as_of`, in the reporting currency
        (e.g. at each tranche's payment, for the unliquidated advance)."""
        with self._read() as session:
            return spending_curves(session, programme_id, as_of)
