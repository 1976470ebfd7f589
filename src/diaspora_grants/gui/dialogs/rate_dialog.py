"""An exchange rate: units of a currency that one unit of the base currency bought in a month."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from ...domain.money import rate_problem
from ...services.exchange_rates import RateInput, RateView
from ...services.registry import Services
from ..iso_names import currency_names
from ..widgets.fields import TextField, mark_problem
from ..widgets.pickers import ChoiceCombo, OptionalDateEdit, labelled_choices
from .record_dialog import FieldSpec, RecordDialog


class RateField(TextField):
    """A rate with as many decimals as the bank gives (money fields round to cents; rates must not)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("RateDialog", "e.g. 89.5"), parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(lambda: mark_problem(self, self.problem()))

    def problem(self) -> str | None:
        """What the domain's rate check refuses (the service refuses it again on saving)."""
        found = rate_problem("rate", self.value())
        return found.message if found else None

    def value(self) -> Decimal | None:  # type: ignore[override]
        text = self.text().replace(",", "").strip()
        if not text:
            return None
        try:
            return Decimal(text)
        except InvalidOperation:
            return Decimal("NaN")  # the service says what is wrong with it

    def set_value(self, value: Decimal | None) -> None:  # type: ignore[override]
        self.setText(f"{value.normalize():f}" if value is not None else "")


def rate_dialog(
    services: Services,
    existing: RateView | None = None,
    *,
    defaults: dict[str, Any] | None = None,
    parent: QWidget | None = None,
) -> RecordDialog:
    currencies = labelled_choices(currency_names())
    currency, base = ChoiceCombo(currencies), ChoiceCombo(currencies)
    for combo in (currency, base):
        # Sized to the longest currency name, the form would be wider than the dialog.
        combo.setMinimumContentsLength(24)
        combo.setMaxVisibleItems(20)
    month = OptionalDateEdit()
    month.setToolTip(
        QCoreApplication.translate("RateDialog", "Any day of the month: rates are kept per month")
    )
    specs = [
        FieldSpec("currency", QCoreApplication.translate("RateDialog", "Currency"), currency, required=True),
        FieldSpec("month", QCoreApplication.translate("RateDialog", "Month"), month, required=True),
        FieldSpec(
            "units_per_base",
            QCoreApplication.translate("RateDialog", "Units per base"),
            RateField(),
            required=True,
            aliases=("units per base",),
        ),
        FieldSpec(
            "base_currency",
            QCoreApplication.translate("RateDialog", "Base currency"),
            base,
            required=True,
            aliases=("base currency",),
        ),
        FieldSpec(
            "source",
            QCoreApplication.translate("RateDialog", "Source"),
            TextField(QCoreApplication.translate("RateDialog", "e.g. OANDA monthly average")),
        ),
        FieldSpec(
            "value_date",
            QCoreApplication.translate("RateDialog", "Value date"),
            OptionalDateEdit(),
            aliases=("value date",),
        ),
    ]
    return RecordDialog(
        RateInput,
        specs,
        noun="exchange rate",
        create=services.exchange_rates.create,
        update=services.exchange_rates.update,
        get=services.exchange_rates.get,
        existing=existing,
        defaults={"base_currency": "USD", **(defaults or {})},
        label_of=lambda r: f"{r.currency} {r.month:%Y-%m}",
        parent=parent,
    )
