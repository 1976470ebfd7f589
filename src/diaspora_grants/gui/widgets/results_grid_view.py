"""The results grid, used as people use a spreadsheet.

Enter moves down the column (Shift+Enter up), Tab moves to the next cell that can be typed into
(the Total row and column are skipped: they are worked out), a block copied from Excel or
LibreOffice pastes across the cells, Ctrl+C copies, Delete clears. A paste is checked whole before
anything changes: one figure that can never be right, or a block that does not fit, and nothing
is pasted, with the cells named by their labels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

from ...domain.errors import CellKey
from ..models.grid_input import block_text, clipboard_block
from ..models.result_grid import DisaggregationGridModel

Index = QModelIndex | QPersistentModelIndex
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: How many refused cells a message names before it says how many more there are.
NAMED_IN_A_MESSAGE = 4


class ResultsGridView(QTableView):
    #: Something typed, pasted or cleared was refused: why, naming the cells by their labels.
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Asked before cells of these locations change (submitted results ask first); False: leave them.
        self.may_edit: Callable[[set[int | None]], bool] = lambda _locations: True

    @property
    def grid(self) -> DisaggregationGridModel:
        model = self.model()
        assert isinstance(model, DisaggregationGridModel)
        return model

    # Moving -------------------------------------------------------------------------------------

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious):
            forward = action == QAbstractItemView.CursorAction.MoveNext
            step = self.next_editable(self.currentIndex(), forward=forward, down=False)
            if step.isValid():
                return step
        return super().moveCursor(action, modifiers)

    def next_editable(self, current: Index, *, forward: bool, down: bool) -> QModelIndex:
        """The next cell that can be typed into, along the rows (Tab) or down the columns (Enter),
        wrapping at the end; invalid when there is none."""
        model = self.grid
        cells = [
            model.index(row, column)
            for row in range(model.rowCount())
            for column in range(model.columnCount())
            if model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
        ]
        if not cells:
            return QModelIndex()

        def order(index: Index) -> tuple[int, int]:
            return (index.column(), index.row()) if down else (index.row(), index.column())

        cells.sort(key=order)
        here = order(current) if current.isValid() else (-1, -1)
        if forward:
            return next((c for c in cells if order(c) > here), cells[0])
        return next((c for c in reversed(cells) if order(c) < here), cells[-1])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in _ENTER and not editing:
            self._move_down(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            self.clear_selected()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter in a cell: go down
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down(True)
            return
        super().closeEditor(editor, hint)

    def commitData(self, editor: QWidget) -> None:
        # An editor released by a reload (a save right after Enter) is hidden; its figure already
        # reached the model key by key, so there is nothing to commit (Qt would warn).
        if not editor.isHidden():
            super().commitData(editor)

    def _move_down(self, forward: bool) -> None:
        target = self.next_editable(self.currentIndex(), forward=forward, down=True)
        if target.isValid():
            self.setCurrentIndex(target)

    # Editing ------------------------------------------------------------------------------------

    def edit(  # type: ignore[override]
        self,
        index: Index,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
    ) -> bool:
        if trigger is None:  # the public edit(index): Qt calls back with a trigger
            super().edit(index)
            return True
        starts = trigger == QAbstractItemView.EditTrigger.AllEditTriggers or bool(
            trigger & self.editTriggers()
        )
        if starts and index.isValid() and self.state() != QAbstractItemView.State.EditingState:
            reason = self.grid.read_only_reason(index)
            if reason is not None:
                self.refused.emit(reason)
                return False
            key = self.grid.key_at(index)
            if key is not None and not self.may_edit({key[0]}):
                return False
        return bool(super().edit(index, trigger, event))  # type: ignore[arg-type]

    def paste(self) -> bool:
        """Paste the clipboard's block (or one figure into every selected cell); True if pasted."""
        block = clipboard_block(QGuiApplication.clipboard().text())
        if not block or not self.currentIndex().isValid():
            return False
        targets = self._paste_targets(block)
        if isinstance(targets, str):
            self.refused.emit(targets)
            return False
        return self._write(targets, QCoreApplication.translate("Grid", "Nothing was pasted"))

    def clear_selected(self) -> bool:
        cells = [i for i in self.selectedIndexes() if self.grid.flags(i) & Qt.ItemFlag.ItemIsEditable]
        changes = {key: "" for i in cells if (key := self.grid.key_at(i)) is not None}
        return bool(changes) and self._write(
            changes, QCoreApplication.translate("Grid", "Nothing was cleared")
        )

    def copy(self) -> None:
        chosen = self.selectedIndexes() or [self.currentIndex()]
        rows = sorted({i.row() for i in chosen})
        columns = sorted({i.column() for i in chosen})
        picked = {(i.row(), i.column()) for i in chosen}
        text = block_text(
            [
                [
                    str(self.grid.data(self.grid.index(r, c), Qt.ItemDataRole.EditRole) or "")
                    if (r, c) in picked
                    else ""
                    for c in columns
                ]
                for r in rows
            ]
        )
        QGuiApplication.clipboard().setText(text)

    def _paste_targets(self, block: list[list[str]]) -> dict[CellKey, str] | str:
        """Where each pasted figure goes, or why the block cannot be pasted here."""
        model = self.grid
        selected = [i for i in self.selectedIndexes() if model.flags(i) & Qt.ItemFlag.ItemIsEditable]
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            return {key: block[0][0] for i in selected if (key := model.key_at(i)) is not None}
        chosen = self.selectedIndexes() or [self.currentIndex()]
        top, left = min(i.row() for i in chosen), min(i.column() for i in chosen)
        targets: dict[CellKey, str] = {}
        for r, row in enumerate(block):
            for c, text in enumerate(row):
                index = model.index(top + r, left + c)
                key = model.key_at(index) if index.isValid() else None
                if key is None or not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    return self._no_room(block, model.index(top, left))
                targets[key] = text
        return targets

    def _no_room(self, block: list[list[str]], start: QModelIndex) -> str:
        model = self.grid
        rows, columns = self._room(start, down=True), self._room(start, down=False)
        key = model.key_at(start)
        place = model.describe(key) if key is not None else QCoreApplication.translate("Grid", "this cell")
        return QCoreApplication.translate(
            "Grid",
            "Nothing was pasted: the block is {rows} rows by {columns} columns, but from {place} there "
            "is room for {free_rows} by {free_columns} cells that can be typed into (totals are worked "
            "out, and approved or locked results are read-only).",
        ).format(
            rows=len(block),
            columns=max(len(r) for r in block),
            place=place,
            free_rows=rows,
            free_columns=columns,
        )

    def _room(self, start: QModelIndex, *, down: bool) -> int:
        """How many cells from `start` (down, or to the right) can be typed into, one after the other."""
        model = self.grid
        count = 0
        index = start
        while index.isValid() and model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            count += 1
            index = model.index(index.row() + (1 if down else 0), index.column() + (0 if down else 1))
        return count

    def _write(self, changes: dict[CellKey, str], refusal: str) -> bool:
        problems = [p for key, text in changes.items() if (p := self.grid.problem_with(key, text))]
        if problems:
            named = "; ".join(problems[:NAMED_IN_A_MESSAGE])
            more = len(problems) - NAMED_IN_A_MESSAGE
            tail = (
                QCoreApplication.translate("Grid", "; and {count} more").format(count=more)
                if more > 0
                else ""
            )
            self.refused.emit(f"{refusal}: {named}{tail}.")
            return False
        if not self.may_edit({key[0] for key in changes}):
            return False
        self.grid.write(changes)
        return True
