"""Ask for what a workflow step needs: a written reason, or the project code of an award."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..colours import ERROR
from ..widgets.fields import NotesField, TextField
from ..widgets.form import INVALID_STYLE, FieldForm


class ReasonDialog(QDialog):
    """A reason for a decision; the service says whether one is required and marks it if missing."""

    def __init__(self, title: str, question: str, *, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        text = QLabel(question)
        text.setWordWrap(True)
        self.reason = NotesField(height=90)
        layout_form = QFormLayout()
        self.form = FieldForm(layout_form)
        self.form.add("Reason", self.reason, "reason", required=required)
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
        layout.addWidget(self.buttons)
        self.resize(460, 240)


class AwardDialog(QDialog):
    """The project code (and optionally country) for the grant agreement an award creates."""

    def __init__(self, organisation: str, suggested_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Award")
        self.setStyleSheet(INVALID_STYLE)
        text = QLabel(
            f"Award a grant to {organisation}. This creates the project (in the pipeline) from the "
            "application's title, partner, amount and currency, and opens it."
        )
        text.setWordWrap(True)
        layout_form = QFormLayout()
        self.form = FieldForm(layout_form)
        self.code = TextField("e.g. LB-SAMS-01")
        self.code.set_value(suggested_code)
        self.form.add("Project code", self.code, "project code", required=True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Award")
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR.name()};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(layout_form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 200)
