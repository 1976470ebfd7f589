"""What every page offers the main window, and the list page most areas are built on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.access import Allowed
from ...services.registry import Services
from .. import interaction
from ..labels import QT_TRANSLATE_NOOP, noun_text
from ..models.roles import ID_ROLE
from ..models.table_model import RowTableModel
from ..settings import AppSettings
from ..undo import Gateway, RecordIds
from ..widgets.pickers import ChoiceCombo, CountryCombo
from ..widgets.vertical_scroll import VerticalScrollArea
from ..workers import PageReads, gather
from .parts import empty_state, fit_to_contents, record_table, write_csv
from .records import D, I, RecordActions, V

#: Typing pauses this long before a search runs, so each key press does not query the database.
SEARCH_DELAY_MS = 250

#: A filter's choices as read: (text, value) pairs.
Choices = list[tuple[str, Any]]

#: A choice filter of a list page: "All ..." first, value() None while it is chosen.
FilterCombo = ChoiceCombo | CountryCombo


def limit_to(permission: Allowed | None, action: QAction) -> None:
    """Show an action the person's role does not allow as disabled, saying why."""
    if permission is not None and not permission:
        action.setEnabled(False)
        action.setToolTip(permission.reason)
        action.setStatusTip(permission.reason)


@dataclass
class PageContext:
    services: Services
    undo_stack: QUndoStack
    settings: AppSettings
    ids: RecordIds = field(default_factory=RecordIds)
    #: Switch the window to another page by key (set by the main window); returns that page.
    open_page: Callable[[str], Page] | None = None

    def show_record(self, page_key: str, record_id: int) -> None:
        """Switch to another page and select one of its records there."""
        if self.open_page is not None:
            self.open_page(page_key).show_record(record_id)


class Page(QWidget):
    """A page of the main window. The window's actions call these; a page says what it supports."""

    #: The status bar text changed (row count, selection).
    status_changed = Signal()
    #: What write_permission() says changed (the person's roles were read again).
    permission_changed = Signal()
    title = "Page"
    #: Actions this page supports: "new", "edit", "delete", "search", "export".
    supports: frozenset[str] = frozenset()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @property
    def services(self) -> Services:
        return self.context.services

    def refresh(self) -> None:
        """Ask the services again (called when the page is shown and after undo/redo)."""

    def is_loading(self) -> bool:
        """Whether the page is still reading what it shows (off the GUI thread)."""
        return False

    def status_text(self) -> str:
        return ""

    def show_record(self, record_id: int) -> None:
        """Select one record (opened from another page); pages without records ignore it."""

    def write_permission(self) -> Allowed | None:
        """Whether the person's roles let them change this page's records, and why not (team
        mode); None when the page has nothing to change. The window disables New, Edit and
        Delete with the reason when it is a no."""
        return None

    # Unsaved work: the window asks Save / Discard / Cancel before anything would lose it -----------

    def has_unsaved(self) -> bool:
        """Whether the page holds typed work that is not saved yet."""
        return False

    def unsaved_text(self) -> str:
        """What is not saved, in a sentence ("The results of LB-VAX-01 · BHA-1 · 2022-H1 ...")."""
        return ""

    def save_unsaved(self) -> bool:
        """Save the unsaved work; False when it could not be saved (the page has said why)."""
        return True

    def discard_unsaved(self) -> None:
        """Throw the unsaved work away and show what is saved."""

    def allows_undo(self, command: QUndoCommand) -> bool:
        """Asked before Undo or Redo runs `command`: False leaves the history as it is."""
        return True

    def new_record(self) -> None: ...
    def edit_selected(self) -> None: ...
    def delete_selected(self) -> None: ...
    def focus_search(self) -> None: ...
    def export(self) -> None: ...
    def save_layout(self) -> None: ...
    def restore_layout(self) -> None: ...

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        """States worth a screenshot: (file suffix, prepare); prepare may return a dialog to grab too."""
        return [("", lambda: None)]


