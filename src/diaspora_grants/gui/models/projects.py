"""Projects and what hangs off them: budget lines, tranches, expenditure, reporting requirements."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication

from ...domain.enums import RequirementStatus, TrancheStatus
from ...services.finance import BudgetLineView, ExpenditureView, TrancheView
from ...services.projects import LocationView, ProjectView
from ...services.requirements import RequirementView
from ..colours import ERROR, MUTED, OK, WARNING
from ..iso_names import country_name
from ..labels import QT_TRANSLATE_NOOP, label_of
from .table_model import Column, RowTableModel


class ProjectTableModel(RowTableModel[ProjectView]):
    COL_CODE, COL_TITLE, COL_PARTNER, COL_COUNTRY, COL_STATUS, COL_GRANT, COL_START, COL_END = range(8)
    COLUMNS: ClassVar = (
        Column[ProjectView](QT_TRANSLATE_NOOP("Columns", "Code"), lambda p: p.code),
        Column[ProjectView].long_text(QT_TRANSLATE_NOOP("Columns", "Title"), lambda p: p.title),
        Column[ProjectView](QT_TRANSLATE_NOOP("Columns", "Partner"), lambda p: p.partner_name),
        Column[ProjectView](QT_TRANSLATE_NOOP("Columns", "Country"), lambda p: country_name(p.country)),
        Column[ProjectView](QT_TRANSLATE_NOOP("Columns", "Status"), lambda p: p.status),
        Column[ProjectView].money(
            QT_TRANSLATE_NOOP("Columns", "Grant"), lambda p: p.grant_amount, lambda p: p.currency
        ),
        Column[ProjectView](QT_TRANSLATE_NOOP("Columns", "Planned start"), lambda p: p.planned_start),
        Column[ProjectView](QT_TRANSLATE_NOOP("Columns", "Planned end"), lambda p: p.planned_end),
    )


class BudgetLineTableModel(RowTableModel[BudgetLineView]):
    COL_CODE, COL_CATEGORY, COL_ORIGINAL, COL_REVISED, COL_REVISIONS, COL_DESCRIPTION = range(6)
    COLUMNS: ClassVar = (
        Column[BudgetLineView](QT_TRANSLATE_NOOP("Columns", "Code"), lambda b: b.code),
        Column[BudgetLineView](QT_TRANSLATE_NOOP("Columns", "Category"), lambda b: b.category),
        Column[BudgetLineView](QT_TRANSLATE_NOOP("Columns", "Original"), lambda b: b.original_amount),
        Column[BudgetLineView](QT_TRANSLATE_NOOP("Columns", "Revised"), lambda b: b.revised_amount),
        Column[BudgetLineView](
            QT_TRANSLATE_NOOP("Columns", "Revisions"),
            lambda b: b.revision_count,
            text=lambda b: str(b.revision_count) if b.revision_count else "",
            tooltip=lambda b: b.last_revision_reason,
        ),
        Column[BudgetLineView].long_text(
            QT_TRANSLATE_NOOP("Columns", "Description"), lambda b: b.description
        ),
    )


class LocationTableModel(RowTableModel[LocationView]):
    COL_NAME, COL_AREA, COL_PCODE = range(3)
    COLUMNS: ClassVar = (
        Column[LocationView](QT_TRANSLATE_NOOP("Columns", "Location"), lambda loc: loc.name),
        Column[LocationView](
            QT_TRANSLATE_NOOP("Columns", "Admin-1 area (ISO 3166-2)"),
            lambda loc: loc.admin1_code,
            text=lambda loc: f"{loc.admin1_code} {loc.admin1_name}" if loc.admin1_code else "",
        ),
        Column[LocationView](QT_TRANSLATE_NOOP("Columns", "P-code"), lambda loc: loc.pcode),
    )


_TRANCHE_COLOURS = {TrancheStatus.PAID: OK, TrancheStatus.CANCELLED: MUTED, TrancheStatus.APPROVED: WARNING}


class TrancheTableModel(RowTableModel[TrancheView]):
    COL_NUMBER, COL_PLANNED, COL_AMOUNT, COL_PAID_ON, COL_PAID, COL_STATUS, COL_CONDITION = range(7)
    COLUMNS: ClassVar = (
        Column[TrancheView](QT_TRANSLATE_NOOP("Columns", "No."), lambda t: t.number),
        Column[TrancheView](QT_TRANSLATE_NOOP("Columns", "Planned"), lambda t: t.planned_date),
        Column[TrancheView](QT_TRANSLATE_NOOP("Columns", "Planned amount"), lambda t: t.planned_amount),
        Column[TrancheView](QT_TRANSLATE_NOOP("Columns", "Paid on"), lambda t: t.actual_date),
        Column[TrancheView](QT_TRANSLATE_NOOP("Columns", "Paid amount"), lambda t: t.actual_amount),
        Column[TrancheView](
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda t: t.status,
            colour=lambda t: _TRANCHE_COLOURS.get(t.status),
        ),
        Column[TrancheView].long_text(QT_TRANSLATE_NOOP("Columns", "Condition"), lambda t: t.condition),
    )


class ExpenditureTableModel(RowTableModel[ExpenditureView]):
    COL_SPENT_ON, COL_AMOUNT, COL_CURRENCY, COL_LINE, COL_DESCRIPTION = range(5)
    COLUMNS: ClassVar = (
        Column[ExpenditureView](QT_TRANSLATE_NOOP("Columns", "Spent on"), lambda e: e.spent_on),
        Column[ExpenditureView](QT_TRANSLATE_NOOP("Columns", "Amount"), lambda e: e.amount),
        Column[ExpenditureView](QT_TRANSLATE_NOOP("Columns", "Currency"), lambda e: e.currency),
        Column[ExpenditureView](QT_TRANSLATE_NOOP("Columns", "Budget line"), lambda e: e.budget_line_code),
        Column[ExpenditureView].long_text(
            QT_TRANSLATE_NOOP("Columns", "Description"), lambda e: e.description
        ),
    )


_REQUIREMENT_COLOURS = {RequirementStatus.OVERDUE: ERROR, RequirementStatus.DUE: WARNING}


def _requirement_state(r: RequirementView) -> str:
    if r.status is RequirementStatus.OVERDUE:
        if r.days_overdue == 1:
            return QCoreApplication.translate("Columns", "overdue by 1 day")
        days = r.days_overdue  # a plain name: lupdate skips a count read from an attribute
        return QCoreApplication.translate("Columns", "overdue by %n days", "", days)
    return label_of(r.status)


class RequirementTableModel(RowTableModel[RequirementView]):
    COL_REPORT, COL_DUE, COL_STATUS, COL_SUBMITTED, COL_ACCEPTED = range(5)
    COLUMNS: ClassVar = (
        Column[RequirementView](QT_TRANSLATE_NOOP("Columns", "Report"), lambda r: r.title),
        Column[RequirementView](QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.due_date),
        Column[RequirementView](
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: r.status,
            text=_requirement_state,
            colour=lambda r: _REQUIREMENT_COLOURS.get(r.status),
        ),
        Column[RequirementView](QT_TRANSLATE_NOOP("Columns", "Submitted"), lambda r: r.submitted_on),
        Column[RequirementView](QT_TRANSLATE_NOOP("Columns", "Accepted"), lambda r: r.accepted_on),
    )
