"""The reviews of the selected application, under its details: list, add, edit, delete (with undo)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import DomainError
from ...services.applications import ApplicationView
from ...services.reviews import REVIEWABLE, ReviewInput, ReviewView
from .. import interaction
from ..dialogs.review_dialog import ReviewDialog
from ..models.reviews import ReviewTableModel
from ..undo import CreateCommand, DeleteCommand, EditCommand, Gateway
from .base import PageContext


class ReviewPanel(QWidget):
    #: A review was saved, deleted, undone or redone: the application's score has changed.
    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.application: ApplicationView | None = None
        self.dialog: ReviewDialog | None = None
        self.gateway: Gateway[ReviewInput, ReviewView] = Gateway(
            context.services.reviews, ReviewInput, "review"
        )
        self.model = ReviewTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reviews-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReviewTableModel.COL_COMMENT, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_review())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.add_button = QPushButton("Add review…")
        self.edit_button = QPushButton("Edit review…")
        self.delete_button = QPushButton("Delete review")
        self.add_button.clicked.connect(self.add_review)
        self.edit_button.clicked.connect(self.edit_review)
        self.delete_button.clicked.connect(self.delete_review)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        heading = QLabel("Reviews")
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def show_application(self, application: ApplicationView | None) -> None:
        self.application = application
        reviews: list[ReviewView] = []
        if application is not None:
            try:
                reviews = self.context.services.reviews.find(application_id=application.id)
            except DomainError:  # deleted meanwhile; the next refresh drops it
                reviews = []
        self.model.set_rows(reviews)
        open_for_review = application is not None and application.status in REVIEWABLE
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(open_for_review)
        if application is None:
            self.note.clear()
        elif not open_for_review:
            self.note.setText(
                f"The application is {application.status.value}: reviews are written while it is eligible "
                "or shortlisted."
            )
        else:
            recused = sum(1 for r in reviews if r.conflict_of_interest)
            self.note.setText(
                f"{len(reviews)} review(s)"
                + (f", {recused} recused (not counted)" if recused else "")
                + ". The application's score is the mean of the counted reviews."
            )

    def selected_review(self) -> ReviewView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add_review(self) -> None:
        self._open(None)

    def edit_review(self) -> None:
        review = self.selected_review()
        if review is not None:
            self._open(review)

    def _open(self, existing: ReviewView | None) -> None:
        application = self.application
        if application is None:
            return
        services = self.context.services
        try:
            criteria = services.calls.get(application.call_id).criteria
        except DomainError as error:
            interaction.show_error(self, error)
            return
        reviewer = "" if existing else (self.context.settings.user_name() or services.context.user)
        taken = {r.reviewer.lower() for r in self.model.rows()}
        dialog = ReviewDialog(
            services.reviews,
            application.id,
            f"{application.organisation_name}: {application.title}",
            criteria,
            existing,
            reviewer="" if reviewer.lower() in taken else reviewer,
            parent=self,
        )
        self.dialog = dialog
        dialog.saved.connect(lambda view: self._saved(dialog, view))
        dialog.open()

    def _saved(self, dialog: ReviewDialog, view: ReviewView) -> None:
        after = self.gateway.input_of(view)
        ids, stack = self.context.ids, self.context.undo_stack
        label = f"by {view.reviewer}"
        if dialog.existing is None:
            stack.push(CreateCommand(self.gateway, after, view, label, ids, self._undone, self._failed))
        else:
            before = self.gateway.input_of(dialog.existing)
            stack.push(
                EditCommand(self.gateway, view.id, before, after, label, ids, self._undone, self._failed)
            )
        self.changed.emit()

    def delete_review(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        question = f"Delete the review by {review.reviewer}?\n\nThe application's score is computed again."
        if not interaction.confirm(self, "Delete review", question, action="Delete"):
            return
        try:
            self.context.services.reviews.delete(review.id, expected_version=review.version)
        except DomainError as error:
            interaction.show_error(self, error, title="Could not delete the review")
            self.changed.emit()
            return
        self.context.undo_stack.push(
            DeleteCommand(
                self.gateway,
                review.id,
                self.gateway.input_of(review),
                None,
                f"by {review.reviewer}",
                self.context.ids,
                self._undone,
                self._failed,
            )
        )
        self.changed.emit()

    def _undone(self, _review_id: int | None) -> None:
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        interaction.show_error(self, error, title="Could not undo or redo")
        self.changed.emit()
