"""Ask for what a workflow step needs before it runs: the date and amount of a payment, the day a
report came in. Each says that the step is not undone with Undo (a status change is a decision on
record); the service checks the values and the dialog marks the field it names."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..colours import ERROR
from ..widgets.fields import MoneyField
from ..widgets.form import INVALID_STYLE, FieldForm
from ..widgets.pickers import OptionalDateEdit


class _StepDialog(QDialog):
    def __init__(self, title: str, text: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.layout_form = QFormLayout()
        self.form = FieldForm(self.layout_form)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR.name()};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(self.layout_form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(480, 240)


class PaymentDialog(_StepDialog):
    """The day a tranche was paid and the amount that left the account."""

    def __init__(
        self, label: str, planned: Decimal, currency: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Record the payment of {label}").format(label=label),
            self.tr(
                "Record what left the account for {label}. A paid tranche stays on record: "
                "recording the payment is not undone with Undo (Ctrl+Z)."
            ).format(label=label),
            self.tr("Record payment"),
            parent,
        )
        self.actual_date = OptionalDateEdit()
        self.actual_date.set_value(today)
        self.actual_amount = MoneyField()
        self.actual_amount.set_value(planned)
        self.form.add(self.tr("Paid on"), self.actual_date, "actual date", required=True)
        self.form.add(
            self.tr("Amount paid ({currency})").format(currency=currency),
            self.actual_amount,
            "actual amount",
            required=True,
        )


class DateDialog(_StepDialog):
    """The day something happened (a report submitted, accepted), today unless changed."""

    def __init__(
        self, title: str, text: str, field: str, caption: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, text, self.tr("Record"), parent)
        self.day = OptionalDateEdit()
        self.day.set_value(today)
        self.form.add(caption, self.day, field, required=True)
