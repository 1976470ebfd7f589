"""What every page offers the main window, and the list page most areas are built on."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.registry import Services
from .. import interaction
from ..models.roles import ID_ROLE
from ..models.table_model import RowTableModel
from ..settings import AppSettings
from ..undo import RecordIds

#: Typing pauses this long before a search runs, so each key press does not query the database.
SEARCH_DELAY_MS = 250


@dataclass
class PageContext:
    services: Services
    undo_stack: QUndoStack
    settings: AppSettings
    ids: RecordIds = field(default_factory=RecordIds)
    #: Switch the window to another page by key (set by the main window); returns that page.
    open_page: Callable[[str], Page] | None = None


class Page(QWidget):
    """A page of the main window. The window's actions call these; a page says what it supports."""

    #: The status bar text changed (row count, selection).
    status_changed = Signal()
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

    def status_text(self) -> str:
        return ""

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

    Subclasses set ``noun``/``plural``, build their filter widgets in ``filter_widgets()``, load
    rows in ``load_rows()`` (filters go to the service) and fill the detail pane in ``show_detail()``.
    """

    noun = "record"
    plural = "records"
    empty_hint = "Nothing here yet."
    supports = frozenset({"new", "edit", "delete", "search", "export"})

    def __init__(
        self, context: PageContext, model: RowTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.model = model
        model.setParent(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(f"Search {self.plural} (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)

        self.table = QTableView(self)
        self.table.setObjectName(f"{self.plural}-table")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._after_reset)

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("empty-state")
        self.empty.setStyleSheet("color: #555; font-size: 14px; padding: 40px;")
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty)

        self.detail = QWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.plural}-splitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([880, 420])
        self._columns_fitted = False

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for widget in self.filter_widgets():
            bar.addWidget(widget, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    # For subclasses -------------------------------------------------------------------------

    def filter_widgets(self) -> list[QWidget]:
        return []

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def filters_active(self) -> bool:
        return bool(self.search.text().strip())

    def show_detail(self, row: Any | None) -> None:
        """Fill the detail pane for the current row (None: nothing selected)."""

    def context_actions(self) -> list[QAction]:
        return []

    def screenshot_states(self) -> list[tuple[str, Callable[[], QWidget | None]]]:
        def first_row() -> None:
            if self.model.rowCount():
                self.table.selectRow(0)

        return [("", first_row)]

    # Page interface -------------------------------------------------------------------------

    def refresh(self) -> None:
        self._search_timer.stop()
        selected = self.selected_id()
        try:
            rows = self.load_rows()
        except Exception as error:  # a failed query must leave the page usable
            interaction.show_error(self, error, title=f"Could not load {self.plural}")
            return
        self.model.set_rows(rows)
        if not self._columns_fitted and rows:
            self.fit_columns()
        if selected is not None:
            self.select_id(selected)

    def fit_columns(self, widest: int = 320) -> None:
        """Size columns to what they hold (once: after that the user's widths are kept)."""
        self._columns_fitted = True
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def status_text(self) -> str:
        count = self.model.rowCount()
        return f"{count:,} {self.noun if count == 1 else self.plural}"

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, f"Export {self.plural}", f"{self.plural}.csv", "CSV (*.csv)"
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """The table as it is shown (the same columns, sort and filters)."""
        columns = range(self.model.columnCount())
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow([self.model.headerData(c, Qt.Orientation.Horizontal) for c in columns])
            for r in range(self.model.rowCount()):
                writer.writerow([self.model.data(self.model.index(r, c)) for c in columns])

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
                f"No {self.plural} match the search and filters. Clear them to see all {self.plural}."
                if self.filters_active()
                else self.empty_hint
            )
        self.list_stack.setCurrentWidget(self.table if has_rows else self.empty)
        self.show_detail(self.selected_row())
        self.status_changed.emit()

    def _context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        if "new" in self.supports:
            menu.addAction("New…", self.new_record)
        if "edit" in self.supports:
            menu.addAction("Edit…", self.edit_selected).setEnabled(index.isValid())
        if "delete" in self.supports:
            menu.addAction("Delete…", self.delete_selected).setEnabled(index.isValid())
        extra = self.context_actions()
        if extra:
            menu.addSeparator()
            for action in extra:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction("Export table…", self.export)
        menu.popup(self.table.viewport().mapToGlobal(position))


class PlaceholderPage(Page):
    """An area whose service has not arrived in this build: says so instead of failing."""

    def __init__(self, context: PageContext, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = title
        label = QLabel(message, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setObjectName("empty-state")
        label.setStyleSheet("color: #555; font-size: 14px; padding: 40px;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
