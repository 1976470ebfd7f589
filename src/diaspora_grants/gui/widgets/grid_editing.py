"""Typing into the results grid: totals that follow each key press, and undo of a saved grid."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator, QUndoCommand
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.enums import ResultStatus
from ...services.result_cells import CellInput
from ...services.results import ResultService

#: Digits with thousands separators and decimals; anything else cannot be typed into a cell.
_AMOUNT = QRegularExpression(r"[0-9][0-9,]*(\.[0-9]{0,2})?")


class LiveCellDelegate(QStyledItemDelegate):
    """Hands each typed character to the model, so row, column and grand totals move as one types."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            editor.setValidator(QRegularExpressionValidator(_AMOUNT, editor))
            cell = QPersistentModelIndex(index)
            # Straight to the model: the view's commitData would also be called by editors it has
            # already released (after a model reset), which Qt warns about.
            editor.textEdited.connect(lambda text: cell.isValid() and cell.model().setData(cell, text))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        # The model just took this very text from the editor: leave the cursor where the user is.
        if isinstance(editor, QLineEdit) and editor.text() == index.data(Qt.ItemDataRole.EditRole):
            return
        super().setEditorData(editor, index)


Scope = tuple[int, int, int]
#: What a scope held: its cells and the status they had.
Contents = tuple[Sequence[CellInput], ResultStatus]


class SaveGridCommand(QUndoCommand):
    """Undo puts the cells back as they were before the save; redo saves the new ones again.

    Like the record commands, the save itself ran before the push; a refused undo (the period was
    locked meanwhile) is reported and the command leaves the stack.
    """

    def __init__(
        self,
        results: ResultService,
        scope: Scope,
        label: str,
        before: Contents,
        after: Contents,
        changed: Callable[[Scope], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(f"save results of {label}")
        self._results = results
        self._scope = scope
        self._before, self._after = before, after
        self._changed, self._failed = changed, failed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._save(self._after)

    def undo(self) -> None:
        self._save(self._before)

    def _save(self, contents: Contents) -> None:
        cells, status = contents
        try:
            self._results.save_grid(*self._scope, cells, status=status)
        except Exception as error:  # must not escape into Qt's call of undo()/redo()
            self.setObsolete(True)
            self._failed(error)
            return
        self._changed(self._scope)
