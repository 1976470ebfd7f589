"""The programme's award from the donor and its report settings: amount, funds received, the part
for sub-grants, direct costs, indirect rate, the variance threshold (10% unless changed), and
whether it is humanitarian aid (with the emergency's GLIDE number, for IATI)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from ...services.programme_reporting import AwardInput, AwardView
from ...services.registry import Services
from ..widgets.fields import MoneyField, TextField
from ..widgets.pickers import OptionalDateEdit
from .record_dialog import FieldSpec, RecordDialog

HUNDRED = Decimal(100)


class PercentField(TextField):
    """A share typed as a percentage (7 or 7%), given to the service as a fraction (0.07)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> Decimal | None:  # type: ignore[override]
        text = self.text().replace("%", "").replace(",", ".").strip()
        if not text:
            return None
        try:
            return Decimal(text) / HUNDRED
        except InvalidOperation:
            return Decimal("NaN")  # the service says what is wrong with it

    def set_value(self, value: Decimal | None) -> None:  # type: ignore[override]
        self.setText("" if value is None else f"{(value * HUNDRED).normalize():f}")


class CheckField(QCheckBox):
    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


def award_dialog(
    services: Services, programme_id: int, current: AwardView | None, parent: QWidget | None = None
) -> RecordDialog:
    """Edit the award of a programme (`current`: as read; None before anyone saved it, and saving
    creates it)."""

    def save(_id: int, data: AwardInput, *, expected_version: int | None) -> AwardView:
        return services.programmes.set_award(programme_id, data, expected_version=expected_version or 0)

    dialog = RecordDialog(
        AwardInput,
        [*_money_fields(), *_rule_fields()],
        noun=QCoreApplication.translate("AwardDialog", "award"),
        create=lambda data: save(programme_id, data, expected_version=0),
        update=save,
        get=lambda _id: services.programmes.award(programme_id),
        existing=current,
        label_of=lambda view: QCoreApplication.translate(
            "AwardDialog", "of the programme ({currency})"
        ).format(currency=view.currency),
        parent=parent,
    )
    dialog.setObjectName("award-dialog")
    return dialog


def _money_fields() -> list[FieldSpec]:
    """What the donor awarded and what came in and went out."""
    return [
        FieldSpec(
            "amount",
            QCoreApplication.translate("AwardDialog", "Award amount"),
            MoneyField(),
            aliases=("award amount",),
        ),
        FieldSpec(
            "funds_received",
            QCoreApplication.translate("AwardDialog", "Funds received"),
            MoneyField(),
            aliases=("funds received",),
        ),
        FieldSpec(
            "funds_received_on",
            QCoreApplication.translate("AwardDialog", "Counted on"),
            OptionalDateEdit(),
            aliases=("funds received on",),
        ),
        FieldSpec(
            "subgrants",
            QCoreApplication.translate("AwardDialog", "Sub-grants (budget)"),
            MoneyField(),
            aliases=("sub-grants",),
        ),
        FieldSpec(
            "direct_costs",
            QCoreApplication.translate("AwardDialog", "Direct costs incurred"),
            MoneyField(),
            aliases=("direct costs",),
        ),
    ]


def _rule_fields() -> list[FieldSpec]:
    """The rates and rules the donor's reports follow."""
    return [
        FieldSpec(
            "indirect_rate",
            QCoreApplication.translate("AwardDialog", "Indirect rate (%)"),
            PercentField(QCoreApplication.translate("AwardDialog", "e.g. 7")),
            aliases=("indirect rate",),
        ),
        FieldSpec(
            "variance_threshold",
            QCoreApplication.translate("AwardDialog", "Variance threshold (%)"),
            PercentField("10"),
            required=True,
            aliases=("variance threshold",),
        ),
        FieldSpec(
            "humanitarian", QCoreApplication.translate("AwardDialog", "Humanitarian aid"), CheckField()
        ),
        FieldSpec(
            "emergency_glide",
            QCoreApplication.translate("AwardDialog", "Emergency (GLIDE)"),
            TextField(QCoreApplication.translate("AwardDialog", "EP-2020-000012-001")),
            aliases=("emergency",),
        ),
    ]
