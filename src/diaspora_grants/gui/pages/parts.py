"""Pieces the pages are built from: tables of records, the facts of a selected record, empty states."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QWidget,
)

from ..models.table_model import RowTableModel
from ..widgets.pickers import ChoiceCombo


class RecordTable(QTableView):
    """A table of whole rows that can be selected by number in either direction of writing."""

    def selectRow(self, row: int) -> None:
        # Qt looks for the row's first column at the viewport's right edge in a right-to-left
        # layout; when the columns end before that edge it finds none and selects nothing, so in
        # Arabic a record opened from another page (or just saved) was never selected.
        index = self.model().index(row, 0, self.rootIndex())
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(index, flags)


def record_table(model: RowTableModel[Any], name: str = "", parent: QWidget | None = None) -> QTableView:
    """A read-only table of records: whole rows, one at a time, sortable, one line a row."""
    table = RecordTable(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    return table


def show_every_tab(tabs: QTabWidget) -> QTabWidget:
    """Every tab's title in full: the pane is as wide as its tabs, rather than hiding some behind
    scroll arrows where nobody finds them (French and Arabic titles run longer than English)."""
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    return tabs


def fit_columns_around(table: QTableView, column: int) -> None:
    """Every column as wide as what it holds; ``column`` (a comment, a name) takes the rest."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fact_labels(form: QFormLayout, captions: Iterable[str]) -> dict[str, QLabel]:
    """A row of selectable, wrapping text per caption, to fill in when a record is selected. The captions
    are keys; each is shown translated in the context "Facts" (mark them with QT_TRANSLATE_NOOP)."""
    labels: dict[str, QLabel] = {}
    for caption in captions:
        labels[caption] = fact_label()
        form.addRow(QCoreApplication.translate("Facts", caption), labels[caption])
    return labels


def fact_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


#: Rows (besides those in view) whose texts size the columns. Qt's default, 1,000, asks a dozen
#: roles of every cell of them in the GUI thread: 0.2 s for the 2,000 tranches of a programme.
FIT_ROWS = 100


def fit_to_contents(table: QTableView, widest: int | None = None) -> None:
    """Columns as wide as what the first rows hold, none wider than ``widest`` pixels."""
    table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    table.resizeColumnsToContents()
    if widest is None:
        return
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)


def write_csv(model: RowTableModel[Any], path: Path) -> None:
    """The rows as the model shows them: the same columns, texts and order."""
    columns = range(model.columnCount())
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([model.headerData(c, Qt.Orientation.Horizontal) for c in columns])
        for r in range(model.rowCount()):
            writer.writerow([model.data(model.index(r, c)) for c in columns])


def empty_state(message: str, parent: QWidget | None = None) -> QLabel:
    """What a page shows instead of an empty table: what to do next."""
    label = QLabel(message, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("empty-state")
    label.setStyleSheet("color: #555; font-size: 14px; padding: 40px;")
    return label


def refill_choices(combo: ChoiceCombo, choices: Iterable[tuple[str, Any]]) -> None:
    """New choices for a combo, keeping the chosen value when it is still there, without a signal."""
    chosen = combo.value()
    combo.blockSignals(True)
    combo.clear()
    for text, value in choices:
        combo.addItem(text, value)
    combo.set_value(chosen)
    combo.blockSignals(False)
