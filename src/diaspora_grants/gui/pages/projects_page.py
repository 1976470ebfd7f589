"""Projects: the grant agreements, with budget, tranches, spending and reporting in the detail pane."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QTabWidget,
    QWidget,
)

from ...domain.enums import DocumentOwner, ProjectStatus
from ...domain.errors import DomainError
from ...services.finance import ProjectFinanceSummary
from ...services.projects import ProjectInput, ProjectView
from ..colours import ERROR, WARNING
from ..dialogs.expenditure_dialog import ExpenditureDialog
from ..dialogs.project_dialog import project_dialog
from ..formatting import display_text, money_text
from ..iso_names import country_name
from ..labels import QT_TRANSLATE_NOOP, label_of
from ..models.projects import ProjectTableModel
from ..panels.documents_panel import DocumentsPanel
from ..panels.project_money import BudgetPanel, ExpenditurePanel, TranchesPanel
from ..panels.project_records import LocationsPanel, RequirementsPanel
from ..panels.record_panel import RecordPanel
from ..undo import Gateway
from ..widgets.pickers import ChoiceCombo, CountryCombo, EnumCombo
from ..workers import PageReads
from .base import FilterCombo, ListPage, PageContext
from .parts import fact_labels, show_every_tab


def _percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class ProjectsPage(ListPage):
    title = "Projects"
    noun = QT_TRANSLATE_NOOP("Noun", "project")
    plural = QT_TRANSLATE_NOOP("Noun", "projects")
    split = (760, 560)
    empty_hint = QT_TRANSLATE_NOOP(
        "EmptyHint",
        "No projects yet.\n\nA project is created when an application is awarded (Applications page), "
        "or press New (Ctrl+N) to record a grant agreement directly.",
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ProjectTableModel(), parent)
        self.records = self.record_actions(
            Gateway[ProjectInput, ProjectView](context.services.projects, ProjectInput, "project"),
            dialog=lambda existing, defaults: project_dialog(
                self.services, existing, defaults=defaults, parent=self
            ),
            label=lambda project: project.code,
            delete_question=lambda project: self.tr(
                "Delete project {code}?\n\nIts budget lines, unpaid tranches and reporting requirements go "
                "with it. Projects with payments, spending or results cannot be deleted: cancel them instead."
            ).format(code=project.code),
        )

    def filter_combos(self) -> list[FilterCombo]:
        self.programme_filter = ChoiceCombo(
            lambda: ((p.code, p.id) for p in self.services.programmes.find()),
            none_text=self.tr("All programmes"),
            deferred=True,  # read with the rows, off the GUI thread
        )
        self.status_filter = EnumCombo(ProjectStatus, none_text=self.tr("All statuses"))
        self.country_filter = CountryCombo(none_text=self.tr("All countries"))
        return [self.programme_filter, self.status_filter, self.country_filter]

    def rows_reader(self) -> Callable[[], list[Any]]:
        return partial(
            self.services.projects.find,
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
        captions = (
            QT_TRANSLATE_NOOP("Facts", "Partner"),
            QT_TRANSLATE_NOOP("Facts", "Where"),
            QT_TRANSLATE_NOOP("Facts", "Dates"),
            QT_TRANSLATE_NOOP("Facts", "Grant"),
            QT_TRANSLATE_NOOP("Facts", "Disbursed"),
            QT_TRANSLATE_NOOP("Facts", "Spent"),
            QT_TRANSLATE_NOOP("Facts", "Burn rate"),
            QT_TRANSLATE_NOOP("Facts", "Due diligence"),
        )
        self.summary = fact_labels(self.summary_form, captions)
        # The project's money is read off the GUI thread once its row is shown (a far server).
        self.summary_reads = PageReads(self, lambda: [])
        self.tabs = show_every_tab(QTabWidget())
        self.requirements = RequirementsPanel(self.context)
        self.tranches = TranchesPanel(self.context)
        self.budget = BudgetPanel(self.context)
        self.expenditure = ExpenditurePanel(self.context)
        self.locations = LocationsPanel(self.context)
        self.documents = DocumentsPanel(self.context, DocumentOwner.PROJECT)
        self.panels: tuple[RecordPanel, ...] = (
            self.requirements,
            self.tranches,
            self.budget,
            self.expenditure,
            self.locations,
            self.documents,
        )
        tab_captions = (
            QT_TRANSLATE_NOOP("ProjectsPage", "Reporting"),
            QT_TRANSLATE_NOOP("ProjectsPage", "Tranches"),
            QT_TRANSLATE_NOOP("ProjectsPage", "Budget"),
            QT_TRANSLATE_NOOP("ProjectsPage", "Expenditure"),
            QT_TRANSLATE_NOOP("ProjectsPage", "Locations"),
            QT_TRANSLATE_NOOP("ProjectsPage", "Documents"),
        )
        for panel, caption in zip(self.panels, tab_captions, strict=True):
            self.tabs.addTab(panel, self.tr(caption))
            panel.changed.connect(self._child_changed)
        layout.addLayout(self.summary_form)
        layout.addWidget(self.tabs, 1)
        self.show_detail(None)

    def _child_changed(self) -> None:
        """A child record changed: the project's figures and places are read again."""
        row = self.selected_row()
        if row is None:
            return
        projects, project_id = self.services.projects, row.id
        self.summary_reads.run(
            lambda: projects.get(project_id), self._show_summary, failed=lambda _gone: self.refresh()
        )

    def show_detail(self, row: ProjectView | None) -> None:
        self.detail.setEnabled(row is not None)
        for panel in self.panels:
            panel.show_owner(row)
        if row is None:
            self.summary_reads.drop()
            self.detail_title.setText(self.tr("Select a project to see its budget, tranches and reports"))
            for label in self.summary.values():
                label.clear()
            return
        self._show_summary(row)

    def _show_summary(self, row: ProjectView) -> None:
        self.detail_title.setText(f"{row.code} — {row.title}")
        self.summary["Partner"].setText(row.partner_name)
        places = ", ".join(loc.name for loc in row.locations)
        self.summary["Where"].setText(f"{country_name(row.country)}" + (f": {places}" if places else ""))
        self.summary["Dates"].setText(
            self.tr("{start} to {end} (planned) · status {status}").format(
                start=display_text(row.planned_start) or "—",
                end=display_text(row.planned_end) or "—",
                status=label_of(row.status).lower(),
            )
        )
        self.summary["Grant"].setText(money_text(row.grant_amount, row.currency) or "—")
        self._show_due_diligence(row)
        finance, project_id = self.services.finance, row.id
        self.summary_reads.run(
            lambda: finance.project_summary(project_id), self._show_money, failed=self._money_unread
        )
        self.tabs.setTabText(4, self.tr("Locations ({count})").format(count=len(row.locations)))

    def _show_due_diligence(self, row: ProjectView) -> None:
        label = self.summary["Due diligence"]
        if row.dd_override_reason is None:
            label.setText(self.tr("no override: the award found it cleared"))
            label.setStyleSheet("")
            return
        label.setText(
            self.tr("overridden on {day} by {who} ({state}): {reason}").format(
                day=row.dd_override_on,
                who=row.dd_override_by or self.tr("unknown"),
                state=row.dd_override_state,
                reason=row.dd_override_reason,
            )
        )
        label.setStyleSheet(f"color: {WARNING.name()};")

    def _money_unread(self, error: BaseException) -> None:
        # A refusal says what is missing (an exchange rate: which); anything else is a fault.
        text = (
            error.message
            if isinstance(error, DomainError)
            else self.tr("could not be read: {reason}").format(reason=error)
        )
        self.summary["Disbursed"].setText(text)

    def _show_money(self, summary: ProjectFinanceSummary) -> None:
        figures = summary.in_project_currency
        self.summary["Disbursed"].setText(
            self.tr("{paid} paid · {to_pay} still to pay").format(
                paid=money_text(figures.disbursed, figures.currency),
                to_pay=money_text(figures.to_disburse, figures.currency),
            )
        )
        self.summary["Spent"].setText(
            self.tr("{spent} · {advance} advanced but not yet reported").format(
                spent=money_text(figures.spent, figures.currency),
                advance=money_text(figures.unliquidated_advance, figures.currency),
            )
        )
        burn, elapsed = figures.burn_rate, summary.time_elapsed
        text = self.tr("{spent} of the budget spent, {elapsed} of the time gone").format(
            spent=_percent(burn), elapsed=_percent(elapsed)
        )
        label = self.summary["Burn rate"]
        label.setText(text)
        behind = burn is not None and elapsed is not None and burn + Decimal("0.25") < elapsed
        ahead = burn is not None and elapsed is not None and burn > elapsed + Decimal("0.15")
        colour = WARNING if behind else ERROR if ahead else None
        label.setStyleSheet(f"color: {colour.name()};" if colour else "")
        label.setToolTip(
            self.tr("Spending is well behind the time gone")
            if behind
            else self.tr("Spending runs ahead of time")
            if ahead
            else ""
        )

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def in_tab(panel: RecordPanel, show: Callable[[], QWidget | None]) -> Callable[[], QWidget | None]:
            def prepare() -> QWidget | None:
                # The first project that has such records (the demo's first holds few).
                for row in range(self.model.rowCount()):
                    self.table.selectRow(row)
                    if panel.model.rowCount():
                        break
                self.tabs.setCurrentWidget(panel)
                return show()

            return prepare

        return [
            *super().screenshot_states(),
            ("-edit", self.editing_first_row),
            ("-location", in_tab(self.locations, self.locations.editing_first)),
            ("-budget-line", in_tab(self.budget, self.budget.editing_first)),
            ("-budget-revisions", in_tab(self.budget, self._first_line_history)),
            ("-tranche", in_tab(self.tranches, self.tranches.editing_first)),
            ("-payment", in_tab(self.tranches, self._first_payment)),
            ("-expenditure-rate", in_tab(self.expenditure, self._missing_rate)),
            ("-rate-from-expenditure", in_tab(self.expenditure, self._rate_from_message)),
            ("-requirement", in_tab(self.requirements, self.requirements.editing_first)),
            ("-report-submitted", in_tab(self.requirements, self._report_submitted)),
            ("-document", in_tab(self.documents, self._document_form)),
        ]

    # Screenshot states of the panels' dialogs -------------------------------------------------

    def _first_line_history(self) -> QWidget | None:
        if not self.budget.model.rowCount():
            return None
        self.budget.table.selectRow(0)
        self.budget.show_history()
        return self.budget.history

    def _first_payment(self) -> QWidget | None:
        if not self.tranches.model.rowCount():
            return None
        self.tranches.table.selectRow(self.tranches.model.rowCount() - 1)
        self.tranches.pay()
        return self.tranches.payment_dialog

    def _missing_rate(self) -> QWidget | None:
        """An expenditure in a currency without a rate, refused: the message and its way out."""
        self.expenditure.new_record()
        dialog = self.expenditure.dialog
        if isinstance(dialog, ExpenditureDialog):
            dialog.widgets["spent_on"].set_value(self.services.context.today().replace(day=1))
            dialog.widgets["amount"].set_value(Decimal(1500))
            dialog.widgets["currency"].set_value("GBP")
            dialog.save()
            return dialog
        return None

    def _rate_from_message(self) -> QWidget | None:
        dialog = self._missing_rate()
        if not isinstance(dialog, ExpenditureDialog) or not dialog.rate_problem.isVisible():
            return None
        dialog.add_missing_rate()
        rate = self.expenditure.rate_dialog
        dialog.close()
        return rate  # type: ignore[no-any-return]

    def _report_submitted(self) -> QWidget | None:
        if not self.requirements.model.rowCount():
            return None
        self.requirements.table.selectRow(0)
        self.requirements.mark_submitted()
        return self.requirements.step_dialog

    def _document_form(self) -> QWidget | None:
        records = self.documents.records
        if records is None:
            return None
        records.new({"name": "Grant agreement (signed).pdf", "sha256": ""})
        return self.documents.dialog  # type: ignore[no-any-return]
