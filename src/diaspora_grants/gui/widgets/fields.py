"""Plain inputs with the same value()/set_value() shape as the pickers, for generic forms."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from ...domain.money import amount_problem
from ..formatting import money_text


class TextField(QLineEdit):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")


class RequiredTextField(TextField):
    """Required text: an empty field is '' so the service names it ('is required')."""

    def value(self) -> str:
        return self.text().strip()


class NotesField(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None, *, height: int = 70) -> None:
        super().__init__(parent)
        self.setFixedHeight(height)
        self.setTabChangesFocus(True)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: str | None) -> None:
        self.setPlainText(value or "")


class MoneyField(QLineEdit):
    """An amount typed as people write it (1,250,000.50); returns a Decimal, never a float.

    What the domain's amount check refuses (past +/-10^13, more than two decimals, not a number) is
    marked on the field as it is left, with the reason as its tooltip, and the text is kept as typed;
    the service refuses it again on saving. Text that is not a number is passed on as NaN.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.editingFinished.connect(self._tidy)

    def value(self) -> Decimal | None:
        text = self.text().replace(",", "").replace(" ", "").strip()
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            return Decimal("NaN")

    def set_value(self, value: Decimal | None) -> None:
        self.setText(money_text(value) if value is not None else "")

    def problem(self) -> str | None:
        found = amount_problem("amount", self.value(), negative=True)
        return found.message if found else None

    def _tidy(self) -> None:
        problem = self.problem()
        mark_problem(self, problem)
        amount = self.value()
        if problem is None and amount is not None:
            self.set_value(amount)


def mark_problem(field: QLineEdit, problem: str | None) -> None:
    """Say on the field itself what is wrong with it (the form lists it again on saving)."""
    field.setToolTip(QCoreApplication.translate("fields", "Refused: {0}").format(problem) if problem else "")
    field.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if problem else "")


class NumberField(QSpinBox):
    def __init__(self, minimum: int = 0, maximum: int = 1_000_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)

    def value(self) -> int:
        return int(super().value())

    def set_value(self, value: int | None) -> None:
        self.setValue(value or 0)