class ListPage(Page):
    """A table over a RowTableModel with a search box, page filters, a detail pane and an empty state.

    A page says what it is, not how the list is wired: ``noun``/``plural`` and ``empty_hint``, its
    choice filters in ``filter_combos()`` (each asks again when changed, counts as an active filter
    and is cleared by ``show_record()``), its rows in ``rows_reader()`` (filters go to the service;
    read off the GUI thread), its detail pane in ``build_detail()`` and ``show_detail()``
    (``detail_column()`` helps), and its records in ``self.records = self.record_actions(...)``
    (New, Edit and Delete with undo).
    """

    noun = QT_TRANSLATE_NOOP("Noun", "record")
    plural = QT_TRANSLATE_NOOP("Noun", "records")
    empty_hint = QT_TRANSLATE_NOOP("EmptyHint", "Nothing here yet.")
    supports = frozenset({"new", "edit", "delete", "search", "export"})
    #: The starting widths of the table and the detail pane.
    split = (880, 420)

    def __init__(
        self, context: PageContext, model: RowTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.model = model
        model.setParent(self)
        #: The rows are read off the GUI thread; the list and detail wait, disabled, meanwhile.
        self.reads = PageReads(self, lambda: [self.splitter])
        #: The record to select once the rows being read arrive (a 1-tuple: None selects nothing).
        self._select_after: tuple[int | None] | None = None
        #: What the person's roles allow here, as last read with the rows (None: not read yet).
        self._permission: Allowed | None = None
        self.records: RecordActions[Any, Any, Any] | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search {records} (Ctrl+F)").format(records=noun_text(self.plural))
        )
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)

        self.table = record_table(model, f"{self.plural}-table", self)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._after_reset)

        self.empty = empty_state("", self)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.detail = QWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.plural}-splitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(VerticalScrollArea(self.detail, self))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._columns_fitted = False
        self.build_detail()
        self.splitter.setSizes(list(self.split))

        self.combos = self.filter_combos()
        for combo in self.combos:
            combo.currentIndexChanged.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for widget in (*self.combos, *self.filter_widgets()):
            bar.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    # For subclasses -------------------------------------------------------------------------

    def filter_combos(self) -> list[FilterCombo]:
        """The page's choice filters, after the search box."""
        return []

    def filter_widgets(self) -> list[QWidget]:
        """Other filters after those, which the page wires itself."""
        return []

    def build_detail(self) -> None:
        """Fill ``self.detail`` (called once, while the page is built)."""

    def rows_reader(self) -> Callable[[], list[Any]]:
        """What reads the rows, called off the GUI thread: take the filters' values here (in the
        GUI thread) and return a call that only asks the services."""
        raise NotImplementedError

    def search_text(self) -> str | None:
        return self.search.text().strip() or None

    def filters_active(self) -> bool:
        return self.search_text() is not None or any(combo.value() is not None for combo in self.combos)

    def new_defaults(self) -> dict[str, Any]:
        """What a new record starts with (e.g. the programme the list is filtered to)."""
        return {}

    def show_detail(self, row: Any | None) -> None:
        """Fill the detail pane for the current row (None: nothing selected)."""

    def context_actions(self) -> list[QAction]:
        return []

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def first_row() -> None:
            if self.model.rowCount():
                self.table.selectRow(0)

        return [("", first_row)]

    def editing_first_row(self) -> QWidget | None:
        """A screenshot state: the edit dialog of the first row."""
        if not self.model.rowCount():
            return None
        self.table.selectRow(0)
        self.edit_selected()
        dialog: QWidget | None = self.dialog
        return dialog

    # Detail pane ----------------------------------------------------------------------------

    def detail_column(self) -> QVBoxLayout:
        """The detail pane's layout, starting with ``detail_title`` (the selected record's heading)."""
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.detail_title)
        return layout

    # Records --------------------------------------------------------------------------------

    @property
    def dialog(self) -> Any:
        """The record dialog opened last (None before the first)."""
        return self.records.dialog if self.records is not None else None

    def new_record(self) -> None:
        if self.records is not None:
            self.records.new(self.new_defaults())

    def edit_selected(self) -> None:
        if self.records is not None:
            self.records.edit(self.selected_row())

    def delete_selected(self) -> None:
        if self.records is not None:
            self.records.delete(self.selected_row())

    def record_actions(
        self,
        gateway: Gateway[I, V],
        *,
        dialog: Callable[[V | None, dict[str, Any]], D | None],
        label: Callable[[V], str],
        delete_question: Callable[[V], str],
    ) -> RecordActions[I, V, D]:
        """New, Edit and Delete of this page's records, showing each change in the list."""
        return RecordActions(
            self,
            self.context,
            gateway,
            dialog=dialog,
            label=label,
            delete_question=delete_question,
            changed=self.show_changed,
            reload=self.refresh,
        )

    def show_changed(self, record_id: int | None) -> None:
        """Ask again and select the record that changed (None: it is gone)."""
        self._select_after = (record_id,)
        self.refresh()

    def show_record(self, record_id: int) -> None:
        """Clear the search and filters that could hide the record, then select it."""
        for widget in (self.search, *self.combos):
            widget.blockSignals(True)
        self.search.clear()
        for combo in self.combos:
            combo.setCurrentIndex(0)
        for widget in (self.search, *self.combos):
            widget.blockSignals(False)
        self._select_after = (record_id,)
        self.refresh()

    # Page interface -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask again off the GUI thread: the list and detail are disabled until the rows arrive."""
        self._search_timer.stop()
        read_rows = self.rows_reader()  # the filters as they are now, read here in the GUI thread
        choices = [combo.read_choices for combo in self.combos if isinstance(combo, ChoiceCombo)]
        # The person's roles too: on a team's server, asking them takes round trips.
        permission = self.records.permission if self.records is not None else lambda: None
        self.reads.run(
            lambda: _read_page(choices, read_rows, permission),
            self._show_rows,
            failed=self._not_loaded,
        )

    def is_loading(self) -> bool:
        return self.reads.is_loading()

    def _show_rows(
        self, result: tuple[list[list[tuple[str, Any]] | None], list[Any], Allowed | None]
    ) -> None:
        choices, rows, permission = result
        if permission != self._permission:
            self._permission = permission
            self.permission_changed.emit()
        selected = self.selected_id() if self._select_after is None else self._select_after[0]
        self._select_after = None
        gone = self.show_filter_choices(choices)
        self.model.set_rows(rows)
        if not self._columns_fitted and rows:
            self.fit_columns()
        if selected is not None:
            self.select_id(selected)
        if gone:  # the chosen programme or call is no more: the rows of all of them
            self.refresh()

    def _not_loaded(self, error: BaseException) -> None:
        # A failed query must leave the page usable, with the rows it had.
        self._select_after = None
        interaction.show_error(
            self, error, title=self.tr("Could not load {records}").format(records=noun_text(self.plural))
        )

    def show_filter_choices(self, choices: list[Choices | None]) -> bool:
        """Programmes, calls... added or renamed elsewhere appear in the filters (on F5 too); the
        choice made stays when it still exists (else: all, and True). Fixed choices are left."""
        combos = [combo for combo in self.combos if isinstance(combo, ChoiceCombo)]
        gone = False
        for combo, fresh in zip(combos, choices, strict=True):
            if fresh is not None:
                gone = combo.show_choices(fresh) or gone
        return gone

    def fit_columns(self, widest: int = 320) -> None:
        """Size columns to what they hold (once: after that the user's widths are kept)."""
        self._columns_fitted = True
        fit_to_contents(self.table, widest)

    def status_text(self) -> str:
        count = self.model.rowCount()
        noun = noun_text(self.noun if count == 1 else self.plural)
        return self.tr("{count} {records}").format(count=QLocale().toString(count), records=noun)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export {records}").format(records=noun_text(self.plural)),
            f"{self.plural}.csv",
            "CSV (*.csv)",
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """The table as it is shown (the same columns, sort and filters)."""
        write_csv(self.model, path)

    def save_layout(self) -> None:
        self.context.settings.set_header_state(self.plural, self.table.horizontalHeader().saveState())
        self.context.settings.set_splitter_state(self.plural, self.splitter.saveState())

    def restore_layout(self) -> None:
        header = self.context.settings.header_state(self.plural)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self._columns_fitted = True
        splitter = self.context.settings.splitter_state(self.plural)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    # Selection ------------------------------------------------------------------------------

    def selected_row(self) -> Any | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, record_id: int | None) -> None:
        row = self.model.row_of_id(record_id) if record_id is not None else None
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail(self.model.row_at(current.row()) if current.isValid() else None)
        self.status_changed.emit()

    def _after_reset(self) -> None:
        has_rows = self.model.rowCount() > 0
        if not has_rows:
            self.empty.setText(
                self.tr("No {records} match the search and filters. Clear them to see all {records}.").format(
                    records=noun_text(self.plural)
                )
                if self.filters_active()
                else QCoreApplication.translate("EmptyHint", self.empty_hint)
            )
        self.list_stack.setCurrentWidget(self.table if has_rows else self.empty)
        self.show_detail(self.selected_row())
        self.status_changed.emit()

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        self.build_context_menu(index).popup(self.table.viewport().mapToGlobal(position))

    def write_permission(self) -> Allowed | None:
        """May the person connected change this page's records (team mode), and why not; None when
        the page has no records of its own. New, Edit and Delete show disabled with the reason.
        Read with the rows, off the GUI thread: None until the first read (started as the page is
        shown) brings it; the server checks every write against the person's roles anyway."""
        return self._permission

    def build_context_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        permission = self.write_permission()
        if "new" in self.supports:
            limit_to(permission, menu.addAction(self.tr("New…"), self.new_record))
        if "edit" in self.supports:
            menu.addAction(self.tr("Edit…"), self.edit_selected).setEnabled(index.isValid())
            limit_to(permission, menu.actions()[-1])
        if "delete" in self.supports:
            menu.addAction(self.tr("Delete…"), self.delete_selected).setEnabled(index.isValid())
            limit_to(permission, menu.actions()[-1])
        extra = self.context_actions()
        if extra:
            menu.addSeparator()
            for action in extra:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Export table…"), self.export)
        return menu


def _read_page(
    choices: list[Callable[[], Choices | None]],
    rows: Callable[[], list[Any]],
    permission: Callable[[], Allowed | None],
) -> tuple[list[Choices | None], list[Any], Allowed | None]:
    *read_choices, read_rows, allowed = gather(*choices, rows, permission)
    return read_choices, read_rows, allowed
