"""Applications: ranked by weighted score, decided along the workflow, awarded into projects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.codes import country_name, currency_names
from ...domain.enums import ApplicationStatus
from ...domain.workflows import REASON_REQUIRED
from ...services.applications import ApplicationInput, ApplicationView
from ..dialogs.decision_dialog import AwardDialog, ReasonDialog
from ..dialogs.record_dialog import FieldSpec, RecordDialog
from ..formatting import money_text
from ..labels import label_of
from ..models.calls import ApplicationTableModel
from ..undo import Gateway
from ..widgets.fields import MoneyField, NotesField, RequiredTextField, TextField
from ..widgets.pickers import ChoiceCombo, CountryListPicker, EnumCombo, OptionalDateEdit, labelled_choices
from .base import FilterCombo, ListPage, PageContext
from .parts import fact_labels
from .records import open_decision
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
    split = (650, 560)
    empty_hint = (
        "No applications yet.\n\nOpen a call on the Calls page, then record each expression of interest "
        "received here with New (Ctrl+N)."
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ApplicationTableModel(), parent)
        self.records = self.record_actions(
            Gateway[ApplicationInput, ApplicationView](
                context.services.applications, ApplicationInput, "application"
            ),
            dialog=self._dialog,
            label=lambda application: application.organisation_name,
            delete_question=lambda application: (
                f"Delete the application of {application.organisation_name} ({application.title})?"
                "\n\nIts reviews go with it."
            ),
        )
        self.decision_dialog: ReasonDialog | None = None
        self.award_dialog: AwardDialog | None = None
        self.table.horizontalHeader().setSortIndicator(
            ApplicationTableModel.COL_RANK, Qt.SortOrder.AscendingOrder
        )

    def filter_combos(self) -> list[FilterCombo]:
        self.call_filter = ChoiceCombo(
            lambda: ((f"{c.reference} – {c.title}", c.id) for c in self.services.calls.find()),
            none_text="All calls",
        )
        self.status_filter = EnumCombo(ApplicationStatus, none_text="All statuses")
        return [self.call_filter, self.status_filter]

    def load_rows(self) -> list[Any]:
        return self.services.applications.find(
            call_id=self.call_filter.value(), status=self.status_filter.value(), search=self.search_text()
        )

    # Detail ---------------------------------------------------------------------------------

    def build_detail(self) -> None:
        layout = self.detail_column()
        form = QFormLayout()
        captions = ("Organisation", "Call", "Countries", "Requested", "Score", "Status", "Reason", "Project")
        self.facts = fact_labels(form, captions)
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
        layout.addLayout(form)
        layout.addWidget(decided)
        layout.addLayout(self.decisions)
        layout.addLayout(actions)
        self.reviews = ReviewPanel(self.context, self.detail)
        self.reviews.changed.connect(self._reviews_changed)
        layout.addWidget(self.reviews, 1)
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
        self.facts["Status"].setText(label_of(row.status))
        self.facts["Reason"].setText(row.decision_reason or "—")
        self.facts["Project"].setText("awarded" if row.project_id else "—")

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
            f"{row.organisation_name}: {label_of(status)}",
            f"Move the application to “{label_of(status)}”."
            + (" The applicant is owed a written reason." if required else " A note is optional."),
            required=required,
            parent=self,
        )
        self.decision_dialog = dialog
        open_decision(
            self,
            dialog,
            lambda: self.services.applications.decide(
                row.id, status, dialog.reason.value(), expected_version=row.version
            ),
            done=lambda saved: self.show_changed(saved.id),
            error_title="Could not record the decision",
            after_error=self.refresh,
        )

    def award(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        country = row.countries[0] if row.countries else "XX"
        dialog = AwardDialog(row.organisation_name, f"{country}-{row.id:03d}", self)
        self.award_dialog = dialog
        open_decision(
            self,
            dialog,
            lambda: self.services.applications.award(
                row.id, project_code=dialog.code.value() or "", expected_version=row.version
            ),
            done=lambda award: self.context.show_record("projects", award.project_id),
            error_title="Could not award",
            after_error=self.refresh,
        )

    def open_project(self) -> None:
        row = self.selected_row()
        if row is not None and row.project_id is not None:
            self.context.show_record("projects", row.project_id)

    # Records --------------------------------------------------------------------------------

    def _dialog(self, existing: ApplicationView | None, _defaults: dict[str, Any]) -> RecordDialog:
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
