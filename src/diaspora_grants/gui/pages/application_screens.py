"""Screenshot states of the Applications page: its decision, review, award and new-record forms."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...domain.enums import ApplicationStatus
from ..dialogs.decision_dialog import AwardDialog, ReasonDialog
from ..labels import label_of

if TYPE_CHECKING:
    from .applications_page import ApplicationsPage


def screenshot_states(page: ApplicationsPage) -> list[tuple[str, Callable[[], QWidget | None]]]:
    def decide_first() -> QWidget | None:
        for row in range(page.model.rowCount()):
            view = page.model.row_at(row)
            if view is not None and ApplicationStatus.REJECTED in view.allowed_next_statuses:
                page.table.selectRow(row)
                page.decide(ApplicationStatus.REJECTED)
                return page.decision_dialog
        return None

    def review_first() -> QWidget | None:
        for row in range(page.model.rowCount()):
            view = page.model.row_at(row)
            if view is not None and view.review_count:
                page.table.selectRow(row)
                if page.reviews.model.rowCount():
                    page.reviews.table.selectRow(0)
                    page.reviews.edit_review()
                    return page.reviews.dialog
        return None

    def select_with_override() -> QWidget | None:
        view = page.first_of(ApplicationStatus.SELECTED) or page.first_of(ApplicationStatus.SHORTLISTED)
        if view is None:
            return None
        problem = view.due_diligence_problem or "in progress (not cleared)"
        dialog = ReasonDialog(
            f"{view.organisation_name}: {label_of(ApplicationStatus.SELECTED)}",
            page.decision_text(ApplicationStatus.SELECTED),
            required=True,
            parent=page,
            due_diligence=(view.organisation_name, problem),
        )
        dialog.open()
        return dialog

    def award_with_override() -> QWidget | None:
        view = page.first_of(ApplicationStatus.SELECTED)
        if view is None:
            return None
        dialog = AwardDialog(view.organisation_name, "LB-NEW-01", page, due_diligence="expired on 2026-04-15")
        dialog.open()
        return dialog

    def new_organisation() -> QWidget | None:
        page.new_record()
        page.new_organisation()
        return page.organisation_dialog

    return [
        ("-decision", decide_first),
        ("-review", review_first),
        ("-select-override", select_with_override),
        ("-award-override", award_with_override),
        ("-new", page.new_form),
        ("-new-organisation", new_organisation),
    ]
