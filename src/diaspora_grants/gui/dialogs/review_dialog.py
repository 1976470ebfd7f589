"""A review of an application: who reviewed, a score per criterion of the call, a comment, and any
conflict of interest (a recused reviewer's review stays on record but counts for nothing)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ConflictError, ValidationError
from ...services.calls import CriterionView
from ...services.reviews import ReviewInput, ReviewService, ReviewView
from .. import interaction
from ..colours import ERROR
from ..widgets.fields import NotesField, TextField
from ..widgets.form import INVALID_STYLE, FieldForm
from ..writes import save_off_thread


class ScoreField(QDoubleSpinBox):
    """A score within 0..the criterion's maximum, in steps of a half, at most two decimals."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setDecimals(2)
        self.setSingleStep(0.5)
        self.setSuffix(self.tr("  of {maximum}").format(maximum=maximum))

    def score(self) -> Decimal:
        return Decimal(f"{self.value():.2f}")


class ReviewDialog(QDialog):
    """Emits ``saved(ReviewView)``; stays open while the service finds anything wrong."""

    saved = Signal(object)

    def __init__(
        self,
        service: ReviewService,
        application_id: int,
        application_label: str,
        criteria: Sequence[CriterionView],
        existing: ReviewView | None = None,
        *,
        reviewer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.application_id = application_id
        self.existing = existing
        self.criteria = list(criteria)
        self.setWindowTitle(
            self.tr("Review by {reviewer}").format(reviewer=existing.reviewer)
            if existing
            else self.tr("New review")
        )
        self.setStyleSheet(INVALID_STYLE)
        heading = QLabel(f"<b>{application_label}</b>")
        heading.setWordWrap(True)
        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_form(form_layout)
        self.weighted = QLabel()
        self.weighted.setObjectName("weighted-preview")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR.name()};")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.problem)
        layout.addLayout(form_layout)
        layout.addWidget(self.weighted)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for field in self.scores.values():
            field.valueChanged.connect(self._preview)
        self._load(existing, reviewer)
        self.resize(580, 260 + 36 * len(self.criteria))

    def _build_form(self, form_layout: QFormLayout) -> None:
        self.form = FieldForm(form_layout)
        self.reviewer = TextField(self.tr("name of the reviewer"))
        self.form.add(self.tr("Reviewer"), self.reviewer, "reviewer", required=True)
        self.scores: dict[int, ScoreField] = {}
        for criterion in self.criteria:
            field = ScoreField(criterion.max_score)
            field.setToolTip(criterion.description or "")
            weight = f"{criterion.weight.normalize():f}"
            caption = self.tr("{criterion} (weight {weight})").format(criterion=criterion.name, weight=weight)
            self.form.add(caption, field, f"score for {criterion.name}")
            self.scores[criterion.id] = field
        if not self.criteria:
            self.form.add(
                self.tr("Scores"),
                QLabel(self.tr("The call has no criteria yet: add them on the Calls page.")),
                "scores",
            )
        self.comment = NotesField(height=80)
        self.form.add(self.tr("Comment"), self.comment, "comment")
        self.conflict = QCheckBox(self.tr("The reviewer has a conflict of interest and is recused"))
        self.form.add(self.tr("Conflict of interest"), self.conflict, "conflict of interest")
        self.conflict_note = NotesField(height=50)
        self.form.add(self.tr("Conflict note"), self.conflict_note, "conflict note")
        self.conflict.toggled.connect(self._conflict_toggled)

    def _load(self, existing: ReviewView | None, reviewer: str) -> None:
        if existing is None:
            self.reviewer.set_value(reviewer)
        else:
            self.reviewer.set_value(existing.reviewer)
            for criterion_id, field in self.scores.items():
                field.setValue(float(existing.scores.get(criterion_id, Decimal(0))))
            self.comment.set_value(existing.comment)
            self.conflict.setChecked(existing.conflict_of_interest)
            self.conflict_note.set_value(existing.conflict_note)
        self._conflict_toggled(self.conflict.isChecked())
        self._preview()

    def _conflict_toggled(self, checked: bool) -> None:
        self.conflict_note.setEnabled(checked)
        for field in self.scores.values():
            field.setEnabled(not checked)
        self._preview()

    def weighted_score(self) -> Decimal | None:
        """The score this review gives (0-100), as the service computes it; None when recused."""
        total = sum((c.weight for c in self.criteria), Decimal(0))
        if self.conflict.isChecked() or not total:
            return None
        earned = sum(
            (c.weight * self.scores[c.id].score() / c.max_score for c in self.criteria if c.max_score),
            Decimal(0),
        )
        return earned / total * 100

    def _preview(self) -> None:
        score = self.weighted_score()
        self.weighted.setText(
            self.tr("Recused: this review is kept on record but does not count.")
            if self.conflict.isChecked()
            else self.tr("Weighted score of this review: <b>{score}</b> of 100").format(
                score=QLocale().toString(float(score), "f", 2)
            )
            if score is not None
            else ""
        )

    def value(self) -> ReviewInput:
        return ReviewInput(
            application_id=self.application_id,
            reviewer=self.reviewer.text().strip(),
            scores={cid: field.score() for cid, field in self.scores.items()},
            comment=self.comment.value(),
            conflict_of_interest=self.conflict.isChecked(),
            conflict_note=self.conflict_note.value() if self.conflict.isChecked() else None,
        )

    def save(self) -> None:
        data, service, existing = self.value(), self._service, self.existing
        save_off_thread(
            self,
            (lambda: service.create(data))
            if existing is None
            else (lambda: service.update(existing.id, data, expected_version=existing.version)),
            done=self._saved,
            failed=self._not_saved,
            busy=[self],
        )

    def _saved(self, view: ReviewView) -> None:
        self.form.clear()
        self.saved.emit(view)
        self.accept()

    def _not_saved(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.form.show_problems_with(error.problems, self.problem)
        elif isinstance(error, ConflictError):
            interaction.show_error(self, error, title=self.tr("Changed by someone else"))
        else:
            interaction.show_error(self, error, title=self.tr("Could not save the review"))
