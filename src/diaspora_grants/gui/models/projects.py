"""Projects and what hangs off them: budget lines, tranches, expenditure, reporting requirements."""

from __future__ import annotations

from typing import ClassVar

from ...domain.enums import RequirementStatus, TrancheStatus
from ...services.finance import BudgetLineView, ExpenditureView, TrancheView
from ...services.projects import LocationView, ProjectView
from ...services.requirements import RequirementView
from ..colours import ERROR, MUTED, OK, WARNING
from ..labels import label_of
from .table_model import Column, RowTableModel


class ProjectTableModel(RowTableModel[ProjectView]):
    COL_CODE, COL_TITLE, COL_PARTNER, COL_COUNTRY, COL_STATUS, COL_GRANT, COL_START, COL_END = range(8)
    COLUMNS: ClassVar = (
        Column[ProjectView]("Code", lambda p: p.code),
        Column[ProjectView].long_text("Title", lambda p: p.title),
        Column[ProjectView]("Partner", lambda p: p.partner_name),
        Column[ProjectView]("Country", lambda p: p.country_name),
        Column[ProjectView]("Status", lambda p: p.status),
        Column[ProjectView].money("Grant", lambda p: p.grant_amount, lambda p: p.currency),
        Column[ProjectView]("Planned start", lambda p: p.planned_start),
        Column[ProjectView]("Planned end", lambda p: p.planned_end),
    )


class BudgetLineTableModel(RowTableModel[BudgetLineView]):
    COL_CODE, COL_CATEGORY, COL_ORIGINAL, COL_REVISED, COL_REVISIONS, COL_DESCRIPTION = range(6)
    COLUMNS: ClassVar = (
        Column[BudgetLineView]("Code", lambda b: b.code),
        Column[BudgetLineView]("Category", lambda b: b.category),
        Column[BudgetLineView]("Original", lambda b: b.original_amount),
        Column[BudgetLineView]("Revised", lambda b: b.revised_amount),
        Column[BudgetLineView](
            "Revisions",
            lambda b: b.revision_count,
            text=lambda b: str(b.revision_count) if b.revision_count else "",
            tooltip=lambda b: b.last_revision_reason,
        ),
        Column[BudgetLineView].long_text("Description", lambda b: b.description),
    )


class LocationTableModel(RowTableModel[LocationView]):
    COL_NAME, COL_AREA, COL_PCODE = range(3)
    COLUMNS: ClassVar = (
        Column[LocationView]("Location", lambda loc: loc.name),
        Column[LocationView](
            "Admin-1 area (ISO 3166-2)",
            lambda loc: loc.admin1_code,
            text=lambda loc: f"{loc.admin1_code} {loc.admin1_name}" if loc.admin1_code else "",
        ),
        Column[LocationView]("P-code", lambda loc: loc.pcode),
    )


_TRANCHE_COLOURS = {TrancheStatus.PAID: OK, TrancheStatus.CANCELLED: MUTED, TrancheStatus.APPROVED: WARNING}


class TrancheTableModel(RowTableModel[TrancheView]):
    COL_NUMBER, COL_PLANNED, COL_AMOUNT, COL_PAID_ON, COL_PAID, COL_STATUS, COL_CONDITION = range(7)
    COLUMNS: ClassVar = (
        Column[TrancheView]("No.", lambda t: t.number),
        Column[TrancheView]("Planned", lambda t: t.planned_date),
        Column[TrancheView]("Planned amount", lambda t: t.planned_amount),
        Column[TrancheView]("Paid on", lambda t: t.actual_date),
        Column[TrancheView]("Paid amount", lambda t: t.actual_amount),
        Column[TrancheView]("Status", lambda t: t.status, colour=lambda t: _TRANCHE_COLOURS.get(t.status)),
        Column[TrancheView].long_text("Condition", lambda t: t.condition),
    )


class ExpenditureTableModel(RowTableModel[ExpenditureView]):
    COL_SPENT_ON, COL_AMOUNT, COL_CURRENCY, COL_LINE, COL_DESCRIPTION = range(5)
    COLUMNS: ClassVar = (
        Column[ExpenditureView]("Spent on", lambda e: e.spent_on),
        Column[ExpenditureView]("Amount", lambda e: e.amount),
        Column[ExpenditureView]("Currency", lambda e: e.currency),
        Column[ExpenditureView]("Budget line", lambda e: e.budget_line_code),
        Column[ExpenditureView].long_text("Description", lambda e: e.description),
    )


_REQUIREMENT_COLOURS = {RequirementStatus.OVERDUE: ERROR, RequirementStatus.DUE: WARNING}


def _requirement_state(r: RequirementView) -> str:
    if r.status is RequirementStatus.OVERDUE:
        return f"overdue by {r.days_overdue} day{'s' if r.days_overdue != 1 else ''}"
    return label_of(r.status)


class RequirementTableModel(RowTableModel[RequirementView]):
    COL_REPORT, COL_DUE, COL_STATUS, COL_SUBMITTED, COL_ACCEPTED = range(5)
    COLUMNS: ClassVar = (
        Column[RequirementView]("Report", lambda r: r.title),
        Column[RequirementView]("Due", lambda r: r.due_date),
        Column[RequirementView](
            "Status",
            lambda r: r.status,
            text=_requirement_state,
            colour=lambda r: _REQUIREMENT_COLOURS.get(r.status),
        ),
        Column[RequirementView]("Submitted", lambda r: r.submitted_on),
        Column[RequirementView]("Accepted", lambda r: r.accepted_on),
    )
