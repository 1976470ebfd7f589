"""A call's evaluation criteria, edited as a grid and saved as a whole.

The weights must total 100 (the total is shown as it is typed and the service refuses another).
Once reviewers have scored against the criteria the grid is frozen: "Change criteria…" asks for the
reason first, and the save carries it into the audit trail. Saving is not undone with Undo, which
the confirmation says.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ReasonRequiredError, ValidationError
from ...services.calls import CallView
from ...services.registry import Services
from .. import interaction
from ..colours import ERROR, OK, WARNING
from ..dialogs.decision_dialog import ReasonDialog
from ..models.criteria import CriteriaEditModel
from ..writes import save_off_thread


class CriteriaPanel(QWidget):
    #: The criteria were saved (the call's id).
    saved = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.call: CallView | None = None
        #: The reason given to change frozen criteria (None: not frozen, or not unlocked yet).
        self.reason: str | None = None
        self.reason_dialog: ReasonDialog | None = None
        self.model = CriteriaEditModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("criteria-table")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.setColumnWidth(0, 260)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._edited)
        self._build()
        self.show_call(None)

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Evaluation criteria (weights total 100)"))
        self.heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        self.frozen_note = QLabel(self)
        self.frozen_note.setWordWrap(True)
        self.frozen_note.setStyleSheet(f"color: {WARNING.name()};")
        self.add_button = QPushButton(self.tr("Add criterion"))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.model.remove(self.view.currentIndex().row()))
        self.change_button = QPushButton(self.tr("Change criteria…"))
        self.change_button.clicked.connect(self.ask_reason)
        self.weight_total = QLabel()
        self.save_button = QPushButton(self.tr("Save criteria…"))
        self.save_button.clicked.connect(self.save)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR.name()};")
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.change_button, self.weight_total):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.frozen_note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)

    # Showing a call -------------------------------------------------------------------------

    def show_call(self, call: CallView | None) -> None:
        same_call = call is not None and self.call is not None and call.id == self.call.id
        self.call = call
        if not same_call:
            self.reason = None
        self.model.load(list(call.criteria) if call is not None else [])
        self.problem.clear()
        self._show_state()

    def _show_state(self) -> None:
        """Frozen or not, and why; what can be pressed."""
        call = self.call
        self.model.editable = call is not None and (call.scores_held == 0 or self.reason is not None)
        frozen = call is not None and call.scores_held > 0
        self.frozen_note.setVisible(frozen)
        self.change_button.setVisible(frozen and self.reason is None)
        if frozen and call is not None:
            self.frozen_note.setText(
                self.tr(
                    "Frozen: reviewers have given {n} score(s) against these criteria. A change rewrites "
                    "their weighted scores and the ranking, so it needs a reason."
                ).format(n=call.scores_held)
                if self.reason is None
                else self.tr("Changing the criteria because: {reason}").format(reason=self.reason)
            )
        self._edited()

    def _edited(self, *_args: object) -> None:
        total = self.model.total_weight()
        good = total == 100
        self.weight_total.setText(self.tr("total weight {total}").format(total=f"{total.normalize():f}"))
        self.weight_total.setStyleSheet(f"color: {(OK if good else ERROR).name()};")
        editable = self.model.editable
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.model.rowCount() > 0)
        self.save_button.setEnabled(editable and self.model.dirty)

    # Editing --------------------------------------------------------------------------------

    def add_criterion(self) -> None:
        """A new row, its name being edited; Tab then goes to the weight of the same row."""
        row = self.model.add()
        index = self.model.index(row, CriteriaEditModel.COL_NAME)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.edit(index)

    def ask_reason(self) -> None:
        call = self.call
        if call is None:
            return
        dialog = ReasonDialog(
            self.tr("Change the criteria of {reference}").format(reference=call.reference),
            self.tr(
                "Reviewers have already scored against these criteria. Say why they change: the reason "
                "is kept in the audit trail with every change the save makes."
            ),
            required=True,
            parent=self,
        )
        self.reason_dialog = dialog

        def unlocked() -> None:
            reason = dialog.reason.value()
            if reason is None:
                row = dialog.form.row("reason")
                if row is not None:
                    row.mark(self.tr("Say why the criteria change"))
                return
            dialog.accept()
            self.reason = reason
            self._show_state()

        dialog.buttons.accepted.connect(unlocked)
        dialog.open()

    def save(self) -> None:
        call = self.call
        if call is None:
            return
        question = self.tr(
            "Save the criteria of {reference} (weights total {total})?\n\nSaving criteria is not undone "
            "with Undo (Ctrl+Z): to correct a mistake, change them again."
        ).format(reference=call.reference, total=f"{self.model.total_weight().normalize():f}")
        if not interaction.confirm(self, self.tr("Save criteria"), question, action=self.tr("Save")):
            return
        calls, criteria, reason = self.services.calls, self.model.criteria(), self.reason
        save_off_thread(
            self,
            lambda: calls.set_criteria(call.id, criteria, expected_version=call.version, reason=reason),
            done=self._saved,
            failed=self._not_saved,
            busy=[self],
        )

    def _saved(self, saved: CallView) -> None:
        self.reason = None
        self.saved.emit(saved.id)

    def _not_saved(self, error: BaseException) -> None:
        if isinstance(error, ReasonRequiredError):
            self.reason = None
            self.ask_reason()
        elif isinstance(error, ValidationError):
            self.problem.setText("\n".join(str(p) for p in error.problems))
        else:
            interaction.show_error(self, error, title=self.tr("Could not save the criteria"))
