"""Calls for expressions of interest: dates, envelope, status along the workflow, weighted criteria."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QFormLayout, QWidget

from ...domain.enums import CallStatus
from ...services.calls import CallInput, CallView
from ..dialogs.record_dialog import FieldSpec, RecordDialog
from ..formatting import display_text, money_text
from ..iso_names import country_name, currency_names
from ..labels import QT_TRANSLATE_NOOP, label_of
from ..models.calls import CallTableModel
from ..undo import Gateway
from ..widgets.fields import MoneyField, NotesField, RequiredTextField
from ..widgets.pickers import ChoiceCombo, CountryListPicker, EnumCombo, OptionalDateEdit, labelled_choices
from .base import FilterCombo, ListPage, PageContext
from .call_workflow import CallWorkflowBar
from .criteria_panel import CriteriaPanel
from .parts import fact_labels


class CallsPage(ListPage):
    title = "Calls"
    noun = QT_TRANSLATE_NOOP("Noun", "call")
    plural = QT_TRANSLATE_NOOP("Noun", "calls")
    empty_hint = QT_TRANSLATE_NOOP(
        "EmptyHint", "No calls yet.\n\nPress New (Ctrl+N) to draft a call for expressions of interest."
    )
    split = (760, 560)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, CallTableModel(), parent)
        self.records = self.record_actions(
            Gateway[CallInput, CallView](context.services.calls, CallInput, "call"),
            dialog=self._dialog,
            label=lambda call: call.reference,
            delete_question=lambda call: self.tr("Delete call {reference}?").format(reference=call.reference),
        )

    def filter_combos(self) -> list[FilterCombo]:
        self.programme_filter = ChoiceCombo(
            lambda: ((p.code, p.id) for p in self.services.programmes.find()),
            none_text=self.tr("All programmes"),
            deferred=True,  # read with the rows, off the GUI thread
        )
        self.status_filter = EnumCombo(CallStatus, none_text=self.tr("All statuses"))
        return [self.programme_filter, self.status_filter]

    def rows_reader(self) -> Callable[[], list[Any]]:
        return partial(
            self.services.calls.find,
            programme_id=self.programme_filter.value(),
            status=self.status_filter.value(),
            search=self.search_text(),
        )

    def build_detail(self) -> None:
        layout = self.detail_column()
        form = QFormLayout()
        self.facts = fact_labels(
            form,
            (
                QT_TRANSLATE_NOOP("Facts", "Status"),
                QT_TRANSLATE_NOOP("Facts", "Dates"),
                QT_TRANSLATE_NOOP("Facts", "Envelope"),
                QT_TRANSLATE_NOOP("Facts", "Eligible countries"),
            ),
        )
        self.workflow = CallWorkflowBar(self.services, self.detail)
        self.workflow.changed.connect(self._status_changed)
        self.criteria = CriteriaPanel(self.services, self.detail)
        self.criteria.saved.connect(self.show_changed)
        # The grid's parts, by the names the rest of the app and its tests use.
        self.criteria_model = self.criteria.model
        self.criteria_view = self.criteria.view
        self.weight_total = self.criteria.weight_total
        self.save_criteria_button = self.criteria.save_button
        layout.addLayout(form)
        layout.addWidget(self.workflow)
        layout.addWidget(self.criteria, 1)
        self.show_detail(None)

    def show_detail(self, row: CallView | None) -> None:
        self.detail.setEnabled(row is not None)
        self.workflow.show_call(row)
        self.criteria.show_call(row)
        if row is None:
            self.detail_title.setText(self.tr("Select a call to see its dates and criteria"))
            for label in self.facts.values():
                label.clear()
            return
        self.detail_title.setText(f"{row.reference} — {row.title}")
        self.facts["Status"].setText(
            self.tr("{status} · %n application(s)", "", row.application_count).format(
                status=label_of(row.status)
            )
        )
        self.facts["Dates"].setText(
            self.tr("launch {launch} · deadline {deadline} · decision {decision}").format(
                launch=display_text(row.launch_date) or "—",
                deadline=display_text(row.submission_deadline) or "—",
                decision=display_text(row.decision_date) or "—",
            )
        )
        self.facts["Envelope"].setText(
            self.tr("{envelope} (at most {ceiling} per grant)").format(
                envelope=money_text(row.envelope_amount, row.currency) or "—",
                ceiling=money_text(row.ceiling_per_grant, row.currency) or "—",
            )
        )
        self.facts["Eligible countries"].setText(
            ", ".join(country_name(c) for c in row.eligible_countries) or self.tr("any")
        )

    def _status_changed(self, call_id: int | None) -> None:
        if call_id is None:
            self.refresh()
        else:
            self.show_changed(call_id)

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def first() -> CallView | None:
            if self.model.rowCount():
                self.table.selectRow(0)
            return self.selected_row()

        def criteria_reason() -> QWidget | None:
            if first() is None:
                return None
            self.criteria.ask_reason()
            return self.criteria.reason_dialog

        def close_early() -> QWidget | None:
            call = first()
            if call is None:
                return None
            question = (
                "The submission deadline is 2022-03-15, 12 days from today. Closing now makes any "
                "application that arrives later a late one. Why is the call closed early?"
            )
            title = self.tr("Close call {reference}…").format(reference=call.reference)
            self.workflow.ask_reason(call, question, title, lambda _reason: call)
            return self.workflow.reason_dialog

        return [
            *super().screenshot_states(),
            ("-edit", self.editing_first_row),
            ("-criteria-reason", criteria_reason),
            ("-close-early", close_early),
        ]

    # Records --------------------------------------------------------------------------------

    def _dialog(self, existing: CallView | None, _defaults: dict[str, Any]) -> RecordDialog:
        services = self.services
        programmes = ChoiceCombo(
            lambda: ((f"{p.code} – {p.name}", p.id) for p in services.programmes.find()), deferred=True
        )
        specs = [
            FieldSpec(
                "reference",
                self.tr("Reference"),
                RequiredTextField(self.tr("e.g. EOI-2022-01")),
                required=True,
            ),
            FieldSpec("title", self.tr("Title"), RequiredTextField(), required=True),
            FieldSpec(
                "programme_id", self.tr("Programme"), programmes, required=True, aliases=("programme",)
            ),
            FieldSpec(
                "eligible_countries",
                self.tr("Eligible countries"),
                CountryListPicker(self.tr("Eligible countries")),
                aliases=("eligible countries",),
            ),
            FieldSpec(
                "envelope_amount", self.tr("Envelope"), MoneyField(), aliases=("envelope", "envelope amount")
            ),
            FieldSpec(
                "ceiling_per_grant",
                self.tr("Ceiling per grant"),
                MoneyField(),
                aliases=("ceiling per grant",),
            ),
            FieldSpec("currency", self.tr("Currency"), ChoiceCombo(labelled_choices(currency_names()))),
            FieldSpec("launch_date", self.tr("Launch"), OptionalDateEdit(), aliases=("launch date",)),
            FieldSpec(
                "clarification_date",
                self.tr("Clarifications until"),
                OptionalDateEdit(),
                aliases=("clarification date",),
            ),
            FieldSpec("submission_deadline", self.tr("Submission deadline"), OptionalDateEdit()),
            FieldSpec("decision_date", self.tr("Decision"), OptionalDateEdit(), aliases=("decision date",)),
            FieldSpec("description", self.tr("Description"), NotesField()),
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
