"""Ask for what a workflow step needs: a written reason, or the project code of an award, and a
written due diligence override when the partner's due diligence is not cleared.

Both say before they run that the step is not undone with Undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..colours import ERROR, WARNING
from ..widgets.fields import NotesField, TextField
from ..widgets.form import INVALID_STYLE, FieldForm

#: The form row a due diligence override is written in (the services' field name for it).
OVERRIDE_FIELD = "due diligence override"


def add_override(
    dialog: QDialog, form: FieldForm, layout: QVBoxLayout, organisation: str, problem: str
) -> NotesField:
    """A warning that due diligence is not cleared and the field for the written override."""
    warning = QLabel(
        QCoreApplication.translate(
            "DecisionDialog",
            "The due diligence of {organisation} is {problem}. Going ahead needs an override: write who "
            "decided and why (it is kept on the application, on the project and in the audit trail).",
        ).format(organisation=organisation, problem=problem)
    )
    warning.setObjectName("due-diligence-warning")
    warning.setWordWrap(True)
    warning.setStyleSheet(f"color: {WARNING.name()}; font-weight: bold;")
    layout.insertWidget(1, warning)
    override = NotesField(height=70)
    form.add(
        QCoreApplication.translate("DecisionDialog", "Due diligence override"),
        override,
        OVERRIDE_FIELD,
        required=True,
    )
    return override


class ReasonDialog(QDialog):
    """A reason for a decision; the service says whether one is required and marks it if missing.
    With ``due_diligence`` (what is not cleared) the dialog also asks for the override."""

    def __init__(
        self,
        title: str,
        question: str,
        *,
        required: bool,
        parent: QWidget | None = None,
        due_diligence: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        text = QLabel(question)
        text.setWordWrap(True)
        self.reason = NotesField(height=90)
        layout_form = QFormLayout()
        self.form = FieldForm(layout_form)
        self.form.add(self.tr("Reason"), self.reason, "reason", required=required)
        self.extra = TextField()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR.name()};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(layout_form)
        layout.addWidget(self.problem)
        layout.addStretch(1)  # spare height below the form, not inside its rows
        layout.addWidget(self.buttons)
        self.override: NotesField | None = None
        if due_diligence is not None:
            self.override = add_override(self, self.form, layout, *due_diligence)
        self.resize(480, 260 if due_diligence is None else 400)


class AwardDialog(QDialog):
    """The project code (and optionally country) for the grant agreement an award creates."""

    def __init__(
        self,
        organisation: str,
        suggested_code: str,
        parent: QWidget | None = None,
        *,
        due_diligence: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Award"))
        self.setStyleSheet(INVALID_STYLE)
        text = QLabel(
            self.tr(
                "Award a grant to {organisation}. This creates the project (in the pipeline) from the "
                "application's title, partner, amount and currency, and opens it. An award is not undone "
                "with Undo (Ctrl+Z)."
            ).format(organisation=organisation)
        )
        text.setWordWrap(True)
        layout_form = QFormLayout()
        self.form = FieldForm(layout_form)
        self.code = TextField(self.tr("e.g. LB-SAMS-01"))
        self.code.set_value(suggested_code)
        self.form.add(self.tr("Project code"), self.code, "project code", required=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Award"))
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR.name()};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(layout_form)
        layout.addWidget(self.problem)
        layout.addStretch(1)  # spare height below the form, not inside its rows
        layout.addWidget(self.buttons)
        self.override: NotesField | None = None
        if due_diligence is not None:
            self.override = add_override(self, self.form, layout, organisation, due_diligence)
        self.resize(480, 220 if due_diligence is None else 380)
