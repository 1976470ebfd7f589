"""Typing into the results grid: totals that follow each key press, figures checked as they are
typed, and undo of a saved grid."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.errors import CellKey
from ...services.result_cells import GridCell, GridView
from ...services.results import ResultService
from ..models.result_grid import DisaggregationGridModel
from ..undo import RecordIds
from ..undo_history import RefusableCommand, UndoRefusedError

Index = QModelIndex | QPersistentModelIndex


class CellValidator(QValidator):
    """Refuses a key press that makes the cell's text a figure that can never be right ("-",
    "2.5" people, letters), by the core's rule; the grid says which cell and why."""

    def __init__(self, model: DisaggregationGridModel, key: CellKey, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._key = key

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        problem = self._model.problem_with(self._key, text)
        if problem:
            self._model.refused.emit(problem)
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class LiveCellDelegate(QStyledItemDelegate):
    """Hands each typed character to the model, so row, column and grand totals move as one types."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        model = index.model()
        if isinstance(editor, QLineEdit) and isinstance(model, DisaggregationGridModel):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            key = model.key_at(index)
            if key is not None:
                editor.setValidator(CellValidator(model, key, editor))
            cell = QPersistentModelIndex(index)
            # Straight to the model: the view's commitData would also be called by editors it has
            # already released (after a model reset), which Qt warns about. textChanged, not
            # textEdited: the editor's own Ctrl+Z changes the text too.
            editor.textChanged.connect(lambda text: cell.isValid() and cell.model().setData(cell, text))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        # The model just took this very text from the editor: leave the cursor where the user is.
        if isinstance(editor, QLineEdit) and editor.text() == index.data(Qt.ItemDataRole.EditRole):
            return
        super().setEditorData(editor, index)


Scope = tuple[int, int, int]


class SaveGridCommand(RefusableCommand):
    """Undo puts the cells back as they were before the save (values, statuses, who submitted);
    redo puts the saved ones back. Each names the revision the previous step left, so a colleague's
    change since is never written over: the step is refused and the history stays as it was."""

    def __init__(
        self,
        results: ResultService,
        ids: RecordIds,
        label: str,
        before: GridView,
        after: GridView,
        changed: Callable[[Scope], None],
        failed: Callable[[UndoRefusedError], None],
    ) -> None:
        super().__init__(f"save results of {label}")
        self._results = results
        self._ids = ids
        self.scope: Scope = (after.project_id, after.indicator_id, after.period_id)
        self._before: Sequence[GridCell] = before.cells
        self._after: Sequence[GridCell] = after.cells
        ids.left_revision(self.scope, after.revision)
        self._changed, self._failed = changed, failed

    def do(self) -> None:
        self._put(self._after)

    def undo_step(self) -> None:
        self._put(self._before)

    def _put(self, cells: Sequence[GridCell]) -> None:
        # The revision the app's last step left, whichever command took it: anything else is a
        # change made since by someone (or something Undo does not take back).
        expected = self._ids.revision(self.scope, "")
        view = self._results.restore_grid(*self.scope, cells, expected_revision=expected)
        self._ids.left_revision(self.scope, view.revision)

    def stepped(self) -> None:
        self._changed(self.scope)

    def report(self, error: UndoRefusedError) -> None:
        self._failed(error)
