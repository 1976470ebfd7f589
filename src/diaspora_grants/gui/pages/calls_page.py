"""Calls for expressions of interest: dates, envelope, status along the workflow, weighted criteria."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ...domain.codes import country_name, currency_names
from ...domain.enums import CallStatus
from ...domain.errors import DomainError
from ...services.calls import CallInput, CallView
from .. import interaction
from ..colours import ERROR, OK
from ..dialogs.record_dialog import FieldSpec, RecordDialog
from ..formatting import money_text
from ..labels import label_of
from ..models.calls import CallTableModel
from ..models.criteria import CriteriaEditModel
from ..undo import Gateway
from ..widgets.fields import MoneyField, NotesField, RequiredTextField
from ..widgets.pickers import ChoiceCombo, CountryListPicker, EnumCombo, OptionalDateEdit, labelled_choices
from .base import FilterCombo, ListPage, PageContext
from .parts import fact_labels

STATUS_VERBS = {
    CallStatus.DRAFT: "Back to draft",
    CallStatus.OPEN: "Open",
    CallStatus.CLOSED: "Close",
    CallStatus.UNDER_REVIEW: "Start review",
    CallStatus.AWARDED: "Mark awarded",
    CallStatus.CANCELLED: "Cancel call",
}


class CallsPage(ListPage):
    title = "Calls"
    noun = "call"
    plural = "calls"
    empty_hint = "No calls yet.\n\nPress New (Ctrl+N) to draft a call for expressions of interest."
    split = (760, 560)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, CallTableModel(), parent)
        self.records = self.record_actions(
            Gateway[CallInput, CallView](context.services.calls, CallInput, "call"),
            dialog=self._dialog,
            label=lambda call: call.reference,
            delete_question=lambda call: f"Delete call {call.reference}?",
        )

    def filter_combos(self) -> list[FilterCombo]:
        self.programme_filter = ChoiceCombo(
            lambda: ((p.code, p.id) for p in self.services.programmes.find()), none_text="All programmes"
        )
        self.status_filter = EnumCombo(CallStatus, none_text="All statuses")
        return [self.programme_filter, self.status_filter]

    def load_rows(self) -> list[Any]:
        return self.services.calls.find(
            programme_id=self.programme_filter.value(),
            status=self.status_filter.value(),
            search=self.search_text(),
        )

    def build_detail(self) -> None:
        layout = self.detail_column()
        form = QFormLayout()
        self.facts = fact_labels(form, ("Status", "Dates", "Envelope", "Eligible countries"))
        self.status_buttons: dict[CallStatus, QPushButton] = {}
        statuses = QHBoxLayout()
        for status, verb in STATUS_VERBS.items():
            button = QPushButton(verb)
            button.clicked.connect(lambda _c=False, s=status: self.change_status(s))
            self.status_buttons[status] = button
            statuses.addWidget(button)
        statuses.addStretch(1)
        self.criteria_model = CriteriaEditModel(self)
        self.criteria_view = QTableView()
        self.criteria_view.setModel(self.criteria_model)
        self.criteria_view.verticalHeader().hide()
        self.criteria_view.horizontalHeader().setStretchLastSection(False)
        self.criteria_view.setColumnWidth(0, 280)
        self.criteria_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteria_model.dataChanged.connect(self._criteria_edited)
        self.criteria_model.rowsInserted.connect(self._criteria_edited)
        self.criteria_model.rowsRemoved.connect(self._criteria_edited)
        self.weight_total = QLabel()
        add = QPushButton("Add criterion")
        add.clicked.connect(self._add_criterion)
        remove = QPushButton("Remove")
        remove.clicked.connect(lambda: self.criteria_model.remove(self.criteria_view.currentIndex().row()))
        self.save_criteria_button = QPushButton("Save criteria")
        self.save_criteria_button.clicked.connect(self.save_criteria)
        criteria_buttons = QHBoxLayout()
        for widget in (add, remove, self.weight_total):
            criteria_buttons.addWidget(widget)
        criteria_buttons.addStretch(1)
        criteria_buttons.addWidget(self.save_criteria_button)
        heading = QLabel("Evaluation criteria (double-click to edit; weights should add up to 100)")
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addLayout(form)
        layout.addLayout(statuses)
        layout.addWidget(heading)
        layout.addWidget(self.criteria_view, 1)
        layout.addLayout(criteria_buttons)
        self.show_detail(None)

    def show_detail(self, row: CallView | None) -> None:
        self.detail.setEnabled(row is not None)
        for status, button in self.status_buttons.items():
            button.setVisible(row is not None and status in row.allowed_next_statuses)
        if row is None:
            self.detail_title.setText("Select a call to see its dates and criteria")
            for label in self.facts.values():
                label.clear()
            self.criteria_model.load([])
            self._criteria_edited()
            return
        self.detail_title.setText(f"{row.reference} — {row.title}")
        self.facts["Status"].setText(f"{label_of(row.status)} · {row.application_count} application(s)")
        self.facts["Dates"].setText(
            f"launch {row.launch_date or '—'} · deadline {row.submission_deadline or '—'} · "
            f"decision {row.decision_date or '—'}"
        )
        self.facts["Envelope"].setText(
            f"{money_text(row.envelope_amount, row.currency) or '—'} "
            f"(at most {money_text(row.ceiling_per_grant, row.currency) or '—'} per grant)"
        )
        self.facts["Eligible countries"].setText(
            ", ".join(country_name(c) for c in row.eligible_countries) or "any"
        )
        self.criteria_model.load(row.criteria)
        self._criteria_edited()

    def _add_criterion(self) -> None:
        row = self.criteria_model.add()
        self.criteria_view.edit(self.criteria_model.index(row, 0))

    def _criteria_edited(self, *_args: object) -> None:
        total = self.criteria_model.total_weight()
        good = total == 100
        self.weight_total.setText(f"total weight {total.normalize():f}")
        self.weight_total.setStyleSheet(f"color: {(OK if good else ERROR).name()};")
        self.save_criteria_button.setEnabled(self.criteria_model.dirty)

    def save_criteria(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            saved = self.services.calls.set_criteria(
                row.id, self.criteria_model.criteria(), expected_version=row.version
            )
        except DomainError as error:
            interaction.show_error(self, error, title="Could not save the criteria")
            return
        self.show_changed(saved.id)

    def change_status(self, status: CallStatus) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            saved = self.services.calls.change_status(row.id, status, expected_version=row.version)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not change the status")
            self.refresh()
            return
        self.show_changed(saved.id)

    # Records --------------------------------------------------------------------------------

    def _dialog(self, existing: CallView | None, _defaults: dict[str, Any]) -> RecordDialog:
        services = self.services
        programmes = ChoiceCombo((f"{p.code} – {p.name}", p.id) for p in services.programmes.find())
        specs = [
            FieldSpec("reference", "Reference", RequiredTextField("e.g. EOI-2022-01"), required=True),
            FieldSpec("title", "Title", RequiredTextField(), required=True),
            FieldSpec("programme_id", "Programme", programmes, required=True, aliases=("programme",)),
            FieldSpec(
                "eligible_countries",
                "Eligible countries",
                CountryListPicker("Eligible countries"),
                aliases=("eligible countries",),
            ),
            FieldSpec("envelope_amount", "Envelope", MoneyField(), aliases=("envelope", "envelope amount")),
            FieldSpec("ceiling_per_grant", "Ceiling per grant", MoneyField(), aliases=("ceiling per grant",)),
            FieldSpec("currency", "Currency", ChoiceCombo(labelled_choices(currency_names()))),
            FieldSpec("launch_date", "Launch", OptionalDateEdit(), aliases=("launch date",)),
            FieldSpec(
                "clarification_date",
                "Clarifications until",
                OptionalDateEdit(),
                aliases=("clarification date",),
            ),
            FieldSpec("submission_deadline", "Submission deadline", OptionalDateEdit()),
            FieldSpec("decision_date", "Decision", OptionalDateEdit(), aliases=("decision date",)),
            FieldSpec("description", "Description", NotesField()),
        ]
        return RecordDialog(
            CallInput,
            specs,
            noun="call",
            create=services.calls.create,
            update=services.calls.update,
            get=services.calls.get,
            existing=existing,
            defaults={"currency": "USD", "programme_id": self.programme_filter.value()},
            label_of=lambda c: c.reference,
            parent=self,
        )
