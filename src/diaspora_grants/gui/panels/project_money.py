"""A project's money: budget lines (with their revisions), tranches (plan, approve, pay, cancel)
and the expenditure reported (with the exchange rate it needs)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QWidget

from ...domain.enums import TrancheStatus
from ...domain.errors import MissingExchangeRateError
from ...services.exchange_rates import RateInput, RateView
from ...services.finance import (
    BudgetLineInput,
    BudgetLineView,
    ExpenditureInput,
    ExpenditureView,
    TrancheInput,
    TrancheView,
)
from ...services.projects import ProjectView
from .. import interaction
from ..dialogs.budget_line_dialog import RevisionHistoryDialog, budget_line_dialog
from ..dialogs.child_dialogs import tranche_dialog
from ..dialogs.expenditure_dialog import ExpenditureDialog, missing_rate_defaults
from ..dialogs.rate_dialog import rate_dialog
from ..dialogs.step_dialogs import PaymentDialog
from ..formatting import money_text
from ..labels import QT_TRANSLATE_NOOP
from ..models.projects import BudgetLineTableModel, ExpenditureTableModel, TrancheTableModel
from ..pages.parts import fit_columns_around
from ..pages.records import AfterRead, RecordActions, open_decision
from ..undo import Gateway
from ..workers import PageReads
from .gateways import BudgetLines, Expenditures, Tranches
from .record_panel import RecordPanel

#: Status changes are decisions on record: each step's dialog says it is not undone with Undo.
NOT_UNDONE = QT_TRANSLATE_NOOP("TranchesPanel", "Status changes are not undone with Undo (Ctrl+Z).")


class BudgetPanel(RecordPanel):
    noun = QT_TRANSLATE_NOOP("Noun", "budget line")
    input_type = BudgetLineInput

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, BudgetLineTableModel(), parent)
        fit_columns_around(self.table, BudgetLineTableModel.COL_DESCRIPTION)
        self.history_button = self.add_step_button(self.tr("Revisions…"), self.show_history)
        self.history: RevisionHistoryDialog | None = None
        self.history_reads = PageReads(self, lambda: [self.history_button])

    def load_rows(self, owner: ProjectView) -> list[Any]:
        return self.context.services.finance.budget_lines(owner.id)

    def gateway_for(self, owner: ProjectView) -> BudgetLines:
        return BudgetLines(self.context.services, owner.id)

    def make_dialog(self, existing: BudgetLineView | None, _defaults: dict[str, Any]) -> Any:
        return budget_line_dialog(self.context.services, self.owner, existing, self)

    def label(self, row: BudgetLineView) -> str:
        return row.code

    def delete_question(self, row: BudgetLineView) -> str:
        return self.tr(
            "Delete budget line {code} ({category})?\n\nA line with expenditure booked on it cannot be "
            "deleted; its revisions go with it. You can undo this (Ctrl+Z)."
        ).format(code=row.code, category=row.category)

    def steps_of(self, row: BudgetLineView) -> list[tuple[Any, str | None]]:
        return [(self.history_button, None)]

    def show_history(self) -> None:
        row = self.selected()
        if row is None:
            return
        finance, currency = self.context.services.finance, self.owner.currency
        self.history_reads.run(
            lambda: finance.budget_revisions(row.id), lambda found: self._show_history(row, found, currency)
        )

    def _show_history(self, row: BudgetLineView, revisions: list[Any], currency: str) -> None:
        self.history = RevisionHistoryDialog(row, revisions, currency, self)
        self.history.open()


class TranchesPanel(RecordPanel):
    """The schedule; the next step of the selected tranche is the bold button."""

    noun = QT_TRANSLATE_NOOP("Noun", "tranche")
    input_type = TrancheInput
    own_step_row = True

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, TrancheTableModel(), parent)
        fit_columns_around(self.table, TrancheTableModel.COL_CONDITION)
        self.approve_button = self.add_step_button(self.tr("Approve…"), self.approve, primary=True)
        self.pay_button = self.add_step_button(self.tr("Record payment…"), self.pay, primary=True)
        self.cancel_button = self.add_step_button(self.tr("Cancel tranche…"), self.cancel)
        self.reschedule_button = self.add_step_button(self.tr("Back to scheduled…"), self.reschedule)
        self.payment_dialog: PaymentDialog | None = None

    def load_rows(self, owner: ProjectView) -> list[Any]:
        return self.context.services.finance.tranches(owner.id)

    def gateway_for(self, owner: ProjectView) -> Tranches:
        return Tranches(self.context.services, owner.id)

    def make_dialog(self, existing: TrancheView | None, defaults: dict[str, Any]) -> Any:
        return tranche_dialog(self.context.services, self.owner, existing, defaults, self)

    def new_defaults(self) -> dict[str, Any]:
        return {"number": max((t.number for t in self.model.rows()), default=0) + 1}

    def label(self, row: TrancheView) -> str:
        return str(row.number)

    def delete_question(self, row: TrancheView) -> str:
        return self.tr("Delete tranche {number} from the schedule?\n\nYou can undo this (Ctrl+Z).").format(
            number=row.number
        )

    def steps_of(self, row: TrancheView) -> list[tuple[Any, str | None]]:
        why = {step.target: step.blocked for step in row.steps}
        buttons = {
            TrancheStatus.APPROVED: self.approve_button,
            TrancheStatus.PAID: self.pay_button,
            TrancheStatus.CANCELLED: self.cancel_button,
            TrancheStatus.SCHEDULED: self.reschedule_button,
        }
        for status, button in buttons.items():
            # The next step is the one obvious action: the other forward step steps back.
            primary = status == row.next_status
            button.setProperty("primary", primary)
            button.setStyleSheet("font-weight: bold;" if primary else "")
        return [(button, why.get(status)) for status, button in buttons.items() if status in why]

    def _text(self, row: TrancheView) -> str:
        return self.tr("tranche {number} ({amount}, planned {day})").format(
            number=row.number, amount=money_text(row.planned_amount, row.currency), day=row.planned_date
        )

    def approve(self) -> None:
        self._confirm_step(
            self.tr("Approve tranche"),
            self.tr("Approve {tranche} for payment?"),
            self.tr("Approve"),
            lambda row: self.context.services.finance.approve_tranche(row.id, expected_version=row.version),
        )

    def cancel(self) -> None:
        self._confirm_step(
            self.tr("Cancel tranche"),
            self.tr("Cancel {tranche}? It stays on the schedule as cancelled and can be reopened."),
            self.tr("Cancel tranche"),
            lambda row: self.context.services.finance.cancel_tranche(row.id, expected_version=row.version),
        )

    def reschedule(self) -> None:
        self._confirm_step(
            self.tr("Back to scheduled"),
            self.tr("Put {tranche} back to scheduled (its approval or cancellation is withdrawn)?"),
            self.tr("Back to scheduled"),
            lambda row: self.context.services.finance.reschedule_tranche(
                row.id, expected_version=row.version
            ),
        )

    def _confirm_step(
        self, title: str, question: str, action: str, step: Callable[[TrancheView], object]
    ) -> None:
        row = self.selected()
        if row is None:
            return
        text = question.format(tranche=self._text(row)) + "\n\n" + self.tr(NOT_UNDONE)
        if interaction.confirm(self, title, text, action=action):
            self.run_step(lambda: step(row), title=title)

    def pay(self) -> None:
        row = self.selected()
        if row is None:
            return
        today = self.context.services.context.today()
        dialog = PaymentDialog(self._text(row), row.planned_amount, row.currency, today, self)
        self.payment_dialog = dialog
        open_decision(
            self,
            dialog,
            lambda: partial(
                self.context.services.finance.mark_paid,
                row.id,
                dialog.actual_date.value(),  # type: ignore[arg-type]
                dialog.actual_amount.value(),  # type: ignore[arg-type]
                expected_version=row.version,
            ),
            done=lambda saved: self._changed(saved.id),
            error_title=self.tr("Could not record the payment"),
            after_error=self.reload,
        )


class ExpenditurePanel(RecordPanel):
    noun = QT_TRANSLATE_NOOP("Noun", "expenditure")
    input_type = ExpenditureInput

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(context, ExpenditureTableModel(), parent)
        fit_columns_around(self.table, ExpenditureTableModel.COL_DESCRIPTION)
        self.rates = RecordActions(
            self,
            context,
            Gateway[RateInput, RateView](context.services.exchange_rates, RateInput, "exchange rate"),
            dialog=lambda existing, defaults: rate_dialog(
                self.context.services, existing, defaults=defaults, parent=self.dialog or self
            ),
            label=lambda rate: f"{rate.currency} {rate.month:%Y-%m}",
            delete_question=lambda rate: "",
            changed=lambda _rate_id: None,
            reload=lambda: None,
        )

    def load_rows(self, owner: ProjectView) -> list[Any]:
        return self.context.services.finance.expenditures(owner.id)

    def gateway_for(self, owner: ProjectView) -> Expenditures:
        return Expenditures(self.context.services, owner.id)

    def make_dialog(self, existing: ExpenditureView | None, _defaults: dict[str, Any]) -> Any:
        services, owner = self.context.services, self.owner
        return AfterRead(
            lambda: services.finance.budget_lines(owner.id),
            lambda lines: ExpenditureDialog(
                services, owner, lines, existing, add_rate=self.add_rate, parent=self
            ),
        )

    def label(self, row: ExpenditureView) -> str:
        return f"{money_text(row.amount, row.currency)} on {row.spent_on}"

    @property
    def rate_dialog(self) -> Any:
        """The rate form opened last from a missing rate."""
        return self.rates.dialog

    def add_rate(self, missing: MissingExchangeRateError, then: Callable[[], None]) -> None:
        """Open the rate form for exactly the missing rate; `then` runs once it is saved (undoable)."""
        self.rates.new(missing_rate_defaults(missing))
        dialog = self.rates.dialog
        if dialog is not None:
            dialog.saved.connect(lambda _view: then())
