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


def _tr(text: str) -> str:
    return QCoreApplication.translate("AwardDialog", text)


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


def award_dialog(services: Services, programme_id: int, parent: QWidget | None = None) -> RecordDialog:
    """Edit the award of a programme; saving before anyone did creates it."""
    current = services.programmes.award(programme_id)
    specs = [
        FieldSpec("amount", _tr("Award amount"), MoneyField(), aliases=("award amount",)),
        FieldSpec("funds_received", _tr("Funds received"), MoneyField(), aliases=("funds received",)),
        FieldSpec("funds_received_on", _tr("Counted on"), OptionalDateEdit(), aliases=("funds received on",)),
        FieldSpec("subgrants", _tr("Sub-grants (budget)"), MoneyField(), aliases=("sub-grants",)),
        FieldSpec("direct_costs", _tr("Direct costs incurred"), MoneyField(), aliases=("direct costs",)),
        FieldSpec(
            "indirect_rate", _tr("Indirect rate (%)"), PercentField("e.g. 7"), aliases=("indirect rate",)
        ),
        FieldSpec(
            "variance_threshold",
            _tr("Variance threshold (%)"),
            PercentField("10"),
            required=True,
            aliases=("variance threshold",),
        ),
        FieldSpec("humanitarian", _tr("Humanitarian aid"), CheckField()),
        FieldSpec(
            "emergency_glide",
            _tr("Emergency (GLIDE)"),
            TextField("EP-2020-000012-001"),
            aliases=("emergency",),
        ),
    ]

    def save(_id: int, data: AwardInput, *, expected_version: int | None) -> AwardView:
        return services.programmes.set_award(programme_id, data, expected_version=expected_version or 0)

    dialog = RecordDialog(
        AwardInput,
        specs,
        noun=_tr("award"),
        create=lambda data: save(programme_id, data, expected_version=0),
        update=save,
        get=lambda _id: services.programmes.award(programme_id),
        existing=current,
        label_of=lambda view: _tr("of the programme ({currency})").format(currency=view.currency),
        parent=parent,
    )
    dialog.setObjectName("award-dialog")
    return dialog
