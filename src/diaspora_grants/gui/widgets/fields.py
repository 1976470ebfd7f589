"""Plain inputs with the same value()/set_value() shape as the pickers, for generic forms."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

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

    Text that is not a number is passed on as NaN so the service says what is wrong with it.
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

    def _tidy(self) -> None:
        amount = self.value()
        if amount is not None and amount.is_finite():
            self.set_value(amount)


class NumberField(QSpinBox):
    def __init__(self, minimum: int = 0, maximum: int = 1_000_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)

    def value(self) -> int:
        return int(super().value())

    def set_value(self, value: int | None) -> None:
        self.setValue(value or 0)
