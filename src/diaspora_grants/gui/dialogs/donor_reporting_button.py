"""The Reports page's way in to what a donor report needs recorded: a button with a menu that opens
the award dialog and the variance explanations of the chosen programme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ...services.registry import Services
from .award_dialog import award_dialog
from .variance_dialog import VarianceDialog


def donor_reporting_button(
    parent: QWidget, services: Services, programme_id: Callable[[], int | None]
) -> QPushButton:

    button = QPushButton(QCoreApplication.translate("DonorReporting", "Award and variances"))
    button.setObjectName("donor-reporting")
    menu = QMenu(button)
    award = menu.addAction(
        QCoreApplication.translate("DonorReporting", "Award from the donor and variance threshold…")
    )
    award.setObjectName("award-action")
    variances = menu.addAction(QCoreApplication.translate("DonorReporting", "Explain variances…"))
    variances.setObjectName("variances-action")
    button.setMenu(menu)

    def open_award() -> None:
        chosen = programme_id()
        if chosen is not None:
            dialog = award_dialog(services, chosen, parent)
            button.setProperty("dialog", dialog)  # kept for tests and for as long as it is open
            dialog.open()

    def open_variances() -> None:
        chosen = programme_id()
        if chosen is not None:
            dialog = VarianceDialog(services, chosen, parent)
            button.setProperty("dialog", dialog)
            dialog.open()

    award.triggered.connect(open_award)
    variances.triggered.connect(open_variances)
    return button
