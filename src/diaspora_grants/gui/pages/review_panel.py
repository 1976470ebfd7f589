"""The reviews of the selected application, under its details: list, add, edit, delete (with undo)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.applications import ApplicationView
from ...services.calls import CriterionView
from ...services.reviews import REVIEWABLE, ReviewInput, ReviewView
from ..dialogs.review_dialog import ReviewDialog
from ..labels import label_of
from ..models.reviews import ReviewTableModel
from ..undo import Gateway
from ..workers import PageReads
from .base import PageContext
from .parts import fit_columns_around, record_table
from .records import AfterRead, RecordActions


class ReviewPanel(QWidget):
    #: A review was saved, deleted, undone or redone: the application's score has changed.
    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.application: ApplicationView | None = None
        self.records: RecordActions[ReviewInput, ReviewView, Any] = RecordActions(
            self,
            context,
            Gateway[ReviewInput, ReviewView](context.services.reviews, ReviewInput, "review"),
            dialog=lambda existing, _: self._dialog(existing),
            label=lambda review: self.tr("by {reviewer}").format(reviewer=review.reviewer),
            delete_question=lambda review: self.tr(
                "Delete the review by {reviewer}?\n\nThe application's score is computed again."
            ).format(reviewer=review.reviewer),
            changed=lambda _review_id: self.changed.emit(),
            reload=self.changed.emit,
        )
        self.model = ReviewTableModel(self)
        self.table = record_table(self.model, "reviews-table", self)
        self.reads = PageReads(self, lambda: [self.table])
        fit_columns_around(self.table, ReviewTableModel.COL_COMMENT)
        self.table.doubleClicked.connect(lambda _i: self.edit_review())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.add_button = QPushButton(self.tr("Add review…"))
        self.edit_button = QPushButton(self.tr("Edit review…"))
        self.delete_button = QPushButton(self.tr("Delete review"))
        self.add_button.clicked.connect(self.add_review)
        self.edit_button.clicked.connect(self.edit_review)
        self.delete_button.clicked.connect(self.delete_review)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        heading = QLabel(self.tr("Reviews"))
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def show_application(self, application: ApplicationView | None) -> None:
        """The application's reviews, read off the GUI thread (the table waits, disabled)."""
        self.application = application
        if application is None:
            self.reads.drop()
            self._show_reviews(None, [])
            return
        reviews, application_id = self.context.services.reviews, application.id
        self.reads.run(
            lambda: reviews.find(application_id=application_id),
            lambda found: self._show_reviews(application, found),
            # Deleted meanwhile: the next refresh drops it.
            failed=lambda _gone: self._show_reviews(application, []),
        )

    def _show_reviews(self, application: ApplicationView | None, reviews: list[ReviewView]) -> None:
        self.model.set_rows(reviews)
        open_for_review = application is not None and application.status in REVIEWABLE
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(open_for_review)
        if application is None:
            self.note.clear()
        elif not open_for_review:
            self.note.setText(
                self.tr(
                    "The application is {status}: reviews are written while it is eligible or shortlisted."
                ).format(status=label_of(application.status).lower())
            )
        else:
            recused = sum(1 for r in reviews if r.conflict_of_interest)
            self.note.setText(
                self.tr("%n review(s)", "", len(reviews))
                + (self.tr(", %n recused (not counted)", "", recused) if recused else "")
                + self.tr(". The application's score is the mean of the counted reviews.")
            )

    @property
    def dialog(self) -> ReviewDialog | None:
        return self.records.dialog

    def selected_review(self) -> ReviewView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add_review(self) -> None:
        self.records.new()

    def edit_review(self) -> None:
        self.records.edit(self.selected_review())

    def delete_review(self) -> None:
        self.records.delete(self.selected_review())

    def _dialog(self, existing: ReviewView | None) -> AfterRead[tuple[CriterionView, ...]] | None:
        application = self.application
        if application is None:
            return None
        calls, call_id = self.context.services.calls, application.call_id
        return AfterRead(
            lambda: calls.get(call_id).criteria,
            lambda criteria: self._review_dialog(application, criteria, existing),
        )

    def _review_dialog(
        self, application: ApplicationView, criteria: tuple[CriterionView, ...], existing: ReviewView | None
    ) -> ReviewDialog:
        services = self.context.services
        reviewer = "" if existing else (self.context.settings.user_name() or services.context.user)
        taken = {r.reviewer.lower() for r in self.model.rows()}
        return ReviewDialog(
            services.reviews,
            application.id,
            f"{application.organisation_name}: {application.title}",
            criteria,
            existing,
            reviewer="" if reviewer.lower() in taken else reviewer,
            parent=self,
        )
