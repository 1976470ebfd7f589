"""Projects: the grant agreements, with budget, tranches, spending and reporting in the detail pane."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QLabel,
    QListWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ProjectStatus
from ...domain.errors import DomainError
from ...services.projects import ProjectInput, ProjectView
from .. import interaction
from ..colours import ERROR, WARNING
from ..dialogs.project_dialog import project_dialog
from ..dialogs.record_dialog import RecordDialog
from ..formatting import money_text
from ..models.projects import (
    BudgetLineTableModel,
    ExpenditureTableModel,
    ProjectTableModel,
    RequirementTableModel,
    TrancheTableModel,
)
from ..models.table_model import RowTableModel
from ..undo import CreateCommand, DeleteCommand, EditCommand, Gateway
from ..widgets.pickers import ChoiceCombo, CountryCombo, EnumCombo
from .base import ListPage, PageContext


def _percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class ProjectsPage(ListPage):
    title = "Projects"
    noun = "project"
    plural = "projects"
    empty_hint = (
        "No projects yet.\n\nA project is created when an application is awarded (Applications page), "
        "or press New (Ctrl+N) to record a grant agreement directly."
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ProjectTableModel(), parent)
        self.gateway: Gateway[ProjectInput, ProjectView] = Gateway(
            context.services.projects, ProjectInput, "project"
        )
        self.dialog: RecordDialog | None = None
        self._build_detail()

    def filter_widgets(self) -> list[QWidget]:
        self.programme_filter = ChoiceCombo(
            ((p.code, p.id) for p in self.context.services.programmes.find()), none_text="All programmes"
        )
        self.status_filter = EnumCombo(ProjectStatus, none_text="All statuses")
        self.country_filter = CountryCombo(none_text="All countries")
        for combo in (self.programme_filter, self.status_filter, self.country_filter):
            combo.currentIndexChanged.connect(self.refresh)
        return [self.programme_filter, self.status_filter, self.country_filter]

    def filters_active(self) -> bool:
        chosen = (self.programme_filter.value(), self.status_filter.value(), self.country_filter.value())
        return super().filters_active() or any(chosen)

    def load_rows(self) -> list[Any]:
        return self.services.projects.find(
            programme_id=self.programme_filter.value(),
            status=self.status_filter.value(),
            country=self.country_filter.value(),
            search=self.search.text().strip() or None,
        )

    def show_project(self, project_id: int) -> None:
        """Open one project (after an award): clear filters that would hide it, then select it."""
        for combo in (self.programme_filter, self.status_filter, self.country_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()
        self.select_id(project_id)

    # Detail ---------------------------------------------------------------------------------

    def _build_detail(self) -> None:
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary_form = QFormLayout()
        self.summary: dict[str, QLabel] = {}
        for caption in ("Partner", "Where", "Dates", "Grant", "Disbursed", "Spent", "Burn rate"):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary[caption] = label
            self.summary_form.addRow(caption, label)
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
            self.tabs.addTab(self._small_table(model), caption)
        self.tabs.addTab(self.locations, "Locations")
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addLayout(self.summary_form)
        layout.addWidget(self.tabs, 1)
        self.splitter.setSizes([760, 560])
        self.show_detail(None)

    def _small_table(self, model: RowTableModel[Any]) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSortingEnabled(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        return view

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
            f"{row.planned_start or '—'} to {row.planned_end or '—'} (planned) · status {row.status.value}"
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

    # Actions --------------------------------------------------------------------------------

    def new_record(self) -> None:
        defaults = {"programme_id": self.programme_filter.value()} if self.programme_filter.value() else {}
        self._open(None, defaults)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(row, {})

    def _open(self, existing: ProjectView | None, defaults: dict[str, Any]) -> None:
        try:
            dialog = project_dialog(self.services, existing, defaults=defaults, parent=self)
        except DomainError as error:
            interaction.show_error(self, error)
            return
        self.dialog = dialog
        dialog.saved.connect(lambda view: self._saved(dialog, view))
        dialog.open()

    def _saved(self, dialog: RecordDialog, view: ProjectView) -> None:
        after = self.gateway.input_of(view)
        ids, stack = self.context.ids, self.context.undo_stack
        if dialog.existing is None:
            stack.push(CreateCommand(self.gateway, after, view, view.code, ids, self._changed, self._failed))
        else:
            before = self.gateway.input_of(dialog.existing)
            stack.push(
                EditCommand(self.gateway, view.id, before, after, view.code, ids, self._changed, self._failed)
            )
        self._changed(view.id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = (
            f"Delete project {row.code}?\n\nIts budget lines, unpaid tranches and reporting requirements "
            "go with it. Projects with payments, spending or results cannot be deleted: cancel them instead."
        )
        if not interaction.confirm(self, "Delete project", question, action="Delete"):
            return
        try:
            self.services.projects.delete(row.id, expected_version=row.version)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not delete")
            self.refresh()
            return
        data = self.gateway.input_of(row)
        self.context.undo_stack.push(
            DeleteCommand(
                self.gateway, row.id, data, None, row.code, self.context.ids, self._changed, self._failed
            )
        )
        self._changed(None)

    def _changed(self, record_id: int | None) -> None:
        self.refresh()
        self.select_id(record_id)

    def _failed(self, error: BaseException) -> None:
        interaction.show_error(self, error, title="Could not undo or redo")
        self.refresh()

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def edit_first() -> QWidget | None:
            if not self.model.rowCount():
                return None
            self.table.selectRow(0)
            self.edit_selected()
            return self.dialog

        return [*super().screenshot_states(), ("-edit", edit_first)]
