"""Applications: ranked by weighted score, decided along the workflow, awarded into projects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.codes import country_name, currency_names
from ...domain.enums import ApplicationStatus
from ...domain.errors import DomainError, ValidationError
from ...domain.workflows import REASON_REQUIRED
from ...services.applications import ApplicationInput, ApplicationView
from .. import interaction
from ..dialogs.decision_dialog import AwardDialog, ReasonDialog
from ..dialogs.record_dialog import FieldSpec, RecordDialog
from ..formatting import money_text
from ..models.calls import ApplicationTableModel
from ..undo import CreateCommand, DeleteCommand, EditCommand, Gateway
from ..widgets.fields import MoneyField, NotesField, RequiredTextField, TextField
from ..widgets.pickers import ChoiceCombo, CountryListPicker, EnumCombo, OptionalDateEdit, labelled_choices
from .base import ListPage, PageContext
from .review_panel import ReviewPanel

#: What the decision buttons say for each status an application can move to.
DECISION_VERBS = {
    ApplicationStatus.RECEIVED: "Back to received",
    ApplicationStatus.ELIGIBLE: "Eligible",
    ApplicationStatus.INELIGIBLE: "Ineligible…",
    ApplicationStatus.SHORTLISTED: "Shortlist",
    ApplicationStatus.SELECTED: "Select…",
    ApplicationStatus.REJECTED: "Reject…",
    ApplicationStatus.WITHDRAWN: "Withdrawn…",
}


class ApplicationsPage(ListPage):
    title = "Applications"
    noun = "application"
    plural = "applications"
    empty_hint = (
        "No applications yet.\n\nOpen a call on the Calls page, then record each expression of interest "
        "received here with New (Ctrl+N)."
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ApplicationTableModel(), parent)
        self.gateway: Gateway[ApplicationInput, ApplicationView] = Gateway(
            context.services.applications, ApplicationInput, "application"
        )
        self.dialog: RecordDialog | None = None
        self.decision_dialog: ReasonDialog | None = None
        self.award_dialog: AwardDialog | None = None
        self.table.horizontalHeader().setSortIndicator(
            ApplicationTableModel.COL_RANK, Qt.SortOrder.AscendingOrder
        )
        self._build_detail()

    def filter_widgets(self) -> list[QWidget]:
        self.call_filter = ChoiceCombo(
            ((f"{c.reference} – {c.title}", c.id) for c in self.context.services.calls.find()),
            none_text="All calls",
        )
        self.status_filter = EnumCombo(ApplicationStatus, none_text="All statuses")
        self.call_filter.currentIndexChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        return [self.call_filter, self.status_filter]

    def filters_active(self) -> bool:
        return super().filters_active() or bool(self.call_filter.value() or self.status_filter.value())

    def load_rows(self) -> list[Any]:
        return self.services.applications.find(
            call_id=self.call_filter.value(),
            status=self.status_filter.value(),
            search=self.search.text().strip() or None,
        )

    # Detail ---------------------------------------------------------------------------------

    def _build_detail(self) -> None:
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        form = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for caption in (
            "Organisation",
            "Call",
            "Countries",
            "Requested",
            "Score",
            "Status",
            "Reason",
            "Project",
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[caption] = label
            form.addRow(caption, label)
        self.decisions = QHBoxLayout()
        self.decision_buttons: dict[ApplicationStatus, QPushButton] = {}
        for status, verb in DECISION_VERBS.items():
            button = QPushButton(verb)
            button.setObjectName(f"decide-{status.name.lower()}")
            button.clicked.connect(lambda _c=False, s=status: self.decide(s))
            self.decision_buttons[status] = button
            self.decisions.addWidget(button)
        self.decisions.addStretch(1)
        self.award_button = QPushButton("Award…")
        self.award_button.setStyleSheet("font-weight: bold;")
        self.award_button.clicked.connect(self.award)
        self.open_project_button = QPushButton("Open project")
        self.open_project_button.clicked.connect(self.open_project)
        actions = QHBoxLayout()
        actions.addWidget(self.award_button)
        actions.addWidget(self.open_project_button)
        actions.addStretch(1)
        decided = QLabel("Decision")
        decided.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addLayout(form)
        layout.addWidget(decided)
        layout.addLayout(self.decisions)
        layout.addLayout(actions)
        self.reviews = ReviewPanel(self.context, self.detail)
        self.reviews.changed.connect(self._reviews_changed)
        layout.addWidget(self.reviews, 1)
        self.splitter.setSizes([760, 560])
        self.show_detail(None)

    def show_detail(self, row: ApplicationView | None) -> None:
        self.detail.setEnabled(row is not None)
        for status, button in self.decision_buttons.items():
            button.setVisible(row is not None and status in row.allowed_next_statuses)
        self.award_button.setVisible(
            row is not None and row.status is ApplicationStatus.SELECTED and row.project_id is None
        )
        self.open_project_button.setVisible(row is not None and row.project_id is not None)
        self.reviews.show_application(row)
        if row is None:
            self.detail_title.setText("Select an application to review and decide on it")
            for label in self.facts.values():
                label.clear()
            return
        self.detail_title.setText(row.title)
        self.facts["Organisation"].setText(row.organisation_name)
        self.facts["Call"].setText(row.call_reference)
        self.facts["Countries"].setText(", ".join(country_name(c) for c in row.countries) or "—")
        self.facts["Requested"].setText(money_text(row.requested_amount, row.currency) or "—")
        score = "not reviewed yet" if row.score is None else f"{row.score:.2f} (rank {row.rank})"
        recused = f", {row.recused_count} recused" if row.recused_count else ""
        self.facts["Score"].setText(f"{score} · {row.review_count} review(s){recused}")
        self.facts["Status"].setText(row.status.value)
        self.facts["Reason"].setText(row.decision_reason or "—")
        self.facts["Project"].setText("awarded" if row.project_id else "—")

    def show_application(self, application_id: int) -> None:
        """Open one application (from a partner): clear filters that would hide it, then select it."""
        for combo in (self.call_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.refresh()
        self.select_id(application_id)

    def _reviews_changed(self) -> None:
        """A review changes the score and so the ranking: ask again, keep the application selected."""
        application = self.reviews.application
        self.refresh()
        if application is not None:
            self.select_id(self.context.ids.current(application.id))
        self.show_detail(self.selected_row())

    # Workflow -------------------------------------------------------------------------------

    def decide(self, status: ApplicationStatus) -> None:
        row = self.selected_row()
        if row is None:
            return
        required = status in REASON_REQUIRED
        dialog = ReasonDialog(
            f"{row.organisation_name}: {status.value}",
            f"Move the application to “{status.value}”."
            + (" The applicant is owed a written reason." if required else " A note is optional."),
            required=required,
            parent=self,
        )
        self.decision_dialog = dialog

        def confirmed() -> None:
            try:
                saved = self.services.applications.decide(
                    row.id, status, dialog.reason.value(), expected_version=row.version
                )
            except ValidationError as error:
                unclaimed = dialog.form.show_problems(error.problems)
                dialog.problem.setText("\n".join(str(p) for p in unclaimed))
                dialog.problem.setVisible(bool(unclaimed))
                return
            except DomainError as error:
                dialog.reject()
                interaction.show_error(self, error, title="Could not record the decision")
                self.refresh()
                return
            dialog.accept()
            self.refresh()
            self.select_id(saved.id)

        dialog.buttons.accepted.connect(confirmed)
        dialog.open()

    def award(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        country = row.countries[0] if row.countries else "XX"
        dialog = AwardDialog(row.organisation_name, f"{country}-{row.id:03d}", self)
        self.award_dialog = dialog

        def confirmed() -> None:
            try:
                award = self.services.applications.award(
                    row.id, project_code=dialog.code.value() or "", expected_version=row.version
                )
            except ValidationError as error:
                unclaimed = dialog.form.show_problems(error.problems)
                dialog.problem.setText("\n".join(str(p) for p in unclaimed))
                dialog.problem.setVisible(bool(unclaimed))
                return
            except DomainError as error:
                dialog.reject()
                interaction.show_error(self, error, title="Could not award")
                self.refresh()
                return
            dialog.accept()
            self.open_project_by_id(award.project_id)

        dialog.buttons.accepted.connect(confirmed)
        dialog.open()

    def open_project(self) -> None:
        row = self.selected_row()
        if row is not None and row.project_id is not None:
            self.open_project_by_id(row.project_id)

    def open_project_by_id(self, project_id: int) -> None:
        if self.context.open_page is None:
            return
        page = self.context.open_page("projects")
        show = getattr(page, "show_project", None)
        if show is not None:
            show(project_id)

    # Records --------------------------------------------------------------------------------

    def _dialog(self, existing: ApplicationView | None) -> RecordDialog:
        services = self.services
        calls = ChoiceCombo((f"{c.reference} – {c.title}", c.id) for c in services.calls.find())
        organisations = ChoiceCombo((o.name, o.id) for o in services.organisations.find())
        received = OptionalDateEdit()
        specs = [
            FieldSpec("call_id", "Call", calls, required=True, aliases=("call",)),
            FieldSpec(
                "organisation_id", "Organisation", organisations, required=True, aliases=("organisation",)
            ),
            FieldSpec("title", "Proposed project", RequiredTextField(), required=True, aliases=("title",)),
            FieldSpec("received_date", "Received on", received, required=True, aliases=("received date",)),
            FieldSpec("countries", "Countries", CountryListPicker("Countries of the proposed project")),
            FieldSpec("sector", "Sector", TextField()),
            FieldSpec("requested_amount", "Requested amount", MoneyField(), aliases=("requested amount",)),
            FieldSpec("currency", "Currency", ChoiceCombo(labelled_choices(currency_names()))),
            FieldSpec("summary", "Summary", NotesField()),
        ]
        defaults = {
            "received_date": self.services.context.today(),
            "currency": self.context.settings.default_currency(),
            "call_id": self.call_filter.value(),
        }
        return RecordDialog(
            ApplicationInput,
            specs,
            noun="application",
            create=services.applications.create,
            update=services.applications.update,
            get=services.applications.get,
            existing=existing,
            defaults=defaults,
            label_of=lambda a: a.organisation_name,
            parent=self,
        )

    def new_record(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self._open(row)

    def _open(self, existing: ApplicationView | None) -> None:
        dialog = self._dialog(existing)
        self.dialog = dialog
        dialog.saved.connect(lambda view: self._saved(dialog, view))
        dialog.open()

    def _saved(self, dialog: RecordDialog, view: ApplicationView) -> None:
        after = self.gateway.input_of(view)
        ids, stack, label = self.context.ids, self.context.undo_stack, view.organisation_name
        if dialog.existing is None:
            stack.push(CreateCommand(self.gateway, after, view, label, ids, self._changed, self._failed))
        else:
            before = self.gateway.input_of(dialog.existing)
            stack.push(
                EditCommand(self.gateway, view.id, before, after, label, ids, self._changed, self._failed)
            )
        self._changed(view.id)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = (
            f"Delete the application of {row.organisation_name} ({row.title})?\n\nIts reviews go with it."
        )
        if not interaction.confirm(self, "Delete application", question, action="Delete"):
            return
        try:
            self.services.applications.delete(row.id, expected_version=row.version)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not delete")
            self.refresh()
            return
        self.context.undo_stack.push(
            DeleteCommand(
                self.gateway,
                row.id,
                self.gateway.input_of(row),
                None,
                row.organisation_name,
                self.context.ids,
                self._changed,
                self._failed,
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
        def decide_first() -> QWidget | None:
            for row in range(self.model.rowCount()):
                view = self.model.row_at(row)
                if view is not None and ApplicationStatus.REJECTED in view.allowed_next_statuses:
                    self.table.selectRow(row)
                    self.decide(ApplicationStatus.REJECTED)
                    return self.decision_dialog
            return None

        def review_first() -> QWidget | None:
            for row in range(self.model.rowCount()):
                view = self.model.row_at(row)
                if view is not None and view.review_count:
                    self.table.selectRow(row)
                    if self.reviews.model.rowCount():
                        self.reviews.table.selectRow(0)
                        self.reviews.edit_review()
                        return self.reviews.dialog
            return None

        return [*super().screenshot_states(), ("-decision", decide_first), ("-review", review_first)]
