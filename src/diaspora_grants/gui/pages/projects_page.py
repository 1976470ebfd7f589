"""Projects: the grant agreements, with budget, tranches, spending and reporting in the detail pane."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QListWidget,
    QTabWidget,
    QWidget,
)

from ...domain.enums import ProjectStatus
from ...domain.errors import DomainError
from ...services.projects import ProjectInput, ProjectView
from ..colours import ERROR, WARNING
from ..dialogs.project_dialog import project_dialog
from ..formatting import money_text
from ..labels import label_of
from ..models.projects import (
    BudgetLineTableModel,
    ExpenditureTableModel,
    ProjectTableModel,
    RequirementTableModel,
    TrancheTableModel,
)
from ..undo import Gateway
from ..widgets.pickers import ChoiceCombo, CountryCombo, EnumCombo
from .base import FilterCombo, ListPage, PageContext
from .parts import fact_labels, record_table


def _percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class ProjectsPage(ListPage):
    title = "Projects"
    noun = "project"
    plural = "projects"
    split = (760, 560)
    empty_hint = (
        "No projects yet.\n\nA project is created when an application is awarded (Applications page), "
        "or press New (Ctrl+N) to record a grant agreement directly."
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ProjectTableModel(), parent)
        self.records = self.record_actions(
            Gateway[ProjectInput, ProjectView](context.services.projects, ProjectInput, "project"),
            dialog=lambda existing, defaults: project_dialog(
                self.services, existing, defaults=defaults, parent=self
            ),
            label=lambda project: project.code,
            delete_question=lambda project: (
                f"Delete project {project.code}?\n\nIts budget lines, unpaid tranches and reporting "
                "requirements go with it. Projects with payments, spending or results cannot be deleted: "
                "cancel them instead."
            ),
        )

    def filter_combos(self) -> list[FilterCombo]:
        self.programme_filter = ChoiceCombo(
            lambda: ((p.code, p.id) for p in self.services.programmes.find()), none_text="All programmes"
        )
        self.status_filter = EnumCombo(ProjectStatus, none_text="All statuses")
        self.country_filter = CountryCombo(none_text="All countries")
        return [self.programme_filter, self.status_filter, self.country_filter]

    def load_rows(self) -> list[Any]:
        return self.services.projects.find(
            programme_id=self.programme_filter.value(),
            status=self.status_filter.value(),
            country=self.country_filter.value(),
            search=self.search_text(),
        )

    def new_defaults(self) -> dict[str, Any]:
        programme_id = self.programme_filter.value()
        return {"programme_id": programme_id} if programme_id else {}

    # Detail ---------------------------------------------------------------------------------

    def build_detail(self) -> None:
        layout = self.detail_column()
        self.summary_form = QFormLayout()
        captions = ("Partner", "Where", "Dates", "Grant", "Disbursed", "Spent", "Burn rate")
        self.summary = fact_labels(self.summary_form, captions)
        self.tabs = QTabWidget()
        self.budget_model = BudgetLineTableModel(self)
        self.tranche_model = TrancheTableModel(self)
        self.expenditure_model = ExpenditureTableModel(self)
        self.requirement_model = RequirementTableModel(self)
        self.locations = QListWidget()
        for model, caption in (
            (self.requirement_model, "Reporting"),
            (self.tranche_model, "Tranches"),
            (self.budget_model, "Budget"),
            (self.expenditure_model, "Expenditure"),
        ):
            self.tabs.addTab(record_table(model), caption)
        self.tabs.addTab(self.locations, "Locations")
        layout.addLayout(self.summary_form)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    def show_detail(self, row: ProjectView | None) -> None:
        self.detail.setEnabled(row is not None)
        if row is None:
            self.detail_title.setText("Select a project to see its budget, tranches and reports")
            for label in self.summary.values():
                label.clear()
            for model in (
                self.budget_model,
                self.tranche_model,
                self.expenditure_model,
                self.requirement_model,
            ):
                model.set_rows([])
            self.locations.clear()
            return
        self.detail_title.setText(f"{row.code} — {row.title}")
        self.summary["Partner"].setText(row.partner_name)
        places = ", ".join(loc.name for loc in row.locations)
        self.summary["Where"].setText(f"{row.country_name}" + (f": {places}" if places else ""))
        self.summary["Dates"].setText(
            f"{row.planned_start or '—'} to {row.planned_end or '—'} (planned)"
            f" · status {label_of(row.status).lower()}"
        )
        self.summary["Grant"].setText(money_text(row.grant_amount, row.currency) or "—")
        try:
            self._show_money(row)
            self.requirement_model.set_rows(self.services.requirements.find(project_id=row.id))
        except DomainError as error:
            self.summary["Disbursed"].setText(f"could not be read: {error.message}")
        self.locations.clear()
        for location in row.locations:
            self.locations.addItem(f"{location.name}" + (f" ({location.pcode})" if location.pcode else ""))
        if not row.locations:
            self.locations.addItem("No locations recorded")

    def _show_money(self, row: ProjectView) -> None:
        finance = self.services.finance
        self.budget_model.set_rows(finance.budget_lines(row.id))
        self.tranche_model.set_rows(finance.tranches(row.id))
        self.expenditure_model.set_rows(finance.expenditures(row.id))
        try:
            summary = finance.project_summary(row.id)
        except DomainError as error:  # e.g. a missing exchange rate: say which
            self.summary["Disbursed"].setText(error.message)
            return
        figures = summary.in_project_currency
        self.summary["Disbursed"].setText(
            f"{money_text(figures.disbursed, figures.currency)} paid · "
            f"{money_text(figures.to_disburse, figures.currency)} still to pay"
        )
        self.summary["Spent"].setText(
            f"{money_text(figures.spent, figures.currency)} · "
            f"{money_text(figures.unliquidated_advance, figures.currency)} advanced but not yet reported"
        )
        burn, elapsed = figures.burn_rate, summary.time_elapsed
        text = f"{_percent(burn)} of the budget spent, {_percent(elapsed)} of the time gone"
        label = self.summary["Burn rate"]
        label.setText(text)
        behind = burn is not None and elapsed is not None and burn + Decimal("0.25") < elapsed
        ahead = burn is not None and elapsed is not None and burn > elapsed + Decimal("0.15")
        colour = WARNING if behind else ERROR if ahead else None
        label.setStyleSheet(f"color: {colour.name()};" if colour else "")
        label.setToolTip(
            "Spending is well behind the time gone"
            if behind
            else "Spending runs ahead of time"
            if ahead
            else ""
        )

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        return [*super().screenshot_states(), ("-edit", self.editing_first_row)]
