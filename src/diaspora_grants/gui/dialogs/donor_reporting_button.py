"""The Reports page's way in to what a donor report needs recorded: a button with a menu that opens
the award dialog and the variance explanations of the chosen programme."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu, QPushButton, QWidget

from ...services.registry import Services
from ..workers import PageReads
from .award_dialog import award_dialog
from .variance_dialog import VarianceDialog, read_variance_choices


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

    # What a dialog shows is read off the GUI thread first; the button waits disabled meanwhile.
    dialog_reads = PageReads(button, lambda: [button])

    def open_award() -> None:
        chosen = programme_id()
        if chosen is not None:
            dialog_reads.run(
                lambda: services.programmes.award(chosen),
                lambda current: show(award_dialog(services, chosen, current, parent)),
            )

    def show(dialog: QDialog) -> None:
        button.setProperty("dialog", dialog)  # kept for tests and for as long as it is open
        dialog.open()

    def open_variances() -> None:
        chosen = programme_id()
        if chosen is not None:
            dialog_reads.run(
                lambda: read_variance_choices(services, chosen),
                lambda choices: show(VarianceDialog(services, chosen, choices, parent)),
            )

    award.triggered.connect(open_award)
    variances.triggered.connect(open_variances)
    return button
