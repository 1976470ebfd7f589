"""The reviews of one application: who scored it, the weighted score, and who was recused."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication

from ...services.reviews import ReviewView
from ..colours import MUTED
from ..labels import QT_TRANSLATE_NOOP
from .table_model import Column, RowTableModel


def _score_text(review: ReviewView) -> str:
    if review.conflict_of_interest:
        return "recused"
    return "" if review.weighted_score is None else f"{review.weighted_score:.2f}"


class ReviewTableModel(RowTableModel[ReviewView]):
    COL_REVIEWER, COL_SCORE, COL_COMMENT, COL_CHANGED = range(4)
    COLUMNS: ClassVar = (
        Column[ReviewView](QT_TRANSLATE_NOOP("Columns", "Reviewer"), lambda r: r.reviewer),
        Column[ReviewView](
            QT_TRANSLATE_NOOP("Columns", "Weighted score"),
            lambda r: r.weighted_score,
            text=_score_text,
            colour=lambda r: MUTED if r.conflict_of_interest else None,
            tooltip=lambda r: (
                QCoreApplication.translate(
                    "Columns", "Conflict of interest: {note}. The review does not count."
                ).format(note=r.conflict_note or QCoreApplication.translate("Columns", "no note"))
                if r.conflict_of_interest
                else QCoreApplication.translate(
                    "Columns", "0-100: the criteria scores weighted by the call's weights"
                )
            ),
            align_right=True,
        ),
        Column[ReviewView](
            QT_TRANSLATE_NOOP("Columns", "Comment"), lambda r: r.comment, tooltip=lambda r: r.comment
        ),
        Column[ReviewView](QT_TRANSLATE_NOOP("Columns", "Changed"), lambda r: r.updated_at),
    )
