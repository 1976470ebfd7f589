"""A budget line (code, category, original and revised amounts) and the history of its revisions.

Changing the revised amount is a revision: the form asks for its reason, which the service keeps
with the amount it replaced; the history dialog lists every revision of the line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...services.finance import BudgetLineInput, BudgetLineView, BudgetRevisionView
from ...services.projects import ProjectView
from ...services.registry import Services
from ..models.finance_records import BudgetRevisionTableModel
from ..pages.parts import fit_columns_around, record_table
from ..widgets.fields import MoneyField, NotesField, RequiredTextField
from .record_dialog import FieldSpec, RecordDialog


def budget_line_dialog(
    services: Services, project: ProjectView, existing: BudgetLineView | None, parent: QWidget | None = None
) -> RecordDialog:
    finance = services.finance
    reason = NotesField(height=56)
    reason.setPlaceholderText(
        QCoreApplication.translate(
            "BudgetLineDialog", "needed when the revised amount changes: why is the budget revised?"
        )
    )
    return RecordDialog(
        BudgetLineInput,
        _budget_line_fields(project, reason),
        noun=QCoreApplication.translate("BudgetLineDialog", "budget line"),
        create=lambda data, *, reason: finance.create_budget_line(project.id, data, reason=reason),
        update=lambda line_id, data, *, expected_version, reason: finance.update_budget_line(
            line_id, data, expected_version=expected_version, reason=reason
        ),
        extra=lambda: {"reason": reason.value()},
        get=finance.get_budget_line,
        existing=existing,
        label_of=lambda line: line.code,
        parent=parent,
    )


def _budget_line_fields(project: ProjectView, reason: NotesField) -> list[FieldSpec]:
    return [
        FieldSpec(
            "code",
            QCoreApplication.translate("BudgetLineDialog", "Code"),
            RequiredTextField(QCoreApplication.translate("BudgetLineDialog", "e.g. ACT")),
            required=True,
        ),
        FieldSpec(
            "category",
            QCoreApplication.translate("BudgetLineDialog", "Category"),
            RequiredTextField(QCoreApplication.translate("BudgetLineDialog", "e.g. Activities")),
            required=True,
        ),
        FieldSpec(
            "original_amount",
            QCoreApplication.translate("BudgetLineDialog", "Original amount ({currency})").format(
                currency=project.currency
            ),
            MoneyField(),
            required=True,
            aliases=("original amount",),
        ),
        FieldSpec(
            "revised_amount",
            QCoreApplication.translate("BudgetLineDialog", "Revised amount ({currency})").format(
                currency=project.currency
            ),
            MoneyField(),
            aliases=("revised amount",),
        ),
        FieldSpec(
            "revision_reason",
            QCoreApplication.translate("BudgetLineDialog", "Reason for the revision"),
            reason,
            aliases=("reason",),
        ),
        FieldSpec(
            "description",
            QCoreApplication.translate("BudgetLineDialog", "Description"),
            NotesField(height=56),
        ),
    ]


class RevisionHistoryDialog(QDialog):
    """Every revision of a budget line: from what, to what, when, by whom and why."""

    def __init__(
        self,
        line: BudgetLineView,
        revisions: list[BudgetRevisionView],
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revisions of budget line {code}").format(code=line.code))
        self.model = BudgetRevisionTableModel(self)
        self.model.set_rows(revisions)
        self.table = record_table(self.model, "revisions-table", self)
        fit_columns_around(self.table, BudgetRevisionTableModel.COL_REASON)
        heading = QLabel(
            self.tr("{code} — {category}: original {original} {currency}").format(
                code=line.code,
                category=line.category,
                original=f"{line.original_amount:,.2f}",
                currency=currency,
            )
            if revisions
            else self.tr("{code} has not been revised: the original amount is in force.").format(
                code=line.code
            )
        )
        heading.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 320)
