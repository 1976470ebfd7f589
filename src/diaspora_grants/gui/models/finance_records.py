"""The history of a budget line: one row per revision."""

from __future__ import annotations

from typing import ClassVar

from ...services.finance import BudgetRevisionView
from ..labels import QT_TRANSLATE_NOOP
from .table_model import Column, RowTableModel


class BudgetRevisionTableModel(RowTableModel[BudgetRevisionView]):
    COL_ON, COL_FROM, COL_TO, COL_BY, COL_REASON = range(5)
    COLUMNS: ClassVar = (
        Column[BudgetRevisionView](QT_TRANSLATE_NOOP("Columns", "Revised on"), lambda r: r.revised_on),
        Column[BudgetRevisionView](QT_TRANSLATE_NOOP("Columns", "From"), lambda r: r.previous_amount),
        Column[BudgetRevisionView](
            QT_TRANSLATE_NOOP("Columns", "To"),
            lambda r: r.revised_amount,
            text=lambda r: "original" if r.revised_amount is None else f"{r.revised_amount:,.2f}",
        ),
        Column[BudgetRevisionView](QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.revised_by),
        Column[BudgetRevisionView].long_text(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason),
    )
