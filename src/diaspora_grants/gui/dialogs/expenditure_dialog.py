"""An expenditure: when, how much, in which currency and on which budget line.

Spending in a currency that cannot be converted at its month's rate is refused by the service. The
form then says which rate is missing and offers to add exactly that one; once it is saved, the
expenditure is saved as it was typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import DomainError, MissingExchangeRateError
from ...services.finance import BudgetLineView, ExpenditureInput, ExpenditureView
from ...services.projects import ProjectView
from ...services.registry import Services
from ..colours import ERROR, ERROR_BACKGROUND
from ..iso_names import currency_names
from ..panels.gateways import Expenditures
from ..widgets.fields import MoneyField, NotesField
from ..widgets.pickers import ChoiceCombo, OptionalDateEdit, labelled_choices
from .record_dialog import FieldSpec, RecordDialog


class ExpenditureDialog(RecordDialog):
    """``add_rate(missing)`` opens the rate form for the missing rate and calls back once saved."""

    def __init__(
        self,
        services: Services,
        project: ProjectView,
        lines: list[BudgetLineView],
        existing: ExpenditureView | None,
        *,
        add_rate: Callable[[MissingExchangeRateError, Callable[[], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        adapter = Expenditures(services, project.id)
        currencies = ChoiceCombo(labelled_choices(currency_names()))
        currencies.setMaxVisibleItems(20)
        budget_lines = ChoiceCombo(
            ((f"{b.code} – {b.category}", b.id) for b in lines),
            none_text=QCoreApplication.translate("ExpenditureDialog", "(no line)"),
        )
        specs = [
            FieldSpec(
                "spent_on",
                QCoreApplication.translate("ExpenditureDialog", "Spent on"),
                OptionalDateEdit(),
                required=True,
                aliases=("date",),
            ),
            FieldSpec(
                "amount",
                QCoreApplication.translate("ExpenditureDialog", "Amount"),
                MoneyField(),
                required=True,
            ),
            FieldSpec("currency", QCoreApplication.translate("ExpenditureDialog", "Currency"), currencies),
            FieldSpec(
                "budget_line_id",
                QCoreApplication.translate("ExpenditureDialog", "Budget line"),
                budget_lines,
                aliases=("budget line",),
            ),
            FieldSpec(
                "description",
                QCoreApplication.translate("ExpenditureDialog", "Description"),
                NotesField(height=56),
            ),
        ]
        super().__init__(
            ExpenditureInput,
            specs,
            noun=QCoreApplication.translate("ExpenditureDialog", "expenditure"),
            create=adapter.create,
            update=adapter.update,
            get=adapter.get,
            existing=existing,
            defaults={"currency": project.currency, "spent_on": services.context.today()},
            label_of=lambda e: f"{e.spent_on:%Y-%m-%d}",
            parent=parent,
        )
        self._add_rate = add_rate
        self.missing_rate: MissingExchangeRateError | None = None
        self._build_rate_problem()

    def _build_rate_problem(self) -> None:
        self.rate_problem = QFrame(self)
        self.rate_problem.setObjectName("missing-rate")
        self.rate_problem.setStyleSheet(
            f"#missing-rate {{ background: {ERROR_BACKGROUND}; border: 1px solid {ERROR.name()}; }}"
        )
        self.rate_message = QLabel(self.rate_problem)
        self.rate_message.setWordWrap(True)
        self.add_rate_button = QPushButton(self.rate_problem)
        self.add_rate_button.clicked.connect(self.add_missing_rate)
        inner = QVBoxLayout(self.rate_problem)
        inner.addWidget(self.rate_message)
        inner.addWidget(self.add_rate_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.rate_problem.hide()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, self.rate_problem)

    def refused(self, error: DomainError) -> None:
        if not isinstance(error, MissingExchangeRateError):
            super().refused(error)
            return
        self.missing_rate = error
        self.rate_message.setText(
            QCoreApplication.translate(
                "ExpenditureDialog",
                "This expenditure cannot be converted: there is no exchange rate for {currency} against "
                "{base} in {month}. Summaries and donor reports convert spending at the rate of its month, "
                "so the rate is needed before the expenditure is saved.",
            ).format(currency=error.currency, base=error.base, month=error.month)
        )
        self.add_rate_button.setText(
            QCoreApplication.translate("ExpenditureDialog", "Add the {currency} rate for {month}…").format(
                currency=error.currency, month=error.month
            )
        )
        if self.rate_problem.isHidden():
            self.rate_problem.show()
            # Room for the message: the form below keeps all of its rows in view.
            self.resize(self.width(), self.height() + self.rate_problem.sizeHint().height())
        self.add_rate_button.setFocus()

    def add_missing_rate(self) -> None:
        if self.missing_rate is not None:
            self._add_rate(self.missing_rate, self._rate_added)

    def _rate_added(self) -> None:
        self.missing_rate = None
        self.resize(self.width(), self.height() - self.rate_problem.height())
        self.rate_problem.hide()
        self.save()


def missing_rate_defaults(missing: MissingExchangeRateError) -> dict[str, Any]:
    """What the rate form starts with for a missing rate ("2022-07" -> the first of July)."""
    year, month = (int(part) for part in missing.month.split("-")[:2])
    return {"currency": missing.currency, "base_currency": missing.base, "month": dt.date(year, month, 1)}
