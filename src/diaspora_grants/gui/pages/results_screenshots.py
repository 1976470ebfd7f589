"""Screenshot states of the Results page that need typing or a question on screen: a figure
refused as it is typed, the question before leaving typed figures, Approve's count, Reopen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain.enums import ResultStatus
from .. import interaction

if TYPE_CHECKING:
    from .results_page import ResultsPage

State = tuple[str, Callable[[], QWidget | None]]


def states(page: ResultsPage, grid: Callable[[str | None], Callable[[], None]]) -> list[State]:
    """`grid(period)` shows the demo's vaccination project for that period."""

    def refused() -> None:
        grid("2022-Q4")()
        page.location.setCurrentIndex(page.location.count() - 1)  # the whole project: not approved
        page.model.setData(page.model.index(0, 0), "-5")

    def unsaved() -> QWidget | None:
        grid("2022-Q4")()
        page.location.setCurrentIndex(page.location.count() - 1)
        page.model.setData(page.model.index(0, 0), "12")
        box = interaction.unsaved_box(
            page, page.unsaved_text(), QCoreApplication.translate("MainWindow", "quit")
        )
        box.show()
        page.model.dirty = False  # the next states start from what is saved
        return box

    def approve() -> QWidget | None:
        grid("2022-Q4")()
        # The demo's results are all approved: one location is reopened and submitted again first.
        scope, locations, view = page.scope_shown, page.approval.location_ids(), page.model.view
        if scope is not None and view is not None and view.status_at(locations) is ResultStatus.APPROVED:
            page.services.results.reopen(*scope, "screenshot", location_ids=locations)
            page.services.results.set_status(*scope, ResultStatus.SUBMITTED, location_ids=locations)
            page.reload_grid()
        box = interaction.ConfirmBox(
            page,
            QCoreApplication.translate("Results", "Approve results"),
            page.approval.approve_question(),
            QCoreApplication.translate("Results", "Approve"),
        )
        box.show()
        return box

    def reopen() -> QWidget | None:
        grid("2022-Q4")()
        return page.approval.reopen()

    return [("-refused", refused), ("-unsaved", unsaved), ("-reopen", reopen), ("-approve", approve)]
