"""Applications: ranked by weighted score, decided along the workflow, awarded into projects."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QWidget

from ...domain.due_diligence import APPLICANT_TYPES
from ...domain.enums import ApplicationStatus, DocumentOwner
from ...domain.errors import DueDiligenceError, ValidationError
from ...domain.workflows import REASON_REQUIRED
from ...services.applications import ApplicationInput, ApplicationView
from ...services.organisations import OrganisationInput, OrganisationView
from ..colours import MUTED, WARNING
from ..dialogs.application_dialog import OrganisationPicker, application_dialog
from ..dialogs.decision_dialog import OVERRIDE_FIELD, AwardDialog, ReasonDialog
from ..dialogs.organisation_dialog import OrganisationDialog
from ..dialogs.record_dialog import RecordDialog
from ..formatting import money_text
from ..iso_names import country_name
from ..labels import QT_TRANSLATE_NOOP, label_of
from ..models.calls import ApplicationTableModel
from ..panels.documents_panel import DocumentsPanel
from ..undo import Gateway
from ..widgets.pickers import ChoiceCombo, EnumCombo
from .base import FilterCombo, ListPage, PageContext
from .parts import fact_labels, show_every_tab
from .records import RecordActions, open_decision
from .review_panel import ReviewPanel

#: What the decision buttons say for each status an application can move to.
DECISION_VERBS = {
    ApplicationStatus.RECEIVED: QT_TRANSLATE_NOOP("ApplicationsPage", "Back to received"),
    ApplicationStatus.ELIGIBLE: QT_TRANSLATE_NOOP("ApplicationsPage", "Eligible"),
    ApplicationStatus.INELIGIBLE: QT_TRANSLATE_NOOP("ApplicationsPage", "Ineligible…"),
    ApplicationStatus.SHORTLISTED: QT_TRANSLATE_NOOP("ApplicationsPage", "Shortlist"),
    ApplicationStatus.SELECTED: QT_TRANSLATE_NOOP("ApplicationsPage", "Select…"),
    ApplicationStatus.REJECTED: QT_TRANSLATE_NOOP("ApplicationsPage", "Reject…"),
    ApplicationStatus.WITHDRAWN: QT_TRANSLATE_NOOP("ApplicationsPage", "Withdrawn…"),
}


class ApplicationsPage(ListPage):
    title = "Applications"
    noun = QT_TRANSLATE_NOOP("Noun", "application")
    plural = QT_TRANSLATE_NOOP("Noun", "applications")
    split = (650, 560)
    empty_hint = QT_TRANSLATE_NOOP(
        "EmptyHint",
        "No applications yet.\n\nOpen a call on the Calls page, then record each expression of interest "
        "received here with New (Ctrl+N).",
    )

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ApplicationTableModel(), parent)
        self.records = self.record_actions(
            Gateway[ApplicationInput, ApplicationView](
                context.services.applications, ApplicationInput, "application"
            ),
            dialog=self._dialog,
            label=lambda application: application.organisation_name,
            delete_question=lambda application: self.tr(
                "Delete the application of {organisation} ({title})?\n\nIts reviews go with it."
            ).format(organisation=application.organisation_name, title=application.title),
        )
        self.decision_dialog: ReasonDialog | None = None
        self.award_dialog: AwardDialog | None = None
        # Organisations created from the application form go on the undo stack like any other.
        self.organisation_records = RecordActions(
            self,
            context,
            Gateway[OrganisationInput, OrganisationView](
                context.services.organisations, OrganisationInput, "organisation"
            ),
            dialog=lambda _existing, _defaults: self._organisation_dialog(),
            label=lambda organisation: organisation.name,
            delete_question=lambda organisation: "",
            changed=self._organisation_created,
            reload=lambda: None,
        )
        self.table.horizontalHeader().setSortIndicator(
            ApplicationTableModel.COL_RANK, Qt.SortOrder.AscendingOrder
        )

    def filter_combos(self) -> list[FilterCombo]:
        self.call_filter = ChoiceCombo(
            lambda: ((f"{c.reference} – {c.title}", c.id) for c in self.services.calls.find()),
            none_text=self.tr("All calls"),
            deferred=True,  # read with the rows, off the GUI thread
        )
        self.status_filter = EnumCombo(ApplicationStatus, none_text=self.tr("All statuses"))
        return [self.call_filter, self.status_filter]

    def rows_reader(self) -> Callable[[], list[Any]]:
        return partial(
            self.services.applications.find,
            call_id=self.call_filter.value(),
            status=self.status_filter.value(),
            search=self.search_text(),
        )

    # Detail ---------------------------------------------------------------------------------

    def build_detail(self) -> None:
        layout = self.detail_column()
        form = QFormLayout()
        captions = (
            QT_TRANSLATE_NOOP("Facts", "Organisation"),
            QT_TRANSLATE_NOOP("Facts", "Call"),
            QT_TRANSLATE_NOOP("Facts", "Countries"),
            QT_TRANSLATE_NOOP("Facts", "Requested"),
            QT_TRANSLATE_NOOP("Facts", "Score"),
            QT_TRANSLATE_NOOP("Facts", "Status"),
            QT_TRANSLATE_NOOP("Facts", "Reason"),
            QT_TRANSLATE_NOOP("Facts", "Due diligence"),
            QT_TRANSLATE_NOOP("Facts", "Project"),
        )
        self.facts = fact_labels(form, captions)
        self.decisions = QHBoxLayout()
        self.decision_buttons: dict[ApplicationStatus, QPushButton] = {}
        for status, verb in DECISION_VERBS.items():
            button = QPushButton(self.tr(verb))
            button.setObjectName(f"decide-{status.name.lower()}")
            button.clicked.connect(lambda _c=False, s=status: self.decide(s))
            self.decision_buttons[status] = button
            self.decisions.addWidget(button)
        self.decisions.addStretch(1)
        self.award_button = QPushButton(self.tr("Award…"))
        self.award_button.setStyleSheet("font-weight: bold;")
        self.award_button.clicked.connect(self.award)
        self.open_project_button = QPushButton(self.tr("Open project"))
        self.open_project_button.clicked.connect(self.open_project)
        self.award_note = QLabel()
        self.award_note.setObjectName("award-note")
        self.award_note.setWordWrap(True)
        self.award_note.setStyleSheet(f"color: {MUTED.name()};")
        actions = QHBoxLayout()
        actions.addWidget(self.award_button)
        actions.addWidget(self.open_project_button)
        actions.addStretch(1)
        decided = QLabel(self.tr("Decision"))
        decided.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addLayout(form)
        layout.addWidget(decided)
        layout.addLayout(self.decisions)
        layout.addLayout(actions)
        layout.addWidget(self.award_note)
        self.reviews = ReviewPanel(self.context, self.detail)
        self.reviews.changed.connect(self._reviews_changed)
        self.documents = DocumentsPanel(self.context, DocumentOwner.APPLICATION, self.detail)
        self.lower_tabs = show_every_tab(QTabWidget(self.detail))
        self.lower_tabs.addTab(self.reviews, self.tr("Reviews"))
        self.lower_tabs.addTab(self.documents, self.tr("Documents"))
        layout.addWidget(self.lower_tabs, 1)
        self.show_detail(None)

    def show_detail(self, row: ApplicationView | None) -> None:
        self.detail.setEnabled(row is not None)
        for status, button in self.decision_buttons.items():
            button.setVisible(row is not None and status in row.allowed_next_statuses)
        awardable = row is not None and row.status is ApplicationStatus.SELECTED and row.project_id is None
        self.award_button.setVisible(awardable)
        self.award_button.setEnabled(awardable and row is not None and row.award_blocked is None)
        self.award_note.setText(
            self.tr("Award is not available yet: {why}.").format(why=row.award_blocked)
            if awardable and row is not None and row.award_blocked
            else ""
        )
        self.award_note.setVisible(bool(self.award_note.text()))
        self.open_project_button.setVisible(row is not None and row.project_id is not None)
        self.reviews.show_application(row)
        self.documents.show_owner(row)
        if row is None:
            self.detail_title.setText(self.tr("Select an application to review and decide on it"))
            for label in self.facts.values():
                label.clear()
            return
        self.detail_title.setText(row.title)
        self.facts["Organisation"].setText(row.organisation_name)
        self.facts["Call"].setText(row.call_reference)
        self.facts["Countries"].setText(", ".join(country_name(c) for c in row.countries) or "—")
        self.facts["Requested"].setText(money_text(row.requested_amount, row.currency) or "—")
        score = (
            self.tr("not reviewed yet")
            if row.score is None
            else self.tr("{score} (rank {rank} of {ranked} in {call})").format(
                score=QLocale().toString(float(row.score), "f", 2),
                rank=row.rank,
                ranked=row.ranked_in_call,
                call=row.call_reference,
            )
        )
        reviews = self.tr("%n review(s)", "", row.review_count)
        if row.recused_count:
            reviews += self.tr(", %n recused", "", row.recused_count)
        self.facts["Score"].setText(f"{score} · {reviews}")
        self.facts["Status"].setText(label_of(row.status))
        self.facts["Reason"].setText(row.decision_reason or "—")
        self._show_due_diligence(row)
        self.facts["Project"].setText(self.tr("awarded") if row.project_id else "—")

    def _show_due_diligence(self, row: ApplicationView) -> None:
        label = self.facts["Due diligence"]
        if row.dd_override_reason:
            text = self.tr("overridden on {day} by {who} ({state}): {reason}").format(
                day=row.dd_override_on,
                who=row.dd_override_by,
                state=row.dd_override_state,
                reason=row.dd_override_reason,
            )
        elif row.due_diligence_problem:
            text = self.tr("{problem}: selecting or awarding needs a written override").format(
                problem=row.due_diligence_problem
            )
        else:
            text = self.tr("cleared")
        label.setText(text)
        label.setStyleSheet(f"color: {WARNING.name()};" if text != self.tr("cleared") else "")

    def _reviews_changed(self) -> None:
        """A review changes the score and so the ranking: ask again, keep the application selected."""
        application = self.reviews.application
        self.refresh()
        if application is not None:
            self.select_id(self.context.ids.current(application.id))
        self.show_detail(self.selected_row())

    # Workflow -------------------------------------------------------------------------------

    def decision_text(self, status: ApplicationStatus) -> str:
        """What the decision dialog says the decision does."""
        return (
            self.tr("Move the application to “{status}”.").format(status=label_of(status))
            + (
                self.tr(" The applicant is owed a written reason.")
                if status in REASON_REQUIRED
                else self.tr(" A note is optional.")
            )
            + self.tr(" A decision is not undone with Undo (Ctrl+Z).")
        )

    def decide(self, status: ApplicationStatus) -> None:
        row = self.selected_row()
        if row is None:
            return
        required = status in REASON_REQUIRED
        problem = row.due_diligence_problem if status is ApplicationStatus.SELECTED else None
        dialog = ReasonDialog(
            f"{row.organisation_name}: {label_of(status)}",
            self.decision_text(status),
            required=required,
            parent=self,
            due_diligence=(row.organisation_name, problem) if problem else None,
        )
        self.decision_dialog = dialog
        open_decision(
            self,
            dialog,
            lambda: partial(
                _marking_override,
                partial(
                    self.services.applications.decide,
                    row.id,
                    status,
                    dialog.reason.value(),
                    expected_version=row.version,
                    due_diligence_override=dialog.override.value() if dialog.override else None,
                ),
            ),
            done=lambda saved: self.show_changed(saved.id),
            error_title=self.tr("Could not record the decision"),
            after_error=self.refresh,
        )

    def award(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        country = row.countries[0] if row.countries else "XX"
        needs_override = row.due_diligence_problem is not None and row.dd_override_reason is None
        dialog = AwardDialog(
            row.organisation_name,
            f"{country}-{row.id:03d}",
            self,
            due_diligence=row.due_diligence_problem if needs_override else None,
        )
        self.award_dialog = dialog
        open_decision(
            self,
            dialog,
            lambda: partial(
                _marking_override,
                partial(
                    self.services.applications.award,
                    row.id,
                    project_code=dialog.code.value() or "",
                    expected_version=row.version,
                    due_diligence_override=dialog.override.value() if dialog.override else None,
                ),
            ),
            done=lambda award: self.context.show_record("projects", award.project_id),
            error_title=self.tr("Could not award"),
            after_error=self.refresh,
        )

    def open_project(self) -> None:
        row = self.selected_row()
        if row is not None and row.project_id is not None:
            self.context.show_record("projects", row.project_id)

    # Records --------------------------------------------------------------------------------

    def _dialog(self, existing: ApplicationView | None, _defaults: dict[str, Any]) -> RecordDialog:
        defaults = {
            "received_date": self.services.context.today(),
            "currency": self.context.settings.default_currency(),
            "call_id": self.call_filter.value(),
        }
        return application_dialog(
            self.services, existing, defaults, new_organisation=self.new_organisation, parent=self
        )

    # A new organisation from the application form ---------------------------------------------

    def new_organisation(self) -> None:
        self.organisation_records.new()

    @property
    def organisation_dialog(self) -> OrganisationDialog | None:
        return self.organisation_records.dialog

    def _organisation_dialog(self) -> OrganisationDialog:
        dialog = OrganisationDialog(self.services.organisations, None, self.dialog or self)
        for index in reversed(range(dialog.type.count())):
            if dialog.type.itemData(index) not in APPLICANT_TYPES:
                dialog.type.removeItem(index)  # only organisations that may apply are created here
        return dialog

    def _organisation_created(self, organisation_id: int | None) -> None:
        """Created (or undone, or redone): the open application form lists it and chooses it."""
        dialog = self.dialog
        picker = dialog.widgets.get("organisation_id") if dialog is not None and dialog.isVisible() else None
        if isinstance(picker, OrganisationPicker):
            picker.reload(organisation_id)

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        from .application_screens import screenshot_states

        return [*super().screenshot_states(), *screenshot_states(self)]

    def first_of(self, status: ApplicationStatus) -> ApplicationView | None:
        for row in range(self.model.rowCount()):
            view = self.model.row_at(row)
            if isinstance(view, ApplicationView) and view.status is status:
                self.table.selectRow(row)
                return view
        return None

    def new_form(self) -> QWidget | None:
        self.new_record()
        return self.dialog  # type: ignore[no-any-return]


def _marking_override(decision: Any) -> Any:
    """A refusal for want of a due diligence override marks the dialog's override field."""
    try:
        return decision()
    except DueDiligenceError as error:
        raise ValidationError.single(OVERRIDE_FIELD, error.message) from error
