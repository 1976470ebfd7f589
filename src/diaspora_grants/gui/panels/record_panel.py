"""A panel of one kind of child record under a page: a table with New, Edit and Delete (buttons,
double-click and context menu, each undoable), optional workflow steps, and a line that says why
a step is unavailable.

A subclass says what it holds: ``noun``, its rows (``load_rows``), the service-shaped adapter of
one owner's records (``gateway_for``), its dialog (``make_dialog``), a label and a delete question.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import DomainError
from .. import interaction
from ..colours import MUTED
from ..labels import QT_TRANSLATE_NOOP, noun_text
from ..models.table_model import RowTableModel
from ..pages.parts import record_table
from ..pages.records import RecordActions
from ..undo import Gateway
from ..workers import PageReads
from ..writes import save_off_thread

if TYPE_CHECKING:
    from ..pages.base import PageContext

#: The steps every panel shows a reason for fit in this many lines.
NOTE_LINES = 3


class RecordPanel(QWidget):
    #: Something was saved, deleted, undone or redone: the owner's figures may have changed.
    changed = Signal()

    noun = QT_TRANSLATE_NOOP("Noun", "record")
    input_type: type[Any] = object
    #: Whether the workflow's step buttons need a row of their own (more than two of them).
    own_step_row = False

    def __init__(
        self, context: PageContext, model: RowTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.owner: Any = None
        self.model = model
        model.setParent(self)
        self.records: RecordActions[Any, Any, Any] | None = None
        self.table = record_table(model, f"{self.noun}-table", self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.show_context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.update_actions())
        self.new_button = QPushButton(self.tr("New…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.note = QLabel(self)
        self.note.setObjectName(f"{self.noun}-note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED.name()};")
        records = QHBoxLayout()
        records.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.edit_button, self.delete_button):
            records.addWidget(button)
        records.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(records)
        self.step_buttons: list[QPushButton] = []
        self.buttons = records
        if self.own_step_row:
            # Many steps get a row of their own, so both rows fit a narrow detail pane.
            self.buttons = QHBoxLayout()
            self.buttons.setContentsMargins(0, 0, 0, 0)
            self.buttons.addStretch(1)
            layout.addLayout(self.buttons)
        layout.addWidget(self.note)
        #: The owner's records are read off the GUI thread (load_rows() must only ask services).
        self.reads = PageReads(self, lambda: [self.table])
        self.update_actions()

    # For subclasses -----------------------------------------------------------------------------

    def load_rows(self, owner: Any) -> list[Any]:
        """The owner's records. Called off the GUI thread: ask the services, touch no widget."""
        raise NotImplementedError

    def gateway_for(self, owner: Any) -> Any:
        """The service-shaped adapter of this owner's records (see panels.gateways)."""
        raise NotImplementedError

    def make_dialog(self, existing: Any, defaults: dict[str, Any]) -> Any:
        raise NotImplementedError

    def label(self, row: Any) -> str:
        return str(getattr(row, "name", getattr(row, "id", "")))

    def delete_question(self, row: Any) -> str:
        return self.tr("Delete {noun} {label}?\n\nYou can undo this (Ctrl+Z).").format(
            noun=noun_text(self.noun), label=self.label(row)
        )

    def new_defaults(self) -> dict[str, Any]:
        return {}

    def steps_of(self, row: Any) -> list[tuple[QPushButton, str | None]]:
        """The step buttons for the selected row, each with why it is unavailable (None: it is)."""
        return []

    def add_step_button(self, text: str, slot: Callable[[], None], *, primary: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        if primary:
            button.setDefault(False)
            button.setStyleSheet("font-weight: bold;")
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        self.step_buttons.append(button)
        return button

    # Owner and rows -----------------------------------------------------------------------------

    def show_owner(self, owner: Any) -> None:
        """Show the records of this owner (None: nothing selected)."""
        same = owner is not None and self.owner is not None and owner.id == self.owner.id
        self.owner = owner
        if not same:
            self.records = None if owner is None else self._record_actions(owner)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Read the owner's records off the GUI thread (the table waits, disabled), then select
        `select_id` or the record selected now."""
        keep = select_id if select_id is not None else self.selected_id()
        owner = self.owner
        if owner is None:
            self.reads.drop()
            self._show_rows([], keep)
            return
        self.reads.run(partial(self._read_rows, owner), lambda rows: self._show_rows(rows, keep))

    def _read_rows(self, owner: Any) -> list[Any]:
        try:
            return self.load_rows(owner)
        except DomainError:  # the owner was deleted meanwhile; the page's refresh drops it
            return []

    def _show_rows(self, rows: list[Any], keep: int | None) -> None:
        self.model.set_rows(rows)
        if keep is not None:
            self.select_id(keep)
        self.update_actions()

    def _record_actions(self, owner: Any) -> RecordActions[Any, Any, Any]:
        gateway: Gateway[Any, Any] = Gateway(self.gateway_for(owner), self.input_type, self.noun)
        return RecordActions(
            self,
            self.context,
            gateway,
            dialog=self.make_dialog,
            label=self.label,
            delete_question=self.delete_question,
            changed=self._changed,
            reload=self.reload,
        )

    def _changed(self, record_id: int | None) -> None:
        self.reload(record_id)
        self.changed.emit()

    # Selection and actions ----------------------------------------------------------------------

    @property
    def dialog(self) -> Any:
        return self.records.dialog if self.records is not None else None

    def selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_id(self) -> int | None:
        row = self.selected()
        return int(row.id) if row is not None else None

    def select_id(self, record_id: int | None) -> None:
        row = self.model.row_of_id(record_id) if record_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def new_record(self) -> None:
        if self.records is not None:
            self.records.new(self.new_defaults())

    def edit_selected(self) -> None:
        if self.records is not None:
            self.records.edit(self.selected())

    def delete_selected(self) -> None:
        if self.records is not None:
            self.records.delete(self.selected())

    def update_actions(self) -> None:
        has_owner, row = self.owner is not None, self.selected()
        self.new_button.setEnabled(has_owner)
        self.edit_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        for button in self.step_buttons:
            button.setEnabled(False)
            button.setToolTip("")
        # Why each unavailable step waits, one line per reason (steps that wait for the same reason share it).
        reasons: dict[str, list[str]] = {}
        for button, blocked in self.steps_of(row) if row is not None else []:
            button.setEnabled(blocked is None)
            button.setToolTip(blocked or "")
            if blocked:
                reasons.setdefault(blocked, []).append(button.text().rstrip("…"))
        lines = [f"{', '.join(names)}: {reason}" for reason, names in reasons.items()]
        self.note.setText("\n".join(lines[:NOTE_LINES]))
        self.note.setVisible(bool(lines))

    def editing_first(self) -> Any:
        """A screenshot state: the form of the first record (a new one when there is none)."""
        if self.model.rowCount():
            self.table.selectRow(0)
            self.edit_selected()
        else:
            self.new_record()
        return self.dialog

    def run_step(self, action: Callable[[], object], *, title: str) -> None:
        """Run a workflow step on the selected record, off the GUI thread (the panel waits
        disabled); a refusal is said and the rows read again."""
        record_id = self.selected_id()

        def refused(error: BaseException) -> None:
            interaction.show_error(self, error, title=title)
            self.reload()

        save_off_thread(
            self, action, done=lambda _result: self._changed(record_id), failed=refused, busy=[self]
        )

    def context_actions(self) -> list[QAction]:
        actions = []
        for button in self.step_buttons:
            action = QAction(button.text(), self)
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            actions.append(action)
        return actions

    def show_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("New…"), self.new_record).setEnabled(self.owner is not None)
        menu.addAction(self.tr("Edit…"), self.edit_selected).setEnabled(index.isValid())
        menu.addAction(self.tr("Delete…"), self.delete_selected).setEnabled(index.isValid())
        steps = self.context_actions() if index.isValid() else []
        if steps:
            menu.addSeparator()
            for action in steps:
                menu.addAction(action)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(position))
